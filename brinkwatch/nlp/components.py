"""spaCy components of brinkwatch: the newline sentencizer and the KB entity ruler."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from brinkwatch.kb.matcher import KBPatterns, kb_patterns
from brinkwatch.nlp.dateline import find_dateline

if TYPE_CHECKING:
    from brinkwatch.kb.model import TheatreKB

RULER_NAME = "bw_kb_ruler"
AMBIGUOUS_PREFIX = "?"  # ent_id_ of an ambiguous form: "?id1|id2" (candidates, context decides)
BULLETS = frozenset("•·▪‣◦●○■□►▸–—-*")
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$")


@Language.component("bw_newline_sentencizer")
def newline_sentencizer(doc: Doc) -> Doc:
    """Start a sentence after every newline, so headlines, bullets and bylines stand alone.

    A bullet that opens a line ("• U.S. warns Iraq") stays with its line rather than becoming
    a sentence of its own, and a dotted acronym inside a line ("U.S. Policy Shift") does not end
    the sentence. A sentence never starts right after a word (only after punctuation or a
    newline), so no name is cut ("Kata'ib | Hezbollah"). A dateline ("BAGHDAD (Reuters) -") is
    a sentence of its own. Runs before the parser; the parser keeps the boundaries it is given.
    """
    dateline = find_dateline(doc.text)
    if dateline is not None:
        for tok in doc:
            if tok.idx >= dateline.end:
                tok.is_sent_start = True
                break
            if tok.idx >= dateline.start:
                tok.is_sent_start = tok.idx == dateline.start or (
                    tok.i > 0 and "\n" in doc[tok.i - 1].text_with_ws)
    for i, tok in enumerate(doc[:-1]):
        if dateline is not None and dateline.start <= tok.idx < dateline.end:
            continue
        nxt = doc[i + 1]
        if tok.is_space or "\n" in tok.text_with_ws:
            nxt.is_sent_start = True
            continue
        prev = doc[i - 1] if i else None
        at_line_start = prev is None or prev.is_space or "\n" in prev.text_with_ws
        if nxt.is_space:
            continue
        if at_line_start and tok.text in BULLETS:
            nxt.is_sent_start = False  # the bullet and its line are one sentence
        elif _DOTTED_ACRONYM.match(tok.text) and not nxt.is_punct:
            nxt.is_sent_start = False  # "U.S. Policy Shift", "the U.S. Treasury"
        elif tok.text[-1].isalnum() and not tok.is_space:
            nxt.is_sent_start = False  # after a word: "Kata'ib Hezbollah" stays one name
    return doc


class KBRuler:
    """Marks every KB name in a Doc as an entity before NER runs (NER keeps them).

    ``ent_id_`` is the KB id, or ``"?id1|id2"`` for a form that needs context; labels are
    PERSON (persons), GPE (states), NORP (demonyms, generic collectives), ORG (the rest).
    Modifiers such as "Iran-backed" become NORP entities with no id, so the statistical model
    does not tag the state inside them (the linker makes no mention of them).
    """

    def __init__(self, name: str = RULER_NAME) -> None:
        self.name = name
        self.patterns: KBPatterns | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.patterns is None:
            return doc
        ents: list[Span] = []
        for m in self.patterns.scan(doc.text):
            span = doc.char_span(m.start, m.end, alignment_mode="contract")
            if span is None or len(span) == 0:
                continue
            p = m.pattern
            if not p.kb_ids:
                ent_id = ""
            elif p.ambiguous:
                ent_id = AMBIGUOUS_PREFIX + "|".join(p.kb_ids)
            else:
                ent_id = p.kb_ids[0]
            ents.append(Span(doc, span.start, span.end, label=p.label or "NORP", span_id=ent_id))
        doc.set_ents(ents, default="unmodified")
        return doc


@Language.factory(RULER_NAME)
def make_kb_ruler(nlp: Language, name: str) -> KBRuler:
    return KBRuler(name)


_ACRONYM_HYPHEN_INFIX = r"(?<=[A-Z]\.)[-‐‑–—](?=[A-Za-z])"  # "U.S.-Iraq" -> U.S. - Iraq


def _split_acronym_hyphens(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or [])
    if _ACRONYM_HYPHEN_INFIX not in infixes:
        infixes.append(_ACRONYM_HYPHEN_INFIX)
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def add_kb_ruler(nlp: Language, kb: TheatreKB) -> KBRuler:
    """Add (or refresh) the KB entity ruler before "ner"; patterns are cached per KB object."""
    _split_acronym_hyphens(nlp)
    if RULER_NAME in nlp.pipe_names:
        ruler = nlp.get_pipe(RULER_NAME)
    else:
        before = "ner" if "ner" in nlp.pipe_names else None
        ruler = nlp.add_pipe(RULER_NAME, before=before) if before else nlp.add_pipe(RULER_NAME)
    assert isinstance(ruler, KBRuler)
    ruler.patterns = kb_patterns(kb)
    return ruler


def parse_ent_id(ent_id: str) -> tuple[tuple[str, ...], bool]:
    """(candidate kb ids, ambiguous) of an ``ent_id_`` set by the ruler ("" -> ((), False))."""
    if not ent_id:
        return (), False
    if ent_id.startswith(AMBIGUOUS_PREFIX):
        return tuple(ent_id[1:].split("|")), True
    return (ent_id,), False
