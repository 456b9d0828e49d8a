"""Small helpers over the dependency parse shared by the extractors."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Verbs that warn or keep someone from an act: "warned Iran against attacking X", "kept the
# militias from striking X" (the act is the object's, and it is warned of, not done).
DETERRING_VERBS = frozenset({"warn", "caution", "deter", "dissuade", "discourage", "prevent",
                             "stop", "bar", "keep", "restrain", "block", "prohibit", "forbid"})


def doc_text(doc: Doc) -> str:
    """``doc.text`` read once: spaCy joins every token's text on each access."""
    got = doc.user_data.get("brinkwatch.text")
    if got is None:
        got = doc.user_data["brinkwatch.text"] = doc.text
    return got


def sent_of(tok: Token) -> Span:
    """``tok.sent`` without its cost: spaCy walks every sentence of the Doc on each call; the
    sentence starts are read once per Doc (kept in ``doc.user_data``) and found by bisection."""
    doc = tok.doc
    starts = doc.user_data.get("brinkwatch.sent_starts")
    if starts is None:
        starts = doc.user_data["brinkwatch.sent_starts"] = [s.start for s in doc.sents] + [len(doc)]
    k = bisect_right(starts, tok.i) - 1
    return doc[starts[k]:starts[k + 1]]


def clause_tokens(anchor: Token) -> set[int]:
    """The trigger and its heads up to (and including) the verb of its clause; an ``xcomp``
    verb ("poised to launch") also takes its governing verb."""
    out = {anchor.i}
    cur = anchor
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("xcomp", "conj", "aux", "auxpass"):
            break
        if cur.head.i == cur.i:
            break
        if cur.dep_ in ("relcl", "ccomp", "advcl", "parataxis", "appos") and cur.pos_ not in (
                "VERB", "AUX"):
            break
        cur = cur.head
        out.add(cur.i)
    return out


def misattached_antecedent(pron: Token) -> Token | None:
    """The noun a relative "that"/"which" refers back to when the parser hung its clause on a
    verb or a date instead of on that noun ("stoked by U.S. strikes on Sunday that killed 25 fighters":
    the strikes killed them): the noun right before the pronoun, past a date or time phrase
    and a comma; None when no noun stands there."""
    if pron.lower_ not in ("that", "which") or (
            pron.head.dep_ == "relcl" and pron.head.head.ent_type_ not in ("DATE", "TIME")):
        return None  # a clause on a noun (but "a strike on Thursday that killed X" is on
        # the strike, not on Thursday)
    doc = pron.doc
    i = pron.i - 1
    if i >= 0 and doc[i].is_punct and doc[i].text == ",":
        i -= 1
    if i < 0:
        return None
    cand = doc[i]
    if cand.ent_type_ in ("DATE", "TIME") and cand.dep_ == "pobj" and cand.head.dep_ == "prep" \
            and cand.head.i > 0:
        cand = doc[cand.head.i - 1]  # "strikes on Sunday that ...": the strikes
    while cand.dep_ in ("compound", "amod") and cand.head.i > cand.i:
        cand = cand.head
    if cand.dep_ == "pobj" and cand.head.dep_ == "prep" and cand.head.head.pos_ == "NOUN" \
            and cand.head.head.i < cand.i:
        cand = cand.head.head  # "raids on Sinjar on Monday that wounded ...": the raids
    if cand.pos_ not in ("NOUN", "PROPN") or cand.i >= pron.i or cand.ent_type_ in ("DATE", "TIME"):
        return None
    return cand


PARENTHETICAL_QUANTIFIERS = frozenset({"many", "most", "some", "several", "all", "both", "few"})


def quantified_group(tok: Token) -> Token | None:
    """The group a quantifier after a comma picks from when the parser made the quantifier the
    subject ("the protesters, many wearing fatigues, stormed ..."): the noun before the comma;
    None otherwise ("many of them" names its group itself). The parser may make the clause the
    subject ("many wearing fatigues" headed by "wearing")."""
    if tok.tag_ == "VBG":
        tok = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), tok)
    if tok.lower_ not in PARENTHETICAL_QUANTIFIERS or tok.i < 2 or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    doc = tok.doc
    if doc[tok.i - 1].text != ",":
        return None
    cand = doc[tok.i - 2]
    while cand.dep_ in ("compound", "amod") and cand.head.i > cand.i:
        cand = cand.head
    return cand if cand.pos_ in ("NOUN", "PROPN") and cand.i < tok.i else None


def misread_subject(tok: Token) -> Token | None:
    """The subject of a sentence's verb the parser hung on a noun before it because a phrase
    set off by commas stands between them: "Hezbollah, which Israel has fought for years,
    threatened to ..." (parsed: "Hezbollah" the root, "threatened" a reduced relative on it),
    "Hadi al-Amiri, a close ally of Tehran, called on ..." ("called" hung on "ally"). The noun
    at the root is then the verb's subject, not what was done to it; a true reduced passive
    follows its noun directly ("the men, wounded in the raid, ...") or has an agent. None
    when the verb is no such misread predicate."""
    head = tok.head
    if tok.dep_ != "acl" or tok.i == 0 or tok.doc[tok.i - 1].text != "," or tok.i < head.i \
            or any(c.dep_ == "agent" for c in tok.children):
        return None
    if head.dep_ == "appos" and head.head.dep_ == "ROOT" \
            and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i:
        return head.head  # "X, a close ally of Y, called on ...": X
    if head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("relcl", "appos") and head.i < c.i < tok.i for c in head.children):
        return head  # "X, which ..., threatened": X
    return None


def named_operation(tok: Token) -> bool:
    """A military operation's name ("Operation Martyr Soleimani", "Operation Olive Branch"):
    the words after "Operation" name the act, whoever they are named after, never a party it
    was done to."""
    first = tok.left_edge
    while first.i < tok.i and (first.is_punct or first.lower_ == "the"):
        first = first.doc[first.i + 1]
    return first.text == "Operation" and first.i < tok.i and all(
        t.dep_ in ("compound", "amod", "nmod", "punct") for t in tok.doc[first.i:tok.i])


_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "today", "yesterday", "tonight"})


def dated_subject(verb: Token) -> Token | None:
    """The subject the parser took into a time phrase before its verb ("On Friday gunmen
    opened fire": parsed "On [Friday gunmen]", the day a modifier of the subject): the noun
    after the day, when the verb has no subject of its own and the phrase opens its clause.
    None otherwise ("On Friday, gunmen ..." parses right; "on Friday prayers" follows its
    verb)."""
    if verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i
                 and c.lower_ in ("on", "in", "late", "early")):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
            day = [m for m in noun.children if m.dep_ in ("compound", "nmod", "npadvmod")
                   and m.i < noun.i and m.lower_ in _DAY_WORDS]
            if day and noun.i == day[-1].i + 1 + sum(
                    1 for t in noun.doc[day[-1].i + 1:noun.i] if t.dep_ in ("amod", "compound")):
                return noun
    return None
