"""The Dask executor: the same ``pipeline.process`` mapped over partitions on a Dask cluster.

A partition is a list of articles; :func:`process_partition` runs on a worker and returns the
:class:`ArticleResult` of each. The knowledge base and the language model are built once per
worker process (cached in this module, keyed by what built them) and reused by every
partition. Results come back to the caller (the single writer) in input order; at most a few
partitions per worker are in flight, so the parent's memory does not grow with the corpus.

With no scheduler address a ``LocalCluster`` of worker processes (one thread each) is started
and closed here. See ``docs/scale.md`` for a cluster of several machines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brinkwatch.errors import BrinkwatchError, ConfigError

if TYPE_CHECKING:
    from brinkwatch.extract import ExtractOptions
    from brinkwatch.pipeline import Context
    from brinkwatch.records import Article, ArticleResult

# built once per worker process: (theatre paths, rule paths, options) -> Context
_CONTEXTS: dict[tuple[Any, ...], Context] = {}


def worker_context(theatre_paths: tuple[str, ...], options: ExtractOptions,
                   rules_paths: tuple[str, ...] = ()) -> Context:
    """The Context of this worker process, built on first use."""
    key = (tuple(theatre_paths), tuple(rules_paths), options)
    ctx = _CONTEXTS.get(key)
    if ctx is None:
        from brinkwatch.pipeline import build_context

        ctx = _CONTEXTS[key] = build_context(theatre_paths=theatre_paths,
                                             rules_paths=rules_paths, options=options)
    return ctx


def process_partition(articles: list[Article], theatre_paths: tuple[str, ...],
                      options: ExtractOptions, batch_size: int = 16,
                      rules_paths: tuple[str, ...] = ()) -> list[ArticleResult]:
    """What a Dask worker runs: every article of the partition through ``pipeline.process``."""
    from brinkwatch.pipeline import run_batch

    ctx = worker_context(theatre_paths, options, rules_paths)
    return list(run_batch(articles, ctx, batch_size=batch_size))


def partition_to_shard(articles: list[Article], theatre_paths: tuple[str, ...],
                       options: ExtractOptions, batch_size: int, path: str,
                       rules_paths: tuple[str, ...] = ()) -> tuple[int, int]:
    """What a Dask worker runs with ``--shards``: process, write one Parquet shard, return
    (articles, events) only, so nothing large travels back."""
    from brinkwatch.scale.shards import write_shard

    results = process_partition(articles, theatre_paths, options, batch_size, rules_paths)
    write_shard(path, results)
    return len(results), sum(len(r.events) for r in results)


def _client(scheduler: str | None, n_workers: int, timeout: float) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - installed with brinkwatch
        raise ConfigError("the Dask executor needs 'distributed': pip install distributed") from exc
    if scheduler:
        try:
            return Client(scheduler, timeout=f"{timeout}s"), None
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}; start one "
                              "with 'dask scheduler' (docs/scale.md) or drop --scheduler") from None
    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=50)
    return Client(cluster), cluster


def map_dask(articles: Iterable[Article], ctx: Context, *, scheduler: str | None = None,
             n_workers: int = 2, partition_size: int = 64, batch_size: int = 16,
             connect_timeout: float = 20.0, shards: str | None = None) -> Iterator[Any]:
    """Yield the result of every article, in input order, computed on a Dask cluster. With
    ``shards`` (a folder every worker can write), workers write Parquet shards there instead
    and this yields one (articles, events) pair per partition."""
    if partition_size < 1 or n_workers < 1:
        raise ConfigError("the Dask executor needs a partition size and a worker count of 1 or more")
    client, cluster = _client(scheduler, n_workers, connect_timeout)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or n_workers)
        it = iter(articles)
        pending: list[Any] = []
        n = 0
        while True:
            while len(pending) < workers * 2:
                part = list(islice(it, partition_size))
                if not part:
                    break
                key = f"brinkwatch-partition-{n}-{id(part)}"
                if shards is None:
                    pending.append(client.submit(process_partition, part, ctx.theatre_paths,
                                                 ctx.options, batch_size, pure=False, key=key,
                                                 rules_paths=ctx.rules_paths))
                else:
                    path = str(Path(shards) / f"part-{n:06d}.parquet")
                    pending.append(client.submit(partition_to_shard, part, ctx.theatre_paths,
                                                 ctx.options, batch_size, path, pure=False,
                                                 key=key, rules_paths=ctx.rules_paths))
                n += 1
            if not pending:
                return
            future = pending.pop(0)
            try:
                results = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker's error, shown in one line
                raise BrinkwatchError(f"a Dask worker failed on a partition: "
                                      f"{type(exc).__name__}: {exc}") from exc
            if shards is None:
                yield from results
            else:
                yield results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def write_shards(articles: Iterable[Article], folder: str | Path,
                 mapper: Callable[..., Iterator[Any]]) -> tuple[int, int]:
    """Run ``mapper`` (a :func:`map_dask` with its cluster settings) in shard mode into
    ``folder``; return (articles, events) written."""
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the shards folder {folder}: {exc.strerror}") from exc
    n_articles = n_events = 0
    for a, e in mapper(articles, shards=str(folder)):
        n_articles += a
        n_events += e
    return n_articles, n_events
