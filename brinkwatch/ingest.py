"""Ingest: read sources, process new articles, store every document with its status.

The single writer of a run. Re-running is safe: an article already stored with the same
extractor versions is skipped (ids are content hashes), so a run killed half-way resumes
where it stopped and nothing is doubled.

Copies are not coded twice: a document with the same text as one already seen in the run is
counted as a duplicate; one whose text is nearly the same as a stored article (the same story
as HTML and as JSONL, re-wrapped or lightly cut; :mod:`brinkwatch.sources.neardup`) is stored
with status ``duplicate`` and a link to its original. A good document replaces the older
versions stored from the same origin (an edited file), in the transaction that stores it.

The cross-article stage (:mod:`brinkwatch.analysis.stage`) runs over the stored articles in
ingest order. Into an empty store it follows the writer: each article is analysed as soon as
it is stored, so with worker processes the parent's stage work overlaps the workers' coding
instead of running after them. It follows only while the result is the same as analysing
everything at the end: every write new (nothing replaced or re-coded) and every article
dated (an undated article takes its date also from copies stored later in the run); from the
first article that breaks this, the rest is analysed at the end, as on a store that was not
empty.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from sqlalchemy import select

from brinkwatch.pipeline import Context, run_batch
from brinkwatch.records import Article, ArticleResult, ArticleStatus
from brinkwatch.sources import neardup
from brinkwatch.store import schema

if TYPE_CHECKING:
    from brinkwatch.analysis.stage import StageSummary
    from brinkwatch.store import Store

#: Statuses that are not failures: the document was handled as it should be.
HANDLED = frozenset({ArticleStatus.OK.value, ArticleStatus.DUPLICATE.value})


@dataclass(slots=True, kw_only=True)
class IngestSummary:
    """What a run did. ``problems`` holds one line per document that is not ok; ``notes``
    one line per good document with something to say (a date not read, a guessed encoding,
    a copy of another document)."""

    seen: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    replaced: int = 0
    events: int = 0
    kept_apart: int = 0  # incomplete mentions and background, stored but not events
    statuses: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stories: str | None = None  # the cross-article stage's summary line, when it ran

    @property
    def failed(self) -> int:
        return sum(n for s, n in self.statuses.items() if s not in HANDLED)

    def line(self) -> str:
        parts = [f"{self.seen} documents", f"{self.new} new", f"{self.updated} updated",
                 f"{self.unchanged} unchanged"]
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicates")
        if self.replaced:
            parts.append(f"{self.replaced} older versions replaced")
        parts.append(f"{self.events} events stored"
                     + (f" (+{self.kept_apart} incomplete or background kept apart)"
                        if self.kept_apart else ""))
        bad = ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items())
                        if s not in HANDLED and n)
        return ("; ".join(parts) + (f"; not processed: {bad}" if bad else "")
                + (f"\n{self.stories}" if self.stories else ""))


def _key(article_id: str) -> int:
    """A 64-bit key of an id (a content hash, hex): what the run remembers of every article
    (any other id: its hash in this process, which lives as long as the run)."""
    try:
        return int(article_id[:16], 16) if len(article_id) >= 16 else hash(article_id)
    except ValueError:
        return hash(article_id)


@dataclass(slots=True)
class _Seen:
    """What this run has seen, kept small however long the run: a 64-bit key of every id (a
    second copy of a text is a duplicate; this run's articles are not replaced as older
    versions of an edited file), the origins of the articles not stored yet (a stored one's
    is in the store), and the fingerprints of the new articles not stored yet (those in flight
    to the workers; a stored one's fingerprint is in the store)."""

    keys: set[int] = field(default_factory=set)
    in_flight: dict[str, str] = field(default_factory=dict)  # id -> origin, until stored
    sigs: dict[str, list[tuple[str, str, tuple[int, ...]]]] = field(default_factory=dict)
    sigged: set[int] = field(default_factory=set)  # keys of the ids fingerprinted in this run

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and _key(article_id) in self.keys

    def add_sig(self, article: Article, sig: tuple[int, ...]) -> None:
        self.sigged.add(_key(article.id))
        for key in neardup.bands(sig):
            self.sigs.setdefault(key, []).append((article.id, article.origin, sig))

    def drop_sig(self, article_id: str, keys: list[str]) -> None:
        for key in keys:
            left = [c for c in self.sigs.get(key, ()) if c[0] != article_id]
            if left:
                self.sigs[key] = left
            else:
                self.sigs.pop(key, None)

    def candidates(self, keys: list[str]) -> Iterator[tuple[str, str, tuple[int, ...]]]:
        for key in keys:
            yield from self.sigs.get(key, ())


def _original(article: Article, sig: tuple[int, ...], keys: list[str], store: Store,
              seen: _Seen) -> tuple[str, str, float] | None:
    """The stored (or earlier in this run) article this one nearly duplicates, if any."""
    best: tuple[str, str, float] | None = None
    # the store compares the stored signatures first and reads the articles of the matches
    # only (a band key many stored articles share costs a compare each, not a row read)
    def alike(stored_sig: str) -> bool:
        return neardup.similarity(sig, neardup.decode(stored_sig)) >= neardup.THRESHOLD

    stored = [(i, o, neardup.decode(s))
              for i, o, s in store.near_duplicate_candidates(keys, keep=alike)]
    # in the order of a run that kept every fingerprint in memory: this run's articles in
    # input order (those stored, then those in flight), then the ones stored before the run
    pool = [c for c in stored if _key(c[0]) in seen.sigged]
    pool += seen.candidates(keys)
    pool += [c for c in stored if _key(c[0]) not in seen.sigged]
    for other_id, origin, other in pool:
        if other_id == article.id:
            continue
        sim = neardup.similarity(sig, other)
        if sim >= neardup.THRESHOLD and (best is None or sim > best[2]):
            best = (other_id, origin, sim)
    return best


def _first_origin(article_id: str, store: Store, seen: _Seen) -> str:
    """Where this run first read the text of ``article_id`` (in flight, else stored)."""
    first = seen.in_flight.get(article_id)
    if first is None:
        rows = [r for r in store.find_articles(article_id) if r.id == article_id]
        first = rows[0].origin if rows else "an earlier document"
    return first


Mapper = Callable[[Iterable[Article]], Iterable[ArticleResult]]


def ingest(articles: Iterable[Article], store: Store, ctx: Context, *, batch_size: int = 16,
           n_process: int = 1, detect_duplicates: bool = True,
           on_document: Callable[[Article, str], None] | None = None,
           mapper: Mapper | None = None, stories: bool = True,
           outlets_file: str | None = None, rules_file: str | None = None,
           stage_summary: StageSummary | None = None) -> IngestSummary:
    """Process and store ``articles``; returns the summary. ``on_document(article, outcome)``
    is called once per document (outcome: new | updated | unchanged | duplicate) for
    progress display. ``mapper`` turns the pending articles into results in input order
    (default: ``run_batch`` with ``n_process`` workers; :func:`brinkwatch.scale.dask.map_dask`
    for a Dask cluster). With ``stories`` the cross-article stage
    (:mod:`brinkwatch.analysis.stage`) then runs over the new and updated articles: stories,
    reprints, dates of undated articles, credibility; its counts (and CPU seconds) go to
    ``stage_summary`` when given, so a caller can read them while the run goes on."""
    summary = IngestSummary()
    extractors = ctx.extractors
    seen = _Seen()
    fingerprints: dict[str, tuple[str, list[str]]] = {}
    stage = _Follower(store, ctx, outlets_file=outlets_file, rules_file=rules_file,
                      summary=stage_summary) if stories else None

    def tell(article: Article, outcome: str) -> None:
        if on_document:
            on_document(article, outcome)

    def store_result(result: ArticleResult) -> None:
        art = result.article
        fingerprint = fingerprints.pop(art.id, None)
        outcome, replaced = store.write_versioned(result, fingerprint=fingerprint, keep=seen)
        seen.in_flight.pop(art.id, None)  # the store answers for its origin from now on
        if (fingerprint is not None and outcome != "unchanged" and not result.error
                and art.status is ArticleStatus.OK):
            seen.drop_sig(art.id, fingerprint[1])  # the store answers for it from now on
        summary.replaced += len(replaced)
        if stage is not None:
            stage.stored(result, outcome, replaced)
        if art.status is ArticleStatus.DUPLICATE and outcome != "unchanged":
            pass  # counted as a duplicate when found
        elif outcome == "new":
            summary.new += 1
        elif outcome == "updated":
            summary.updated += 1
        else:
            summary.unchanged += 1
        if outcome != "unchanged" and not result.error:
            summary.events += sum(1 for e in result.events if e.reportable)
            summary.kept_apart += sum(1 for e in result.events if not e.reportable)
        tell(art, outcome)

    def pending() -> Iterator[Article]:
        for article in articles:
            summary.seen += 1
            if article.id in seen and article.status is ArticleStatus.OK:
                summary.duplicates += 1
                summary.statuses[ArticleStatus.DUPLICATE.value] += 1
                summary.notes.append(f"{article.origin}: the same text as "
                                     f"{_first_origin(article.id, store, seen)} (stored once)")
                tell(article, "duplicate")
                continue
            seen.keys.add(_key(article.id))
            seen.in_flight[article.id] = article.origin
            if article.status is not ArticleStatus.OK:
                summary.statuses[article.status.value] += 1
                summary.problems.append(f"{article.origin}: {article.reason or article.status.value}")
            elif article.reason:
                summary.notes.append(f"{article.origin}: {article.reason}")
            if store.is_done(article.id, extractors):
                seen.in_flight.pop(article.id)  # stored before the run: the store has its origin
                if article.status is ArticleStatus.OK:
                    summary.statuses[ArticleStatus.OK.value] += 1
                summary.unchanged += 1
                tell(article, "unchanged")
                continue
            if article.status is ArticleStatus.OK and detect_duplicates:
                sig = neardup.signature(article.text)
                if sig is not None:
                    keys = neardup.bands(sig)
                    orig = _original(article, sig, keys, store, seen)
                    if orig is not None:
                        copy = replace(article, status=ArticleStatus.DUPLICATE,
                                       duplicate_of=orig[0],
                                       reason=f"duplicate: the same story as {orig[1]} "
                                              f"(article {orig[0]}, {orig[2]:.0%} alike); "
                                              "not coded twice")
                        summary.duplicates += 1
                        summary.statuses[ArticleStatus.DUPLICATE.value] += 1
                        summary.notes.append(f"{article.origin}: {copy.reason}")
                        store_result(ArticleResult(article=copy, extractors=extractors))
                        continue
                    seen.add_sig(article, sig)
                    fingerprints[article.id] = (neardup.encode(sig), keys)
            if article.status is ArticleStatus.OK:
                summary.statuses[ArticleStatus.OK.value] += 1
            yield article

    results = (mapper(pending()) if mapper is not None
               else run_batch(pending(), ctx, batch_size=batch_size, n_process=n_process))
    for result in results:
        if result.error:
            summary.statuses[ArticleStatus.OK.value] -= 1
            summary.statuses[ArticleStatus.FAILED.value] += 1
            summary.problems.append(f"{result.article.origin}: {result.error}")
        store_result(result)
    if stage is not None:
        summary.stories = stage.finish().line()
    return summary


class _Follower:
    """The cross-article stage of an ingest run: analyses each stored article at once while
    that gives what analysing all of them at the end gives (see the module docstring), the
    rest at the end."""

    def __init__(self, store: Store, ctx: Context, *, outlets_file: str | None,
                 rules_file: str | None, summary: StageSummary | None = None) -> None:
        from brinkwatch.analysis.stage import StageRun

        self.run = StageRun(store, kb=ctx.kb, outlets_file=outlets_file, rules_file=rules_file,
                            summary=summary)
        # only into an empty store: nothing stored before the run can be replaced or re-coded
        with store.snapshot() as conn:
            empty = conn.execute(select(schema.articles.c.id).limit(1)).first() is None
        self.following = self.started = empty
        if self.started:
            self.run.start()

    def stored(self, result: ArticleResult, outcome: str, replaced: list[str]) -> None:
        if not self.following:
            return
        art = result.article
        if outcome != "new" or replaced:
            self.following = False
        elif art.status is ArticleStatus.OK and not result.error:
            if art.published:
                self.run.analyse(art.id)
            else:
                self.following = False

    def finish(self) -> StageSummary:
        for aid in self.run.pending() if self.started else self.run.start():
            self.run.analyse(aid)
        return self.run.finish()


def progress_callback(enabled: bool, total: int | None = None
                      ) -> tuple[Callable[[Article, str], None] | None, Callable[[], None]]:
    """A tqdm bar on stderr when ``enabled`` (a terminal), with ``total`` documents (so it
    shows the share done and the time left) when known, else nothing. Returns (callback, close)."""
    if not enabled:
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(unit="doc", file=sys.stderr, leave=False, dynamic_ncols=True, total=total)

    def update(article: Article, outcome: str) -> None:
        if total is not None and bar.n >= total:
            bar.total = bar.n + 1  # the estimate was low (a feed with many items)
        bar.update(1)

    return update, bar.close
