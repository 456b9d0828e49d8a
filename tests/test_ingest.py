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


def _texts_file(folder: Path, name: str, texts: list[str]) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text("".join(json.dumps({"text": t, "published": f"2025-03-0{i + 1}"}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    return path


@pytest.mark.parametrize("make_mapper", [_one_at_a_time, _all_in_flight])
def test_a_second_copy_of_a_text_names_where_the_run_first_read_it(ctx, tmp_path, make_mapper):
    rows = [r["text"] for r in generate_articles(3, seed=4, median_words=80)]
    a = _texts_file(tmp_path / "in", "a.jsonl", rows)
    b = _texts_file(tmp_path / "in", "b.jsonl", [rows[2], rows[0]])  # the same texts again
    with open_store(tmp_path / "x.db") as store:
        summary = ingest([*iter_path(a), *iter_path(b)], store, ctx, mapper=make_mapper(ctx),
                         stories=False)
        assert summary.new == 3 and summary.duplicates == 2
        assert sorted(summary.notes) == [f"{b}#L1: the same text as {a}#L3 (stored once)",
                                         f"{b}#L2: the same text as {a}#L1 (stored once)"]
        # a later run that reads a stored text twice: the first read is unchanged, the second
        # a copy of it; the run's own articles are never taken for older versions of a file
        again = ingest([*iter_path(b), *iter_path(b)], store, ctx, mapper=make_mapper(ctx),
                       stories=False)
        assert again.unchanged == 2 and again.duplicates == 2 and again.replaced == 0
        assert {n.split(": the same text as ")[1] for n in again.notes} == \
            {f"{a}#L3 (stored once)", f"{a}#L1 (stored once)"}
        assert len(store.articles()) == 3


def test_the_runs_memory_of_ids_takes_any_id():
    from brinkwatch.ingest import _key, _Seen

    seen = _Seen()
    for aid in ("ab" * 32, "not-a-hex-id-but-long-enough", "short"):
        seen.keys.add(_key(aid))
    assert {"ab" * 32, "not-a-hex-id-but-long-enough", "short"} <= {
        a for a in ("ab" * 32, "not-a-hex-id-but-long-enough", "short") if a in seen}
    assert "cd" * 32 not in seen and "other" not in seen and 7 not in seen
