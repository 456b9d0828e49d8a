"""Dask executor: 2 workers vs 1 on the same corpus, against the in-process pipeline.

    .venv/bin/python benchmarks/dask_scaling.py CORPUS_DIR [PARTITION_SIZE]

Each run starts a LocalCluster (worker processes, one thread each), warms every worker up (the
knowledge base and the model are built once per worker), then times the map of the corpus.
Per-partition overhead = (1-worker Dask time - in-process time) / partitions.
"""

from __future__ import annotations

import sys
import time


def main(corpus: str, partition_size: int = 16) -> None:
    from distributed import Client, LocalCluster

    from brinkwatch.pipeline import build_context, run_batch
    from brinkwatch.scale.dask import process_partition
    from brinkwatch.sources import iter_path

    articles = list(iter_path(corpus))
    ctx = build_context()
    list(run_batch(articles[:8], ctx))
    t0 = time.perf_counter()
    local = list(run_batch(articles, ctx))
    local_s = time.perf_counter() - t0
    parts = [articles[i:i + partition_size] for i in range(0, len(articles), partition_size)]
    print(f"{len(articles)} articles, {len(parts)} partitions of {partition_size}; "
          f"in-process {len(articles) / local_s:.2f} articles/s ({local_s:.1f} s)")
    one = None
    for n in (1, 2):
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                          dashboard_address=None, silence_logs=50) as cluster, \
                Client(cluster) as client:
            client.run(lambda: None)
            warm = [client.submit(process_partition, articles[:2], ctx.theatre_paths,
                                  ctx.options, 16, pure=False, workers=[w])
                    for w in client.scheduler_info()["workers"]]
            client.gather(warm)
            t0 = time.perf_counter()
            futures = [client.submit(process_partition, p, ctx.theatre_paths, ctx.options, 16,
                                     pure=False) for p in parts]
            results = [r for f in futures for r in f.result()]
            secs = time.perf_counter() - t0
        assert results == local, "Dask results differ from the in-process run"
        one = one or secs
        extra = (f"; overhead {(secs - local_s) / len(parts) * 1000:.0f} ms per partition"
                 if n == 1 else f"; {one / secs:.2f}x one worker")
        print(f"dask x{n}: {len(articles) / secs:.2f} articles/s ({secs:.1f} s), records "
              f"identical to in-process{extra}")


if __name__ == "__main__":
    main(sys.argv[1], *(int(a) for a in sys.argv[2:3]))
