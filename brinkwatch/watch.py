"""`brinkwatch watch`: poll RSS/Atom feeds, fetch the new items' articles, ingest them.

Each round polls every feed that is due, with a conditional GET (its stored ETag and
Last-Modified), takes the items not taken before from any feed (``feed_items``: the item's
link, else the hash of its text), fetches each linked article with the URL safety rules of
:mod:`brinkwatch.sources.urls` and ingests it through :func:`brinkwatch.ingest.ingest`
(content-hash ids: an article met in two feeds is stored once). An item whose article cannot be
fetched (network or server failure) is not marked taken, so the next round retries it. A feed that fails waits
``every * 2**failures`` (at most :data:`MAX_BACKOFF_S`) before its next poll. After each feed
one status line is reported; state is saved per feed, so stopping (Ctrl-C) at any moment loses
nothing and a restarted watcher goes on where it stopped.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from brinkwatch.errors import ConfigError
from brinkwatch.records import Article, ArticleStatus

if TYPE_CHECKING:
    import httpx

    from brinkwatch.pipeline import Context
    from brinkwatch.sources.options import SourceOptions
    from brinkwatch.store import Store

MAX_BACKOFF_S = 6 * 3600.0
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """'15m' / '30s' / '1h' / '90' (seconds) -> seconds."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text or "")
    if not m or float(m.group(1)) <= 0:
        raise ConfigError(f"--every takes a duration like 30s, 15m or 1h, got {text!r}")
    return float(m.group(1)) * _UNITS[m.group(2) or "s"]


@dataclass(slots=True, kw_only=True)
class FeedReport:
    """One feed's round: what the status line says."""

    url: str
    status: str  # "ok" | "not modified" | "failed"
    new: int = 0
    seen: int = 0
    retry: int = 0  # items whose article could not be fetched (retried next round)
    events: int = 0
    error: str | None = None
    next_in: float = 0.0

    def line(self) -> str:
        if self.status == "failed":
            return (f"{self.url}: failed ({self.error}); next try in {_human(self.next_in)}")
        if self.status == "not modified":
            return f"{self.url}: not modified; next poll in {_human(self.next_in)}"
        extra = f", {self.retry} to retry" if self.retry else ""
        return (f"{self.url}: {self.new} new, {self.seen} already seen{extra}, "
                f"{self.events} events; next poll in {_human(self.next_in)}")


def _human(seconds: float) -> str:
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} h"
    if seconds >= 60:
        return f"{seconds / 60:.0f} min"
    return f"{seconds:.0f} s"


def item_key(item: Article) -> str:
    return item.url or f"text:{item.id}"


def poll_once(url: str, store: Store, ctx: Context, *, client: httpx.Client,
              options: SourceOptions, every: float) -> FeedReport:
    """One poll of one feed: fetch, take new items, ingest, save state; never raises for a
    network or feed problem (the report says what happened)."""
    from brinkwatch.ingest import ingest
    from brinkwatch.sources.urls import fetch_url
    from brinkwatch.sources.watch import poll_feed
    from brinkwatch.store.feeds import feed_state, mark_item, save_feed_state, seen_items

    with store.snapshot() as conn:
        state = feed_state(conn, url)
    poll = poll_feed(url, client=client, options=options, etag=state.etag,
                     last_modified=state.last_modified)
    if poll.error is not None:
        failures = state.failures + 1
        report = FeedReport(url=url, status="failed", error=poll.error,
                            next_in=min(every * 2 ** failures, MAX_BACKOFF_S))
        with store.transaction() as conn:
            save_feed_state(conn, replace(state, failures=failures, last_status=report.line()))
        return report
    if poll.not_modified:
        report = FeedReport(url=url, status="not modified", next_in=every)
    else:
        items = [i for i in poll.items if i.url or i.status is ArticleStatus.OK]
        keys = [item_key(i) for i in items]
        with store.transaction() as conn:
            seen = seen_items(conn, keys)
            for key in seen:  # taken from another feed (or before): note it for this one too
                mark_item(conn, url, key, None)
        report = FeedReport(url=url, status="ok", seen=sum(k in seen for k in keys),
                            next_in=every)
        for item, key in zip(items, keys, strict=True):
            if key in seen:
                continue
            seen.add(key)
            article = item
            if item.url:
                fetched = fetch_url(item.url, client=client, options=options)
                if not fetched or fetched[0].status is ArticleStatus.FAILED:
                    report.retry += 1  # network or server trouble: the next round retries
                    seen.discard(key)
                    continue
                article = fetched[0]  # other statuses (not-english, empty...) are recorded
            summary = ingest([article], store, ctx)
            report.events += summary.events
            report.new += summary.new
            with store.transaction() as conn:
                mark_item(conn, url, key, article.id)
    # validators are kept only when every item was taken: an item still to retry needs the
    # next poll to be a full GET, not a 304
    keep = report.retry == 0
    with store.transaction() as conn:
        save_feed_state(conn, replace(state, etag=poll.etag if keep else None,
                                      last_modified=poll.last_modified if keep else None,
                                      failures=0, last_status=report.line()))
    return report


def watch(feeds: Sequence[str], store: Store, ctx: Context, *, every: float,
          options: SourceOptions, rounds: int | None = None,
          on_report: Callable[[FeedReport], None] = lambda r: None,
          sleep: Callable[[float], None] = time.sleep,
          clock: Callable[[], float] = time.monotonic,
          transport: httpx.BaseTransport | None = None) -> list[FeedReport]:
    """Poll ``feeds`` forever (or ``rounds`` rounds); returns the reports of the last round."""
    from brinkwatch.sources.urls import make_client

    if not feeds:
        raise ConfigError("the feeds file lists no feed URLs; put one RSS/Atom URL a line")
    due = dict.fromkeys(feeds, clock())
    done = 0
    last: list[FeedReport] = []
    with make_client(options=options, transport=transport) as client:
        while rounds is None or done < rounds:
            now = clock()
            last = []
            for url in feeds:
                if due[url] > now and rounds is None:
                    continue
                report = poll_once(url, store, ctx, client=client, options=options, every=every)
                due[url] = clock() + report.next_in
                on_report(report)
                last.append(report)
            done += 1
            if rounds is not None and done >= rounds:
                break
            sleep(max(0.0, min(due.values()) - clock()))
    return last
