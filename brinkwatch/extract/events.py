"""events.rules.v1: PLOVER event coding by rules over the dependency parse.

One pass over the tokens of each sentence finds triggers by lemma (dictionary look-ups in
:mod:`brinkwatch.extract.lexicon`), picks the sense whose particle/object conditions hold,
then reads the actor (subject, passive agent, inherited through coordination, control verbs
and relative clauses) and the target (object, passive subject, recipient prepositions,
"sanctions targeting X", "strikes on X"). Arguments are mapped to the article's actor
mentions by character overlap; the events of one article that tell the same thing are merged
into one :class:`Event` carrying every evidence span.

:func:`classify_pair` answers the PLV "given the pair" task with the same lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from brinkwatch.extract import lexicon as lx
from brinkwatch.extract.attribution import AttributionIndex
from brinkwatch.extract.modality import modality_of
from brinkwatch.extract.ontology import event_type, plv_root
from brinkwatch.extract.place import locate
from brinkwatch.extract.time import resolve_date
from brinkwatch.records import (
    ActorRef,
    Attribution,
    DateRef,
    Event,
    Evidence,
    Mention,
    Modality,
    event_id,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from brinkwatch.kb.model import TheatreKB

VERSION = "events.rules.v1"
MIN_CONFIDENCE = 0.5  # default floor when the options object does not say

SUBJ_DEPS = frozenset({"nsubj", "csubj"})
PASS_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJ_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
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
    "SUPPORT": frozenset({"for", "to", "with"}),
    "THREATEN": frozenset({"to", "against"}),
    "REQUEST": frozenset({"on", "upon", "to", "from"}),
    "ACCUSE": frozenset({"against", "of", "at", "on"}),
    "REJECT": frozenset({"from", "of"}),
    "PROTEST": frozenset({"against", "at", "outside", "over"}),
    "SANCTION": frozenset({"on", "against", "targeting", "to", "with", "from"}),
    "COERCE": frozenset({"on", "against", "from", "in"}),
    "CONCEDE": frozenset({"to", "from", "on"}),
    "RETREAT": frozenset({"from"}),
    "MOBILIZE": frozenset({"to", "near", "along", "against", "toward", "towards", "in"}),
}
# Nouns that name actors even without a named entity ("militias", "protesters").
ACTOR_NOUNS = frozenset({
    "force", "troop", "soldier", "militia", "militant", "fighter", "rebel", "insurgent",
    "government", "official", "authority", "minister", "ministry", "president", "leader",
    "army", "military", "police", "policeman", "officer", "guard", "protester", "demonstrator",
    "activist", "civilian", "people", "citizen", "resident", "worker", "student", "group",
    "faction", "party", "administration", "regime", "state", "country", "nation", "ally",
    "proxy", "member", "lawmaker", "parliament", "court", "judge", "prosecutor", "diplomat",
    "ambassador", "envoy", "embassy", "coalition", "alliance", "organization", "organisation",
    "agency", "department", "council", "cabinet", "unit", "squad", "gunman", "attacker",
    "bomber", "terrorist", "jihadist", "extremist", "opposition", "movement", "network",
    "company", "firm", "bank", "figure", "personnel", "staff", "base", "compound", "convoy",
    "facility", "camp", "headquarters", "position", "target", "city", "village", "town",
    "journalist", "prisoner", "detainee", "hostage", "refugee", "migrant", "man", "woman",
    "child", "spokesman", "spokeswoman", "commander", "chief", "general", "senator", "union",
    "community", "side", "neighbor", "neighbour", "partner", "counterpart", "merchant",
    "trader", "tribe", "clan", "sheikh", "cleric", "interest", "asset", "vessel", "ship",
    "tanker", "aircraft", "plane", "drone", "outpost", "consulate", "mission", "office",
    "leadership", "institution", "team", "supporter", "loyalist", "operative", "agent",
    "commission", "committee", "board", "congress", "senate", "assembly", "monarchy", "kingdom",
    "republic", "province", "region", "territory", "area", "infrastructure", "site", "airport",
    "port", "neighborhood", "district", "individual", "person", "suspect",
})
PRONOUNS_SPEAKER = frozenset({"we", "i", "us", "me", "our"})
PRONOUNS_3RD = frozenset({"they", "he", "she", "it", "them", "him", "her", "its", "their"})
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Trigger:
    """A token that fires a lexicon sense, with the tokens it takes its arguments from."""

    token: int  # doc index of the trigger word (the noun for light-verb constructions)
    head: int  # doc index of the token whose subject is the actor (the verb of "issue a warning")
    type: str
    mode: str | None
    weight: float
    consumed: tuple[int, ...] = ()  # nouns the sense used as its object ("impose sanctions")
    controller: int | None = None  # control verb that carries the type ("refuse to meet")


# --------------------------------------------------------------------------- sense matching
def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _object_words(tok: Token) -> dict[str, int]:
    """Lemmas of a verb's objects (and their compounds/amods), each mapped to its token index."""
    out: dict[str, int] = {}
    for c in tok.children:
        if c.dep_ in OBJ_DEPS or c.dep_ in PASS_SUBJ_DEPS or c.dep_ == "dative":
            _add_np_words(c, out)
        elif c.dep_ in ("prep", "prt"):
            for g in c.children:
                if g.dep_ == "pobj":
                    _add_np_words(g, out)
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":  # "sanctions imposed on X"
        _add_np_words(tok.head, out)
    return out


def _add_np_words(tok: Token, out: dict[str, int]) -> None:
    out.setdefault(_lemma(tok), tok.i)
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod") or c.dep_ == "conj":
            out.setdefault(_lemma(c), c.i if c.dep_ != "conj" else c.i)


def _particles(tok: Token) -> set[str]:
    return {_lemma(c) for c in tok.children if c.i > tok.i
            and c.dep_ in ("prt", "prep", "advmod", "dobj", "oprd", "acomp", "ccomp", "xcomp")}


def _verb_sense(tok: Token) -> tuple[lx.Sense, tuple[int, ...]] | None:
    senses = lx.verb_senses(_lemma(tok))
    if not senses:
        return None
    prts = _particles(tok)
    objs = _object_words(tok) if any(s.obj for s in senses) else {}
    best: tuple[float, lx.Sense, tuple[int, ...]] | None = None
    for s in senses:
        rank = s.weight
        consumed: tuple[int, ...] = ()
        if s.prt is not None:
            if s.prt not in prts:
                continue
            rank += 1.0
        if s.obj:
            hit = [objs[w] for w in s.obj if w in objs]
            if not hit:
                continue
            rank += 2.0
            consumed = tuple(sorted(hit))
        if best is None or rank > best[0]:
            best = (rank, s, consumed)
    return (best[1], best[2]) if best else None


def _noun_sense(tok: Token) -> lx.Sense | None:
    senses = lx.noun_senses(_lemma(tok))
    if not senses:
        return None
    mods = {_lemma(c) for c in tok.children} | {_lemma(tok.head)} if any(s.obj for s in senses) \
        else set()
    best: tuple[float, lx.Sense] | None = None
    for s in senses:
        rank = s.weight
        if s.obj:
            if not (s.obj & mods):
                continue
            rank += 2.0
        if best is None or rank > best[0]:
            best = (rank, s)
    return best[1] if best else None


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or (
        tok.pos_ == "ADJ" and tok.dep_ in ("ROOT", "conj", "xcomp", "ccomp", "advcl"))


def _is_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("PERSON", "GPE", "NORP", "ORG")


def _complement(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and _is_verb(c):
            return c
    return None


def _find_triggers(doc: Doc, start: int, end: int) -> list[Trigger]:
    """Every trigger in tokens [start, end) of ``doc`` (one sentence)."""
    verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]] = {}
    consumed: set[int] = set()
    for tok in doc[start:end]:
        if _is_verb(tok):
            if tok.dep_ == "acl" and _lemma(tok) in ("target", "aim") and _noun_sense(tok.head):
                continue  # "sanctions targeting X": the noun is the event
            hit = _verb_sense(tok)
            if hit is not None:
                verb_hits[tok.i] = hit
                consumed.update(hit[1])
    out: list[Trigger] = []
    controlled: set[int] = set()
    for i, (sense, used) in verb_hits.items():
        tok = doc[i]
        ctrl = lx.CONTROL.get(_lemma(tok))
        comp = _complement(tok)
        if ctrl is not None and comp is not None and sense.type in ("REJECT", "THREATEN", "AGREE",
                                                                     "REQUEST"):
            type_ = sense.type
            mode = sense.mode
            inner = verb_hits.get(comp.i) or _inner_hit(comp, verb_hits)
            if ctrl == "PROMISE":
                if inner is not None and inner[0].type in lx.CONFLICT_TYPES:
                    type_, mode = "THREATEN", _threat_mode(inner[0].type)
            elif ctrl == "THREATEN":
                mode = _threat_mode(inner[0].type) if inner is not None else sense.mode
            if inner is not None or ctrl in ("REJECT", "REQUEST", "THREATEN"):
                controlled.update(_chain(comp))
                out.append(Trigger(token=i, head=i, type=type_, mode=mode, weight=sense.weight,
                                   consumed=used, controller=comp.i))
                continue
        out.append(Trigger(token=i, head=i, type=sense.type, mode=sense.mode, weight=sense.weight,
                           consumed=used))
    out = [t for t in out if t.token not in controlled]
    for tok in doc[start:end]:
        if tok.i in consumed or tok.i in controlled or not _is_noun(tok):
            continue
        sense = _noun_sense(tok)
        if sense is None:
            continue
        head = tok.i
        h = tok.head
        if tok.dep_ in OBJ_DEPS | PASS_SUBJ_DEPS and h.i in controlled:
            continue
        if tok.dep_ in OBJ_DEPS | PASS_SUBJ_DEPS and _lemma(h) in lx.LIGHT and h.i not in verb_hits:
            head = h.i
        elif tok.dep_ == "pobj" and h.head.i != h.i and _lemma(h.head) in lx.LIGHT \
                and h.head.i not in verb_hits and _lemma(h) in ("on", "into"):
            head = h.head.i  # "went on strike", "entered into talks"
        out.append(Trigger(token=tok.i, head=head, type=sense.type, mode=sense.mode,
                           weight=sense.weight * (1.0 if head != tok.i else 0.9)))
    out.sort(key=lambda t: t.token)
    return out


def _inner_hit(tok: Token, verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]]
               ) -> tuple[lx.Sense, tuple[int, ...]] | None:
    for c in tok.subtree:
        if c.i in verb_hits:
            return verb_hits[c.i]
        if c.pos_ == "NOUN" and c.dep_ in OBJ_DEPS:
            s = _noun_sense(c)
            if s is not None:
                return (s, ())
    return None


def _chain(tok: Token) -> set[int]:
    """The complement verb and the verbs coordinated with it."""
    out = {tok.i}
    for c in tok.children:
        if c.dep_ == "conj" and _is_verb(c):
            out |= _chain(c)
    return out


def _threat_mode(type_: str) -> str:
    return {"ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": "arrest",
            "SANCTION": "sanction", "REJECT": "relations"}.get(type_, "violence")


# --------------------------------------------------------------------------- arguments
def _subject(tok: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """(subject token, passive?) of a verb, inherited through conj/xcomp/relcl/acl/advcl."""
    if depth > 6:
        return None, False
    passive = any(c.dep_ in ("auxpass",) for c in tok.children)
    for c in tok.children:
        if c.dep_ in SUBJ_DEPS:
            if c.tag_ in ("WDT", "WP") or _lemma(c) in ("that", "which", "who"):
                return (tok.head if tok.dep_ == "relcl" else None), False
            return c, False
    if passive:
        for c in tok.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g, True
        return None, True
    for c in tok.children:
        if c.dep_ in PASS_SUBJ_DEPS:  # passive without auxpass tagged
            return None, True
    h = tok.head
    if h.i == tok.i:
        return None, False
    if tok.dep_ == "conj" and _is_verb(h):
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        stolen = _stolen_subject(prev) if prev is not None else None
        if prev is not None and stolen is not None and stolen.i == tok.i:
            return prev, False
        return _subject(h, depth + 1)
    if tok.dep_ in ("xcomp", "advcl", "acomp", "pcomp") and _is_verb(h):
        # object control: "urged X to leave" -> X is the subject of the complement
        if tok.dep_ == "xcomp":
            for c in h.children:
                if c.dep_ in ("dobj",) and _lemma(h) in lx.CONTROL:
                    return c, False
                if c.dep_ in PASS_SUBJ_DEPS:  # raising: "forces are poised/expected to launch"
                    return c, False
        return _subject(h, depth + 1)
    if tok.dep_ in ("relcl", "acl") and not _is_verb(h):
        return h, False
    if tok.dep_ == "pcomp" and h.dep_ == "prep":
        return _subject(h.head, depth + 1)
    return None, False


def _passive_subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in PASS_SUBJ_DEPS:
            return c
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        if any(c.dep_ == "auxpass" for c in tok.children) or tok.tag_ == "VBN":
            return _passive_subject(tok.head)
    if tok.dep_ in ("acl",) and tok.tag_ == "VBN":
        return tok.head
    return None


def _prep_targets(tok: Token, preps: frozenset[str]) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and _lemma(c) in preps and c.dep_ != "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append(g)
        elif c.dep_ in ("acl", "prep") and _lemma(c) in ("target", "targeting"):
            for g in c.children:
                if g.dep_ in ("dobj", "pobj"):
                    out.append(g)
    return out


def _noun_actor(tok: Token) -> Token | None:
    """Actor of a nominal trigger: possessive, compound or demonym modifier, "by X"."""
    for c in tok.children:
        if c.dep_ == "poss":
            return c
    for c in tok.children:
        if c.dep_ == "prep" and _lemma(c) == "by":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ACTOR_ENTS:
            return c
    verbs = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if tok.dep_ in SUBJ_DEPS and tok.head.tag_ == "VBN":  # parse of a reduced relative
        verbs.append(tok.head)
    for c in verbs:  # "protests led/staged by merchants"
        if c.tag_ == "VBN" and _lemma(c) in _ORGANIZE:
            for a in c.children:
                if a.dep_ == "agent":
                    for g in a.children:
                        if g.dep_ == "pobj":
                            return g
    return None


_ORGANIZE = frozenset({"lead", "stage", "organize", "organise", "hold", "launch", "call",
                       "carry", "conduct", "mount", "spearhead", "join"})


def _targets_of(trig: Trigger, doc: Doc) -> list[Token]:
    tok = doc[trig.token]
    preps = _TYPE_PREPS.get(trig.type, frozenset()) | _DEFAULT_PREPS
    found: list[Token] = []
    if trig.controller is not None:
        comp = doc[trig.controller]
        if trig.type == "REQUEST":
            found += [c for c in tok.children if c.dep_ in ("dobj", "dative")]
            found += _prep_targets(tok, frozenset({"on", "upon", "to"}))
            found += [c for c in comp.children if c.dep_ in SUBJ_DEPS]
        if not found:
            found += _targets_of(Trigger(token=comp.i, head=comp.i, type=trig.type,
                                         mode=None, weight=0), doc)
            if not found:
                inner = [c for c in comp.children if c.dep_ in OBJ_DEPS]
                for o in inner:
                    found += _prep_targets(o, preps)
        return found
    if trig.head != trig.token:  # light verb + nominal trigger
        found += _prep_targets(tok, preps)
        found += _acl_targets(tok)
        verb = doc[trig.head]
        if not found:
            found += _prep_targets(verb, preps)
            for c in verb.children:
                if c.dep_ == "dative":
                    found += _dative(c)
        return found
    if _is_noun(tok) and not _is_verb(tok):
        if trig.type in ("ASSAULT", "COERCE", "CONCEDE", "SANCTION"):
            preps = preps | {"of"}  # "the invasion of Iraq", "the release of the hostages"
        found += _prep_targets(tok, preps)
        found += _acl_targets(tok)
        if not found and tok.dep_ == "pobj" and _lemma(tok.head) in ("of",):
            pass
        return found
    # verbal trigger
    psubj = _passive_subject(tok)
    if psubj is not None and doc[psubj.i].i not in trig.consumed:
        found.append(psubj)
    for c in tok.children:
        if c.dep_ in OBJ_DEPS and c.i not in trig.consumed:
            found.append(c)
        elif c.dep_ == "dative":
            found += _dative(c)
        elif c.dep_ == "ccomp" and trig.type in ("REQUEST",):
            found += [g for g in c.children if g.dep_ in SUBJ_DEPS]
    for o in trig.consumed:
        found += _prep_targets(doc[o], preps)
        found += _acl_targets(doc[o])
    for c in tok.children:
        if c.dep_ in OBJ_DEPS and c.i not in trig.consumed and not _is_actorish(c):
            found += _prep_targets(c, preps)
    found += _prep_targets(tok, preps)
    if trig.type in ("ASSAULT", "COERCE", "SANCTION") and not found:
        for c in tok.children:
            if c.dep_ == "prep" and _lemma(c) in ("in", "inside"):
                found += [g for g in c.children if g.dep_ == "pobj" and _is_actorish(g)
                          and g.ent_type_ not in ("GPE", "LOC", "FAC")]
    return found


def _dative(tok: Token) -> list[Token]:
    """"gave Iraq aid" -> Iraq; "issued a warning to Iraq" (dative ADP) -> its object."""
    if tok.pos_ == "ADP":
        return [g for g in tok.children if g.dep_ == "pobj"]
    return [tok]


def _stolen_subject(tok: Token) -> Token | None:
    """Parser repair: in "A arrested B and C released D" the small model often makes C a conj
    of B; C is then the subject of the verb right after it."""
    nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    if tok.dep_ == "conj" and nxt is not None and nxt.dep_ == "conj" and _is_verb(nxt) \
            and not _is_verb(tok.head) and not any(c.dep_ in SUBJ_DEPS for c in nxt.children):
        return nxt
    return None


def _acl_targets(tok: Token) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "acl" and _lemma(c) in ("target", "aim", "direct"):
            out += [g for g in c.children if g.dep_ == "dobj"]
            for p in c.children:
                if p.dep_ == "prep":
                    out += [g for g in p.children if g.dep_ == "pobj"]
    return out


def _is_actorish(tok: Token) -> bool:
    if tok.ent_type_ in ACTOR_ENTS:
        return True
    if tok.ent_type_:  # DATE, CARDINAL, MONEY...
        return False
    if tok.pos_ == "PROPN" and not tok.is_title:
        return True
    if tok.pos_ == "PRON":
        return _lemma(tok) in PRONOUNS_3RD or _lemma(tok) in PRONOUNS_SPEAKER
    return _lemma(tok) in ACTOR_NOUNS


# Prepositions that place an event ("at the airport", "in Baghdad", "near the border").
LOCATIVE_PREPS = frozenset({"at", "in", "inside", "near", "outside", "within", "along", "around"})
# Verbs whose "at" marks what is aimed at ("fired at", "aimed at", "lashed out at").
AIM_VERBS = frozenset({"fire", "aim", "shoot", "launch", "direct", "hurl", "throw", "lob",
                       "point", "lash", "swipe", "level", "target", "rain"})
# Heads that name a place, not an actor, after a locative preposition.
PLACE_NOUNS = frozenset({
    "airport", "base", "airbase", "compound", "camp", "embassy", "consulate", "border",
    "city", "town", "village", "province", "region", "area", "capital", "street", "square",
    "checkpoint", "port", "harbor", "harbour", "hotel", "palace", "mosque", "shrine",
    "hospital", "zone", "outpost", "district", "neighborhood", "neighbourhood", "highway",
    "road", "crossing", "field", "facility", "site", "headquarters", "garrison", "complex",
    "installation", "desert", "outskirts", "vicinity", "waters", "strait", "gulf", "sea",
})
# Generic facility/asset heads whose owner is the real target ("sites belonging to X").
FACILITY_NOUNS = frozenset({
    "site", "position", "base", "facility", "headquarters", "depot", "convoy", "compound",
    "vessel", "asset", "interest", "personnel", "troop", "force", "installation", "warehouse",
    "stronghold", "hideout", "camp", "outpost", "infrastructure", "target", "location",
    "post", "garrison", "storage", "arsenal", "stockpile", "office", "property",
    "residence", "home", "house",
})
# Participles that attach an owner to a facility ("belonging to X", "used by X").
_OWNER_VERBS = frozenset({"belong", "link", "affiliate", "tie", "connect", "associate", "own",
                          "operate", "run", "control", "use", "occupy", "hold", "man"})


def _site_lemma(tok: Token) -> str:
    """Lemma of a place/facility head ("bases" is lemmatised "basis")."""
    return "base" if tok.lower_ == "bases" else _lemma(tok)


def _locative_place(tok: Token, kb: TheatreKB | None, type_: str) -> bool:
    """A pobj of at/in/near/outside/inside that names a place is where the event happened.
    Types whose own prepositions take a place as target keep it ("curfew in Bangkok",
    "troops on alert in Manila", "a protest outside the embassy")."""
    prep = tok.head
    if tok.dep_ != "pobj" or _lemma(prep) not in LOCATIVE_PREPS \
            or _lemma(prep) in _TYPE_PREPS.get(type_, frozenset()):
        return False
    verb = prep.head
    if _lemma(prep) == "at" and (_lemma(verb) in AIM_VERBS or any(
            c.dep_ == "prt" and _lemma(c) == "out" for c in verb.children)):
        return False  # "fired at the base", "lashed out at Washington": aimed at a target
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
    """Owner of a facility noun: "sites belonging to X", "positions of X", "bases used by X"."""
    for c in tok.children:
        if c.dep_ == "prep" and _lemma(c) == "of":
            got = next((g for g in c.children if g.dep_ == "pobj"), None)
            if got is not None:
                return got
        if c.dep_ in ("acl", "relcl", "amod") and _lemma(c) in _OWNER_VERBS:
            for p in c.children:
                if p.dep_ in ("prep", "agent") and _lemma(p) in ("to", "by", "with"):
                    got = next((g for g in p.children if g.dep_ == "pobj"), None)
                    if got is not None:
                        return got
    return None


def _owner_refs(tok: Token, resolver: _Resolver, trigger: int) -> list[ActorRef]:
    """The owner X of a generic facility target ("struck sites belonging to X") as the target,
    its text the whole phrase."""
    if _site_lemma(tok) not in FACILITY_NOUNS:
        return []
    owner = _owner(tok)
    if owner is None:
        return []
    owners = [owner] + [c for c in owner.children  # not "X in Iraq and Syria" parsed as conj
                        if c.dep_ == "conj" and c.ent_type_ not in ("GPE", "LOC", "FAC")]
    refs: list[ActorRef] = []
    for o in owners:
        got = [r for r in resolver._one(o, trigger) if not generic_actor(r)]
        if not any(r.kb_id for r in got):  # "the Iraqi militia Kata'ib Hezbollah": the name
            named = [r for c in o.children if c.dep_ == "appos"
                     for r in resolver._one(c, trigger) if r.kb_id]
            got = named or got
        refs += got
    doc = resolver.doc
    start = tok.left_edge.idx
    out = []
    for r in refs:
        end = max(r.end or 0, owner.idx + len(owner.text))
        out.append(replace(r, text=doc.text[start:end], start=start, end=end))
    return out


# --------------------------------------------------------------------------- mentions -> refs
class _Resolver:
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

    def refs(self, tok: Token, trigger: int, seen: set[int] | None = None) -> list[ActorRef]:
        seen = seen if seen is not None else set()
        if tok.i in seen:
            return []
        seen.add(tok.i)
        out = self._one(tok, trigger)
        for c in tok.children:
            if c.dep_ == "conj" and _stolen_subject(c) is None:
                out += self.refs(c, trigger, seen)
        return out

    def _one(self, tok: Token, trigger: int) -> list[ActorRef]:
        head_start, head_end = tok.idx, tok.idx + len(tok.text)
        left = tok.left_edge
        # premodifiers + head, but not a coordinated sibling to the right
        span_start = left.idx
        covering = [m for m in self._in(head_start, head_end)]
        if covering:
            ref = self._ref(max(covering, key=lambda m: m.end - m.start))
            end = _place_end(tok)
            if self._generic(ref) and ref.start == left.idx and end > (ref.end or end):
                ref = replace(ref, text=self.doc.text[left.idx:end], end=end)
            return [ref]
        inner = [m for m in self._in(span_start, head_start)
                 if not any(t.dep_ in ("prep",) for t in self.doc.char_span(
                     m.start, m.end, alignment_mode="expand") or ())]
        if inner:
            return [self._ref(m) for m in inner]
        low = _lemma(tok)
        if tok.pos_ == "PRON":
            if low in PRONOUNS_SPEAKER and self.attribution is not None:
                spk = self.attribution.for_trigger(trigger).speaker
                if spk is not None:
                    return [spk]
            if low in PRONOUNS_3RD and low not in ("it", "its"):
                prev = [m for m in self.mentions if m.end <= tok.idx and m.kb_id is not None]
                if prev:
                    return [replace(self._ref(prev[-1]), text=tok.text, start=head_start,
                                    end=head_end)]
            return []
        for c in tok.children:  # apposition: "the spokesman, Vedant Patel"
            if c.dep_ == "appos":
                got = self._one(c, trigger)
                if got:
                    return got
        if not _is_actorish(tok):
            return []
        start = span_start
        while start < head_start and self.doc[tok.left_edge.i].is_punct:
            break
        end = max(_place_end(tok), head_end)
        text = self.doc.text[start:end]
        if self.kb is not None and end == head_end:
            hits = self.kb.lookup(text)
            if len(hits) == 1:
                return [self.kb.ref(hits[0].id, text, start, head_end)]
        return [ActorRef(name=None, kb_id=None, text=text, start=start, end=end)]


def _place_end(tok: Token) -> int:
    """End offset of an unlinked actor phrase with its place ("its allies in Iraq",
    "merchants in Tehran"); the head's end when it has none."""
    for c in tok.children:
        if c.dep_ == "prep" and _lemma(c) in ("in", "from", "inside") and c.i > tok.i:
            objs = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
            if objs:
                return objs[0].idx + len(objs[0].text)
    return tok.idx + len(tok.text)


def _own_possession(tok: Token) -> bool:
    """"threatened to close its embassy": what the actor owns is not a target."""
    if tok.dep_ not in OBJ_DEPS | PASS_SUBJ_DEPS:
        return False  # "provide weapons to its allies": a recipient, not a possession
    return any(c.dep_ == "poss" and c.pos_ == "PRON" and _lemma(c) not in ("your",)
               for c in tok.children) and tok.ent_type_ == ""


def _key(ref: ActorRef) -> str:
    if ref.kb_id:
        return ref.kb_id
    from brinkwatch.kb.model import norm_key

    return "text:" + norm_key(ref.text)


def _dedupe(refs: Iterable[ActorRef]) -> tuple[ActorRef, ...]:
    out: dict[str, ActorRef] = {}
    for r in refs:
        out.setdefault(_key(r), r)
    return tuple(out.values())


# --------------------------------------------------------------------------- extraction
def extract_events(parsed: Any, *, kb: Any, mentions: Any, options: Any) -> list[Event]:
    """PLOVER events of one parsed article (pure; no I/O). See the module docstring."""
    doc = parsed.doc
    mentions = list(mentions or ())
    attr = AttributionIndex(parsed, kb=kb, mentions=mentions)
    resolver = _Resolver(doc, kb, mentions, attr)
    keep_hyp = getattr(options, "keep_hypothetical", True)
    floor = getattr(options, "min_event_confidence", MIN_CONFIDENCE)
    raw: list[Event] = []
    lead: tuple[ActorRef, ...] = ()  # actor of a lead-in line ("Key elements of the U.S. approach:")
    for sent in parsed.sentences:
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            continue
        bullet = is_bullet(sent.text)
        if not bullet:
            lead = ()
        for trig in _find_triggers(doc, span.start, span.end):
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


def _event(parsed: Any, trig: Trigger, sent: Any, resolver: _Resolver,
           attr: AttributionIndex, kb: Any, mentions: Sequence[Mention], *,
           lead: tuple[ActorRef, ...] = ()) -> Event | None:
    doc = parsed.doc
    tok = doc[trig.token]
    if attr.is_speech(trig.token) and trig.type not in ("ACCUSE", "THREATEN", "REQUEST",
                                                         "REJECT"):
        return None
    head = doc[trig.head]
    if trig.head != trig.token or not (_is_noun(tok) and not _is_verb(tok)):
        subj, passive = _subject(head)
    else:
        subj, passive = _noun_actor(tok), False
    actors = resolver.refs(subj, trig.token) if subj is not None else []
    actors = [a for a in actors if not generic_actor(a)]
    targets: list[ActorRef] = []
    for t in _targets_of(trig, doc):
        if t.i == tok.i or _own_possession(t) or _locative_place(t, kb, trig.type):
            continue  # "strike at Baghdad airport": the place of the event, not its target
        refs = resolver.refs(t, trig.token)
        owned = _owner_refs(t, resolver, trig.token) if not any(r.kb_id for r in refs) else []
        targets += owned or refs
    if passive and subj is None and not actors:
        actors = []
    actors_t = _dedupe(actors)
    actor_keys = {_key(a) for a in actors_t}
    targets_t = tuple(r for r in _dedupe(targets) if _key(r) not in actor_keys) or ()
    if not actors_t and subj is None and not passive and lead:
        actors_t = tuple(a for a in lead if _key(a) not in {_key(t) for t in targets_t})
    # no source (an unknown or abstract actor): emitted as an incomplete mention, so that
    # story-level assembly can complete it from the story or keep it apart (never exported)
    incomplete = not actors_t and not (passive and targets_t
                                       and int(event_type(trig.type).quad) == 4)
    if incomplete and not targets_t:
        return None  # neither source nor recipient: nothing a story could complete
    if not targets_t and len(actors_t) > 1 and trig.type in SYMMETRIC_TYPES:
        actors_t, targets_t = actors_t[:1], actors_t[1:]  # "A and B coordinate" -> A with B
    if _avoided(head):
        return None  # "avoiding hosting a war": the act is what the actor shuns
    if not targets_t and trig.controller is None and trig.head == trig.token \
            and trig.type in ("THREATEN", "ACCUSE", "REQUEST") \
            and any(c.dep_ == "ccomp" for c in tok.children):
        return None  # "analysts warn that ...": a statement, not a threat to anyone
    et = event_type(trig.type)
    modality, hedges = modality_of(doc, trig.token)
    if _capability(head):
        modality = Modality.HYPOTHETICAL  # "Iran's ability to fund X": a capacity, not an act
    attribution = attr.for_trigger(trig.token)
    if hedges and not attribution.hedges:
        attribution = replace(attribution, hedges=tuple(hedges))
    published = getattr(parsed.article, "published", None)
    date = resolve_date(parsed, sent.index, anchor=trig.token, published=published) or DateRef()
    background = is_background_date(date, published)  # "the 2003 invasion": history
    place = locate(parsed, sent.index, kb=kb, anchor=trig.token)
    trig_end = tok.idx + len(tok.text)
    trig_text = tok.text
    if trig.head != trig.token:
        h = doc[trig.head]
        lo, hi = min(h.idx, tok.idx), max(trig_end, h.idx + len(h.text))
        trig_text = doc.text[lo:hi]
    ev_span = Evidence(sentence_index=sent.index, start=sent.start, end=sent.end,
                       sentence=sent.text, trigger=trig_text, trigger_start=tok.idx,
                       trigger_end=trig_end)
    # an incomplete mention is weighed as if its source were found: the story may give it
    conf = round(trig.weight * (1.0 if actors_t and targets_t
                                else 0.75 if actors_t or incomplete else 0.6), 3)
    nominal = trig.head == trig.token and _is_noun(tok) and not _is_verb(tok)
    if not targets_t and trig.type in TARGET_REQUIRED \
            and (nominal or trig.type not in SELF_CONTAINED_ACTS):
        conf = round(conf * TARGETLESS_FACTOR, 3)  # "US threats", "U.S. sanctions": no recipient
    return Event(
        id="", article_id=parsed.article.id, type=et.name, mode=trig.mode, quad=int(et.quad),
        intensity=et.intensity_of(trig.mode), cameo=et.cameo_of(trig.mode), modality=str(modality),
        actors=actors_t, targets=targets_t, date=date, location=place,
        attribution=attribution if isinstance(attribution, Attribution) else Attribution(),
        evidence=(ev_span,), extractor=VERSION, confidence=conf,
        incomplete=incomplete, background=background,
    )


# Types whose event needs a recipient: without one the words name a policy, a capacity or a
# topic ("U.S. sanctions", "US threats", "Iraq is seeking stability"), not an interaction.
TARGET_REQUIRED = frozenset({"REQUEST", "AID", "SUPPORT", "CONSULT", "COOPERATE", "AGREE",
                             "SANCTION", "COERCE", "THREATEN", "ASSAULT"})
# Material acts a clause may report without a recipient ("the U.S. imposed sanctions");
# their bare nouns ("U.S. sanctions") still need one.
SELF_CONTAINED_ACTS = frozenset({"SANCTION", "ASSAULT"})
TARGETLESS_FACTOR = 0.4  # puts a targetless event of those types below the default floor
# Mutual interactions: "A and B coordinate/met/agreed" is A with B.
SYMMETRIC_TYPES = frozenset({"COOPERATE", "CONSULT", "AGREE"})
# Heads of generic or non-political phrases that are no event source when unlinked.
NON_ACTORS = frozenset({"analyst", "expert", "observer", "commentator", "scholar", "researcher",
                        "report", "study", "statement", "move", "policy", "approach", "stance",
                        "development", "action", "situation", "tension", "effort", "campaign",
                        "potential", "network", "trend", "step", "decision", "measure"})
_GENERIC_DETS = frozenset({"a", "an", "these", "those", "this", "that", "such", "some",
                           "another", "many", "several", "other"})
_BULLETS = ("-", "•", "*", "–", "—", "·", "▪", "●")
_CAPACITY = frozenset({"ability", "capacity", "capability", "potential", "power", "means",
                       "freedom", "right"})
_AVOID = frozenset({"avoid", "prevent", "stop", "escape", "fear", "risk"})
BACKGROUND_YEARS = 2  # events dated this many years before publication are background


def is_bullet(text: str) -> bool:
    """Whether a sentence is a list item ("- Demanding disarmament", "• U.S. warns Iraq")."""
    return text.lstrip().startswith(_BULLETS)


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
    return words[0] in _GENERIC_DETS and not any(w[:1].isupper() for w in ref.text.split()[1:])


def is_background_date(date: DateRef, published: str | None) -> bool:
    """An event the text dates years before the article was published is background."""
    if not date.value or not published:
        return False
    try:
        year, pub = int(date.value[:4]), int(str(published)[:4])
    except ValueError:
        return False
    return pub - year >= BACKGROUND_YEARS


def _capability(tok: Token) -> bool:
    """"Iran's ability to fund militias": the act is the complement of a capacity noun."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("acl", "xcomp", "ccomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ == "NOUN" and _lemma(cur) in _CAPACITY:
            return True
    return False


def _avoided(tok: Token) -> bool:
    """"avoiding hosting a proxy war": the event is the complement of avoid/prevent/fear."""
    return tok.dep_ in ("xcomp", "ccomp", "pcomp") and _lemma(tok.head) in _AVOID


def _lead_actors(doc: Doc, start: int, end: int, resolver: _Resolver) -> tuple[ActorRef, ...]:
    """The linked actor a lead-in line names ("Key elements of the U.S. approach include:"),
    given to the subjectless bullets below it."""
    for tok in doc[start:end]:
        if tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or tok.pos_ == "PROPN":
            got = [r for r in resolver._one(tok, tok.i) if r.kb_id]
            if got:
                return (got[0],)
    return ()


def _dates_compatible(a: DateRef, b: DateRef) -> bool:
    if a.value is None or b.value is None:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def merge_events(events: Sequence[Event]) -> list[Event]:
    """Merge events of one article that tell the same thing (same type, actor ids, target ids,
    compatible date): one Event with every evidence span, the first telling's fields, the
    highest confidence; then give each its deterministic id."""
    groups: list[Event] = []
    for ev in events:
        key = (ev.type, tuple(sorted(_key(a) for a in ev.actors)),
               tuple(sorted(_key(t) for t in ev.targets)))
        for j, g in enumerate(groups):
            gkey = (g.type, tuple(sorted(_key(a) for a in g.actors)),
                    tuple(sorted(_key(t) for t in g.targets)))
            if gkey == key and _dates_compatible(g.date, ev.date):
                date = g.date if g.date.value is not None else ev.date
                spans = g.evidence + tuple(e for e in ev.evidence if e not in g.evidence)
                modality = g.modality if g.modality == Modality.ASSERTED else ev.modality \
                    if ev.modality == Modality.ASSERTED else g.modality
                groups[j] = replace(g, date=date, evidence=spans, modality=modality,
                                    location=g.location or ev.location,
                                    confidence=max(g.confidence, ev.confidence))
                break
        else:
            groups.append(ev)
    out = []
    for g in groups:
        first = g.evidence[0]
        eid = event_id(g.article_id, g.type, tuple(_key(a) for a in g.actors),
                       tuple(_key(t) for t in g.targets), first.start, first.trigger_start)
        out.append(replace(g, id=eid))
    return out


# --------------------------------------------------------------------------- PLV pair task
def _span_tokens(doc: Doc, span: tuple[int, int]) -> list[Token]:
    start, end = span
    if end <= start:
        return []
    return [t for t in doc if t.idx < end and start < t.idx + len(t.text)]


def _span_head(toks: list[Token]) -> Token | None:
    if not toks:
        return None
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0]


def _ancestors(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 50:
        out.append(out[-1].head)
    return out


def _pair_sense(tok: Token, verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]]
                ) -> tuple[str, float] | None:
    """The PLOVER type a single token carries (with control verbs resolved)."""
    if tok.i in verb_hits:
        sense = verb_hits[tok.i][0]
        ctrl = lx.CONTROL.get(_lemma(tok))
        comp = _complement(tok)
        if _lemma(tok) in _DIRECTIVE:  # "ordered the arrest of X", "ordered X jailed"
            inner = _directed(tok, verb_hits)
            if inner is not None:
                return inner
        if ctrl == "PROMISE" and comp is not None:
            inner = _inner_hit(comp, verb_hits)
            if inner is not None and inner[0].type in lx.CONFLICT_TYPES:
                return "THREATEN", sense.weight
            if inner is not None and inner[0].type not in ("AGREE",):
                return inner[0].type, inner[0].weight
        if ctrl == "AGREE" and comp is not None:
            inner = _inner_hit(comp, verb_hits)
            if inner is not None:
                return "AGREE", sense.weight
        return sense.type, sense.weight
    if _is_noun(tok):
        s = _noun_sense(tok)
        if s is not None:
            return s.type, s.weight * 0.9
    return None


_DIRECTIVE = frozenset({"order", "authorize", "authorise", "direct", "approve", "sanction"})


def _directed(tok: Token, verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]]
              ) -> tuple[str, float] | None:
    """The act an authority orders: a material-conflict object or complement of "order"."""
    for c in tok.children:
        got: tuple[str, float] | None = None
        if c.dep_ in ("dobj", "xcomp", "ccomp", "oprd"):
            if c.i in verb_hits:
                got = verb_hits[c.i][0].type, verb_hits[c.i][0].weight
            elif _is_noun(c):
                s = _noun_sense(c)
                got = (s.type, s.weight) if s is not None else None
            if got is None:
                for g in c.children:
                    if g.dep_ in ("xcomp", "ccomp", "acl", "oprd", "amod") and g.i in verb_hits:
                        got = verb_hits[g.i][0].type, verb_hits[g.i][0].weight
        if got is not None and int(event_type(got[0]).quad) == 4:
            return got
    return None


def classify_pair(doc: Any, source: tuple[int, int], target: tuple[int, int]) -> tuple[str, int]:
    """Given a parsed sentence and the character spans of a gold (source, target) pair, the PLV
    root (one of the 15 PLV roots; CONCEDE and RETREAT map to YIELD) and the quad class 1-4."""
    type_ = _classify_type(doc, source, target)
    root = plv_root(type_)
    return root, int(event_type(type_).quad)


_PEACE = ("peacekeep", "humanitarian", "relief", "rescue")


def _peace_context(tok: Token) -> bool:
    """A deployment for peacekeeping or relief is AID (protection), not a show of force."""
    return any(_lemma(t).startswith(_PEACE) for t in tok.sent)


def _must_clause(t_head: Token | None) -> bool:
    """"X said Y must do Z": the target is the subject of a clause with an obligation modal."""
    if t_head is None or t_head.dep_ not in SUBJ_DEPS | PASS_SUBJ_DEPS:
        return False
    verb = t_head.head
    return any(c.dep_ == "aux" and _lemma(c) in ("must", "should", "ought", "need")
               for c in verb.children) and verb.dep_ in ("ccomp", "conj", "xcomp")


def _classify_type(doc: Doc, source: tuple[int, int], target: tuple[int, int]) -> str:
    type_ = _classify_raw(doc, source, target)
    if type_ == "MOBILIZE" and len(doc) and _peace_context(doc[0]):
        return "AID"
    return type_


def _classify_raw(doc: Doc, source: tuple[int, int], target: tuple[int, int]) -> str:
    s_toks, t_toks = _span_tokens(doc, source), _span_tokens(doc, target)
    s_head, t_head = _span_head(s_toks), _span_head(t_toks)
    in_spans = {t.i for t in s_toks} | {t.i for t in t_toks}
    if _must_clause(t_head):
        return "REQUEST"
    verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]] = {}
    for tok in doc:
        if _is_verb(tok):
            hit = _verb_sense(tok)
            if hit is not None:
                verb_hits[tok.i] = hit
    # candidate tokens: the dependency path between the two heads (LCA first)
    path: list[Token] = []
    if s_head is not None and t_head is not None:
        sa, ta = _ancestors(s_head), _ancestors(t_head)
        ta_ids = {t.i for t in ta}
        lca = next((t for t in sa if t.i in ta_ids), None)
        if lca is not None:
            s_side = [t for t in sa[: [x.i for x in sa].index(lca.i)]]
            t_side = [t for t in ta[: [x.i for x in ta].index(lca.i)]]
            path = [lca] + list(reversed(t_side)) + list(reversed(s_side))
            # climb above the LCA while it is not an event word (e.g. noun phrases)
            up = lca
            for _ in range(3):
                if _pair_sense(up, verb_hits) is not None or up.head.i == up.i:
                    break
                up = up.head
                path.append(up)
    elif t_head is not None or s_head is not None:
        path = _ancestors(t_head or s_head)  # type: ignore[arg-type]
    best: tuple[float, str, int | None] | None = None
    for rank, tok in enumerate(path):
        if tok.i in in_spans and tok.i != path[0].i:
            # words inside the spans count only as the path's top (a nominal event)
            if _pair_sense(tok, verb_hits) is None:
                continue
        got = _pair_sense(tok, verb_hits)
        if got is None:
            continue
        # a control verb on the path decides; otherwise the highest word wins
        score = got[1] - 0.3 * min(rank, 3)
        if tok.i in verb_hits and lx.CONTROL.get(_lemma(tok)) in ("REJECT", "REQUEST",
                                                                 "THREATEN"):
            score += 1.0
        if best is None or score > best[0]:
            best = (score, got[0], tok.i)
    if best is None:
        for tok in doc:
            got = _pair_sense(tok, verb_hits)
            if got is None:
                continue
            if best is None or got[1] > best[0]:
                best = (got[1], got[0], tok.i)
    if best is None:
        return "CONSULT"
    return _intent_shift(doc, best[2], best[1]) if best[2] is not None else best[1]


_INTENT = frozenset({"willing", "ready", "prepared", "offer", "pledge", "promise", "vow", "plan",
                     "intend", "set", "poised", "agree", "commit", "decide", "expect", "aim"})
_REFUSAL = frozenset({"refuse", "decline", "reject", "fail", "cancel", "deny"})


def _intent_shift(doc: Doc, trigger: int, type_: str) -> str:
    """CAMEO/PLOVER coding of intent and negation: a negated or refused cooperative act is
    REJECT; an announced/intended cooperative act is AGREE (intent to cooperate); an announced
    material-conflict act is THREATEN."""
    tok = doc[trigger]
    quad = int(event_type(type_).quad)
    chain = [tok]
    cur = tok
    while cur.dep_ in ("xcomp", "ccomp", "conj", "acomp", "advcl") and cur.head.i != cur.i \
            and len(chain) < 4:
        cur = cur.head
        chain.append(cur)
    negated = any(c.dep_ == "neg" for t in chain[:2] for c in t.children)
    refused = any(_lemma(t) in _REFUSAL for t in chain[1:])
    if negated or refused:
        if quad in (1, 2) and type_ != "REJECT":
            return "REJECT"
        return type_
    try:
        modality, _ = modality_of(doc, trigger)
    except Exception:  # the modality helper must never break coding
        modality = Modality.ASSERTED.value
    future = modality == Modality.FUTURE or any(_lemma(t) in _INTENT for t in chain[1:]) or any(
        c.dep_ == "aux" and _lemma(c) in ("will", "shall") for c in tok.children)
    if future:
        if quad in (1, 2) and type_ not in ("AGREE", "SUPPORT"):
            return "AGREE"
        if quad == 4:
            return "THREATEN"
    return type_
