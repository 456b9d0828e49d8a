"""Parquet shards: results survive the round trip exactly; foreign files are refused."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from brinkwatch.errors import ConfigError
from brinkwatch.records import ArticleStatus
from brinkwatch.scale.corpus import write_corpus
from brinkwatch.scale.shards import decode, encode, iter_shards, load_shards, write_shard
from brinkwatch.sources import iter_path
from brinkwatch.store import open_store


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    from brinkwatch.pipeline import build_context, run_batch

    folder = tmp_path_factory.mktemp("gen")
    write_corpus(folder, 4, median_words=60)
    (folder / "bad.txt").write_bytes(b"")  # an empty document: a status, no records
    return list(run_batch(iter_path(folder), build_context()))


@pytest.mark.slow
def test_round_trip_is_exact(results, tmp_path):
    assert any(r.events for r in results)
    assert any(r.article.status is ArticleStatus.EMPTY for r in results)
    assert [decode(encode(r)) for r in results] == results
    # enums come back as enums (the pipeline tests them with `is`)
    statuses = {decode(encode(r)).article.status for r in results}
    assert {id(s) for s in statuses} == {id(ArticleStatus.OK), id(ArticleStatus.EMPTY)}
    write_shard(tmp_path / "part-0.parquet", results[:2])
    write_shard(tmp_path / "part-1.parquet", results[2:])
    assert list(iter_shards(tmp_path)) == results


@pytest.mark.slow
def test_load_stores_like_a_direct_write_and_twice_is_a_no_op(results, tmp_path):
    shards = tmp_path / "shards"
    shards.mkdir()
    write_shard(shards / "part-0.parquet", results)
    with open_store(tmp_path / "a.db") as a, open_store(tmp_path / "b.db") as b:
        for r in results:
            a.write(r)
        counts = load_shards(shards, b)
        assert counts["new"] == len(results)
        assert b.events() == a.events() and b.status_counts() == a.status_counts()
        assert load_shards(shards, b)["unchanged"] == len(results)


def test_foreign_parquet_and_empty_folders_are_refused(tmp_path):
    with pytest.raises(ConfigError, match="no .parquet shards"):
        list(iter_shards(tmp_path))
    pq.write_table(pa.table({"x": [1]}), tmp_path / "other.parquet")
    with pytest.raises(ConfigError, match="not a brinkwatch shard"):
        list(iter_shards(tmp_path))


def test_unknown_record_types_are_refused():
    with pytest.raises(ConfigError, match="unknown record type"):
        decode({"__t": "Exploit", "x": 1})
