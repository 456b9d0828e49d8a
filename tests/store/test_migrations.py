from __future__ import annotations

import importlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from brinkwatch.errors import StoreError
from brinkwatch.store import MIGRATIONS, SCHEMA_VERSION, open_store
from brinkwatch.store.migrations import Migration, apply_migrations, current_version


def test_migrations_recorded(db_path):
    open_store(db_path).close()
    with closing(sqlite3.connect(db_path)) as con, con:
        rows = con.execute("SELECT version, name, applied_at FROM schema_migrations ORDER BY version").fetchall()
    assert [(v, n) for v, n, _ in rows] == [(i, m.name) for i, m in enumerate(MIGRATIONS, 1)]
    assert all(at.startswith("20") for _, _, at in rows)


def test_reopen_applies_nothing_and_keeps_data(db_path, make_result):
    with open_store(db_path) as s:
        s.write(make_result(1))
    with open_store(db_path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert len(s.events()) == 3
    with closing(sqlite3.connect(db_path)) as con, con:
        assert con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == SCHEMA_VERSION


def test_pragmas(db_path):
    open_store(db_path).close()
    with closing(sqlite3.connect(db_path)) as con, con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {"articles", "sentences", "mentions", "actors", "events", "event_actors",
              "attributions", "evidence", "schema_migrations"}
    with closing(sqlite3.connect(db_path)) as con, con:
        got = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        idx = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert tables <= got
    assert {"ix_events_type", "ix_events_date_value", "ix_event_actors_kb_id",
            "ix_event_actors_name", "ix_mentions_article_id", "ix_mentions_kb_id"} <= idx


def test_newer_schema_is_refused(db_path):
    open_store(db_path).close()
    newer = SCHEMA_VERSION + 1
    with closing(sqlite3.connect(db_path)) as con, con:
        con.execute("INSERT INTO schema_migrations VALUES (?, 'from the future', '2030-01-01')", (newer,))
    msg = rf"the database at .*brinkwatch.db was written by a newer brinkwatch \(schema {newer} > {SCHEMA_VERSION}\); upgrade brinkwatch"
    with pytest.raises(StoreError, match=msg):
        open_store(db_path)
    with pytest.raises(StoreError, match=msg):
        open_store(db_path, readonly=True)


def test_missing_migrations_applied_in_order(tmp_path):
    calls: list[str] = []

    def step(name: str) -> Migration:
        def apply(conn) -> None:
            calls.append(name)
            conn.execute(text(f"CREATE TABLE t_{name} (x INTEGER)"))
        return Migration(name=name, apply=apply)

    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.begin() as conn:
        assert apply_migrations(conn, "m.db", [step("a")]) == [1]
    with engine.begin() as conn:
        assert apply_migrations(conn, "m.db", [step("a"), step("b"), step("c")]) == [2, 3]
        assert current_version(conn) == 3
    with engine.begin() as conn:
        assert apply_migrations(conn, "m.db", [step("a"), step("b"), step("c")]) == []
    engine.dispose()
    assert calls == ["a", "b", "c"]


def test_failing_migration_leaves_database_unchanged(tmp_path):
    def boom(conn) -> None:
        conn.execute(text("CREATE TABLE half (x INTEGER)"))
        raise RuntimeError("migration failed")

    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with pytest.raises(RuntimeError), engine.begin() as conn:
        apply_migrations(conn, "m.db", [Migration(name="boom", apply=boom)])
    with engine.connect() as conn:
        assert current_version(conn) == 0
    engine.dispose()


@pytest.mark.parametrize(("target", "message"), [
    ("missing/none.db", "no database at"),
])
def test_readonly_missing_file(tmp_path, target, message):
    with pytest.raises(StoreError, match=message):
        open_store(tmp_path / target, readonly=True)


def test_readonly_old_schema_asks_for_write_open(db_path):
    db_path.parent.mkdir(parents=True)
    sqlite3.connect(db_path).close()  # empty database file, schema 0
    with pytest.raises(StoreError, match="open it once for writing"):
        open_store(db_path, readonly=True)


@pytest.mark.parametrize(("target", "message"), [
    ("mysql://user@host/db", "unsupported database 'mysql'"),
    ("not a url://", "neither a file path nor a database URL"),
])
def test_bad_targets(target, message):
    with pytest.raises(StoreError, match=message):
        open_store(target)


def test_sqlite_url_and_str_path(tmp_path: Path, make_result):
    url = f"sqlite:///{tmp_path / 'u.db'}"
    with open_store(url) as s:
        s.write(make_result(1))
    with open_store(str(tmp_path / "u.db"), readonly=True) as s:
        assert len(s.events()) == 3


def test_unwritable_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="choose a writable path"):
        open_store(blocker / "db.sqlite")


def _origin_plan(conn) -> str:
    """The plan of the writer's replace-by-origin lookup (the statement it runs)."""
    from sqlalchemy import select

    from brinkwatch.store import schema

    a = schema.articles.c
    stmt = select(a.id).where(a.origin == "feeds/wire.jsonl#12")
    sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
    prefix = "EXPLAIN QUERY PLAN " if conn.dialect.name == "sqlite" else "EXPLAIN "
    return " | ".join(str(r[-1]) for r in conn.exec_driver_sql(prefix + sql))


def _write_origins(store, make_result, n: int) -> None:
    from dataclasses import replace

    for i in range(n):
        r = make_result(i)
        store.write(replace(r, article=replace(r.article, origin=f"feeds/wire.jsonl#{i}")))


def test_replace_by_origin_searches_the_origin_index(db_path, make_result):
    with open_store(db_path) as store:
        _write_origins(store, make_result, 3)
        with store.snapshot() as conn:
            plan = _origin_plan(conn)
    assert "USING INDEX ix_articles_origin (origin=?)" in plan or \
        "USING COVERING INDEX ix_articles_origin (origin=?)" in plan, plan
    assert "SCAN" not in plan


def test_old_store_gains_the_origin_index_and_keeps_its_articles(db_path, make_result):
    with open_store(db_path) as store:
        _write_origins(store, make_result, 3)
    version = 1 + next(i for i, m in enumerate(MIGRATIONS) if m.apply.__name__ == "_origin_index")
    with closing(sqlite3.connect(db_path)) as con, con:  # the store as migration 11 left it
        con.execute("DROP INDEX ix_articles_origin")
        con.execute("DELETE FROM schema_migrations WHERE version >= ?", (version,))
    with open_store(db_path) as store:
        with store.snapshot() as conn:
            before = _origin_plan(conn)
        assert len(store.articles()) == 3
    with closing(sqlite3.connect(db_path)) as con, con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        recorded = con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
    assert "ix_articles_origin" in names and "ix_articles_origin" in before
    assert recorded == SCHEMA_VERSION
    # applying it again (a store that already has the index) changes nothing
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        MIGRATIONS[version - 1].apply(conn)
    engine.dispose()


pg_url = importlib.import_module("brinkwatch_tests_store_postgres").pg_url


def test_origin_index_on_postgresql(pg_url, make_result):
    with open_store(pg_url) as store:
        _write_origins(store, make_result, 3)
        with store.snapshot() as conn:
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # 3 rows: force the choice
            plan = _origin_plan(conn)
    assert "ix_articles_origin" in plan, plan
