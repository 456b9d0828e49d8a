"""Keeping a store tidy: which articles ``brinkwatch prune`` removes.

An article read from a local file whose file no longer exists (a JSONL row: its JSONL file)
is stale; so, when asked, are articles with given statuses (``failed``, ``duplicate``...).
URLs are never pruned for being unreachable (a site that is down today is not gone).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from brinkwatch.store.queries import ArticleRow

if TYPE_CHECKING:
    from brinkwatch.store.db import Store

_ROW = re.compile(r"#L\d+$")


def origin_file(origin: str) -> Path | None:
    """The local file an origin was read from, or None for a URL."""
    if "://" in origin:
        return None
    return Path(_ROW.sub("", origin))


def prunable(store: Store, *, statuses: tuple[str, ...] = ()) -> list[ArticleRow]:
    """Articles whose origin file is gone, or whose status is one of ``statuses``."""
    out = []
    exists: dict[Path, bool] = {}
    for row in store.articles():
        path = origin_file(row.origin)
        gone = False
        if path is not None:
            if path not in exists:
                exists[path] = path.exists()
            gone = not exists[path]
        if gone or row.status in statuses:
            out.append(row)
    return out
