"""The PLV "given the pair" task: the PLOVER root and quad class a sentence gives a known
(source, target) pair, read with the event lexicon over the dependency path between the two.

Public entry point: :func:`classify_pair` (what ``brinkwatch eval plv`` scores).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from brinkwatch.extract import lexicon as lx
from brinkwatch.extract.modality import modality_of
from brinkwatch.extract.ontology import event_type, plv_root
from brinkwatch.extract.syntax import sent_of
from brinkwatch.extract.triggers import (
    BLAME_PREDICATES,
    CONTACT_VERBS,
    OFFER_VERBS,
    PASS_SUBJ_DEPS,
    SUBJ_DEPS,
    complement,
    culprit_of,
    inner_hit,
    is_noun,
    is_verb,
    lemma,
    noun_sense,
    verb_sense,
)
from brinkwatch.extract.triggers import (
    verb_hits as find_verb_hits,
)
from brinkwatch.records import Modality

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
        ctrl = lx.control(lemma(tok))
        comp = complement(tok)
        if lemma(tok) in _DIRECTIVE:  # "ordered the arrest of X", "ordered X jailed"
            inner = _directed(tok, verb_hits)
            if inner is not None:
                return inner
        if ctrl == "PROMISE" and comp is not None:
            inner = inner_hit(comp, verb_hits)
            if inner is not None and inner[0].type in lx.conflict_types():
                if lemma(tok) in OFFER_VERBS:  # an offer of troops is an offer, no threat
                    return "AGREE", sense.weight
                return "THREATEN", sense.weight
            if inner is not None and int(event_type(inner[0].type).quad) in (1, 2):
                return "AGREE", sense.weight  # "pledged to work with X": a promise (PLOVER)
            if inner is not None and inner[0].type not in ("AGREE",):
                return inner[0].type, inner[0].weight
        if ctrl == "PROMISE" and comp is None:
            # "promised its support to X", "pledged backing for X": what is promised, when it
            # names a cooperative act of its own
            for c in tok.children:
                s = noun_sense(c) if c.dep_ in ("dobj", "obj") and is_noun(c) else None
                if s is not None and s.type not in ("AGREE",) \
                        and int(event_type(s.type).quad) in (1, 2):
                    return s.type, sense.weight
        if ctrl == "AGREE" and comp is not None:
            inner = inner_hit(comp, verb_hits)
            if inner is not None:
                return "AGREE", sense.weight
        return sense.type, sense.weight
    if is_noun(tok):
        s = noun_sense(tok)
        if s is not None:
            return s.type, s.weight * 0.9
    return None


_DIRECTIVE = frozenset({"order", "authorize", "authorise", "direct", "approve", "sanction"})


def _directed(tok: Token, verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]]
              ) -> tuple[str, float] | None:
    """The act an authority orders: a material-conflict object or complement of "order", or a
    concession ("ordered the release of X": the authority frees X)."""
    for c in tok.children:
        got: tuple[str, float] | None = None
        if c.dep_ in ("dobj", "xcomp", "ccomp", "oprd"):
            if c.i in verb_hits:
                got = verb_hits[c.i][0].type, verb_hits[c.i][0].weight
            elif is_noun(c):
                s = noun_sense(c)
                got = (s.type, s.weight) if s is not None else None
            if got is None:
                for g in c.children:
                    if g.dep_ in ("xcomp", "ccomp", "acl", "oprd", "amod") and g.i in verb_hits:
                        got = verb_hits[g.i][0].type, verb_hits[g.i][0].weight
        if got is not None and (int(event_type(got[0]).quad) == 4 or got[0] == "CONCEDE"):
            return got
    return None


def classify_pair(doc: Any, source: tuple[int, int], target: tuple[int, int]) -> tuple[str, int]:
    """Given a parsed sentence and the character spans of a gold (source, target) pair, the PLV
    root (one of the 15 PLV roots; CONCEDE and RETREAT map to YIELD) and the quad class 1-4."""
    type_, at = _classify_type(doc, source, target)
    root = plv_root(type_, _mode_at(doc, at, type_))
    return root, int(event_type(type_).quad)


def _mode_at(doc: Doc, at: int | None, type_: str) -> str | None:
    """The mode of the sense the deciding word fires, when that sense is of the type decided
    ("imposed sanctions" -> SANCTION economic); None otherwise."""
    if at is None:
        return None
    tok = doc[at]
    hit = verb_sense(tok) if is_verb(tok) else None
    sense = hit[0] if hit is not None else noun_sense(tok) if is_noun(tok) else None
    return sense.mode if sense is not None and sense.type == type_ else None


_PEACE = ("peacekeep", "humanitarian", "relief", "rescue")


def _peace_context(tok: Token) -> bool:
    """A deployment for peacekeeping or relief is AID (protection), not a show of force."""
    return any(lemma(t).startswith(_PEACE) for t in sent_of(tok))


def _must_clause(t_head: Token | None) -> bool:
    """"X said Y must do Z": the target is the subject of a clause with an obligation modal."""
    if t_head is None or t_head.dep_ not in SUBJ_DEPS | PASS_SUBJ_DEPS:
        return False
    verb = t_head.head
    return any(c.dep_ == "aux" and lemma(c) in ("must", "should", "ought", "need")
               for c in verb.children) and verb.dep_ in ("ccomp", "conj", "xcomp")


def _classify_type(doc: Doc, source: tuple[int, int], target: tuple[int, int]
                   ) -> tuple[str, int | None]:
    """The type and the index of the word that decided it (None: no word did)."""
    type_, at = _classify_raw(doc, source, target)
    if len(doc) and ((type_ == "MOBILIZE" and _peace_context(doc[0])) or (
            type_ == "CONSULT" and any(lemma(t).startswith("peacekeep") for t in doc))):
        return "AID", at  # peacekeepers deployed or arriving: protection, not a show of force
    if type_ == "REQUEST" and _against(_span_head(_span_tokens(doc, target))):
        return "ACCUSE", at  # "called for sanctions against X": X is denounced, not asked
    return type_, at


def _against(t_head: Token | None) -> bool:
    """The target is the object of "against" ("sanctions against X", "mobilize against X")."""
    return t_head is not None and t_head.dep_ == "pobj" and t_head.head.lower_ == "against"


# Contact verbs whose purpose clause names the act: triggers.CONTACT_VERBS ("called X to
# congratulate him", "phoned X to express support", "visited X to apologise").


def _purpose(tok: Token, verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]]
             ) -> tuple[str, float] | None:
    for c in tok.children:
        if c.dep_ not in ("xcomp", "advcl") or not any(
                m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
            continue
        got = _pair_sense(c, verb_hits)
        if got is None:  # "to convey support": the act is the object noun
            for g in c.children:
                if g.dep_ == "dobj" and is_noun(g):
                    sense = noun_sense(g)
                    if sense is not None:
                        got = sense.type, sense.weight
        if got is not None and got[0] != "CONSULT":
            return got
    return None


def _blamed(t_head: Token | None) -> bool:
    """The target is who the sentence holds to blame: the subject of a predicate of blame
    ("holds | X responsible", "found | X guilty") or of a report of who did a hostile act
    ("X was responsible for / behind the attack")."""
    if t_head is None or t_head.dep_ != "nsubj":
        return False
    pred = t_head.head
    if lemma(pred) in BLAME_PREDICATES and pred.dep_ in ("ccomp", "xcomp", "oprd"):
        return True
    if lemma(pred) in ("be", "remain") and not any(c.dep_ == "neg" for c in pred.children) \
            and any(c.dep_ == "acomp" and lemma(c) in BLAME_PREDICATES for c in pred.children):
        return True  # "said X was responsible"
    got = culprit_of(pred)
    return got is not None and got[0] == t_head.i


def _classify_raw(doc: Doc, source: tuple[int, int], target: tuple[int, int]
                  ) -> tuple[str, int | None]:
    s_toks, t_toks = _span_tokens(doc, source), _span_tokens(doc, target)
    s_head, t_head = _span_head(s_toks), _span_head(t_toks)
    in_spans = {t.i for t in s_toks} | {t.i for t in t_toks}
    if _must_clause(t_head):
        return "REQUEST", None
    if _blamed(t_head):
        return "ACCUSE", None
    verb_hits = find_verb_hits(doc)
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
        if tok.i in verb_hits and lx.control(lemma(tok)) in ("REJECT", "REQUEST",
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
        return "CONSULT", None
    if best[1] == "CONSULT" and best[2] is not None and lemma(doc[best[2]]) in CONTACT_VERBS:
        purpose = _purpose(doc[best[2]], verb_hits)
        if purpose is not None:
            best = (purpose[1], purpose[0], best[2])
    if best[2] is not None and lemma(doc[best[2]]) in _SENDING:
        # "sent experts to X to investigate", "sent jets to destroy X": the mission is the act
        purpose = _purpose(doc[best[2]], verb_hits)
        if purpose is not None and purpose[0] in _MISSIONS:
            best = (purpose[1], purpose[0], best[2])
    if best[2] is not None and lemma(doc[best[2]]) == "boycott":
        best = (best[0], "PROTEST", best[2])  # a boycott is a protest (PLOVER PROTEST, CAMEO 143)
    if best[2] is None:
        return best[1], None
    return _intent_shift(doc, best[2], best[1]), best[2]


# Verbs of sending people, whose purpose clause is the mission: "sent a team to investigate",
# "dispatched jets to strike X"; the missions that make the sending that act.
_SENDING = frozenset({"send", "dispatch", "deploy", "fly", "despatch"})
_MISSIONS = frozenset({"ACCUSE", "ASSAULT", "COERCE"})


_INTENT = frozenset({"willing", "ready", "prepared", "offer", "pledge", "promise", "vow", "plan",
                     "intend", "set", "poised", "agree", "commit", "decide", "expect", "aim"})
_REFUSAL = frozenset({"refuse", "decline", "reject", "fail", "cancel", "deny"})
_DECIDING = frozenset({"decide"})  # a decision taken (not "will decide") is the act decided


def _intent_shift(doc: Doc, trigger: int, type_: str) -> str:
    """CAMEO/PLOVER coding of intent and negation: a negated or refused cooperative act is
    REJECT; an announced/intended cooperative act is AGREE (intent to cooperate); an announced
    material-conflict act is THREATEN."""
    tok = doc[trigger]
    quad = int(event_type(type_).quad)
    chain = [tok]
    cur = tok
    if is_noun(tok) and tok.dep_ in ("dobj", "obj") and is_verb(tok.head):
        cur = tok.head  # "will not begin talks with X": the verb the act hangs on
        chain.append(cur)
    while cur.dep_ in ("xcomp", "ccomp", "conj", "acomp", "advcl") and cur.head.i != cur.i \
            and len(chain) < 4:
        cur = cur.head
        chain.append(cur)
    negated = any(c.dep_ == "neg" for t in chain[:2] for c in t.children)
    refused = any(lemma(t) in _REFUSAL for t in chain[1:])
    if negated or refused:
        if quad in (1, 2) and type_ != "REJECT":
            return "REJECT"
        return type_
    if any(lemma(t) in _DECIDING and t.tag_ in ("VBD", "VBN") for t in chain[1:2]):
        return type_  # "has decided to lift the sanctions": the decision taken is the act
    modality, _ = modality_of(doc, trigger)
    future = modality == Modality.FUTURE or any(lemma(t) in _INTENT for t in chain[1:]) or any(
        c.dep_ == "aux" and lemma(c) in ("will", "shall") for c in tok.children)
    if future:
        if quad in (1, 2) and type_ not in ("AGREE", "SUPPORT"):
            return "AGREE"
        if quad == 4:
            return "THREATEN"
    return type_
