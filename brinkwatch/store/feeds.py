"""Watch mode's state: per feed its validators (ETag, Last-Modified) and failure count, and
the items already taken from it, so a restarted watcher neither refetches nor re-ingests."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from brinkwatch.store import schema
from brinkwatch.store.migrations import now_iso
from brinkwatch.store.writer import dialect_insert


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    last_status: str | None = None


def feed_state(conn: Connection, url: str) -> FeedState:
    f = schema.feeds.c
    row = conn.execute(select(f.etag, f.last_modified, f.failures, f.last_status)
                       .where(f.url == url)).first()
    if row is None:
        return FeedState(url=url)
    return FeedState(url=url, etag=row.etag, last_modified=row.last_modified,
                     failures=row.failures or 0, last_status=row.last_status)


def save_feed_state(conn: Connection, state: FeedState) -> None:
    row = {"url": state.url, "etag": state.etag, "last_modified": state.last_modified,
           "failures": state.failures, "last_status": state.last_status,
           "last_polled": now_iso()}
    ins = dialect_insert(conn, schema.feeds).values(**row)
    conn.execute(ins.on_conflict_do_update(index_elements=[schema.feeds.c.url],
                                           set_={k: ins.excluded[k] for k in row if k != "url"}))


def seen_items(conn: Connection, keys: list[str]) -> set[str]:
    """The ``keys`` already taken, from any feed (an article linked by two feeds is one)."""
    c = schema.feed_items.c
    seen: set[str] = set()
    for i in range(0, len(keys), 500):
        seen.update(conn.execute(select(c.item_key).where(
            c.item_key.in_(keys[i:i + 500]))).scalars())
    return seen


def mark_item(conn: Connection, feed_url: str, key: str, article_id: str | None) -> None:
    conn.execute(dialect_insert(conn, schema.feed_items).values(
        feed_url=feed_url, item_key=key, article_id=article_id, first_seen=now_iso(),
    ).on_conflict_do_nothing())
