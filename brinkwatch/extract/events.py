"""events.rules.v1: PLOVER event coding by rules over the dependency parse.

For each sentence, :mod:`~brinkwatch.extract.triggers` finds the words that fire a lexicon
sense, :mod:`~brinkwatch.extract.arguments` reads their actor and target and maps them to the
article's actor mentions, this module applies the precision rules (a resolved source, a
recipient for dyadic types, no background, no capacities) and fills modality, attribution,
date and place; :mod:`~brinkwatch.extract.merge` merges the events of one article that tell
the same thing into one :class:`Event` carrying every evidence span.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from brinkwatch.extract.arguments import (
    DRAWN_TYPES,
    FACILITY_NOUNS,
    PERMIT_VERBS,
    VICTIM_VERBS,
    WILLING_WORDS,
    Resolver,
    accused_agent,
    attack_agent,
    criticised,
    dedupe,
    drawn_reaction,
    foreign_site,
    generic_actor,
    hosted_refs,
    is_actorish,
    locative_place,
    material_act,
    means_author,
    noun_actor,
    own_possession,
    owner_refs,
    place_ref,
    reaction_targets,
    ref_key,
    state_executive,
    subject_of,
    targets_of,
    undergone,
)
from brinkwatch.extract.attribution import STATEMENT_NOUNS as SOURCE_NOUNS
from brinkwatch.extract.attribution import AttributionIndex
from brinkwatch.extract.lexicon import control as lx_control
from brinkwatch.extract.lexicon import noun_senses, verb_senses
from brinkwatch.extract.merge import merge_events
from brinkwatch.extract.modality import is_negated, modality_of
from brinkwatch.extract.ontology import event_type
from brinkwatch.extract.place import locate
from brinkwatch.extract.rules import Sense, active
from brinkwatch.extract.syntax import doc_text
from brinkwatch.extract.time import reference_date, resolve_date
from brinkwatch.extract.triggers import (
    BLAME_PREDICATES,
    CLAIM_NOUNS,
    CONTAINER_NOUNS,
    EXCLUDING_VERBS,
    FORCE_TYPES,
    FREE_RELATIVES,
    FUTURE_MODALS,
    KEEPING_VERBS,
    NAMING_VERBS,
    OBJ_DEPS,
    PATIENT_OBJECT_VERBS,
    READINESS_VERBS,
    RUMOUR_NOUNS,
    STOP_VERBS,
    TOLERANCE_WARNING_VERBS,
    VOWING_VERBS,
    WARNING_REPORTERS,
    Trigger,
    answered_by_force,
    answered_requests,
    consequence,
    contact_of,
    continued_attack,
    culprit_of,
    find_triggers,
    future_held,
    hostile_condition,
    impunity_denied,
    is_noun,
    is_verb,
    label_victims,
    lemma,
    no_evidence,
    noun_sense,
    options_open,
    options_targets,
    promised_consequence,
    resisted_attempt,
    threat_mode,
    threatened_party,
    ultimatum,
    verb_sense,
    vowed_attack,
)
from brinkwatch.names import norm_name
from brinkwatch.records import (
    ActorRef,
    Attribution,
    AttributionKind,
    DateRef,
    Event,
    Evidence,
    Mention,
    Modality,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

__all__ = ["VERSION", "extract_events", "generic_actor", "is_bullet", "merge_events"]

VERSION = "events.rules.v1"


# --------------------------------------------------------------------------- extraction
def extract_events(parsed: Any, *, kb: Any, mentions: Any, options: Any) -> list[Event]:
    """PLOVER events of one parsed article (pure; no I/O). See the module docstring."""
    doc = parsed.doc
    mentions = list(mentions or ())
    attr = AttributionIndex(parsed, kb=kb, mentions=mentions)
    resolver = Resolver(doc, kb, mentions, attr)
    keep_hyp = options.keep_hypothetical
    floor = options.min_event_confidence
    raw: list[Event] = []
    lead: tuple[ActorRef, ...] = ()  # actor of a lead-in line ("Iraq's demands, in brief:")
    for sent in parsed.sentences:
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            continue
        bullet = is_bullet(sent.text)
        if not bullet:
            lead = ()
        for trig in find_triggers(doc, span.start, span.end):
            ev = _event(parsed, trig, sent, resolver, attr, kb, mentions,
                        lead=lead if bullet else ())
            if ev is None:
                continue
            if not keep_hyp and ev.modality == Modality.HYPOTHETICAL:
                continue
            if ev.confidence < floor:
                continue
            raw.append(ev)
        if sent.text.rstrip().endswith(":"):
            lead = _lead_actors(doc, span.start, span.end, resolver)
    return merge_events(raw)


def _event(parsed: Any, trig: Trigger, sent: Any, resolver: Resolver,
           attr: AttributionIndex, kb: Any, mentions: Sequence[Mention], *,
           lead: tuple[ActorRef, ...] = ()) -> Event | None:
    doc = parsed.doc
    tok = doc[trig.token]
    if attr.is_speech(trig.token) and trig.type not in ("ACCUSE", "THREATEN", "REQUEST",
                                                         "REJECT"):
        return None
    if trig.type == "ASSAULT" and undergone(tok) and criticised(tok):
        return None  # "the minister came under fire over the budget": criticism, no attack
    if trig.type == "ASSAULT" and _against_ills(trig, doc):
        return None  # "launched a campaign against corruption": no attack on anyone
    if trig.type == "ASSAULT" and sporting(doc[trig.head]):
        return None  # "beat Iran 2-1 in the final"
    if trig.type == "ASSAULT" and (verbal_object(tok) or said_venue(tok) or any(
            verbal_object(doc[j]) for j in trig.consumed if is_noun(doc[j]))):
        # "attacked the government's decision", "attacked Washington in a speech",
        # "launched an attack on the decision": criticism
        trig = replace(trig, type="ACCUSE", mode="disapprove")
    withheld = withheld_relief(trig, doc)
    if withheld:  # "did not renew the waiver", "refused to extend the exemption": a sanction
        trig = replace(trig, type="SANCTION", mode="economic", consumed=withheld, controller=None)
    head = doc[trig.head]
    refused = trig  # the refused act, whose recipient the refusal keeps
    refusal = None if withheld else refused_cooperation(trig, head)
    if refusal is not None:  # "did not accept the offer", "will not sign": a refusal
        trig = replace(trig, type="REJECT", mode=refusal)
    ordered = ordered_act(trig, doc)
    if ordered is not None:  # "ordered the paper to suspend publication": the order coerces
        trig = replace(trig, type=ordered[1].type, mode=ordered[1].mode)
        if ordered[1].type == "SANCTION":  # the envoys sent away are its patients
            trig = replace(trig, controller=None, consumed=tuple(
                o.i for o in doc[trig.head].children if o.dep_ in ("dobj", "obj")))
    blamed = False  # the actor is who a report says did it
    other_sides: list[Token] = []  # the other parties of a clash
    if trig.head != trig.token or not (is_noun(tok) and not is_verb(tok)):
        subj, passive = subject_of(head)
        own_subject = unlinked_clause_subject(head)
        if own_subject is not None:  # "after a rocket attack killed X" parsed as a conj
            subj, passive = own_subject, False
        speaker_verb = reported_clause_speaker(head, trig.type)
        if speaker_verb is not None:
            subj, passive = subject_of(speaker_verb)
        if subj is None and trig.type == "ASSAULT" and tok.tag_ == "VBG" \
                and tok.dep_ in ("nsubj", *PASS_SUBJ):  # "Fighting between X and Y broke out"
            subj, other_sides = nominal_parties(tok, trig)
            passive = False
        told_by = [tok] if trig.head != trig.token and tok.dep_ in PASS_SUBJ else [
            doc[i] for i in trig.consumed if doc[i].dep_ in PASS_SUBJ and doc[i].head.i == tok.i]
        if subj is None and passive and told_by:
            # "Kuwait's expulsion of X was announced", "the deal between X and Y was signed"
            own, other_sides = nominal_parties(told_by[0], trig)
            if own is not None:
                subj, passive = own, False
    else:
        subj, other_sides = nominal_parties(tok, trig)
        passive = False
        if subj is None and headline_verb(tok):
            subj = doc[tok.i - 1]  # "US raids militia depot": the name before the verb
        if subj is None:
            subj = circumstance_actor(tok, trig.type)
        if subj is None:
            subj = named_culprit(tok)  # "X was behind the attack": X attacked
            blamed = subj is not None
        if subj is None and trig.type in DRAWN_TYPES:
            drawn = drawn_reaction(tok)  # "the raid drew condemnation from X": X condemned
            subj = drawn[0] if drawn is not None else None
    if subj is not None and not passive and (trig.type in SYMMETRIC_TYPES
                                             or trig.mode in MUTUAL_MODES):
        # "Baghdad, Tehran sign security pact": a headline's two parties joined by a comma
        # (read as a modifier of the verb), partners of the mutual act
        other_sides += comma_partners(subj, head)
    if subj is not None:
        subj = self_named(subj)  # "a group calling itself X": X
    if subj is not None and lemma(subj) in STATEMENT_NOUNS:
        subj = statement_issuer(subj)  # "issued a statement demanding ...": the issuer demands
        if subj is None and is_verb(head) and lemma(head) in OBLIGING_VERBS \
                and head.dep_ not in ("acl", "relcl"):
            return None  # "the law obliges X to ...": a rule in force, whoever passed it
    # "blamed X for (carrying out) the raids", "accused X of striking": X's act, not the speaker's
    accused = accused_agent(head) or (accused_agent(tok) if trig.head != trig.token else None) \
        or blamed_on(tok)
    if accused is not None and (subj is None or trig.head != trig.token or is_verb(tok)):
        subj, passive = accused[0], False
    if accused is None and _accused_attempt(head):
        return None  # "accused X of attempting to overthrow Y": the accusation is the event
    if trig.judged is not None or trig.culprit is not None:
        # a judgement of an act ("the raid was a violation"): the speaker who reports it
        # accuses the act's author, named by the act's own modifiers ("the U.S. strike");
        # a report of who did it ("X was behind the attack") accuses X
        speaker = attr.for_trigger(trig.token).speaker
        if is_verb(tok) and lemma(tok) in NAMING_VERBS and subj is not None and not passive:
            # "the ministry called the American report fabricated": the one who names it
            speaker = next(iter(resolver.refs(subj, trig.token)), speaker)
        inner = inner_reporter(tok)  # '"X discussed how the raid was a crime," Y added': X
        if inner is not None:
            speaker = next((r for r in resolver.refs(inner, trig.token) if r.kb_id), speaker)
        if trig.type == "REJECT" and trig.culprit is not None:
            # "..., but Kurdish officials insist that ...": the one who counters the claim,
            # named or not (the countering verb needs be no verb of saying: "maintains")
            own, _ = subject_of(head.head)
            speaker = next(iter(resolver.refs(own, trig.token)), speaker) if own is not None \
                else speaker
        if speaker is None:
            return None
        author = noun_actor(doc[trig.judged]) if trig.judged is not None \
            else doc[trig.culprit]  # type: ignore[index]
        subj, passive, accused = None, False, None
    actors = resolver.refs(subj, trig.token) if subj is not None else []
    if not any(a.kb_id for a in actors) and subj is not None and not passive \
            and trig.type == "ASSAULT":
        author = means_author(subj)  # "a car bombing by X killed ...", "rockets fired by X hit"
        if author is not None:
            actors = resolver.refs(author, trig.token) or actors
    if not actors and subj is not None and not passive and acronym(subj):
        actors = [ActorRef(name=None, kb_id=None, text=subj.text, start=subj.idx,
                           end=subj.idx + len(subj.text))]  # "ICE returned ...": an agency
    actors = [a for a in actors if not generic_actor(a) and not _outlet(a, kb)
              and not (int(event_type(trig.type).quad) == 4 and place_ref(a, kb))]
    if subj is not None and lemma(subj) in SELF_STATE_NOUNS and not any(a.kb_id for a in actors) \
            and trig.type == "THREATEN" and head.dep_ == "ccomp" \
            and (lemma(head.head) in active().speech_verbs or lemma(head.head) in WARNING_REPORTERS):
        # "she said the country will never tolerate ...": the official speaks for it
        speaker, _ = subject_of(head.head)
        actors = [a for a in resolver.refs(speaker, trig.token) if not generic_actor(a)] \
            if speaker is not None else actors
    denied_claim = no_evidence(tok) if lemma(tok) == "be" else None
    if denied_claim is not None and not actors:
        # '"There is no truth to the Turkish claims," the ministry said': the one who says it
        speaker = attr.for_trigger(trig.token).speaker
        actors = [speaker] if speaker is not None else []
    if subj is not None and not passive and trig.type == "ASSAULT" \
            and not any(a.kb_id for a in actors) and lemma(subj) in OWN_FORCE_NOUNS \
            and not any(c.dep_ in ("poss", "amod", "compound", "nmod") for c in subj.children):
        # "the defence ministry said warplanes struck PKK hideouts": a military reporting
        # craft or forces it names by no owner reports its own (an office of its state)
        spk = attr.for_trigger(trig.token).speaker
        state = kb.state_of(spk.kb_id) if spk is not None and spk.kb_id and kb is not None \
            and spk.sector == "MIL" else None
        if state is not None:
            actors = [kb.ref(state.id, subj.text, subj.idx, subj.idx + len(subj.text))]
    if other_sides:  # "between X and Y": X, not Y, is the actor
        # (a coordinated phrase "the Peshmerga and Iraqi forces" may give both names for Y's
        # token: X's own stay X's)
        lo, hi = (subj.left_edge.idx, subj.idx + len(subj.text)) if subj is not None else (0, 0)
        own_keys = {ref_key(r) for r in resolver.refs(subj, trig.token)
                    if r.start is not None and lo <= r.start < hi} if subj is not None else set()
        side_keys = {ref_key(r) for t in other_sides
                     for r in resolver.refs(t, trig.token)} - own_keys
        actors = [a for a in actors if ref_key(a) not in side_keys] or actors
    targets: list[ActorRef] = []
    carried = False  # the target rode in a vehicle the act hit
    if trig.judged is not None or trig.culprit is not None:
        actors = [speaker]
        targets = resolver.refs(author, trig.token) if author is not None else []
    told = joint_partners(tok, head) if trig.joint else [
        *targets_of(trig, doc), *other_sides, *agent_hung_targets(tok), *fought_with(tok)]
    for t in told if trig.judged is None and trig.culprit is None else ():
        if t.i == tok.i or own_possession(t) or locative_place(t, kb, trig.type) \
                or (subj is not None and t.i == subj.i):  # the actor is never its own target
            continue  # "strike at Baghdad airport": the place of the event, not its target
        if audience(t):
            continue  # "told reporters that X must leave": the press hears, X is asked
        if trig.type == "REQUEST" and trig.controller is not None \
                and t.dep_ in ("nsubjpass", "csubjpass") and t.head.i == trig.controller \
                and _done_to_captives(doc[trig.controller]):
            continue  # "demanding that the detainees be freed": they are not the ones asked
        riders = passengers(t) if int(event_type(trig.type).quad) == 4 else []
        if riders:  # "targeted a car carrying two commanders": the commanders
            carried = True
            for r in riders:
                targets += resolver.refs(r, trig.token)
            continue
        refs = resolver.refs(t, trig.token)
        if int(event_type(trig.type).quad) == 4:
            refs = hosted_refs(t, resolver, trig.token) or refs  # "Iraqi bases hosting U.S. troops"
        owned = owner_refs(t, resolver, trig.token) if not any(r.kb_id for r in refs) else []
        if not refs and not owned and trig.type in ("ASSAULT", "PROTEST"):
            whole = whole_of(t)  # "the gate of the embassy", "portraits of the premier"
            if whole is not None:
                owned = resolver.refs(whole, trig.token)
                owned = owner_refs(whole, resolver, trig.token) if not any(
                    r.kb_id for r in owned) else owned
        targets += owned or refs
    if not targets and trig.head == trig.token and actors and headline_verb(tok):
        # "US sanctions Kataib Hezbollah chief", "US raids militia depot near Qaim": a
        # headline's verb read as a noun; what follows it, up to a preposition, is its object
        lo, hi = headline_object(tok)
        head_word = doc.char_span(lo, hi, alignment_mode="expand")[-1]
        named = resolver.in_span(lo, hi)
        if any(r.kb_id for r in named) or lemma(head_word) in active().actor_nouns \
                or lemma(head_word) in FACILITY_NOUNS:  # not "US sanctions policy ..."
            targets += named
    if not targets and trig.type == "COERCE" and trig.mode == "restrict" and is_verb(tok):
        # "imposed a curfew in Duhok", "closed its borders with X": who lives under it
        targets = [r for t in restricted_sides(tok) for r in resolver.refs(t, trig.token)]
    if not targets and trig.type in ("ASSAULT", "PROTEST") and is_verb(tok) \
            and lemma(tok) in PATIENT_OBJECT_VERBS:
        # "set fire to the gate of X", "stamped on posters of X", "smashed through a gate at X"
        for p in tok.children:
            if p.dep_ == "prep" and lemma(p) in DAMAGE_PREPS:
                for g in p.children:
                    if g.dep_ != "pobj":
                        continue
                    whole = whole_of(g) or g
                    refs = resolver.refs(whole, trig.token)
                    targets += refs if any(r.kb_id for r in refs) else (
                        owner_refs(whole, resolver, trig.token) or refs)
    if not targets and trig.head != trig.token and trig.type in PATIENT_OF_TYPES:
        # "ordered the arrest of X", "carried out the killing of X": X undergoes the act
        for c in tok.children:
            if c.dep_ == "prep" and lemma(c) in ("for", "against") \
                    and lemma(tok) in WARRANT_NOUNS:
                # "a warrant for X", "a warrant for the arrest of X": X
                for g in c.children:
                    if g.dep_ == "pobj":
                        acts = [x for p in g.children if p.dep_ == "prep" and lemma(p) == "of"
                                for x in p.children if x.dep_ == "pobj"] \
                            if noun_senses(lemma(g)) else []
                        for x in acts or [g]:
                            targets += resolver.refs(x, trig.token)
            if c.dep_ == "prep" and lemma(c) == "of":
                for g in c.children:
                    if g.dep_ == "pobj" and trig.type == "SANCTION" and any(
                            p.dep_ == "poss" and p.pos_ == "PRON" for p in g.children):
                        # "the recall of its ambassador from Tehran": the host state
                        targets += [r for p in g.children if p.dep_ == "prep"
                                    and lemma(p) in ("from", "in", "to")
                                    for h in p.children if h.dep_ == "pobj"
                                    for r in resolver.refs(h, trig.token) if r.kb_id]
                    elif g.dep_ == "pobj":
                        targets += resolver.refs(g, trig.token)
    if not targets and refusal is not None:  # "has not accepted the terms set by X": X
        for t in targets_of(refused, doc):
            if t.i != tok.i and not own_possession(t) and not locative_place(t, kb, trig.type):
                targets += resolver.refs(t, trig.token)
    if not targets and trig.type == "ACCUSE":
        # "holds X responsible for", "found X guilty of": X is the one accused
        for t in held_parties(head):
            targets += resolver.refs(t, trig.token)
    if not targets and (refused.type in ACCEPTING_TYPES or refusal == "proposal") \
            and trig.head == trig.token and is_verb(tok):
        # "accepted the proposal from X", "approved X's request": X is the other party (of a
        # refused acceptance too: "did not accept the terms set by X")
        for c in tok.children:
            if c.dep_ in ("dobj", "obj") and not is_actorish(c):
                giver = reaction_targets(c) + [
                    g for p in tok.children if p.dep_ == "prep" and lemma(p) == "from"
                    for g in p.children if g.dep_ == "pobj"]
                for t in giver:
                    targets += [r for r in resolver.refs(t, trig.token) if not generic_actor(r)]
    if trig.type == "ACCUSE" and is_verb(tok) and lemma(tok) == "call" and passive \
            and not actors:
        return None  # "the envoy had been called in": who called him is the story's to tell
    if not targets and trig.type == "ACCUSE" and is_verb(tok) and lemma(tok) == "call":
        # "called in the Turkish ambassador" (the small model reads "in" as a preposition):
        # the envoy's state, as for "summoned"
        targets += [r for p in tok.children if p.dep_ == "prep" and lemma(p) == "in"
                    for g in p.children if g.dep_ == "pobj" and lemma(g) in ENVOY_NOUNS
                    for r in resolver.refs(g, trig.token) if r.kb_id]
    if not targets and trig.type == "CONSULT" and is_verb(tok) and lemma(tok) == "receive":
        # "received a phone call from X", "received an invitation from X": X made the contact
        # with the one who received it
        contacts = [c for c in tok.children if c.dep_ in ("dobj", "obj")
                    and lemma(c) in active().object_groups.get("contacts", frozenset())]
        senders = [r for c in contacts for h in (tok, c) for p in h.children
                   if p.dep_ == "prep" and lemma(p) == "from"
                   for g in p.children if g.dep_ == "pobj"
                   for r in resolver.refs(g, trig.token) if not generic_actor(r)]
        if senders and actors and not passive:
            actors, targets = senders, actors
            # a call received is a call made (no hosting); a letter, an invitation: a contact
            trig = replace(trig, mode="phone" if lemma(contacts[0]) in ("call", "phone")
                           else None)
    if not targets and trig.type == "REQUEST" and is_noun(tok) and not is_verb(tok):
        # "a demand that U.S. troops leave", "its call that the envoy be expelled": the subject
        # of the clause the demand states is who is asked (not the captives of a release)
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp", "advcl") and is_verb(c) and any(
                    m.dep_ == "mark" and lemma(m) == "that" for m in c.children):
                for g in c.children:
                    if g.dep_ in ("nsubj", "csubj") or (
                            g.dep_ == "nsubjpass" and not _done_to_captives(c)):
                        targets += [r for r in resolver.refs(g, trig.token)
                                    if not generic_actor(r)]
    if not targets and trig.type in ("SANCTION", "COERCE", "ACCUSE") and passive \
            and is_verb(tok):
        # "the Turkish ambassador was expelled (summoned) by Baghdad": the envoy's state
        for c in tok.children:
            if c.dep_ in ("nsubjpass", "csubjpass") and c.i in trig.consumed:
                targets += [r for r in resolver.refs(c, trig.token) if r.kb_id]
    if not targets and trig.type == "SANCTION" and is_verb(tok):
        # "closed its embassy in Tehran": the host; "shut the Iranian consulate": its owner
        for i in trig.consumed:
            mission = doc[i]
            if lemma(mission) not in MISSION_NOUNS:
                continue
            owned = [r for r in resolver.refs(mission, trig.token) if r.kb_id] \
                if not own_possession(mission) else []
            hosts = [r for p in mission.children if p.dep_ == "prep" and lemma(p) == "in"
                     for g in p.children if g.dep_ == "pobj"
                     for r in resolver.refs(g, trig.token) if r.kb_id]
            targets += owned or hosts
    if not targets and trig.type == "SANCTION" and is_verb(tok):
        # "pulled its envoy out of Damascus": the state the envoy leaves
        targets += [r for p in tok.children if p.dep_ == "prep" and lemma(p) == "out"
                    for q in p.children if q.dep_ == "prep" and lemma(q) == "of"
                    for g in q.children if g.dep_ == "pobj"
                    for r in resolver.refs(g, trig.token) if r.kb_id]
    if not targets and trig.type == "REQUEST" and trig.controller is None:
        # "called for sanctions against X": a call for measures against X denounces X
        against = measures_against(tok)
        if against:
            trig = replace(trig, type="ACCUSE", mode="disapprove")
            for t in against:
                targets += resolver.refs(t, trig.token)
    if actors and not any(r.kb_id for r in targets) and trig.type in ("ACCUSE", "PROTEST"):
        # "lodged a complaint over the Turkish strikes", "protested about Israel's raids": the
        # author of the act complained about
        if is_verb(tok) and lemma(tok) in ("protest", "complain"):
            # "protested to Baghdad about ...": the government the protest is lodged with
            targets += [r for p in tok.children if p.dep_ == "prep" and lemma(p) == "to"
                        for g in p.children if g.dep_ == "pobj"
                        for r in resolver.refs(g, trig.token) if r.kb_id]
        if is_verb(tok) and lemma(tok) in LODGING_VERBS and not targets:
            # "lodged a protest with the U.S. envoy", "filed a complaint with Ankara": the
            # party the protest is lodged with (the preposition hangs on the verb or the noun)
            holders = [tok] + [doc[i] for i in trig.consumed]
            holders += [g for h in holders for p in h.children
                        if p.dep_ == "prep" and lemma(p) in ("with", "to")
                        for g in p.children if g.dep_ == "pobj"]  # "... Council against X"
            against = [g for h in holders for p in h.children
                       if p.dep_ == "prep" and lemma(p) == "against"
                       for g in p.children if g.dep_ == "pobj"]
            # "filed a complaint with the U.N. against Turkey": Turkey is complained of
            targets += [r for g in against for r in resolver.refs(g, trig.token) if r.kb_id]
            # the party it is lodged with, unless that is a venue (an international body:
            # "filed a complaint with the U.N. Security Council" is about someone else)
            targets += [] if targets else [r for h in holders for p in h.children
                        if p.dep_ == "prep" and lemma(p) in ("with", "to")
                        for g in p.children if g.dep_ == "pobj"
                        for r in resolver.refs(g, trig.token) if r.kb_id
                        and getattr(kb.get(r.kb_id), "type", None) != "igo"]
        for act in complained_acts(tok, doc[trig.head], [doc[i] for i in trig.consumed]):
            author = noun_actor(act)
            if author is not None and not targets:
                targets += [r for r in resolver.refs(author, trig.token) if r.kb_id]
    rejection = verb_sense(tok.head) if tok.dep_ in ("dobj", "obj", "nsubjpass") \
        and is_verb(tok.head) else None
    answered = rejection is not None and rejection[0].type == "REJECT"
    if not targets and trig.type == "ACCUSE" and is_noun(tok) and not is_verb(tok) \
            and not answered:
        # "Washington's accusation that Iran supplied the drones": Iran (not when it is what a
        # rejection answers: "rejected American accusations that it had ...")
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp") and is_verb(c) \
                    and any(m.dep_ == "mark" and lemma(m) == "that" for m in c.children):
                for g in c.children:
                    if g.dep_ == "nsubj" and is_actorish(g):
                        targets += [r for r in resolver.refs(g, trig.token) if r.kb_id]
    if denied_claim is not None and not targets:  # "no truth to the Turkish claims": Turkey
        for g in doc[denied_claim].subtree:
            author = noun_actor(g) if lemma(g) in CLAIM_NOUNS | RUMOUR_NOUNS else None
            if author is not None:
                targets += [r for r in resolver.refs(author, trig.token) if r.kb_id]
    unnamed_recipient = False
    if actors and not any(r.kb_id for r in targets) and trig.type in ("REJECT", "ACCUSE"):
        # "opposition to Iraq's law", "concern about the activities of the militias": the
        # owner of what is opposed; "opposition to the activities of these groups": someone
        # the sentence does not name (the event is then too vague to code on its own)
        owners = stance_objects(trig, doc)
        for t in owners:
            targets += [r for r in resolver.refs(t, trig.token) if not generic_actor(r)]
        unnamed_recipient = bool(owners) and not targets
    if refusal is not None and is_verb(tok) and not any(r.kb_id for r in targets):
        # "would not accept any Turkish presence", "will not agree to Washington's terms": the
        # party whose presence, terms or plan is refused
        for o in [c for c in tok.children if c.dep_ in ("dobj", "obj")] + [
                g for p in tok.children if p.dep_ == "prep" and lemma(p) in ("to", "with")
                for g in p.children if g.dep_ == "pobj"]:
            author = o if is_actorish(o) else noun_actor(o)
            if author is not None:
                targets += [r for r in resolver.refs(author, trig.token) if r.kb_id]
    held_warning = trig.type == "ACCUSE" and lemma(head) == "hold" and future_held(head)
    if held_warning:
        # "X will be held responsible for any attack, Y said": Y warns X (the speaker, when
        # the clause names no one who holds)
        trig = replace(trig, type="THREATEN", mode=None)
        speaker = attr.for_trigger(trig.token).speaker
        if not actors and speaker is not None:
            actors = [speaker]
    if not targets and trig.type == "THREATEN" and trig.controller is not None:
        # "its attacks on U.S. bases will go on": whom the announced attacks are aimed at
        act = continued_attack(doc[trig.controller])
        for p in act.children if act is not None else ():
            if p.dep_ == "prep" and lemma(p) in ("on", "against", "at"):
                for g in p.children:
                    if g.dep_ == "pobj":
                        refs = resolver.refs(g, trig.token)
                        targets += owner_refs(g, resolver, trig.token) if not any(
                            r.kb_id for r in refs) else refs
    if trig.type == "THREATEN" and trig.controller is not None:
        party = threatened_party(doc[trig.controller])
        if party is not None and not is_actorish(party):  # "the American aggression": its author
            party = noun_actor(party)
        if party is not None:  # "X will be treated as occupiers", "X would pay the price"
            targets = resolver.refs(party, trig.token)
    if not targets and trig.type == "THREATEN" and trig.controller is not None:
        # "warned Baghdad it would impose sanctions": the one warned
        for t in (c for c in tok.children if c.dep_ in ("dobj", "dative")):
            targets += [r for r in resolver.refs(t, trig.token) if not generic_actor(r)]
    if not targets and trig.type in ("THREATEN", "REQUEST") and trig.controller is not None \
            and is_verb(tok) and lemma(tok) in active().speech_verbs:
        # '"We will strike their bases," the commander said of the Americans': whom it is about
        for t in (g for c in tok.children if c.dep_ == "prep" and lemma(c) in ("of", "about")
                  for g in c.children if g.dep_ == "pobj" and is_actorish(g)):
            targets += [r for r in resolver.refs(t, trig.token) if r.kb_id]
    if not targets and trig.type == "THREATEN":
        # "warned of retaliation against X", "vowed revenge on X": whom the response is aimed at
        for t in _response_targets(tok):
            targets += [r for r in resolver.refs(t, trig.token) if not generic_actor(r)]
    avenged = trig.controller is not None and lemma(doc[trig.controller]) == "avenge"
    if trig.type == "THREATEN" and (not targets or avenged):
        # "threatened a merciless response to the drills by X", "vowed to avenge the fighters
        # killed in the American raid" (not the fighters): the author of the act answered
        authors = [r for a in _answered_authors(trig, tok, doc)
                   for r in resolver.refs(a, trig.token) if r.kb_id]
        if avenged and not authors:
            # "vowed to avenge Soleimani": the dead are avenged, not threatened; whom the
            # vow aims at is the one who killed them (the story may tell it), else nobody
            spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text))
                     for o in doc[trig.controller].children if o.dep_ in ("dobj", "obj")]
            targets = [r for r in targets
                       if not any(lo <= (r.start or -1) < hi for lo, hi in spans)] or [
                r for t in tok.children if t.dep_ in ("dobj", "dative")  # "warned X it would"
                for r in resolver.refs(t, trig.token) if not generic_actor(r)]
        targets = authors or targets
    if not targets and trig.type == "THREATEN":
        # "warned of an escalation if the US refused": who the condition is on; "if the
        # occupiers do not leave, we will expel them, X said": the reported threat's condition;
        # "vowed more operations until American troops leave": who must go to end it
        for cond in (head, *((doc[trig.controller],) if trig.controller is not None else ())):
            for t in _condition_subjects(cond, REFUSAL_MARKS):
                targets += [r for r in resolver.refs(t, trig.token) if r.kb_id]
    if trig.type == "THREATEN" and trig.mode == "ultimatum" and trig.controller is not None:
        # "X must release them or face the consequences, Y said": X
        whom = next((c for c in doc[trig.controller].children if c.dep_ in ("nsubj",)), None)
        if whom is None and doc[trig.controller].head.i == tok.i:
            # "told Lebanon to rein in X or face the consequences": the one told
            whom = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
        if whom is not None and is_actorish(whom):
            targets = [r for r in resolver.refs(whom, trig.token) if not generic_actor(r)] \
                or targets
    if not targets and trig.type == "THREATEN" and trig.controller is not None \
            and not avenged:
        # "said it would recall its ambassador from Ankara unless ...": whom the break is with
        broken = verb_sense(doc[trig.controller])
        if broken is not None:
            for t in targets_of(replace(trig, token=trig.controller, head=trig.controller,
                                        type=broken[0].type, controller=None), doc):
                targets += [r for r in resolver.refs(t, trig.token) if r.kb_id]
            if not targets and broken[0].type == "COERCE" and broken[0].mode == "restrict":
                # "threatened to close its borders with Syria": the side the frontier is with
                targets += [r for t in restricted_sides(doc[trig.controller])
                            for r in resolver.refs(t, trig.token) if r.kb_id]
    if trig.type == "THREATEN" and trig.mode == "ultimatum" and is_verb(tok):
        given = ultimatum(tok)  # "gave X 48 hours to leave", "set a deadline for X to V": X
        if given is not None and given[0] is not None:
            targets = [r for r in resolver.refs(given[0], trig.token) if not generic_actor(r)]
    # "did not rule out strikes on X", "refused to rule out a military response": a threat
    ruled_in = trig.type == "THREATEN" and lemma(tok) in EXCLUDING_VERBS
    if ruled_in and not targets:
        for i in trig.consumed:  # the act kept open: whom it would hit, else whose act it answers
            for p in doc[i].children:
                if p.dep_ == "prep" and lemma(p) in ("on", "against", "at"):
                    for g in p.children:
                        if g.dep_ == "pobj":
                            refs = resolver.refs(g, trig.token)
                            targets += owner_refs(g, resolver, trig.token) if not any(
                                r.kb_id for r in refs) else [r for r in refs if r.kb_id]
    # "keeps all options on the table against X", "said all options were on the table": a threat
    kept_open = trig.type == "THREATEN" and options_open(
        doc[trig.controller] if trig.controller is not None else tok) is not None and (
        trig.controller is not None or lemma(tok) in KEEPING_VERBS)
    if kept_open and not targets:
        for t in options_targets(doc[trig.controller] if trig.controller is not None else tok):
            refs = resolver.refs(t, trig.token)
            targets += [r for r in refs if r.kb_id] or owner_refs(t, resolver, trig.token)
    tolerance = trig.type == "THREATEN" and lemma(tok) in TOLERANCE_WARNING_VERBS
    # "will not hesitate to retaliate", "reserves the right to respond": a threat of a response
    readied = trig.type == "THREATEN" and lemma(tok) in READINESS_VERBS
    if readied and not targets:
        act = doc[trig.consumed[0]] if trig.consumed else tok
        for p in act.children:  # "respond to the Israeli attacks": their author
            if p.dep_ == "prep" and lemma(p) in ("to", "against", "on"):
                for g in p.children:
                    author = noun_actor(g) if g.dep_ == "pobj" and not is_actorish(g) else g
                    if author is not None and g.dep_ == "pobj":
                        targets += [r for r in resolver.refs(author, trig.token) if r.kb_id]
        for o in (c for c in act.children if c.dep_ in ("dobj", "obj") and not targets):
            # "reserves the right to strike PKK positions": whom the readied strike would hit
            refs = [r for r in resolver.refs(o, trig.token) if r.kb_id]
            targets += refs or owner_refs(o, resolver, trig.token)
    if tolerance:
        targets = []  # "will not tolerate attacks on its forces": aimed at the attacker
        for i in trig.consumed:  # "will not tolerate those who threaten it": at them, unnamed
            whom = doc[i]
            if lemma(whom) in FREE_RELATIVES:
                lo = whom.left_edge.idx
                hi = whom.right_edge.idx + len(whom.right_edge.text)
                targets = [ActorRef(name=None, kb_id=None, text=doc_text(doc)[lo:hi],
                                    start=lo, end=hi)]
    if not targets and trig.type == "THREATEN" and trig.controller is not None \
            and promised_consequence(doc[trig.controller]):
        # "warned there would be a harsh response to any Israeli aggression / in the event of
        # attacks from Israel": the author of the act the response answers
        for act in doc[trig.controller].subtree:
            if act.pos_ != "NOUN" or not material_act(act):
                continue
            author = noun_actor(act) or next(
                (g for p in act.children if p.dep_ == "prep" and lemma(p) == "from"
                 for g in p.children if g.dep_ == "pobj" and is_actorish(g)), None)
            if author is not None:
                targets += [r for r in resolver.refs(author, trig.token) if r.kb_id]
    if not targets and trig.type == "THREATEN":
        # "warned that any American retaliation would be ...", "will not tolerate Iranian
        # attacks": the author of the act warned against
        for act in warned_acts(trig, tok):
            author = noun_actor(act)
            if author is not None:
                targets += [r for r in resolver.refs(author, trig.token) if r.kb_id]
    if not targets and (trig.type == "REJECT" or is_negated(head)):
        # "won't reopen the port until the ministry pays": the refusal is aimed at the party
        # whose act would end it
        for t in _condition_subjects(head, REFUSAL_MARKS):
            targets += [r for r in resolver.refs(t, trig.token) if not generic_actor(r)]
    if not targets and trig.type in YIELD_TYPES and is_verb(tok) and trig.head == trig.token:
        # "surrendered to the army", "handed the crossing back to Iraq": who is yielded to
        for p in tok.children:
            if p.dep_ == "prep" and lemma(p) == "to":
                for g in p.children:
                    if g.dep_ == "pobj" and is_actorish(g) \
                            and g.ent_type_ not in ("GPE", "LOC", "FAC"):  # a journey's end
                        targets += [r for r in resolver.refs(g, trig.token)
                                    if not generic_actor(r)]
    if ordered is not None:  # "ordered police to detain X": X; "ordered the paper closed": it
        done = [c for c in ordered[0].children if c.dep_ in ("dobj", "obj") and is_actorish(c)
                and trig.type != "SANCTION"]  # "ordered the envoys to leave the country"
        done = done or [c for c in head.children if c.dep_ in ("dobj", "obj")]
        targets = [r for t in done for r in resolver.refs(t, trig.token)] or targets
        if trig.type == "RETREAT":  # whom it yields to, never its own men it stands down
            targets = [r for c in ordered[0].children if c.dep_ in ("dobj", "obj")
                       and is_actorish(c) for r in resolver.refs(c, trig.token)]
    if not targets and trig.type == "REJECT" and trig.controller is not None:
        # "refused to answer a request sent by X", "declined to answer X's questions": X
        for t in requesters(doc[trig.controller]):
            targets += [r for r in resolver.refs(t, trig.token) if not generic_actor(r)]
    if not targets and refused.mode in PARTY_MODES:
        # "mediated between X and Y", "attended a meeting of X", "took in refugees" (and
        # "will not take in refugees": the refusal keeps whom the act was for)
        for t in parties(refused, doc):
            targets += [r for r in resolver.refs(t, trig.token) if not generic_actor(r)]
    if not targets and trig.controller is not None:
        # "refused to mediate between X and Y", "vowed to take in refugees": the act controlled
        hit = verb_sense(doc[trig.controller])
        if hit is not None and hit[0].mode in PARTY_MODES:
            done = replace(trig, token=trig.controller, head=trig.controller, mode=hit[0].mode)
            for t in parties(done, doc):
                targets += [r for r in resolver.refs(t, trig.token) if not generic_actor(r)]
    if not targets and trig.type == "ASSAULT" and actors and not passive and is_verb(tok) \
            and trig.head == trig.token:
        targets += foreign_site(tok, actors, resolver, trig.token)  # "struck near Tabriz"
    if trig.type == "RETREAT" and actors and is_verb(tok) \
            and not any(r.kb_id for r in targets):
        # "suspended its training missions in Iraq", "evacuated staff from its embassy in
        # Baghdad": the state it stands down in or pulls out of
        own = {a.country for a in actors if a.country}
        hosts = [r for w in (tok, *(doc[i] for i in trig.consumed),
                             *(t for t in targets_of(trig, doc) if lemma(t) in MISSION_NOUNS))
                 for p in w.children if p.dep_ == "prep" and lemma(p) == "in"
                 for g in p.children if g.dep_ == "pobj"
                 for r in resolver.refs(g, trig.token) if r.kb_id and r.country
                 and r.country not in own]
        if hosts:
            targets = hosts
    if passive and not actors and int(event_type(trig.type).quad) == 4:
        agent = attack_agent(head) or fire_source(head)  # "killed in a U.S. drone strike",
        # "came under fire from X": X
        if agent is not None:
            actors = [a for a in resolver.refs(agent, trig.token) if not generic_actor(a)]
    if not actors and lemma(head) in VICTIM_VERBS:
        return None  # "died in a blast": an attack only when the sentence names its author
    moved_subj = next((c for c in head.children if c.dep_ in PASS_SUBJ), None) \
        if passive and not actors and trig.type in OWN_FORCE_TYPES and not any(
            c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in head.children) else None
    # ("troops are stationed in X", "where troops are deployed": a state, no move)
    if moved_subj is not None:
        # "IRGC units were put on alert", "U.S. troops were deployed to X": the forces moved
        # are their own side's, not the recipient of the move
        moved = {ref_key(r) for r in resolver.refs(moved_subj, trig.token)}
        actors = [r for r in targets if ref_key(r) in moved and not generic_actor(r)]
        targets = [r for r in targets if ref_key(r) not in moved]
    if passive and targets and all(generic_actor(r) for r in targets) \
            and int(event_type(trig.type).quad) in (1, 2):
        targets = []  # "a broader network supported by X": no one in particular
    if trig.type == "REQUEST":
        targets = own_government(targets, actors, kb)
    if trig.type in ("ACCUSE", "SUPPORT") and trig.head == trig.token and is_verb(tok):
        victims = label_victims(tok)  # "called the attack a crime against X": X suffered it
        targets = [t for t in targets if t.start is None
                   or not any(lo <= t.start < hi for lo, hi in victims)]
    actors_t = dedupe(actors)
    if trig.type == "THREATEN" and _vowed_operation(trig, doc) \
            and not any(a.kb_id for a in actors_t):
        return None  # "the airline promised its operations would go on": no armed party's
    actor_keys = {ref_key(a) for a in actors_t}
    targets_t = tuple(r for r in dedupe(targets) if ref_key(r) not in actor_keys) or ()
    contact = (contact_of(head) or (contact_of(head.head) if head.dep_ in ("dobj", "obj")
                                    else None)) if trig.type in PURPOSE_TYPES else None
    if contact is not None and not targets_t:
        # "phoned X to congratulate him", "visited X to convey support": conveyed to X
        targets_t = tuple(r for t in contacted(contact) for r in resolver.refs(t, trig.token)
                          if not generic_actor(r) and ref_key(r) not in actor_keys)
    if not actors_t and subj is None and not passive and lead:
        actors_t = tuple(a for a in lead if ref_key(a) not in {ref_key(t) for t in targets_t})
    # no source (an unknown or abstract actor): emitted as an incomplete mention, so that
    # story-level assembly can complete it from the story or keep it apart (never exported)
    incomplete = not actors_t and not (passive and targets_t
                                       and int(event_type(trig.type).quad) == 4)
    if incomplete and _judged_kind(tok) and trig.head == trig.token:
        return None  # "attacks on bases hosting advisers are unacceptable": a kind, no act
    if incomplete and not targets_t:
        return None  # neither source nor recipient: nothing a story could complete
    if len(actors_t) > 1 and (trig.type in SYMMETRIC_TYPES or mutual_settlement(trig, doc)) \
            and not any(r.kb_id for r in targets_t):
        # "A and B coordinate" -> A with B; "A and B agreed to end the mission": the parties
        # are each other's partners, not the mission
        actors_t, targets_t = actors_t[:1], actors_t[1:]
    if _avoided(head):
        return None
    if _homecoming(head):
        return None  # "the researcher returned to Israel": a journey home, no concession
    if trig.head == trig.token and is_noun(tok) and lemma(tok) == "release" and not any(
            c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ == "of")
            for c in tok.children):
        return None  # "in another release by the Treasury": a press release, nobody freed  # "avoiding hosting a war": the act is what the actor shuns
    if not targets_t and trig.type == "ACCUSE" and is_verb(tok):
        # "condemned what it called a Turkish violation": the author the label names
        label = quoted_label(tok)
        author = noun_actor(label) if label is not None else None
        if author is not None:
            targets_t = tuple(r for r in dedupe(resolver.refs(author, trig.token))
                              if r.kb_id and ref_key(r) not in actor_keys)
    if not targets_t and trig.controller is None and trig.head == trig.token \
            and trig.type in ("THREATEN", "ACCUSE", "REQUEST") \
            and any(c.dep_ == "ccomp" for c in tok.children) \
            and not (trig.type == "ACCUSE" and quoted_label(tok) is not None):
        return None  # "analysts warn that ...": a statement, not a threat to anyone
    et = event_type(trig.type)
    modality, hedges = modality_of(doc, trig.token)
    if contact is not None and modality == Modality.HYPOTHETICAL:
        modality, hedges = modality_of(doc, contact.i)  # the purpose is what the call conveyed
    if ((accused is not None and accused[1]) or blamed) and modality == Modality.ASSERTED \
            and (not blamed or attr.for_trigger(trig.token).kind != AttributionKind.AUTHOR):
        modality = Modality.ALLEGED  # the accuser's claim, not the reporter's
    if modality == Modality.NEGATED and trig.type == "REJECT" and no_evidence(tok) is not None:
        modality = Modality.ASSERTED  # "found no evidence that ...": the "no" is the denial
    if _capability(head) or _predicated_possible(tok) or _readiness(head):
        modality = Modality.HYPOTHETICAL  # "Iran's ability to fund X": a capacity, not an act
    mode = trig.mode
    intent = stated_intent(head, trig.type, modality) if not (is_noun(tok) and trig.head ==
                                                               trig.token) else None
    if intent is not None:  # "will free the prisoners": a promise; "will not end it": a refusal
        et, mode = event_type(intent[0]), intent[1]
        modality = Modality.ASSERTED
    attribution = attr.for_trigger(trig.token)
    vowed = False
    if intent is None and (modality == Modality.FUTURE or (
            modality == Modality.HYPOTHETICAL and hostile_condition(head))) \
            and et.name in FUTURE_THREAT_TYPES \
            and not nominal_trigger(trig, tok) and future_aux(head) \
            and self_stated(actors_t, attribution):
        # "we will pursue those behind it", "Iran will strike the bases if ...": a conflict act
        # its own side announces is a threat (PLOVER THREATEN), whatever its recipient
        et, mode, modality, vowed = event_type("THREATEN"), threat_mode(et.name), \
            Modality.ASSERTED, True
    if withheld and modality in (Modality.NEGATED, Modality.FUTURE):
        modality = Modality.ASSERTED  # the relief withheld is the decision, taken now
    elif refusal is not None and modality in (Modality.ASSERTED, Modality.NEGATED,
                                              Modality.FUTURE):
        # the refusal itself is asserted; ruled out for the future ("will not accept") it is
        # announced, with future modality
        modality = Modality.FUTURE if future_aux(head) else Modality.ASSERTED
    elif (tolerance or held_warning or readied or ruled_in or kept_open) and modality in (
            Modality.FUTURE,
                                                                 Modality.NEGATED,
                                                                 Modality.HYPOTHETICAL):
        modality = Modality.ASSERTED  # the warning is given now
    elif refusal is None and modality == Modality.ASSERTED and int(et.quad) in (1, 2) \
            and is_verb(head) and is_negated(head) and lemma(head) not in _WARNING_NEGATABLE:
        modality = Modality.NEGATED  # "has not yet accepted": not done, whatever the verb
    if hedges and not attribution.hedges:
        attribution = replace(attribution, hedges=tuple(hedges))
    published = reference_date(parsed)  # the dateline's day, else the publication date
    date = resolve_date(parsed, sent.index, anchor=trig.token, published=published) or DateRef()
    background = is_background_date(date, published)  # "the 2003 invasion": history
    place = locate(parsed, sent.index, kb=kb, anchor=trig.token)
    trig_end = tok.idx + len(tok.text)
    trig_text = tok.text
    if trig.head != trig.token:
        h = doc[trig.head]
        lo, hi = min(h.idx, tok.idx), max(trig_end, h.idx + len(h.text))
        trig_text = doc_text(doc)[lo:hi]
    ev_span = Evidence(sentence_index=sent.index, start=sent.start, end=sent.end,
                       sentence=sent.text, trigger=trig_text, trigger_start=tok.idx,
                       trigger_end=trig_end)
    nominal = nominal_trigger(trig, tok)
    broken = trig.type == "THREATEN" and trig.mode == "relations" and trig.controller is not None
    warned = vowed or readied or ruled_in or broken or kept_open or (
        not nominal and not targets_t and (_warned_response(trig, doc)
                                           or _explicit_demand(trig, doc)))
    complete = bool(actors_t and (targets_t or warned or (
        et.name in UNDIRECTED_TYPES and not nominal)))
    # (a threat of a response needs no target; nor does a deployment or a pull-back told by a
    # clause: a bare noun, "the UN-brokered truce will start", still needs its parties)
    # an incomplete mention is weighed as if its source were found: the story may give it
    # so is an agentless attack told in the passive on a named target ("were targeted by a drone")
    agentless = passive and bool(targets_t) and et.name == "ASSAULT"
    weight = max(trig.weight, CARRIED_WEIGHT) if carried else trig.weight
    if failed_settlement(trig, doc):
        weight = max(weight, SETTLEMENT_FAILED_WEIGHT)
    conf = round(weight * (1.0 if complete else 0.75 if actors_t or incomplete or agentless
                           else 0.6), 3)
    if unnamed_recipient:
        conf = round(conf * TARGETLESS_FACTOR, 3)
    if not targets_t and trig.type in TARGET_REQUIRED \
            and (nominal or not self_contained(trig.type, mode, tok)) and not warned:
        conf = round(conf * TARGETLESS_FACTOR, 3)  # "US threats", "U.S. sanctions": no recipient
    return Event(
        id="", article_id=parsed.article.id, type=et.name, mode=mode, quad=int(et.quad),
        intensity=et.intensity_of(mode), cameo=et.cameo_of(mode), modality=str(modality),
        actors=actors_t, targets=targets_t, date=date, location=place,
        attribution=attribution if isinstance(attribution, Attribution) else Attribution(),
        evidence=(ev_span,), extractor=VERSION, confidence=conf,
        incomplete=incomplete, background=background,
    )


# Parts of a building ("the gate of the embassy") and likenesses of a party ("portraits of
# the premier", "Israeli flags"): an act on them is an act on the whole, or on whom they show.
PART_NOUNS = frozenset({"gate", "door", "wall", "fence", "window", "roof", "entrance", "area",
                        "reception", "perimeter", "barrier", "wing", "tower", "facade",
                        # grounds and rooms of a compound ("the grounds of the embassy", "a
                        # guard post at the consulate", "the lobby of the ministry")
                        "ground", "room", "post", "courtyard", "yard", "lobby", "garden",
                        "premise", "premises", "hall", "annex", "checkpoint", "compound"})
DAMAGE_PREPS = frozenset({"to", "on", "through", "into", "onto"})
IMAGE_NOUNS = frozenset({"picture", "poster", "portrait", "photo", "photograph", "image", "flag",
                         "effigy", "banner", "billboard", "likeness"})


def whole_of(tok: Token) -> Token | None:
    """The building a part belongs to ("a gate at / of the embassy") or the party a likeness
    shows ("pictures of X", "X's portraits", "Israeli flags"), or None."""
    low = lemma(tok)
    if low not in PART_NOUNS and low not in IMAGE_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her"):
            return c
        if c.dep_ == "prep" and lemma(c) in (("of", "at") if low in PART_NOUNS else ("of",)):
            got = next((g for g in c.children if g.dep_ == "pobj"), None)
            if got is not None:
                return got
    if low in IMAGE_NOUNS:  # "Israeli flags", "American and Israeli flags"
        return next((c for c in tok.children if c.dep_ in ("amod", "compound")
                     and c.ent_type_ in ("NORP", "GPE", "PERSON", "ORG")), None)
    if tok.dep_ == "pobj" and lemma(tok.head) == "through":  # "smashed through a gate at X"
        return next((g for p in tok.head.head.children if p.dep_ == "prep" and lemma(p) == "at"
                     for g in p.children if g.dep_ == "pobj"), None)
    return None


# Diplomatic missions whose closure cuts relations with their host or owner.
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation", "chancery",
                           "representation", "office"})
# Who hears a statement, never its recipient ("told reporters", "told a news conference").
AUDIENCE_NOUNS = frozenset({"reporter", "journalist", "press", "conference", "briefing",
                            "audience", "medium", "media", "television", "broadcaster",
                            "newspaper", "agency", "correspondent", "interviewer", "channel",
                            "crowd", "gathering", "viewer", "listener", "newsman"})
_TELLING_VERBS = frozenset({"tell", "brief", "inform", "address", "assure", "remind"})


def self_named(tok: Token) -> Token:
    """The name a noun gives itself ("a group calling itself X", "a militia that calls itself
    X") or the noun."""
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and lemma(c) in ("call", "name", "style", "describe") \
                and any(g.dep_ == "dobj" and g.lower_ in ("itself", "themselves")
                        for g in c.children):
            name = next((g for g in c.children if g.dep_ in ("oprd", "attr", "xcomp")
                         and g.pos_ == "PROPN"), None)
            if name is not None:
                return name
    return tok


def blamed_on(tok: Token) -> tuple[Token, bool] | None:
    """(Y, alleged) when the act ``tok`` is what a speaker "blamed on Y" / "pinned on Y": the
    act is Y's as a claim; None otherwise."""
    if tok.dep_ not in ("dobj", "nsubjpass") or lemma(tok.head) not in ("blame", "pin"):
        return None
    for p in (*tok.head.children, *tok.children):  # "on X" parsed on the verb or the act
        if p.dep_ == "prep" and lemma(p) == "on":
            for g in p.children:
                if g.dep_ == "pobj" and is_actorish(g):
                    return g, True
    return None


def quoted_label(verb: Token) -> Token | None:
    """The label a judging verb quotes for its object: "condemned what it called a Turkish
    violation" -> violation; None otherwise."""
    for c in verb.children:
        if c.dep_ not in ("ccomp", "dobj") or lemma(c) not in NAMING_LEMMAS:
            continue
        if not any(g.tag_ in ("WP", "WDT") and g.dep_ in ("dobj", "nsubj") for g in c.children):
            continue
        for g in c.children:
            if g.dep_ in ("oprd", "attr", "xcomp", "ccomp") and g.pos_ in ("NOUN", "PROPN"):
                return g
            if g.dep_ == "prep" and lemma(g) == "as":
                return next((x for x in g.children if x.dep_ == "pobj"), None)
    return None


NAMING_LEMMAS = frozenset({"call", "describe", "term", "label", "brand", "dub", "characterize",
                           "characterise"})
COMPLAINT_PREPS = frozenset({"over", "about", "against", "regarding", "concerning", "at"})


def complained_acts(tok: Token, head: Token, nouns: Sequence[Token] = ()) -> list[Token]:
    """The hostile acts a complaint is about ("a complaint over the Turkish strikes",
    "protested about the raids"), from the prepositions of the trigger, of its light verb or of
    the complaint noun a verb takes ("lodged a complaint over ...")."""
    out: list[Token] = []
    for node in {t.i: t for t in (tok, head, *nouns)}.values():
        for p in node.children:
            if p.dep_ != "prep" or lemma(p) not in COMPLAINT_PREPS:
                continue
            for g in p.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and any(
                        int(event_type(s.type).quad) == 4 for s in noun_senses(lemma(g))):
                    out.append(g)
    return out


def _done_to_captives(verb: Token) -> bool:
    """Whether a demanded act is done to people by someone else (freed, released, arrested,
    punished), so that its passive subject is not the one asked; "that the presence be ended"
    asks its owner."""
    senses = verb_senses(lemma(verb))
    return any((s.type == "CONCEDE" and s.mode == "release") or s.type in ("COERCE", "ASSAULT")
               for s in senses)


def audience(tok: Token) -> bool:
    """Whether ``tok`` is whom a statement was made to ("told reporters", "told a news
    conference in Baghdad"), the object of a verb of telling."""
    return lemma(tok) in AUDIENCE_NOUNS and tok.dep_ in ("dobj", "dative", "pobj") and (
        lemma(tok.head) in _TELLING_VERBS or lemma(tok.head.head) in _TELLING_VERBS)


def unlinked_clause_subject(verb: Token) -> Token | None:
    """Parser repair: in "X blames Y for the raids, which Z carried out after a rocket attack
    killed a contractor" the small model makes "killed" a conj of "blames" with no
    coordinator; its subject is then the attack noun right before it, never X. Returns that
    noun (a weapon or attack noun ending a phrase just before the verb), or None."""
    if verb.dep_ != "conj" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass")
                                                  for c in verb.children):
        return None
    if any(t.dep_ == "cc" or t.lower_ in (";", ":") for t in verb.doc[verb.head.i + 1:verb.i]
           if t.head.i in (verb.head.i, verb.i)):
        return None  # "A arrested B and freed C": a real coordination
    tok = verb.doc[verb.i - 1]
    while tok.dep_ in ("pobj", "prep", "compound", "amod", "nummod") and tok.head.i < verb.i \
            and lemma(tok) not in active().weapon_nouns:
        tok = tok.head  # "a rocket attack near Kirkuk": up to "attack"
    if lemma(tok) in active().weapon_nouns and tok.pos_ == "NOUN" and tok.dep_ == "pobj":
        return tok
    return None


# "a drone hit a car carrying two commanders": an act of force on people in a vehicle is an
# attack whatever the verb ("hit", "targeted").
CARRIED_WEIGHT = 0.8


# Verbs whose negation is a warning, not a refusal ("will not tolerate", "will not allow"):
# see modality.TOLERANCE_VERBS ("accept" is not among them here: "will not accept X" refuses X).
_WARNING_NEGATABLE = frozenset({"hesitate", "tolerate", "allow", "permit", "let", "stand",
                                "condone", "countenance", "ignore"})
# Verbs of acceptance: negated, their refusal is of a proposal (REJECT proposal); other
# cooperative acts negated are a refusal of what was asked (REJECT request).
_ACCEPT_VERBS = frozenset({"accept", "agree", "approve", "consent", "endorse", "sign", "ratify",
                           "recognise", "recognize", "back", "support", "embrace", "adopt"})
# "not yet", "not immediately": a delay, not a refusal.
_DELAY_WORDS = frozenset({"yet", "immediately", "still"})


# Upper-case words that are no body's initials: things, diseases, measures, titles alone.
NOT_BODIES = frozenset({"COVID", "IED", "IEDS", "GDP", "HIV", "AIDS", "SARS", "MERS", "TV",
                        "UAV", "UAVS", "RPG", "RPGS", "ID", "AM", "PM", "OK", "US", "UK", "EU",
                        "UN", "VAT", "DNA", "IT", "AI", "PPE", "ICBM", "ICBMS", "SUV", "GPS"})


def acronym(tok: Token) -> bool:
    """An upper-case initialism the parse left untagged ("ICE", "FEMA"): a body that acts."""
    text = tok.text.replace(".", "")
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper() \
        and text not in NOT_BODIES and not tok.ent_type_ \
        and not any(c.dep_ in ("compound", "amod") for c in tok.children)


# An authority that orders a coercive act does it (as "ordered the arrest of X" already is):
# "ordered the newspaper to suspend publication", "ordered three ministers jailed".
DIRECTIVE_VERBS = frozenset({"order", "direct", "instruct", "authorize", "authorise"})


def ordered_act(trig: Trigger, doc: Doc) -> tuple[Token, Sense] | None:
    """(the ordered verb, its sense) when ``trig`` is an order whose content is a coercive act:
    its controlled clause ("to suspend publication"), or a participle on its object ("ordered X
    jailed"); None otherwise."""
    verb = doc[trig.head]
    if trig.type != "REQUEST" or not is_verb(verb):
        return None
    stood_down = own_forces_stood_down(trig, verb)
    if stood_down is not None:  # "told his fighters to stand down": his own pull-back
        return stood_down
    if lemma(verb) not in DIRECTIVE_VERBS:
        return None
    acts = [doc[trig.controller]] if trig.controller is not None else []
    acts += [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and is_verb(c)]
    acts += [g for c in verb.children if c.dep_ in ("dobj", "obj") for g in c.children
             if g.dep_ in ("acl", "oprd") and is_verb(g)]
    for act in acts:
        hit = verb_sense(act)
        if hit is not None and hit[0].type == "COERCE":
            return act, hit[0]
        if lemma(act) in LEAVE_VERBS and any(
                lemma(o) in ENVOY_NOUNS for o in verb.children if o.dep_ in ("dobj", "obj")):
            # "ordered three Iranian diplomats to leave the country": an expulsion
            return act, Sense(lemma=lemma(act), pos="V", type="SANCTION", mode="expel",
                              weight=trig.weight)
    return None


# Round 13: a leader who orders or tells his own men to pull back, stand down or stop fighting
# ("told his fighters to stand down", "ordered its forces to withdraw from the city") pulls
# back himself: the order is his RETREAT (its ceasefire, disarmament, withdrawal).
STAND_DOWN_VERBS = DIRECTIVE_VERBS | {"tell"}
OWN_MEN = frozenset({"follower", "fighter", "man", "supporter", "loyalist", "militiaman",
                     "gunman", "member", "force", "troop", "unit", "militia", "army", "soldier",
                     "partisan", "brigade", "commander"})
_OWN_POSS = frozenset({"his", "its", "their", "her", "our"})


def own_forces_stood_down(trig: Trigger, verb: Token) -> tuple[Token, Sense] | None:
    """(the ordered verb, its RETREAT sense) when ``verb`` orders or tells the speaker's own men
    (a possessive "his", "its", "their") to pull back, stand down, disarm or stop fighting."""
    if lemma(verb) not in STAND_DOWN_VERBS:
        return None
    ordered = verb.doc[trig.controller] if trig.controller is not None else next(
        (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and is_verb(c)), None)
    if ordered is None:  # (an ordered act that is a trigger of its own controls nothing)
        return None
    men = [o for o in verb.children if o.dep_ in ("dobj", "obj", "dative")]
    men += [g for p in verb.children if p.dep_ == "prep" and lemma(p) == "on"  # "called on"
            for g in p.children if g.dep_ == "pobj"]
    if not any(lemma(o) in OWN_MEN and any(c.dep_ == "poss" and c.lower_ in _OWN_POSS
                                           for c in o.children) for o in men):
        return None
    for act in _chain_acts(ordered):
        hit = verb_sense(act)
        if hit is not None and hit[0].type == "RETREAT":
            return act, hit[0]
        if lemma(act) == "stand" and any(c.dep_ == "prt" and c.lower_ == "down"
                                         for c in act.children):  # "to stand down"
            return act, Sense(lemma="stand@down", pos="V", type="RETREAT", mode="withdraw",
                              weight=trig.weight)
        if lemma(act) in STOP_VERBS and any(
                lemma(c) in ("fight", "fighting") for c in act.children
                if c.dep_ in ("xcomp", "dobj", "obj")):  # "to stop fighting"
            return act, Sense(lemma=lemma(act), pos="V", type="RETREAT", mode="ceasefire",
                              weight=trig.weight)
    return None


def _chain_acts(act: Token) -> list[Token]:
    """The ordered act and the acts joined to it ("to stop fighting and withdraw")."""
    return [act, *(c for c in act.children if c.dep_ == "conj" and is_verb(c))]


# An order to leave given to another side's envoys expels them.
LEAVE_VERBS = frozenset({"leave", "depart", "quit", "go"})
ENVOY_NOUNS = frozenset({"diplomat", "ambassador", "envoy", "attache", "consul", "charge",
                         "emissary", "representative"})


# What a contact may convey, told as its purpose ("called X to congratulate him"): the act is
# done on the call or visit, to the one contacted.
PURPOSE_TYPES = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "AGREE", "THREATEN", "REJECT", "AID"})


def contacted(verb: Token) -> list[Token]:
    """Whom a contact verb reaches: its object ("phoned X"), or "with X" / "to X" ("met with
    X", "wrote to X")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return objs or [g for c in verb.children if c.dep_ == "prep" and lemma(c) in ("with", "to")
                    for g in c.children if g.dep_ == "pobj"]


def requesters(comp: Token) -> list[Token]:
    """Who made the requests a refused answer was to: "a request from / by X", "X's request"."""
    out: list[Token] = []
    for req in answered_requests(comp):
        out += [g for c in req.children if c.dep_ == "prep" and lemma(c) in ("from", "by")
                for g in c.children if g.dep_ == "pobj"]
        out += [c for c in req.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return out


# Modes whose parties the words name in their own way: a go-between's (CONSULT third-party:
# "mediated between X and Y"), a gathering's (CONSULT multilateral: "attended a summit of X"),
# a haven's (AID asylum: "took in 2,000 refugees": the people taken in), an informant's
# (COOPERATE intelligence: "gave the records to X").
PARTY_MODES = frozenset({"third-party", "multilateral", "asylum", "intelligence"})


def parties(trig: Trigger, doc: Doc) -> list[Token]:
    """The recipients a mode of :data:`PARTY_MODES` names: "between X and Y" in the clause of a
    mediation; "of X" / "with X" on the meeting attended; the people a haven takes in."""
    tok, head = doc[trig.token], doc[trig.head]
    if trig.mode == "third-party":
        clause = head if is_verb(head) else head.head
        between = next((c for c in clause.subtree if c.dep_ == "prep" and lemma(c) == "between"),
                       None)
        return [g for g in between.children if g.dep_ == "pobj"] if between is not None else []
    if trig.mode == "multilateral" and is_verb(tok):
        return [g for o in tok.children if o.dep_ in ("dobj", "obj")
                for p in o.children if p.dep_ == "prep" and lemma(p) in ("of", "with")
                for g in p.children if g.dep_ == "pobj"]
    if trig.mode == "asylum" and is_verb(tok):
        return [o for o in tok.children if o.dep_ in ("dobj", "obj") and is_actorish(o)]
    if trig.mode == "intelligence" and is_verb(tok):  # "gave the records to X"
        given = [tok] + [o for o in tok.children if o.dep_ in ("dobj", "obj")]
        return [g for h in given for p in h.children if p.dep_ in ("prep", "dative")
                and lemma(p) in ("to", "with") for g in p.children if g.dep_ == "pobj"]
    return []


def mutual_settlement(trig: Trigger, doc: Doc) -> bool:
    """A settlement is made between its parties: "A and B signed / reached / agreed a deal" is
    A with B, and so is "A and B failed to reach a deal" (the refusal of one to the other)."""
    if trig.mode == SETTLE_MODE:
        return lemma(doc[trig.head]) not in GO_BETWEEN_VERBS
    return failed_settlement(trig, doc)


def failed_settlement(trig: Trigger, doc: Doc) -> bool:
    """"failed to reach / sign / agree on a deal": a refusal of the settlement, as sure as the
    settlement verb itself (a bare "failed to" is a weak refusal)."""
    if trig.type != "REJECT" or trig.controller is None or lemma(doc[trig.head]) != "fail":
        return False
    hit = verb_sense(doc[trig.controller])
    return hit is not None and hit[0].mode == SETTLE_MODE


# Renewals of a relief from sanctions (rule data ``object_groups.reliefs``), and the verbs
# that refuse one ("refused to renew the waiver").
RENEWING_VERBS = frozenset({"renew", "extend", "reissue", "prolong"})
WITHHOLDING_VERBS = frozenset({"refuse", "decline", "fail"})


def withheld_relief(trig: Trigger, doc: Doc) -> tuple[int, ...]:
    """The relief nouns of a relief from sanctions a party withholds: its renewal negated
    ("did not renew the waiver", "will not extend the exemption") or refused ("refused to
    renew the waiver"); () otherwise ("extended the waiver" eases the sanctions)."""
    controlled = trig.type == "REJECT" and trig.controller is not None
    verb = doc[trig.controller] if controlled else doc[trig.head]  # type: ignore[index]
    if lemma(verb) not in RENEWING_VERBS or not is_verb(verb):
        return ()
    if controlled:
        if lemma(doc[trig.token]) not in WITHHOLDING_VERBS:
            return ()
    elif trig.type != "CONCEDE" or not is_negated(verb):
        return ()
    reliefs = active().object_groups.get("reliefs", frozenset())
    return tuple(c.i for c in verb.children if c.dep_ in ("dobj", "obj") and lemma(c) in reliefs)


def refused_cooperation(trig: Trigger, verb: Token) -> str | None:
    """The REJECT mode of a cooperative act the clause negates ("did not accept the offer",
    "will not sign the deal", "never agreed to talks", "will not withdraw"), or None. A negated
    acceptance is a refusal (CAMEO 12), never an asserted act of cooperation; another
    cooperative act is refused when it is ruled out for the future, and only negated when it
    is told as not done ("did not withdraw"); a negated warning verb ("will not tolerate") and
    a delay ("has not yet accepted") are not refusals."""
    if int(event_type(trig.type).quad) not in (1, 2) or not is_verb(verb):
        return None
    if lemma(verb) in _WARNING_NEGATABLE:
        return None
    if not is_negated(verb) or any(c.dep_ == "advmod" and c.lower_ in _DELAY_WORDS
                          for c in verb.children):
        return None
    if lemma(verb) in _ACCEPT_VERBS:
        return "proposal"
    # "will not withdraw": a refusal; "did not withdraw": only a negated act
    return "request" if future_aux(verb) else None


def held_parties(verb: Token) -> list[Token]:
    """Who a verb of blame holds to a predicate of blame, when the parse makes them the
    subject of that predicate ("holds | Israel responsible"), or the noun a relative clause
    hangs on ("the militia, which Washington holds responsible"): the accused."""
    preds = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp")
             and lemma(c) in BLAME_PREDICATES]
    out = [s for c in preds for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not out and preds and verb.dep_ == "relcl" and any(
            c.dep_ in ("dobj", "obj") and c.tag_ in ("WDT", "WP") for c in verb.children):
        ante = verb.head  # "X, the militia which W holds responsible": X, the named one
        out.append(ante.head if ante.dep_ == "appos" else ante)
    return out


def measures_against(verb: Token) -> list[Token]:
    """Who the hostile measures a call asks for are against ("called for sanctions / action /
    an inquiry against X"): the pobj of "against" on a conflict noun after "for"."""
    out: list[Token] = []
    for p in verb.children:
        if p.dep_ != "prep" or lemma(p) != "for":
            continue
        for noun in (g for g in p.children if g.dep_ == "pobj"):
            senses = noun_senses(lemma(noun))
            if not senses or not all(int(event_type(s.type).quad) >= 3 for s in senses):
                continue
            out += [o for q in noun.children if q.dep_ == "prep" and lemma(q) == "against"
                    for o in q.children if o.dep_ == "pobj" and is_actorish(o)]
    return out


# Cooperative acts that accept what another party offered or asked ("accepted the proposal
# from X", "approved X's request"): that party is the recipient.
ACCEPTING_TYPES = frozenset({"AGREE", "CONCEDE"})


# Conflict acts that, announced for the future by their own side, are threats.
FUTURE_THREAT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def nominal_trigger(trig: Trigger, tok: Token) -> bool:
    """Whether the event is a bare noun ("U.S. sanctions"), not a clause."""
    return trig.head == trig.token and is_noun(tok) and not is_verb(tok)


def future_aux(verb: Token) -> bool:
    """"will strike", "would pursue", "is going to hit": the act is announced for the future."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and lemma(verb.head) == "go" and verb.head.tag_ == "VBG"


def self_stated(actors: Sequence[ActorRef], attribution: Attribution) -> bool:
    """Whether the speaker reporting an act is on the side of its actor (the same actor, the
    same organisation or the same state): a side announcing its own course, not a forecast."""
    sp = attribution.speaker
    if sp is None or not actors:
        return False
    def side(r: ActorRef) -> set[str]:
        return {x for x in (r.kb_id, r.name, r.country, *r.ancestors) if x}
    mine = side(sp)
    return any(side(a) & mine for a in actors)


# Material acts whose noun names its patient with "of" ("the arrest of X", "the release of X").
# Legal orders whose "for X" / "against X" names who undergoes them.
WARRANT_NOUNS = frozenset({"warrant", "summons"})
PATIENT_OF_TYPES = frozenset({"ASSAULT", "COERCE", "CONCEDE", "SANCTION"})


# Cooperative acts announced for the future are an expressed intent to cooperate (CAMEO 03,
# PLOVER AGREE: "will free the prisoners", "will meet the envoy", "will send aid"); the same
# acts refused for the future are a rejection (CAMEO 12: "will not end the strike").
INTENT_TYPES = frozenset({"CONSULT", "CONCEDE", "RETREAT", "AID", "SUPPORT", "COOPERATE"})


def stated_intent(verb: Token, type_: str, modality: Modality) -> tuple[str, str | None] | None:
    """(type, mode) of a cooperative act stated as the actor's future course: AGREE/promise
    when it is announced, REJECT/request when it is ruled out; None for anything else (a past
    or hypothetical act, a conflict act, whose future is a threat)."""
    if type_ not in INTENT_TYPES:
        return None
    if verb.dep_ == "xcomp" and lemma(verb.head) in WILLING_WORDS:
        # "is willing/ready to withdraw": the intent, not a withdrawal; "is not ready to": none
        adj = verb.head
        cop = adj.head if adj.dep_ == "acomp" else adj
        negated = any(c.dep_ == "neg" for c in (*adj.children, *cop.children))
        return ("REJECT", "request") if negated else ("AGREE", "promise")
    # "would allow the agency to deliver food": the future is on the permitting verb
    holders = [verb, verb.head] if verb.dep_ in ("ccomp", "xcomp") \
        and lemma(verb.head) in PERMIT_VERBS else [verb]
    future_aux = any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS
                     for h in holders for c in h.children)
    if modality == Modality.FUTURE and future_aux:
        return "AGREE", "promise"
    if modality == Modality.NEGATED and future_aux:
        return "REJECT", "request"
    return None


# Types whose event needs a recipient: without one the words name a policy, a capacity or a
# topic ("U.S. sanctions", "US threats", "Iraq is seeking stability"), not an interaction.
TARGET_REQUIRED = frozenset({"REQUEST", "AID", "SUPPORT", "CONSULT", "COOPERATE", "AGREE",
                             "SANCTION", "COERCE", "THREATEN", "ASSAULT"})
# Material acts a clause may report without a recipient ("the U.S. imposed sanctions",
# "customs seized a shipment of drones", "banned the broadcasts", "imposed a curfew"): their
# object is a thing, not a party; their bare nouns ("U.S. sanctions") still need one. An arrest
# or an expulsion is of someone ("police arrested three boxes" is no arrest).
SELF_CONTAINED_ACTS = frozenset({"SANCTION", "ASSAULT"})
SELF_CONTAINED_MODES = {"COERCE": frozenset({"seize", "restrict", "censor"})}


def self_contained(type_: str, mode: str | None, verb: Token | None = None) -> bool:
    """A material act its clause may tell without a named recipient (see above); an arrest
    too when it counts or points at the people taken ("arrested five", "detained them",
    "rounded up dozens of suspects")."""
    if type_ in SELF_CONTAINED_ACTS or mode in SELF_CONTAINED_MODES.get(type_, ()):
        return True
    return type_ == "COERCE" and mode == "arrest" and verb is not None and is_verb(verb) \
        and any(c.dep_ in ("dobj", "obj") and (c.like_num or lemma(c) in COUNTED_PEOPLE
                                               or lemma(c) in active().actor_nouns)
                for c in verb.children)


COUNTED_PEOPLE = frozenset({"dozen", "dozens", "score", "scores", "hundred", "hundreds",
                            "several", "many", "some", "others", "two", "three"})
# Acts complete without a recipient: "raised its alert level", "the militants fled" are told
# whole by their actor alone. (Not a protest: a march or rally told with no one it is aimed at
# is often a procession, "mourners marching behind the coffins".)
UNDIRECTED_TYPES = frozenset({"MOBILIZE", "RETREAT"})
# Acts done to one's own forces: the passive subject of "were deployed", "were pulled back"
# is the side that moves them.
OWN_FORCE_TYPES = frozenset({"MOBILIZE", "RETREAT"})
TARGETLESS_FACTOR = 0.4  # puts a targetless event of those types below the default floor
# Mutual interactions: "A and B coordinate/met/agreed" is A with B.
SYMMETRIC_TYPES = frozenset({"COOPERATE", "CONSULT", "AGREE"})
# The SUPPORT mode of a formal agreement signed or reached (CAMEO 057): mutual, like talks.
SETTLE_MODE = "settle"
# Acts two parties do together, whoever is named first: a deal signed, ties restored.
MUTUAL_MODES = frozenset({SETTLE_MODE, "recognize"})
# A deal made by a go-between: "A and B brokered a deal" are co-mediators, not its parties.
GO_BETWEEN_VERBS = frozenset({"broker", "mediate", "facilitate"})
SETTLEMENT_FAILED_WEIGHT = 0.7
_BULLETS = ("-", "•", "*", "–", "—", "·", "▪", "●")
_CAPACITY = frozenset({"ability", "capacity", "capability", "potential", "power", "means",
                       "freedom", "right"})
_AVOID = frozenset({"avoid", "prevent", "stop", "escape", "fear", "risk"})
BACKGROUND_YEARS = 2  # events dated this many years before publication are background


# What a warning or vow without a recipient may still threaten: "warned of a harsh response",
# "vowed to retaliate", "warned against any attack".
RESPONSE_NOUNS = frozenset({"response", "retaliation", "consequence", "reprisal", "revenge",
                            "escalation", "action", "attack", "strike", "war", "measure",
                            "step", "reaction", "punishment", "repercussion", "cost"})


def warned_acts(trig: Trigger, tok: Token) -> list[Token]:
    """The hostile acts a warning is about: the act a refusal to tolerate names ("will not
    tolerate attacks"), or the subject of the clause a warning reports when it is an act of
    force or a response ("warned that any retaliation would ...")."""
    if lemma(tok) in TOLERANCE_WARNING_VERBS:
        return [tok.doc[i] for i in trig.consumed]
    return [s for c in tok.children if c.dep_ == "ccomp"
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
            and (lemma(s) in RESPONSE_NOUNS or any(
                int(event_type(x.type).quad) == 4 for x in noun_senses(lemma(s))))]


CARRY_VERBS = frozenset({"carry", "transport", "ferry", "convey"})


def passengers(noun: Token) -> list[Token]:
    """Who rides in a vehicle the text names ("a car carrying two commanders", "a convoy
    transporting fighters of X"), or nothing (also for anything that is not a vehicle)."""
    if lemma(noun) not in active().vehicle_nouns:
        return []
    return [g for c in noun.children if c.dep_ in ("acl", "relcl") and lemma(c) in CARRY_VERBS
            for g in c.children if g.dep_ in ("dobj", "obj") and is_actorish(g)]


def is_controlling(verb: Token) -> bool:
    """Whether a verb is a control verb of the lexicon ("vowed to", "threatened to")."""
    return lx_control(lemma(verb)) is not None


def _response_targets(tok: Token) -> list[Token]:
    """Whom a threatened response is aimed at: "warned of retaliation against X", "vowed
    revenge on X"."""
    nouns = [c for c in tok.children if c.dep_ == "dobj" and lemma(c) in RESPONSE_NOUNS]
    nouns += [g for c in tok.children if c.dep_ == "prep" and lemma(c) in ("of", "against")
              for g in c.children if g.dep_ == "pobj" and lemma(g) in RESPONSE_NOUNS]
    # "warned of consequences for X": who bears them
    return [g for n in nouns for p in n.children if p.dep_ == "prep"
            and (lemma(p) in ("against", "on", "upon")
                 or lemma(p) == "for" and lemma(n) in ("consequence", "repercussion", "cost"))
            for g in p.children if g.dep_ == "pobj"]


# Verbs of a response whose object or "for"/"to" object is the act answered ("avenge the
# killing of", "retaliate for the strikes", "respond to the attack").
ANSWERING_VERBS = frozenset({"retaliate", "respond", "avenge", "react", "answer", "reply"})


def _answered_authors(trig: Trigger, tok: Token, doc: Doc) -> list[Token]:
    """The authors of the hostile act a threatened response answers: "a response to the drills
    by X", "revenge for the American raid", "vowed to avenge the fighters killed in X's raid",
    "threatened to retaliate for X's strikes" (the first act with a named author)."""
    answers: list[Token] = [g for c in tok.children if c.dep_ in ("dobj", "obj")
                            and lemma(c) in RESPONSE_NOUNS for p in c.children
                            if p.dep_ == "prep" and lemma(p) in ("to", "for")
                            for g in p.children if g.dep_ == "pobj"]
    answers += [g for c in tok.children if c.dep_ == "prep" and lemma(c) in ("of", "against")
                for n in c.children if n.dep_ == "pobj" and lemma(n) in RESPONSE_NOUNS
                for p in n.children if p.dep_ == "prep" and lemma(p) in ("to", "for")
                for g in p.children if g.dep_ == "pobj"]
    if trig.controller is not None and lemma(doc[trig.controller]) in ANSWERING_VERBS:
        answers.append(doc[trig.controller])  # its whole clause: "avenge the men killed in X"
    out: list[Token] = []
    for a in answers:
        for act in (a.subtree if a.i != trig.controller else
                    (t for c in a.children if c.dep_ in ("dobj", "obj", "prep")
                     for t in c.subtree)):
            if act.pos_ != "NOUN" or not (material_act(act) or (
                    act.i == a.i and noun_sense(act) is not None)):
                continue
            author = noun_actor(act)
            if author is None and act.i == a.i and a.head.dep_ == "prep":
                # "a response to the drills by X", the "by" hung on the response
                author = next((g for p in a.head.head.children if p.dep_ == "prep"
                               and lemma(p) == "by" and p.i > a.i for g in p.children
                               if g.dep_ == "pobj"), None)
            if author is not None and author.i != act.i:
                out.append(author)
                return out
    return out


def _warned_response(trig: Trigger, doc: Doc) -> bool:
    """A THREATEN without a recipient that still threatens: a warning of a response or a
    vow/threat to retaliate, or a refusal to tolerate an act of force (the target then comes
    from the story, or stays unknown)."""
    if trig.type != "THREATEN":
        return False
    if lemma(doc[trig.token]) in TOLERANCE_WARNING_VERBS and trig.consumed:
        return True  # "will not tolerate attacks on its forces"
    if trig.controller is not None:  # "vowed to retaliate", "threatened to strike"
        inner = doc[trig.controller]
        if consequence(inner) or continued_attack(inner) is not None \
                or promised_consequence(inner) or impunity_denied(inner) \
                or answered_by_force(inner) or resisted_attempt(inner):
            # "any attack will be met with a response", "would confront any attempt to ..."
            return True  # "whoever attacks us will pay a price", "its attacks will go on",
            # "there will be a harsh response", "the attackers will not get away with it"
        return lemma(inner) in ("retaliate", "respond", "avenge", "react") or any(
            s.type == "ASSAULT" or (s.type in FORCE_TYPES and not is_controlling(doc[trig.token]))
            for s in verb_senses(lemma(inner)))  # "said they would pursue those behind it"
    tok = doc[trig.token]
    vowing = lemma(tok) in VOWING_VERBS
    for c in tok.children:
        if c.dep_ == "dobj" and (lemma(c) in RESPONSE_NOUNS or vowing and vowed_attack(c)):
            return True  # "vowed revenge", "threatened retaliation", "vowed more operations"
        if c.dep_ == "prep" and lemma(c) in ("of", "against", "about"):
            if any(g.dep_ == "pobj" and lemma(g) in RESPONSE_NOUNS for g in c.children):
                return True
    return False


def _vowed_operation(trig: Trigger, doc: Doc) -> bool:
    """Whether a threat rests on vowed "operations" alone, a word of no force by itself ("vowed
    more operations", "vowed that its operations would go on"): then only a party the KB knows
    makes it one (round 13)."""
    tok = doc[trig.token]
    nouns = [c for c in tok.children if c.dep_ == "dobj"] if lemma(tok) in VOWING_VERBS else []
    if trig.controller is not None:
        act = continued_attack(doc[trig.controller])
        nouns += [act] if act is not None else []
    return any(vowed_attack(n) and (noun_sense(n) is None or noun_sense(n).type != "ASSAULT")
               for n in nouns)


DEMAND_VERBS = frozenset({"call", "demand", "urge", "appeal", "press", "ask", "plead"})


def _explicit_demand(trig: Trigger, doc: Doc) -> bool:
    """"called for calm and restraint", "demanded explanations": a REQUEST whose content is
    stated is an event even when it names no addressee."""
    tok = doc[trig.token]
    if trig.type != "REQUEST" or lemma(tok) not in DEMAND_VERBS:
        return False
    for c in tok.children:
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN"):
            return True
        if c.dep_ == "prep" and lemma(c) == "for" and any(g.dep_ == "pobj" for g in c.children):
            return True
        if c.dep_ == "ccomp" and is_verb(c) and any(g.dep_ in ("nsubjpass", "csubjpass")
                                                    for g in c.children):
            return True  # "demanded that the detainees be freed": asked of someone unnamed
    return False


# Meetings and calls told as the circumstance of another act ("raised the issue during a
# meeting with X", "in talks with X, Y said"): the one who acts there took part in them.
CIRCUMSTANCE_PREPS = frozenset({"during", "in", "at", "after", "following", "before", "on",
                                "throughout"})
MEETING_TYPES = frozenset({"CONSULT"})
# Verbs of a journey, whose "for" names what the traveller came for ("flew to Ankara for talks").
JOURNEY_VERBS = frozenset({"arrive", "travel", "fly", "head", "come", "go", "land", "return",
                           "leave", "depart", "set"})
# "issued a statement demanding ...", "a letter calling for ...": the document's author acts.
STATEMENT_NOUNS = SOURCE_NOUNS | {"letter", "message", "note", "memo",
                                   # what a speaker delivers: "in a speech accusing X, Y ..."
                                   "speech", "address", "sermon", "interview", "tweet",
                                   # documents a body adopts or files: "passed a resolution
                                   # condemning X", "released a report accusing X of ..."
                                   "report", "resolution", "motion", "petition",
                                   # "approved a decision / passed a law obliging X to ..."
                                   "decision", "law", "bill", "decree", "measure"}
# Verbs by which a document is put out ("issued / released / sent a statement", "passed /
# filed a resolution").
ISSUE_VERBS = frozenset({"issue", "release", "publish", "send", "deliver", "make", "read", "give",
                         "circulate", "adopt", "sign", "put", "post", "write", "address",
                         "pass", "approve", "file", "submit", "present", "table"})


# Nouns of a stance against something ("opposition to", "concern about", "objection to").
STANCE_NOUNS = frozenset({"opposition", "rejection", "concern", "objection", "criticism",
                          "condemnation", "outrage", "anger", "alarm", "displeasure"})
_STANCE_PREPS = frozenset({"to", "about", "over", "regarding", "at", "against", "of", "with"})
_ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def stance_objects(trig: Trigger, doc: Doc) -> list[Token]:
    """Who a stance is against: what the stance noun is about when it names an actor ("concern
    about Iran"), else the owner of that thing ("Iraq's law", "the activities of these
    groups", "the Iranian law")."""
    nouns = [doc[i] for i in trig.consumed] or [doc[trig.token]]
    out: list[Token] = []
    for noun in nouns:
        if lemma(noun) not in STANCE_NOUNS:
            continue
        for p in noun.children:
            if p.dep_ != "prep" or lemma(p) not in _STANCE_PREPS:
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                things = [g] + [c for c in g.children if c.dep_ == "conj"]
                for th in things:
                    if th.ent_type_ in _ACTOR_ENTS or th.pos_ == "PROPN":
                        out.append(th)
                        continue
                    out += [c for c in th.children if c.dep_ == "poss"
                            or (c.dep_ in ("compound", "amod") and c.ent_type_ in _ACTOR_ENTS)]
                    out += [o for q in th.children if q.dep_ == "prep" and lemma(q) == "of"
                            for o in q.children if o.dep_ == "pobj"]
                if not out:  # "the reach and conduct of those factions"
                    out += [o for q in g.children if q.dep_ == "prep" and lemma(q) == "of"
                            for o in q.children if o.dep_ == "pobj"]
    return out


# Verbs of an attempt or plan: "attempting to overthrow", "plotting to attack".
# Verbs that lodge a protest or complaint with someone ("lodged a protest with X").
LODGING_VERBS = frozenset({"lodge", "file", "submit", "register", "deliver", "hand"})
ATTEMPT_VERBS = frozenset({"attempt", "try", "plot", "plan", "seek", "conspire", "scheme",
                           "aim", "intend", "prepare"})


def _accused_attempt(verb: Token) -> bool:
    """An act someone is accused of attempting or plotting ("accused X of trying to kill Y"):
    neither done nor the speaker's; the accusation carries it."""
    return verb.dep_ == "xcomp" and lemma(verb.head) in ATTEMPT_VERBS \
        and accused_agent(verb.head) is not None


# Speech acts a speaker may append to a report as a participle ("..., denying reports that").
PARTICIPLE_SPEECH_TYPES = frozenset({"REJECT", "ACCUSE", "REQUEST", "THREATEN"})
_NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


# Verbs that tell what someone set out in a statement ("discussed how the raid was a crime",
# "explained that the strikes were illegal"): the one who did is the judge, not the reporter.
EXPOUNDING_VERBS = frozenset({"discuss", "explain", "describe", "outline", "note", "recount",
                              "detail", "stress", "emphasise", "emphasize", "argue"})


def inner_reporter(verb: Token) -> Token | None:
    """The named subject of a verb of exposition whose clause ``verb`` is ("X discussed how
    the attack was a violation"), or None."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or lemma(head) not in EXPOUNDING_VERBS:
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None


# The speaker's own state named as a common noun ("said the country will never tolerate").
SELF_STATE_NOUNS = frozenset({"state", "country", "nation"})
# A state's craft and forces, named with no owner by the military that reports them.
OWN_FORCE_NOUNS = frozenset({"warplane", "jet", "aircraft", "plane", "helicopter", "gunship",
                             "force", "troop", "artillery", "army", "navy", "commando"})


def reported_clause_speaker(verb: Token, type_: str) -> Token | None:
    """The speech verb whose speaker performs a speech act that the parse hangs on the reported
    clause instead of on the report: a trailing participle ("X said no one was hurt, denying
    reports that ..." -> said) or a coordinated verb ("X said the shelling was illegal and
    called on Y to ...", "X said two of its commanders were killed and swore revenge" -> said).
    A coordinated one stays inside the clause when the clause names an actor of its own as
    subject ("X said Iran fired the rockets and threatened more attacks": Iran threatens), or
    when the report follows a quote."""
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
    coordinated = verb.dep_ == "conj" and is_verb(verb.head)
    if type_ not in PARTICIPLE_SPEECH_TYPES or not (participle or coordinated):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or lemma(clause.head) not in active().speech_verbs:
        return None
    if participle:
        return clause.head
    if clause.head.i > verb.i or clause.head.tag_ != verb.tag_:
        return None  # '"... and threaten to plunge X into chaos," he said': the quote's own
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if subj is None:
        return None
    if subj.pos_ == "PRON" and lemma(subj) not in ("it", "we", "i"):
        return None  # "they", "he": may be someone else the report is about
    if subj.pos_ == "PROPN" or subj.ent_type_ in _NAMED_ENTS:
        return None
    return clause.head


# "the government", "the federal government" asked by a legislature, an armed group or a party:
# the government of its own state ("Iraq's parliament called on the government to ...").
DOMESTIC_SECTORS = frozenset({"LEG", "REB", "PTY"})
_OWN_GOVERNMENTS = frozenset({"government", "federal government", "central government"})


def own_government(targets: list[ActorRef], actors: Sequence[ActorRef], kb: Any) -> list[ActorRef]:
    """Targets with an unlinked "the government" replaced by the speaker's own state, when every
    speaker is a domestic body (legislature, armed group, party) of one state; else unchanged.
    A government official's "the government" may be another's, so it stays unlinked."""
    if kb is None or not actors or not any(
            t.kb_id is None and norm_name(t.text) in _OWN_GOVERNMENTS for t in targets):
        return targets
    if any(a.kb_id is None or a.sector not in DOMESTIC_SECTORS for a in actors):
        return targets
    countries = {a.country for a in actors}
    states = [s.id for s in kb.actors.values() if s.type == "state" and s.country in countries]
    if len(countries) != 1 or len(states) != 1:
        return targets
    # the state's executive where the KB has one ("Iraqi government"), else the state
    state = state_executive(kb, kb.actors[states[0]]) or states[0]
    return [kb.ref(state, t.text, t.start, t.end)
            if t.kb_id is None and norm_name(t.text) in _OWN_GOVERNMENTS else t for t in targets]


# Verbs by which a document binds someone ("a decision obliging the government to ...").
OBLIGING_VERBS = frozenset({"oblige", "obligate"})


def named_culprit(act: Token) -> Token | None:
    """Who a clause says did the act ``act`` ("X was behind the attack", "X was involved in
    planning attacks"), or None."""
    cur = act
    for _ in range(5):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        got = culprit_of(cur)
        if got is not None and got[1] == act.i:
            return act.doc[got[0]]
    return None


# Verbs whose participle opens a clause with the meeting it took place at ("Addressing a joint
# news conference with X, Y said"): the clause's subject held it.
VENUE_VERBS = frozenset({"address", "attend", "hold", "give", "host"})


def circumstance_actor(tok: Token, type_: str) -> Token | None:
    """The actor of a meeting noun that is the circumstance of a clause: the clause's subject
    ("the envoy raised the law during a meeting with the speaker" -> the envoy); so of a
    fight with someone ("troops retook the village after a battle with X fighters")."""
    if type_ not in MEETING_TYPES and not (type_ == "ASSAULT" and fought_with(tok)):
        return None
    if type_ in MEETING_TYPES and tok.dep_ in ("dobj", "obj") and tok.head.tag_ == "VBG" \
            and tok.head.dep_ == "advcl" and lemma(tok.head) in VENUE_VERBS:
        # "Addressing a joint news conference with X, Y said ...": Y (round 13)
        subj, passive = subject_of(tok.head)
        return None if passive else subj
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    if type_ in MEETING_TYPES and lemma(prep) == "for" and prep.dep_ == "prep" \
            and prep.head.dep_ == "ROOT" and prep.head.ent_type_ in _ACTOR_ENTS \
            and prep.head.ent_type_ != "GPE" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in prep.head.children):
        # a headline without a verb, "Blinken in Baghdad for talks with Sudani": the name it
        # is about (whatever the tagger made of it) came for the talks
        return prep.head
    journey = type_ in MEETING_TYPES and lemma(prep) == "for" and lemma(prep.head) in JOURNEY_VERBS
    # ("arrived in Baghdad for talks with X": the one who came holds them)
    if (lemma(prep) not in CIRCUMSTANCE_PREPS and not journey) or not is_verb(prep.head) \
            or prep.dep_ != "prep":
        return None
    subj, passive = subject_of(prep.head)
    return None if passive else subj


def statement_issuer(noun: Token) -> Token | None:
    """Who issued the statement a clause hangs on: the subject of the verb whose object it is
    ("the council issued a statement demanding ..."), who it is by ("a report by X
    accused ..."), or who speaks in the clause it opens ("in a letter urging X to ..., the
    ministry said"); None when the text does not say."""
    author = next((g for c in noun.children if c.dep_ == "prep" and lemma(c) in ("by", "from")
                   for g in c.children if g.dep_ == "pobj"), None)
    if author is not None:
        return author
    if noun.dep_ in ("dobj", "obj") and lemma(noun.head) in ISSUE_VERBS:
        verb = noun.head
        if verb.dep_ == "xcomp":  # "prompted the council to issue a statement": the council
            made = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if made is not None:
                return made
        subj, passive = subject_of(verb)
        return None if passive else subj
    if noun.dep_ == "pobj" and lemma(noun.head) in ("in", "through", "via") \
            and is_verb(noun.head.head) and noun.head.head.i != noun.head.i:
        # "in a statement blaming X, the group vowed ...": who speaks in the main clause
        subj, passive = subject_of(noun.head.head)
        return None if passive or subj is None or lemma(subj) in STATEMENT_NOUNS else subj
    return None


# "attacks remain possible", "further strikes are likely": the act is only expected.
POSSIBLE_WORDS = frozenset({"possible", "likely", "probable", "unlikely", "expected", "imminent",
                            "feared", "conceivable", "inevitable", "looming", "risk",
                            "possibility", "threat"})
_LINKING = frozenset({"be", "remain", "seem", "appear", "look", "become", "stay"})


def _against_ills(trig: Trigger, doc: Doc) -> bool:
    """An operation or campaign waged on an ill, not on a party ("launched a campaign against
    corruption", "a crackdown on smuggling"): its object is an abstract noun (rule data
    ``abstract``)."""
    abstract = active().object_groups.get("abstract", frozenset())
    nouns = [doc[i] for i in trig.consumed] or [doc[trig.token]]
    aimed = [g for n in nouns for p in n.children if p.dep_ == "prep"
             and lemma(p) in ("against", "on") for g in p.children if g.dep_ == "pobj"]
    return bool(aimed) and all(lemma(g) in abstract and not _party_interests(g) for g in aimed)


def _party_interests(tok: Token) -> bool:
    """"attacks on U.S. interests", "Iran's interests in Iraq": a party's assets, not an ill."""
    return tok.lower_ == "interests" and any(
        c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")
        for c in tok.children)


def _judged_kind(tok: Token) -> bool:
    """A bare plural act noun that is the subject of a judgement ("attacks on X are
    unacceptable", "strikes on civilians remain a crime"): a kind of act, not one told."""
    return tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "nsubjpass") \
        and lemma(tok.head) in _LINKING \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)


def _predicated_possible(tok: Token) -> bool:
    """A nominal event whose clause only says it may happen ("attacks remain possible")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or lemma(tok.head) not in _LINKING:
        return False
    return any(c.dep_ in ("acomp", "attr", "oprd") and lemma(c) in POSSIBLE_WORDS
               for c in tok.head.children)


def _outlet(ref: ActorRef, kb: Any) -> bool:
    """A news outlet or wire ("Reuters", "the newspaper Asharq Al-Awsat") reports events; it is
    never their actor (it is the source of the attribution). It may be a target ("Iran banned
    Reuters")."""
    a = kb.actors.get(ref.kb_id) if kb is not None and ref.kb_id else None
    if a is not None:
        return a.type == "media"
    outlets = active().outlets
    return norm_name(ref.name or "") in outlets or norm_name(ref.text or "") in outlets


def nominal_parties(tok: Token, trig: Trigger) -> tuple[Token | None, list[Token]]:
    """The actor of a nominal trigger, and the other sides it names: its own modifiers
    (:func:`noun_actor`), the first of the sides "between" names for a clash, talks or a deal
    ("clashes / talks between X and Y": X, with Y), the forces a deployment moves."""
    own = noun_actor(tok)
    framed = tok.head.head if tok.dep_ == "pobj" and lemma(tok.head) == "of" \
        and lemma(tok.head.head) in CONTAINER_NOUNS else tok  # "a round of talks between X, Y"
    if own is None and (trig.type == "ASSAULT" or (
            (trig.type in SYMMETRIC_TYPES or trig.mode == SETTLE_MODE)
            and framed.dep_ in ("nsubj", "nsubjpass", "ROOT"))):  # not "promoted cooperation
        # between X and Y": a talk of cooperation is no cooperation of theirs
        sides = between_parties(tok)
        if len(sides) > 1:
            return sides[0], sides[1:]
    if own is None and trig.type in FORCE_MOVES and tok.dep_ in ("nsubj", *PASS_SUBJ):
        own = moved_force(tok)  # "the deployment of U.S. troops was confirmed": their side
    if own is None and trig.type == "RETREAT" and tok.dep_ == "nsubj" \
            and lemma(tok.head) in UNDER_WAY_VERBS:
        own = moved_force(tok)  # "the withdrawal of Turkish troops began": their side leaves
    if own is None and trig.type in SPOKEN_TYPES:
        # "threats from Kata'ib Hezbollah", "a warning from Washington": who made it
        own = next((g for c in tok.children if c.dep_ == "prep" and lemma(c) == "from"
                    for g in c.children if g.dep_ == "pobj" and is_actorish(g)), None)
    return own, []


# Speech acts told as nouns whose "from X" is their author (not a place one comes from).
SPOKEN_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT"})


# Nouns of moving one's own forces told as the subject of their clause ("the deployment of
# U.S. troops was confirmed"): the forces' side moves them. (Not a withdrawal: "the withdrawal
# of U.S. forces" is mostly what is demanded or voted on.)
FORCE_MOVES = frozenset({"MOBILIZE"})
# ... a withdrawal of forces only when its clause tells it under way ("the withdrawal of
# Turkish troops began on Saturday", "the pull-out of U.S. forces was completed")
UNDER_WAY_VERBS = frozenset({"begin", "start", "continue", "proceed", "resume", "complete",
                             "finish", "accelerate", "conclude", "end", "commence"})
PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})


# Finite verb tags: a line with none of them is a headline's telegraphic phrase or no clause.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def headline_verb(tok: Token) -> bool:
    """A present-tense verb of a headline that the small model read as a plural noun ("US
    sanctions Kataib Hezbollah chief", "Washington raids militia depot"): a line without a
    final stop or a finite verb, the word right after the name of its subject, a noun phrase
    right after it."""
    sent = tok.sent
    last = sent[-1]
    if last.text in (".", "!", "?", '"', "\u201d") or tok.tag_ not in ("NNS", "NNPS") \
            or not tok.lower_.endswith("s") or tok.i == sent.start or tok.i + 1 >= sent.end:
        return False
    if any(t.tag_ in _FINITE_TAGS for t in sent):
        return False
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    return before.ent_type_ in _ACTOR_ENTS and after.pos_ in ("PROPN", "NOUN", "ADJ", "DET",
                                                               "NUM")


def headline_object(tok: Token) -> tuple[int, int]:
    """The characters of the noun phrase after a headline's verb (:func:`headline_verb`), up
    to a preposition, a conjunction or a punctuation mark."""
    end = tok.i + 1
    while end < tok.sent.end and tok.doc[end].pos_ not in ("ADP", "CCONJ", "PUNCT", "VERB",
                                                           "SCONJ"):
        end += 1
    last = tok.doc[end - 1]
    return tok.doc[tok.i + 1].idx, last.idx + len(last.text)


def comma_partners(subj: Token, verb: Token) -> list[Token]:
    """"Baghdad, Tehran sign security pact", "Sudani, Biden discuss troop exit": two names
    joined by a comma alone as the subject of a headline's verb, which the small model reads
    as a modifier or a second subject of the verb, or as an apposition to the first name."""
    doc = verb.doc

    def next_to(a: Token, b: Token) -> bool:  # "A , B" (no coordinator, no trailing comma)
        end = a.right_edge.i - 1 if doc[a.right_edge.i].text == "," else a.right_edge.i
        return end + 2 == b.left_edge.i and doc[end + 1].text == ","

    if subj.ent_type_ not in _ACTOR_ENTS:
        return []
    side = [c for c in verb.children if c.dep_ in ("npadvmod", "nsubj", "dep") and c.i != subj.i
            and c.ent_type_ in _ACTOR_ENTS and (next_to(c, subj) or next_to(subj, c))]
    side += [c for c in subj.children if c.dep_ == "appos" and c.ent_type_ in _ACTOR_ENTS
             and c.pos_ == "PROPN" and doc[subj.i + 1].text == ","
             and c.left_edge.i == subj.i + 2 and c.right_edge.i + 1 == verb.i]
    return side


def moved_force(noun: Token) -> Token | None:
    """The forces a deployment or withdrawal noun moves ("of 3,000 U.S. troops"), when they
    are forces (object group ``troops``)."""
    forces = active().object_groups.get("troops", frozenset())
    return next((g for c in noun.children if c.dep_ == "prep" and lemma(c) == "of"
                 for g in c.children if g.dep_ == "pobj" and lemma(g) in forces), None)


def joint_partners(noun: Token, verb: Token) -> list[Token]:
    """The partners of a joint act ("a joint raid with coalition forces"): the objects of
    "with" on the act or its verb; [] leaves the coordinated actors as each other's."""
    return [g for n in (noun, verb) if n is not None for c in n.children
            if c.dep_ == "prep" and lemma(c) in ("with", "alongside")
            for g in c.children if g.dep_ == "pobj"]


def restricted_sides(verb: Token) -> list[Token]:
    """Whom a restriction falls on when its clause names no party: the place it is imposed
    in ("imposed a curfew in Duhok") or the side a closed frontier is with ("closed its
    borders with X")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    sides = [g for n in (verb, *objs) for c in n.children if c.dep_ == "prep"
             and lemma(c) in ("with", "in", "across") for g in c.children if g.dep_ == "pobj"]
    return [next((w for c in g.children if c.dep_ == "prep" and lemma(c) == "of"
                  for w in c.children if w.dep_ == "pobj"), g) if lemma(g) == "part" else g
            for g in sides]  # "in parts of Kashmir": Kashmir


def between_parties(noun: Token) -> list[Token]:
    """The sides of a clash told with "between" ("clashes between the Peshmerga and Iraqi
    forces", "fighting between police and gunmen", "clashes broke out between X and Y"), in
    their order; [] when none."""
    doc = noun.doc
    around = noun.head.children if noun.dep_ in ("nsubj", "nsubjpass") else ()
    for c in (*noun.children, *around):
        if c.dep_ != "prep" or lemma(c) != "between":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            named = [t for t in g.subtree if t.ent_type_ in _SIDE_ENTS and (
                t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")]
            coordinated = [g, *(t for t in g.subtree if t.dep_ == "conj" and t.head.i == g.i)]
            sides = named if len(named) > 1 else coordinated
            return sorted({t.i: t for t in sides}.values(), key=lambda t: t.i)
    return []


_SIDE_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def fought_with(noun: Token) -> list[Token]:
    """Whom a fight noun was with ("a battle with X fighters", "clashes with police")."""
    if not is_noun(noun) or lemma(noun) not in active().object_groups.get("fights", ()):
        return []
    return [g for c in noun.children if c.dep_ == "prep" and lemma(c) == "with"
            for g in c.children if g.dep_ == "pobj"]


def agent_hung_targets(noun: Token) -> list[Token]:
    """A nominal attack's target the parser hung on its "by" agent ("the raid by X on a
    site of Y": "on" under X): the site."""
    if not is_noun(noun):
        return []
    return [x for c in noun.children if c.dep_ in ("prep", "agent") and lemma(c) == "by"
            for g in c.children if g.dep_ == "pobj"
            for p in g.children if p.dep_ == "prep" and lemma(p) in ("on", "against")
            for x in p.children if x.dep_ == "pobj"]


def fire_source(verb: Token) -> Token | None:
    """Who the fire came from when a subject "came under fire from X" (a "from" on the
    verb or on the fire itself)."""
    if not undergone(verb):
        return None
    for n in (verb, *(g for c in verb.children if c.dep_ == "prep" and lemma(c) == "under"
                      for g in c.children if g.dep_ == "pobj")):
        for c in n.children:
            if c.dep_ == "prep" and lemma(c) == "from":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


# A score ("2-1", "3–0"): the clause tells a game.
_SCORE = re.compile(r"^\d{1,2}[-\u2013]\d{1,2}$")


def sporting(verb: Token) -> bool:
    """The act is told of a game: a score in its clause, a match, final or league its
    preposition names ("beat Iran 2-1 in the Asian Cup", "a fierce attack in the second
    half"), or footballers its subject (rule data ``sport_nouns``)."""
    if not is_verb(verb):
        verb = verb.head if verb.dep_ in OBJ_DEPS and is_verb(verb.head) else verb
    sport = active().sport_nouns
    for c in (c for n in (verb, *(o for o in verb.children if o.dep_ in OBJ_DEPS))
              for c in n.children):
        if _score(c) or (c.dep_ in ("dobj", "npadvmod", "nummod")
                         and any(_score(g) for g in c.children)):
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and (lemma(g) in sport or g.lower_ in sport)
                                    for g in c.children):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (lemma(c) in sport or c.lower_ in sport):
            return True
    return False


def _score(tok: Token) -> bool:
    """"2-1" as one token, or "3", "-", "0" as three."""
    if _SCORE.match(tok.text):
        return True
    doc = tok.doc
    return tok.like_num and tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "\u2013") \
        and doc[tok.i + 2].like_num and len(tok.text) <= 2 and len(doc[tok.i + 2].text) <= 2


def verbal_object(tok: Token) -> bool:
    """An attack verb whose direct object is something said, decided or proposed ("attacked
    the government's decision", object group ``discourse``), or an attack noun aimed at one
    ("led the attack on the impeachment proceedings"): criticism, no assault."""
    words = active().object_groups.get("discourse", frozenset())
    if lemma(tok) not in VERBAL_ATTACKS:
        return False
    if is_noun(tok):
        return any(lemma(x) in words for p in tok.children
                   if p.dep_ == "prep" and lemma(p) in ("on", "against")
                   for g in p.children if g.dep_ == "pobj" for x in (g, *g.conjuncts))
    return is_verb(tok) and any(
        c.dep_ in ("dobj", "obj") and lemma(c) in words for c in tok.children)


# Where words are said: an attack made "in a speech", "during an interview", "on television" is
# criticism of its object ("attacked the United States in a televised address").
SAID_VENUES = frozenset({"speech", "address", "statement", "interview", "remark", "sermon",
                         "tweet", "post", "broadcast", "editorial", "column", "op-ed", "letter",
                         "message", "briefing", "conference", "television", "tv", "parliament",
                         "session", "debate", "rally", "talk", "lecture", "podcast", "article"})


def said_venue(tok: Token) -> bool:
    """An attack verb told with where it was said ("attacked X in a speech", "lashed out at X
    during a news conference") or how ("verbally attacked"): criticism, no assault."""
    if not (is_verb(tok) and lemma(tok) in VERBAL_ATTACKS):
        return False
    for c in tok.children:
        if c.dep_ == "advmod" and lemma(c) in ("verbally", "publicly"):
            return lemma(c) == "verbally"
        if c.dep_ == "prep" and lemma(c) in ("in", "during", "on", "at"):
            for g in c.children:
                if g.dep_ == "pobj" and lemma(g) in SAID_VENUES and not any(
                        p.dep_ == "prep" and lemma(p) == "of" for p in g.children):
                    return True
    return False


# Attack verbs also said of words ("attacked the decision", "hit out at the plan"); "violated
# the agreement" stays an act.
VERBAL_ATTACKS = frozenset({"attack", "assault", "hit", "target", "strike", "blast", "batter",
                            "shoot"})  # "shot down the proposal"


def is_bullet(text: str) -> bool:
    """Whether a sentence is a list item ("- Demanding disarmament", "• U.S. warns Iraq")."""
    return text.lstrip().startswith(_BULLETS)


def is_background_date(date: DateRef, published: str | None) -> bool:
    """An event the text dates years before the article was published is background."""
    if not date.value or not published:
        return False
    try:
        year, pub = int(date.value[:4]), int(str(published)[:4])
    except ValueError:
        return False
    return pub - year >= BACKGROUND_YEARS


def _readiness(tok: Token) -> bool:
    """"X is ready to strike": a readiness, not the act (cooperative acts become an intent,
    see :func:`stated_intent`)."""
    return tok.dep_ == "xcomp" and lemma(tok.head) in WILLING_WORDS


def _capability(tok: Token) -> bool:
    """"Iran's ability to fund militias", "the capacity to harm X by attacking Y": the act is
    the complement of a capacity noun (also when the parser hangs the infinitive on the verb
    whose object the noun is: "reduce the capacity of X | to attack Y")."""
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to"
                                              for c in tok.children):
        to = min(c.i for c in tok.children if c.dep_ == "aux" and c.lower_ == "to")
        if any(c.dep_ == "dobj" and lemma(c) in _CAPACITY and c.right_edge.i + 1 == to
               for c in tok.head.children):
            return True
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("acl", "xcomp", "ccomp", "conj", "pcomp", "prep", "pobj") \
                or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ == "NOUN" and lemma(cur) in _CAPACITY:
            return True
    return False


_WARNING_MARKS = frozenset({"if", "unless"})
# A refusal lasts until another party acts: "will not lift the ban until X ...".
REFUSAL_MARKS = frozenset({"if", "unless", "until", "till"})
# Acts of yielding whose "to" phrase names who is yielded to.
YIELD_TYPES = frozenset({"RETREAT", "CONCEDE"})


def _condition_subjects(tok: Token, marks: frozenset[str] = _WARNING_MARKS) -> list[Token]:
    """Subjects of the conditions hung on a warning ("if the US refused", "unless Iraq
    expels them") or a refusal ("until the ministry pays"): the party it is aimed at."""
    return [s for c in tok.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def _homecoming(tok: Token) -> bool:
    """"the researcher returned to Israel / home": a person's intransitive return to a country
    or home (an agency that "returned to Brazil 21 artefacts" hands something back)."""
    if lemma(tok) != "return" or not is_verb(tok) or any(c.dep_ == "dobj" for c in tok.children):
        return False
    if not any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she"))
               for c in tok.children):
        return False
    return any(c.lower_ == "home" for c in tok.children) or any(
        g.ent_type_ in ("GPE", "LOC") for c in tok.children if c.dep_ == "prep"
        and c.lower_ == "to" for g in c.children if g.dep_ == "pobj")


def _avoided(tok: Token) -> bool:
    """"avoiding hosting a proxy war": the event is the complement of avoid/prevent/fear."""
    return tok.dep_ in ("xcomp", "ccomp", "pcomp") and lemma(tok.head) in _AVOID


def _lead_actors(doc: Doc, start: int, end: int, resolver: Resolver) -> tuple[ActorRef, ...]:
    """The linked actor a lead-in line names ("The main points of Iraq's plan are:"),
    given to the subjectless bullets below it."""
    for tok in doc[start:end]:
        if tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or tok.pos_ == "PROPN":
            got = [r for r in resolver.one(tok, tok.i) if r.kb_id]
            if got:
                return (got[0],)
    return ()
