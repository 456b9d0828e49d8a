"""The store on a real PostgreSQL server (set BRINKWATCH_TEST_POSTGRES; .ci/run does).

Every test works in a schema of its own, dropped afterwards, so runs never collide.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from brinkwatch.store import open_store, schema
from brinkwatch.store.migrations import SCHEMA_VERSION

ENV = "BRINKWATCH_TEST_POSTGRES"
FACTORY_DIR = Path(__file__).parent
BIN = [sys.executable, "-m", "brinkwatch.cli"]
TABLES = (schema.articles, schema.sentences, schema.mentions, schema.actors, schema.events,
          schema.event_actors, schema.attributions, schema.evidence)


def _server_url() -> str:
    url = os.environ.get(ENV)
    if not url:
        pytest.skip(f"no PostgreSQL: set {ENV}=postgresql+psycopg://USER@HOST:PORT/DB to run")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL whose search_path is a fresh schema (dropped at the end)."""
    import psycopg

    base = make_url(_server_url())
    name = f"bw_test_{uuid.uuid4().hex[:12]}"
    plain = base.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        admin = psycopg.connect(plain, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"{ENV} is set but the server cannot be reached: {exc}")
    admin.execute(f'CREATE SCHEMA "{name}"')
    try:
        yield base.update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(
            hide_password=False)
    finally:
        admin.execute(f'DROP SCHEMA "{name}" CASCADE')
        admin.close()


def counts(store) -> dict[str, int]:
    with store._read() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in TABLES}


def test_migrations_and_reopen(pg_url):
    with open_store(pg_url) as store:
        assert store.schema_version() == SCHEMA_VERSION
    with open_store(pg_url) as store:  # re-opening applies nothing twice
        with store._read() as conn:
            n = conn.execute(select(func.count()).select_from(schema.schema_migrations)).scalar()
        assert n == SCHEMA_VERSION
    with open_store(pg_url, readonly=True) as ro:
        assert ro.schema_version() == SCHEMA_VERSION


def test_plain_postgresql_url_uses_the_installed_driver(pg_url):
    url = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with open_store(url) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert "psycopg" in store._engine.dialect.driver


def test_same_answers_as_sqlite(pg_url, tmp_path, make_result, make_bad):
    results = [make_result(n) for n in range(5)] + [make_bad(1)]
    with open_store(pg_url) as pg, open_store(tmp_path / "s.db") as lite:
        for r in results:
            assert pg.write(r) == lite.write(r) == "new"
        assert pg.write(results[0]) == "unchanged"
        assert pg.events() == lite.events()
        assert len(pg.events()) == 15
        assert pg.events(actor="Iran", since="2025-10-01") == lite.events(actor="Iran",
                                                                          since="2025-10-01")
        assert [a.id for a in pg.articles()] == [a.id for a in lite.articles()]
        assert pg.status_counts() == lite.status_counts()
        assert pg.actor_counts() == lite.actor_counts()
        ev = pg.events()[0]
        assert pg.event(ev["id"][:10]) == lite.event(ev["id"][:10])
        a, b = io.StringIO(), io.StringIO()
        assert pg.export(a, format="csv") == lite.export(b, format="csv") == 15
        assert a.getvalue() == b.getvalue()


def test_a_new_extractor_version_replaces_derived_rows(pg_url, make_result):
    with open_store(pg_url) as store:
        store.write(make_result(3))
        before = counts(store)
        assert store.write(make_result(3, extractors=("actors.kb.v2", "events.rules.v1"))) == "updated"
        assert counts(store) == before


def test_readers_do_not_block_writers(pg_url, make_result):
    with open_store(pg_url) as writer, open_store(pg_url, readonly=True) as reader:
        writer.write(make_result(0))
        with reader._read() as conn:  # an open read transaction
            seen = conn.execute(select(func.count()).select_from(schema.articles)).scalar()
            assert writer.write(make_result(1)) == "new"  # does not wait for the reader
            again = conn.execute(select(func.count()).select_from(schema.articles)).scalar()
        assert seen == again == 1  # the reader kept its snapshot
        assert reader.status_counts() == {"ok": 2}


_WRITER = """
import random, sys
sys.path.insert(0, sys.argv[1])
from factory import make_result
from brinkwatch.store import open_store
url, seed = sys.argv[2], int(sys.argv[3])
order = list(range(40))
random.Random(seed).shuffle(order)
with open_store(url) as store:
    outcomes = [store.write(make_result(n)) for n in order]
print(outcomes.count("new"), outcomes.count("unchanged"))
"""


def test_concurrent_writers_never_double_anything(pg_url, tmp_path, make_result):
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(FACTORY_DIR), pg_url, str(s)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for s in range(4)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outs]
    new = sum(int(out.split()[0]) for out, _ in outs)
    assert new == 40  # each article written once, whoever got there first
    with open_store(pg_url) as store, open_store(tmp_path / "one.db") as single:
        for n in range(40):
            single.write(make_result(n))
        assert counts(store) == counts(single)

        def by_id(rows):
            return sorted(rows, key=lambda r: r["id"])

        assert by_id(store.events()) == by_id(single.events())  # order: who wrote first


@pytest.mark.slow
def test_every_command_works_on_postgresql(pg_url, tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Militia fighters attacked a US base in western Iraq on Monday, officials said.\n"
        "Iran condemned the United States for the strike on its allies.\n")
    env = {**os.environ, "BRINKWATCH_PROGRESS": "never"}

    def run(*args: str) -> str:
        proc = subprocess.run([*BIN, "--db", pg_url, *args], env=env, capture_output=True,
                              text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    assert "1 new" in run("ingest", str(corpus))
    assert "1 unchanged" in run("ingest", str(corpus))
    assert "ok" in run("articles")
    events = run("events", "--format", "jsonl").splitlines()
    assert events
    assert run("export", "--format", "jsonl").splitlines() == events
    assert run("briefing")
    assert run("actors")


def test_watch_state_round_trips(pg_url):
    from brinkwatch.store.feeds import FeedState, feed_state, mark_item, save_feed_state, seen_items

    with open_store(pg_url) as store:
        with store.transaction() as conn:
            save_feed_state(conn, FeedState(url="https://f.example/rss", etag='"v1"', failures=2))
            save_feed_state(conn, FeedState(url="https://f.example/rss", etag='"v2"'))
            mark_item(conn, "https://f.example/rss", "https://f.example/a", "abc")
            mark_item(conn, "https://f.example/rss", "https://f.example/a", "abc")  # no error
        with store.snapshot() as conn:
            state = feed_state(conn, "https://f.example/rss")
            assert (state.etag, state.failures) == ('"v2"', 0)
            assert seen_items(conn, ["https://f.example/a", "https://f.example/b"]) == {
                "https://f.example/a"}
