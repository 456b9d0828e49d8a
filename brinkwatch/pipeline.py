"""Process articles: language pipeline -> extractors -> one ArticleResult per article.

``process`` is the only function a worker runs: pure (no I/O, no database), so a Dask or
multiprocessing run can map it over partitions and hand results to the single writer.
``run_batch`` streams any number of articles through spaCy in batches (constant memory) and
yields results in input order; articles whose status is not ``ok`` pass straight through.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from brinkwatch.extract import ExtractOptions, run_events, run_mentions
from brinkwatch.nlp import MODEL_NAME, ParsedArticle, build_pipeline, parse, parse_many
from brinkwatch.records import Article, ArticleResult, ArticleStatus

if TYPE_CHECKING:
    from spacy.language import Language

    from brinkwatch.kb.model import TheatreKB


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """What processing needs, built once: the knowledge base, the language pipeline, options."""

    kb: TheatreKB
    nlp: Language
    options: ExtractOptions
    theatre_paths: tuple[str, ...] = ()  # what built ``kb``: a spawned worker rebuilds from it

    @property
    def extractors(self) -> tuple[str, ...]:
        """Versioned names of everything that shaped the records (stored with each article)."""
        import spacy

        return (
            self.options.mentions,
            self.options.events,
            f"kb:{self.kb.name}@{self.kb.version}",
            f"nlp:{MODEL_NAME}@spacy-{spacy.__version__}",
        )


def build_context(*, theatre_paths: Sequence[str] = (),
                  options: ExtractOptions | None = None) -> Context:
    """Load the theatre knowledge base (built-in + user files) and the language pipeline."""
    from brinkwatch.kb.loader import load_theatre

    kb = load_theatre(theatre_paths)
    return Context(kb=kb, nlp=build_pipeline(kb), options=options or ExtractOptions(),
                   theatre_paths=tuple(theatre_paths))


def process_parsed(parsed: ParsedArticle, ctx: Context) -> ArticleResult:
    """Run the extractors on a parsed article. An extractor failure is recorded, not raised."""
    article = parsed.article
    try:
        mentions = run_mentions(parsed, kb=ctx.kb, options=ctx.options)
        events = run_events(parsed, kb=ctx.kb, mentions=mentions, options=ctx.options)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
        failed = _failed(article, f"an extractor raised {type(exc).__name__}: {exc}; "
                                  "the article is kept, please report this as a bug")
        return ArticleResult(article=failed, extractors=ctx.extractors,
                             error=failed.reason)
    return ArticleResult(article=article, sentences=parsed.sentences, mentions=tuple(mentions),
                         events=tuple(events), extractors=ctx.extractors)


def process(article: Article, ctx: Context) -> ArticleResult:
    """All records of one article. Articles with a bad status come back with no records."""
    if article.status is not ArticleStatus.OK:
        return ArticleResult(article=article, extractors=ctx.extractors)
    return process_parsed(parse(ctx.nlp, article), ctx)


def run_batch(articles: Iterable[Article], ctx: Context, *, batch_size: int = 16,
              n_process: int = 1) -> Iterator[ArticleResult]:
    """Stream articles through the pipeline, ``batch_size`` at a time, in input order.

    ``n_process`` > 1 runs the whole of :func:`process` (parse and extract) in that many worker
    processes (:mod:`brinkwatch.scale.local`); the caller's process only feeds and collects."""
    if n_process > 1:
        from brinkwatch.scale.local import map_processes

        yield from map_processes(articles, ctx, workers=n_process, batch_size=batch_size)
        return
    it = iter(articles)
    while chunk := list(islice(it, batch_size)):
        good = [a for a in chunk if a.status is ArticleStatus.OK]
        # nlp.pipe keeps input order, also with several processes
        parsed = iter(parse_many(ctx.nlp, good, batch_size=batch_size))
        for article in chunk:
            if article.status is ArticleStatus.OK:
                yield process_parsed(next(parsed), ctx)
            else:
                yield ArticleResult(article=article, extractors=ctx.extractors)


def _failed(article: Article, reason: str) -> Article:
    from dataclasses import replace

    return replace(article, status=ArticleStatus.FAILED, reason=f"failed: {reason}")
