"""The cross-article stage's story lookups (``candidate_stories``, ``candidate_stories_any``)
find the stories near a date window through the (family, date_span, date_start) and
(date_span, date_start) indexes, give exactly the rows and order of their definition, and old
stores gain the column (filled) and the indexes."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from brinkwatch_tests_store_factory import executed_plans  # registered by tests/conftest.py
from sqlalchemy import text

from brinkwatch.records import hash_id
from brinkwatch.store import MIGRATIONS, open_store
from brinkwatch.store import crossref as q


def _postgres_fixture():
    """The ``pg_url`` fixture of test_postgres.py (a fresh schema on the test server)."""
    from brinkwatch_tests_store_postgres import pg_url  # registered by tests/conftest.py

    return pg_url


pg_url = _postgres_fixture()
FAMILIES = ("strike", "talks", "protest")
# widths (days) on each side of every class bound, and far wider ones
WIDTHS = (0, 1, 7, 8, 31, 32, 120, 121, 366, 367, 1830, 1831, 5000)
BASE = date(2024, 6, 1)


def _rows(seed: int, n: int) -> list[dict[str, Any]]:
    """Stories of several families, widths and days; some undated (no days), some open-ended
    (a start and no end), some never summarised (no first report), some moved after founding,
    some wide (dated by a wide report: the any-family lookup leaves them out)."""
    rnd = random.Random(seed)
    rows = []
    for k in range(n):
        width = rnd.choice(WIDTHS)
        start = BASE + timedelta(days=rnd.randint(-2500, 700))
        kind = rnd.random()
        s, e = start.isoformat(), (start + timedelta(days=width)).isoformat()
        if kind < 0.08:
            s = e = None  # undated
        elif kind < 0.12:
            e = None  # open-ended
        first = None if rnd.random() < 0.1 else \
            f"2026-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}T0{rnd.randint(0, 9)}:00:00+00:00"
        rows.append({"id": hash_id("story-test", str(seed), str(k)),
                     "family": rnd.choice(FAMILIES), "start": s, "end": e, "first": first,
                     "moved": rnd.random() < 0.3, "wide": k % 5 == 2})
    return rows


def _store_stories(store, rows: list[dict[str, Any]]) -> None:
    """Through the stage's writers: founded (new_story), moved (save_story_features),
    summarised (save_story) when they have a first report."""
    with store.transaction() as conn:
        for r in rows:
            dates = {"start": r["start"], "end": r["end"], **({"wide": True} if r["wide"] else {})}
            if r["moved"]:  # founded on other days, then moved to its own
                q.new_story(conn, r["id"], r["family"], {"start": "2019-01-01",
                                                          "end": "2019-01-02"})
                q.save_story_features(conn, r["id"], dates)
            else:
                q.new_story(conn, r["id"], r["family"], dates)
            if r["first"] is not None:
                q.save_story(conn, story_id=r["id"], family=r["family"], date_start=r["start"],
                             date_end=r["end"], first_report=r["first"], last_report=r["first"],
                             n_reports=1, n_outlets=1, n_independent=1, contradicted=False,
                             features=dates, record={"id": r["id"]})


def _order(rows: list[dict[str, Any]], nulls_first: bool) -> list[dict[str, Any]]:
    """ORDER BY first_report, id as the database sorts it (SQLite puts NULL first,
    PostgreSQL last)."""
    return sorted(rows, key=lambda r: ((r["first"] is None) != nulls_first, r["first"] or "",
                                       r["id"]))


def _meets(r: dict[str, Any], lo: str, hi: str) -> bool:
    return r["start"] is not None and r["end"] is not None and r["start"] <= hi \
        and r["end"] >= lo


def _windows(seed: int, n: int) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    out = [("1990-01-01", "1990-01-05"), ("2030-01-01", "2030-02-01"),  # before / after all
           ("0001-01-03", "0001-01-09"),  # the bounds of the classes fall before year 1
           ("2024-06-01", "2024-06-01")]
    for _ in range(n):
        lo = BASE + timedelta(days=rnd.randint(-2700, 800))
        out.append((lo.isoformat(), (lo + timedelta(days=rnd.choice((0, 3, 30, 400)))).isoformat()))
    return out


def _check_against_brute_force(conn, rows: list[dict[str, Any]], nulls_first: bool) -> int:
    """Both lookups equal the brute-force filter on every window; the rows found in all."""
    found = 0
    for lo, hi in _windows(5, 60):
        want_any = _order([r for r in rows if _meets(r, lo, hi) and not r["wide"]], nulls_first)
        got_any = q.candidate_stories_any(conn, lo, hi)
        assert [(c["id"], c["family"]) for c in got_any] == \
            [(r["id"], r["family"]) for r in want_any], (lo, hi)
        assert [c["features"] for c in got_any] == \
            [{"start": r["start"], "end": r["end"]} for r in want_any]
        found += len(got_any)
        for fam in FAMILIES:
            want = _order([r for r in rows if r["family"] == fam and (
                r["start"] is None or _meets(r, lo, hi))], nulls_first)
            got = q.candidate_stories(conn, fam, lo, hi)
            assert [(c["id"], c["date_start"], c["date_end"]) for c in got] == \
                [(r["id"], r["start"], r["end"]) for r in want], (fam, lo, hi)
    # an unknown window: every story of the family
    for fam in FAMILIES:
        assert [c["id"] for c in q.candidate_stories(conn, fam, None, "2025-01-01")] == \
            [r["id"] for r in _order([r for r in rows if r["family"] == fam], nulls_first)]
    return found


def test_lookups_match_brute_force_over_many_widths_and_windows(tmp_path: Path) -> None:
    rows = _rows(1, 400)
    with open_store(tmp_path / "bw.db") as store:
        _store_stories(store, rows)
        with store.snapshot() as conn:
            found = _check_against_brute_force(conn, rows, nulls_first=True)
    # not vacuous: the windows find stories, wide and narrow, undated ones and summarised ones
    assert found > 300
    assert {r["start"] is None for r in rows} == {True, False}
    assert {r["end"] is None and r["start"] is not None for r in rows} == {True, False}
    assert {r["first"] is None for r in rows} == {True, False}
    assert {r["wide"] and r["moved"] for r in rows} == {True, False}
    # and wide stories met the windows (the any-family lookup left them out)
    assert sum(_meets(r, lo, hi) and r["wide"] for r in rows for lo, hi in _windows(5, 60)) > 20


def test_writers_keep_the_width_class(tmp_path: Path) -> None:
    rows = _rows(2, 120)
    with open_store(tmp_path / "bw.db") as store:
        _store_stories(store, rows)
        with store.snapshot() as conn:
            spans = dict(conn.execute(text("SELECT id, date_span FROM stories")).all())
    assert spans == {r["id"]: q.span_class(r["start"], r["end"]) for r in rows}
    assert {None, 0, len(q.SPAN_CLASSES)} <= set(spans.values())


def test_the_lookups_search_the_span_indexes_not_the_table(tmp_path: Path) -> None:
    with open_store(tmp_path / "bw.db") as store:
        _store_stories(store, _rows(3, 40))
        family = executed_plans(store, lambda c: q.candidate_stories(
            c, "talks", "2024-05-01", "2024-05-20"))
        anyf = executed_plans(store, lambda c: q.candidate_stories_any(
            c, "2024-05-01", "2024-05-20"))
    # one ranged search per width class, one for the undated stories of the family
    assert family.count("SEARCH stories USING INDEX ix_stories_family_span "
                        "(family=? AND date_span=? AND date_start") == len(q.SPAN_CLASSES) + 2, \
        family
    # the any-family lookup leaves the wide stories out through its index (wide=0 leads it)
    assert anyf.count("SEARCH stories USING INDEX ix_stories_narrow_span "
                      "(wide=? AND date_span=? AND date_start") == len(q.SPAN_CLASSES) + 1, anyf
    assert "SCAN stories" not in family + anyf


def _to_previous_schema(conn) -> None:
    """The store as the migration before the story spans left it."""
    version = 1 + next(i for i, m in enumerate(MIGRATIONS) if m.apply.__name__ == "_story_spans")
    conn.execute(text("DROP INDEX ix_stories_narrow_span"))
    conn.execute(text("ALTER TABLE stories DROP COLUMN wide"))
    conn.execute(text("DROP INDEX ix_stories_family_span"))
    conn.execute(text("DROP INDEX ix_stories_span"))
    conn.execute(text("ALTER TABLE stories DROP COLUMN date_span"))
    conn.execute(text("DELETE FROM schema_migrations WHERE version >= :v"), {"v": version})


def _lookups(conn) -> list[Any]:
    return [q.candidate_stories_any(conn, lo, hi) for lo, hi in _windows(9, 10)] + \
        [q.candidate_stories(conn, fam, lo, hi) for lo, hi in _windows(9, 10) for fam in FAMILIES]


def test_old_stores_gain_the_column_filled_and_the_indexes(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    rows = _rows(4, 150)
    with open_store(path) as store:
        _store_stories(store, rows)
        with store.snapshot() as conn:
            expected = _lookups(conn)
        with store.transaction() as conn:
            _to_previous_schema(conn)
    with open_store(path) as store:
        with store.snapshot() as conn:
            spans = dict(conn.execute(text("SELECT id, date_span FROM stories")).all())
            wide = dict(conn.execute(text("SELECT id, wide FROM stories")).all())
            assert _lookups(conn) == expected
    assert spans == {r["id"]: q.span_class(r["start"], r["end"]) for r in rows}
    assert wide == {r["id"]: int(r["wide"]) for r in rows}
    assert any(expected) and len(set(spans.values())) > 5
    with closing(sqlite3.connect(path)) as con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"ix_stories_family_span", "ix_stories_span", "ix_stories_narrow_span"} <= names


def test_postgresql_gives_the_same_stories_and_migrates_old_stores(pg_url: str) -> None:
    rows = _rows(6, 250)
    with open_store(pg_url) as store:
        _store_stories(store, rows)
        with store.snapshot() as conn:
            assert _check_against_brute_force(conn, rows, nulls_first=False) > 100
            expected = _lookups(conn)
        with store.transaction() as conn:
            _to_previous_schema(conn)
    with open_store(pg_url) as store:
        with store.snapshot() as conn:
            assert _lookups(conn) == expected
            spans = dict(conn.execute(text("SELECT id, date_span FROM stories")).all())
            names = set(conn.execute(text(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'stories'")).scalars())
    assert spans == {r["id"]: q.span_class(r["start"], r["end"]) for r in rows}
    assert {"ix_stories_family_span", "ix_stories_span"} <= names
