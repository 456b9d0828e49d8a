"""Argument resolution for events.rules.v1: who did it to whom, next to actor linking.

The actor of a trigger is read from the parse (subject, passive agent, inherited through
coordination, control verbs and relative clauses; possessive/compound/"by X" for nouns), the
target from objects, passive subjects, recipient prepositions, "sanctions targeting X", "strikes
on X"; a place after a locative preposition is where the event happened, the owner of a generic
facility is the real target. :class:`Resolver` maps argument tokens to the article's actor
mentions (``actors.kb.v1``) by character overlap, or keeps them as unlinked phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from brinkwatch.extract import lexicon as lx
from brinkwatch.extract.attribution import AttributionIndex, role_in_sentence, role_subject
from brinkwatch.extract.ontology import event_type
from brinkwatch.extract.rules import active
from brinkwatch.extract.syntax import (
    DETERRING_VERBS,
    dated_subject,
    doc_text,
    misattached_antecedent,
    misread_subject,
    named_operation,
    quantified_group,
    sent_of,
)
from brinkwatch.extract.triggers import (
    CONTAINER_NOUNS,
    NAMING_VERBS,
    OBJ_DEPS,
    PASS_SUBJ_DEPS,
    SUBJ_DEPS,
    Trigger,
    complement,
    is_noun,
    is_verb,
    lemma,
    noun_sense,
    response_verb,
    verb_sense,
    weapon_head,
    weapon_impact,
)
from brinkwatch.records import ActorRef, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from brinkwatch.kb.model import TheatreKB

TARGET_PREPS = frozenset({"on", "against", "at", "to", "with", "toward", "towards", "upon",
                          "into", "targeting", "over", "for", "from", "of", "inside", "in"})
# Prepositions that carry a target for each type (the default set is narrower).
_DEFAULT_PREPS = frozenset({"on", "against", "at", "upon", "targeting", "toward", "towards",
                            "into"})
_TYPE_PREPS: dict[str, frozenset[str]] = {
    "CONSULT": frozenset({"with", "to"}),
    "COOPERATE": frozenset({"with"}),
    "AGREE": frozenset({"with"}),
    "AID": frozenset({"to", "for"}),
    "SUPPORT": frozenset({"for", "to", "with", "behind"}),
    "THREATEN": frozenset({"to", "against"}),
    "REQUEST": frozenset({"on", "upon", "to", "from"}),
    "ACCUSE": frozenset({"against", "of", "at", "on"}),
    "REJECT": frozenset({"from", "of", "with", "for", "to", "down"}),  # "voted down the pact"
    "PROTEST": frozenset({"against", "at", "outside", "over", "near"}),
    "SANCTION": frozenset({"on", "against", "targeting", "to", "with", "from", "out"}),
    "COERCE": frozenset({"on", "against", "from", "in"}),
    "CONCEDE": frozenset({"to", "from", "on"}),
    "RETREAT": frozenset({"from", "out"}),
    "MOBILIZE": frozenset({"to", "near", "along", "against", "toward", "towards", "in"}),
}
# Nouns of leaving: a demand for X's withdrawal asks X to leave.
LEAVING_NOUNS = frozenset({"withdrawal", "departure", "exit", "pullout", "drawdown", "expulsion",
                           "removal", "ouster", "evacuation", "resignation"})
# Fighting is done with the other side: "clashed with X" (X is the target).
FIGHT_WORDS = frozenset({"clash", "fight", "battle", "skirmish", "firefight", "gunfight",
                         "exchange"})
# Purposes that name whom a hostile act is aimed at: "struck ... to punish X".
PURPOSE_VERBS = frozenset({"punish", "deter", "retaliate", "weaken", "degrade", "target",
                           "cripple", "pressure", "squeeze"})
PRONOUNS_SPEAKER = frozenset({"we", "i", "us", "me", "our"})
PRONOUNS_3RD = frozenset({"they", "he", "she", "it", "them", "him", "her", "its", "their", "his"})
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})

# "The attack prompted X to issue ...", "led X to", "forced X to": X acts (object control).
CAUSATIVE_VERBS = frozenset({"prompt", "lead", "force", "cause", "compel", "drive", "spur",
                             "push", "persuade", "oblige"})

# Heads of generic or non-political phrases that are no event source when unlinked.
NON_ACTORS = frozenset({"analyst", "expert", "observer", "commentator", "scholar", "researcher",
                        "report", "study", "statement", "move", "policy", "approach", "stance",
                        "development", "action", "situation", "tension", "effort", "campaign",
                        "potential", "network", "trend", "step", "decision", "measure"})
_GENERIC_DETS = frozenset({"a", "an", "these", "those", "this", "that", "such", "some",
                           "another", "many", "several", "other", "various", "numerous",
                           "certain"})


def generic_actor(ref: ActorRef) -> bool:
    """An unlinked source that names no one: an indefinite or demonstrative generic noun
    phrase ("a broader network", "these groups") or a non-political head ("analysts")."""
    if ref.kb_id:
        return False
    words = [w for w in ref.text.lower().replace("\u2019", "'").split() if w]
    if not words:
        return True
    head = words[-1].rstrip(".,;:'\"")
    stem = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    if stem in NON_ACTORS or head in NON_ACTORS:
        return True
    if stem in ATTACKER_HEADS and words[0] in ("a", "an"):
        return False  # "a suicide bomber", "a lone gunman": someone, unnamed, did it
    return words[0] in _GENERIC_DETS and not any(w[:1].isupper() for w in ref.text.split()[1:])


# People named by the attack they carry out: one of them, even unnamed, is a source ("a gunman
# opened fire"), where "a network" or "some groups" name no one.
ATTACKER_HEADS = frozenset({"bomber", "gunman", "gunmen", "assailant", "attacker", "sniper",
                            "saboteur", "arsonist", "kidnapper", "hijacker", "militant"})
# Verbs of hearsay whose participle complement tells what was done to their subject ("three
# soldiers were reported killed", "with two guards feared dead"): a victim, never the agent.
HEARSAY_VERBS = frozenset({"report", "say", "believe", "fear", "confirm", "know", "presume",
                           "think", "understand", "claim", "rumour", "rumor"})


# Prepositions that are also subordinators ("after Iran fired ..."): see subject_of.
_SUBORDINATORS = frozenset({"after", "before", "since", "until", "as"})


def subject_of(tok: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """(subject token, passive?) of a verb, inherited through conj/xcomp/relcl/acl/advcl."""
    if depth > 6:
        return None, False
    if lemma(tok) in VICTIM_VERBS or undergone(tok):
        return None, True  # "two guards died in the strike": done to them, by the attack's author
    if elided_passive_subject(tok) is not None:  # "... had been killed and five people wounded"
        return _agent(tok) or _agent(tok.head), True
    passive = any(c.dep_ in ("auxpass",) for c in tok.children)
    subjects = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
    if len(subjects) > 1 and subjects[0].pos_ == "NOUN" and subjects[1].pos_ == "PROPN" \
            and subjects[0].right_edge.i == subjects[0].i \
            and subjects[1].left_edge.i == subjects[0].i + 1:
        # "Iran-backed militia Kataib Hezbollah warned": the parser split a title and its
        # name into two subjects (or more: "Harakat al - Nujaba"); the name is who acted
        return subjects[1], False
    if len(subjects) > 1 and subjects[1].ent_type_ == "PERSON" \
            and subjects[1].left_edge.i == subjects[0].right_edge.i + 1:
        # "Chairman of the Mobilization Commission Falih al-Fayyadh denounced": a title with
        # its body, then the name, read as two subjects; the name is who acted
        return subjects[1], False
    dated = dated_subject(tok)
    if dated is not None:
        return dated, False  # "On Friday gunmen opened fire": the gunmen
    for c in tok.children:
        if c.dep_ in SUBJ_DEPS:
            if c.tag_ in ("WDT", "WP") or lemma(c) in ("that", "which", "who"):
                if tok.dep_ == "relcl" and tok.head.ent_type_ not in ("DATE", "TIME"):
                    ante: Token | None = tok.head
                else:
                    ante = misattached_antecedent(c)
                if ante is not None and ante.dep_ in OBJ_DEPS and is_verb(ante.head) \
                        and noun_actor(ante) is None and _means_of_attack(ante) \
                        and not reacted_to(ante.head):
                    # "X carried out a strike that killed Y", "fired rockets that hit Z": X
                    return subject_of(ante.head, depth + 1)
                return ante, False
            return quantified_group(c) or c, False
    if not passive and tok.tag_ in ("VBD", "VBZ", "VBP"):
        # "came a day after Turkey, on Friday, shelled X": the small model reads the
        # subordinate clause's subject as the object of "after"; a finite verb without a
        # subject of its own then has it in that preposition before it (on the verb, or on
        # the verb it was joined to without a coordinator)
        h = tok.head
        joined = tok.dep_ == "conj" and h.i < tok.i and not any(
            t.dep_ == "cc" and t.head.i in (h.i, tok.i) for t in tok.doc[h.i + 1:tok.i])
        for c in [*tok.children, *(h.children if joined else ())]:
            if c.dep_ in ("prep", "mark") and c.i < tok.i and lemma(c) in _SUBORDINATORS \
                    and (c.head.i == tok.i or c.i > h.i):
                g = next((g for g in c.children if g.dep_ == "pobj"), None)
                if g is not None and (g.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
                                      or is_actorish(g)):
                    return g, False
    if passive:
        # "were detained and questioned by the police": the agent of the last passive joined
        return _agent(tok) or next((_agent(c) for c in tok.children if c.dep_ == "conj"
                                    and c.tag_ == "VBN" and _agent(c) is not None
                                    and not any(g.dep_ in SUBJ_DEPS or g.dep_ in PASS_SUBJ_DEPS
                                                for g in c.children)), None), True
    for c in tok.children:
        if c.dep_ in PASS_SUBJ_DEPS:  # passive without auxpass tagged
            return None, True
    h = tok.head
    if h.i == tok.i:
        return None, False
    if tok.dep_ == "conj" and is_verb(h):
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        stolen = _stolen_subject(prev) if prev is not None else None
        if prev is not None and stolen is not None and stolen.i == tok.i:
            return prev, False
        if tok.tag_ == "VBD" and h.tag_ == "VBN" and h.dep_ == "ccomp" and is_verb(h.head) \
                and any(c.dep_ == "auxpass" for c in h.children) \
                and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            # "X said that no one had been hurt and announced sanctions": a past tense joined
            # to a participle with its own auxiliaries goes with the reporting verb
            return subject_of(h.head, depth + 1)
        return subject_of(h, depth + 1)
    if reduced_passive_clause(tok):
        # "mourned the fighters, killed when jets struck": a passive without its "were"; the
        # agent follows "by" or is the attack it was done in (see attack_agent)
        return _agent(tok), True
    if tok.dep_ == "xcomp" and tok.tag_ == "VBN" and lemma(h) in HEARSAY_VERBS:
        return _agent(tok), True  # "with three soldiers reported killed": they were killed
    if tok.dep_ in ("xcomp", "advcl", "acomp", "pcomp") and is_verb(h):
        # object control: "urged X to leave" -> X is the subject of the complement
        if tok.dep_ == "xcomp":
            for c in h.children:
                if c.dep_ in ("dobj",) and (lx.control(lemma(h)) is not None
                                           or lemma(h) in CAUSATIVE_VERBS):
                    return c, False
                if c.dep_ in PASS_SUBJ_DEPS:  # raising: "forces are poised/expected to launch"
                    return c, False
        return subject_of(h, depth + 1)
    if tok.dep_ == "xcomp" and h.dep_ == "acomp" and lemma(h) in WILLING_WORDS | QUICK_WORDS:
        return subject_of(h.head, depth + 1)  # "X is willing/ready to withdraw": X
    misread = misread_subject(tok)
    if misread is not None:
        return misread, False  # "Hezbollah, which ..., threatened to strike": Hezbollah
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not is_verb(h):
        # a reduced passive: "commander killed in a strike", "sites hit by drones": the noun
        # is what the act was done to; the agent (if any) follows "by"
        return _agent(tok), True
    if tok.dep_ in ("relcl", "acl") and not is_verb(h):
        return h, False
    if tok.dep_ == "pcomp" and h.dep_ == "prep":
        kept = next((c for c in h.head.children if c.dep_ == "dobj"), None) \
            if lemma(h) in ("against", "from") and lemma(h.head) in DETERRING_VERBS else None
        if kept is not None:
            return kept, False  # "warned Iran against attacking X": Iran's act (warned of)
        return subject_of(h.head, depth + 1)
    return None, False


# "V X for/of/with <act>": X did the act. Accusations make it an allegation ("blamed X for the
# raids", "accused X of striking", "held X responsible for the attack", "charged X with"); praise
# and thanks report it ("thanked X for helping").
BLAME_FRAMES: dict[str, frozenset[str]] = {
    "for": frozenset({"blame", "condemn", "criticize", "criticise", "fault", "denounce",
                      "censure", "slam", "rebuke", "punish", "sanction", "hold", "thank",
                      "praise", "commend", "credit"}),
    "of": frozenset({"accuse", "suspect", "convict"}),
    "with": frozenset({"charge"}),
}
ACCUSING = frozenset({"blame", "condemn", "criticize", "criticise", "fault", "denounce", "censure",
                      "slam", "rebuke", "punish", "sanction", "hold", "accuse", "suspect",
                      "charge"})
_RESPONSIBLE = frozenset({"responsible", "accountable", "liable", "culpable", "guilty"})


def accused_agent(tok: Token) -> tuple[Token, bool] | None:
    """(X, alleged?) when the act ``tok`` is what a verb's object X is blamed, accused, charged,
    held responsible or thanked for; the act is then X's, never the speaker's."""
    cur = tok
    if cur.dep_ in OBJ_DEPS and cur.head.dep_ == "pcomp":  # "for carrying out the strikes"
        cur = cur.head
    if cur.dep_ not in ("pcomp", "pobj"):
        return None
    prep = cur.head
    frame = BLAME_FRAMES.get(lemma(prep))
    if prep.dep_ != "prep" or frame is None:
        return None
    gov = prep.head
    obj: Token | None = None
    if lemma(gov) in _RESPONSIBLE:  # "held X responsible for", "X was responsible for"
        if gov.dep_ == "amod" and is_noun(gov.head):
            obj, verb = gov.head, gov.head.head
        else:
            verb = gov.head
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if lemma(verb) not in ("hold", "deem", "consider", "find", "declare"):
            return None
        return (obj, True) if obj is not None and is_actorish(obj) else None
    if gov.dep_ == "dobj" and is_verb(gov.head) and lemma(gov.head) in frame:
        # "accused X of launching ...", the "of" hung on X: X is accused all the same
        obj = gov
    elif not is_verb(gov) or lemma(gov) not in frame:
        return None
    else:
        obj = next((c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")), None)
    gov = obj.head if obj is not None else gov
    if obj is None or not is_actorish(obj):
        return None
    return obj, lemma(gov) in ACCUSING


def _means_of_attack(tok: Token) -> bool:
    """An attack noun ("a strike", "raids") or a weapon ("rockets", "drones")."""
    return lemma(tok) in active().weapon_nouns or any(
        s.type == "ASSAULT" for s in lx.noun_senses(lemma(tok)))


ATTACK_FRAME_PREPS = frozenset({"in", "by", "during", "after"})
# Participles that give who used a weapon ("rockets fired by X", "a drone operated by X").
_WIELD_VERBS = frozenset({"fire", "shoot", "launch", "drop", "lob", "hurl", "throw", "operate",
                          "fly", "pilot", "send", "deploy", "plant", "detonate"})


def means_author(subj: Token) -> Token | None:
    """Who is behind an attack noun or weapon that is the subject of an act: "a car bombing by
    X killed ...", "rockets fired by X hit ...", "a drone operated by X struck ..." -> X (never
    who made or sold the weapon: "rockets made in Iran")."""
    if not _means_of_attack(subj):
        return None
    author = noun_actor(subj)
    if author is not None and author.i != subj.i and author.pos_ != "PRON":
        return author
    authoring = _WIELD_VERBS | _ORGANIZE | {"claim"}
    for c in subj.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in authoring:
            # "rockets fired by X hit ...", "the attack, claimed by X, targeted ...": X
            by = _agent(c)
            if by is not None:
                return by
        if c.dep_ == "relcl":
            # "the strike, which (officials said) was carried out by X, killed ...": X
            for v in (c, *(g for g in c.children if g.dep_ == "ccomp")):
                if v.tag_ == "VBN" and lemma(v) in authoring:
                    by = _agent(v)
                    if by is not None:
                        return by
    return None


def attack_agent(verb: Token) -> Token | None:
    """The agent of a passive act told through the attack that did it: "(was) killed in a
    U.S. drone strike" -> U.S.; "injured in an Israeli raid" -> Israeli; "came under fire from
    X", "came under Turkish shelling" -> X, Turkish."""
    if undergone(verb):
        for c in verb.children:
            if c.dep_ != "prep" or lemma(c) not in ("under", "from"):
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                if lemma(c) == "from" and is_actorish(g):
                    return g
                got = noun_actor(g) or next((x for p in g.children if p.dep_ == "prep"
                                             and lemma(p) == "from" for x in p.children
                                             if x.dep_ == "pobj"), None)
                if got is not None and got.pos_ != "PRON":
                    return got
    for c in verb.children:
        if c.dep_ in ("prep", "agent") and lemma(c) in ATTACK_FRAME_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and any(s.type == "ASSAULT" for s in lx.noun_senses(lemma(g))):
                    return noun_actor(g)
    for c in verb.children:  # "killed when Turkish jets struck X": the jets' side
        if c.dep_ == "advcl" and any(m.lower_ in ("when", "as") for m in c.children
                                     if m.dep_ in ("advmod", "mark")) \
                and any(s.type == "ASSAULT" for s in lx.verb_senses(lemma(c))):
            if undergone(c):
                # "wounded when their patrol came under fire (from X)": the patrol was hit;
                # the attacker is whoever the fire came from, if told
                got = attack_agent(c)
                if got is not None:
                    return got
                continue
            subj = next((g for g in c.children if g.dep_ in SUBJ_DEPS), None)
            if subj is None or lemma(subj) in active().vehicle_nouns:
                continue  # "killed when their car hit a mine": no attacker
            owner = noun_actor(subj)
            return owner if owner is not None and owner.pos_ != "PRON" else subj
    return None


def _agent(verb: Token) -> Token | None:
    """The "by X" agent of a passive verb."""
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def reduced_passive_clause(tok: Token) -> bool:
    """A past participle set off after a comma with no subject and no auxiliary of its own
    ("..., killed when jets struck", "..., wounded in the raid"): it tells what was done to
    the noun before it."""
    if tok.dep_ != "advcl" or tok.tag_ not in ("VBN", "VBD") or tok.i == 0 \
            or tok.doc[tok.i - 1].text != "," or tok.head.i > tok.i or any(
            c.dep_ in SUBJ_DEPS or c.dep_ in PASS_SUBJ_DEPS or c.dep_ in ("aux", "auxpass", "mark")
            for c in tok.children):
        return False
    if tok.tag_ == "VBN":
        return True
    # tagged as a past tense: a participle only without an object and with a passive's
    # circumstance ("killed when/as ...", "killed in/by/during ..."), not "stormed the post,
    # killed two guards"
    return not any(c.dep_ in OBJ_DEPS for c in tok.children) and any(
        (c.dep_ == "advcl" and any(m.lower_ in ("when", "as") for m in c.children
                                   if m.dep_ in ("advmod", "mark")))
        or (c.dep_ in ("prep", "agent") and lemma(c) in ("in", "by", "during"))
        for c in tok.children)


# Verbs whose subject undergoes the act they report (their agent is the attack's author).
VICTIM_VERBS = frozenset({"die", "perish"})


def undergone(tok: Token) -> bool:
    """A verb that tells its subject underwent the act ("came under fire/attack")."""
    return lemma(tok) == "come" and any(c.dep_ == "prep" and lemma(c) == "under"
                                        for c in tok.children)


# Heads of subjects whose "coming under fire" is criticism: people and political bodies.
_CRITICISED = frozenset({"minister", "president", "premier", "official", "leader", "government",
                         "ministry", "administration", "party", "lawmaker", "speaker", "chief",
                         "spokesman", "spokeswoman", "policy", "plan", "decision", "bill",
                         "law", "deal", "agreement", "cabinet", "parliament", "envoy",
                         "ambassador", "commander", "secretary", "general"})


def criticised(tok: Token) -> bool:
    """"came under fire" as criticism: "over/for/about" what was said or done, or the subject
    a person or political body ("the minister came under fire from lawmakers")."""
    if any(c.dep_ == "prep" and lemma(c) in ("over", "for", "about", "amid") for c in tok.children):
        return True
    subj = next((c for c in tok.children if c.dep_ in SUBJ_DEPS), None)
    return subj is not None and (subj.ent_type_ == "PERSON" or lemma(subj) in _CRITICISED)


def elided_passive_subject(tok: Token) -> Token | None:
    """The subject of a participle conjoined to a passive verb with its auxiliaries left out
    ("two soldiers had been killed and [five people] wounded"): the patient of the elided
    passive, never the agent; None for a participle with its own auxiliary or no subject. A
    form the parser read as a past tense counts when it has no object or complement and its
    subject is counted like casualties ("five people", "dozens", "a soldier", "two others")."""
    if tok.dep_ != "conj" or tok.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("aux", "auxpass") for c in tok.children) or not any(
            c.dep_ == "auxpass" for c in tok.head.children):
        return None
    subj = next((c for c in tok.children if c.dep_ in SUBJ_DEPS), None)
    if subj is None or tok.tag_ == "VBN":
        return subj
    if any(c.dep_ in OBJ_DEPS or c.dep_ in ("ccomp", "xcomp", "agent") for c in tok.children):
        return None
    counted = subj.tag_ == "CD" or lemma(subj) in _CASUALTY_COUNTS or any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
        for c in subj.children)
    return subj if counted else None


# Heads that count casualties by themselves: "dozens wounded", "two others hurt".
_CASUALTY_COUNTS = frozenset({"dozen", "dozens", "score", "scores", "hundreds", "others",
                              "other", "several", "many"})


def _passive_subject(tok: Token) -> Token | None:
    if lemma(tok) in VICTIM_VERBS or undergone(tok):
        return next((c for c in tok.children if c.dep_ in SUBJ_DEPS), None)
    if tok.dep_ == "xcomp" and tok.tag_ == "VBN" and lemma(tok.head) in HEARSAY_VERBS:
        return next((c for c in tok.head.children if c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS), None)
    if reduced_passive_clause(tok):
        # the noun the participle follows: the head verb's object, else its subject
        h = tok.head
        objs = [c for c in h.children if c.dep_ in ("dobj", "nsubjpass") and c.i < tok.i]
        subjs = [c for c in h.children if c.dep_ in SUBJ_DEPS and c.i < tok.i]
        return (objs or subjs or [None])[-1]
    for c in tok.children:
        if c.dep_ in PASS_SUBJ_DEPS:
            return c
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        own = elided_passive_subject(tok)
        if own is not None:
            return own  # "two soldiers had been killed and five people wounded"
        if any(c.dep_ == "auxpass" for c in tok.children) or tok.tag_ == "VBN":
            return _passive_subject(tok.head)
    if tok.dep_ in ("acl",) and tok.tag_ == "VBN" and misread_subject(tok) is None \
            and not any(c.dep_ in SUBJ_DEPS for c in tok.children):
        return tok.head  # (not "reports that it had hit X": a clause of its own, told)
    return None


def _prep_targets(tok: Token, preps: frozenset[str]) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("prep", "advmod", "prt") and lemma(c) in ("out", "back", "away") \
                and "out" in preps:
            # "pulled its envoy out of Ankara", "pulled back from the embassy": "out of",
            # "back/away from" are a "from" for withdrawals and recalls (not for "forced X out
            # of the country")
            out += [g for p in c.children if p.dep_ == "prep" and lemma(p) in ("of", "from")
                    for g in p.children if g.dep_ == "pobj"]
        if c.dep_ in ("prep", "agent") and lemma(c) in preps and c.dep_ != "agent":
            for g in c.children:
                if g.dep_ == "pobj" and g is not dated_subject(tok):
                    out.append(g)
                elif g.dep_ == "pcomp" and lemma(g) in NAMING_VERBS:
                    # "hit what it described as a Zionist outpost": the named thing
                    out += [x for x in g.children if x.dep_ in ("oprd", "attr", "ccomp", "xcomp")
                            and x.pos_ in ("NOUN", "PROPN")]
        elif c.dep_ in ("acl", "prep") and lemma(c) in ("target", "targeting"):
            for g in c.children:
                if g.dep_ in ("dobj", "pobj"):
                    out.append(g)
    return out


def patient_possessive(tok: Token) -> Token | None:
    """"her release", "his killing": the possessive of a patient noun without "of X" is the
    one the act was done to."""
    if lemma(tok) not in PATIENT_NOUNS or any(
            c.dep_ == "prep" and lemma(c) == "of" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "poss"), None)


def noun_actor(tok: Token) -> Token | None:
    """Actor of a nominal trigger: possessive, compound or demonym modifier, "by X"."""
    for c in tok.children:
        if c.dep_ == "poss" and patient_possessive(tok) is None \
                and c.ent_type_ not in ("DATE", "TIME"):  # "Sunday's attack" has no agent
            return c
    for c in tok.children:
        if c.dep_ == "prep" and lemma(c) == "by":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    for c in tok.children:  # "the arrest of X by Y", "the designation of X as a group by Y":
        # the parser hangs the "by" on the noun of the phrase before it
        if c.dep_ == "prep" and lemma(c) in ("of", "as"):
            for g in c.children:
                for p in (g.children if g.dep_ == "pobj" else ()):
                    if p.dep_ == "prep" and lemma(p) == "by" and p.right_edge.i == g.right_edge.i:
                        return next((a for a in p.children if a.dep_ == "pobj"), None)
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ACTOR_ENTS:
            return c
    for c in tok.children:  # "a Turkish drone strike" parsed as (Turkish drone) strike
        if c.dep_ == "compound" and c.i < tok.i:
            for g in c.children:
                if g.dep_ in ("amod", "compound") and g.ent_type_ in ACTOR_ENTS:
                    return g
    for c in tok.children:  # "the attack that X carried out", "the strikes which X launched"
        if c.dep_ == "relcl" and lemma(c) in _ORGANIZE and any(
                g.dep_ in ("dobj", "obj") and lemma(g) in ("that", "which") for g in c.children):
            subj = next((g for g in c.children if g.dep_ in SUBJ_DEPS), None)
            if subj is not None and subj.pos_ != "PRON":
                return subj
    verbs = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if tok.dep_ in SUBJ_DEPS and tok.head.tag_ == "VBN":  # parse of a reduced relative
        verbs.append(tok.head)
    for c in verbs:  # "protests led/staged by merchants"
        if c.tag_ == "VBN" and lemma(c) in _ORGANIZE:
            for a in c.children:
                if a.dep_ == "agent":
                    for g in a.children:
                        if g.dep_ == "pobj":
                            return g
    return None


_ORGANIZE = frozenset({"lead", "stage", "organize", "organise", "hold", "launch", "call",
                       "carry", "conduct", "mount", "spearhead", "join",
                       # "a drone strike ordered by X", "raids authorised by X": X's acts
                       "order", "authorize", "authorise", "approve", "direct", "command"})


def _purpose_targets(tok: Token) -> list[Token]:
    """Whom a hostile act is done to, named only in its purpose clause: "launched strikes to
    punish X", "imposed sanctions aimed at deterring X", "to retaliate against X"."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp", "acl") and lemma(c) in PURPOSE_VERBS and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            out += [g for g in c.children if g.dep_ == "dobj" and is_actorish(g)]
            out += [g for p in c.children if p.dep_ == "prep" and lemma(p) == "against"
                    for g in p.children if g.dep_ == "pobj" and is_actorish(g)]
    return out


# Verbs of a protest's purpose clause that name what it is against ("to denounce X").
DECRY_VERBS = frozenset({"protest", "denounce", "condemn", "decry", "oppose", "reject",
                         "demand", "express", "voice"})


def _decried(tok: Token) -> list[Token]:
    """Whom a protest is against, named only in its purpose clause: "to denounce Iranian
    meddling" (the meddler), "to protest the Turkish strikes" (their author), "to condemn X"."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp", "acl") and lemma(c) in DECRY_VERBS and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            for o in c.children:
                if o.dep_ in ("dobj", "obj"):
                    out += [o] if is_actorish(o) else reaction_targets(o)
                elif o.dep_ == "prep" and lemma(o) in ("against", "at", "over"):
                    out += [g for g in o.children if g.dep_ == "pobj"
                            for g in ([g] if is_actorish(g) else reaction_targets(g))]
    return out


def _leaving_parties(tok: Token) -> tuple[list[Token], list[Token]]:
    """A demand for a party to leave ("demanded the withdrawal of U.S. forces from Iraq",
    "called for the departure of X"): (the acts, the parties asked to leave)."""
    acts = [c for c in tok.children if c.dep_ in OBJ_DEPS]
    acts += [g for c in tok.children if c.dep_ == "prep" and lemma(c) == "for"
             for g in c.children if g.dep_ == "pobj"]
    acts = [a for a in acts if lemma(a) in LEAVING_NOUNS
            or any(s.type == "RETREAT" for s in lx.noun_senses(lemma(a)))]
    return acts, [g for a in acts for p in a.children if p.dep_ == "prep" and lemma(p) == "of"
                  for g in p.children if g.dep_ == "pobj" and is_actorish(g)]


# Reactions told in a clause on a noun that sums up the statement or step before it ("...,
# a claim that X rejected", "..., a move that X condemned"): aimed at that statement's author.
SUMMED_UP_TYPES = frozenset({"REJECT", "ACCUSE"})


def summed_up_author(tok: Token) -> Token | None:
    """The author of what a resumptive noun sums up, when ``tok`` is the verb of a clause on
    that noun: "Ankara said its drones hit only militants, a claim that Erbil rejected" ->
    Ankara; "Washington announced sanctions, a move that Tehran dismissed" -> Washington. The
    noun (rule data ``object_groups.summaries``) is set off by a comma and names no author of
    its own ("Iran's claim" is Iran's); the author is the subject of the nearest clause above
    it, past the verbs of reporting ("said that ..."). None when any of this is missing."""
    if tok.dep_ not in ("acl", "relcl") or not is_verb(tok):
        return None
    noun = tok.head
    if not is_noun(noun) or lemma(noun) not in active().object_groups.get("summaries", ()) \
            or noun_actor(noun) is not None or noun.left_edge.i == 0 \
            or noun.doc[noun.left_edge.i - 1].text != "," or noun.head.i == noun.i:
        return None
    cur = noun.head
    sent = sent_of(noun)
    said = next((t for t in reversed(sent[:noun.i - sent.start]) if lemma(t) == lemma(noun)
                 and is_noun(t)), None)
    if said is not None:
        # "repeated their claim that ..., a claim that X dismissed": the claim named before,
        # its own author, else the clause it stands in
        own = noun_actor(said)
        if own is not None and own.pos_ != "PRON":  # ("their claim": whose, the clause says)
            return own if is_actorish(own) else None
        cur = said.head
    while not is_verb(cur) and cur.head.i != cur.i:
        cur = cur.head
    if not is_verb(cur):
        return None
    rules = active()
    while cur.dep_ == "ccomp" and (lemma(cur.head) in rules.speech_verbs
                                   or lemma(cur.head) in rules.reporting_events):
        cur = cur.head  # "Ankara said its drones had struck ...": the claim is Ankara's
    subj, passive = subject_of(cur)
    if passive or subj is None or subj.i == tok.i or not is_actorish(subj):
        return None
    return subj


# Verbs whose subject draws a reaction from others: "the raid drew condemnation from X",
# "Turkey's shelling sparked protests from Baghdad", "the move met with criticism from X".
DRAWING_VERBS = frozenset({"draw", "earn", "receive", "attract", "provoke", "spark", "trigger",
                           "elicit", "invite", "prompt", "meet", "face", "bring"})
# Reactions that a drawing verb can report of a named party.
DRAWN_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT", "THREATEN", "SUPPORT"})


def drawn_reaction(tok: Token) -> tuple[Token, Token | None] | None:
    """(who reacted, at whom) for a reaction noun a drawing verb takes with "from X": "the
    Turkish raid drew condemnation from Baghdad" -> (Baghdad, Turkish); "Iran faced a rebuke
    from the UN" -> (the UN, Iran). None when no "from" party is named ("drew condemnation":
    the reaction has no author the sentence gives)."""
    verb = tok.head
    if tok.dep_ == "pobj" and lemma(verb) == "with":
        verb = verb.head  # "met with criticism from X"
    elif tok.dep_ != "dobj":
        return None
    if lemma(verb) not in DRAWING_VERBS or not is_verb(verb):
        return None
    reactor = next((g for h in (tok, verb) for p in h.children if p.dep_ == "prep"
                    and lemma(p) == "from" for g in p.children if g.dep_ == "pobj"
                    and is_actorish(g)), None)
    if reactor is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJ_DEPS), None)
    if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "the US struck five sites, drawing condemnation from Baghdad": the act of the
        # clause the participle follows drew it, at that clause's subject
        subj = next((c for c in verb.head.children if c.dep_ in SUBJ_DEPS), None)
    if subj is None or is_actorish(subj):
        return reactor, subj
    author = noun_actor(subj) if material_act(subj) or noun_sense(subj) is not None else None
    return reactor, author if author is not None and author.pos_ != "PRON" else None


def targets_of(trig: Trigger, doc: Doc) -> list[Token]:
    # "launched Operation Martyr X against Y": the operation is the act, X no party to it;
    # whom it is aimed at is named on it ("against Y")
    out: list[Token] = []
    for t in _all_targets(trig, doc):
        aimed = [t] if not named_operation(t) else [
            g for p in t.children if p.dep_ == "prep" and lemma(p) in _DEFAULT_PREPS
            for g in p.children if g.dep_ == "pobj"]
        out += [g for g in aimed if g not in out]
    return out


PERMITTING_VERBS = frozenset({"allow", "let", "permit", "enable"})


def relieved_parties(noun: Token) -> list[Token]:
    """The parties a relief from sanctions was for: the one a clause on it lets act ("the
    waiver that allowed Baghdad to pay", "the exemption letting Iraq buy"), the one it is for
    ("a waiver for Iraq") or whose it is ("Iraq's exemption", "the Iraqi waiver")."""
    out = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound") and is_actorish(c)]
    goods = active().object_groups.get("goods", frozenset())
    for g in (g for p in noun.children if p.dep_ == "prep" and lemma(p) == "for"
              for g in p.children if g.dep_ == "pobj"):
        if is_actorish(g):
            out.append(g)  # "a waiver for Iraq"
        elif lemma(g) in goods:  # "the waiver for Iraqi imports": the side the goods are of
            out += [c for c in g.children if c.dep_ in ("amod", "compound", "poss")
                    and c.ent_type_ in ACTOR_ENTS]
    for v in noun.children:
        if v.dep_ not in ("relcl", "acl") or lemma(v) not in PERMITTING_VERBS:
            continue
        for c in v.children:  # "allowed Baghdad to pay" (object) or "let Baghdad pay" (subject)
            if c.dep_ in ("dobj", "obj") and is_actorish(c):
                out.append(c)
            elif c.dep_ in ("ccomp", "xcomp"):
                out += [g for g in c.children if g.dep_ in ("nsubj", "dobj") and is_actorish(g)
                        and g.i < c.i]
    return out


def _platform(tok: Token) -> bool:
    """The medium a statement is made on ("warned on Twitter", "said on state television",
    rule data ``object_groups.platforms``): where it was said, never whom it is aimed at."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "via", "over") \
        and tok.head.head.pos_ in ("VERB", "AUX") and (  # not "the ban on TV channels"
        lemma(tok) in active().object_groups.get("platforms", frozenset())
        or tok.lower_ in active().object_groups.get("platforms", frozenset()))


def _all_targets(trig: Trigger, doc: Doc) -> list[Token]:
    found = _aimed_targets(trig, doc)
    if trig.type in ("ASSAULT", "FIGHT", "COERCE", "SANCTION"):
        return found  # "an attack on the television" hits it, "banned it on TikTok" bans it
    return [t for t in found if not _platform(t)]


def _aimed_targets(trig: Trigger, doc: Doc) -> list[Token]:
    if trig.type in DRAWN_TYPES and trig.head == trig.token and is_noun(doc[trig.token]):
        drawn = drawn_reaction(doc[trig.token])
        if drawn is not None:
            return [drawn[1]] if drawn[1] is not None else []
    found = _targets_of(trig, doc)
    if trig.type in SUMMED_UP_TYPES and trig.controller is None and trig.head == trig.token \
            and not [t for t in found if t.tag_ not in ("WDT", "WP") and t.dep_ != "mark"]:
        author = summed_up_author(doc[trig.token])
        if author is not None:
            return [author]
    if trig.type == "SANCTION" and not any(is_actorish(t) for t in found):
        # "barred Turkish goods", "banned Iranian oil": the side the goods are of
        goods = active().object_groups.get("goods", frozenset())
        found += [c for o in trig.consumed if lemma(doc[o]) in goods
                  for c in doc[o].children if c.dep_ in ("amod", "compound", "poss")
                  and c.ent_type_ in ACTOR_ENTS]
        # "restrictions on dollar transfers to Iraqi banks": the side the traffic goes to
        found += [g for t in list(found) if lemma(t) in goods for p in t.children
                  if p.dep_ == "prep" and lemma(p) in ("to", "from", "with")
                  for g in p.children if g.dep_ == "pobj" and is_actorish(g)]
    if trig.type in ("SANCTION", "CONCEDE") and not any(is_actorish(t) for t in found):
        # "ended the waiver that let Iraq pay Iran", "revoked Iraq's exemption": whom the
        # relief ended (or renewed) let act
        reliefs = active().object_groups.get("reliefs", frozenset())
        found += [g for o in trig.consumed if lemma(doc[o]) in reliefs
                  for g in relieved_parties(doc[o]) if g not in found]
    if trig.type == "REJECT" and not any(is_actorish(t) for t in found):
        # "pulled out of its deal with X", "withdrew from the talks with X": the partner
        left = active().object_groups.get("deal", frozenset()) | active().object_groups.get(
            "talks", frozenset())
        found += [g for o in trig.consumed if lemma(doc[o]) in left
                  for h in (doc[o], doc[trig.token]) for p in h.children
                  if p.dep_ == "prep" and lemma(p) == "with"  # (or hung on the verb)
                  for g in p.children if g.dep_ == "pobj" and is_actorish(g)]
    if trig.type == "PROTEST" and not any(is_actorish(t) for t in found):
        # "rallied outside the ministry to denounce Iranian meddling": what the purpose
        # clause decries, and who did it
        found += _decried(doc[trig.head]) or _decried(doc[trig.token])
    if trig.type == "REQUEST" and trig.controller is None:
        acts, leaving = _leaving_parties(doc[trig.token])
        if leaving:  # the ones asked to leave, not the place they leave ("from the country")
            found = [t for t in found if not (t.head.dep_ == "prep" and t.head.head in acts)]
            found += [t for t in leaving if t not in found]
    if trig.type in ("ASSAULT", "SANCTION", "COERCE") and trig.controller is None and all(
            t.ent_type_ in ("DATE", "TIME") for t in found):  # "on Friday" is no target
        found += _purpose_targets(doc[trig.head]) or _purpose_targets(doc[trig.token])
    return found


def _framed_weapon_targets(trig: Trigger, tok: Token, preps: frozenset[str]) -> list[Token]:
    """"retaliated with a wave of drones against US bases": the parser hangs the aim on the
    weapon that the counting noun (the trigger) frames."""
    weapon = weapon_head(tok) if trig.type == "ASSAULT" else None
    if weapon is None or weapon.i == tok.i:
        return []
    return _prep_targets(weapon, preps)


def _targets_of(trig: Trigger, doc: Doc) -> list[Token]:
    tok = doc[trig.token]
    preps = _TYPE_PREPS.get(trig.type, frozenset()) | _DEFAULT_PREPS
    if lemma(tok) in FIGHT_WORDS:
        preps = preps | {"with"}  # "clashed with X", "battles with X": the other side
    if trig.type == "ASSAULT" and is_verb(tok) and weapon_impact(tok):
        preps = preps | _INTO_PREPS  # "rockets landed inside the compound": what was hit
        if lemma(tok) in _COMING_DOWN:
            preps = preps | {"in"}  # "a rocket landed in the Green Zone": what it came down in
    found: list[Token] = []
    if trig.controller is not None:
        comp = doc[trig.controller]
        if trig.type == "REQUEST":
            # "X was urged by Y to ...": X is asked
            found += [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
            found += [t for t in _prep_targets(tok, frozenset({"on", "upon", "to"}))
                      if t.ent_type_ not in ("DATE", "TIME")]  # "voted on Monday to ..."
            found += [c for c in comp.children if c.dep_ in SUBJ_DEPS]
            if not found and comp.dep_ == "xcomp" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
                # "called for the coalition to leave the country": the coalition is asked
                found += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                          for g in c.children if g.dep_ == "pobj" and is_actorish(g)]
        if not found:
            # the refused/promised act takes its own recipients ("refused to provide aid to X")
            sense = verb_sense(comp)
            inner_type = sense[0].type if sense is not None and trig.type == "REJECT" \
                else trig.type
            found += targets_of(Trigger(token=comp.i, head=comp.i, type=inner_type,
                                         mode=None, weight=0), doc)
            if not found:
                inner = [c for c in comp.children if c.dep_ in OBJ_DEPS]
                for o in inner:
                    found += _prep_targets(o, preps)
        if trig.type in RECIPIENT_CONTROL_TYPES:
            found += [t for t in inner_recipients(comp) if t not in found]
        return found
    if trig.head != trig.token:  # light verb + nominal trigger
        found += _prep_targets(tok, preps)
        found += _framed_weapon_targets(trig, tok, preps)
        found += _acl_targets(tok)
        if trig.type == "REQUEST":
            found += _asked_subjects(tok)
        verb = doc[trig.head]
        if not found:
            found += _prep_targets(verb, preps)
            for c in verb.children:
                if c.dep_ == "dative":
                    found += _dative(c)
        return found
    if is_noun(tok) and not is_verb(tok):
        if trig.type in ("ASSAULT", "COERCE", "CONCEDE", "SANCTION"):
            preps = preps | {"of"}  # "the invasion of Iraq", "the release of the hostages"
        found += _prep_targets(tok, preps)
        found += _framed_weapon_targets(trig, tok, preps)
        found += _acl_targets(tok)
        patient = patient_possessive(tok)
        if patient is not None:
            found.append(patient)  # "her release": she was released
        if trig.type == "REQUEST":
            found += _asked_subjects(tok)
        if trig.type == "THREATEN" and tok.dep_ in ("dobj", "obj") \
                and lemma(tok.head) in RECEIVING_VERBS:
            # "said it had received threats from X": the one who received them
            found += [c for c in tok.head.children if c.dep_ in SUBJ_DEPS]
        obj = tok.head if tok.dep_ == "compound" else tok  # "an assassination attempt"
        if not found and trig.type == "ASSAULT" and obj.dep_ == "dobj" \
                and lemma(obj.head) in SURVIVE_VERBS:
            # "X survived an assassination attempt": the attempt was on X
            found += [c for c in obj.head.children if c.dep_ in SUBJ_DEPS]
        return found
    # verbal trigger
    if trig.type == "ACCUSE" and lemma(tok) in BLAME_LAYING_VERBS:
        # "attributed the bombing to X"; "placed the blame for the attack on X", the parser
        # hanging "on X" on the act blamed
        preps = preps | {"to"}
        found += [t for o in (tok.i, *trig.consumed) for p in doc[o].children
                  if p.dep_ == "prep" and lemma(p) == "for" for g in p.children
                  if g.dep_ == "pobj" for t in _prep_targets(g, frozenset({"on"}))]
    psubj = _passive_subject(tok)
    if psubj is not None and doc[psubj.i].i not in trig.consumed:
        found.append(psubj)
    objects = [g for c in tok.children if c.dep_ in OBJ_DEPS and lemma(c) in CONTAINER_NOUNS
               and c.i in trig.consumed for p in c.children if p.dep_ == "prep"
               and lemma(p) == "of" for g in p.children if g.dep_ == "pobj"]
    for c in [*tok.children, *objects]:  # "expelled a number of diplomats": the diplomats
        if (c.dep_ in OBJ_DEPS or c in objects) and (c.i not in trig.consumed or (
                trig.type in PATIENT_OBJECT_TYPES and is_actorish(c)
                and lemma(c) not in CONTAINER_NOUNS)):  # "declared a state of emergency"
            found.append(c)  # a consumed object is the patient: "expelled the diplomats"
            if trig.type in REACTION_TYPES and not is_actorish(c) and not (
                    trig.type == "SUPPORT" and lemma(tok) in STANCE_VERBS):
                found += reaction_targets(c)  # ("reaffirmed its government's commitment":
                # one's own stance, not another's act)
        elif c.dep_ == "dative":
            found += _dative(c)
        elif c.dep_ == "ccomp" and trig.type in ("REQUEST",):
            found += [g for g in c.children if g.dep_ in SUBJ_DEPS] or _subjunctive_subject(c)
        elif c.dep_ in ("advcl", "xcomp") and trig.type == "REQUEST" and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            # "pressed for U.S. troops to leave" (parsed as a clause marked by "for"): the
            # troops are asked
            found += [g for g in c.children if g.dep_ in SUBJ_DEPS and is_actorish(g)]
        elif c.dep_ == "ccomp" and _misparsed_object(c):
            found.append(c)  # "struck Kata'ib Hezbollah depots": the parser made "depots" a verb
    # "seized control of X", "imposed a blockade of X": the patient of a material act's object
    # "lifted its blockade of X": the patient of an undone measure too
    o_preps = preps | {"of"} if int(event_type(trig.type).quad) == 4 \
        or trig.type == "CONCEDE" else preps
    for o in trig.consumed:
        if lemma(doc[o]) in CONTAINER_NOUNS:
            # "a state of emergency", "a wave of attacks": the act, not its patient; what the
            # salvo is aimed at is ("unleashed a barrage of rockets at the embassy")
            found += _prep_targets(doc[o], preps)
            continue
        found += _prep_targets(doc[o], o_preps)
        found += _acl_targets(doc[o])
    for c in tok.children:
        if c.dep_ in OBJ_DEPS and c.i not in trig.consumed and not is_actorish(c):
            if trig.type in CONDEMN_TYPES and material_act(c) and noun_actor(c) is not None:
                continue  # "condemned Iran's attack on Erbil": Iran, not the victim
            found += _prep_targets(c, preps)
    found += _prep_targets(tok, preps)
    if not found and trig.type in CONDEMN_TYPES and tok.dep_ in ("advcl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "summoned the ambassador to complain about ...": the one summoned is complained to
        found += [c for c in tok.head.children if c.dep_ == "dobj" and is_actorish(c)]
    if not found and trig.type in RECIPIENT_CONTROL_TYPES:
        comp = complement(tok)  # "agreed to give the inspectors access": the act's recipient
        if comp is not None and comp.dep_ == "xcomp":
            found += inner_recipients(comp)
    if trig.type == "CONCEDE":  # "conceded to the demands of X": X
        found = [d for t in found for d in (_demanders(t) if lemma(t) in DEMAND_NOUNS else [t])]
    if trig.type in ("ASSAULT", "COERCE", "SANCTION") and not found:
        for c in tok.children:
            if c.dep_ == "prep" and lemma(c) in ("in", "inside"):
                found += [g for g in c.children if g.dep_ == "pobj" and is_actorish(g)
                          and g.ent_type_ not in ("GPE", "LOC", "FAC")]
    return found


# Verbs that lay blame on a party ("pinned the attack on X", "laid the blame on X", "attributed
# the bombing to X"): their "on" / "to" names the accused (rule data senses of ACCUSE).
BLAME_LAYING_VERBS = frozenset({"pin", "lay", "put", "place", "attribute"})
# Verbs by which a threat's target tells it ("received threats from X", "got a warning").
RECEIVING_VERBS = frozenset({"receive", "get"})


# Agreements and refusals whose promised or refused act names its own recipient: "agreed to
# open its borders to X", "refused to hand the suspects over to X" are agreements/refusals
# towards X.
RECIPIENT_CONTROL_TYPES = frozenset({"AGREE", "REJECT"})
_RECIPIENT_PREPS = frozenset({"to", "for", "with"})
# Verbs whose object is who is let do something: "agreed to allow the monitors to enter".
PERMIT_VERBS = frozenset({"allow", "permit", "let", "enable", "authorize", "authorise"})


def inner_recipients(comp: Token) -> list[Token]:
    """Who the act of a controlled complement is done to or for: the dative of "give X aid",
    or a to/for/with phrase of the verb or its object ("open its borders to X", "hand over
    the crossing to X", "lift the ban on imports for X"), or whom it lets do something ("allow
    the monitors to enter"). Only actor-like words count: "send
    engineers to the site" names a destination, not a recipient."""
    out: list[Token] = []
    for c in comp.children:
        if c.dep_ == "dative":
            out += _dative(c)
        elif lemma(comp) in PERMIT_VERBS:
            # "refused to allow foreign airlines to land": the airlines (the parser makes
            # them the object of "allow" or the subject of "land")
            let = [c] if c.dep_ in OBJ_DEPS else [g for g in c.children if g.dep_ in SUBJ_DEPS] \
                if c.dep_ in ("ccomp", "xcomp") else []
            out += [g for g in let if _recipient_like(g)]
    heads = [comp] + [c for c in comp.children if c.dep_ in OBJ_DEPS]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and lemma(c) in _RECIPIENT_PREPS:
                out += [g for g in c.children if g.dep_ == "pobj" and _recipient_like(g)]
    return out


def _recipient_like(tok: Token) -> bool:
    """An actor-like word, or a group noun a national name qualifies ("Iraqi pilgrims"); never
    a facility or site ("to the site", "to a new building")."""
    if _site_lemma(tok) in PLACE_NOUNS or lemma(tok) in ("building", "office", "area"):
        return False
    return is_actorish(tok) or any(m.dep_ in ("amod", "compound") and m.ent_type_ in ACTOR_ENTS
                                   for m in tok.children)


# What a concession yields to: "the demands of/by X", "X's demands" stand for X.
DEMAND_NOUNS = frozenset({"demand", "request", "call", "condition", "pressure", "ultimatum"})


def _demanders(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ == "poss"]
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and lemma(c) in ("of", "by", "from"):
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


# Types whose sense-selecting object is also who the act is done to ("expelled the inspectors",
# "summoned the ambassador", "detained the prisoners"); for the others it is the actor's own
# means or topic ("sent troops", "imposed sanctions", "held talks").
PATIENT_OBJECT_TYPES = frozenset({"ACCUSE", "SANCTION", "COERCE"})


# Speech acts about an act ("condemned the U.S. strike", "denied any coordination with X"):
# their target is who did the act or who the relation is with.
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST", "SUPPORT"})
# Verbs that state one's own stance ("reaffirmed its commitment", "voiced its support"): the
# stance noun's owner is the speaker's side, no recipient.
STANCE_VERBS = frozenset({"reaffirm", "reiterate", "express", "voice", "renew", "affirm",
                          "confirm", "stress", "emphasize", "emphasise", "underline"})
# Condemnations of an act aim at who did it, never at its victim.
CONDEMN_TYPES = frozenset({"ACCUSE", "PROTEST"})
RELATION_NOUNS = frozenset({"involvement", "coordination", "role", "link", "tie", "contact",
                            "relation", "cooperation", "collusion", "complicity", "hand",
                            "responsibility", "participation", "presence", "interference",
                            "meddling", "support", "backing"})
_RELATION_PREPS = frozenset({"with", "to", "between", "against", "in", "on"})
# The partner of a cooperative act named by a noun ("talks with X", "aid to X", "an offer from X").
_PARTNER_PREPS = frozenset({"with", "to", "between", "from"})


def reaction_targets(obj: Token) -> list[Token]:
    """Targets a speech act takes through a non-actor object: who did or owns it ("the U.S.
    strike", "sanctions imposed by Washington", "Iran's interference", "the U.S. decision") or
    the party a relation is with ("coordination with Tehran"); nothing when it names no one."""
    out: list[Token] = []
    agent = noun_actor(obj)
    if agent is not None:
        out.append(agent)
    for c in obj.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            out += [g for a in c.children if a.dep_ == "agent"
                    for g in a.children if g.dep_ == "pobj"]
    sense = noun_sense(obj)
    preps = _RELATION_PREPS if lemma(obj) in RELATION_NOUNS else _PARTNER_PREPS if (
        sense is not None and int(event_type(sense.type).quad) in (1, 2)) else frozenset()
    for c in obj.children:  # "coordination with Tehran", "rejected talks with X", "aid to X"
        if c.dep_ == "prep" and lemma(c) in preps:
            out += [g for g in c.children if g.dep_ == "pobj" and is_actorish(g)]
    if sense is not None and sense.type in ("AGREE", "SUPPORT", "CONSULT"):
        # "welcomed the agreement between Baghdad and Erbil": its parties
        for c in obj.children:
            if c.dep_ == "prep" and lemma(c) == "between":
                for g in c.children:
                    if g.dep_ == "pobj":
                        out += [x for x in (g, *g.conjuncts) if is_actorish(x)]
    return out


def material_act(tok: Token) -> bool:
    """A noun that names a material-conflict act ("the attack", "the strikes", "the raid")."""
    sense = noun_sense(tok)
    return sense is not None and int(event_type(sense.type).quad) == 4


def _asked_subjects(tok: Token) -> list[Token]:
    """"urged foreign forces to leave": the forces are who is asked; "its call for Baghdad to
    curb the militias" (the parser making "for Baghdad" the noun's prepositional phrase and the
    infinitive a clause of its own): Baghdad, when the infinitive follows the name at once."""
    doc = tok.doc
    return [g for c in tok.children if c.dep_ in ("advcl", "acl")
            and any(m.dep_ == "mark" and lemma(m) == "for" for m in c.children)
            for g in c.children if g.dep_ in SUBJ_DEPS] + [
        g for p in tok.children if p.dep_ == "prep" and lemma(p) == "for"
        for g in p.children if g.dep_ == "pobj" and is_actorish(g)
        and g.right_edge.i + 1 < len(doc) and doc[g.right_edge.i + 1].lower_ == "to"
        and doc[g.right_edge.i + 1].dep_ == "aux"]


def _subjunctive_subject(tok: Token) -> list[Token]:
    """Parser repair: a bare verb after "that" ("demanded that Washington reconsider", "that
    the prime minister resign") is often read as a noun with its subject as a compound; that
    compound is the one asked."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "mark" and c.lower_ == "that"
                                      for c in tok.children):
        return []
    names = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return names[-1:]


def _misparsed_object(tok: Token) -> bool:
    """A plural facility noun after a name that the parser read as a clause ("struck [Kata'ib
    Hezbollah] [depots]": "Hezbollah" its subject, "depots" a verb): the object of the act."""
    word = tok.lower_
    stem = word[:-1] if word.endswith("s") else word
    if stem not in FACILITY_NOUNS or tok.i == 0 or tok.doc[tok.i - 1].pos_ != "PROPN":
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children)


def _dative(tok: Token) -> list[Token]:
    """"gave Iraq aid" -> Iraq; "issued a warning to Iraq" (dative ADP) -> its object."""
    if tok.pos_ == "ADP":
        return [g for g in tok.children if g.dep_ == "pobj"]
    return [tok]


def _stolen_subject(tok: Token) -> Token | None:
    """Parser repair: in "A arrested B and C released D" the small model often makes C a conj
    of B; C is then the subject of the verb right after it."""
    nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    if tok.dep_ == "conj" and nxt is not None and nxt.dep_ == "conj" and is_verb(nxt) \
            and not is_verb(tok.head) and not any(c.dep_ in SUBJ_DEPS for c in nxt.children):
        return nxt
    return None


def _acl_targets(tok: Token) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "acl" and lemma(c) in ("target", "aim", "direct"):
            out += [g for g in c.children if g.dep_ == "dobj"]
            for p in c.children:
                if p.dep_ == "prep":
                    out += [g for g in p.children if g.dep_ == "pobj"]
    return out


_FIGURES_RE = re.compile(r"[\d/.:,-]+")  # "05/01/2024", "10:30", "1,200": figures, never actors


def is_actorish(tok: Token) -> bool:
    if _FIGURES_RE.fullmatch(tok.text):
        return False  # the model may tag a numeric date as part of a name ("... base on 05/01")
    if tok.ent_type_ in ACTOR_ENTS:
        return True
    if tok.ent_type_:  # DATE, CARDINAL, MONEY...
        return False
    if tok.pos_ == "PROPN" and not tok.is_title:
        return True
    if tok.pos_ == "PRON":
        return lemma(tok) in PRONOUNS_3RD or lemma(tok) in PRONOUNS_SPEAKER
    return lemma(tok) in active().actor_nouns  # rule data: "militias", "protesters"


# Verbs whose subject is the victim of the attack they take as object.
SURVIVE_VERBS = frozenset({"survive", "escape", "evade", "withstand"})
# Prepositions that place an event ("at the airport", "in Baghdad", "near the border").
LOCATIVE_PREPS = frozenset({"at", "in", "inside", "near", "outside", "within", "along", "around"})
# Verbs whose "at" marks what is aimed at ("fired at", "aimed at", "lashed out at").
AIM_VERBS = frozenset({"fire", "aim", "shoot", "launch", "direct", "hurl", "throw", "lob",
                       "point", "lash", "swipe", "level", "target", "rain", "unleash",
                       "fling", "shower"})
# Heads that name a place, not an actor, after a locative preposition.
PLACE_NOUNS = frozenset({
    "airport", "base", "airbase", "compound", "camp", "embassy", "consulate", "border",
    "city", "town", "village", "province", "region", "area", "capital", "street", "square",
    "checkpoint", "port", "harbor", "harbour", "hotel", "palace", "mosque", "shrine",
    "hospital", "zone", "outpost", "district", "neighborhood", "neighbourhood", "highway",
    "road", "crossing", "field", "facility", "site", "headquarters", "garrison", "complex",
    "installation", "desert", "outskirts", "vicinity", "waters", "strait", "gulf", "sea",
})
# Parts of a place named with the place ("Baghdad's outskirts", "the capital's Karrada
# district", "Basra's northern edge"): where something happened, never an actor.
PLACE_PARTS = frozenset({
    "outskirts", "outskirt", "edge", "district", "neighborhood", "neighbourhood", "suburb",
    "suburbs", "approach", "approaches", "centre", "center", "heart", "quarter", "street",
    "streets", "part", "south", "north", "east", "west", "southeast", "southwest",
    "northeast", "northwest", "province", "periphery", "desert", "countryside", "fringe",
    "fringes", "borderlands",
})


def _possessed_by_place(tok: Token, inner: Sequence[Mention]) -> bool:
    """Every mention inside ``tok``'s phrase stands in its possessive ("Baghdad's", "the
    capital's"), and that possessive names a place (not "the militia's southern district")."""
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text), c)
             for c in tok.children if c.dep_ == "poss"]
    if not spans:
        return False
    for m in inner:
        if not any(lo <= m.start < hi for lo, hi, _ in spans):
            return False
    return all(c.ent_type_ in ("GPE", "LOC", "FAC") or c.lower_ in ("capital", "city", "town")
               or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in c.subtree)
               for _, _, c in spans)
# Generic facility/asset heads whose owner is the real target ("sites belonging to X").
FACILITY_NOUNS = frozenset({
    "site", "position", "base", "facility", "headquarters", "depot", "convoy", "compound",
    "vessel", "asset", "interest", "personnel", "troop", "force", "installation", "warehouse",
    "stronghold", "hideout", "camp", "outpost", "infrastructure", "target", "location",
    "post", "garrison", "storage", "arsenal", "stockpile", "office", "property",
    "residence", "home", "house",
    # buildings and works a group uses ("a building used by X", "a depot and a bunker of X")
    "building", "center", "centre", "complex", "factory", "plant", "den", "bunker", "barracks",
    "hangar", "airbase", "airfield", "checkpoint",
})
# Nouns of a relation to X that name others than X ("Iran's proxies", "its allies").
_RELATION_NOUNS = frozenset({"proxy", "ally", "partner", "client", "backer", "supporter",
                             "enemy", "rival", "foe", "opponent", "adversary", "neighbour",
                             "neighbor", "friend", "surrogate"})
# People of the other side a relation names by the actor's own office ("his Iraqi counterpart",
# "their Iranian hosts"): never the actor's possession, the other party of the act.
OPPOSITE_NUMBER_NOUNS = frozenset({"counterpart", "interlocutor", "host"})
# Verbs whose object is who a facility holds ("hosting U.S. troops", "that house the advisers").
# The people of a place or a state stand for it ("stands with the people of Kurdistan").
POPULATION_NOUNS = frozenset({"people", "population", "citizen", "inhabitant", "resident"})
_HOST_VERBS = frozenset({"host", "house", "station", "accommodate"})
# Participles that attach an owner to a facility ("belonging to X", "used by X").
_OWNER_VERBS = frozenset({"belong", "link", "affiliate", "tie", "connect", "associate", "own",
                          "operate", "run", "control", "use", "occupy", "hold", "man",
                          # "a convoy contracted by the coalition", "trucks hired by X"
                          "contract", "hire", "charter", "lease", "rent", "employ"})
# A vehicle serves whom its load is for: "convoys carrying supplies for X", "trucks bringing
# equipment to X forces", "a convoy supplying X".
_SUPPLY_VERBS = frozenset({"carry", "transport", "ferry", "deliver", "bring", "haul", "supply"})


def place_ref(ref: ActorRef, kb: TheatreKB | None) -> bool:
    """An unlinked argument that names a place or facility ("the Ain al-Asad base", "Erbil
    airport", a theatre city or base): where a material act happened or what it hit, never its
    source. (A capital that stands for its government, "Baghdad", is linked to that actor.)"""
    if ref.kb_id:
        return False
    text = (ref.text or ref.name or "").strip()
    words = [w.strip(".,;:'\"").lower() for w in text.split()]
    if words and words[0] == "the":
        words = words[1:]
    if not words:
        return False
    head = "base" if words[-1] == "bases" else words[-1].rstrip("s")
    if head in PLACE_NOUNS or words[-1] in PLACE_NOUNS:
        return True
    place = kb.place(" ".join(words)) if kb is not None else None
    return place is not None and place.type != "country"


def _site_lemma(tok: Token) -> str:
    """Lemma of a place/facility head ("bases" is lemmatised "basis")."""
    return "base" if tok.lower_ == "bases" else lemma(tok)


# A weapon that went into a site hit it ("slammed into the base", "landed inside the compound");
# one that came down on open ground hit nothing anyone owns ("landed inside the desert").
_INTO_PREPS = frozenset({"inside", "into", "onto", "upon"})
# Verbs of a weapon coming down, whose "in" is the site it hit ("a rocket landed in the Green
# Zone", "shells fell in the compound"); open ground is no target ("fell in a field").
_COMING_DOWN = frozenset({"land", "fall", "crash"})
_OPEN_GROUND = frozenset({"desert", "field", "area", "outskirts", "vicinity", "waters", "sea",
                          "river", "farmland", "orchard", "land", "ground", "plain", "valley",
                          "mountain", "hill", "wasteland", "countryside", "lake", "marsh"})


def locative_place(tok: Token, kb: TheatreKB | None, type_: str) -> bool:
    """A pobj of at/in/near/outside/inside that names a place is where the event happened.
    Types whose own prepositions take a place as target keep it ("curfew in Bangkok",
    "troops on alert in Manila", "a protest outside the embassy")."""
    prep = tok.head
    if tok.dep_ != "pobj" or lemma(prep) not in LOCATIVE_PREPS \
            or lemma(prep) in _TYPE_PREPS.get(type_, frozenset()):
        return False
    verb = prep.head
    if lemma(prep) == "at" and (lemma(verb) in AIM_VERBS or any(
            c.dep_ == "prt" and lemma(c) == "out" for c in verb.children)):
        return False  # "fired at the base", "lashed out at Washington": aimed at a target
    if lemma(prep) == "at" and verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "obj", "pobj") \
            and (lemma(verb) in active().weapon_nouns or lemma(verb) in CONTAINER_NOUNS) \
            and (lemma(verb.head if verb.dep_ != "pobj" else verb.head.head) in AIM_VERBS
                 or response_verb(verb) is not None):
        return False  # "unleashed a barrage of rockets at the base", "responded with
        # missiles at X": aimed at it
    if (lemma(prep) in _INTO_PREPS or lemma(prep) == "in" and lemma(verb) in _COMING_DOWN) \
            and is_verb(verb) and weapon_impact(verb) and _site_lemma(tok) not in _OPEN_GROUND:
        return False  # "rockets landed inside the embassy compound": what the weapon hit
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or _site_lemma(tok) in PLACE_NOUNS:
        return True
    if kb is not None:
        doc = tok.doc
        lo = min((c.i for c in tok.children if c.dep_ in ("compound", "amod")), default=tok.i)
        for start in range(lo, tok.i + 1):
            if kb.place(doc[start:tok.i + 1].text) is not None:
                return True
    return False


def _owner(tok: Token) -> Token | None:
    """Owner of a facility noun: "sites belonging to X", "positions of X", "bases used by X",
    "X's residence", "his home" (a pronoun: its antecedent)."""
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "their"):
            return c  # "its bases" after "X struck": often the agent's own, left to the story
        if c.dep_ == "prep" and lemma(c) == "of":
            got = next((g for g in c.children if g.dep_ == "pobj"), None)
            if got is not None:
                return got
        if c.dep_ in ("acl", "relcl") and lemma(c) in _HOST_VERBS:
            # "bases hosting U.S. troops", "a camp that houses coalition forces": who is there
            got = next((g for g in c.children if g.dep_ == "dobj"), None)
            if got is not None:
                return got
        if c.dep_ in ("acl", "relcl", "amod") and lemma(c) in _OWNER_VERBS:
            for p in c.children:
                if p.dep_ in ("prep", "agent") and lemma(p) in ("to", "by", "with"):
                    got = next((g for g in p.children if g.dep_ == "pobj"), None)
                    if got is not None:
                        return got
        if c.dep_ in ("acl", "relcl") and lemma(c) in _SUPPLY_VERBS \
                and lemma(tok) in active().vehicle_nouns:
            served = _served(c)
            if served is not None:
                return served
    hung = _hung_owner_clause(tok)
    if hung is not None:
        return hung
    for c in tok.children:  # "five militia bases", "rebel positions": the modifier's group
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == tok.i - 1 and is_actorish(c) \
                and _site_lemma(c) not in PLACE_NOUNS:
            return c
    # "missiles at two bases in Iraq that house U.S. troops", the relative clause hung on an
    # earlier noun: the clause that starts right after the facility phrase is about it
    after = tok.right_edge.i + 1
    doc = tok.doc
    if after < len(doc) and doc[after].lower_ in ("that", "which") \
            and doc[after].head.dep_ == "relcl" and lemma(doc[after].head) in _HOST_VERBS \
            and doc[after].head.head.i != tok.i:
        return next((g for g in doc[after].head.children if g.dep_ == "dobj"), None)
    return None


def _served(clause: Token) -> Token | None:
    """Whom a vehicle's load is for: "carrying supplies for X" / "to X", "supplying X" (X, a
    party; not who rides in it, which ``events.passengers`` gives)."""
    for o in clause.children:
        if o.dep_ == "dobj" and lemma(clause) == "supply" and is_actorish(o):
            return o
        if o.dep_ == "dobj" and not is_actorish(o):
            got = next((g for p in o.children if p.dep_ == "prep" and lemma(p) in ("for", "to")
                        for g in p.children if g.dep_ == "pobj" and is_actorish(g)), None)
            got = got or next((g for p in clause.children if p.dep_ == "prep"
                               and lemma(p) in ("for", "to") for g in p.children
                               if g.dep_ == "pobj" and is_actorish(g)), None)
            if got is not None:
                return got
    return None


def _owner_of_clause(clause: Token) -> Token | None:
    """X of an owner participle: "linked to X", "used by X", "belonging to X"."""
    if lemma(clause) not in _OWNER_VERBS or clause.tag_ not in ("VBN", "VBG", "VBD") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children):
        return None
    for p in clause.children:
        if p.dep_ in ("prep", "agent") and lemma(p) in ("to", "by", "with"):
            got = next((g for g in p.children if g.dep_ == "pobj"), None)
            if got is not None:
                return got
    return None


def _hung_owner_clause(tok: Token) -> Token | None:
    """The owner clause of a facility that the parser hung elsewhere after a named place:
    "two depots in eastern Syria linked to X" with "linked" on "Syria" (a named place needs no
    such clause) or on the verb (an adverbial clause right after the object and its place)."""
    for p in tok.children:
        if p.dep_ == "prep" and lemma(p) in LOCATIVE_PREPS:
            for g in p.children:
                if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN"):
                    for c in g.children:
                        if c.dep_ == "acl" and _owner_of_clause(c) is not None:
                            return _owner_of_clause(c)
    if tok.dep_ not in ("dobj", "obj"):
        return None
    verb, doc = tok.head, tok.doc
    for c in verb.children:
        if c.dep_ not in ("advcl", "acl") or c.i <= tok.right_edge.i:
            continue
        between = doc[tok.right_edge.i + 1:c.i]
        places = [t for t in between if t.dep_ == "pobj" and t.head.head.i == verb.i
                  and lemma(t.head) in LOCATIVE_PREPS
                  and (t.ent_type_ in ("GPE", "LOC") or t.pos_ == "PROPN")]
        # only a place phrase of the verb in between ("bombed depots in western Iraq linked to"),
        # or the object's own phrase ends with a named place ("sites in eastern Syria linked to")
        edge = tok.right_edge
        if (places and all(any(t.i in range(pl.head.i, pl.right_edge.i + 1) for pl in places)
                           for t in between)) \
                or (not between and edge.i != tok.i and edge.dep_ == "pobj"
                    and lemma(edge.head) in LOCATIVE_PREPS
                    and (edge.ent_type_ in ("GPE", "LOC") or edge.pos_ == "PROPN")):
            return _owner_of_clause(c)
    return None


# Prepositions that place a strike told without an object ("drones struck near Isfahan").
SITE_PREPS = frozenset({"in", "near", "inside", "outside", "at", "around"})


def foreign_site(verb: Token, actors: Sequence[ActorRef], resolver: Resolver,
                 trigger: int) -> list[ActorRef]:
    """The place a strike told without an object hit, when it lies in another country than
    the striker's ("Turkish jets struck near a village in Duhok province in Iraq": the place,
    as written, and the state it lies in when the sentence names it). A strike at home, or by a
    side of no known country, names no target this way."""
    kb = resolver.kb
    own = {a.country for a in actors if a.country}
    if kb is None or not own or any(c.dep_ in OBJ_DEPS for c in verb.children):
        return []
    for p in verb.children:
        if p.dep_ != "prep" or lemma(p) not in SITE_PREPS:
            continue
        g = next((g for g in p.children if g.dep_ == "pobj"), None)
        if g is None:
            continue
        named = [t for t in g.subtree if t.ent_type_ in ("GPE", "LOC", "FAC")
                 and t.pos_ == "PROPN"]
        if not named:
            continue
        countries = set()
        states: list[ActorRef] = []
        for t in named:
            ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
            place = kb.place(ent.text if ent is not None else t.text)
            if place is not None and place.country:
                countries.add(place.country)
            if place is not None and place.type == "country":
                states += [r for r in resolver.one(t, trigger) if r.kb_id and r.country]
        if not countries or countries & own:
            continue  # at home, or a place the theatre does not know
        lo, hi = g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text)
        states = [r for r in states if r.country not in own]
        if states and all(t.i in (g.i, *(c.i for c in g.children if c.dep_ == "compound"))
                          for t in named):
            return states  # "struck in Syria": the state itself
        site = ActorRef(name=None, kb_id=None, text=doc_text(verb.doc)[lo:hi], start=lo, end=hi)
        return [site] + states
    return []


def hosted_refs(tok: Token, resolver: Resolver, trigger: int) -> list[ActorRef]:
    """Who a struck facility hosts, when a clause says so ("bases hosting U.S. troops",
    "the camp that houses coalition advisers"): they are the target, not the country the
    facility's adjective names ("Iraqi bases hosting ...")."""
    def site(t: Token) -> bool:
        return _site_lemma(t) in FACILITY_NOUNS or _site_lemma(t) in PLACE_NOUNS

    # "Ain al-Asad, a base hosting U.S. troops", "Harir, which houses ...": the named site too
    clauses = [c for s in (tok, *(a for a in tok.children if a.dep_ == "appos" and site(a)))
               if s is not tok or site(tok) or tok.pos_ == "PROPN" for c in s.children]
    for c in clauses:
        if c.dep_ in ("acl", "relcl") and lemma(c) in _HOST_VERBS:
            got = next((g for g in c.children if g.dep_ == "dobj"), None)
            if got is None:
                continue
            hosted = [r for r in resolver.refs(got, trigger) if r.kb_id]
            # "coalition advisers", "U.S. trainers": the body the modifier names
            return hosted or [r for m in got.children if m.dep_ == "compound"
                              for r in resolver.one(m, trigger) if r.kb_id]
    return []


def owner_refs(tok: Token, resolver: Resolver, trigger: int) -> list[ActorRef]:
    """The owner X of a generic facility target ("struck sites belonging to X") as the target,
    its text the whole phrase; of a named site, the owner its apposition names ("Harir, an
    air base used by X")."""
    if _site_lemma(tok) not in FACILITY_NOUNS and lemma(tok) not in active().member_nouns \
            and lemma(tok) not in POPULATION_NOUNS and lemma(tok) not in active().vehicle_nouns:
        # (a vehicle: "a convoy of X", "a car belonging to X")
        site = next((a for a in tok.children if a.dep_ == "appos"
                     and _site_lemma(a) in FACILITY_NOUNS), None) if tok.pos_ == "PROPN" else None
        return owner_refs(site, resolver, trigger) if site is not None else []
    owner = _owner(tok)
    if owner is None:
        return []
    owners = [owner] + [c for c in owner.children  # not "X in Iraq and Syria" parsed as conj
                        if c.dep_ == "conj" and c.ent_type_ not in ("GPE", "LOC", "FAC")]
    refs: list[ActorRef] = []
    for o in owners:
        got = [r for r in resolver.one(o, trigger) if not generic_actor(r)
               and (r.kb_id or o.pos_ != "PRON")]  # "his home": whom "his" names, or nobody
        if not any(r.kb_id for r in got):  # "the Iraqi militia Kata'ib Hezbollah": the name
            named = [r for c in o.children if c.dep_ == "appos"
                     for r in resolver.one(c, trigger) if r.kb_id]
            got = named or got
        refs += got
    doc = resolver.doc
    start = tok.left_edge.idx
    out = []
    for r in refs:
        end = max(r.end or 0, owner.idx + len(owner.text),
                  tok.idx + len(tok.text) if owner.i < tok.i else 0)  # "militia bases"
        out.append(replace(r, text=doc_text(doc)[start:end], start=start, end=end))
    return out


# --------------------------------------------------------------------------- mentions -> refs
class Resolver:
    """Maps argument tokens to ActorRefs using the article's mentions (by character overlap)."""

    def __init__(self, doc: Doc, kb: TheatreKB | None, mentions: Sequence[Mention],
                 attribution: AttributionIndex | None) -> None:
        self.doc = doc
        self.kb = kb
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.attribution = attribution

    def _ref(self, m: Mention) -> ActorRef:
        if self.kb is not None:
            return self.kb.ref(m.kb_id, m.text, m.start, m.end)
        return ActorRef(name=m.name, kb_id=m.kb_id, text=m.text, start=m.start, end=m.end)

    def _generic(self, ref: ActorRef) -> bool:
        """Unlinked, or linked to a generic KB class ("merchants", "protesters")."""
        if ref.kb_id is None:
            return True
        a = self.kb.actors.get(ref.kb_id) if self.kb is not None else None
        return a is not None and a.type == "generic"

    def _in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start < end and start < m.end]

    def in_span(self, start: int, end: int) -> list[ActorRef]:
        """The actors named inside the characters ``start:end``; none named, the words
        themselves as one unlinked actor ("militia depot")."""
        inside = [self._ref(m) for m in self.mentions if start <= m.start and m.end <= end]
        if inside or start >= end:
            return inside
        return [ActorRef(name=None, kb_id=None, text=doc_text(self.doc)[start:end],
                         start=start, end=end)]

    def _kind(self, m: Mention) -> str:
        """"person" or "group" (states, organisations, bodies) for pronoun agreement."""
        a = self.kb.actors.get(m.kb_id) if self.kb is not None and m.kb_id else None
        if a is not None:
            return "person" if a.type == "person" else "group"
        return "person" if m.label == "PERSON" else "group" if m.label in ("ORG", "GPE") else ""

    def _is_subject(self, m: Mention) -> bool:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        while root.dep_ in ("compound", "appos", "conj") and root.head.i != root.i:
            root = root.head
        return root.dep_ in SUBJ_DEPS

    def _plural(self, m: Mention) -> bool:
        """"U.S. troops", "the militias": a plural noun phrase, never what "it" names."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.tag_ in ("NNS", "NNPS")

    def role_antecedent(self, tok: Token, named: Mention | None) -> Token | None:
        """The subject that "he/she" continues when it is a person named by role ("The leader
        of X", "the spokesman") more recent than the person ``named`` as a subject (a person named
        after it as an object is not who "he" continues)."""
        if tok.lower_ not in PERSON_PRONOUNS:
            return None
        near = role_in_sentence(tok)
        if near is not None and (named is None or named.start < near.idx):
            return near  # "... carrying the militia commander because he had ordered ..."
        role = role_subject(tok)
        if role is None or (named is not None and named.start > role.idx
                            and self._is_subject(named)):
            return None
        return role

    def antecedent(self, tok: Token) -> Mention | None:
        """The mention a third-person pronoun refers to: "he/she/him/her/his" the last person
        named before it; "it/its/they/them/their" the speaker of the report the pronoun
        stands in ("the IRGC said it carried out...") or the last state or organisation named
        in its sentence or the one before, a subject before an object ("it" never a plural).
        Never the last name of any kind."""
        low = tok.lower_
        if low == "it" and tok.head.lemma_ == "be" and tok.dep_ in ("nsubj", "expl"):
            return None  # "It was the deadliest attack since ...": the event, not an actor
        if low in PERSON_PRONOUNS:
            people = [m for m in self.mentions
                      if m.end <= tok.idx and self._kind(m) == "person"
                      and (m.kb_id is not None or m.label == "PERSON")]
            if not people:
                return None
            if low in ("him", "her") and tok.dep_ in ("dobj", "dative", "iobj"):
                # "threatened Sudani, warning him ...": an object pronoun takes the person
                # named before it in its own sentence, never its own clause's subject
                own = {c.i for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")}
                here = [m for m in people if m.start >= sent_of(tok).start_char
                        and not any(t.i in own for t in tok.doc.char_span(
                            m.start, m.end, alignment_mode="expand") or ())]
                if here:
                    return here[-1]
            # a subject is the likelier antecedent than an object named after it
            recent = [m for m in people if m.start >= _sentences_back(tok, 2)]
            subjects = [m for m in recent if self._is_subject(m)]
            return (subjects or people)[-1]
        speaker = _reporting_subject(tok)
        if speaker is not None:
            got = [m for m in self._in(speaker.idx, speaker.idx + len(speaker.text))
                   if self._kind(m) == "group"]
            if got:
                return got[-1]
            verb = tok.head.head if tok.dep_ == "poss" else tok.head
            if _disputed_by(verb) is not None:
                return None  # "the militia denied Iraqi reports that it ...": never Iraq
        sent = sent_of(tok)
        lo = sent_of(tok.doc[sent.start - 1]).start_char if sent.start > 0 else sent.start_char
        groups = [m for m in self.mentions if lo <= m.start and m.end <= tok.idx
                  and m.kb_id is not None and self._kind(m) == "group"
                  and not (low in ("it", "its") and self._plural(m))
                  and not self._modifying_demonym(m)]
        # "X, Tehran's closest ally, ... its fighters": a possessor inside the apposition that
        # describes another candidate is not what the pronoun continues; X is
        groups = [m for m in groups if not self._described_possessor(m, groups)]
        if low in ("them", "their") and any(self._plural(m) for m in groups):
            # "sanction the judges who freed them" after "the militias": a plural, not a state
            groups = [m for m in groups if self._plural(m)]
        # as for "he": a subject is the likelier antecedent than an object named after it
        subjects = [m for m in groups if self._is_subject(m)]
        return (subjects or groups)[-1] if groups else None

    def _modifying_demonym(self, m: Mention) -> bool:
        """A demonym that only describes a thing ("Iranian gas", "an Iranian drone", "American
        aid"): the state is named as an attribute, never what "it" or "they" continue."""
        if m.method != "demonym":
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and len(span) == 1 and span.root.dep_ in ("amod", "compound") \
            and span.root.head.i != span.root.i

    def _described_possessor(self, m: Mention, groups: Sequence[Mention]) -> bool:
        """Whether ``m`` stands inside an apposition describing another of ``groups``
        ("Kata'ib Hezbollah, [Iran's] strongest partner in [Iraq]": Iran, Iraq), as its
        possessor or in its phrases."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("poss", "pobj", "compound"):
            return False
        tok = span.root.head
        while tok.dep_ != "appos" and tok.head.i != tok.i and tok.dep_ in ("poss", "compound",
                                                                          "amod", "pobj", "prep"):
            tok = tok.head
        if tok.dep_ != "appos":
            return False
        head = tok.head
        return any(o is not m and o.start <= head.idx < o.end for o in groups)

    def unnamed_speaker(self, tok: Token, trigger: int) -> list[ActorRef]:
        """"it/they" as the subject of a report whose speaker no mention names ("the ministry
        said it had expelled ...", "the rebels say they freed ..."): the speaker's own words,
        when its number agrees ("it" is never "the rebels") and it names someone."""
        low = tok.lower_
        speaker = _reporting_subject(tok)
        if speaker is None or speaker.pos_ == "PRON" or low not in GROUP_PRONOUNS or (
                low in ("it", "its") and speaker.tag_ in ("NNS", "NNPS")):
            return []
        got = [r for r in self.one(speaker, trigger) if not generic_actor(r)]
        return [replace(got[0], start=tok.idx, end=tok.idx + len(tok.text))] if got else []

    def _member_group(self, tok: Token, trigger: int, *, of: bool = True) -> list[ActorRef]:
        """The organisation "fighters of X" / "militants from X" / "forces loyal to X" /
        "companies run by X" names, X a linked group that is not a state, a generic class or
        a place (``of``: "of/from X" counts too)."""
        preps = [c for c in tok.children if c.dep_ == "prep" and lemma(c) in ("of", "from")] \
            if of else []
        preps += [p for c in tok.children if c.dep_ in ("amod", "acl", "relcl")
                  and lemma(c) in _LOYAL_WORDS for p in c.children
                  if p.dep_ == "prep" and lemma(p) in ("to", "with")]
        preps += [p for c in tok.children if c.dep_ in ("acl", "relcl")
                  and lemma(c) in _OWNER_VERBS for p in c.children if p.dep_ == "agent"]
        for c in preps:
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                got = [r for r in self.one(g, trigger) if r.kb_id and not self._generic(r)
                       and not place_ref(r, self.kb) and not self._state(r)]
                if got:
                    start = tok.left_edge.idx
                    end = max(got[0].end or 0, tok.idx + len(tok.text))
                    return [replace(got[0], text=doc_text(self.doc)[start:end], start=start,
                                    end=end)]
        return []

    def _titled_person(self, tok: Token) -> list[ActorRef]:
        """"President of the Republic Abdul Latif Rashid", "Chairman of the Mobilization
        Commission Falih al-Fayyadh": a capitalised title whose "of" phrase is a body's name
        run into a person's name (the parser hangs the name on the body) is that person; not
        "the brother of X", whose "of" phrase is the name alone, nor "the envoy of the Iraqi
        leader X", whose words before the name are not all a name's."""
        if not tok.text[:1].isupper() or tok.ent_type_ == "PERSON" or tok.pos_ == "PRON":
            return []
        for of, g in ((c, g) for c in tok.children if c.dep_ == "prep" and lemma(c) == "of"
                      for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"):
            people = [m for m in self._in(g.idx, g.idx + len(g.text)) if m.label == "PERSON"]
            if not people:
                continue
            person = max(people, key=lambda m: m.end - m.start)
            # (the body may be a pobj of its own: "of [the Commission] [Falih al-Fayyadh]")
            before = [t for t in self.doc[of.i + 1:g.i + 1]
                      if t.idx < person.start and not t.is_punct and t.lower_ != "the"]
            if before and all(t.text[:1].isupper() for t in before):
                return [self._ref(person)]
        return []

    def _possessor(self, tok: Token, trigger: int) -> list[ActorRef]:
        """Whom the possessive pronoun of "its members", "their fighters" names, the text the
        whole phrase."""
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        got = self.one(poss, trigger) if poss is not None else []
        if not got:
            return []
        start, end = tok.left_edge.idx, tok.idx + len(tok.text)
        return [replace(got[0], text=doc_text(self.doc)[start:end], start=start, end=end)]

    def _coordinated_before(self, start: int, ref: ActorRef) -> list[ActorRef]:
        """Linked names joined by "and" or commas to the mention ``ref`` inside one phrase
        ("U.S. and British", "Iraqi, Kurdish and U.S."), left of it from ``start`` on."""
        out: list[ActorRef] = []
        right = ref.start or 0
        for m in reversed(self._in(start, right)):
            between = doc_text(self.doc)[m.end:right].strip(" ,")
            if m.end > right or between not in ("and", ""):
                break
            r = self._ref(m)
            if not r.kb_id or self._generic(r):
                break
            out.insert(0, r)
            right = m.start
        return out

    def _state(self, ref: ActorRef) -> bool:
        a = self.kb.actors.get(ref.kb_id) if self.kb is not None and ref.kb_id else None
        return a is not None and a.type == "state"

    def refs(self, tok: Token, trigger: int, seen: set[int] | None = None) -> list[ActorRef]:
        seen = seen if seen is not None else set()
        if tok.i in seen:
            return []
        seen.add(tok.i)
        out = self.one(tok, trigger)
        for c in tok.children:
            if c.dep_ == "conj" and _stolen_subject(c) is None:
                out += self.refs(c, trigger, seen)
        return out

    def one(self, tok: Token, trigger: int) -> list[ActorRef]:
        head_start, head_end = tok.idx, tok.idx + len(tok.text)
        left = tok.left_edge
        # premodifiers + head, but not a coordinated sibling to the right
        span_start = left.idx
        covering = [m for m in self._in(head_start, head_end)]
        if covering:
            ref = self._ref(max(covering, key=lambda m: m.end - m.start))
            if ref.kb_id and self._generic(ref) and tok.tag_ in ("NNS", "NNPS"):
                # "Harakat al-Nujaba fighters": members of the group named before the head
                named = [m for m in self._in(span_start, head_start) if m.kb_id
                         and not self._generic(self._ref(m)) and self._kind(m) == "group"]
                if named:
                    return [self._ref(named[-1])]
            if ref.kb_id and self._generic(ref) and lemma(tok) in active().member_nouns:
                # "fighters of X", "militants from X": the group they belong to (not a state
                # or a place: "fighters from Syria" are no Syrian act)
                group = self._member_group(tok, trigger) or self._possessor(tok, trigger)
                if group:
                    return group
            if tok.pos_ == "NOUN" and (not ref.kb_id or self._generic(ref)):
                # "the Iraqi militia Kata'ib Hezbollah": the name in apposition, not the class
                # (a name stays a name: "Adil, a Kurdish official" is Adil)
                named = [r for c in (*(c for c in tok.children if c.dep_ == "appos"
                                       and c.pos_ == "PROPN"), *_called(tok))
                         for r in self.one(c, trigger) if r.kb_id and not self._generic(r)]
                if named:  # also "a militia called X", "the group known as X"
                    return named[:1]
            if ref.kb_id and not self._generic(ref) and (ref.start or 0) > span_start:
                # "U.S. and British warplanes": every side the coordinated modifiers name
                sides = self._coordinated_before(span_start, ref)
                if sides:
                    return [*sides, ref]
            end = _place_end(tok)
            if ref.kb_id and self._generic(ref) and (ref.start or 0) > span_start and (any(
                    not m.kb_id and m.label in ("NORP", "GPE") and m.end <= (ref.start or 0)
                    for m in self._in(span_start, ref.start or 0)) or any(
                    t.lemma_.lower() in _BACKING_WORDS and t.idx < (ref.start or 0)
                    for t in self.doc[left.i:tok.i])):
                # "Kurdish officials": the community the KB does not link stays in the words;
                # "Iran-backed fighters": so do the words that say whose they are
                ref = replace(ref, text=doc_text(self.doc)[span_start:ref.end or head_end],
                              start=span_start)
            if self._generic(ref) and ref.start == left.idx and end > (ref.end or end):
                ref = replace(ref, text=doc_text(self.doc)[left.idx:end], end=end)
            elif not ref.kb_id:
                end = _name_end(tok)  # "Ministerial Council" + "for National Security"
                if end > (ref.end or end):
                    ref = replace(ref, text=doc_text(self.doc)[min(left.idx, ref.start or left.idx):end],
                                  end=end)
            return [ref]
        titled = self._titled_person(tok)
        if titled:
            return titled
        if lemma(tok) in LEGISLATOR_NOUNS and tok.tag_ in ("NNS", "NNPS") and any(
                c.dep_ in ("amod", "det") and c.lower_ in GENERIC_QUANTIFIERS for c in tok.children):
            # "many Sunni and Kurdish lawmakers": some legislators of a camp, not the camp (nor
            # its party) acting; "several European countries" still name their actors
            return []
        inner = [m for m in self._in(span_start, head_start)
                 if not any(t.dep_ in ("prep",) for t in self.doc.char_span(
                     m.start, m.end, alignment_mode="expand") or ())]
        if inner and lemma(tok) in PLACE_PARTS and _possessed_by_place(tok, inner):
            return []  # "Baghdad's outskirts", "the capital's Karrada district": a place
        if lemma(tok) in OPPOSITE_NUMBER_NOUNS:
            # "his Lebanese counterpart, Michel Aoun": the name in apposition, else the side
            named = [r for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     for r in self.one(c, trigger) if r.kb_id or c.ent_type_ == "PERSON"]
            if named:
                return named[:1]
        if inner and lemma(tok) in _RELATION_NOUNS:
            # "Iran's proxies", "Washington's allies": others, whom the text leaves unnamed
            # ("its Iraqi partners", "the American enemy": the modifier says who they are)
            poss = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                    for c in tok.children if c.dep_ == "poss"]
            inner = [m for m in inner if not any(lo <= m.start < hi for lo, hi in poss)]
            if not inner:
                return []
        if inner and lemma(tok) in COMMUNITY_MEMBERS | LEGISLATOR_NOUNS and all(
                not m.kb_id and m.end <= head_start and (
                    m.label == "NORP"  # (or one word the tagger took for a person: "Druze";
                    # an organisation's name stays one: "the ASEAN leaders")
                    or (m.label == "PERSON" and len(m.text.split()) == 1))
                for m in inner):
            # "Kurdish lawmakers", "Sunni clerics": people of a community the KB does not
            # link, named by the whole phrase, not by the bare adjective ("the Shiite cleric
            # Muqtada al-Sadr": the name in apposition, when it is linked)
            named = [r for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     for r in self.one(c, trigger) if r.kb_id]
            if named:
                return named[:1]
            return [ActorRef(name=None, kb_id=None, text=doc_text(self.doc)[span_start:head_end],
                             start=span_start, end=head_end)]
        if inner:
            return [self._ref(m) for m in inner]
        low = lemma(tok)
        if tok.lower_ in ("who", "whom") and tok.head.dep_ == "relcl" \
                and tok.head.head.i != tok.i and tok.head.head.pos_ in ("PROPN", "NOUN"):
            return self.one(tok.head.head, trigger)  # "X, who was killed by ...": X
        if tok.pos_ == "PRON":
            owner = claim_owner(tok) if low in GROUP_PRONOUNS | PERSON_PRONOUNS else None
            if owner is not None and (owner.ent_type_ == "PERSON") == (low in PERSON_PRONOUNS):
                # "X rejected Y's claim that it had hit Z": Y, not X ("he": a person's claim)
                got = [r for r in self.one(owner, trigger) if not place_ref(r, self.kb)]
                if got:
                    return [replace(got[0], text=tok.text if got[0].kb_id else got[0].text,
                                    start=head_start, end=head_end)]
            if low in PRONOUNS_SPEAKER and self.attribution is not None:
                spk = self.attribution.for_trigger(trigger).speaker
                if spk is not None:
                    return [spk]
            if low in PRONOUNS_3RD or tok.lower_ in PRONOUNS_3RD:
                m = self.antecedent(tok)
                role = self.role_antecedent(tok, m)
                if role is not None:  # "The leader of X said ... He warned": X, or nobody
                    got = [r for r in self.one(role, trigger) if r.kb_id and not self._generic(r)]
                    if got:
                        return [replace(got[0], text=tok.text, start=head_start, end=head_end)]
                    if m is None or m.start > role.idx or not _definite(role) \
                            or role.dep_ not in ("nsubj", "nsubjpass"):
                        return []  # "A spokesman for the group met X. He warned": not X
                    # "the president wrote ... He called": the title names the person before
                if m is not None:  # an unlinked antecedent keeps its own words as the text
                    return [replace(self._ref(m), text=tok.text if m.kb_id else m.text,
                                    start=head_start, end=head_end)]
                if role is None:  # "the ministry said it expelled ...": the unnamed speaker
                    return self.unnamed_speaker(tok, trigger)
            return []
        for c in tok.children:  # apposition: "the spokesman, Vedant Patel"
            # "X, one of the armed factions": a class the head belongs to, not its identity;
            # "two groups, X and Y": every name the apposition coordinates
            if c.dep_ == "appos" and not (c.like_num or lemma(c) in QUANTIFIERS):
                got = self.refs(c, trigger, {tok.i})
                if got:
                    return got
        for c in _called(tok) if tok.pos_ == "NOUN" else ():  # "a group known as X"
            got = [r for r in self.one(c, trigger) if r.kb_id and not self._generic(r)]
            if got:
                return got
        if tok.like_num or low in QUANTIFIERS:  # "two of its members", "dozens of protesters"
            for c in tok.children:
                if c.dep_ == "prep" and lemma(c) == "of":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            return self.one(g, trigger)
        members = active().member_nouns
        if low in members or low in FORCE_NOUNS or low in active().weapon_nouns:
            got = self._possessor(tok, trigger)
            if got:  # "its members", "their fighters", "its jets": the organisation
                return got
        if low in members or low in FORCE_NOUNS or low in _AFFILIATE_NOUNS \
                or low in _ATTACKER_NOUNS:
            # "forces loyal to X", "militiamen affiliated with X", "individuals linked to X",
            # "front companies run by X"
            group = self._member_group(tok, trigger, of=low not in _AFFILIATE_NOUNS)
            if group:
                return group
        if low in _WEB_NOUNS:  # "a network of companies run by X": theirs
            for g in (g for c in tok.children if c.dep_ == "prep" and lemma(c) == "of"
                      for g in c.children if g.dep_ == "pobj"):
                got = [r for r in self.one(g, trigger) if r.kb_id and not self._generic(r)]
                if got:
                    return got
        if low in ("government", "leadership") and tok.tag_ == "NNS" or low == "government":
            # "the governments of the United States and Iraq": the states themselves
            of = next((g for c in tok.children if c.dep_ == "prep" and lemma(c) == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
            linked = [r for r in self.refs(of, trigger) if r.kb_id] if of is not None else []
            if linked:
                return linked
        if low in members or low in _POPULATION_NOUNS:
            # "leaders of the militia", "a commander of X", "a spokesman for X", "an official
            # from X": the organisation; "the people of Kurdistan", "the citizens of Iraq": the
            # polity whose people they are
            of = next((g for c in tok.children if c.dep_ == "prep"
                       and lemma(c) in ("of", "for", "from")
                       for g in c.children if g.dep_ == "pobj"), None)
            linked = [r for r in self.one(of, trigger) if r.kb_id] if of is not None else []
            if linked:
                end = max(linked[0].end or head_end, head_end)
                return [replace(linked[0], text=doc_text(self.doc)[span_start:end], start=span_start,
                                end=end)]
            if low in _POPULATION_NOUNS and of is not None and of.pos_ == "PROPN":
                # a polity the KB does not know as an actor: its people, named in full
                end = of.right_edge.idx + len(of.right_edge.text)
                return [ActorRef(name=None, kb_id=None, text=doc_text(self.doc)[span_start:end],
                                 start=span_start, end=end)]
        if not is_actorish(tok):
            return []
        start = span_start
        while start < head_start and self.doc[tok.left_edge.i].is_punct:
            break
        end = max(_place_end(tok), head_end)
        text = doc_text(self.doc)[start:end]
        if self.kb is not None and end == head_end:
            hits = self.kb.lookup(text)
            if len(hits) == 1:
                return [self.kb.ref(hits[0].id, text, start, head_end)]
        return [ActorRef(name=None, kb_id=None, text=text, start=start, end=end)]


# Modifiers that say whose proxies a class of fighters is: "Iran-backed", "Tehran-aligned".
_BACKING_WORDS = frozenset({"back", "backed", "align", "aligned", "ally", "allied", "sponsor",
                            "sponsored", "support", "supported", "fund", "funded", "arm",
                            "armed", "affiliate", "affiliated", "link", "linked", "loyal"})
# Allegiance that makes people or forces a group's: "forces loyal to X", "gunmen linked to X".
_LOYAL_WORDS = frozenset({"loyal", "affiliated", "affiliate", "linked", "link", "allied", "ally",
                          "belonging", "belong", "tied", "tie", "aligned", "align"})
# People and bodies that are a group's when a clause ties them to it ("individuals linked to
# X", "companies run by X"), never by "of" alone ("companies of the region").
_AFFILIATE_NOUNS = frozenset({"individual", "person", "entity", "company", "firm", "businessman",
                              "businessmen", "front", "facilitator", "financier", "associate",
                              "cell", "smuggler", "bank", "exchange", "agent", "network", "ring"})
# Who does an attack: "a suicide bomber from X", "gunmen of X" are X's.
_ATTACKER_NOUNS = frozenset({"bomber", "gunman", "attacker", "assailant", "sniper", "militiaman",
                             "insurgent", "jihadist", "fighter", "militant",
                             # a group's crowd: "supporters of X stormed ..."
                             "supporter", "follower", "loyalist", "partisan"})
# Webs of people or firms: "a network of companies run by X" is X's.
_WEB_NOUNS = frozenset({"network", "ring", "web"})
def _called(tok: Token) -> list[Token]:
    """The name a participle gives a noun: "a militia called X", "the group known as X"."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "acl" and lemma(c) in ("call", "name", "dub"):
            out += [g for g in c.children if g.dep_ in ("oprd", "attr") and g.pos_ == "PROPN"]
        elif c.dep_ == "acl" and lemma(c) == "know":
            out += [g for p in c.children if p.dep_ == "prep" and lemma(p) == "as"
                    for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return out


# A party's forces and craft: "its jets struck ...", "their troops" are the party's acts.
FORCE_NOUNS = frozenset({"force", "troop", "aircraft", "warplane", "jet", "plane", "helicopter",
                         "warship", "navy", "artillery", "army", "military", "unit"})
# The people of a polity stand for it ("stands with the people of Kurdistan").
_POPULATION_NOUNS = frozenset({"people", "citizen", "citizens", "population", "nation"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
# Adjectives of readiness: "is willing/ready to V" states an intent to V, not V done.
WILLING_WORDS = frozenset({"willing", "ready", "prepared", "eager", "keen"})
# Haste that tells the act done: "was quick / swift to condemn the raid" (see modality).
QUICK_WORDS = frozenset({"quick", "swift", "fast", "prompt"})
GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})


def _definite(tok: Token) -> bool:
    """"the president", "the spokesman": a title that refers back to someone named."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def _sentences_back(tok: Token, n: int) -> int:
    """Character offset of the start of the sentence ``n`` sentences before ``tok``'s."""
    sent = sent_of(tok)
    for _ in range(n):
        if sent.start == 0:
            break
        sent = sent_of(tok.doc[sent.start - 1])
    return sent.start_char
# Legislators named by their camp ("Kurdish lawmakers"): with a quantifier, no one in particular.
LEGISLATOR_NOUNS = frozenset({"lawmaker", "legislator", "mp", "parliamentarian", "deputy",
                              "politician", "senator", "congressman", "representative"})
# People named by a community adjective the theatre does not link ("Sunni clerics", "Kurdish
# elders", "the Kurdish groups"): the phrase is the actor, not the adjective.
COMMUNITY_MEMBERS = frozenset({"cleric", "elder", "leader", "official", "activist", "protester",
                               "demonstrator", "tribesman", "fighter", "politician", "lawmaker",
                               "student", "resident", "villager", "worker", "notable", "chief",
                               "figure", "scholar", "party", "group", "faction", "movement",
                               "organization", "organisation", "rebel", "militant"})
# Quantifiers that pick out some members of a class ("many lawmakers").
GENERIC_QUANTIFIERS = frozenset({"many", "some", "several", "few", "numerous", "various",
                                 "most", "certain"})
QUANTIFIERS = frozenset({"some", "many", "several", "dozen", "dozens", "score", "scores",
                         "hundred", "hundreds", "thousand", "thousands", "none", "all", "most",
                         "few", "one", "two", "three", "four", "five", "number"})
# Nouns whose possessive is what the act was done to when no "of X" follows: "her release",
# "his killing", "their arrest" (but "Iran's arrest of X": Iran acts).
PATIENT_NOUNS = frozenset({"release", "freeing", "liberation", "arrest", "detention", "killing",
                           "assassination", "death", "capture", "kidnapping", "abduction",
                           "execution", "murder", "torture", "extradition", "deportation",
                           "expulsion", "imprisonment", "injury", "rescue"})


# Nouns of what a party says of its own deeds: in "Y's claim that it had hit Z" the pronoun is
# Y (not the one who rejects the claim); an accusation, an allegation or a report is about
# someone else ("denied Y's accusation that it had armed Z": the denier).
OWN_CLAIM_NOUNS = frozenset({"claim", "assertion", "boast", "contention", "insistence",
                             "announcement"})


def claim_owner(tok: Token) -> Token | None:
    """Who owns the claim whose "that" clause the pronoun ``tok`` is the subject (or the
    subject's possessive) of: the claim's possessive or its "by X" ("Iran's claim that it
    struck", "claims by the group that its fighters downed"); None when the claim has no owner
    named, the clause only says what the pronoun is ("that it was behind the attack"), or the
    owner is a pronoun."""
    verb = tok.head.head if tok.dep_ == "poss" and tok.head.dep_ in SUBJ_DEPS else tok.head
    if tok.dep_ not in SUBJ_DEPS | PASS_SUBJ_DEPS and tok.dep_ != "poss":
        return None
    noun = verb.head
    if verb.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" \
            or lemma(noun) not in OWN_CLAIM_NOUNS or lemma(verb) == "be" \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (g for c in noun.children if c.dep_ == "prep" and lemma(c) == "by"
         for g in c.children if g.dep_ == "pobj"), None)
    return owner if owner is not None and owner.pos_ != "PRON" else None


# Nouns of what is said of a party, and the verbs that dispute it: in "X denied reports that it
# had hit Z" the pronoun is X, never whoever the report is ascribed to ("Iraqi reports").
REPORT_NOUNS = frozenset({"report", "accusation", "allegation", "charge", "claim", "assertion",
                          "suggestion", "rumour", "rumor", "speculation"})
DISPUTE_VERBS = frozenset({"deny", "refute", "reject", "dismiss", "dispute", "rebuff",
                           "disavow", "rebut"})


_REACTING = frozenset({"mourn", "lament", "deplore", "regret", "investigate", "probe",
                       "welcome", "hail", "praise", "applaud", "celebrate"})


def reacted_to(verb: Token) -> bool:
    """"condemned / denied / reported the attack that killed Y": a verb that tells what one
    thinks or says of an act, whose subject did not do it."""
    rules = active()
    low = lemma(verb)
    return low in ACCUSING or low in DECRY_VERBS or low in DISPUTE_VERBS or low in _REACTING \
        or low in rules.speech_verbs or low in rules.reporting_events


def _disputed_by(verb: Token) -> Token | None:
    """The subject of the verb that disputes the report whose "that" clause ``verb`` heads
    ("the militia denied Iraqi reports that it had ..." -> the militia), or None."""
    noun = verb.head
    if verb.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" \
            or lemma(noun) not in REPORT_NOUNS or noun.dep_ not in ("dobj", "obj") \
            or lemma(noun.head) not in DISPUTE_VERBS:
        return None
    return next((c for c in noun.head.children if c.dep_ in SUBJ_DEPS), None)


def _reporting_subject(tok: Token) -> Token | None:
    """The subject of the speech verb whose reported clause ``tok`` is the subject of
    ("the Guards said they had fired the missiles" -> the Guards), or of the verb that disputes
    a report the clause tells (:func:`_disputed_by`), or None."""
    if tok.dep_ not in SUBJ_DEPS | PASS_SUBJ_DEPS and tok.dep_ != "poss":
        return None
    verb = tok.head
    if tok.dep_ == "poss":  # "the group said its fighters attacked"
        verb = verb.head
    disputer = _disputed_by(verb)
    if disputer is not None:
        return disputer
    for _ in range(3):
        if verb.dep_ in ("ccomp", "conj", "xcomp") and verb.head.i != verb.i:
            gov = verb.head
            rules = active()
            if lemma(gov) in rules.speech_verbs or lemma(gov) in rules.reporting_events \
                    or lemma(gov) in ("claim", "admit", "confirm", "announce"):
                return next((c for c in gov.children if c.dep_ in SUBJ_DEPS), None)
            verb = gov
        else:
            return None
    return None


def _name_end(tok: Token) -> int:
    """End offset of a proper name that goes on after its head with "for/of" and capitalised
    words ("the Ministerial Council for National Security"); the head's end otherwise."""
    for c in tok.children:
        if c.dep_ == "prep" and lemma(c) in ("for", "of") and c.i == tok.i + 1:
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if objs and all(t.pos_ == "PROPN" or t.is_title
                            for t in tok.doc[c.i + 1:objs[0].right_edge.i + 1]):
                return objs[0].right_edge.idx + len(objs[0].right_edge.text)
    return tok.idx + len(tok.text)


def _place_end(tok: Token) -> int:
    """End offset of an unlinked actor phrase with its place ("its allies in Iraq",
    "merchants in Tehran"); the head's end when it has none."""
    for c in tok.children:
        if c.dep_ == "prep" and lemma(c) in ("in", "from", "inside") and c.i > tok.i:
            objs = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
            if objs:
                return objs[0].idx + len(objs[0].text)
    return tok.idx + len(tok.text)


def own_possession(tok: Token) -> bool:
    """"threatened to close its embassy": what the actor owns is not a target."""
    if tok.dep_ not in OBJ_DEPS | PASS_SUBJ_DEPS:
        return False  # "provide weapons to its allies": a recipient, not a possession
    if lemma(tok) in OPPOSITE_NUMBER_NOUNS and any(
            c.dep_ in ("amod", "compound", "appos") and (c.ent_type_ or c.tag_ == "NNP")
            for c in tok.children):
        return False  # "met his Iraqi counterpart": the other side's office holder
    return any(c.dep_ == "poss" and c.pos_ == "PRON" and lemma(c) not in ("your",)
               for c in tok.children) and tok.ent_type_ == ""


def ref_key(ref: ActorRef) -> str:
    if ref.kb_id:
        return ref.kb_id
    from brinkwatch.kb.model import norm_key

    return "text:" + norm_key(ref.text)


def dedupe(refs: Iterable[ActorRef]) -> tuple[ActorRef, ...]:
    out: dict[str, ActorRef] = {}
    for r in refs:
        out.setdefault(ref_key(r), r)
    return tuple(out.values())


def state_executive(kb: Any, state: Any) -> str | None:
    """The KB id of a state's own executive ("Iraqi government"), not a region's ("Kurdistan
    Regional Government"); None when the KB has not exactly one."""
    names = {state.name.lower(), *(d.lower() for d in state.demonyms)}
    govs = [a.id for a in kb.actors.values() if a.type == "state_body"
            and a.country == state.country and a.name.lower().endswith("government")
            and any(n in a.name.lower().split() for n in names)]
    return govs[0] if len(govs) == 1 else None
