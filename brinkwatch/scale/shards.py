"""Parquet shards of results, for corpora larger than the writer's memory.

A Dask run with ``--shards DIR`` has each worker write its partition's results to
``DIR/part-<n>.parquet`` instead of sending them back; ``brinkwatch load DIR`` then brings the
shards into the store with the single writer, one article per transaction (re-loading is
safe: ids are content hashes). A shard has one row per article: ``article_id``, ``status``,
``n_events`` and ``result``, the whole :class:`ArticleResult` as JSON with a type tag on every
record (never pickle: loading a shard runs no code).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from brinkwatch.errors import ConfigError, StoreError
from brinkwatch.records import ArticleResult
from brinkwatch.store import codec
from brinkwatch.store.codec import encode

__all__ = ["FORMAT", "decode", "encode", "iter_shards", "load_shards", "write_shard"]

FORMAT = "brinkwatch-shard-1"


def decode(value: Any) -> Any:
    """The inverse of :func:`encode` (lists become tuples, as records hold them)."""
    try:
        return codec.decode(value, where="a shard")
    except StoreError as exc:
        raise ConfigError(str(exc)) from None


def write_shard(path: str | Path, results: list[ArticleResult]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({
        "article_id": [r.article.id for r in results],
        "status": [str(r.article.status) for r in results],
        "n_events": pa.array([len(r.events) for r in results], pa.int64()),
        "result": [codec.dumps_record(r) for r in results],
    }).replace_schema_metadata({"format": FORMAT})
    tmp = Path(f"{path}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    tmp.replace(path)  # a shard is whole or absent
    return len(results)


def iter_shards(folder: str | Path) -> Iterator[ArticleResult]:
    """Every result of every ``*.parquet`` shard under ``folder``, shard by shard."""
    import pyarrow.parquet as pq

    root = Path(folder)
    paths = sorted(root.glob("*.parquet")) if root.is_dir() else []
    if not paths:
        raise ConfigError(f"no .parquet shards in {root}; write them with "
                          "'brinkwatch ingest --executor dask --shards DIR'")
    for path in paths:
        pf = pq.ParquetFile(path)
        meta = pf.schema_arrow.metadata or {}
        if meta.get(b"format") != FORMAT.encode():
            raise ConfigError(f"{path} is not a brinkwatch shard ({FORMAT}); remove it from "
                              f"{root} or point load at the shards folder")
        for batch in pf.iter_batches(batch_size=256, columns=["result"]):
            for text in batch.column(0).to_pylist():
                try:
                    result = codec.loads_record(text, where="a shard")
                except StoreError as exc:
                    raise ConfigError(str(exc)) from None
                if not isinstance(result, ArticleResult):
                    raise ConfigError(f"{path} holds a row that is not an article result")
                yield result


def load_shards(folder: str | Path, store: Any) -> dict[str, int]:
    """Write every result of the shards under ``folder`` with the single writer; counts of
    outcomes (new / updated / unchanged) and events."""
    counts = {"new": 0, "updated": 0, "unchanged": 0, "events": 0}
    for result in iter_shards(folder):
        counts[store.write(result)] += 1
        counts["events"] += len(result.events)
    return counts
