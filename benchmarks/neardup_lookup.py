"""Ingest's near-duplicate lookup on a grown store: the round-7 statement (the article rows of
every stored article sharing a band key with the new one, then the signatures compared)
against the store's lookup that compares the stored signatures first and reads the article
rows of the matches only (`Store.near_duplicate_candidates(keys, keep=)`), interleaved on the
same store, the same new articles.

    python benchmarks/neardup_lookup.py STORE CORPUS [FROM] [LOOKUPS]
    python benchmarks/neardup_lookup.py --lean N1,N2,... STORE CORPUS [LOOKUPS]

STORE: the SQLite file of a `brinkwatch bench --corpus CORPUS --replay N --scratch-db STORE`
run (it may still be running: the store is only read); the new articles are the replay's
copies FROM, FROM+1, ... (default: the next ones after those stored), made without the ones
before them, and every tenth a stored copy cut short (a near-duplicate to find). Prints, per lookup, CPU and wall milliseconds of each way, the band candidates
and the matches, and checks that both ways find the same original (or none).

``--lean``: STORE is a new file that gets the replay's copies 0..N-1 as articles with their
fingerprints only (no events, sentences or stories: the lookup reads nothing else), measured
after N1, N2, ... copies: the lookup's cost at sizes a full replay takes hours to reach here
(the rest of a full store is missing, so its file, and the page reads, are smaller).
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select

from brinkwatch.config import Settings
from brinkwatch.pipeline import context_for, run_batch
from brinkwatch.records import ArticleResult, ArticleStatus, text_id
from brinkwatch.scale.replay import _new_text, _pool, _protected, replay_copy
from brinkwatch.sources import iter_path, neardup
from brinkwatch.store import open_store, schema


def old_candidates(conn, keys):  # type: ignore[no-untyped-def]
    """The round-7 query (`store/queries.fingerprint_candidates` at commit 31b192d)."""
    f, b, a = schema.fingerprints.c, schema.fingerprint_bands.c, schema.articles.c
    ids = list(conn.execute(select(b.article_id).where(b.band.in_(list(keys))).distinct())
               .scalars())
    if not ids:
        return [], 0
    q = (select(a.id, a.origin, f.signature).join(schema.fingerprints, f.article_id == a.id)
         .where(a.id.in_(ids), a.status == "ok").order_by(a.first_seen, a.id))
    return [(r.id, r.origin, r.signature) for r in conn.execute(q)], len(ids)


def best(sig, rows):  # type: ignore[no-untyped-def]
    out = None
    for other_id, _origin, other in rows:
        sim = neardup.similarity(sig, neardup.decode(other))
        if sim >= neardup.THRESHOLD and (out is None or sim > out[1]):
            out = (other_id, sim)
    return out


def coded(corpus: str) -> list[ArticleResult]:
    settings = Settings()
    ctx = context_for(settings)
    todo = [a for a in iter_path(Path(corpus)) if a.status is ArticleStatus.OK]
    return [r for r in run_batch(iter(todo), ctx, batch_size=settings.batch_size) if not r.error]


def lean(sizes: list[int], store_path: str, corpus: str, lookups: int) -> None:
    """Copies 0..max(sizes)-1 as bare articles with fingerprints, measured at each size."""
    if Path(store_path).exists():
        raise SystemExit(f"{store_path} exists: --lean writes a new store")
    base = coded(corpus)
    pool, spans = _pool(), [_protected(r) for r in base]
    done = 0
    with open_store(store_path) as store:
        for size in sorted(sizes):
            t = time.process_time()
            for i in range(done, size):
                k, j = divmod(i, len(base))
                art = base[j].article
                text = _new_text(art.text, spans[j], i, pool)
                copy = replace(art, id=text_id(text), text=text, origin=f"{art.origin}#replay{k}",
                               url=None, published=None)
                sig = neardup.signature(text)
                fp = None if sig is None else (neardup.encode(sig), neardup.bands(sig))
                store.write_versioned(ArticleResult(article=copy, extractors=("lean",)),
                                      fingerprint=fp)
            done = size
            print(f"(lean store: {size} copies, {time.process_time() - t:.0f} s CPU to add)",
                  flush=True)
            measure(store_path, base, pool, spans, size, lookups)


def main(argv: list[str]) -> None:
    if len(argv) > 3 and argv[0] == "--lean":
        lean([int(x) for x in argv[1].split(",")], argv[2], argv[3],
             int(argv[4]) if len(argv) > 4 else 300)
        return
    if len(argv) < 2:
        raise SystemExit(__doc__)
    store_path, corpus = argv[0], argv[1]
    base = coded(corpus)
    pool, spans = _pool(), [_protected(r) for r in base]
    with open_store(store_path, readonly=True) as store, store.snapshot() as conn:
        stored = conn.execute(select(func.count()).select_from(schema.articles)).scalar() or 0
    measure(store_path, base, pool, spans, int(argv[2]) if len(argv) > 2 else stored,
            int(argv[3]) if len(argv) > 3 else 300)


def measure(store_path: str, base: list[ArticleResult], pool: dict[int, list[str]],
            spans: list[list[tuple[int, int]]], first: int, lookups: int) -> None:
    store = open_store(store_path, readonly=True)
    with store.snapshot() as conn:
        stored = conn.execute(select(func.count()).select_from(schema.articles)).scalar() or 0
    totals = {"old_cpu": 0.0, "old_wall": 0.0, "new_cpu": 0.0, "new_wall": 0.0}
    cands: list[int] = []
    matches = found = 0
    for i in range(first, first + lookups):
        if i % 10 == 0 and stored:  # a stored copy with its last sentence cut: a near-duplicate
            text = replay_copy(base, (i * 7919) % stored, pool=pool, spans=spans).article.text
            text = text[:text.rstrip().rfind(".", 0, len(text.rstrip()) - 1) + 1] or text
        else:
            text = replay_copy(base, i, pool=pool, spans=spans).article.text
        sig = neardup.signature(text)
        if sig is None:
            continue
        keys = neardup.bands(sig)
        # interleaved, the new way first on odd lookups (the page cache favours the second)
        for way in (("new", "old") if i % 2 else ("old", "new")):
            c, w = time.process_time(), time.perf_counter()
            if way == "old":
                with store.snapshot() as conn:
                    rows, n = old_candidates(conn, keys)
                got_old = best(sig, rows)
                cands.append(n)
            else:
                rows = store.near_duplicate_candidates(keys, keep=lambda s, sig=sig: (
                    neardup.similarity(sig, neardup.decode(s)) >= neardup.THRESHOLD))
                got_new = best(sig, rows)
                matches += len(rows)
            totals[f"{way}_cpu"] += time.process_time() - c
            totals[f"{way}_wall"] += time.perf_counter() - w
        if got_old != got_new:
            raise SystemExit(f"copy {i}: the two ways differ: {got_old} against {got_new}")
        found += got_new is not None
    n = len(cands)
    cands.sort()
    print(f"store {store_path}: {stored} articles; copies {first}..{first + lookups - 1} "
          f"looked up ({n} with a signature)")
    print(f"band candidates a lookup: mean {sum(cands) / n:.1f}, median {cands[n // 2]}, "
          f"max {cands[-1]}; matches (read as articles by the new way): {matches}; originals "
          f"found (the same both ways): {found}")
    for way in ("old", "new"):
        print(f"{way}: {1000 * totals[f'{way}_cpu'] / n:.2f} ms CPU, "
              f"{1000 * totals[f'{way}_wall'] / n:.2f} ms wall a lookup")
    store.close()


if __name__ == "__main__":
    main(sys.argv[1:])
