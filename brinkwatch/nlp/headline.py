"""Headlines in Title Case: parsed again in sentence case.

spaCy's small model reads a Title Case headline ("US Strikes Militia Sites In Western Iraq") as a
string of proper nouns, so no verb is found and the headline codes nothing. When the first line
of an article is in Title Case, it is parsed a second time with its common words in lower case
(names the KB ruler found, words the article's own text writes only as names,
acronyms and the first word keep their case; the text has the same length, so every offset
holds), and the Doc keeps the original words with the second parse's
annotations (tags, lemmas, dependencies, entities). The Doc's text stays exactly the article's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

TITLE_SHARE = 0.8  # of the headline's words of four letters or more, capitalised
MIN_WORDS = 4


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in ("ies", "es", "s", "ed", "ing"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w.removesuffix("e")


def _body_names(doc: Doc, after: int) -> frozenset[str]:
    """Stems of the words the article's text after the headline writes only capitalised inside
    a sentence (names the KB does not know: the "Ain" and "Asad" of "Ain al-Asad"), never in
    lower case."""
    lower: set[str] = set()
    names: set[str] = set()
    for t in doc[after:]:
        if not t.is_alpha:
            continue
        if t.text.islower():
            lower.add(_stem(t.text))
        elif t.text[:1].isupper() and not t.text.isupper() and not t.is_sent_start:
            names.add(_stem(t.text))
    return frozenset(names - lower)


def _kept(tok: Token, first: int, names: frozenset[str] = frozenset()) -> bool:
    """A word that keeps its case: the first word, a name the KB ruler found, a word the
    article's text writes only as a name, an acronym ("US", "IRGC"), anything not a plain
    capitalised word. (The model's own entities do not count: on a Title Case line it tags
    runs of common words, "Storm Outer Wall".)"""
    text = tok.text
    return (tok.i == first or bool(tok.ent_id_)
            or not text[:1].isupper()
            or not text.replace("'", "").replace("’", "").isalpha()
            or (len(text) > 1 and text.isupper())
            or (text.lower() not in STOP_WORDS and _stem(text) in names))


def title_case_headline(doc: Doc) -> Span | None:
    """The first line, when it is a headline in Title Case with words to lower."""
    sent = next(iter(doc.sents), None)
    if sent is None or "\n" in sent.text.strip() or sent.text.rstrip().endswith((".", "?", "!")):
        return None
    words = [t for t in sent if t.is_alpha]
    if len(words) < MIN_WORDS:
        return None
    long = [t for t in words[1:] if len(t.text) >= 4]
    if not long or sum(1 for t in long if t.text[:1].isupper()) < TITLE_SHARE * len(long):
        return None
    first = words[0].i
    names = _body_names(doc, sent.end)
    if all(_kept(t, first, names) for t in sent):
        return None
    return sent


def sentence_case(span: Span) -> str:
    """The span's text with its plain capitalised words lowered (same length)."""
    first = next(t.i for t in span if t.is_alpha)
    names = _body_names(span.doc, span.end)
    out = []
    for t in span:
        out.append(t.text if _kept(t, first, names) else t.text.lower())
        out.append(t.whitespace_)
    return "".join(out)


def reparse_title_case(nlp: Language, doc: Doc) -> tuple[Doc, tuple[int, int] | None]:
    """``doc`` with a Title Case headline parsed again in sentence case (see the module
    docstring), and the headline's character span; ``(doc, None)`` when there is none or the
    two parses do not align."""
    from spacy.tokens import Doc as DocType
    from spacy.tokens import Span as SpanType

    head = title_case_headline(doc)
    if head is None:
        return doc, None
    redo = nlp(sentence_case(head))
    if [(t.idx, len(t.text)) for t in redo] != [(t.idx - head.start_char, len(t.text))
                                                 for t in head]:
        return doc, None  # tokenised otherwise: keep the first parse
    off = head.start
    toks = list(doc)

    def source(i: int) -> Token:
        return redo[i - off] if off <= i < head.end else toks[i]

    def head_index(i: int) -> int:
        t = source(i)
        return t.head.i + off if off <= i < head.end else t.head.i

    n = len(toks)
    new = DocType(
        doc.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks],
        tags=[source(i).tag_ for i in range(n)], pos=[source(i).pos_ for i in range(n)],
        morphs=[str(source(i).morph) for i in range(n)],
        lemmas=[source(i).lemma_ for i in range(n)],
        heads=[head_index(i) for i in range(n)], deps=[source(i).dep_ for i in range(n)])
    ents = [SpanType(new, e.start + off, e.end + off, label=e.label_, span_id=e.ent_id_)
            for e in redo.ents]
    ents += [SpanType(new, e.start, e.end, label=e.label_, span_id=e.ent_id_)
             for e in doc.ents if e.start >= head.end]
    new.ents = ents
    return new, (head.start_char, head.start_char + len(head.text.rstrip()))
