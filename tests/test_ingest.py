"""Ingest's near-duplicate check: a copy is found whether its original is already stored or
still waiting to be written, so the run's in-memory index can hold only the articles in flight."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from brinkwatch.ingest import ingest
from brinkwatch.records import Article, ArticleResult
from brinkwatch.scale.corpus import generate_articles
from brinkwatch.sources import iter_path
from brinkwatch.store import open_store


@pytest.fixture(scope="module")
def ctx():
    from brinkwatch.pipeline import build_context

    return build_context()


def _corpus(folder: Path) -> Path:
    """Five distinct reports, then a copy of the second with a closing line added."""
    rows = list(generate_articles(5, seed=11, median_words=120))
    rows.append(dict(rows[1], url=rows[1]["url"] + "/syndicated",
                     text=rows[1]["text"] + "\n\nThis version was shared with partner sites."))
    folder.mkdir()
    path = folder / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _one_at_a_time(ctx):
    """Each article is stored before the next is read: the original is in the store."""
    def mapper(pending: Iterable[Article]) -> Iterator[ArticleResult]:
        for article in pending:
            yield ArticleResult(article=article, extractors=ctx.extractors)
    return mapper


def _all_in_flight(ctx):
    """Every article is read before the first is stored: the original is still in flight."""
    def mapper(pending: Iterable[Article]) -> Iterator[ArticleResult]:
        for article in list(pending):
            yield ArticleResult(article=article, extractors=ctx.extractors)
    return mapper


@pytest.mark.parametrize("make_mapper", [_one_at_a_time, _all_in_flight])
def test_a_copy_is_found_whether_its_original_is_stored_or_in_flight(ctx, tmp_path, make_mapper):
    path = _corpus(tmp_path / "in")
    with open_store(tmp_path / "x.db") as store:
        summary = ingest(iter_path(path), store, ctx, mapper=make_mapper(ctx), stories=False)
        rows = {a.origin.rsplit("#", 1)[-1]: a for a in store.articles()}
    assert summary.new == 5 and summary.duplicates == 1
    # the copy (line 6) points at the second report (line 2); the other reports are no copies
    assert rows["L6"].status == "duplicate" and rows["L6"].duplicate_of == rows["L2"].id
    assert all(rows[f"L{i}"].status == "ok" for i in (1, 2, 3, 4, 5))
