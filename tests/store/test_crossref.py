"""The cross-article stage's row queries: the articles of a date window are found through the
(day_span, day_start) index, give what the definition says, and old stores gain the column."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from brinkwatch.store import MIGRATIONS, open_store
from brinkwatch.store import crossref as q


def _postgres_fixture():
    """The ``pg_url`` fixture of test_postgres.py (a fresh schema on the test server)."""
    from brinkwatch_tests_store_postgres import pg_url  # registered by tests/conftest.py

    return pg_url


pg_url = _postgres_fixture()
WINDOW = ("2025-03-10", "2025-03-12")
LOOSE = 180  # lo = 2024-09-11, hi = 2025-09-08

# (published, day_start, day_end, expected in the window)
ROWS = [
    ("2025-03-11", "2025-03-11", "2025-03-11", True),  # dated inside
    ("2025-03-10", "2025-03-10", "2025-03-10", True),  # dated on the first day
    ("2025-03-09", "2025-03-09", "2025-03-09", False),  # dated the day before
    ("2025-03-13", "2025-03-13", "2025-03-13", False),  # dated the day after
    (None, "2025-01-01", "2025-01-05", True),  # undated, inside the loose window
    (None, "2025-03-05", "2025-03-20", True),  # undated, a fortnight around it
    (None, "2024-06-01", "2024-06-30", False),  # undated, ends before the loose window
    (None, "2020-01-01", "2025-12-31", True),  # undated, wider than any bounded class
    (None, "2023-01-01", "2024-12-31", True),  # two years wide, ends inside the loose window
    (None, "2023-01-01", "2024-08-31", False),  # two years wide, ends before it
    (None, "2025-09-01", "2025-09-08", True),  # starts on the loose window's last day
    (None, "2025-09-09", "2025-09-10", False),  # starts after it
    (None, None, None, False),  # no days at all
]


def _profiled(store, rows):
    """Articles (written in order) with profiles of the given days; their ids in order."""
    from brinkwatch_tests_store_factory import make_result  # loaded by conftest

    ids = []
    for n, (published, start, end, *_rest) in enumerate(rows):
        r = make_result(100 + n)
        store.write(r)
        ids.append(r.article.id)
        with store.transaction() as conn:
            conn.execute(text("UPDATE articles SET published = :p WHERE id = :i"),
                         {"p": published, "i": r.article.id})
            q.save_profile(conn, r.article.id, terms={}, signature=[], reprint_of=None,
                           published_estimate=None, credibility={"flags": []}, claims={},
                           actor_keys=[], day_start=start, day_end=end)
    return ids


def _reference(rows, ids, start, end, exclude, loose):
    lo = (date.fromisoformat(start) - timedelta(days=loose)).isoformat()
    hi = (date.fromisoformat(end) + timedelta(days=loose)).isoformat()
    out = []
    for aid, (published, s, e, *_rest) in zip(ids, rows, strict=True):
        if aid == exclude or s is None:
            continue
        if (s <= end and e >= start) or (published is None and s <= hi and e >= lo):
            out.append(aid)
    return out


def test_articles_of_a_window_dated_exactly_undated_loosely(tmp_path: Path) -> None:
    with open_store(tmp_path / "bw.db") as store:
        ids = _profiled(store, ROWS)
        with store.snapshot() as conn:
            got = q.articles_between(conn, *WINDOW, exclude=ids[0], loose_days=LOOSE)
    want = [aid for aid, row in zip(ids, ROWS, strict=True) if row[3] and aid != ids[0]]
    assert got == want
    assert ids[1] in got and ids[0] not in got  # excluded: the article asking


def test_random_intervals_match_the_definition(tmp_path: Path) -> None:
    rnd = random.Random(8)
    base = date(2025, 1, 1)
    rows = []
    for _ in range(120):
        width = rnd.choice([0, 0, 0, 3, 7, 8, 31, 32, 90, 121, 366, 367, 1000, 1830, 1831, 4000])
        s = base + timedelta(days=rnd.randint(-3000, 900))
        rows.append((s.isoformat() if width == 0 else None, s.isoformat(),
                     (s + timedelta(days=width)).isoformat()))
    with open_store(tmp_path / "bw.db") as store:
        ids = _profiled(store, rows)
        with store.snapshot() as conn:
            for start, end, loose in [("2025-02-01", "2025-02-03", 180),
                                      ("2024-06-01", "2024-06-30", 0),
                                      ("2019-05-01", "2019-05-09", 180),
                                      ("2026-12-01", "2026-12-20", 30)]:
                got = q.articles_between(conn, start, end, ids[5], loose_days=loose)
                want = _reference(rows, ids, start, end, ids[5], loose)
                assert got == want, (start, end, loose)
                assert want  # every window finds some: the comparison is not vacuous


@pytest.mark.parametrize(("start", "end", "cls"), [
    ("2025-01-01", "2025-01-01", 0), ("2025-01-01", "2025-01-08", 1),
    ("2025-01-01", "2025-01-09", 2), ("2025-01-01", "2025-05-01", 3),
    ("2025-01-01", "2026-01-01", 4), ("2025-01-01", "2030-01-01", 5),
    ("2020-01-01", "2030-01-01", 6), (None, "2025-01-01", None)])
def test_span_class(start, end, cls) -> None:
    assert q.span_class(start, end) == cls


def test_the_window_query_reads_the_index_not_the_table(tmp_path: Path) -> None:
    with open_store(tmp_path / "bw.db") as store:
        _profiled(store, ROWS[:3])
        with store.snapshot() as conn:
            names = q._between_stmt().compile(conn).params
            stmt = q._between_stmt().params({k: "2025-01-01" for k in names} | {"exclude": "x"})
            sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = " | ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    # one ranged search of the index per width class, never a scan of a table
    assert plan.count("SEARCH article_profiles USING INDEX ix_article_profiles_span_days "
                      "(day_span=? AND day_start") == len(q.SPAN_CLASSES) + 1
    assert "SCAN" not in plan


def test_old_stores_gain_the_column_filled(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        ids = _profiled(store, ROWS)
        with store.snapshot() as conn:
            expected = q.articles_between(conn, *WINDOW, exclude="none", loose_days=LOOSE)
    version = 1 + next(i for i, m in enumerate(MIGRATIONS) if m.apply.__name__ == "_profile_spans")
    con = sqlite3.connect(path)
    with con:  # back to the store as the previous schema left it
        con.execute("DROP INDEX ix_article_profiles_span_days")
        con.execute("ALTER TABLE article_profiles DROP COLUMN day_span")
        con.execute("DELETE FROM schema_migrations WHERE version >= ?", (version,))
    con.close()
    with open_store(path) as store:
        with store.snapshot() as conn:
            spans = dict(conn.execute(text("SELECT article_id, day_span FROM article_profiles")).all())
            assert q.articles_between(conn, *WINDOW, exclude="none", loose_days=LOOSE) == expected
    assert spans == {aid: q.span_class(s, e) for aid, (_, s, e, _x) in zip(ids, ROWS, strict=True)}
    assert expected and spans[ids[7]] == 6 and spans[ids[0]] == 0


def test_postgresql_gives_the_same_articles_and_migrates_old_stores(pg_url: str) -> None:
    with open_store(pg_url) as store:
        ids = _profiled(store, ROWS)
        with store.snapshot() as conn:
            got = q.articles_between(conn, *WINDOW, exclude="none", loose_days=LOOSE)
        assert got == [aid for aid, row in zip(ids, ROWS, strict=True) if row[3]]
        version = 1 + next(i for i, m in enumerate(MIGRATIONS)
                           if m.apply.__name__ == "_profile_spans")
        with store.transaction() as conn:  # back to the previous schema
            conn.execute(text("DROP INDEX ix_article_profiles_span_days"))
            conn.execute(text("ALTER TABLE article_profiles DROP COLUMN day_span"))
            conn.execute(text("DELETE FROM schema_migrations WHERE version >= :v"), {"v": version})
    with open_store(pg_url) as store:
        with store.snapshot() as conn:
            assert q.articles_between(conn, *WINDOW, exclude="none", loose_days=LOOSE) == got
            spans = dict(conn.execute(text("SELECT article_id, day_span FROM article_profiles")).all())
    assert spans[ids[0]] == 0 and spans[ids[7]] == 6


def test_dirty_stories_read_a_page_at_a_time_give_each_once(tmp_path: Path) -> None:
    # 450 stories, every other one waiting for a rebuild: pages of 100, each cleared before the
    # next is read (as the stage's rebuild does), give the 225 dirty ones once each and none of
    # the clean ones
    with open_store(tmp_path / "bw.db") as store:
        with store.transaction() as conn:
            for n in range(450):
                q.new_story(conn, f"{n:016x}", "force", {"start": "2025-03-10",
                                                         "end": "2025-03-10"})
            clean = [f"{n:016x}" for n in range(0, 450, 2)]
            for c in clean:
                conn.execute(text("UPDATE stories SET dirty = 0 WHERE id = :i"), {"i": c})
        with store.transaction() as conn:
            every = q.dirty_stories(conn)
            pages = []
            while True:
                page = q.dirty_stories(conn, limit=100)
                pages.append(page)
                for sid in page:
                    conn.execute(text("UPDATE stories SET dirty = 0 WHERE id = :i"), {"i": sid})
                if len(page) < 100:
                    break
            left = q.dirty_stories(conn)
    assert [len(p) for p in pages] == [100, 100, 25]
    paged = [sid for p in pages for sid in p]
    assert sorted(paged) == every == sorted(set(every))
    assert len(every) == 225 and not set(every) & set(clean) and left == []
