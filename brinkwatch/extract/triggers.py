"""Trigger finding for events.rules.v1: which words of a sentence fire a lexicon sense.

Verbs and nouns are looked up by lemma in :mod:`brinkwatch.extract.lexicon`; a sense whose
particle/object conditions hold wins; control verbs ("refuse to meet", "vow to strike") carry
the type of their complement; a noun trigger after a light verb ("issue a warning") takes its
arguments from the verb. Shared by event coding and the PLV pair classifier.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from brinkwatch.extract import lexicon as lx

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJ_DEPS = frozenset({"nsubj", "csubj"})
PASS_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJ_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})


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
def lemma(tok: Token) -> str:
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
    out.setdefault(lemma(tok), tok.i)
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod") or c.dep_ == "conj":
            out.setdefault(lemma(c), c.i if c.dep_ != "conj" else c.i)


def _particles(tok: Token) -> set[str]:
    return {lemma(c) for c in tok.children if c.i > tok.i
            and c.dep_ in ("prt", "prep", "advmod", "dobj", "oprd", "acomp", "ccomp", "xcomp")}


def verb_sense(tok: Token) -> tuple[lx.Sense, tuple[int, ...]] | None:
    senses = lx.verb_senses(lemma(tok))
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


def noun_sense(tok: Token) -> lx.Sense | None:
    senses = lx.noun_senses(lemma(tok))
    if not senses:
        return None
    mods = {lemma(c) for c in tok.children} | {lemma(tok.head)} if any(s.obj for s in senses) \
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


def is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or (
        tok.pos_ == "ADJ" and tok.dep_ in ("ROOT", "conj", "xcomp", "ccomp", "advcl"))


def is_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("PERSON", "GPE", "NORP", "ORG")


def complement(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and is_verb(c):
            return c
    return None


def find_triggers(doc: Doc, start: int, end: int) -> list[Trigger]:
    """Every trigger in tokens [start, end) of ``doc`` (one sentence)."""
    verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]] = {}
    consumed: set[int] = set()
    for tok in doc[start:end]:
        if is_verb(tok):
            if tok.dep_ == "acl" and lemma(tok) in ("target", "aim") and noun_sense(tok.head):
                continue  # "sanctions targeting X": the noun is the event
            hit = verb_sense(tok)
            if hit is not None:
                verb_hits[tok.i] = hit
                consumed.update(hit[1])
    out: list[Trigger] = []
    controlled: set[int] = set()
    for i, (sense, used) in verb_hits.items():
        tok = doc[i]
        ctrl = lx.control(lemma(tok))
        comp = complement(tok)
        if ctrl is not None and comp is not None and sense.type in ("REJECT", "THREATEN", "AGREE",
                                                                     "REQUEST"):
            type_ = sense.type
            mode = sense.mode
            inner = verb_hits.get(comp.i) or inner_hit(comp, verb_hits)
            if ctrl == "PROMISE":
                if inner is not None and inner[0].type in lx.conflict_types():
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
        if tok.i in consumed or tok.i in controlled or not is_noun(tok):
            continue
        sense = noun_sense(tok)
        if sense is None:
            continue
        head = tok.i
        h = tok.head
        if tok.dep_ in OBJ_DEPS | PASS_SUBJ_DEPS and h.i in controlled:
            continue
        if tok.dep_ in OBJ_DEPS | PASS_SUBJ_DEPS and lx.is_light(lemma(h)) and h.i not in verb_hits:
            head = h.i
        elif tok.dep_ == "pobj" and h.head.i != h.i and lx.is_light(lemma(h.head)) \
                and h.head.i not in verb_hits and lemma(h) in ("on", "into"):
            head = h.head.i  # "went on strike", "entered into talks"
        out.append(Trigger(token=tok.i, head=head, type=sense.type, mode=sense.mode,
                           weight=sense.weight * (1.0 if head != tok.i else 0.9)))
    out.sort(key=lambda t: t.token)
    return out


def inner_hit(tok: Token, verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]]
               ) -> tuple[lx.Sense, tuple[int, ...]] | None:
    for c in tok.subtree:
        if c.i in verb_hits:
            return verb_hits[c.i]
        if c.pos_ == "NOUN" and c.dep_ in OBJ_DEPS:
            s = noun_sense(c)
            if s is not None:
                return (s, ())
    return None


def _chain(tok: Token) -> set[int]:
    """The complement verb and the verbs coordinated with it."""
    out = {tok.i}
    for c in tok.children:
        if c.dep_ == "conj" and is_verb(c):
            out |= _chain(c)
    return out


def _threat_mode(type_: str) -> str:
    return {"ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": "arrest",
            "SANCTION": "sanction", "REJECT": "relations"}.get(type_, "violence")


def verb_hits(doc: Doc) -> dict[int, tuple[lx.Sense, tuple[int, ...]]]:
    """Every verb of ``doc`` that fires a sense: token index -> (sense, consumed objects)."""
    out: dict[int, tuple[lx.Sense, tuple[int, ...]]] = {}
    for tok in doc:
        if is_verb(tok):
            hit = verb_sense(tok)
            if hit is not None:
                out[tok.i] = hit
    return out
