"""The ingest parent's own cost, the language pipeline left out, and a dump of what it stores.

    python benchmarks/parent_cost.py CORPUS [--passes N] [--profile FILE] [--dump FILE]

The articles of CORPUS are coded once (the results kept in ``CORPUS/../<name>.results.pickle``
between runs, so A/B runs of two trees replay the same results); then each pass ingests them
into a fresh SQLite file through the real ``ingest`` (sources bookkeeping, near-duplicate
check, writer, tallies, the cross-article stage following the writer) with the pipeline
replaced by a mapper that hands the coded results back. Prints the parent's CPU ms an
article per pass (``time.process_time``). ``--profile FILE`` writes a cProfile of the last
pass; ``--dump FILE`` writes every stored row of the last pass, sorted, with the columns that
hold the wall-clock time of the write left out (and the write counter's rows of
``event_tallies`` summed: each write adds one to a shard picked at random), and prints its SHA-256: two trees that store
the same records print the same digest.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from brinkwatch.config import Settings
from brinkwatch.ingest import ingest
from brinkwatch.pipeline import context_for, run_batch
from brinkwatch.records import ArticleStatus
from brinkwatch.sources import iter_path
from brinkwatch.store import open_store, schema
from brinkwatch.store.tallies import STAMP_KIND

#: columns holding the time of the write (differ between any two runs)
CLOCK_COLUMNS = frozenset({"first_seen", "updated_at", "applied_at", "analysed_at", "created_at"})


def dump(store_path: str, out: Path) -> str:
    with open_store(store_path) as store, store.snapshot() as conn:
        lines: list[str] = []
        for table in sorted(schema.metadata.sorted_tables, key=lambda t: t.name):
            cols = [c for c in table.c if c.name not in CLOCK_COLUMNS]
            stamps = 0
            rows = []
            for r in conn.execute(select(*cols)):
                if table.name == "event_tallies" and r.kind == STAMP_KIND:
                    stamps += r.n  # the write counter's shard is picked at random
                    continue
                rows.append(json.dumps([table.name, *r], default=str, ensure_ascii=False))
            lines += sorted(rows)
            if stamps:
                lines.append(json.dumps([table.name, "write counter", stamps]))
    text = "\n".join(lines) + "\n"
    out.write_text(text)
    return hashlib.sha256(text.encode()).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--profile")
    ap.add_argument("--dump")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    ctx = context_for(Settings())
    cache = corpus.parent / f"{corpus.name}.results.pickle"
    articles = [a for a in iter_path(corpus) if a.status is ArticleStatus.OK]
    if cache.exists():
        results = pickle.loads(cache.read_bytes())
    else:
        results = list(run_batch(articles, ctx))
        cache.write_bytes(pickle.dumps(results))
    by_id = {r.article.id: r for r in results}
    import brinkwatch.analysis.stage  # noqa: F401  (imports out of the first pass)

    def mapper(todo):
        for a in todo:
            yield by_id[a.id]

    with tempfile.TemporaryDirectory(prefix="parent-cost-") as tmp:
        for i in range(args.passes):
            path = str(Path(tmp) / f"p{i}.db")
            prof = cProfile.Profile() if args.profile and i == args.passes - 1 else None
            with open_store(path) as store:
                t0 = time.process_time()
                if prof:
                    prof.enable()
                summary = ingest(iter(articles), store, ctx, mapper=mapper)
                if prof:
                    prof.disable()
                cpu = time.process_time() - t0
            print(
                f"pass {i + 1}: {1000 * cpu / len(articles):.1f} ms CPU an article "
                f"({summary.events} events)",
                flush=True,
            )
            if prof:
                prof.dump_stats(args.profile)
            if args.dump and i == args.passes - 1:
                print("dump sha256", dump(path, Path(args.dump)))


if __name__ == "__main__":
    sys.exit(main())
