"""CPU time of the cross-article stage's two story lookups on a store of many stories: the
full-table statements they were before migration 14 against the per-width-class ones, and for
the any-family lookup the per-class statement of migration 14 whose wide stories the stage
skipped after decoding them ("any m14") against migration 15's, which leaves them out in SQL;
run interleaved on the same store and windows.

    python benchmarks/story_lookups.py [N_STORIES] [ROUNDS] [--narrow]

Stories are spread over ten years, as wide as the dev set's stories (``SHAPE``), in eight
families. Prints ms per call, old and new, and
checks that both give the same rows.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import and_, bindparam, or_, select, union_all

from brinkwatch.store import crossref as q
from brinkwatch.store import open_store, schema

FAMILIES = tuple(f"family{i}" for i in range(8))
#: (share, widest) of story widths in days, as the stories of the dev set after an ingest
#: (2026-11-30: 63 % one day, 19 % up to a week, 3 % up to a year, 12 % up to five years, 2 %
#: wider); the rest (1 %) undated
SHAPE = ((0.63, 0), (0.19, 7), (0.03, 366), (0.12, 1830), (0.02, 4000))
#: ``--narrow``: no story wider than a week (what the lookups cost beside the rows they return)
NARROW = ((0.7, 0), (0.29, 7))
START = date(2016, 1, 1)


def _build(store, n: int, rnd: random.Random, shape: tuple[tuple[float, int], ...]) -> None:
    with store.transaction() as conn:
        for k in range(n):
            s = START + timedelta(days=rnd.randint(0, 3650))
            x, undated, width = rnd.random(), True, 0
            for share, widest in shape:
                if x < share:
                    undated, width = False, rnd.randint(0, widest)
                    break
                x -= share
            features = {"start": None if undated else s.isoformat(),
                        "end": None if undated else (s + timedelta(days=width)).isoformat(),
                        # as on dev, T and T2: the stories wider than two weeks are the wide
                        # ones (dated by a report wider than two weeks)
                        **({"wide": True} if not undated and width > 14 else {}),
                        # about the size of a real story's features (~480 bytes on dev)
                        "articles": [f"{rnd.getrandbits(64):016x}" for _ in range(4)],
                        "context": [f"party {rnd.randint(0, 500)}" for _ in range(25)]}
            sid = f"{k:064x}"
            q.new_story(conn, sid, rnd.choice(FAMILIES), features)
            q.save_story(conn, story_id=sid, family=rnd.choice(FAMILIES),
                         date_start=features["start"], date_end=features["end"],
                         first_report=f"2026-01-01T00:00:{k % 60:02d}+00:00", last_report=None,
                         n_reports=1, n_outlets=1, n_independent=1, contradicted=False,
                         features=features, record={"id": sid})


def _old_family(conn, family: str, lo: str, hi: str) -> list:
    s = schema.stories.c
    rows = q._fetch(conn, "old_candidates_dated", lambda: select(
        s.id, s.date_start, s.date_end, s.features)
        .where(s.family == bindparam("fam"), or_(s.date_start.is_(None), and_(
            s.date_start <= bindparam("hi"), s.date_end >= bindparam("lo"))))
        .order_by(s.first_report, s.id), {"fam": family, "lo": lo, "hi": hi})
    return [{"id": i, "date_start": ds, "date_end": de, "features": json.loads(f)}
            for i, ds, de, f in rows]


def _old_any(conn, lo: str, hi: str) -> list:
    s = schema.stories.c
    rows = q._fetch(conn, "old_candidates_any", lambda: select(s.id, s.family, s.features).where(
        s.date_start <= bindparam("hi"), s.date_end >= bindparam("lo"))
        .order_by(s.first_report, s.id), {"lo": lo, "hi": hi})
    return [{"id": i, "family": fam, "features": json.loads(f)} for i, fam, f in rows]


def _m14_any(conn, lo: str, hi: str) -> list:
    """Migration 14's any-family lookup (per width class, no ``wide`` column), with the wide
    stories skipped after decoding, as the stage did."""
    s = schema.stories.c
    cols = (s.id, s.family, s.features, s.first_report)
    arms = []
    for i in range(len(q.SPAN_CLASSES) + 1):
        cond = [s.date_span == i, s.date_start <= bindparam("hi"), s.date_end >= bindparam("lo")]
        if i < len(q.SPAN_CLASSES):
            cond.append(s.date_start >= bindparam(f"lo{i}"))
        arms.append(select(*cols).where(*cond))
    u = union_all(*arms)
    stmt = u.order_by(u.selected_columns.first_report, u.selected_columns.id)
    rows = q._fetch(conn, "m14_candidates_any", lambda: stmt,
                    {"lo": lo, "hi": hi, **q._class_floors(lo)})
    out = [{"id": i, "family": fam, "features": json.loads(f)} for i, fam, f, _ in rows]
    return [c for c in out if not c["features"].get("wide")]


def _cpu_ms(fn, calls) -> float:
    t = time.process_time()
    for args in calls:
        fn(*args)
    return 1000 * (time.process_time() - t) / len(calls)


def main(n: int = 50_000, rounds: int = 5, narrow: bool = False) -> None:
    rnd = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bw.db") as store:
        _build(store, n, rnd, NARROW if narrow else SHAPE)
        windows = []
        for _ in range(200):
            d = START + timedelta(days=rnd.randint(0, 3650))
            windows.append(((d - timedelta(days=3)).isoformat(), (d + timedelta(days=3)).isoformat()))
        fam = [(rnd.choice(FAMILIES), lo, hi) for lo, hi in windows]
        with store.snapshot() as conn:
            for (f, lo, hi) in fam[:20]:  # same rows (ids in order) before timing
                assert _old_family(conn, f, lo, hi) == q.candidate_stories(conn, f, lo, hi)
                assert [c for c in _old_any(conn, lo, hi) if not c["features"].get("wide")] \
                    == _m14_any(conn, lo, hi) == q.candidate_stories_any(conn, lo, hi)
            per_call = (sum(len(q.candidate_stories_any(conn, lo, hi)) for lo, hi in windows)
                        / len(windows), sum(len(q.candidate_stories(conn, *a)) for a in fam)
                        / len(fam))
            times: dict[str, list[float]] = {k: [] for k in ("any old", "any m14", "any new",
                                                            "family old", "family new")}
            for _ in range(rounds):  # interleaved
                times["any old"].append(_cpu_ms(lambda lo, hi: _old_any(conn, lo, hi), windows))
                times["any m14"].append(_cpu_ms(lambda lo, hi: _m14_any(conn, lo, hi), windows))
                times["any new"].append(_cpu_ms(
                    lambda lo, hi: q.candidate_stories_any(conn, lo, hi), windows))
                times["family old"].append(_cpu_ms(
                    lambda f, lo, hi: _old_family(conn, f, lo, hi), fam))
                times["family new"].append(_cpu_ms(
                    lambda f, lo, hi: q.candidate_stories(conn, f, lo, hi), fam))
    print(f"{n} stories, {len(windows)} windows x {rounds} rounds; rows per call: any "
          f"{per_call[0]:.0f}, family {per_call[1]:.0f}; CPU ms per call (median, min):")
    for k, v in times.items():
        print(f"  {k:11s} {sorted(v)[len(v) // 2]:8.3f} {min(v):8.3f}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3] if a.isdigit()), narrow="--narrow" in sys.argv)
