"""The index of the stories' names (``story_names``): the stage's lookup of the dated stories
of a family that name something (``stories_naming``) gives exactly the stories whose actors,
targets or places hold one of the names, in the order of the family lookup, through the index;
the writers keep the index equal to the features; old stores gain it, filled, and re-running
the migration changes nothing."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from brinkwatch_tests_store_factory import executed_plans  # registered by tests/conftest.py
from sqlalchemy import text

from brinkwatch.records import hash_id
from brinkwatch.store import MIGRATIONS, open_store
from brinkwatch.store import crossref as q
from brinkwatch.store.migrations import apply_migrations

FAMILIES = ("strike", "talks")
POOL = ("kata'ib hezbollah", 'hashd "east" brigade', "ḥadītha", "badr organization", "al-asad base",
        "erbil", "harakat al-nujaba", "kata'ib", "hezbollah", "iraq")


def _features(rnd: random.Random) -> dict[str, Any]:
    """Names in every field a story has; only actors, targets and places count."""
    pick = lambda k: sorted(rnd.sample(POOL, k))  # noqa: E731
    return {"actors": pick(rnd.randint(0, 2)), "targets": pick(rnd.randint(0, 2)),
            "places": pick(rnd.randint(0, 1)), "speakers": pick(1), "context": pick(2),
            "actor_names": ["hezbollah"], "articles": ["a1"]}


def _rows(seed: int, n: int) -> list[dict[str, Any]]:
    rnd = random.Random(seed)
    rows = []
    for k in range(n):
        kind = rnd.random()
        start = f"2024-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"
        dates = {"start": None, "end": None} if kind < 0.15 else \
            {"start": start, "end": start, **({"wide": True} if kind < 0.25 else {})}
        rows.append({"id": hash_id("names-test", str(seed), str(k)),
                     "family": rnd.choice(FAMILIES), "first": None if rnd.random() < 0.2 else
                     f"2026-01-1{rnd.randint(0, 9)}T00:00:00+00:00",
                     "founded": {**_features(rnd), **dates},
                     # later features: names added and names gone (another event's report)
                     "moved": {**_features(rnd), **dates} if rnd.random() < 0.4 else None,
                     "gone": rnd.random() < 0.1})
    return rows


def _store(store, rows: list[dict[str, Any]]) -> None:
    """Through the stage's writers: founded, moved, summarised, deleted."""
    with store.transaction() as conn:
        for r in rows:
            q.new_story(conn, r["id"], r["family"], r["founded"])
            if r["moved"] is not None:
                q.save_story_features(conn, r["id"], r["moved"])
            f = r["moved"] or r["founded"]
            if r["first"] is not None:
                q.save_story(conn, story_id=r["id"], family=r["family"], date_start=f["start"],
                             date_end=f["end"], first_report=r["first"],
                             last_report=r["first"], n_reports=1, n_outlets=1, n_independent=1,
                             contradicted=False, features=f, record={"id": r["id"]})
            if r["gone"]:
                q.delete_story(conn, r["id"])


def _expected(rows: list[dict[str, Any]], family: str, names: set[str]) -> list[str]:
    """The rule, by brute force: dated, not wide, an actor, target or place among the names;
    ordered by first report (NULL first, as SQLite sorts), then id."""
    out = []
    for r in rows:
        f = r["moved"] or r["founded"]
        if r["gone"] or r["family"] != family or not f["start"] or f.get("wide"):
            continue
        if names & {*f["actors"], *f["targets"], *f["places"]}:
            out.append(r)
    return [r["id"] for r in sorted(out, key=lambda r: (r["first"] is not None, r["first"] or "",
                                                       r["id"]))]


def _queries(seed: int) -> list[set[str]]:
    rnd = random.Random(seed)
    return [set(), *({n} for n in POOL), *(set(rnd.sample(POOL, rnd.randint(2, 4)))
                                           for _ in range(20))]


def _lookups(conn) -> list[list[str]]:
    return [[s["id"] for s in q.stories_naming(conn, fam, names)]
            for fam in FAMILIES for names in _queries(3)]


def test_the_lookup_by_names_gives_exactly_the_stories_naming_one(tmp_path: Path) -> None:
    rows = _rows(1, 300)
    with open_store(tmp_path / "n.db") as store:
        _store(store, rows)
        with store.snapshot() as conn:
            found = 0
            for fam in FAMILIES:
                for names in _queries(3):
                    got = q.stories_naming(conn, fam, names)
                    assert [s["id"] for s in got] == _expected(rows, fam, names), (fam, names)
                    found += len(got)
            # the features come back decoded, as stored
            one = q.stories_naming(conn, "strike", {"erbil"})[0]
            assert one["features"] == next(r["moved"] or r["founded"] for r in rows
                                           if r["id"] == one["id"])
    assert found > 300  # not vacuous


def test_names_in_other_fields_or_parts_of_a_name_find_nothing(tmp_path: Path) -> None:
    with open_store(tmp_path / "p.db") as store:
        with store.transaction() as conn:
            q.new_story(conn, "s1", "strike", {"start": "2024-01-01", "end": "2024-01-01",
                                               "actors": ["kata'ib hezbollah"],
                                               "targets": ["al-asad base"], "places": ["ḥadītha"],
                                               "speakers": ["badr organization"],
                                               "context": ["erbil"], "actor_names": ["nujaba"]})
        with store.snapshot() as conn:
            def found(*names: str) -> bool:
                return [s["id"] for s in q.stories_naming(conn, "strike", set(names))] == ["s1"]

            assert found("kata'ib hezbollah") and found("al-asad base") and found("ḥadītha")
            assert found("mosul", "ḥadītha")  # one of several is enough
            assert not found("badr organization")  # a speaker, not an actor: not indexed
            assert not found("erbil") and not found("nujaba")  # context, a name's word
            assert not found("kata'ib") and not found("hezbollah")  # a part of a name
            assert not found()
            assert q.stories_naming(conn, "talks", {"kata'ib hezbollah"}) == []


def test_the_writers_keep_the_index_equal_to_the_features(tmp_path: Path) -> None:
    rows = _rows(2, 200)
    with open_store(tmp_path / "w.db") as store:
        _store(store, rows)
        with store.snapshot() as conn:
            held = set(conn.execute(text("SELECT story_id, name FROM story_names")).tuples())
        with store.transaction() as conn:
            q.clear(conn)
            assert conn.execute(text("SELECT count(*) FROM story_names")).scalar() == 0
    want = {(r["id"], n) for r in rows if not r["gone"]
            for n in q.story_name_keys(r["moved"] or r["founded"])}
    assert held == want
    # stories moved to other names lost the old ones
    assert any(r["moved"] and not r["gone"] and (r["id"], n) not in held
               for r in rows for n in r["founded"]["actors"])


def test_the_lookup_searches_the_names_index(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store:
        _store(store, _rows(4, 40))
        plan = executed_plans(store, lambda c: q.stories_naming(c, "strike", {"erbil", "iraq"}))
    assert "USING COVERING INDEX ix_story_names_name (name=?)" in plan, plan
    assert "SCAN story_names" not in plan, plan


def _version() -> int:
    return 1 + next(i for i, m in enumerate(MIGRATIONS) if m.apply.__name__ == "_story_names")


def test_old_stores_gain_the_index_filled_and_rerunning_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    rows = _rows(5, 150)
    with open_store(path) as store:
        _store(store, rows)
        with store.snapshot() as conn:
            expected = _lookups(conn)
            held = set(conn.execute(text("SELECT story_id, name FROM story_names")).tuples())
        with store.transaction() as conn:  # the store as the migration before left it
            conn.execute(text("DROP TABLE story_names"))
            conn.execute(text("DELETE FROM schema_migrations WHERE version >= :v"),
                         {"v": _version()})
    with open_store(path) as store:
        with store.snapshot() as conn:
            assert _lookups(conn) == expected
            assert set(conn.execute(text("SELECT story_id, name FROM story_names"))
                       .tuples()) == held
        with store.transaction() as conn:
            # a name gone stale and one missing are mended by a re-run, the rest unchanged
            conn.execute(text("INSERT INTO story_names VALUES (:s, 'stale')"),
                         {"s": next(r["id"] for r in rows if not r["gone"])})
            conn.execute(text("DELETE FROM story_names WHERE rowid IN "
                              "(SELECT rowid FROM story_names LIMIT 1)"))
            conn.execute(text("DELETE FROM schema_migrations WHERE version >= :v"),
                         {"v": _version()})
            assert apply_migrations(conn, str(path)) == [_version()]
            assert apply_migrations(conn, str(path)) == []
            assert set(conn.execute(text("SELECT story_id, name FROM story_names"))
                       .tuples()) == held
    assert any(expected) and len(held) > 100
    with closing(sqlite3.connect(path)) as con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "ix_story_names_name" in names
