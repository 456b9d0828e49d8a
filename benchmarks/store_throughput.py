"""PostgreSQL vs SQLite: write and query throughput of the store on the same records.

    .venv/bin/python benchmarks/store_throughput.py CORPUS_DIR postgresql+psycopg://postgres@127.0.0.1:5432/test

Processes the corpus once (in this process), then writes every result to a fresh SQLite file
and to a fresh PostgreSQL schema (dropped afterwards), and times a few read queries on each.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy.engine import make_url


def main(corpus: str, pg: str) -> None:
    import psycopg

    from brinkwatch.pipeline import build_context, run_batch
    from brinkwatch.sources import iter_path
    from brinkwatch.store import open_store

    results = list(run_batch(iter_path(corpus), build_context()))
    n_events = sum(len(r.events) for r in results)
    name = f"bw_bench_{uuid.uuid4().hex[:8]}"
    base = make_url(pg)
    admin = psycopg.connect(base.set(drivername="postgresql").render_as_string(False),
                            autocommit=True)
    admin.execute(f'CREATE SCHEMA "{name}"')
    try:
        with tempfile.TemporaryDirectory() as tmp:
            targets = {
                "sqlite": str(Path(tmp) / "b.db"),
                "postgresql": base.update_query_dict(
                    {"options": f"-csearch_path={name}"}).render_as_string(False),
            }
            print(f"{len(results)} articles, {n_events} events")
            for label, target in targets.items():
                with open_store(target) as store:
                    t0 = time.perf_counter()
                    for r in results:
                        store.write(r)
                    w = time.perf_counter() - t0
                    timings = {}
                    for qname, fn in (
                        ("all events", lambda s=store: s.events()),
                        ("events of one actor", lambda s=store: s.events(actor="Iran")),
                        ("events since a date", lambda s=store: s.events(since="2025-06")),
                        ("articles", lambda s=store: s.articles()),
                        ("csv export", lambda s=store: s.export(io.StringIO(), format="csv")),
                    ):
                        t0 = time.perf_counter()
                        for _ in range(3):
                            fn()
                        timings[qname] = (time.perf_counter() - t0) / 3
                print(f"{label:10} write {len(results) / w:8.1f} articles/s "
                      f"({n_events / w:8.1f} events/s); "
                      + "; ".join(f"{k} {v * 1000:.0f} ms" for k, v in timings.items()))
    finally:
        admin.execute(f'DROP SCHEMA "{name}" CASCADE')
        admin.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
