"""Ingest: read sources, process new articles, store every document with its status.

The single writer of a run. Re-running is safe: an article already stored with the same
extractor versions is skipped (ids are content hashes), so a run killed half-way resumes
where it stopped and nothing is doubled.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from brinkwatch.pipeline import Context, run_batch
from brinkwatch.records import Article, ArticleStatus

if TYPE_CHECKING:
    from brinkwatch.store import Store


@dataclass(slots=True, kw_only=True)
class IngestSummary:
    """What a run did. ``problems`` holds one line per document that is not ok."""

    seen: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    events: int = 0
    kept_apart: int = 0  # incomplete mentions and background, stored but not events
    statuses: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(n for s, n in self.statuses.items() if s != ArticleStatus.OK.value)

    def line(self) -> str:
        parts = [f"{self.seen} documents", f"{self.new} new", f"{self.updated} updated",
                 f"{self.unchanged} unchanged", f"{self.events} events stored"
                 + (f" (+{self.kept_apart} incomplete or background kept apart)"
                    if self.kept_apart else "")]
        bad = ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items())
                        if s != ArticleStatus.OK.value)
        return "; ".join(parts) + (f"; not processed: {bad}" if bad else "")


def ingest(articles: Iterable[Article], store: Store, ctx: Context, *, batch_size: int = 16,
           n_process: int = 1,
           on_document: Callable[[Article, str], None] | None = None) -> IngestSummary:
    """Process and store ``articles``; returns the summary. ``on_document(article, outcome)``
    is called once per document (outcome: new | updated | unchanged) for progress display."""
    summary = IngestSummary()
    extractors = ctx.extractors

    def pending() -> Iterator[Article]:
        for article in articles:
            summary.seen += 1
            summary.statuses[article.status.value] += 1
            if article.status is not ArticleStatus.OK:
                summary.problems.append(f"{article.origin}: {article.reason or article.status.value}")
            if store.is_done(article.id, extractors):
                summary.unchanged += 1
                if on_document:
                    on_document(article, "unchanged")
                continue
            yield article

    for result in run_batch(pending(), ctx, batch_size=batch_size,
                            n_process=n_process):
        if result.error:
            summary.statuses[ArticleStatus.OK.value] -= 1
            summary.statuses[ArticleStatus.FAILED.value] += 1
            summary.problems.append(f"{result.article.origin}: {result.error}")
        outcome = store.write(result)
        if outcome == "new":
            summary.new += 1
        elif outcome == "updated":
            summary.updated += 1
        else:
            summary.unchanged += 1
        summary.events += sum(1 for e in result.events if e.reportable)
        summary.kept_apart += sum(1 for e in result.events if not e.reportable)
        if on_document:
            on_document(result.article, outcome)
    return summary


def progress_callback(enabled: bool) -> tuple[Callable[[Article, str], None] | None,
                                               Callable[[], None]]:
    """A tqdm bar on stderr when ``enabled`` (a terminal), else nothing. Returns (callback, close)."""
    if not enabled:
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(unit="doc", file=sys.stderr, leave=False, dynamic_ncols=True)

    def update(article: Article, outcome: str) -> None:
        bar.update(1)

    return update, bar.close
