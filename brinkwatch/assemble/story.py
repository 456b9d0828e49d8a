"""assemble.story.v1: one record per real event of an article, arguments filled from the story.

Steps, in order (each a small pure function over the article's candidates):

1. **Non-actors out.** A weapon ("armed drones", "rockets") is no agent: it leaves the actor
   list (reason ``weapon``); so does a state whose own organ is the target of its material
   act ("the United States" -> "U.S. personnel", reason ``own-side``). A member or a facility whose owner the text names ("a member of
   X", "the headquarters of X", "X's base") becomes X (reasons ``member``, ``owner``).
   A bare "the government" is the executive of the state the story is about (reason
   ``home-government``, see :func:`home_government`); a title named alone ("the President")
   is the holder of that office the story named last (reason ``title``). A definite
   description by a role or body noun ("the spokesman", "the ministry", "the envoy", "the
   brigades"; :data:`ROLE_NOUNS`) is the party the story introduced with that noun (its title
   "foreign ministry spokesman X", a possessive "Syria's foreign ministry", its KB names), or,
   in a sentence headed by a place ("In Baghdad, the foreign ministry ..."), that state's one
   body the description names (reason ``description``); also as the subject of an act the
   coder gave no actor ("The brigades urged ..."), when the story names its party. An act
   the coder gave no actor takes the linked subject of the clause that governs it ("X
   answered ..., vowing that ...", "X voiced concern during talks with Y"; reason
   ``governing-subject``); a bare title the parse cut off its name is the person named right
   after it ("President" of "President of the Republic X condemned"; reason ``title``); a
   pronoun the coder linked to a class ("They" for "fighters") whose last mention named its
   party ("X fighters") is that party (reason ``members``).
   A verbal act whose subject is a weapon ("rounds slammed into the base") is no speech act
   and leaves; an act of "whoever" might do it is a hypothesis.
2. **Background.** An event the text dates more than :data:`BACKGROUND_DAYS` before
   publication, or over a "since ..." range, or told inside a "since ..." landmark ("the
   deadliest attack since a rocket strike killed ...", unless dated within :data:`LEAD_DAYS`)
   is background: kept, flagged, not news; so is a participle of a lasting stance that says
   who its actor is ("the coalition fighting Islamic State", "militias backing Tehran"), and
   an undated act of a lasting past ("have clashed for decades") or of an earlier, unnamed
   time ("had previously attacked", "had once seized", "many times before", "have repeatedly
   struck"), which never joins the news act of the same sides. A material act whose own
   sentence gives its day, with a linked doer and target, is news however long ago ("U.S.
   jets struck X on December 29, 2019"), as analysts code it.
3. **Event coreference.** An act told as what another answers ("struck X in response to the
   attack on Y") never joins a record of the answering agent, nor do its casualties.
   An agentless casualty clause hung on an attack told with its agent
   ("an airstrike ..., in which two officers were killed") joins that attack first, and a
   participle of the same speaker that judges the act ("condemned the raid, calling it a
   breach of X's sovereignty") joins the statement without making X its target. Then
   candidates of the same type whose actors and targets are compatible
   (they share a linked actor, or the same group noun: "diplomatic missions"; or one side
   names no linked actor: "the strikes", "the raids", "two guards", a casualty sentence; an
   agent named but unknown to the KB, "its Guards", is no missing one) and
   whose dates agree are one event: every span is kept,
   the linked arguments of all tellings are pooled (reason ``coreference``).
4. **Implicit agents.** An attack the text tells without its agent takes the group that claims
   it in the story (``claim``), else the party the story blames for it (``attribution``,
   modality alleged; blame told as a guess, "X was probably behind it", names no one), else
   an explicit unknown (``unknown-agent``); never a guessed actor.
   A condemnation or protest of "the attack", or a threat made for it ("vowed revenge for the
   killing"), with no target of its own aims at the agent of the story's attack (reason
   ``anaphora``), never at its victim. A rejection of an accusation aims at the accuser also
   when the accusation named the rejecting party by a kind noun that fits it ("accused an
   Iraqi armed faction" answered by a militia of Iraq; reason ``accuser``); also a denial of a
   role ("denied any role in the strike", "denied responsibility"), and a rejection of a claim
   the story reports one party making about the rejecting side ("X said that Y had ...; Y
   rejected the claim"; reason ``accuser``). "The strike" a reaction is about is an act of
   force the story tells, never its sanctions; a vow "to respond to the strike" answers it.
   An attack told as an answer ("In response, X attacked a military outpost") whose target
   is no party aims at the one agent the story told attacking X's side before it (reason
   ``retaliation``); a demand with no addressee told right after an act of the same speaker
   aimed at one party ("summoned the Turkish envoy. It demanded an apology") is addressed to
   that party (reason ``addressee``). A headline's act whose target is no party the KB knows
   ("US Jets Bomb Militia Sites") is the lead's agentless telling of it, and victims told with
   no agent in the sentence right after an act whose target is no party ("struck a convoy.
   Five fighters of X were killed") are that act's (reason ``coreference``).
5. **Casualty and damage claims** ("at least 3 killed", "dozens wounded", "damaged the
   office") are attached to their attack, with who says so, not coded as separate events.
6. **Dates.** An undated event takes the date of its coreferent tellings, else the day its
   sentence's main clause gives ("announced on Tuesday that ..."), else (material acts) the
   date of the first dated telling of its type, else (a quote, or an act of the
   speaker named again at the head of the next sentence) the day of that speaker's dated
   statement ("X announced late on Tuesday that ..."; ``speaker-date``), else (material
   conflict) the day of the story's first clause of that type that gives one, even one the
   coder made no event of ("rockets were launched shortly after midnight on Friday";
   ``attack-date``), else
   the lead's date (headline and lead), else the publication date as an upper bound
   (``precision: "reported"``): no asserted event of a dated article stays silently undated
   (the dateline's day, when it gives one, is the tighter bound). A day counts as recent news
   from one day after publication (the small hours there of a story dated here the evening
   before) to :data:`LEAD_DAYS` before it.
7. **Precision rule.** What still has no actor is an incomplete mention (stored with
   ``incomplete``, not exported by default), and so is a directed act with no target the
   text or the story gives (reason ``no-target``) — except a threat, which may be aimed at
   whoever acts; each record gets its deterministic id.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, NamedTuple

from brinkwatch.extract.arguments import material_act, noun_actor, state_executive
from brinkwatch.extract.events import quoted_label
from brinkwatch.extract.lexicon import verb_senses
from brinkwatch.extract.modality import DENY_VERBS
from brinkwatch.extract.ontology import event_type
from brinkwatch.extract.rules import active
from brinkwatch.extract.syntax import doc_text
from brinkwatch.extract.time import dateline_date, publication_date, reference_date
from brinkwatch.extract.triggers import (
    EXCLUDING_VERBS,
    FORCE_RESPONSE_VERBS,
    JUDGING_VERBS,
    NAMING_VERBS,
    READINESS_VERBS,
    RESPONSE_VERBS,
    SHARE_NOUNS,
    TOLERANCE_WARNING_VERBS,
    answered_by_force,
    anyone_who,
    consequence,
    hostile_condition,
    impunity_denied,
    no_evidence,
    promised_consequence,
    response_verb,
    weapon_head,
)
from brinkwatch.names import norm_name
from brinkwatch.records import (
    ActorRef,
    Attribution,
    Casualty,
    Completion,
    DateRef,
    Event,
    Evidence,
    Mention,
    Modality,
    event_id,
)

VERSION = "assemble.story.v1"

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # mutual acts: A with B = B with A
BACKGROUND_DAYS = 90  # dated this long before publication: background, not news
# Types whose tellings carry an agent that the story may give elsewhere.
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
# The word lists (weapons, member nouns, owned nouns) are rule data: ``member_nouns``,
# ``weapon_nouns`` and ``owned_nouns`` of extract/data/rules.yaml (read through ``active()``).
_OWNER_AFTER_RE = re.compile(r"\s+(?:of|within|from)\s+(?:the\s+|its\s+)?", re.IGNORECASE)
# Units of an organisation named by the text as "the ... Force of X": X acts through them.
_UNIT_NOUNS = frozenset({"force", "unit", "brigade", "wing", "branch", "division", "arm",
                         "battalion", "regiment", "squadron"})
_GENERIC_DETS = frozenset({"every", "each", "any", "no", "all", "most", "many", "some"})
# Verbs of a refusal (also negated acceptances): not stances ("oppose any legislation", whose
# author the story gives) nor dismissals of claims (denials, above).
_REFUSING = frozenset({"refuse", "decline", "reject", "rebuff", "spurn", "rule", "turn", "say",
                       "accept", "agree", "allow", "permit", "recognise", "recognize", "join",
                       "sign", "veto", "defy", "disobey", "boycott", "vote", "exclude"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_UNKNOWN_AGENT = "unidentified attackers"

_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                     "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
              "both": 2}
_COUNT = (r"(?:(?:at least|more than|over|some|about|around|nearly|almost|up to|as many as)\s+)?"
          r"(?:\d+(?:,\d{3})*(?!\d)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|dozens|"
          r"scores|hundreds|several|a number|a dozen|many)")
_HURT = r"(?P<kind>killed|wounded|injured|dead|died|hurt|killing|wounding|injuring)"
# "at least 3 soldiers were killed", "two people died", "dozens wounded"
_PASSIVE_RE = re.compile(
    rf"\b(?P<count>{_COUNT})\s+(?:of\s+)?(?P<who>(?:(?!and\b|or\b)[\w'’-]+\s+){{0,5}}?)"
    rf"(?:were|was|have been|had been|are|is|been)?\s*{_HURT}\b", re.IGNORECASE)
# "killing two guards", "killed at least 3 people", "wounding dozens"
_ACTIVE_RE = re.compile(
    rf"\b(?P<kind>killing|killed|wounding|wounded|injuring|injured)\s+(?P<count>{_COUNT})\b"
    rf"(?P<who>(?:\s+(?!and\b|in\b|on\b|at\b)[\w'’-]+){{0,4}})", re.IGNORECASE)
_DAMAGE_RE = re.compile(
    r"\b(?P<kind>damag(?:ed|ing)|destroy(?:ed|ing))\s+(?P<who>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)"
    r"(?=[,.;]|\s+(?:and|in|on|at|near|while|with)\b|$)", re.IGNORECASE)
_CLAIM_RE = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|took|takes|assum(?:ed|es)|accept(?:ed|s))\s+"
    r"(?:full\s+)?(?:responsibility|credit)\b"
    r"|\bclaim(?:ed|s)?\s+(?:\w+\s+){0,2}?(?:the|an?|its|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attack|strike|bombing|raid|assault)"
    r"|\bsaid\s+(?:it|they|(?:its|their)\s+(?:own\s+)?[\w-]+)\s+(?:had\s+)?"
    r"(?:carried out|launched|conducted|fired|targeted)"
    r"|\bsaid\s+(?:it|they)\s+(?:was|were|had\s+been)\s+(?:behind|responsible\s+for)\b",
    re.IGNORECASE)
_CLAIMED_BY_RE = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?claimed\s+by\s+",
                            re.IGNORECASE)
_NEGATION_RE = re.compile(r"\b(?:no|not|never|nobody|denied|deny|denies|denying)\b|n't",
                          re.IGNORECASE)
_ATTACK_WORDS = re.compile(r"\b(?:attack|strike|bombing|raid|assault|shelling)s?\b",
                           re.IGNORECASE)


# --------------------------------------------------------------------------- helpers
def _key(ref: ActorRef) -> str:
    if ref.kb_id:
        return ref.kb_id
    return "text:" + " ".join(ref.text.lower().split())


def _linked(refs: Sequence[ActorRef], generic: frozenset[str] = frozenset()) -> list[ActorRef]:
    """The refs linked to a specific actor of the KB (not to a generic class: "fighters")."""
    return [r for r in refs if r.kb_id and r.kb_id not in generic]


def _position(ev: Event) -> int:
    return min((e.trigger_start if e.trigger_start is not None else e.start
                for e in ev.evidence), default=0)


def _published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _day(value: str | None, *, last: bool) -> date | None:
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else (12 if last else 1)
        if len(parts) > 2:
            return date(y, m, int(parts[2]))
        if last:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return nxt - timedelta(days=1)
        return date(y, m, 1)
    except (ValueError, IndexError):
        return None


def _dedupe(refs: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    out: dict[str, ActorRef] = {}
    for r in refs:
        out.setdefault(_key(r), r)
    return tuple(out.values())


def _head_word(text: str) -> str:
    words = [w.strip(".,;:'\"“”’").lower() for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return ""
    w = words[-1]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and w[:-1] in active().weapon_nouns else w


# --------------------------------------------------------------------------- 1. non-actors
# The press a statement is made to: an audience, never a party to talks.
_PRESS = frozenset({"reporter", "reporters", "journalist", "journalists", "press", "media",
                    "correspondent", "correspondents", "newsmen", "conference", "briefing"})
# Unnamed craft that deliver a strike ("the aircraft fired two missiles"): the means, like a
# weapon; a named side's craft ("U.S. jets", "Israeli warplanes") is linked to that side.
_CRAFT = frozenset({"aircraft", "warplane", "jet", "plane", "helicopter", "gunship", "fighter jet"})


def _weapon_ref(parsed: Any, ref: ActorRef) -> bool:
    """An unlinked argument whose head is a weapon ("a drone", "dozens of rockets", "a drone
    on Monday night near the airport"): the head from the parse, else the last word."""
    if ref.kb_id:
        return False
    weapons = active().weapon_nouns | _CRAFT
    if _head_word(ref.text) in weapons:
        return True
    if ref.start is None or ref.end is None:
        return False
    span = parsed.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.like_num or head.lower_ in ("dozens", "scores", "hundreds", "barrage", "salvo",
                                        "volley", "number"):
        head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), head)  # "dozens of rockets"
    return head.lemma_.lower() in weapons or head.lower_ in weapons


def _owner_of(parsed: Any, ref: ActorRef, mentions: Sequence[Mention], kb: Any,
              nouns: frozenset[str]) -> tuple[ActorRef, str] | None:
    """X for "a member of X" / "X's headquarters" when the ref's head is one of ``nouns``."""
    if ref.kb_id or ref.start is None or ref.end is None:
        return None
    span = parsed.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    if head.lemma_.lower() not in nouns and head.lower_ not in nouns:
        return None
    owners = []
    for c in head.children:
        if c.dep_ == "poss":
            owners.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("of", "from", "belonging", "for", "within"):
            owners += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "NORP", "GPE"):
            owners.append(c)
    spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)) for o in owners]
    # the parse may hang "of/within X" on another word ("the killing of the leader within X")
    after = _OWNER_AFTER_RE.match(doc_text(parsed.doc), ref.end)
    if after is not None:
        spans.append((after.end(), after.end() + 1))
    for lo, hi in spans:
        hits = [m for m in mentions if m.kb_id and m.start < hi and lo < m.end
                and (m.start >= lo or (lo, hi) in spans[:len(owners)])]
        if hits and (lo, hi) not in spans[:len(owners)]:
            hi = hits[0].end
        if hits:
            m = hits[0]
            text = doc_text(parsed.doc)[min(ref.start, lo):max(ref.end, hi)]
            got = kb.ref(m.kb_id, text, min(ref.start, lo), max(ref.end, hi)) \
                if kb is not None else ActorRef(name=m.name, kb_id=m.kb_id, text=text)
            return got, doc_text(parsed.doc)[head.idx:hi]
    return None


def _subjects(doc: Any, ev: Event) -> list[Any]:
    """The subjects of the event's first trigger (those of the verb it is coordinated with,
    when it has none of its own: "whoever fires ... and kills ...")."""
    return _span_subjects(doc, ev.evidence[0]) if ev.evidence else []


def _span_subjects(doc: Any, span: Evidence) -> list[Any]:
    tok = _token(doc, span)
    for _ in range(4):
        if tok is None:
            return []
        got = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if got or tok.dep_ != "conj":
            return got
        tok = tok.head
    return []


def _weapon_speech(doc: Any, ev: Event) -> bool:
    """A verbal act whose subject is a weapon ("rockets slammed into the camp", "shells
    blasted the market"): the verb is physical there, no speech act at all."""
    if ev.quad not in (1, 3) or ev.actors:
        return False  # a speaker found elsewhere: "X said the strike amounted to aggression"
    return any(s.lemma_.lower() in active().weapon_nouns or s.lower_ in active().weapon_nouns
               for s in _subjects(doc, ev))


# Verbs whose "as"/"to" phrase, or second object, is a judgement of what they are about:
# "called it an attack on our sovereignty", "described the raid as an assault on the law",
# "amounted to an attack on Iraq".
_JUDGING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "deem", "consider",
                            "regard", "see", "view", "denounce", "condemn", "characterize",
                            "characterise", "amount", "constitute", "represent", "be"})


def _judged_act(doc: Any, ev: Event) -> bool:
    """A material act named only as a judgement of another ("labelling it a murder and an
    assault on the nation", "the raid was an assault on the state"): no act of its own."""
    if ev.quad != 4 or not ev.evidence:
        return False
    tok = _token(doc, ev.evidence[0])
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for _ in range(4):  # "an assassination and an attack on ...": up the coordination
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("oprd", "attr") and head.lemma_.lower() in _JUDGING_VERBS:
        return True
    if tok.dep_ == "pobj" and head.lower_ in ("as", "to") and head.head.lemma_.lower() in (
            _JUDGING_VERBS - {"be"}):
        return True
    return False


_FREE_RELATIVES = frozenset({"whoever", "whomever", "anyone", "anybody", "whichever"})


def _generic_agent(doc: Any, ev: Event) -> Event:
    """"whoever fires rockets at the bases ... will pay": an act of anyone who might do it is
    a hypothesis, not a told act (modality ``hypothetical``)."""
    if ev.modality not in (Modality.ASSERTED, Modality.ALLEGED) or not any(
            s.lower_ in _FREE_RELATIVES for s in _subjects(doc, ev)):
        return ev
    return replace(ev, modality=Modality.HYPOTHETICAL)


def own_side(actor: ActorRef, target: ActorRef) -> bool:
    """Whether ``target`` is ``actor`` itself or one of its organs ("the United States" and
    "U.S. personnel"): a state never attacks its own forces, such an actor is misread."""
    if not actor.kb_id or not target.kb_id:
        return False
    return actor.kb_id == target.kb_id or (not actor.ancestors and bool(actor.name)
                                           and actor.name in target.ancestors)


def _reporter(parsed: Any, ev: Event, ref: ActorRef) -> bool:
    """The actor of a material act is the one who reports it, and the act's own subject is a
    weapon ("the ministry said two drones took off from Syria and hit the depot", "police said
    rockets struck the camp"): the reporter is no agent of the strike."""
    if ev.quad != 4 or ref.start is None or not ev.evidence:
        return False
    subjects = _subjects(parsed.doc, ev)
    weapons = active().weapon_nouns
    if not subjects or not all(s.lemma_.lower() in weapons or s.lower_ in weapons
                               for s in subjects):
        return False
    tok = _token(parsed.doc, ev.evidence[0])
    speech = active().speech_verbs
    for _ in range(8):
        if tok is None or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in speech:
            return any(c.dep_ == "nsubj" and c.left_edge.idx <= ref.start <= c.right_edge.idx
                       for c in tok.children)
    return False


def _crowd_word(text: str) -> bool:
    """The head of a phrase is a crowd noun (rule data ``object_groups.crowds``)."""
    words = _PHRASE_TAIL_RE.sub("", text).split()
    w = words[-1].strip(".,;:'\"“”’").lower() if words else ""
    w = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    return w in active().object_groups.get("crowds", frozenset())


def _named_victim(actor: ActorRef, target: ActorRef) -> bool:
    """An unlinked agent whose group noun names the target's owner ("the militia" fired,
    jets struck "five militia bases"), or a crowd acting and a crowd acted on ("supporters
    stormed the wall", "Marines fired tear gas at the crowd"): the two tellings are two acts,
    not one."""
    if not actor.text or not target.text:
        return False
    if _crowd_word(actor.text) and _crowd_word(target.text):
        return True
    if actor.kb_id or target.kb_id:
        return False

    def word(w: str) -> str:
        w = w.strip(".,;:'\"“”’").lower()
        return w[:-1] if w.endswith("s") and not w.endswith("ss") else w

    head = word(actor.text.split()[-1])
    return bool(head) and head in {word(w) for w in target.text.split()[:-1]}


def _clean_arguments(ev: Event, parsed: Any, mentions: Sequence[Mention], kb: Any) -> Event:
    reasons = list(ev.reasons)
    actors: list[ActorRef] = []
    for a in ev.actors:
        if _weapon_ref(parsed, a):
            reasons.append(Completion(role="actor", value=None, reason="weapon", evidence=a.text))
            continue
        if _reporter(parsed, ev, a):
            reasons.append(Completion(role="actor", value=None, reason="reporter",
                                      evidence=a.text))
            continue
        if ev.type in MATERIAL_CONFLICT and any(own_side(a, t) for t in ev.targets):
            reasons.append(Completion(role="actor", value=None, reason="own-side",
                                      evidence=a.text))
            continue
        got = _owner_of(parsed, a, mentions, kb, active().member_nouns | _UNIT_NOUNS)
        if got is not None:
            reasons.append(Completion(role="actor", value=got[0].name, reason="member",
                                      evidence=got[1]))
            actors.append(got[0])
            continue
        actors.append(a)
    targets: list[ActorRef] = []
    for t in ev.targets:
        if _weapon_ref(parsed, t):  # "fired drones at the base": what was fired, not at whom
            reasons.append(Completion(role="target", value=None, reason="weapon",
                                      evidence=t.text))
            continue
        if ev.type == "CONSULT" and not t.kb_id and _head_word(t.text) in _PRESS:
            # "speaking to reporters at the airport": the press hears, no one is consulted
            reasons.append(Completion(role="target", value=None, reason="audience",
                                      evidence=t.text))
            continue
        got = _owner_of(parsed, t, mentions, kb, active().member_nouns)
        reason = "member"
        if got is None:
            got = _owner_of(parsed, t, mentions, kb, active().owned_nouns)
            reason = "owner"
        if got is not None and _key(got[0]) not in {_key(a) for a in actors}:
            reasons.append(Completion(role="target", value=got[0].name, reason=reason,
                                      evidence=got[1]))
            targets.append(got[0])
            continue
        targets.append(t)
    if ev.type in MATERIAL_CONFLICT and not any(t.kb_id for t in targets):
        got = _possessed_target(parsed, ev, mentions, kb)
        if got is not None and _key(got[0]) not in {_key(a) for a in actors}:
            reasons.append(Completion(role="target", value=got[0].name, reason="owner",
                                      evidence=got[1]))
            targets = [got[0]]
    if len(reasons) == len(ev.reasons):
        return ev
    return replace(ev, actors=_dedupe(actors), targets=_dedupe(targets), reasons=tuple(reasons))


# "the government", "Government": no state named; in a story about one state's affairs, its
# executive. ("the government in Baghdad" and "Iraq's government" are KB aliases already.)
_BARE_GOVERNMENT_RE = re.compile(r"(?:the\s+)?(?:government|cabinet)", re.IGNORECASE)


def home_government(mentions: Sequence[Mention], kb: Any) -> str | None:
    """The KB id of the government of the state the story is about: the state whose own
    actors (the state, its bodies, office holders) and towns the article names most often,
    strictly more than any other's; None when no state leads or the KB has no one government
    for it."""
    actors = getattr(kb, "actors", None) or {}
    counts: dict[str, int] = {}
    for m in mentions:
        a = actors.get(m.kb_id) if m.kb_id else None
        if a is None and m.label == "GPE" and hasattr(kb, "place"):
            # the story's own towns tell its state too ("... in Basra", "... from Najaf")
            place = kb.place(m.text)
            if place is not None and place.type in ("city", "town", "province") \
                    and place.country:
                counts[place.country] = counts.get(place.country, 0) + 1
            continue
        if a is None or a.type not in ("state", "state_body", "office", "person"):
            continue
        state = a if a.type == "state" else kb.state_of(a.id)
        country = state.country if state is not None else None
        if country:
            counts[country] = counts.get(country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    state = next((a for a in actors.values() if a.type == "state" and a.country == ranked[0][0]),
                 None)
    if state is None:
        return None
    return state_executive(kb, state)


def _bare_government(events: list[Event], mentions: Sequence[Mention], kb: Any) -> list[Event]:
    """An unlinked "the government" (actor or target) becomes the government of the story's
    state (:func:`home_government`; reason ``home-government``)."""
    def bare(r: ActorRef) -> bool:
        return not r.kb_id and bool(_BARE_GOVERNMENT_RE.fullmatch(r.text.strip()))

    if not any(bare(r) for ev in events for r in ev.actors + ev.targets):
        return events
    gov = home_government(mentions, kb)
    if gov is None:
        return events
    return _relink(events, lambda r: kb.ref(gov, r.text, r.start, r.end) if bare(r) else None,
                   "home-government")


def _plural_demonym_states(kb: Any) -> dict[str, str]:
    """Each state's plural demonym ("americans", "iranians": a demonym whose singular is also
    one of the state's demonyms), normalised, to the state's KB id."""
    out: dict[str, str] = {}
    for a in (getattr(kb, "actors", None) or {}).values():
        if getattr(a, "type", None) != "state":
            continue
        forms = {norm_name(d) for d in a.demonyms}
        out.update((f, a.id) for f in forms if f.endswith("s") and f[:-1] in forms)
    return out


_DEFINITE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _plural_demonyms(events: list[Event], doc: Any, kb: Any) -> list[Event]:
    """"the Americans must leave", "attacking the Iranians": a plural demonym with the definite
    article and no other word, as a side of an act, is the state (reason ``demonym``); "two
    Americans", "ordinary Iraqis", "thousands of Iranians" (people counted or described) and
    the people who protest stay people."""
    plural = _plural_demonym_states(kb)
    if not plural:
        return events
    text = doc_text(doc)

    def resolve(r: ActorRef) -> ActorRef | None:
        words = r.text.split()
        if r.start is None or not words or norm_name(words[-1]) not in plural:
            return None
        definite = len(words) == 2 and words[0].lower() == "the" or len(words) == 1 and bool(
            _DEFINITE_BEFORE_RE.search(text[max(0, r.start - 8):r.start]))
        return kb.ref(plural[norm_name(words[-1])], r.text, r.start, r.end) if definite else None

    return [ev if ev.type == "PROTEST" else _relink([ev], resolve, "demonym")[0]
            for ev in events]


def _relink(events: list[Event], resolve: Any, reason: str) -> list[Event]:
    """Each unlinked argument that ``resolve`` names becomes that actor (with ``reason``); an
    event whose two sides would then name one actor is left as it was."""
    out = []
    for ev in events:
        reasons = list(ev.reasons)
        sides = []
        for role, refs in (("actor", ev.actors), ("target", ev.targets)):
            new = []
            for r in refs:
                got = None if r.kb_id else resolve(r)
                if got is not None:
                    reasons.append(Completion(role=role, value=got.name, reason=reason,
                                              evidence=r.text))
                    r = got
                new.append(r)
            sides.append(_dedupe(new))
        if len(reasons) == len(ev.reasons) or {_key(a) for a in sides[0]} & {_key(t) for t in sides[1]}:
            out.append(ev)
            continue
        out.append(replace(ev, actors=sides[0], targets=sides[1], reasons=tuple(reasons)))
    return out


# "the President", "the prime minister": a title named alone is its holder the story named.
_TITLE_RE = re.compile(r"(?:the\s+)?(president|prime minister|premier|foreign minister|"
                       r"defen[cs]e minister|supreme leader|secretary of state)", re.IGNORECASE)
_TITLE_WORDS = {"premier": "prime minister"}


def _title_holder(ref: ActorRef, mentions: Sequence[Mention], kb: Any) -> ActorRef | None:
    """The person the story named last before ``ref`` who holds the office its title names
    ("... Trump ... The Supreme Leader mocked the President": Trump)."""
    m = _TITLE_RE.fullmatch(" ".join(ref.text.split()))
    if m is None or ref.start is None:
        return None
    title = m.group(1).lower()
    title = _TITLE_WORDS.get(title, title)
    actors = getattr(kb, "actors", None) or {}
    for men in sorted((x for x in mentions if x.kb_id and x.end <= ref.start),
                      key=lambda x: x.start, reverse=True):
        person = actors.get(men.kb_id)
        if person is None or person.type != "person":
            continue
        offices = (actors.get(o.office) for o in person.offices)
        if any(o is not None and title in o.name.lower() for o in offices):
            return kb.ref(person.id, ref.text, ref.start, ref.end)
    return None


def _titles(events: list[Event], mentions: Sequence[Mention], kb: Any,
            text: str = "") -> list[Event]:
    """Unlinked titles ("the President") become the holder the story named (reason
    ``title``), or the name the title runs into when the parse cut it off ("President of the
    Republic Barham Salih condemned ...": the person, known to the KB or not)."""
    return _relink(events, lambda r: _title_holder(r, mentions, kb)
                   or _titled_name(r, mentions, kb, text), "title")


# What may stand between a title and its holder's name: more capitalised title words
# ("President of the Republic X", "Foreign Minister X").
_TITLE_RUN_RE = re.compile(r"(?:\s+(?:of|the|for|[A-Z][\w'’-]*))*\s+")


def _titled_name(ref: ActorRef, mentions: Sequence[Mention], kb: Any, text: str
                 ) -> ActorRef | None:
    """The person named right after an unlinked bare title ("President" + "of the Republic
    Barham Salih"): a linked person, or the person mention the KB does not know."""
    if not text or ref.end is None or not _TITLE_RE.fullmatch(" ".join(ref.text.split())):
        return None
    after = [m for m in mentions if ref.end <= m.start <= ref.end + 60 and m.label == "PERSON"]
    if not after:
        return None
    m = min(after, key=lambda x: x.start)
    if not _TITLE_RUN_RE.fullmatch(text[ref.end:m.start]):
        return None
    if m.kb_id:
        return kb.ref(m.kb_id, m.text, m.start, m.end)
    return ActorRef(name=None, kb_id=None, text=m.text, start=m.start, end=m.end)


# "the spokesman", "the ministry", "the envoy", "the brigades": a definite description by a role
# or a body noun names the party the story introduced with that noun ("Iran's foreign ministry
# spokesman X ... the spokesman added", "Syria's foreign ministry condemned ... The ministry
# called on ..."). Each noun lists the words that may introduce it.
ROLE_NOUNS: dict[str, frozenset[str]] = {
    "spokesman": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    "spokeswoman": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    "spokesperson": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    "minister": frozenset({"minister"}),
    "ministry": frozenset({"ministry"}),
    "envoy": frozenset({"envoy", "ambassador", "chargé", "charge", "representative"}),
    "ambassador": frozenset({"ambassador", "envoy", "chargé", "charge"}),
    "diplomat": frozenset({"envoy", "ambassador", "chargé", "charge", "diplomat"}),
    "embassy": frozenset({"embassy"}),
    "brigades": frozenset({"brigades", "kataib", "kata'ib"}),
    "command": frozenset({"command"}),
    "council": frozenset({"council"}),
    "agency": frozenset({"agency"}),
    "commander": frozenset({"commander"}),
    "cleric": frozenset({"cleric"}),
}
_DESCRIPTION_RE = re.compile(r"(?:the|this)\s+(?:[a-z'’-]+\s+){0,2}(?P<noun>[a-z'’-]+)",
                             re.IGNORECASE)
_TITLE_REACH = 6  # words before a name that may be its title ("foreign ministry spokesman X")


def _words(text: str) -> list[str]:
    return [w.strip(".,;:'\"“”’()").lower() for w in text.split()]


def _introduced_by(text: str, m: Mention, kb: Any, intro: frozenset[str]) -> bool:
    """Whether the story introduced mention ``m`` with one of the ``intro`` words: in its own
    words, its title just before it in its clause ("foreign ministry spokesman Nasser X"), the
    words its possessive governs ("Syria's foreign ministry", "Washington's envoy"), or its KB
    names ("Hezbollah Brigades")."""
    if set(_words(m.text)) & intro:
        return True
    before = text[max(0, m.start - 80):m.start]
    before = re.split(r"[.;:!?\"“”,(\n]", before)[-1].split()[-_TITLE_REACH:]
    low = _words(" ".join(before))
    at = max((i for i, w in enumerate(low) if w in intro), default=None)
    if at is not None and all(w[:1].isupper() for w in before[at + 1:]):
        return True  # the title runs up to the name: "spokesman (Nasser) Kanaani"
    after = text[m.end:m.end + 60]
    poss = re.match(r"(?:'s|’s|')\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)", after)
    if poss and set(_words(poss.group(1))) & intro:
        return True
    actor = (getattr(kb, "actors", None) or {}).get(m.kb_id) if m.kb_id else None
    if actor is None:
        return False
    return any(set(_words(n)) & intro for n in (actor.name, *actor.aliases))


def _described_holder(ref: ActorRef, text: str, mentions: Sequence[Mention], kb: Any,
                      exclude: set[str], sentences: Sequence[Any] = ()) -> ActorRef | None:
    """The party a definite description ("the spokesman", "the ministry") names: the last linked
    mention before it that the story introduced with that noun (see :func:`_introduced_by`),
    never one of ``exclude`` (the event's other side). Nothing when the description's sentence
    places it in the capital or land of another state ("In Baghdad, the foreign ministry ..."
    after Iran's spokesman) or when no such mention comes before it."""
    m = _DESCRIPTION_RE.fullmatch(" ".join(ref.text.split()))
    if m is None or ref.start is None:
        return None
    intro = ROLE_NOUNS.get(m.group("noun").lower())
    if intro is None:
        return None
    actors = getattr(kb, "actors", None) or {}
    for men in sorted((x for x in mentions if x.kb_id and x.end <= ref.start),
                      key=lambda x: x.start, reverse=True):
        if men.kb_id in exclude or not _introduced_by(text, men, kb, intro):
            continue
        a = actors.get(men.kb_id)
        if a is None or a.type in ("generic", "media"):
            continue
        if _placed_elsewhere(ref, men, mentions, kb, sentences):
            break
        return kb.ref(men.kb_id, ref.text, ref.start, ref.end)
    body = _located_body(ref, mentions, kb, sentences)
    return kb.ref(body, ref.text, ref.start, ref.end) if body is not None else None


def _located_body(ref: ActorRef, mentions: Sequence[Mention], kb: Any,
                  sentences: Sequence[Any]) -> str | None:
    """"In Baghdad, the foreign ministry said ...": the one body of the state of the place that
    heads the description's sentence whose KB names hold every word of the description (two
    words at least: "the ministry" alone may be any of them)."""
    at = ref.start or 0
    sent = next((s for s in sentences if s.start <= at < s.end), None)
    if sent is None:
        return None
    states = {st.id for x in mentions if x.kb_id and sent.start <= x.start and x.end <= at
              and _LOCATIVE_RE.search(sent.text[:x.start - sent.start])
              for st in [kb.state_of(x.kb_id)] if st is not None}
    words = set(_words(ref.text)) - {"the", "this"}
    if len(states) != 1 or len(words) < 2:
        return None  # "the ministry" alone: any of the state's ministries
    (state,) = states
    found = [a.id for a in kb.actors.values() if a.type == "state_body"
             and (st := kb.state_of(a.id)) is not None and st.id == state
             and any(words <= set(_words(n)) for n in (a.name, *a.aliases))]
    return found[0] if len(found) == 1 else None


_LOCATIVE_RE = re.compile(r"\b(?:in|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _placed_elsewhere(ref: ActorRef, men: Mention, mentions: Sequence[Mention], kb: Any,
                      sentences: Sequence[Any]) -> bool:
    """Whether a place named in the description's sentence before it ("In Baghdad, the
    ministry ...") is in another state than the candidate ``men`` told in an earlier
    sentence."""
    at = ref.start or 0
    sent = next((s for s in sentences if s.start <= at < s.end), None)
    if sent is None or sent.start <= men.start:
        return False
    own = kb.state_of(men.kb_id)
    text = sent.text
    for x in mentions:
        if not x.kb_id or not sent.start <= x.start or x.end > at \
                or not _LOCATIVE_RE.search(text[:x.start - sent.start]):
            continue
        st = kb.state_of(x.kb_id)
        if st is not None and (own is None or st.id != own.id):
            return True
    return False


# Prepositions that set a meeting in the time of another act ("said during a meeting with X").
_MEETING_PREPS = frozenset({"during", "at", "in", "after", "before", "following"})


def _governing_subject(ev: Event, doc: Any, mentions: Sequence[Mention], kb: Any
                       ) -> Event | None:
    """An act told with no actor whose doer is the subject of the clause that governs it: a
    participle of that clause ("X answered with bluster, vowing that ..."), or a meeting in
    which that clause's act took place ("X voiced concern during a meeting with Y"); when the
    subject is a linked name (reason ``governing-subject``)."""
    tok = _token(doc, ev.evidence[0])
    if tok is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    head = None
    if tok.tag_ == "VBG" and tok.dep_ == "advcl":
        head = tok.head
    elif ev.type in SYMMETRIC and tok.pos_ == "NOUN" and tok.dep_ == "pobj" \
            and tok.head.lower_ in _MEETING_PREPS and tok.head.head.pos_ == "VERB":
        head = tok.head.head
    subj = None
    for _ in range(3):  # "X, whose chief died ..., answered ..., vowing": the parse may hang
        if head is None or head.pos_ not in ("VERB", "AUX"):  # the clause under another
            return None
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or head.dep_ not in ("advcl", "ccomp", "conj"):
            break
        head = head.head
    if subj is None or subj.dep_ != "nsubj" or subj.i > tok.i:
        return None
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
    named = [m for m in mentions if m.kb_id and lo <= m.start and m.end <= hi
             and m.start <= subj.idx < m.end]
    if len(named) != 1:
        return None
    m = named[0]
    ref = kb.ref(m.kb_id, m.text, m.start, m.end)
    if any(_key(ref) == _key(t) for t in ev.targets):
        return None
    return replace(ev, actors=(ref,), reasons=ev.reasons + (Completion(
        role="actor", value=ref.name, reason="governing-subject", evidence=m.text),))


_PRONOUNS = frozenset({"they", "them", "it", "he", "she"})


def _pronoun_members(events: list[Event], mentions: Sequence[Mention], kb: Any,
                     generic: frozenset[str], text: str) -> list[Event]:
    """A pronoun the coder linked to a class ("They" for "fighters") whose last mention in
    the story was a named party's members ("Asaib Ahl al-Haq fighters attacked ... They also
    threatened ..."): that party (reason ``members``)."""
    out = []
    for ev in events:
        reasons = list(ev.reasons)
        actors = []
        for a in ev.actors:
            owner = None
            if a.kb_id in generic and a.start is not None \
                    and a.text.strip().lower() in _PRONOUNS:
                owner = _members_owner(a, mentions, generic, text)
            if owner is not None and owner.kb_id not in {t.kb_id for t in ev.targets}:
                reasons.append(Completion(role="actor", value=owner.name, reason="members",
                                          evidence=a.text))
                a = kb.ref(owner.kb_id, a.text, a.start, a.end)
            actors.append(a)
        out.append(ev if len(reasons) == len(ev.reasons) else
                   replace(ev, actors=_dedupe(actors), reasons=tuple(reasons)))
    return out


def _members_owner(ref: ActorRef, mentions: Sequence[Mention], generic: frozenset[str],
                   text: str) -> Mention | None:
    """The named party right before the class's last mention ahead of ``ref`` ("[Asaib Ahl
    al-Haq] [fighters]"), if any."""
    before = [m for m in mentions if m.end <= (ref.start or 0)]
    last = next((m for m in reversed(before) if m.kb_id == ref.kb_id), None)
    if last is None:
        return None
    owner = next((m for m in reversed(before) if m.end <= last.start), None)
    if owner is None or not owner.kb_id or owner.kb_id in generic \
            or text[owner.end:last.start].strip():
        return None
    return owner


def _described_subject(ev: Event, doc: Any) -> Event:
    """An event told with no actor whose trigger's subject is a definite description by a role
    or body noun ("The brigades urged ..."): that description, as an unlinked actor, for
    :func:`_described_holder` to resolve."""
    for subj in _subjects(doc, ev):
        det = [c for c in subj.children if c.dep_ == "det"]
        if subj.dep_ != "nsubj":
            continue  # "the commander was targeted": the one acted on
        if subj.lower_ not in ROLE_NOUNS or not det or det[0].lower_ not in ("the", "this"):
            continue
        start, end = subj.left_edge.idx, subj.idx + len(subj.text)
        ref = ActorRef(name=None, kb_id=None, text=doc_text(doc)[start:end], start=start,
                       end=end)
        return replace(ev, actors=(ref,))
    return ev


def _descriptions(events: list[Event], parsed: Any, mentions: Sequence[Mention], kb: Any
                  ) -> list[Event]:
    """Unlinked definite descriptions by role or body ("the spokesman", "the ministry", "the
    envoy") become the party the story introduced with that noun (reason ``description``)."""
    text = doc_text(parsed.doc)
    out = []
    for ev in events:
        told = ev
        if not ev.actors and ev.evidence:
            told = _governing_subject(ev, parsed.doc, mentions, kb) \
                or _described_subject(ev, parsed.doc)
        sides = {r.kb_id for r in told.actors + told.targets if r.kb_id}
        got = _relink([told], lambda r, s=sides: _described_holder(
            r, text, mentions, kb, s, parsed.sentences), "description")[0]
        # a subject the event had not taken counts only when the story names its party
        out.append(got if ev.actors or any(a.kb_id for a in got.actors) else ev)
    return out


_PERSON_PRONOUNS = frozenset({"his", "her"})
_GROUP_PRONOUNS = frozenset({"its", "their"})


def _pronoun_referent(pron: Any, mentions: Sequence[Mention], exclude: set[str]) -> Mention | None:
    """The last linked mention before a possessive pronoun that it can name: a person for
    "his"/"her", an organisation for "its"/"their"; never one of ``exclude`` (the agents)."""
    low = pron.lower_
    labels = ("PERSON",) if low in _PERSON_PRONOUNS else ("ORG", "NORP") \
        if low in _GROUP_PRONOUNS else ()
    before = [m for m in mentions if m.kb_id and m.label in labels and m.end <= pron.idx
              and m.kb_id not in exclude]
    return before[-1] if before else None


def _possessed_target(parsed: Any, ev: Event, mentions: Sequence[Mention], kb: Any
                      ) -> tuple[ActorRef, str] | None:
    """"drones attacked his residence": the owner of a struck home, office or base named by
    "his"/"her" is the last person named before it (the attacker is never the owner)."""
    doc = parsed.doc
    owned = active().owned_nouns
    for span in ev.evidence[:1]:
        if span.trigger_start is None:
            continue
        trig = doc.char_span(span.trigger_start, span.trigger_end or span.trigger_start + 1,
                             alignment_mode="expand")
        if trig is None:
            continue
        tok = trig.root
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "on")
                 for g in c.children if g.dep_ == "pobj"]
        for o in objs:
            if o.lemma_.lower() not in owned and o.lower_ not in owned:
                continue
            poss = [c for c in o.children if c.dep_ == "poss"
                    and c.lower_ in _PERSON_PRONOUNS | _GROUP_PRONOUNS]
            if not poss:
                continue
            m = _pronoun_referent(poss[0], mentions, {a.kb_id for a in ev.actors if a.kb_id})
            if m is None:
                continue
            text = doc_text(doc)[o.left_edge.idx:o.idx + len(o.text)]
            ref = kb.ref(m.kb_id, text, o.left_edge.idx, o.idx + len(o.text)) \
                if kb is not None else ActorRef(name=m.name, kb_id=m.kb_id, text=text)
            return ref, f"{text} ({m.text})"
    return None


# --------------------------------------------------------------------------- 2. background
_PAST_RE = re.compile(
    r"\b(?:in|since|during|until|by|from)\s+(?:(?:early|late|mid|the\s+end\s+of|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december)[\s-]+)?(?P<year>(?:19|20)\d{2})\b"
    r"|\b(?P<ago>years|decades)\s+ago\b"
    # a lasting past: "have clashed for decades", "over the past few years"
    r"|\b(?P<dur>for|over\s+the\s+(?:past|last))\s+(?:(?:many|several|few|two|three|four|"
    r"five)\s+)?(?:years|decades)\b", re.IGNORECASE)


def is_background(ev: Event, pub: date | None, doc: Any = None,
                  generic: frozenset[str] = frozenset()) -> bool:
    """Whether ``ev`` is told as background: dated more than :data:`BACKGROUND_DAYS` before
    ``pub``, a state "since ...", or undated in a clause that places it in an earlier year
    ("was designated in 2009", "years ago", "have clashed for decades"). With the parsed
    ``doc``, the year must belong to the event's own clause ("X, kidnapped in 2023, was
    released on Tuesday" is news). An earlier material act that its own sentence tells with
    its doer, its target and its day is an event, however long ago (:func:`_told_with_day`)."""
    if doc is not None and _told_with_day(ev, generic):
        return False
    if ev.background:
        return True
    if doc is not None and ev.evidence and all(_since_clause(doc, e) for e in ev.evidence) \
            and not _recent(ev.date, pub):
        return True  # "the deadliest attack since a rocket strike killed ...": a landmark
    if doc is not None and ev.evidence and ev.date.value is None \
            and all(_description(doc, e) for e in ev.evidence):
        return True  # "the coalition fighting Islamic State": who the actor is, not news
    d = ev.date
    if d.value is None:
        if pub is None:
            return False
        if doc is not None and ev.evidence and _told_as_past(doc, ev.evidence[0]):
            return True  # "the group had previously attacked the embassy"
        for span in ev.evidence[:1]:
            for m in _PAST_RE.finditer(span.sentence):
                if not (m.group("ago") or m.group("dur")
                        or int(m.group("year")) < pub.year):
                    continue
                if doc is None or _in_clause(doc, span, span.start + m.start()):
                    return True
        return False
    if d.precision == "range" and (d.text or "").lower().lstrip().startswith("since") \
            and not _campaign_of_the_week(ev, pub):
        return True  # "has halted its operations since last spring": a state, not news
    if pub is None:
        return False
    last = _day(d.end or d.value, last=True)
    return last is not None and (pub - last).days > BACKGROUND_DAYS


# Adverbs that place an act in an earlier, unnamed time ("had previously attacked", "has in the
# past seized", "had done so many times before", "have repeatedly struck"); "repeatedly" only
# with a perfect ("repeatedly struck the base on Tuesday" is news).
_EARLIER_ADVERBS = frozenset({"previously", "formerly", "once", "before"})
_PERFECT = frozenset({"have", "has", "had", "'ve", "'d"})


def _told_as_past(doc: Any, span: Evidence) -> bool:
    """The telling's verb carries such an adverb (a modifier of the verb itself: "a previously
    unknown group claimed" is news, "once the troops leave" a condition)."""
    tok = _token(doc, span)
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in tok.children)
    for c in tok.children:
        if c.dep_ == "advmod" and c.tag_ == "RB" and (
                c.lower_ in _EARLIER_ADVERBS or (perfect and c.lower_ == "repeatedly")):
            return not (c.lower_ == "before" and c.i < tok.i)
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.lower_ == "past" and any(d.lower_ == "the" for d in g.children)
                for g in c.children if g.dep_ == "pobj"):
            return True  # "has in the past seized tankers"
    return False


def _told_with_day(ev: Event, generic: frozenset[str]) -> bool:
    """"American drones killed X near the airport on January 3, 2020": a material act asserted
    with a linked doer and a linked target, dated to the day by words of its own sentence (not a
    range: "since Oct. 17" is a state). Analysts code such an earlier act as an event, as they
    code one of the same week."""
    d = ev.date
    if ev.type not in MATERIAL_CONFLICT or d.precision != "day" or not d.text \
            or ev.modality != Modality.ASSERTED:
        return False
    if not _linked(ev.actors, generic) or not _linked(ev.targets, generic):
        return False
    words = " ".join(d.text.split()).lower()
    return bool(words) and not words.startswith("since") and any(
        words in " ".join(e.sentence.split()).lower() for e in ev.evidence)


# Verbs of a lasting stance or struggle: as a participle on their actor ("the coalition
# fighting Islamic State", "militias backing Tehran") they say who the actor is.
_DURATIVE = frozenset({"fight", "battle", "combat", "back", "support", "oppose", "occupy",
                       "control"})


def _description(doc: Any, span: Evidence) -> bool:
    """A telling whose trigger is a present participle of a lasting stance modifying its own
    actor noun ("a coalition fighting jihadist groups"): a description."""
    tok = _token(doc, span)
    return tok is not None and tok.tag_ == "VBG" and tok.dep_ == "acl" \
        and tok.lemma_.lower() in _DURATIVE and tok.head.pos_ in ("NOUN", "PROPN")


def _campaign_of_the_week(ev: Event, pub: date | None) -> bool:
    """An act of force told as going on since a day of the past week ("since Saturday, the
    artillery had been pounding X", round 13): the news of the week, no standing state."""
    return ev.type in MATERIAL_CONFLICT and ev.modality == Modality.ASSERTED \
        and _recent(replace(ev.date, precision="day"), pub)


def _recent(d: DateRef, pub: date | None) -> bool:
    """A day within :data:`LEAD_DAYS` before publication: news, even as a landmark ("since
    Iran struck Erbil on Sunday")."""
    day = _day(d.value, last=False) if d.precision == "day" else None
    return day is not None and pub is not None and 0 <= (pub - day).days <= LEAD_DAYS


def _since_clause(doc: Any, span: Evidence) -> bool:
    """Whether the span's trigger is told inside a "since ..." clause or phrase ("the first
    attack since a drone strike killed ...", "since the raid on the depot"): an earlier act the
    news is measured against."""
    return _since_token(doc, _token(doc, span))


def _since_token(doc: Any, tok: Any) -> bool:
    if tok is not None and tok.pos_ == "VERB" and tok.i > 0 and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # the parse read "since [a strike on a base] killed ..." as a phrase and a new verb
        subj = [t for t in doc[tok.sent.start:tok.i] if t.dep_ == "pobj"
                and t.head.lower_ == "since" and t.right_edge.i == tok.i - 1]
        if subj:
            return True
    for _ in range(8):
        if tok is None:
            return False
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children) or (
                tok.dep_ == "pobj" and tok.head.lower_ == "since"):
            return True
        if tok.head.i == tok.i or tok.dep_ in ("ROOT", "ccomp", "conj", "relcl"):
            return False
        tok = tok.head
    return False


def _clause_verb(tok: Any) -> Any:
    """The verb (or the event noun at the top of a noun phrase) whose clause holds ``tok``."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _in_clause(doc: Any, span: Evidence, at: int) -> bool:
    """Whether the words at offset ``at`` (a time phrase) belong to the clause of the
    span's trigger."""
    if span.trigger_start is None:
        return True
    trig = doc.char_span(span.trigger_start, span.trigger_end or span.trigger_start + 1,
                         alignment_mode="expand")
    word = doc.char_span(at, at + 1, alignment_mode="expand")
    if trig is None or word is None:
        return True
    t = trig.root
    verb = _clause_verb(word.root)
    return verb.i == t.i or verb.i == _clause_verb(t).i


# --------------------------------------------------------------------------- 3. coreference
def _side_compatible(a: Sequence[ActorRef], b: Sequence[ActorRef], *, nested: bool,
                     generic: frozenset[str]) -> bool:
    """Linked refs of both sides name the same actor (or, with ``nested``, one names an actor
    the other belongs to: "U.S. forces" and "the United States"); a side with no linked ref
    is compatible with anything."""
    la, lb = _linked(a, generic), _linked(b, generic)
    if not la or not lb:
        return True
    if {r.kb_id for r in la} & {r.kb_id for r in lb}:
        return True
    if not nested:
        return False
    own_a = {n for r in la for n in (r.name, r.kb_id) if n}
    own_b = {n for r in lb for n in (r.name, r.kb_id) if n}
    return any(own_a & set(r.ancestors) for r in lb) or any(own_b & set(r.ancestors) for r in la)


def _dates_agree(a: DateRef, b: DateRef, *, nights: bool = False) -> bool:
    if a.value is None or b.value is None:
        return True
    if a.value.startswith(b.value) or b.value.startswith(a.value):
        return True
    # with ``nights`` (both tellings name their agent), a night read as its first day
    # ("overnight", "late on Monday", "Monday night") runs into the next: "at 2 a.m. on
    # Tuesday", "early Tuesday"
    return nights and any(_NIGHT_RE.search(x.text or "") and _next_day(x.value) == y.value
               for x, y in ((a, b), (b, a)) if x.value is not None and x.precision == "day")


_NIGHT_RE = re.compile(r"\b(?:overnight|night|late)\b", re.IGNORECASE)


def _next_day(value: str) -> str | None:
    day = _day(value, last=False) if len(value) == 10 else None
    return None if day is None else (day + timedelta(days=1)).isoformat()


def _modality_rank(m: str) -> int:
    return {Modality.ASSERTED: 0, Modality.ALLEGED: 1}.get(m, 2)  # type: ignore[call-overload]


def _participants(ev: Event, generic: frozenset[str]) -> set[str]:
    """Keys of the named parties of an event (linked actors, unlinked proper names)."""
    out = set()
    for r in ev.actors + ev.targets:
        if r.kb_id and r.kb_id not in generic:
            out.add(r.kb_id)
        elif not r.kb_id and _proper(r.text):  # "CDA Fagin" and "Fagin": one person
            out.add("name:" + r.text.split()[-1].lower().removesuffix("'s").removesuffix("’s"))
    return out


def _same_country(a: Sequence[ActorRef], b: Sequence[ActorRef], generic: frozenset[str]) -> bool:
    """Linked refs of both sides belong to one country ("Iraq" in a headline, "Kata'ib
    Hezbollah" in its lead: a headline often names the place for the group)."""
    ca = {r.country for r in _linked(a, generic) if r.country}
    cb = {r.country for r in _linked(b, generic) if r.country}
    return bool(ca & cb)


def _linked_parties(ev: Event, generic: frozenset[str]) -> list[ActorRef]:
    """The specific KB actors an event names, on either side."""
    return _linked(ev.actors + ev.targets, generic)


def _types(ev: Event) -> set[str]:
    """The event's type, and the other type of a raid told with its arrests (both tellings)."""
    return {ev.type} | {r.value for r in ev.reasons if r.role == "event" and r.reason ==
                        "coreference" and r.value in _RAID_TYPES and ev.type in _RAID_TYPES}


# Places that are points on the map (not a country or province): two material acts told at two
# such places this far apart are two acts ("jets bombed depots near Qaim" and "rockets hit a
# base outside Erbil"), whatever else they share.
SITE_TYPES = frozenset({"city", "town", "base", "crossing", "site"})
APART_KM = 25.0


def sites_of(kb: Any) -> dict[str, tuple[float, float]]:
    """Coordinates of the KB places that are points (:data:`SITE_TYPES`), by id."""
    places = getattr(kb, "places", None) or {}
    return {k: (place.lat, place.lon) for k, place in places.items()
            if getattr(place, "type", None) in SITE_TYPES
            and None not in (place.lat, place.lon)}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 \
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _apart(a: Event, b: Event, sites: Mapping[str, tuple[float, float]]) -> bool:
    """Two material acts located at two sites of the map more than :data:`APART_KM` apart."""
    if a.quad != 4 or b.quad != 4 or a.location is None or b.location is None:
        return False
    pa = sites.get(a.location.kb_id or "")
    pb = sites.get(b.location.kb_id or "")
    return pa is not None and pb is not None and _km(pa, pb) > APART_KM


def _recalled_apart(a: Event, b: Event, lead: DateRef) -> bool:
    """An undated telling in the article's lead and an act told below it dated before the
    lead's day ("U.S. Marines fired tear gas at the crowd" in the lead of a Tuesday story;
    "the protest followed U.S. air strikes on Sunday" at its end, even in a short article whose
    end is still within the lead's sentences): the lead's date is its own act's, so the
    recalled act is another."""
    for x, y in ((a, b), (b, a)):
        if x.date.value is None and x.evidence and y.date.value and y.date.precision == "day" \
                and all(s.sentence_index <= LEAD_SENTENCES for s in x.evidence) \
                and min(s.sentence_index for s in y.evidence) > max(
                    s.sentence_index for s in x.evidence) \
                and lead.value and lead.precision == "day" \
                and y.date.value < lead.value and not _dates_agree(y.date, lead, nights=True):
            return True
    return False


def _crowd_and_party(a: Event, b: Event) -> bool:
    """One sentence telling a crowd's act and a named party's act ("the protesters set fire to
    a guard post, while U.S. Marines fired tear gas"): two parties, two acts."""
    shared = {s.sentence_index for s in a.evidence} & {s.sentence_index for s in b.evidence}
    if not shared:
        return False
    for x, y in ((a, b), (b, a)):
        if x.actors and all(_crowd_word(r.text) for r in x.actors) and y.actors \
                and all(r.kb_id and not _crowd_word(r.text) for r in y.actors):
            return True
    return False


def _crowd_targets(events: list[Event], doc: Any) -> list[Event]:
    """A named party's act of force told with no target in a sentence that tells a crowd's act
    ("the protesters threw stones at the gate, while U.S. Marines fired tear gas from the
    rooftops"): the force was used on the crowd (reason ``crowd``)."""
    out = list(events)
    for i, ev in enumerate(out):
        if ev.type not in MATERIAL_CONFLICT or ev.targets or not ev.actors \
                or not all(r.kb_id for r in ev.actors) or _struck_target(doc, ev):
            continue
        crowd = next((r for e in out if e is not ev and e.type in MATERIAL_CONFLICT
                      and _crowd_and_party(ev, e) for r in e.actors), None)
        if crowd is not None:
            out[i] = replace(ev, targets=(crowd,), reasons=ev.reasons + (
                Completion(role="target", value=crowd.text, reason="crowd",
                           evidence=crowd.text),))
    return out


def _struck_target(doc: Any, ev: Event) -> bool:
    """The act names a thing it was aimed at ("fired at the gate", "shelled a depot"), other
    than what it was done with ("fired tear gas")."""
    for span in ev.evidence:
        tok = _token(doc, span)
        if tok is not None and any(c.dep_ == "prep" and c.lower_ in ("at", "on", "against",
                                                                     "into", "upon")
                                   for c in tok.children):
            return True
    return False


class Voices(NamedTuple):
    """The spokespeople of the KB (:func:`voices_of`) and the triggers of the story's reactions
    to a definite act noun ("described the assault as ...", :func:`about_the_act`)."""
    ids: frozenset[str] = frozenset()
    about_the_act: frozenset[int] = frozenset()
    unnamed_speakers: frozenset[int] = frozenset()  # (:func:`unnamed_speakers`)


def unnamed_speakers(events: Sequence[Event], doc: Any) -> frozenset[int]:
    """Triggers of statements with no actor whose verb has a speaker of its own in the text,
    a noun the KB does not link ("A government spokesman urged the factions ...", "an official
    warned ..."): another speaker's statement, never a fragment of a named party's."""
    out = set()
    for ev in events:
        if ev.actors or ev.type in MATERIAL_CONFLICT or not ev.evidence \
                or ev.evidence[0].trigger_start is None:
            continue
        tok = _token(doc, ev.evidence[0])
        if tok is not None and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
            out.add(ev.evidence[0].trigger_start)
    return frozenset(out)


def about_the_act(events: Sequence[Event], doc: Any) -> frozenset[int]:
    """Triggers of reactions aimed at an act the story names with a definite noun ("condemned
    the attack", "described the assault as a flagrant aggression"), not at acts in general
    ("said attacks on bases were unacceptable")."""
    out = set()
    for ev in events:
        if ev.type not in REACTIONS or not ev.evidence or ev.evidence[0].trigger_start is None:
            continue
        obj = _reacted_act(doc, ev)
        if obj is not None and any(c.dep_ in ("det", "poss") and (c.lower_ in _DEFINITE
                                                                 or c.dep_ == "poss")
                                   for c in obj.children):
            out.add(ev.evidence[0].trigger_start)
    return frozenset(out)


def voices_of(kb: Any) -> frozenset[str]:
    """KB ids of spokespeople: offices named a spokesperson or press secretary, and the people
    who hold one. A voice speaks for the bodies above it."""
    actors = getattr(kb, "actors", None) or {}
    offices = {k for k, a in actors.items() if getattr(a, "type", None) == "office"
               and any(w in a.name.lower() for w in ("spokes", "press secretary"))}
    people = {k for k, a in actors.items()
              if any(t.office in offices for t in getattr(a, "offices", ()) or ())}
    return frozenset(offices | people)


def _spoken_for(a: Event, b: Event, voices: Voices, generic: frozenset[str]) -> bool:
    """One telling is a spokesperson's of a body the other names ("Foreign Ministry spokesman
    Abbas Mousavi said ..." and "Iran condemned ..."), about the same thing: the same named
    target, or the act the story tells ("described the assault as ..."): one statement."""
    for x, y in ((a, b), (b, a)):
        above = {n for r in x.actors if r.kb_id in voices.ids for n in r.ancestors}
        if not above or not y.actors or not all(r.name in above for r in y.actors):
            continue
        tx, ty = _linked(x.targets, generic), _linked(y.targets, generic)
        if tx and ty and {r.kb_id for r in tx} & {r.kb_id for r in ty}:
            return True
        if not tx and all(s.trigger_start in voices.about_the_act for s in x.evidence):
            return True
    return False


def _corefer(a: Event, b: Event, generic: frozenset[str],
             sites: Mapping[str, tuple[float, float]] | None = None,
             lead: DateRef | None = None, voices: Voices | None = None) -> bool:
    if not (_types(a) & _types(b)) or a.background != b.background:
        return False
    if sites and _apart(a, b, sites):
        return False  # "shot at crowds in Nasiriyah" / "the consulate in Najaf was burned"
    if a.type in SYMMETRIC and _dates_agree(a.date, b.date) \
            and len(_participants(a, generic) & _participants(b, generic)) >= 2:
        return True  # "A and B met" and "A met B": one meeting, whoever is the subject
    if (_modality_rank(a.modality) == 2) != (_modality_rank(b.modality) == 2):
        return False  # a threat or a hypothesis is not the act itself
    if not _dates_agree(a.date, b.date, nights=bool(_linked(a.actors, generic))
                        and bool(_linked(b.actors, generic))):
        return False
    if lead is not None and a.type in MATERIAL_CONFLICT and _recalled_apart(a, b, lead):
        return False
    if a.type in MATERIAL_CONFLICT and _crowd_and_party(a, b):
        return False
    if a.type in MATERIAL_CONFLICT and any(own_side(x, t) or _named_victim(x, t)
                                           for x in a.actors + b.actors
                                           for t in a.targets + b.targets):
        return False  # pooled, the agent of one would be the victim of the other: two acts
    if _headline(a) != _headline(b) and _in_lead(a) and _in_lead(b) \
            and (_participants(a, generic) & _participants(b, generic)
                 or not _linked_parties(a if _headline(a) else b, generic)
                 or _headline_names_agent(a if _headline(a) else b, b if _headline(a) else a,
                                          generic)) \
            and (a.type in SYMMETRIC or _same_country(a.targets, b.targets, generic)
                 or _side_compatible(a.targets, b.targets, nested=True, generic=generic)):
        # the headline tells the lead's event ("US, Iraq agree ..." / "The two agreed"; also a
        # headline naming no party the KB knows: "Militia supporters pull back ..."); not
        # when a directed act names another target ("X hits A, pounds B": the lead tells the
        # A strike); a mutual act's parties may sit on either side
        return True
    # material acts are told by their agents at several levels ("U.S. forces", "the United
    # States"); a speech act of another speaker is another event
    nested = a.type in MATERIAL_CONFLICT
    if not nested and voices is not None and _spoken_for(a, b, voices, generic):
        nested = True
    if not (_side_compatible(a.actors, b.actors, nested=nested, generic=generic)
            and _side_compatible(a.targets, b.targets, nested=True, generic=generic)):
        return False
    # compatible and both linked, or the same unnamed body told twice ("diplomatic missions
    # condemned ...", "several foreign diplomatic missions condemned ...")
    shared_actor = bool(_linked(a.actors, generic) and _linked(b.actors, generic)) \
        or _same_body(a.actors, b.actors, generic)
    frag_a, frag_b = _fragment(a, nested, generic), _fragment(b, nested, generic)
    if voices is not None and any(e.evidence and e.evidence[0].trigger_start
                                  in voices.unnamed_speakers for e in (a, b)):
        return False  # "A government spokesman urged ...": not the other party's statement
    if not (shared_actor or frag_a or frag_b):
        return False
    if (_repeated(b) and not _repeated(a)) or (
            _successive(b) and not _successive(a)
            and b.evidence[0].sentence_index > a.evidence[0].sentence_index):
        return False  # "rockets again struck the camp", "hours later, gunmen attacked ...":
        # a new act after the one told before
    if not shared_actor and _far_apart(a, b, frag_a, frag_b):
        return False  # the lead's "blast ... killing one" is not an attack told at the end
    if not shared_actor:
        # an agentless telling joins a told event only if a linked target links them, or it
        # names no linked target itself ("the strikes killed two guards")
        linked_a, linked_b = bool(_linked(a.targets, generic)), bool(_linked(b.targets, generic))
        if linked_a and linked_b:
            return True  # compatible above: they share a target
        # the telling that names no linked target must be the agentless one joining ("the
        # compound", "two guards"); a victim named only by the fragment is another event
        return (frag_a and not linked_a) or (frag_b and not linked_b) \
            or _victims_told_next(a, b, generic) or _victims_told_next(b, a, generic)
    return True


_ANOTHER_ACT_RE = re.compile(r"\b(?:separate|another|elsewhere|other|also|earlier|second)\b",
                             re.IGNORECASE)


def _victims_told_next(told: Event, frag: Event, generic: frozenset[str]) -> bool:
    """"Israeli warplanes struck a convoy near X. Five fighters of Y were killed": the victims
    a sentence tells with no agent at all, right after an act whose agent is linked and whose
    target is no party, are that act's (its target then the victims' party); not when the
    sentence marks another act ("in a separate blast", "another strike")."""
    if frag.actors or told.type != "ASSAULT" or not _linked(told.actors, generic) \
            or _linked(told.targets, generic) or not told.evidence or not frag.evidence:
        return False
    here = {s.sentence_index for s in told.evidence}
    return all(s.sentence_index - 1 in here for s in frag.evidence) \
        and not any(_ANOTHER_ACT_RE.search(s.sentence) for s in frag.evidence)


FRAGMENT_REACH = 3  # sentences: how far from a telling an agentless telling may join it


def _far_apart(a: Event, b: Event, frag_a: bool, frag_b: bool) -> bool:
    """A telling without an agent told first, more than :data:`FRAGMENT_REACH` sentences
    before the other and not with it in the article's first lines, is the story's own act
    ("a blast ... killing one" in the lead), not an act told far below ("Iran fired missiles
    at Israel on April 13", "an attack on its embassy"): when it names no actor at all, or
    the later telling names a linked agent. A telling after an act may be far from it
    ("... were among those killed", a list of casualties at the end)."""
    sa = {e.sentence_index for e in a.evidence}
    sb = {e.sentence_index for e in b.evidence}
    if not sa or not sb or min(sa) == min(sb):
        return False
    (first, s1, frag1), (_, s2, frag2) = sorted(((a, sa, frag_a), (b, sb, frag_b)),
                                                key=lambda x: min(x[1]))
    if not (frag1 and (not first.actors or not frag2)):
        return False
    if min(s1) < LEAD_SENTENCES and min(s2) < LEAD_SENTENCES:
        return False
    return min(abs(x - y) for x in s1 for y in s2) > FRAGMENT_REACH


_PHRASE_TAIL_RE = re.compile(r"\s+(?:in|of|from|at|on|across|and)\s.*$|,.*$", re.IGNORECASE)


def _body_noun(ref: ActorRef) -> str:
    """The head noun of an unlinked group phrase ("several foreign diplomatic missions in
    Iraq" -> "mission")."""
    words = _PHRASE_TAIL_RE.sub("", ref.text).lower().split()
    w = words[-1].strip(".,;:'\"“”’") if words else ""
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _same_body(a: Sequence[ActorRef], b: Sequence[ActorRef], generic: frozenset[str]) -> bool:
    """Both tellings name their actor only by a group noun, the same one."""
    if not a or not b or _linked(a, generic) or _linked(b, generic):
        return False
    names_a = [set(r.text.lower().split()) for r in a if _proper(r.text)]
    names_b = [set(r.text.lower().split()) for r in b if _proper(r.text)]
    if names_a and names_b and not any(x <= y or y <= x for x in names_a for y in names_b):
        return False  # two people of one family ("Masoud Barzani", "Nechirvan Barzani")
    heads_a, heads_b = {_body_noun(r) for r in a} - {""}, {_body_noun(r) for r in b} - {""}
    return bool(heads_a) and heads_a == heads_b


def _headline(ev: Event) -> bool:
    """A telling in the article's first lines that end without a full stop (a headline or a
    sub-head)."""
    # a quoted word may close a headline ('... as "flagrant violation"'); a sentence ends
    # with its stop, inside the quote or before it
    return bool(ev.evidence) and all(
        e.sentence_index < LEAD_SENTENCES and not e.sentence.rstrip().rstrip("\"”'’").endswith(
            (".", "!", "?")) for e in ev.evidence)


def _headline_names_agent(head: Event, told: Event, generic: frozenset[str]) -> bool:
    """"US Jets Bomb Militia Sites" over "The strikes hit depots used by X": a headline's
    material act whose target is no party the KB knows (capitals of a kind: "Militia Sites",
    "Opposition Bases") names the agent of the lead's telling of that act that names none;
    the telling gives the target (reason ``coreference``)."""
    return head.type in MATERIAL_CONFLICT and bool(_linked(head.actors, generic)) \
        and not _linked(head.targets, generic) and not told.actors \
        and bool(_linked(told.targets, generic))


def _in_lead(ev: Event) -> bool:
    return any(e.sentence_index <= LEAD_SENTENCES for e in ev.evidence)


_REPEAT_RE = re.compile(r"\b(?:again|second|third|fourth|renewed)\b", re.IGNORECASE)


def _repeated(ev: Event) -> bool:
    """A telling marked as a repeat of an earlier act ("rockets again struck the base", "a
    second salvo hit the camp"): the words just before its first trigger say so."""
    for span in ev.evidence[:1]:
        if span.trigger_start is None:
            return False
        before = span.sentence[max(0, span.trigger_start - span.start - 40):
                               span.trigger_start - span.start]
        return bool(_REPEAT_RE.search(" ".join(before.split()[-4:])))
    return False


_SUCCESSIVE_RE = re.compile(
    r"^\W*(?:(?:\w+\s+)?(?:days?|hours|minutes|moments)\s+later|later\s+(?:that|the\s+same|on)"
    r"|(?:the\s+)?(?:next|following|same)\s+(?:day|morning|evening|night|afternoon)"
    r"|that\s+(?:day|night|evening|morning|afternoon))\b", re.IGNORECASE)


def _successive(ev: Event) -> bool:
    """A telling in a sentence that opens by placing it after the one before ("Hours later,
    militants attacked ...", "The same night, ...", "A day later, ..."): a new act."""
    return bool(ev.evidence) and bool(_SUCCESSIVE_RE.match(ev.evidence[0].sentence))


def split_successive(events: Sequence[Event], parsed: Any) -> list[Event]:
    """Tellings the sentence-level coder merged (same type and arguments) that are other acts:
    a sentence that opens by placing its act after the one before ("Gunmen ambushed a patrol
    on Monday. Hours later, gunmen attacked a checkpoint."), or an act of "whoever" might do it
    ("warned that whoever fires rockets at the bases and kills Americans ..."). Each such
    sentence's tellings become a record of their own; every part takes the day its own
    sentences give."""
    from brinkwatch.extract.time import resolve_date

    out: list[Event] = []
    for ev in events:
        parts: list[list[Evidence]] = []
        for span in ev.evidence:
            last = parts[-1][-1] if parts else None
            if last is not None and _free_relative(parsed.doc, span) == _free_relative(
                    parsed.doc, last) and not (span.sentence_index != last.sentence_index
                                               and _SUCCESSIVE_RE.match(span.sentence)):
                parts[-1].append(span)
            else:
                parts.append([span])
        if len(parts) == 1:
            out.append(ev)
            continue
        for part in parts:
            day = DateRef()
            for span in part:
                tok = _token(parsed.doc, span)
                day = resolve_date(parsed, span.sentence_index,
                                   anchor=tok.i if tok is not None else None)
                if day.value:
                    break
            out.append(replace(ev, evidence=tuple(part), date=day))
    return out


def _free_relative(doc: Any, span: Evidence) -> bool:
    """The telling's act has "whoever"/"anyone" as its subject."""
    return any(s.lower_ in _FREE_RELATIVES for s in _span_subjects(doc, span))


def _fragment(ev: Event, material: bool, generic: frozenset[str]) -> bool:
    """A telling without its own agent: no actor, or (for material acts) no linked one
    ("the raids", "gunmen"), unless it names one the KB does not know ("its Guards", "Harakat
    X"): that agent's act is no fragment of another's; another speaker of a statement is
    another statement."""
    return not ev.actors or (material and not _linked(ev.actors, generic)
                             and not any(_proper(a.text) and not a.kb_id for a in ev.actors))


def _pool(refs: Sequence[ActorRef], generic: frozenset[str]) -> tuple[ActorRef, ...]:
    """Arguments of merged tellings: the linked ones and the unlinked proper names ("Keller");
    a generic phrase ("two guards", "several locations") only when nothing better is told. A
    class the KB knows ("Iranian Kurdish opposition groups") stays beside an unlinked name,
    which may be a headline's capitals ("Kurdish Opposition Camps")."""
    named = [r for r in refs if (r.kb_id and r.kb_id not in generic) or _proper(r.text)]
    if named and not any(r.kb_id for r in named):
        named += [r for r in refs if r.kb_id]
    if named:
        return _dedupe(named)
    return _dedupe([r for r in refs if r.text])[:1]


def _proper(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words[-1:]) \
        and words[0].lower() not in ("a", "an", "the", "two", "three", "several", "some")


def _merge(g: Event, ev: Event, generic: frozenset[str] = frozenset()) -> Event:
    spans = g.evidence + tuple(e for e in ev.evidence if e not in g.evidence)
    spans = tuple(sorted(spans, key=lambda e: (e.start, e.trigger_start or 0)))
    better = g if (bool(g.actors), bool(g.targets)) >= (bool(ev.actors), bool(ev.targets)) else ev
    date_ = _best_date(g.date, ev.date)
    modality = min((g.modality, ev.modality), key=_modality_rank)
    reasons = g.reasons + tuple(r for r in ev.reasons if r not in g.reasons)
    trig = ev.evidence[0].trigger if ev.evidence else None
    reasons += (Completion(role="event", value=ev.type, reason="coreference", evidence=trig),)
    return replace(
        better, actors=_pool(g.actors + ev.actors, generic),
        targets=_pool(g.targets + ev.targets, generic),
        evidence=spans, date=date_, modality=modality, location=g.location or ev.location,
        confidence=max(g.confidence, ev.confidence), reasons=reasons,
        casualties=g.casualties + ev.casualties,
        attribution=_best_attribution(g.attribution, ev.attribution),
        incomplete=g.incomplete and ev.incomplete,
    )


def _best_date(a: DateRef, b: DateRef) -> DateRef:
    order = {"day": 0, "range": 1, "month": 2, "year": 3}
    cands = [d for d in (a, b) if d.value]
    if not cands:
        return a
    return min(cands, key=lambda d: (order.get(d.precision or "", 4), straddles(d)))


_STRADDLE_RE = re.compile(r"\b(?:overnight|last night|over ?night)\b", re.IGNORECASE)
_NAMED_DAY_RE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                           r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d",
                           re.IGNORECASE)


def straddles(d: DateRef) -> bool:
    """A day read from "overnight" or "last night" without a named day: the night runs over two
    days, so a telling of the same act that names its day ("at 1 a.m. on Wednesday") is
    better."""
    text = d.text or ""
    return bool(_STRADDLE_RE.search(text)) and not _NAMED_DAY_RE.search(text)


def _best_attribution(a: Attribution, b: Attribution) -> Attribution:
    return a if a.speaker is not None or b.speaker is None else b


def corefer_events(events: Sequence[Event], generic: frozenset[str] = frozenset(),
                   answered: dict[int, tuple[ActorRef, ...]] | None = None,
                   sites: Mapping[str, tuple[float, float]] | None = None,
                   lead: DateRef | None = None,
                   voices: Voices | None = None,
                   answering: frozenset[int] = frozenset()) -> list[Event]:
    """Merge the tellings of one real event (see step 3), in reading order. ``answered`` maps
    the trigger of an act told as what another act answers ("struck X in response to the
    attack on Y") to the responders: that act is never theirs. ``lead`` is the lead's date
    (:func:`lead_date`): an act recalled below it is not the lead's undated act; ``voices``
    the story's spokespeople (:class:`Voices`). ``answering``: the triggers of attacks told as
    an answer ("responded to the strike with rockets"), which join no record of another agent
    (:func:`answering_acts`)."""
    groups: list[Event] = []
    answered = answered or {}
    for ev in sorted(events, key=_position):
        for j, g in enumerate(groups):
            if _corefer(g, ev, generic, sites, lead, voices) \
                    and not _answers(g, ev, answered, generic) \
                    and not _answers(ev, g, answered, generic) \
                    and not _answer_apart(g, ev, answering, generic):
                groups[j] = _merge(g, ev, generic)
                break
        else:
            groups.append(ev)
    return groups


_RAID_TYPES = frozenset({"ASSAULT", "COERCE"})


def join_raid_and_detention(events: Sequence[Event], doc: Any,
                            generic: frozenset[str] = frozenset()) -> list[Event]:
    """"Troops stormed the compound and detained nine of its members": one operation told as
    two coordinated verbs (an assault and an arrest by the same agent on the same party) is
    one record, with both spans (reason ``coreference``)."""
    def coordinated(a: Event, b: Event) -> bool:
        for sa in a.evidence:
            ta = _token(doc, sa)
            for sb in b.evidence:
                tb = _token(doc, sb)
                if ta is not None and tb is not None and (
                        (tb.dep_ == "conj" and tb.head.i == ta.i)
                        or (ta.dep_ == "conj" and ta.head.i == tb.i)):
                    return True
        return False

    out = list(events)
    i = 0
    while i < len(out):
        a = out[i]
        for j in range(i + 1, len(out)):
            b = out[j]
            if a.type not in _RAID_TYPES or b.type not in _RAID_TYPES or b.type == a.type \
                    or not coordinated(a, b):
                continue
            agents_a, agents_b = _linked(a.actors, generic), _linked(b.actors, generic)
            if not agents_a or not _side_compatible(agents_a, agents_b, nested=True,
                                                    generic=generic):
                continue
            if a.targets and b.targets and not _side_compatible(a.targets, b.targets,
                                                                nested=True, generic=generic):
                continue
            first, second = (a, b) if _position(a) <= _position(b) else (b, a)
            out[i] = a = _merge(first, second, generic)
            del out[j]
            break
        else:
            i += 1
    return out


def _answers(a: Event, b: Event, answered: dict[int, tuple[ActorRef, ...]],
             generic: frozenset[str]) -> bool:
    """Whether ``b`` tells an act that ``a``'s agent answered: the same agent on both sides of
    a response is a misread, not one event."""
    agents = _linked(a.actors, generic)
    if not agents:
        return False
    for span in b.evidence:
        who = answered.get(span.trigger_start if span.trigger_start is not None else -1)
        if who and _side_compatible(agents, who, nested=True, generic=generic):
            return True
    return False


def answering_acts(doc: Any, events: Sequence[Event]) -> frozenset[int]:
    """Trigger offsets of attacks told as an answer to another act ("responded to the strike
    with a barrage of rockets", "retaliated for the raid with missiles")."""
    return frozenset(span.trigger_start for ev in events if ev.type == "ASSAULT"
                     for span in ev.evidence if span.trigger_start is not None
                     and (tok := _token(doc, span)) is not None and _answered_acts(tok))


def _answer_apart(a: Event, b: Event, answering: frozenset[int],
                  generic: frozenset[str]) -> bool:
    """Whether one of two records holds an attack told as an answer and they share no linked
    agent: the answer and the act it answers are two acts."""
    if not any(s.trigger_start in answering for s in (*a.evidence, *b.evidence)):
        return False
    return not ({_key(x) for x in _linked(a.actors, generic)}
                & {_key(x) for x in _linked(b.actors, generic)})


_ANSWER_NOUNS = frozenset({"response", "retaliation", "revenge", "reprisal", "answer",
                           "punishment"})


def answered_acts(doc: Any, events: Sequence[Event], generic: frozenset[str] = frozenset()
                  ) -> dict[int, tuple[ActorRef, ...]]:
    """Trigger offset of each act told as what another act answers ("in response to the
    attack on the camp", "in retaliation for the raid") -> the linked agents of the events
    told by the answering clause of that sentence."""
    out: dict[int, tuple[ActorRef, ...]] = {}
    for ev in events:
        for span in ev.evidence:
            tok = _token(doc, span)
            if tok is None or tok.pos_ != "NOUN" or tok.dep_ != "pobj":
                continue
            prep = tok.head
            noun = prep.head
            if noun.lemma_.lower() not in _ANSWER_NOUNS:
                continue
            verb = noun  # up to the answering clause's verb ("struck X belonging to Y in ...")
            for _ in range(6):
                if (verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("acl", "amod")) \
                        or verb.head.i == verb.i:
                    break
                verb = verb.head
            who = [a for other in events for sp in other.evidence
                   if sp.trigger_start == verb.idx and sp.sentence_index == span.sentence_index
                   for a in _linked(other.actors, generic)]
            if who and span.trigger_start is not None:
                out[span.trigger_start] = tuple(who)
    return out


_CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "hurt"})
# dependency links that stay inside a noun phrase and its modifiers (no new clause)
_NOMINAL_LINKS = frozenset({"relcl", "acl", "prep", "pobj", "appos", "compound", "nmod",
                            "npadvmod", "nummod", "amod", "poss"})


def _token(doc: Any, span: Evidence) -> Any:
    if span.trigger_start is None:
        return None
    got = doc.char_span(span.trigger_start, span.trigger_end or span.trigger_start + 1,
                        alignment_mode="expand")
    return None if got is None else got.root


def absorb_elaborations(events: Sequence[Event], doc: Any) -> list[Event]:
    """"X condemned the strike, calling it a breach of Y's sovereignty": a participle clause
    of the same speaker that says what the condemned act was is that statement told again,
    not a second act against its victim Y. It joins the statement; the statement's targets
    stay (reason ``coreference``)."""
    out = list(events)
    heads: dict[int, int] = {}  # trigger token index -> position in ``out``
    for i, ev in enumerate(out):
        for span in ev.evidence:
            tok = _token(doc, span)
            if tok is not None:
                heads.setdefault(tok.i, i)
    gone: set[int] = set()
    for i, ev in enumerate(out):
        tok = _token(doc, ev.evidence[0]) if len(ev.evidence) == 1 else None
        if tok is None or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "conj"):
            continue
        j = heads.get(tok.head.i)
        if j is None or j == i or j in gone:
            continue
        main = out[j]
        if not (main.type == ev.type or _judging_call(tok)) \
                or not {_key(a) for a in main.actors} & {_key(a) for a in ev.actors}:
            continue
        out[j] = _merge(main, replace(ev, targets=()) if main.targets else ev)
        gone.add(i)
    return [ev for i, ev in enumerate(out) if i not in gone]


def _judging_call(tok: Any) -> bool:
    """"..., calling them proxies of Tehran": "call" with a second object judges what the
    statement is about; it is no telephone call."""
    return tok.lemma_.lower() == "call" and any(c.dep_ in ("oprd", "attr", "xcomp")
                                                  for c in tok.children)


def _casualty_of(doc: Any, frag: Event, told: Event) -> bool:
    """"an airstrike ..., in which two officers were killed", "killed in an Israeli attack":
    an agentless casualty clause that the parse hangs on an attack told with its agent."""
    if not frag.evidence or not told.evidence:
        return False
    verb, attack = _token(doc, frag.evidence[0]), None
    for span in told.evidence:
        if span.sentence_index == frag.evidence[0].sentence_index:
            attack = _token(doc, span)
    if verb is None or attack is None or verb.lemma_.lower() not in _CASUALTY_VERBS:
        return False
    if any(c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in verb.children):
        return False  # "a rocket attack killed a contractor": a clause with its own subject
    cur = verb
    while cur.head.i != cur.i and cur.dep_ in _NOMINAL_LINKS:
        cur = cur.head
        if cur.i == attack.i:
            return True  # the casualty clause hangs on the attack noun phrase
    head = verb.head
    if verb.dep_ == "relcl" and head.i != attack.i and head.pos_ == "NOUN" \
            and not head.ent_type_ and material_act(head):
        return False  # "struck X in response to the attack on Y, in which two were killed"
    relative = verb.dep_ == "relcl" and any(
        g.lower_ in ("which", "where") for c in verb.children for g in [c, *c.children])
    if relative and attack.i < verb.i and all(
            t.lemma_.lower() not in _CASUALTY_VERBS and t.pos_ != "VERB"
            for t in doc[attack.i + 1:verb.i] if t.dep_ in ("ROOT", "ccomp")):
        return True  # "an airstrike on X on March 7, in which two officers were killed"
    return any(c.dep_ in ("prep", "agent") and any(g.i == attack.i for g in c.children)
               for c in verb.children)  # "killed in/by the attack"


def absorb_casualty_clauses(events: Sequence[Event], doc: Any,
                            generic: frozenset[str] = frozenset()) -> list[Event]:
    """Agentless casualty clauses of an attack told with its agent become part of it: their
    victims join its targets, their span its spans (reason ``casualty-clause``)."""
    out = list(events)
    for i, frag in enumerate(out):
        if frag.type != "ASSAULT" or _linked(frag.actors, generic) or frag.background:
            continue
        for j, told in enumerate(out):
            if j == i or told.type != "ASSAULT" or not _linked(told.actors, generic):
                continue
            if _casualty_of(doc, frag, told):
                merged = _merge(told, replace(frag, actors=()), generic)
                out[j] = replace(merged, reasons=merged.reasons[:-1] + (Completion(
                    role="target", value=None, reason="casualty-clause",
                    evidence=frag.evidence[0].trigger),))
                out[i] = replace(frag, evidence=())  # absorbed
                break
    return [e for e in out if e.evidence]


# --------------------------------------------------------------------------- 4. agents
def _claimants(parsed: Any, mentions: Sequence[Mention], kb: Any) -> list[ActorRef]:
    """Linked subjects of claims of responsibility in the story ("X claimed the attack")."""
    out: list[ActorRef] = []
    for s in parsed.sentences:
        by = _CLAIMED_BY_RE.search(s.text)
        if by is not None and not _NEGATION_RE.search(s.text[:by.start()]):
            after = [x for x in mentions if x.kb_id and s.start + by.end() <= x.start < s.end]
            if after:  # "the attack was claimed by X"
                x = after[0]
                out.append(kb.ref(x.kb_id, x.text, x.start, x.end) if kb is not None
                           else ActorRef(name=x.name, kb_id=x.kb_id, text=x.text))
                continue
        m = _CLAIM_RE.search(s.text)
        if m is None or _NEGATION_RE.search(s.text[:m.start()]):
            continue  # "no group has claimed the attack", "X denied it carried out"
        at = s.start + m.start()
        # a name ending in this sentence before the claim (also one a sentence break cut)
        before = [x for x in mentions if x.kb_id and s.start < x.end <= at]
        if before:
            x = before[-1]
            out.append(kb.ref(x.kb_id, x.text, x.start, x.end) if kb is not None
                       else ActorRef(name=x.name, kb_id=x.kb_id, text=x.text))
    return out


# Words that make blame a guess: "X was likely responsible", "may have been behind it".
_HEDGE_WORDS = frozenset({"likely", "probably", "possibly", "perhaps", "may", "might", "could",
                          "apparently", "presumably", "suspect", "suspected", "believe",
                          "believed", "think", "seemingly", "reportedly", "allegedly"})


def _hedged(doc: Any, ev: Event) -> bool:
    """Whether an accusation is told as a guess: a hedge of its source, or a hedging word on
    its trigger or on the predicate under it ("was likely responsible", "probably carried
    out")."""
    if ev.attribution.hedges:
        return True
    for span in ev.evidence:
        tok = _token(doc, span) if doc is not None else None
        if tok is None:
            continue
        near = [*tok.children, *(g for c in tok.children
                                 if c.dep_ in ("acomp", "xcomp", "ccomp", "attr", "prep")
                                 for g in c.children)]
        if tok.lemma_.lower() in _HEDGE_WORDS or any(
                c.dep_ in ("advmod", "aux") and c.lower_ in _HEDGE_WORDS for c in near):
            return True
    return False


def _blamed(events: Sequence[Event], doc: Any = None) -> list[tuple[ActorRef, Event]]:
    """Linked targets of accusations about an attack ("blamed X for the attack"); blame told
    as a guess ("X was likely behind it") names no attacker."""
    out = []
    for ev in events:
        if ev.type != "ACCUSE" or not ev.reportable or _hedged(doc, ev):
            continue
        if not any(_ATTACK_WORDS.search(e.sentence) for e in ev.evidence):
            continue
        out += [(t, ev) for t in _linked(ev.targets)]
    return out


def _complete_agents(events: list[Event], parsed: Any, mentions: Sequence[Mention],
                     kb: Any) -> list[Event]:
    generic = _generic_ids(kb)
    # an attacker the story names only by a class ("a suicide bomber", "gunmen") is the one
    # a claim of responsibility names, as a missing one is
    needy = [i for i, e in enumerate(events) if e.type in MATERIAL_CONFLICT
             and not e.background and all((not a.kb_id or a.kb_id in generic)
                                          and not _proper(a.text) for a in e.actors)]
    if not needy:
        return events
    claims = _dedupe(_claimants(parsed, mentions, kb))
    blamed = _blamed(events, parsed.doc)
    out = list(events)
    for i in needy:
        ev = out[i]
        targets = {_key(t) for t in ev.targets}
        claimed = tuple(c for c in claims if not any(own_side(c, t) for t in ev.targets))
        if len(claimed) == 1 and _key(claimed[0]) not in targets:
            out[i] = replace(ev, actors=claimed, incomplete=False, reasons=ev.reasons + (
                Completion(role="actor", value=claimed[0].name, reason="claim",
                           evidence=claimed[0].text),))
            continue
        if ev.actors:
            continue  # a class of attacker: only a claim names it
        # blame for an attack names the attacker, not the author of any other act the story
        # tells ("talks on ending the mission" after "Iran blamed Washington for the raid")
        cands = _dedupe([t for t, _ in blamed if _key(t) not in targets
                         and not any(own_side(t, v) for v in ev.targets)]
                        if ev.type == "ASSAULT" else [])
        if len(cands) == 1:
            src = next(a for t, a in blamed if _key(t) == _key(cands[0]))
            who = src.actors[0].name or src.actors[0].text if src.actors else None
            out[i] = replace(ev, actors=cands, incomplete=False, modality=Modality.ALLEGED,
                             reasons=ev.reasons + (Completion(
                                 role="actor", value=cands[0].name, reason="attribution",
                                 evidence=f"blamed by {who}" if who else None),))
            continue
        launched = _launcher(out, ev, generic=frozenset())
        if launched is not None:
            act, weapon = launched
            agents = tuple(_linked(act.actors))
            out[i] = replace(ev, actors=agents, incomplete=False,
                             reasons=ev.reasons + (Completion(
                                 role="actor", value=agents[0].name,
                                 reason="weapon-anaphora", evidence=weapon),))
            continue
        if ev.type == "ASSAULT" and ev.targets and ev.modality == Modality.ASSERTED \
                and _told_as_done(parsed.doc, ev):
            unknown = ActorRef(name=None, kb_id=None, text=_UNKNOWN_AGENT)
            out[i] = replace(ev, actors=(unknown,), incomplete=False, reasons=ev.reasons + (
                Completion(role="actor", value=None, reason="unknown-agent",
                           evidence="the story names no agent"),))
    return out


# How a weapon an act was done with points back at weapons the story told before: "the
# drones", "one of the missiles", "these rockets".
_BACK_WEAPON_RE = re.compile(r"^(?:(?:one|two|three|some|several|most|many|all|each|none)\s+"
                             r"of\s+)?(?:the|these|those)\s+", re.IGNORECASE)


def _launcher(events: Sequence[Event], ev: Event, generic: frozenset[str]
              ) -> tuple[Event, str] | None:
    """The act that launched the weapon an agentless attack is told by, when the weapon points
    back at those the story told before ("Iran fired missiles and drones at Erbil ... One of
    the drones slammed into the consulate": Iran's): the one earlier attack, with a linked
    agent, whose sentence names that weapon; with its weapon's words. None when no act or
    several agents' acts name it."""
    weapons = [r.evidence for r in ev.reasons if r.role == "actor" and r.reason == "weapon"
               and r.evidence and _BACK_WEAPON_RE.match(r.evidence)]
    if not weapons or not ev.evidence:
        return None
    word = _head_word(weapons[0])
    here = _position(ev)
    stem = re.compile(rf"\b{re.escape(word)}(?:s|es)?\b", re.IGNORECASE)
    acts = [e for e in events if e is not ev and e.type in MATERIAL_CONFLICT
            and e.reportable and not e.background and _linked(e.actors, generic)
            and _position(e) < here and _modality_rank(e.modality) < 2
            and any(stem.search(span.sentence or "") for span in e.evidence
                    if (span.trigger_start or span.start or 0) < here)]
    agents = {tuple(sorted(_key(a) for a in _linked(e.actors, generic))) for e in acts}
    return (acts[0], weapons[0]) if len(agents) == 1 else None


REACTIONS = frozenset({"ACCUSE", "PROTEST", "THREATEN"})
# Nouns a reaction calls the story's act by without naming it as one ("condemned the
# incident", "denounced this crime"): with a definite determiner, the act the story tells.
_INCIDENT_NOUNS = frozenset({"incident", "crime", "act"})


def _act_objects(doc: Any, ev: Event, *, first: bool = False) -> list[Any]:
    """The act nouns an event's trigger is about ("condemned the attack", "protested over this
    raid", "a condemnation of the assassination attempt"), in its first telling or in all."""
    out = []
    for span in ev.evidence[:1] if first else ev.evidence:
        tok = _token(doc, span)
        if tok is None:
            continue
        preps = ("over", "against", "of") if tok.pos_ == "NOUN" else ("over", "against")
        # a judgement reported of an act: "said the arrests were illegal" (the act its subject)
        judged = ev.type == "ACCUSE" and tok.lemma_.lower() in JUDGING_VERBS
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                or (judged and c.dep_ == "nsubj")] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]
        second = ("of", "over", "against")
        if ev.type == "THREATEN":
            # "vowed revenge for the killing", "vowed to avenge the assassination": a threat
            # answers the act it is for
            second += ("for",)
            objs += [g for c in tok.children if c.dep_ == "xcomp"
                     for g in c.children if g.dep_ == "dobj"]
            # "vowed to respond to the strike", "promised to retaliate for the raid"
            objs += [g for c in tok.children if c.dep_ == "xcomp"
                     and c.lemma_.lower() in _REVENGE_WORDS
                     for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                     for g in p.children if g.dep_ == "pobj"]
            if tok.lemma_.lower() in READINESS_VERBS:
                # "reserves the right to respond to the attacks": the act answered
                objs += [g for r in tok.subtree if r.lemma_.lower() in FORCE_RESPONSE_VERBS
                         for p in r.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                         for g in p.children if g.dep_ == "pobj"]
        if ev.type == "ASSAULT":
            objs += _answered_acts(tok)  # "responded to the strike with rockets"
        # "issued a condemnation of the attack": the act is the object of the light verb's noun
        objs += [g for o in objs if o.pos_ == "NOUN" for c in o.children
                 if c.dep_ == "prep" and c.lower_ in second
                 for g in c.children if g.dep_ == "pobj"]
        out += [o for o in objs if material_act(o) or any(
            c.dep_ == "compound" and material_act(c) for c in o.children)  # "assassination attempt"
            or (o.lemma_.lower() in _INCIDENT_NOUNS  # "condemned the incident"
                and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in o.children))]
        out += [o for o in _named_as(tok) if ev.type in REACTIONS
                and (material_act(o) or o.lemma_.lower() in _INCIDENT_NOUNS)]
    return out


def _named_as(tok: Any) -> list[Any]:
    """What a reaction names the act it is about when it names it only by the speaker's own
    word for it, "condemned what it called a cowardly act of aggression", "denounced what they
    described as an unprovoked attack": the nouns the free relative's naming verb gives."""
    out = []
    for c in tok.children:
        if c.dep_ not in ("ccomp", "dobj", "xcomp") or c.lemma_.lower() not in _JUDGING_VERBS:
            continue
        if not any(w.lower_ == "what" for w in c.children if w.dep_ in ("dobj", "nsubjpass")):
            continue
        out += [g for g in c.children if g.dep_ in ("oprd", "attr")]
        out += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                for g in p.children if g.dep_ == "pobj"]
    return out


def _definite_act(obj: Any) -> bool:
    """Whether an act noun points at an act told before: a definite determiner ("the
    raid", "this attack") or the speaker's own name for it ("what it called an act of
    aggression")."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in obj.children) or any(
        obj.i == g.i for g in _named_as(_free_relative_reaction(obj)))


def _free_relative_reaction(obj: Any) -> Any:
    """The verb of the reaction a free relative's naming verb hangs on ("condemned what it
    called X": condemned), or ``obj`` itself when there is none."""
    verb = obj.head.head if obj.dep_ == "pobj" else obj.head
    return verb.head if verb.dep_ in ("ccomp", "dobj", "xcomp") else obj


def _answered_acts(tok: Any) -> list[Any]:
    """The acts an attack told as an answer answers: "responded to the strike with a barrage of
    rockets", "retaliated for the raid with missiles" (the weapons' verb of answering)."""
    verb = response_verb(tok) if tok.dep_ == "pobj" else tok
    if verb is None or verb.lemma_.lower() not in RESPONSE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
            for g in p.children if g.dep_ == "pobj"]


def _reacted_act(doc: Any, ev: Event) -> Any:
    """The attack noun a condemnation or protest is about ("condemned the attack", "protested
    this raid"), when it names no agent of its own."""
    def agentless(o: Any) -> bool:
        who = noun_actor(o)
        # a headline names the strike by its place ("condemns Jurf al-Sakhar drone strike")
        # (the tagger's label of a place name is no guide there: "Jurf al-Sakhar" PERSON);
        # the lead's one agent decides, so a headline naming the agent agrees with it
        return who is None or (_headline(ev) and who.dep_ == "compound"
                               and who.ent_type_ != "NORP")
    return next((o for o in _act_objects(doc, ev, first=True) if agentless(o)), None)


# What a reaction judges the act to be ("called the raid a crime against X", "condemned the
# strike as a violation of X's sovereignty"): X there is the act's victim, not its addressee.
_JUDGEMENT_DEPS = frozenset({"oprd", "attr", "xcomp", "acomp"})


def _victim_spans(obj: Any) -> list[tuple[int, int]]:
    """Character spans that tell what an attack noun was done to: the noun phrase itself ("the
    attack on Erbil") and the judgement its reaction passes on it ("a crime against X")."""
    def edges(tok: Any) -> tuple[int, int]:
        return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    out = [edges(obj)]
    verb = obj.head
    if obj.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        out += [edges(c) for c in verb.children if c.dep_ in _JUDGEMENT_DEPS]
        out += [edges(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    return out


def _victims(ev: Event, obj: Any) -> bool:
    """Whether every target of a reaction is what the attack noun ``obj`` was done to ("the
    attack on Erbil" -> Erbil; "called the strike a crime against the Yazidis" -> the
    Yazidis)."""
    spans = _victim_spans(obj)
    return all(t.start is not None and any(lo <= t.start < hi for lo, hi in spans)
               for t in ev.targets)


# Nouns that name an act of force: the story's act they refer to is an attack or a clash.
_FORCE_NOUN_RE = re.compile(r"(?:attack|strike|airstrike|air strike|bombing|bombardment|"
                            r"shelling|assault)s?", re.IGNORECASE)
_FORCE_TYPES = frozenset({"ASSAULT", "FIGHT"})


def _anaphoric_targets(events: list[Event], doc: Any, generic: frozenset[str]) -> list[Event]:
    """"X condemned the attack (on Y)": a condemnation of an attack the story tells is aimed at
    that attack's agent (reason ``anaphora``), not at its victim Y (kept only when the story
    names no agent). The attack is the telling whose span
    is the noun itself, else the one attack (with a linked agent) the story told before."""
    out = list(events)
    for i, ev in enumerate(out):
        answer = ev.type == "ASSAULT" and not ev.targets  # "responded to the strike with X"
        if (ev.type not in REACTIONS and not answer) or not ev.actors or not ev.evidence:
            continue
        obj = _reacted_act(doc, ev)
        if obj is None or (ev.targets and not _victims(ev, obj)):
            continue
        here = ev.evidence[0].sentence_index
        told = [e for e in out if e.quad == 4 and any(s.trigger_start == obj.idx
                                                      for s in e.evidence)]
        if not told and _definite_act(obj):
            told = [e for e in out if e.quad == 4 and e.reportable and not e.background
                    and min(s.sentence_index for s in e.evidence) <= here]
        elif not told and _headline(ev) and not any(c.dep_ == "det" for c in obj.children):
            # a headline drops its articles ("Baghdad condemns Jurf al-Sakhar drone strike"):
            # the strike is the one the lead tells
            told = [e for e in out if e.quad == 4 and e.reportable and not e.background
                    and not _headline(e) and _in_lead(e)]
        told = [e for e in told if _modality_rank(e.modality) < 2  # not "denied it hit X"
                and e is not ev]  # an answer by force is not the act it answers
        if _FORCE_NOUN_RE.fullmatch(obj.text) and any(e.type in _FORCE_TYPES for e in told):
            # "the strike" is an act of force the story tells, not its sanctions or arrests
            told = [e for e in told if e.type in _FORCE_TYPES]
        agents = {tuple(sorted(_key(a) for a in _linked(e.actors, generic))) for e in told}
        unlinked_ok = False
        if len(agents) == 1 and () not in agents:
            act = told[0]
        else:  # several acts told: the one the reaction is about (_reacted_among), else
            # "the attack" is the story's own, the one its lead tells
            act, unlinked_ok = _reacted_among(told, ev, obj, generic)
            if act is None:
                act = _lead_act(told, generic)
            if act is None:
                act = _main_act(told, ev, generic)
            if act is None:
                continue
        speakers = {_key(a) for a in ev.actors}
        refs = tuple(a for a in _linked(act.actors, generic) if _key(a) not in speakers
                     and not _allied((a,), ev.actors))  # never at the reacting party's camp
        if not refs and unlinked_ok:
            refs = tuple(a for a in act.actors if a.text and _key(a) not in speakers)[:1]
        if not refs:
            continue
        out[i] = replace(ev, targets=refs, reasons=ev.reasons + tuple(
            Completion(role="target", value=r.name, reason="anaphora",
                       evidence=doc[obj.left_edge.i:obj.i + 1].text) for r in refs))
    return out


# What a vow of revenge names: "vowed revenge", "swore retaliation", "vowed to retaliate".
_REVENGE_WORDS = frozenset({"revenge", "retaliation", "vengeance", "retribution", "reprisal",
                            "reprisals", "retaliate", "avenge", "respond", "response"})


def _vows_revenge(tok: Any) -> bool:
    """"vowed revenge", "swore retaliation" (an object), "vowed to retaliate" (a clause)."""
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in _REVENGE_WORDS:
            return True
        if c.dep_ == "xcomp" and (c.lemma_.lower() in _REVENGE_WORDS or any(
                g.dep_ == "dobj" and g.lemma_.lower() in _REVENGE_WORDS for g in c.children)):
            return True  # "vowed to retaliate", "vowed to take revenge"
        if c.dep_ == "ccomp" and c.lemma_.lower() in _REVENGE_WORDS and any(
                a.dep_ == "aux" and a.lower_ in ("will", "would", "shall") for a in c.children):
            return True  # "warned that the United States would respond" (round 14)
    return False


def _answered_party(events: list[Event], doc: Any, generic: frozenset[str], *, type_: str,
                    answers: Callable[[Any], bool], prior: str, reason: str, evidence: str,
                    own_targets: bool,
                    described: Callable[[ActorRef, ActorRef], bool] | None = None
                    ) -> list[Event]:
    """Aim each targetless ``type_`` event whose trigger ``answers`` something at the one party
    the story tells doing the ``prior`` act (before it or in its sentence) to the speaker's side;
    ``own_targets`` also accepts a prior target that is the speaker's parent, and ``described``
    one the text describes by a noun that fits the speaker ("accused an Iraqi armed faction"
    answered by a named militia). Nothing when the story tells two such parties, or the party
    is on the speaker's side."""
    out = list(events)
    for i, ev in enumerate(out):
        if ev.type != type_ or ev.targets or not _linked(ev.actors, generic):
            continue
        toks = [t for t in (_token(doc, span) for span in ev.evidence) if t is not None]
        if not any(answers(t) for t in toks):
            continue
        here = max(s.sentence_index for s in ev.evidence)
        speakers = _linked(ev.actors, generic)
        parties = {_key(a): a for e in out if e.type == prior and e.reportable
                   and not e.background and e is not ev and _modality_rank(e.modality) < 2
                   and min(s.sentence_index for s in e.evidence) <= here
                   and any(own_side(sp, t) or (own_targets and own_side(t, sp))
                           or (described is not None and described(t, sp))
                           for sp in speakers for t in e.targets)
                   for a in _linked(e.actors, generic)}
        if len(parties) != 1:
            continue  # two parties: the answer may be to either
        (party,) = parties.values()
        if any(own_side(sp, party) or own_side(party, sp) for sp in speakers):
            continue
        out[i] = replace(ev, targets=(party,), incomplete=False, reasons=ev.reasons + (
            Completion(role="target", value=party.name, reason=reason, evidence=evidence),))
    return out


def _avenged_targets(events: list[Event], doc: Any, generic: frozenset[str]) -> list[Event]:
    """"X buried its fighters and vowed revenge": a vow of revenge that names no one is
    aimed at the agent of the story's attack on X (told before it or in its sentence), when
    the story tells one agent of such attacks (reason ``anaphora``)."""
    return _answered_party(events, doc, generic, type_="THREATEN", answers=_vows_revenge,
                           prior="ASSAULT", reason="anaphora", own_targets=False,
                           evidence="the attack on the speaker the story tells",
                           described=_fellow_organ)


def _fellow_organ(target: ActorRef, speaker: ActorRef) -> bool:
    """Whether an attacked party and a speaker are organs or officials of one state ("the
    U.S. military" attacked, the defense secretary vowing the answer; round 14)."""
    return bool(target.ancestors and speaker.ancestors and target.kb_id and speaker.kb_id
                and target.ancestors[-1] == speaker.ancestors[-1])


# What a denial or rejection names when it answers an accusation: "rejected the accusation",
# "denied the allegations", "dismissed the charges as baseless", "brushed off the claims",
# "rejected the criticism" (of whoever criticised).
_CHARGE_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "assertion",
                           "insinuation", "blame", "accusations", "allegations", "charges",
                           "claims", "criticism", "condemnation", "censure"})


def _answers_charge(tok: Any) -> bool:
    """The trigger's object is an accusation noun ("rejected the accusation")."""
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _CHARGE_NOUNS
               for c in tok.children)


# What a denial of a part in an act names: "denied any role in the strike", "denied
# responsibility", "denied involvement": the story's accusation of the denying party (the
# shares a party says it had none of, and the blame it denies).
_ROLE_NOUNS = SHARE_NOUNS | frozenset({"responsibility", "complicity", "links", "connections"})


def _answers_charge_or_role(tok: Any) -> bool:
    """"rejected the accusation", or a denial of a role in an act ("denied any role")."""
    return _answers_charge(tok) or (tok.lemma_.lower() in DENY_VERBS and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _ROLE_NOUNS for c in tok.children))


def _rejected_accusers(events: list[Event], doc: Any, generic: frozenset[str],
                       kb: Any = None) -> list[Event]:
    """"Tehran rejected the accusation", "the group denied the allegations": a rejection of an
    accusation that names no one is aimed at whoever made it, when the story tells one accuser
    of the rejecting side (before it or in its sentence; reason ``accuser``). A rejection with
    a named target, or of anything but an accusation, is left as it is."""
    return _answered_party(events, doc, generic, type_="REJECT", answers=_answers_charge_or_role,
                           prior="ACCUSE", reason="accuser", own_targets=True,
                           evidence="the accusation the story tells",
                           described=lambda t, sp: _kind_noun_fits(t, sp, kb))


# An attack told as an answer: "In response, X attacked ...", "X retaliated with strikes on
# ...", "X hit back at ...", "X responded with artillery fire on ...".
_RETALIATION_RE = re.compile(
    r"\bin\s+(?:response|retaliation|reprisal|revenge)\b|\bretaliat\w*|\brespond(?:ed|s|ing)?\s+"
    r"(?:with|by)\b|\b(?:hit|struck|strike|strikes|striking|fought|fight)\s+back\b", re.IGNORECASE)


def _retaliation_targets(events: list[Event], generic: frozenset[str]) -> list[Event]:
    """"Turkish drones killed two PKK commanders. In response, the PKK attacked a military
    outpost": an attack told as an answer whose target is no party (none, or a place or thing:
    "a military outpost", "the launch site") is aimed at the one agent the story told before
    it attacking the answering side (reason ``retaliation``); an unnamed agent ("militants")
    only when the story names no other. Nothing when two agents attacked that side, or the
    agent is the answering side's own."""
    out = list(events)
    for i, ev in enumerate(out):
        speakers = _linked(ev.actors, generic)
        if ev.type != "ASSAULT" or ev.background or not speakers or _linked(ev.targets, generic) \
                or not ev.evidence or not any(_RETALIATION_RE.search(e.sentence)
                                              for e in ev.evidence):
            continue
        here = min(s.sentence_index for s in ev.evidence)
        prior = [e for e in out if e is not ev and e.type in MATERIAL_CONFLICT and e.reportable
                 and not e.background and _modality_rank(e.modality) < 2 and e.evidence
                 and min(s.sentence_index for s in e.evidence) < here
                 and any(own_side(sp, t) or own_side(t, sp) for sp in speakers
                         for t in e.targets)]
        parties = {_key(a): a for e in prior for a in _linked(e.actors, generic)}
        if not parties:  # "Iran-backed militants fired rockets at a U.S. base"
            parties = {_key(a): a for e in prior for a in e.actors
                       if a.text and a.text != _UNKNOWN_AGENT}
        if len(parties) != 1:
            continue
        (party,) = parties.values()
        if any(own_side(sp, party) or own_side(party, sp) or _key(sp) == _key(party)
               for sp in speakers):
            continue
        out[i] = replace(ev, targets=(party,), incomplete=False, reasons=ev.reasons + (
            Completion(role="target", value=party.name or party.text, reason="retaliation",
                       evidence="the attack on the answering side the story tells"),))
    return out


# Acts that set two parties against each other: a withdrawal by one of them yields to the other.
_CONFRONTING = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "REQUEST",
                          "REJECT", "ACCUSE", "PROTEST"})


# KB relations that put two actors on one side (not "split_from", "designated_by", ...).
_ALLEGIANCE = frozenset({"leader_of", "senior_leader_of", "deputy_leader_of", "member_of",
                         "loyal_to", "led_by", "spokesperson_of", "political_wing_of",
                         "armed_wing_of", "political_wing"})


def _kin(a: ActorRef, b: ActorRef, kb: Any) -> bool:
    """One side: the same actor, an organ of the other, one camp (:func:`_camp`), or tied in
    the KB by allegiance ("Jaysh al-Mahdi" loyal to "Muqtada al-Sadr")."""
    if own_side(a, b) or own_side(b, a) or (_camp(a) is not None and _camp(a) == _camp(b)):
        return True
    actors = getattr(kb, "actors", None) or {}
    for x, y in ((a, b), (b, a)):
        got = actors.get(x.kb_id) if x.kb_id else None
        if got is not None and (got.parent == y.kb_id
                                or any(r.target == y.kb_id and r.type in _ALLEGIANCE
                                       for r in got.relations)):
            return True
    return False


def _yielded_to(events: list[Event], generic: frozenset[str], kb: Any) -> list[Event]:
    """"Iraqi troops clashed with X on Sunday. X later pulled back its men": a withdrawal that
    names no party is aimed at the foe it yields to — the one camp the story tells acting
    against the withdrawing side, or that side's own acts of confrontation aimed at (reason
    ``yielded-to``). The camp's own top actor when the story names it, else the first of its
    actors told. Nothing when the story sets the side against two camps, the side is two
    camps, or the withdrawal is not told as done (hypothetical, future)."""
    out = list(events)
    for i, ev in enumerate(out):
        side = _linked(ev.actors, generic)
        if ev.type != "RETREAT" or _linked(ev.targets, generic) or not side or ev.background \
                or _modality_rank(ev.modality) >= 2 or len({_camp(s) for s in side}) > 1:
            continue  # a withdrawal planned or agreed by two camps yields to no one told
        found: list[ActorRef] = []
        for e in out:
            if e is ev or e.type not in _CONFRONTING or not e.reportable or e.background \
                    or _modality_rank(e.modality) >= 2:
                continue
            acts, aims = _linked(e.actors, generic), _linked(e.targets, generic)
            if any(_kin(t, s, kb) for t in aims for s in side):
                found += acts  # acting against the withdrawing side
            if any(_kin(a, s, kb) for a in acts for s in side):
                found += aims  # the withdrawing side's own acts aimed at them
        parties = [p for p in found if not any(_kin(p, s, kb) for s in side)]
        camps = {_camp(p) for p in parties}
        if len(camps) != 1:
            continue
        party = next((p for p in parties if p.name == _camp(p)), parties[0])
        out[i] = replace(ev, targets=(party,), incomplete=False, reasons=ev.reasons + (
            Completion(role="target", value=party.name, reason="yielded-to",
                       evidence="the party the story sets against the withdrawing side"),))
    return out


# Acts aimed at one party that a demand told next by the same speaker is addressed to: a
# summons or protest, a meeting, an earlier demand or warning.
_ADDRESSING = frozenset({"ACCUSE", "PROTEST", "CONSULT", "REQUEST", "THREATEN"})


def _addressed_demands(events: list[Event], generic: frozenset[str]) -> list[Event]:
    """"Iraq's foreign ministry summoned the Turkish charge d'affaires. The ministry demanded an
    apology": a demand with no addressee, told in the sentence after an act of the same
    speaker aimed at one party, is addressed to that party (reason ``addressee``). Nothing when
    that sentence aims the speaker's acts at two parties, or at the speaker's own side."""
    out = list(events)
    for i, ev in enumerate(out):
        speakers = _linked(ev.actors, generic)
        if ev.type != "REQUEST" or ev.targets or ev.background or not speakers \
                or not ev.evidence:
            continue
        here = min(s.sentence_index for s in ev.evidence)
        parties = {_key(t): t for e in out if e is not ev and e.type in _ADDRESSING
                   and e.evidence and here - 1 in {s.sentence_index for s in e.evidence}
                   and any(_key(a) == _key(sp) or own_side(a, sp) or own_side(sp, a)
                           for a in _linked(e.actors, generic) for sp in speakers)
                   for t in _linked(e.targets, generic)}
        if len(parties) != 1:
            continue
        (party,) = parties.values()
        if any(own_side(sp, party) or own_side(party, sp) or _key(sp) == _key(party)
               or _same_country((sp,), (party,), generic) for sp in speakers):
            continue
        out[i] = replace(ev, targets=(party,), incomplete=False, reasons=ev.reasons + (
            Completion(role="target", value=party.name, reason="addressee",
                       evidence="the party the speaker's act before it was aimed at"),))
    return out


# Verbs that report a claim about another party: "Israel said that Iran had supplied ...".
_CLAIMING_VERBS = frozenset({"say", "claim", "allege", "charge", "insist", "assert", "report"})
CLAIM_REACH = 2  # sentences: how far before a rejection the claim it rejects may be told


def _mention_on_side(m: Mention, speakers: Sequence[ActorRef], kb: Any) -> bool:
    ref = kb.ref(m.kb_id, m.text)
    return any(m.kb_id == sp.kb_id or own_side(sp, ref) or own_side(ref, sp) for sp in speakers)


def _claim_authors_in(doc: Any, sent: Any, linked: Sequence[Mention],
                      speakers: Sequence[ActorRef], kb: Any) -> dict[str, Mention]:
    """The linked subjects of the sentence's reporting verbs whose clause names the speakers'
    side ("Israel said that Iran had ..."), by KB id."""
    authors: dict[str, Mention] = {}
    for tok in doc.char_span(sent.start, sent.end, alignment_mode="expand") or ():
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _CLAIMING_VERBS:
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        comp = [c for c in tok.children if c.dep_ == "ccomp"]
        if not subj or not comp:
            continue
        s_lo, s_hi = subj[0].left_edge.idx, subj[0].right_edge.idx + len(subj[0].right_edge)
        c_lo, c_hi = comp[0].left_edge.idx, comp[0].right_edge.idx + len(comp[0].right_edge)
        if any(c_lo <= m.start < c_hi and _mention_on_side(m, speakers, kb) for m in linked):
            authors.update({m.kb_id: m for m in linked
                            if s_lo <= m.start < s_hi and m.kb_id is not None})
    return authors


def _claim_authors(events: list[Event], parsed: Any, mentions: Sequence[Mention], kb: Any,
                   generic: frozenset[str]) -> list[Event]:
    """"Israel said on Monday that Iran had supplied the drones. Tehran rejected the claim":
    a rejection of a claim that names no one is aimed at the party the story reported
    claiming something of the rejecting side (the linked subject of a reporting verb whose
    clause names that side), in the :data:`CLAIM_REACH` sentences before it (the nearest one
    that tells such a claim; reason ``accuser``). Nothing when that sentence reports two
    authors, or the author is on the rejecting side."""
    out = list(events)
    doc = parsed.doc
    linked = [m for m in mentions if m.kb_id and m.kb_id not in generic]
    for i, ev in enumerate(out):
        speakers = _linked(ev.actors, generic)
        if ev.type != "REJECT" or ev.targets or not speakers or not ev.evidence:
            continue
        toks = [t for t in (_token(doc, span) for span in ev.evidence) if t is not None]
        if not any(_answers_charge(t) for t in toks):
            continue
        here = min(s.sentence_index for s in ev.evidence)
        for k in range(here - 1, max(-1, here - 1 - CLAIM_REACH), -1):
            sent = next((s for s in parsed.sentences if s.index == k), None)
            if sent is None:
                continue
            authors = _claim_authors_in(doc, sent, linked, speakers, kb)
            if not authors:
                continue
            if len(authors) == 1:
                (m,) = authors.values()
                party = kb.ref(m.kb_id, m.text, m.start, m.end)
                if not _mention_on_side(m, speakers, kb):
                    out[i] = replace(ev, targets=(party,), incomplete=False,
                                     reasons=ev.reasons + (Completion(
                                         role="target", value=party.name, reason="accuser",
                                         evidence=m.text),))
            break
    return out


def _kind_noun_fits(ref: ActorRef, party: ActorRef, kb: Any) -> bool:
    """Whether an unlinked ``ref`` is told by a kind noun that fits the linked ``party`` ("an
    Iraqi armed faction" for a militia of Iraq, "a Kurdish party" for a party): the noun is
    one of the rule data's coreference nouns for the party's KB type, and a demonym of the
    description, if any, is the party's state's."""
    if ref.kb_id or not party.kb_id or kb is None:
        return False
    actor = (getattr(kb, "actors", None) or {}).get(party.kb_id)
    words = _words(ref.text)
    if actor is None or not words:
        return False
    head = words[-1]
    head = head[:-1] if head.endswith("s") and head[:-1] in active().coref_nouns else head
    if actor.type not in active().coref_nouns.get(head, ()):
        return False
    for st in (a for a in kb.actors.values() if a.type == "state"):
        named = {d.lower() for d in st.demonyms} | {st.name.lower()}
        if named & set(words) and st.country != (party.country or actor.country):
            return False  # "a Syrian faction" is no militia of Iraq
    return True


def _camp(ref: ActorRef) -> str | None:
    """The top of a linked actor's KB chain (its state, or itself): "the State Department" and
    "U.S. Marines" are one camp (the United States); an unlinked ref has none."""
    if not ref.kb_id:
        return None
    return ref.ancestors[-1] if ref.ancestors else (ref.name or ref.kb_id)


def _allied(a: Sequence[ActorRef], b: Sequence[ActorRef]) -> bool:
    """Whether two sides share a camp (see :func:`_camp`)."""
    camps = {_camp(r) for r in a} - {None}
    return bool(camps & ({_camp(r) for r in b} - {None}))


_IRREGULAR_ACTS = {"struck": "strike", "shot": "shoot", "fought": "fight"}


def _act_word(word: str) -> str:
    """The stem an act is told with, as a verb or a noun ("strikes", "struck" -> "strik";
    "bombing", "bombed" -> "bomb"): enough to tell "the strikes" from "the drone attack"."""
    w = _IRREGULAR_ACTS.get(word.lower(), word.lower())
    for suffix in ("ings", "ing", "ed", "es", "e", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def _reacted_among(told: Sequence[Event], ev: Event, obj: Any, generic: frozenset[str]
                   ) -> tuple[Event | None, bool]:
    """Among several acts a story tells, the one a reaction to "the attack" is about: never one
    done by the reacting party's own camp ("the State Department condemned the attack", not
    the Marines' tear gas); else the one done to that camp ("Iran condemned the attack": the
    storming of its consulate, even by unnamed protesters; the second value True says an
    unlinked agent will do); else the one told with the reaction's own word ("condemned the
    strikes": the act told as a strike, not the drone attack it answered). None when that
    leaves no single agent."""
    def agent(e: Event) -> tuple[str, ...]:
        return tuple(sorted(_key(a) for a in _linked(e.actors, generic)))

    def told_with(e: Event, stem: str) -> bool:
        words = [(span.trigger or "").split()[:1] for span in e.evidence]
        return any(w and (_act_word(w[0]).startswith(stem) or stem.startswith(_act_word(w[0])))
                   for w in words)

    foes = [e for e in told if not _allied(_linked(e.actors, generic), ev.actors)]
    if foes and len({agent(e) for e in foes}) == 1 and agent(foes[0]):
        return foes[0], False
    done_to = [e for e in foes if _allied(e.targets, ev.actors)]
    if done_to and len({agent(e) or tuple(_key(a) for a in e.actors) for e in done_to}) == 1:
        return done_to[0], True
    stem = _act_word(obj.text)
    same_word = [e for e in foes if told_with(e, stem)]
    if same_word and len({agent(e) for e in same_word}) == 1 and agent(same_word[0]):
        return same_word[0], False
    return None, False

def _lead_act(told: Sequence[Event], generic: frozenset[str]) -> Event | None:
    """The act a story leads with: the first told, when its lead tells it with a linked agent
    and no other told act names another agent ("U.S. jets hit militia sites ... The premier
    slammed the attack", though the story also tells drone attacks by unnamed militants)."""
    first = min(told, key=_position, default=None)
    if first is None or not _in_lead(first) or not _linked(first.actors, generic):
        return None
    mine = {_key(a) for a in _linked(first.actors, generic)}
    # an agent only alleged ("Washington blamed the group for a rocket attack") is not named
    # as the author of an act the way the lead names its own
    if any(_linked(e.actors, generic) and not mine & {_key(a) for a in e.actors}
           and e.modality != Modality.ALLEGED for e in told):
        return None  # two agents' acts: "the attack" may be either
    return first


def _main_act(told: Sequence[Event], ev: Event, generic: frozenset[str]) -> Event | None:
    """The act a story is about, by how often it tells it: of the acts a reaction's party did
    not do itself, the one with a linked agent told at least twice and at least twice as often
    as any other ("Israeli jets hit a depot ... The jets struck it twice ... Israel says the
    group fired a drone last month. Baghdad called the raids a breach": the raids). None when
    no act stands out so."""
    foes = [e for e in told if not _allied(_linked(e.actors, generic), ev.actors)]
    if not foes:
        return None
    main = max(foes, key=lambda e: len(e.evidence))
    n = len(main.evidence)
    if n < 2 or not _linked(main.actors, generic) or any(
            e is not main and 2 * len(e.evidence) > n for e in foes):
        return None
    return main


def _own_agent(tok: Any, weapons: frozenset[str]) -> bool:
    """Whether the clause of trigger ``tok`` names its own agent, other than a weapon
    ("crowds stormed ...", "attacked by gunmen"; not "rockets struck", "by a drone"; not the
    attacked subject of "the base came under fire")."""
    if tok.lemma_ == "come" and any(c.dep_ == "prep" and c.lower_ == "under"
                                    for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"] + [
        g for c in tok.children if c.dep_ == "agent" for g in c.children
        if g.dep_ == "pobj"]  # "by a drone": the drone
    if tok.dep_ == "relcl":  # "a car bomb that targeted his convoy": the bomb
        subjects = [tok.head if c.tag_ in ("WDT", "WP") else c for c in subjects]
    return any(_head_word(c.text) not in weapons and weapon_head(c) is None
               for c in subjects)  # "a barrage of rockets": the rockets


def _told_as_done(doc: Any, ev: Event) -> bool:
    """Whether a telling reports an act as done: a past verb ("rockets struck", "was shot
    down") or an event noun that is the subject or object of one ("an attack hit")."""
    weapons = active().weapon_nouns
    for span in ev.evidence:
        if span.trigger_start is None:
            continue
        got = doc.char_span(span.trigger_start, span.trigger_end or span.trigger_start + 1,
                            alignment_mode="expand")
        if got is None:
            continue
        tok = got.root
        if any(c.dep_ == "det" and c.lower_ in _GENERIC_DETS for c in tok.children):
            return False  # "almost every attack on U.S. forces": attacks in general
        if _own_agent(tok, weapons):
            return False  # the text names an agent we could not resolve: not "unknown"
        if tok.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.lower_ == "to"
                                                  for c in tok.children):
            return True
        np = tok.head if tok.dep_ == "compound" else tok  # "an assassination attempt"
        if tok.pos_ == "NOUN" and np.dep_ in ("nsubj", "nsubjpass", "dobj") \
                and np.head.tag_ in ("VBD", "VBN"):
            return True
    return False


# --------------------------------------------------------------------------- 5. casualties
def _low(count: str) -> int | None:
    words = count.lower().replace(",", "").split()
    for w in reversed(words):
        if w.isdigit():
            return int(w)
        if w in _NUM_WORDS and w not in ("a", "an"):
            return _NUM_WORDS[w]
    if count.lower().strip() == "a dozen":
        return 12
    return None


def _kind(word: str) -> str:
    w = word.lower()
    if w.startswith(("kill", "dead", "die")):
        return "killed"
    if w.startswith(("damag", "destroy")):
        return "damage"
    return "wounded"


def casualty_claims(text: str) -> list[tuple[str, str | None, str | None, int, int]]:
    """(kind, count as written, who, start, end) of every casualty or damage claim in a
    sentence; kinds: killed, wounded, damage."""
    out: list[tuple[str, str | None, str | None, int, int]] = []
    taken: list[tuple[int, int]] = []
    for rx in (_ACTIVE_RE, _PASSIVE_RE, _DAMAGE_RE):
        for m in rx.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            count = m.groupdict().get("count")
            who = (m.group("who") or "").strip(" ,") or None
            if count and count.lower() in ("a", "an"):
                continue
            before = text[:m.start()].split()[-1:] or [""]
            if count and count[:1].isdigit() and (before[0].lower().strip(".") in _MONTHS):
                continue  # "on March 7, two ... were killed": a date, not a count
            taken.append((m.start(), m.end()))
            out.append((_kind(m.group("kind")), count, who, m.start(), m.end()))
    return sorted(out, key=lambda c: c[3])


def _speaker(events: Sequence[Event], sentence_index: int) -> str | None:
    for ev in events:
        for e in ev.evidence:
            if e.sentence_index == sentence_index and ev.attribution.speaker is not None:
                sp = ev.attribution.speaker
                return sp.name or sp.text
            if e.sentence_index == sentence_index and ev.attribution.text:
                return ev.attribution.text
    return None


def _attach_casualties(events: list[Event], parsed: Any, raw: Sequence[Event]) -> list[Event]:
    attacks = [i for i, e in enumerate(events) if e.type == "ASSAULT" and not e.background]
    if not attacks:
        return events
    out = list(events)
    for s in parsed.sentences:
        claims = casualty_claims(s.text)
        if not claims:
            continue
        # the attack told in this sentence, else the nearest one told before it, else the first
        here = sorted((i for i in attacks
                       if any(e.sentence_index == s.index for e in out[i].evidence)),
                      key=lambda i: -max(e.trigger_start or 0 for e in out[i].evidence
                                         if e.sentence_index == s.index))
        before = [i for i in attacks if _position(out[i]) <= s.start]
        pick = here[0] if here else before[-1] if before else attacks[0]
        source = _speaker(raw, s.index)
        new = tuple(Casualty(kind=k, count=c, low=_low(c) if c else None, who=w, source=source,
                             sentence_index=s.index, start=s.start, end=s.end)
                    for k, c, w, _, _ in claims)
        ev = out[pick]
        out[pick] = replace(ev, casualties=ev.casualties + tuple(
            c for c in new if c not in ev.casualties))
    return out


# --------------------------------------------------------------------------- 6. dates
def _story_dates(events: Sequence[Event]) -> dict[str, list[Event]]:
    """Per type, the dated news tellings in reading order (the first is the lead's date for
    the story)."""
    out: dict[str, list[Event]] = {}
    for ev in sorted(events, key=_position):
        if ev.date.value and ev.date.precision != "reported" and not ev.background \
                and ev.reportable and ev.modality in (Modality.ASSERTED, Modality.ALLEGED):
            out.setdefault(ev.type, []).append(ev)
    return out


def _story_date(ev: Event, told: Sequence[Event]) -> DateRef | None:
    """The date of the first dated telling of the same type whose agent is not another one
    ("Iran struck Erbil" never takes the day of "an Israeli airstrike on March 7")."""
    mine = {_key(a) for a in ev.actors}
    for other in told:
        theirs = {_key(a) for a in other.actors}
        if not mine and _far_apart(ev, other, True, not theirs):
            continue  # the lead's agentless blast is not dated by an act told far below it
        if not mine or not theirs or mine & theirs:
            return other.date
    return None


LEAD_SENTENCES = 4  # the headline, a sub-head or dateline, and the lead
LEAD_DAYS = 7  # a lead date further back than this before publication is not the news date


def lead_date(parsed: Any) -> tuple[int, DateRef] | None:
    """(sentence index, date) of the lead: the first of the article's first sentences whose
    main clause gives a day (within :data:`LEAD_DAYS` before publication, when it is known)."""
    from brinkwatch.extract.time import resolve_date

    pub = _published(reference_date(parsed))
    for i in range(min(LEAD_SENTENCES, len(parsed.sentences))):
        got = resolve_date(parsed, i)
        if got.value is None or got.precision != "day":
            continue
        if len((got.text or "").split()) + 1 >= len(parsed.sentences[i].text.split()):
            continue  # a line that is only a date: the page's stamp, not the news date
        day = _day(got.value, last=False)
        if day is None:
            continue
        if pub is not None and not 0 <= (pub - day).days <= LEAD_DAYS:
            continue
        return i, got
    return None


def _recent_day(parsed: Any, sentence: int, cache: dict[tuple[int, int | None], DateRef],
                anchor: int | None = None) -> DateRef | None:
    """The day the clause of ``anchor`` (default: the sentence's main clause) gives, when it is
    recent news (within :data:`LEAD_DAYS` before publication)."""
    from brinkwatch.extract.time import resolve_date

    got = cache.get((sentence, anchor))
    if got is None:
        got = cache[(sentence, anchor)] = resolve_date(parsed, sentence, anchor=anchor)
    pub = _published(reference_date(parsed))
    day = _day(got.value, last=False) if got.precision == "day" else None
    # the day after publication is the small hours there of a story dated here the evening
    # before ("early Sunday" in a Saturday article, see extract/time.py)
    if day is None or (pub is not None and not -1 <= (pub - day).days <= LEAD_DAYS):
        return None
    return got


def _reported_on(parsed: Any, ev: Event, cache: dict[tuple[int, int | None], DateRef]
                 ) -> DateRef | None:
    """The day the main clause of the event's sentence gives ("X announced late on Tuesday
    that Y was released"): the day the act is told of, when it is recent news."""
    first = ev.evidence[0] if ev.evidence else None
    return None if first is None else _recent_day(parsed, first.sentence_index, cache)


def _sentence_spans(parsed: Any) -> list[tuple[int, Any]]:
    doc = parsed.doc
    out = []
    for s in parsed.sentences:
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        if span is not None:
            out.append((s.index, span))
    return out


def _statements(parsed: Any, mentions: Sequence[Mention],
                cache: dict[tuple[int, int | None], DateRef]) -> dict[str, list[tuple[int, DateRef]]]:
    """Actor key -> (sentence index, day) of each of that speaker's dated statements, in
    reading order: a sentence whose main verb is a speech verb with the speaker as subject and
    whose main clause gives a recent day ("X announced late on Tuesday that ...")."""
    speech = active().speech_verbs
    out: dict[str, list[tuple[int, DateRef]]] = {}
    for k, span in _sentence_spans(parsed):
        root = span.root
        if root.lemma_.lower() not in speech:
            continue
        for subj in (c for c in root.children if c.dep_ == "nsubj"):
            lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
            who = [m for m in mentions if m.kb_id and lo <= m.start < hi]
            got = _recent_day(parsed, k, cache) if who else None
            if got is not None:
                out.setdefault(who[0].kb_id, []).append((k, got))
    return out


def _speaker_day(ev: Event, parsed: Any, statements: dict[str, list[tuple[int, DateRef]]]
                 ) -> DateRef | None:
    """The one "same speaker" rule: an undated event told by X takes the day of X's dated
    statement. A quote of X ("... has just been released," X said) takes the nearest one
    before it, else the first after it (a quote told before its dated attribution); an act of X
    named again at the head of its sentence ("X announced on Tuesday that ... | Mr X also
    named ...") takes the one in the sentence just before: the statement continuing."""
    if not ev.evidence:
        return None
    k = ev.evidence[0].sentence_index
    speaker = ev.attribution.speaker
    if speaker is not None and speaker.kb_id and statements.get(speaker.kb_id):
        told = statements[speaker.kb_id]
        before = [d for i, d in told if i <= k]
        return before[-1] if before else told[0][1]
    if not 0 < k < len(parsed.sentences):
        return None
    head = " ".join(parsed.sentences[k].text.split()[:3])
    for a in ev.actors:
        if a.kb_id and a.text and a.text.split()[-1] in head:
            got = next((d for i, d in statements.get(a.kb_id, ()) if i == k - 1), None)
            if got is not None:
                return got
    return None


def _attack_days(parsed: Any, events: Sequence[Event], generic: frozenset[str],
                 cache: dict[tuple[int, int | None], DateRef], mentions: Sequence[Mention] = ()
                 ) -> list[AttackDay]:
    """The days the story's material-conflict clauses give, in reading order, each with its
    type and the linked agents of the event told there (empty when none is coded): "rockets
    were launched shortly after midnight on Friday", "a car bomb that targeted his convoy early
    Friday". A
    clause in the past tense (or an act noun) whose day is recent news. An act noun told as
    what an answer answers ("in response to the drone attack on Sunday") keeps its sentence,
    whose answering act it never dates."""
    from brinkwatch.extract.ontology import event_type
    from brinkwatch.extract.triggers import noun_sense, verb_sense

    told: dict[int, frozenset[str]] = {}
    for ev in events:
        agents = frozenset(_key(a) for a in _linked(ev.actors, generic))
        for span in ev.evidence:
            if span.trigger_start is not None:
                told[span.trigger_start] = told.get(span.trigger_start, frozenset()) | agents
    out = []
    for k, span in _sentence_spans(parsed):
        for tok in span:
            if tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN"):
                sense = verb_sense(tok)
                sense_type = sense[0].type if sense is not None else None
            elif tok.pos_ == "NOUN":
                got_noun = noun_sense(tok)
                sense_type = got_noun.type if got_noun is not None else None
            else:
                continue
            if sense_type is None or int(event_type(sense_type).quad) != 4 \
                    or _since_token(parsed.doc, tok):
                continue  # "fired three times since the strike on Sunday": not its day
            got = _recent_day(parsed, k, cache, anchor=tok.i)
            if got is not None:
                agents = told.get(tok.idx, frozenset())
                if not agents and tok.pos_ == "NOUN":  # "the British raids", "bombing raids"
                    agents = _noun_agents(tok.head if tok.dep_ == "compound" else tok,
                                          mentions, generic)
                out.append(AttackDay(sense_type, agents, got,
                                     k if _answered_noun(tok) else None, tok.idx))
    return out


class AttackDay(NamedTuple):
    """A day an attack clause of the story gives (:func:`_attack_days`)."""

    type: str
    agents: frozenset[str]
    day: DateRef
    answered_in: int | None  # the sentence that tells it as what an answer answers
    at: int  # the offset of the clause's act word


def _answered_noun(tok: Any) -> bool:
    """An act noun told as what an answer answers: "in response to the drone attack on
    Sunday", "in retaliation for Sunday's raid", "retaliated for the strike"."""
    if tok.dep_ == "compound":
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "for"):
        return False
    owner = tok.head.head
    return owner.lower_ in _ANSWER_NOUNS or (owner.pos_ == "VERB"
                                             and owner.lemma_.lower() in RESPONSE_VERBS)


def _told_as_answer(doc: Any, ev: Event) -> bool:
    """The event's first telling is an answer ("struck X in response", "in retaliation, jets
    bombed X", "retaliated with rockets")."""
    tok = _token(doc, ev.evidence[0]) if ev.evidence else None
    if tok is None:
        return False
    if tok.lemma_.lower() in RESPONSE_VERBS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.lower_ in _ANSWER_NOUNS for g in c.children if g.dep_ == "pobj")
        for c in tok.children)


def _attack_day(ev: Event, attacks: Sequence[AttackDay],
                generic: frozenset[str], answer: bool = False) -> DateRef | None:
    """The first day the story's attack clauses (:func:`_attack_days`) give an act of this
    type by its agent (or by none named); "overnight strikes" and "the strikes, at 1 a.m. on
    Wednesday": the named day. The act an answer told in the event's own sentence answers
    ("struck X in response to the attack on Sunday") is earlier: never its day; an
    ``answer`` ("struck X in response") takes only a day of its own agent's acts."""
    mine = {_key(a) for a in _linked(ev.actors, generic)}
    own = {span.sentence_index for span in ev.evidence}
    told = {span.trigger_start for span in ev.evidence}
    days = [a.day for a in attacks if a.type == ev.type
            and (a.answered_in not in own or a.at in told)
            and (not (a.agents or answer) or (mine and bool(a.agents & mine)))]
    return next((d for d in days if not straddles(d)), days[0] if days else None)


def _material_root(parsed: Any, sentence: int) -> bool:
    """Whether the main verb of a sentence is a material act of conflict or cooperation."""
    from brinkwatch.extract.ontology import event_type
    from brinkwatch.extract.triggers import verb_sense

    spans = dict(_sentence_spans(parsed))
    span = spans.get(sentence)
    if span is None:
        return False
    root = span.root
    if root.lemma_.lower() in active().speech_verbs:
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    sense = verb_sense(root) if root.pos_ == "VERB" else None
    return sense is not None and int(event_type(sense[0].type).quad) in (2, 4)


def _date_recalled(events: list[Event], parsed: Any) -> list[Event]:
    """Acts told as the landmark another act is counted from ("came two days after gunmen
    ambushed a patrol") take their own day before coreference, so that they never join the
    act counted from them (reason ``landmark``)."""
    cache: dict[tuple[int, int | None], DateRef] = {}
    out = list(events)
    for i, ev in enumerate(out):
        if ev.date.value is not None or ev.background:
            continue
        recalled = _recalled(parsed.doc, ev)
        if recalled is not None:
            got = _landmark_day(parsed.doc, recalled[0], recalled[1], events, cache, parsed)
            if got is not None:
                out[i] = _dated(ev, got, "landmark")
    return out


def _reacted(doc: Any, ev: Event, *, first: bool = False) -> bool:
    """The act is told only as what a verbal reaction is about ("condemned the strike");
    ``first``: its first telling is (the one whose sentence would date it)."""
    from brinkwatch.extract.time import reacted_object

    toks = [_token(doc, span) for span in ev.evidence[:1 if first else None]]
    return bool(toks) and all(t is not None and reacted_object(t) is not None for t in toks)


def _counted_from_other(doc: Any, ev: Event) -> bool:
    """An act noun told as what another act came after or before ("stormed X on Tuesday,
    after strikes on Y"): the day of the clause is not its day."""
    from brinkwatch.extract.time import landmark_noun

    tok = _token(doc, ev.evidence[0]) if ev.evidence else None
    return tok is not None and landmark_noun(tok) is not None


def _recalled(doc: Any, ev: Event) -> tuple[Any, tuple[int, int]] | None:
    """(head verb, day offsets) when the event is told as the landmark another act is counted
    from ("came five days after X hit Y"): see ``extract.time.landmark_clause``."""
    from brinkwatch.extract.time import landmark_clause

    tok = _token(doc, ev.evidence[0]) if ev.evidence else None
    return None if tok is None else landmark_clause(tok)


def _landmark_day(doc: Any, head: Any, shift: tuple[int, int], events: Sequence[Event],
                  cache: dict[tuple[int, int | None], DateRef], parsed: Any) -> DateRef | None:
    """The day of a recalled act: the day of the act it is counted from, shifted. That act is
    the head clause's own day, else, when its subject is the story's act ("the strike came
    ..."), the day of the story's first dated material act."""
    from brinkwatch.extract.time import resolve_date

    k = next((s.index for s in parsed.sentences if s.start <= head.idx < s.end), None)
    if k is None:
        return None
    told = resolve_date(parsed, k, anchor=head.i)
    if told.precision != "day" or not told.value:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or not any(
                c.lower_ in _DEFINITE or c.dep_ == "poss" for c in subj.children):
            return None
        if subj.lemma_.lower() in _STORY_ACT_NOUNS and any(
                c.lower_ in _DEFINITE for c in subj.children):
            told = next((e.date for e in sorted(events, key=_position)
                         if e.quad == 4 and e.reportable and not e.background and e.date.value
                         and e.date.precision == "day" and e.evidence
                         and e.evidence[0].sentence_index < k), DateRef())
        else:  # "his decision came two days after ...": the news the lead dates
            lead = lead_date(parsed)
            told = lead[1] if lead is not None and lead[0] < k else DateRef()
        if not told.value:
            return None
    day = _day(told.value, last=False)
    if day is None:
        return None
    first, last = day + timedelta(days=shift[0]), day + timedelta(days=shift[1])
    if first == last:
        return DateRef(value=first.isoformat(), precision="day", text=told.text)
    return DateRef(value=first.isoformat(), precision="range", text=told.text,
                   end=last.isoformat())


# "The strike came two days after ...": the story's act named again as a clause's subject.
_STORY_ACT_NOUNS = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "assault",
                              "operation", "killing", "assassination", "ambush", "shelling"})


def _noun_agents(tok: Any, mentions: Sequence[Mention], generic: frozenset[str]
                 ) -> frozenset[str]:
    """The linked agent an act noun names ("the British raids", "Iran's strike")."""
    who = noun_actor(tok)
    if who is None:
        return frozenset()
    return frozenset(m.kb_id for m in mentions if m.kb_id and m.kb_id not in generic
                     and m.start <= who.idx < m.end)


def _dateline_day(parsed: Any) -> DateRef | None:
    """The day of the article's dateline ("BAGHDAD, March 3 (Reuters) -"), if it gives one."""
    got = dateline_date(parsed)
    return got if got is not None and got.value and got.precision == "day" else None


def _dated(ev: Event, value: DateRef, reason: str) -> Event:
    return replace(ev, date=value, reasons=ev.reasons + (
        Completion(role="date", value=value.value, reason=reason, evidence=value.text),))


_CONTINUING = frozenset({"he", "she", "they", "it"})
# a sentence that opens by framing the telling before it as the occasion of this one
# ("Speaking at a joint news conference, X proposed ...", "In a sermon read out on his behalf,
# X called on ...", "Addressing reporters, ..."): it continues that telling (round 13)
_FRAMING_PARTICIPLES = frozenset({"speaking", "addressing", "talking", "writing", "briefing",
                                  "appearing", "answering", "responding"})
_FRAMING_OCCASIONS = frozenset({"sermon", "statement", "speech", "interview", "address",
                                "letter", "post", "message", "remarks", "briefing",
                                "conference", "communique", "broadcast", "tweet"})


def _continues(words: Sequence[str]) -> bool:
    """Whether a sentence's first words continue the telling of the sentence before
    (:data:`_CONTINUING`, :data:`_FRAMING_PARTICIPLES`, :data:`_FRAMING_OCCASIONS`)."""
    first = words[0].lower()
    if first in _CONTINUING or first in _FRAMING_PARTICIPLES:
        return True
    # "In a sermon", "In a televised speech", "During his interview with ...": the occasion
    # within the next three words
    return first in ("in", "during") and any(w.lower().strip(",") in _FRAMING_OCCASIONS
                                             for w in words[1:4])


def _continued_dates(events: list[Event], parsed: Any) -> list[Event]:
    """"X issued a statement on Monday urging ... He warned of ...": a sentence that opens
    with a pronoun, or with the occasion of the telling before it ("Speaking at ...", "In a
    sermon ...": :func:`_continues`), continues the statement before it; an undated act of the same actor there
    takes the day of that actor's act in the sentence before (reason ``continued``)."""
    by_sentence: dict[int, list[Event]] = {}
    for ev in events:
        if ev.evidence and ev.date.value and ev.date.precision == "day" and not ev.background:
            # every sentence that tells it: a statement its headline told first continues too
            for k in sorted({span.sentence_index for span in ev.evidence}):
                by_sentence.setdefault(k, []).append(ev)
    out = list(events)
    for i, ev in enumerate(out):
        if ev.date.value is not None or ev.background or not ev.evidence:
            continue
        k = ev.evidence[0].sentence_index
        words = parsed.sentences[k].text.split() if 0 <= k < len(parsed.sentences) else []
        if not words:
            continue
        if not _continues(words):
            continue  # an actor named again at the head: the speaker rule (_speaker_day)
        mine = {_key(a) for a in ev.actors}
        before = [e for e in by_sentence.get(k - 1, ()) if mine & {_key(a) for a in e.actors}]
        if before:
            out[i] = _dated(ev, before[0].date, "continued")
    return out


def _complete_dates(events: list[Event], parsed: Any, mentions: Sequence[Mention] = (),
                    generic: frozenset[str] = frozenset()) -> list[Event]:
    """Step 6, in order: the day of the sentence's main clause; for material acts (quads 2
    and 4) the date of the first dated news telling of the same type; the day of the
    speaker's dated statement; for material conflict the first day an attack clause of the
    story gives; the lead's date for the headline and lead; else the publication date as an
    upper bound ("reported")."""
    published = publication_date(parsed)
    pub = str(published)[:10] if _published(published) else None
    out = []
    cache: dict[tuple[int, int | None], DateRef] = {}  # (sentence, anchor) -> its date
    attacks: list[AttackDay] | None = None
    for ev in events:
        if ev.date.value is None and not ev.background and _recalled(parsed.doc, ev) is None \
                and not _counted_from_other(parsed.doc, ev):
            told = _reported_on(parsed, ev, cache)
            if told is not None and _reacted(parsed.doc, ev, first=True):
                # "condemned on Monday the strike that hit X": the strike was on or before
                # Monday, the day of the condemnation is only its bound; a day the story
                # gives the attack elsewhere ("the attack on Sunday, which struck ...") is
                # its own
                if attacks is None:
                    attacks = _attack_days(parsed, events, generic, cache, mentions)
                struck = _attack_day(ev, attacks, generic)
                if ev.quad == 4 and struck is not None and told.value \
                        and struck.value is not None and struck.value < told.value:
                    ev = _dated(ev, struck, "attack-date")
                else:
                    ev = _dated(ev, replace(told, precision="reported"), "reaction-date")
            elif told is not None:
                ev = _dated(ev, told, "sentence-date")
        out.append(ev)
    out = _continued_dates(out, parsed)
    story = _story_dates(out)
    lead = lead_date(parsed)
    # a lead that tells what followed the act ("on Saturday the two sides argued over the
    # detainees of Thursday's raid") does not date the act its headline names
    lead_reacts = lead is not None and not _material_root(parsed, lead[0])
    filed = _dateline_day(parsed)
    statements: dict[str, list[tuple[int, DateRef]]] | None = None  # read when first needed
    for i, ev in enumerate(out):
        if ev.date.value is not None or ev.background:
            continue
        recalled = _recalled(parsed.doc, ev)
        if recalled is not None or _counted_from_other(parsed.doc, ev):
            # "the strike came five days after X hit Y": counted back; with no count, only
            # the bound the story was filed by
            got = None if recalled is None else _landmark_day(
                parsed.doc, recalled[0], recalled[1], out, cache, parsed)
            if got is not None:
                out[i] = _dated(ev, got, "landmark")
            elif filed is not None:
                out[i] = _dated(ev, replace(filed, precision="reported"), "dateline")
            elif pub is not None:
                out[i] = _dated(ev, DateRef(value=pub, precision="reported",
                                            text="on or before the publication date"), "reported")
            continue
        same = _story_date(ev, story.get(ev.type, ())) if ev.quad in (2, 4) else None
        said = None
        if same is None:
            if statements is None:
                statements = _statements(parsed, mentions, cache)
            said = _speaker_day(ev, parsed, statements)
        struck = None
        # an act told only as what a reaction is about ("Iran Denies Role In Attack On US
        # Embassy") is not the lead's news: its day is the one the story gives the attack
        reacted = ev.quad == 4 and _reacted(parsed.doc, ev)
        if same is None and said is None and ev.quad == 4 and (reacted or not (
                lead is not None and all(e.sentence_index <= lead[0] for e in ev.evidence)
                and not (lead_reacts and all(e.sentence_index < lead[0] for e in ev.evidence)))):
            if attacks is None:
                attacks = _attack_days(parsed, out, generic, cache, mentions)
            struck = _attack_day(ev, attacks, generic, _told_as_answer(parsed.doc, ev))
        if same is not None:
            out[i] = _dated(ev, same, "story-date")
        elif said is not None:  # the speaker's dated statement: told that day at the latest
            out[i] = _dated(ev, said, "speaker-date")
        elif struck is not None:  # the first attack clause of the story that gives a day
            out[i] = _dated(ev, struck, "attack-date")
        elif lead is not None and all(e.sentence_index <= lead[0] for e in ev.evidence):
            out[i] = _dated(ev, lead[1], "lead-date")
        elif filed is not None:  # the dateline's day: when the story was filed, an upper bound
            out[i] = _dated(ev, replace(filed, precision="reported"), "dateline")
        elif pub is not None:
            out[i] = _dated(ev, DateRef(value=pub, precision="reported",
                                        text="on or before the publication date"), "reported")
    return out


# --------------------------------------------------------------------------- 7. ids
# Types that may be told without a target: a mobilisation, a demonstration, a withdrawal, an
# appeal ("called for calm"). Any other event needs one (issue 7, precision rule).
UNDIRECTED = frozenset({"MOBILIZE", "PROTEST", "RETREAT", "REQUEST"})


def _targetless(doc: Any, ev: Event) -> bool:
    """A directed act told without a target ("expressed concern about the law"): an incomplete
    mention, unless it is about an act whose agent the story leaves unknown ("condemned the
    attack"), or a threat: a vow or warning of a response ("vowed to take revenge", "warned of
    a harsh response") threatens whoever it is aimed at, and analysts code it with no target
    when neither the clause nor the story names one."""
    if ev.targets or ev.type in UNDIRECTED or _threat_of_force(ev) or _act_objects(doc, ev) \
            or _denial(doc, ev) or _readied(doc, ev) or _judged(doc, ev) \
            or _stated_refusal(doc, ev):
        return False
    return not (ev.quad == 4 and _struck_object(doc, ev))


def _stated_refusal(doc: Any, ev: Event) -> bool:
    """A refusal told by a verb with what it refuses, an act ("refused to join the cabinet")
    or a thing named in general ("will not accept any deal that ...", "refused orders to
    withdraw", "ruled out talks"): analysts code it with no target when neither the clause
    nor the story names whose it is. A definite thing ("rejected the proposal") points back to
    one the story should name: without its author it stays an incomplete mention."""
    if ev.type != "REJECT" or ev.modality not in ("asserted", "future", "alleged"):
        return False
    for span in ev.evidence:
        tok = _token(doc, span)
        if tok is None or tok.pos_ not in ("VERB", "AUX") or hostile_condition(tok) \
                or tok.lemma_.lower() not in _REFUSING:
            continue  # "will not ratify the deal if ...": a refusal warned of, a threat's part
        if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
            return True
        if any(c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and not any(
                d.dep_ in ("det", "poss") and d.lower_ in _DEFINITE for d in c.children)
               for c in tok.children):
            return True
    return False


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her",
                       "our", "my", "your"})


def _threat_of_force(ev: Event) -> bool:
    """A threat of force or of a response ("vowed to retaliate", "warned of a harsh response"):
    aimed at whoever acts, coded with no target when none is named. A break or a sanction
    announced ("would recall its ambassador") is aimed at someone, or is no threat."""
    return ev.type == "THREATEN" and ev.mode in (None, "violence")


# A denial answers a claim, not an actor: "denied a report that ...", "dismissed suggestions
# that ...", "denied involvement" are events with no addressee (analysts code them so).
_DENIALS = DENY_VERBS | {"dismiss", "rebut"}


def _denial(doc: Any, ev: Event) -> bool:
    if ev.type != "REJECT":
        return False
    toks = (_token(doc, span) for span in ev.evidence)
    # also a finding of none: "found no evidence that a drone was involved", and a rejection
    # of a charge whose author the story does not name: "rejected the accusations"
    return any(t is not None and (t.lemma_.lower() in _DENIALS or no_evidence(t) is not None
                                  or _answers_charge(t))
               for t in toks)


def _judged(doc: Any, ev: Event) -> bool:
    """A judgement of an act whose author the story leaves unnamed: "attacks on the bases are
    unacceptable", "condemned what it called a breach of diplomatic norms"."""
    if ev.type != "ACCUSE":
        return False
    for span in ev.evidence:
        tok = _token(doc, span)
        if tok is None:
            continue
        if quoted_label(tok) is not None:
            return True
        if tok.lemma_.lower() in JUDGING_VERBS and any(
                c.dep_ == "nsubj" and material_act(c) for c in tok.children):
            return True
        # "termed the episode a ploy to wreck the deal", "called the shooting a crime"
        if tok.lemma_.lower() in NAMING_VERBS and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in _INCIDENTS or material_act(c) or (
                    c.tag_ == "VBG" and any(int(event_type(s.type).quad) == 4
                                            for s in verb_senses(c.lemma_.lower()))))
                for c in tok.children):
            return True
    return False


# Nouns for an act whose kind the text leaves to the judgement ("the incident", "this act").
_INCIDENTS = frozenset({"incident", "act", "action", "operation", "episode", "event"})


def _readied(doc: Any, ev: Event) -> bool:
    """A warning to whoever acts: readiness to answer ("will not hesitate to take action",
    "reserves the right to respond", "will not tolerate attacks") or a price promised to
    whoever does it: aimed at no one named."""
    if ev.type != "THREATEN":
        return False
    for t in (_token(doc, span) for span in ev.evidence):
        if t is None:
            continue
        if t.lemma_.lower() in READINESS_VERBS | TOLERANCE_WARNING_VERBS | EXCLUDING_VERBS:
            return True
        # "warned that whoever fires at us will pay", "that there will be a harsh response",
        # "that the attackers will not get away with it"
        for c in t.children:
            if c.dep_ != "ccomp":
                continue
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "csubj")), None)
            if promised_consequence(c) or impunity_denied(c) or answered_by_force(c) or (
                    subj is not None and anyone_who(subj) and consequence(c)):
                return True
    return False


def _struck_object(doc: Any, ev: Event) -> bool:
    """Whether a material act names what it was done to, even a thing no actor owns ("struck a
    depot", "fired at a convoy"): a target the text gives, not a missing one."""
    for span in ev.evidence:
        tok = _token(doc, span)
        if tok is None:
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in (
                "on", "against", "at") and any(g.dep_ == "pobj" for g in c.children))
               for c in tok.children):
            return True
    return False


def _finalise(ev: Event, doc: Any = None) -> Event:
    targetless = doc is not None and bool(ev.actors) and _targetless(doc, ev)
    if targetless:
        ev = replace(ev, reasons=ev.reasons + (Completion(
            role="target", value=None, reason="no-target",
            evidence="the story names no target"),))
    incomplete = not ev.actors or targetless
    first = ev.evidence[0] if ev.evidence else None
    eid = event_id(ev.article_id, ev.type, tuple(_key(a) for a in ev.actors),
                   tuple(_key(t) for t in ev.targets), first.start if first else 0,
                   first.trigger_start if first else None)
    if incomplete or ev.background:
        eid = event_id(ev.article_id, ev.type + ("/incomplete" if incomplete else "/background"),
                       tuple(_key(a) for a in ev.actors), tuple(_key(t) for t in ev.targets),
                       first.start if first else 0, first.trigger_start if first else None)
    return replace(ev, id=eid, incomplete=incomplete, assembler=VERSION)


# --------------------------------------------------------------------------- the stage
def _generic_ids(kb: Any) -> frozenset[str]:
    actors = getattr(kb, "actors", None) or {}
    return frozenset(k for k, a in actors.items() if getattr(a, "type", None) == "generic")


def assemble_story(parsed: Any, events: Sequence[Event], *, kb: Any,
                   mentions: Sequence[Mention], options: Any = None) -> list[Event]:
    """The article's records after story-level assembly (see the module docstring)."""
    del options  # no options yet; the contract keeps the keyword
    if not events:
        return []
    pub = _published(reference_date(parsed))
    evs = [_clean_arguments(e, parsed, mentions, kb) for e in split_successive(events, parsed)
           if not _weapon_speech(parsed.doc, e) and not _judged_act(parsed.doc, e)]
    evs = [_generic_agent(parsed.doc, e) for e in evs]
    evs = _bare_government(evs, mentions, kb)
    evs = _plural_demonyms(evs, parsed.doc, kb)
    evs = _titles(evs, mentions, kb, doc_text(parsed.doc))
    evs = _descriptions(evs, parsed, mentions, kb)
    evs = _pronoun_members(evs, mentions, kb, _generic_ids(kb), doc_text(parsed.doc))
    generic = _generic_ids(kb)
    evs = [replace(e, background=is_background(e, pub, parsed.doc, generic)) for e in evs]
    evs = absorb_casualty_clauses(evs, parsed.doc, generic)
    evs = absorb_elaborations(evs, parsed.doc)
    evs = _date_recalled(evs, parsed)  # before coreference: a recalled act is another act
    evs = join_raid_and_detention(evs, parsed.doc, generic)
    answered = answered_acts(parsed.doc, evs, generic)
    answering = answering_acts(parsed.doc, evs)
    sites = sites_of(kb)
    lead = lead_date(parsed)
    lead_day = lead[1] if lead is not None else None
    voices = Voices(voices_of(kb), about_the_act(evs, parsed.doc),
                    unnamed_speakers(evs, parsed.doc))
    evs = corefer_events(evs, generic, answered, sites, lead_day, voices, answering)
    evs = _complete_agents(evs, parsed, mentions, kb)
    evs = corefer_events(evs, generic, answered, sites, lead_day, voices,
                         answering)  # completed agents may join a told event
    evs = _crowd_targets(evs, parsed.doc)
    evs = _anaphoric_targets(evs, parsed.doc, generic)
    evs = _avenged_targets(evs, parsed.doc, generic)
    evs = _rejected_accusers(evs, parsed.doc, generic, kb)
    evs = _claim_authors(evs, parsed, mentions, kb, generic)
    evs = _retaliation_targets(evs, generic)
    evs = _addressed_demands(evs, generic)
    evs = _yielded_to(evs, generic, kb)
    evs = corefer_events(evs, generic, answered, sites, lead_day, voices,
                         answering)  # a headline's reaction names its target
    evs = _attach_casualties(evs, parsed, events)
    evs = _complete_dates(evs, parsed, mentions, generic)
    out: dict[str, Event] = {}
    for ev in (_finalise(e, parsed.doc) for e in evs):
        if ev.id in out:
            ev = _merge(out[ev.id], ev, generic)
        out[ev.id] = ev
    return sorted(out.values(), key=_position)
