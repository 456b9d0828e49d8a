"""The pre-aggregated counts (``event_tallies``, migration 7): every count they give equals a
count of the events themselves, and they stay so through re-ingest, delete, prune and the
migration's backfill, on SQLite and on PostgreSQL (BRINKWATCH_TEST_POSTGRES)."""

from __future__ import annotations

import importlib
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import func, select, text

from brinkwatch.analysis.tension import MODALITY_WEIGHT, TensionOptions, tension_series
from brinkwatch.store import SCHEMA_VERSION, Store, browse, open_store, tallies
from brinkwatch.store.browse import EventQuery


def _builder() -> ModuleType:
    import brinkwatch_tests_api_builder  # registered by tests/conftest.py

    return brinkwatch_tests_api_builder


# (query, answered from the tallies?)
QUERIES: list[tuple[EventQuery, bool]] = [
    (EventQuery(), True),
    (EventQuery(types=("ASSAULT",)), True),
    (EventQuery(types=("ASSAULT", "THREATEN"), modality="asserted"), True),
    (EventQuery(modality="alleged"), True),
    (EventQuery(quad=4), True),
    (EventQuery(outlet="Gulf Wire"), True),
    (EventQuery(since="2025-10-01", until="2025-10-31"), True),
    (EventQuery(since="2025-11-01"), True),
    (EventQuery(until="2025-10-31", types=("ASSAULT",)), True),
    (EventQuery(actor_ids=("org_kataib_hezbollah",)), True),
    (EventQuery(target_ids=("state_usa",), since="2025-01-01", until="2025-12-31"), True),
    (EventQuery(actor_ids=("org_kataib_hezbollah",), target_ids=("state_usa",)), True),
    (EventQuery(actor_ids=("nobody",)), True),
    # not from the tallies: the events are counted instead (still exact); several ids on a
    # side (a rollup) are from the tallies too when the store shows they never share an event
    (EventQuery(actor_ids=("state_usa", "org_us_treasury")), False),
    (EventQuery(target_ids=("state_usa", "org_kataib_hezbollah"), types=("ASSAULT",)), False),
    (EventQuery(actor_ids=("state_usa", "org_us_treasury"), target_ids=("org_kataib_hezbollah", "state_irn"),
                since="2025-10-01", until="2025-10-31"), False),
    (EventQuery(actor_ids=("org_irgc", "state_usa"), outlet="Gulf Wire"), False),
    (EventQuery(since="2025-10-15"), False),
    (EventQuery(actor_ids=("org_kataib_hezbollah",), since="2025-10-09", until="2025-10-20"), False),
    (EventQuery(until="2025-10-20"), False),
    (EventQuery(q="rockets"), False),
    (EventQuery(article="0"), False),
    (EventQuery(located=True), False),
    (EventQuery(actor_text="somebody"), False),
]


def scanned(conn: Any, q: EventQuery) -> int:
    """The plain count: the events' own columns and ``event_actors``, no shortcut table."""
    return int(conn.execute(browse._from(q, func.count(), plain=True)).scalar_one())


# a party over a date window: its events read from event_party_days / event_dyads
WINDOWED = [
    EventQuery(actor_ids=("org_kataib_hezbollah",), since="2025-10-09", until="2025-10-20"),
    EventQuery(target_ids=("state_usa",), since="2025-10-12"),
    EventQuery(actor_ids=("state_usa", "org_us_treasury"), until="2025-10-25", types=("SANCTION",)),
    EventQuery(actor_ids=("org_kataib_hezbollah",), target_ids=("state_usa",), since="2025-10-01",
               until="2025-10-17"),
    EventQuery(actor_ids=("org_irgc", "state_irn"), outlet="Gulf Wire", since="2025-09-28",
               until="2025-11-03"),
    EventQuery(actor_ids=(), since="2025-10-01", until="2025-10-31"),
    EventQuery(actor_ids=("org_kataib_hezbollah",), target_text="a convoy", since="2025-10-01"),
    EventQuery(target_ids=("state_usa",), since="2031-01-01"),
]


def tally_rows(conn: Any) -> set[tuple[Any, ...]]:
    t = tallies.event_tallies
    return {tuple(r) for r in conn.execute(select(t).where(t.c.n != 0, t.c.kind != tallies.STAMP_KIND))}


def recounted(conn: Any) -> set[tuple[Any, ...]]:
    """What a rebuild from the events gives (inside a savepoint, then rolled back)."""
    sp = conn.begin_nested()
    tallies.rebuild(conn)
    rows = tally_rows(conn)
    sp.rollback()
    return rows


DYADS = [
    EventQuery(actor_ids=("org_kataib_hezbollah",), target_ids=("state_usa",)),
    EventQuery(actor_ids=("org_kataib_hezbollah",), target_ids=("state_usa",),
               since="2025-10-09", until="2025-10-20"),
    EventQuery(actor_ids=("state_usa", "org_us_treasury"), target_ids=("state_irn", "state_irq")),
    EventQuery(actor_ids=("org_irgc",), target_ids=("state_usa",), since="2025-10-21"),
    EventQuery(actor_ids=("state_usa",), target_ids=("org_kataib_hezbollah",), until="2025-11-30"),
]


def dyads_table(conn: Any) -> set[tuple[Any, ...]]:
    return {tuple(r) for r in conn.execute(select(tallies.event_dyads))}


def party_days_table(conn: Any) -> set[tuple[Any, ...]]:
    return {tuple(r) for r in conn.execute(select(tallies.event_party_days))}


def check_windows(conn: Any) -> None:
    """Every windowed party query gives the plain query's events, counts, facets and pages."""
    e = browse.schema.events.c
    before = party_days_table(conn)
    sp = conn.begin_nested()
    tallies.rebuild_party_days(conn)
    assert party_days_table(conn) == before
    sp.rollback()
    seen = 0
    for q in WINDOWED:
        for b in (q, browse.bounded(conn, q)):
            assert browse._windowed(b) is bool(b.actor_ids or b.target_ids)
            plain = set(conn.execute(browse._from(b, e.id, plain=True)).scalars())
            assert set(conn.execute(browse._from(b, e.id)).scalars()) == plain, b
            seen += len(plain)
        assert browse.count_total(conn, q) == (len(plain), True), q
        assert browse.count_events(conn, q) == len(plain), q
        facets = browse.facets(conn, q, size=100)
        assert sum(f["count"] for f in facets["type"]) == len(plain), q
        for sort in browse.SORTS:  # every page, in the plain query's order
            key, desc = browse._sort_key(sort)
            order = (key.desc(), e.id.desc()) if desc else (key, e.id)
            want = list(conn.execute(browse._from(q, e.id, plain=True).order_by(*order)).scalars())
            assert paged(conn, q, sort, 2) == want, (q, sort)
    assert seen > 0  # the windows hold events


def paged(conn: Any, q: EventQuery, sort: str, limit: int) -> list[str]:
    """The event ids a client gets walking every page of ``q``, cursor after cursor."""
    seen, cursor = [], None
    while True:
        page = browse.list_events(conn, q, sort=sort, limit=limit, cursor=cursor)
        seen += [i["id"] for i in page.items]
        cursor = page.next_cursor
        if cursor is None:
            return seen


def check(store: Store) -> None:
    with store.transaction() as conn:
        assert tally_rows(conn) == recounted(conn)
        before = dyads_table(conn)
        sp = conn.begin_nested()
        tallies.rebuild_dyads(conn)
        assert dyads_table(conn) == before
        sp.rollback()
        for q in DYADS:
            fast = browse.dyad_rows(conn, q)
            assert tallies.dyad_days(conn, q) is not None
            assert sorted(fast, key=repr) == sorted(browse._dyad_rows_scan(conn, q), key=repr), q
        assert tallies.dyad_days(conn, replace(DYADS[0], types=("ASSAULT",))) is None
        check_windows(conn)
        for q in DYADS:  # the tension series from the database's day groups: the same
            groups = browse.dyad_groups(conn, q, MODALITY_WEIGHT)
            if len(q.actor_ids or ()) > 1 or len(q.target_ids or ()) > 1:
                assert groups is None
                continue
            assert groups is not None
            for bucket in ("day", "week"):
                opts = TensionOptions(bucket=bucket)
                want = tension_series(browse._dyad_rows_scan(conn, q), actor="a", target="t",
                                      options=opts, since=q.since, until=q.until)
                got = tension_series(groups, actor="a", target="t", options=opts,
                                     since=q.since, until=q.until)
                assert got == want, (q, bucket)
        for q, alone in QUERIES:
            assert tallies.answerable(q) is alone, q
            from_tallies = tallies.answerable(q, conn)  # a rollup too, when its ids are disjoint
            assert browse.count_events(conn, q) == scanned(conn, q), q
            assert browse.count_total(conn, q) == (scanned(conn, q), True), q
            rows = browse._count_rows(conn, browse.bounded(conn, q))  # a small selection's pass
            for name in browse.FACETS:
                got = tallies.facet_counts(conn, q, name) if from_tallies else rows[name]
                if got is None:
                    continue
                if name in ("type", "modality", "month"):
                    want = browse._scan_type_modality_month(conn, q)[name]
                elif name == "outlet":
                    want = browse._scan_outlets(conn, q, 1000)
                else:
                    want = browse._scan_parties(conn, q, name, 1000)
                want = {k: v for k, v in want.items() if v}
                assert got == want, (q, name)
                if from_tallies:  # the one-pass count agrees too
                    assert rows[name] == want, (q, name)


def stamp(store: Store) -> int:
    with store.transaction() as conn:
        return tallies.stamp(conn)


def exercise(store: Store) -> None:
    """Write, re-ingest with other events, delete: the tallies follow at every step."""
    b = _builder()
    results = b.results()
    stamps = [stamp(store)]
    for r in results:
        store.write(r)
    check(store)
    stamps.append(stamp(store))
    assert store.write(results[1]) == "unchanged"
    assert stamp(store) == stamps[-1]  # nothing written: the API's cached answers stay

    def assaults(rs: list[Any]) -> int:
        return sum(e.type == "ASSAULT" for r in rs for e in r.events)

    with store.transaction() as conn:
        assert browse.count_events(conn, EventQuery(types=("ASSAULT",))) == assaults(results) > 6
    # a new extractor version codes the first article with fewer events: the old ones go
    first = results[0]
    fewer = replace(first, events=first.events[:3], extractors=(*first.extractors[:1], "events.rules.v9"))
    assert store.write(fewer) == "updated"
    check(store)
    stamps.append(stamp(store))
    with store.transaction() as conn:
        n = browse.count_events(conn, EventQuery(types=("ASSAULT",)))
    assert n == assaults([fewer, *results[1:]]) < assaults(results)
    store.delete([first.article.id])
    check(store)
    stamps.append(stamp(store))
    with store.transaction() as conn:  # a rebuild after a bulk load moves it too
        tallies.rebuild(conn)
    stamps.append(stamp(store))
    assert stamps == sorted(set(stamps)), stamps  # every write moved the stamp forward
    with store.transaction() as conn:
        assert browse.count_events(conn, EventQuery(types=("ASSAULT",))) == assaults(results[1:])
        assert browse.count_events(conn, EventQuery()) == scanned(conn, EventQuery()) > 0


@pytest.mark.parametrize(("query", "from_tallies"), QUERIES)
def test_answerable_table(query: EventQuery, from_tallies: bool) -> None:
    assert tallies.answerable(query) is from_tallies


def test_tallies_follow_writes_reingest_and_delete(tmp_path: Path) -> None:
    with open_store(tmp_path / "t.db") as store:
        exercise(store)


def test_prune_takes_the_events_out_of_the_tallies(tmp_path: Path) -> None:
    from brinkwatch.store.maintenance import prunable

    b = _builder()
    with open_store(tmp_path / "p.db") as store:
        results = []
        for i, r in enumerate(b.results()):  # every article read from a file of its own
            src = tmp_path / f"a{i}.txt"
            src.write_text("x")
            results.append(replace(r, article=replace(r.article, origin=str(src))))
        gone, kept = results[0], results[1:]
        for r in results:
            store.write(r)
        Path(gone.article.origin).unlink()
        stale = prunable(store)
        assert [r.id for r in stale] == [gone.article.id]
        store.delete([r.id for r in stale])
        check(store)
        with store.transaction() as conn:
            assert browse.count_events(conn, EventQuery()) == sum(len(r.events) for r in kept
                                                                  if r.events)


@pytest.mark.parametrize("back_to", [6, 12])
def test_migration_backfills_an_existing_database(tmp_path: Path, back_to: int) -> None:
    from sqlalchemy import inspect

    path = tmp_path / "old.db"
    with open_store(path) as store:
        for r in _builder().results():
            store.write(r)
        with store.transaction() as conn:
            before = tally_rows(conn)
            dyads = dyads_table(conn)
            parties = party_days_table(conn)
            assert before and dyads and parties
            if back_to == 6:  # the database as schema 6 left it: no tallies, no dyads
                conn.execute(text("DROP TABLE event_tallies"))
                conn.execute(text("DROP TABLE event_dyads"))
            else:  # as schema 12 left it: no actor index of the tallies
                conn.execute(text("DROP INDEX ix_event_tallies_actor"))
            conn.execute(text("DROP TABLE event_party_days"))  # and no party days either way
            conn.execute(text(f"DELETE FROM schema_migrations WHERE version > {back_to}"))
    with open_store(path) as store:  # migrates: 7, 8 and 13 build and backfill the tables
        assert store.schema_version() == SCHEMA_VERSION
        with store.transaction() as conn:
            assert tally_rows(conn) == before
            assert dyads_table(conn) == dyads
            assert party_days_table(conn) == parties
            assert "ix_event_tallies_actor" in {i["name"] for i in inspect(conn).get_indexes("event_tallies")}
        check(store)


def test_a_rollup_is_counted_from_the_tallies_while_no_event_has_two_of_its_ids(tmp_path: Path) -> None:
    results = _builder().results()
    usa = EventQuery(actor_ids=("state_usa", "org_us_treasury"))  # "United States", rolled up
    with open_store(tmp_path / "r.db") as store:
        for r in results:
            store.write(r)
        with store.transaction() as conn:
            assert tallies.answerable(usa, conn) and not tallies.answerable(usa)
            assert browse.count_total(conn, usa) == (scanned(conn, usa), True) == (2, True)
        # re-coded: the Treasury's sanction now names the United States as an actor too
        second = results[1]
        sanction = second.events[-1]
        assert [a.kb_id for a in sanction.actors] == ["org_us_treasury"]
        both = replace(sanction, actors=(*sanction.actors, replace(
            sanction.actors[0], kb_id="state_usa", name="United States", text="United States")))
        assert store.write(replace(second, events=(*second.events[:-1], both),
                                   extractors=(*second.extractors[:1], "events.rules.v9"))) == "updated"
        check(store)
        with store.transaction() as conn:
            assert not tallies.answerable(usa, conn)  # summed, that event would count twice
            assert browse.count_total(conn, usa) == (scanned(conn, usa), True) == (2, True)
            assert tallies.answerable(EventQuery(target_ids=("state_usa", "org_kataib_hezbollah")), conn)


def test_list_total_is_exact_or_marked_as_a_lower_bound(tmp_path: Path) -> None:
    with open_store(tmp_path / "c.db") as store:
        for r in _builder().results():
            store.write(r)
        with store.transaction() as conn:
            exact = browse.list_events(conn, EventQuery(q="fired"), limit=2)
            assert (exact.total, exact.total_exact) == (scanned(conn, EventQuery(q="fired")), True)
            assert exact.total > 3
            assert browse.count_total(conn, EventQuery(q="fired"), cap=3) == (3, False)
            assert browse.count_total(conn, EventQuery(types=("ASSAULT",)), cap=3) == (11, True)
            assert browse.count_total(conn, EventQuery(q="no such words"), cap=3) == (0, True)


# the fixture of test_postgres.py (registered by tests/conftest.py)
pg_url = importlib.import_module("brinkwatch_tests_store_postgres").pg_url


def test_tallies_on_postgresql(pg_url: str) -> None:
    with open_store(pg_url) as store:
        exercise(store)


def test_pages_are_the_same_whichever_plan_finds_them(tmp_path: Path) -> None:
    """A frequent party is probed along the sort order, a rare one gathered first: the same
    pages either way, cursor after cursor."""
    with open_store(tmp_path / "plan.db") as store:
        for r in _builder().results():
            store.write(r)
        with store.transaction() as conn:
            dense = EventQuery(actor_ids=("org_kataib_hezbollah",))
            assert browse._probe(conn, dense, page=True) is True
            assert browse._probe(conn, EventQuery(actor_ids=("nobody",)), page=True) is False
            assert browse._probe(conn, EventQuery(types=("ASSAULT",)), page=True) is False  # no party
            assert browse._probe(conn, replace(dense, since="2025-10-01"), page=True) is False
            # a window: a page of a frequent party walks it; a count walks it only when it
            # holds no more events than the party (here the party's 10 of the window's 13)
            window = browse.bounded(conn, replace(dense, since="2025-10-09", until="2025-10-20"))
            assert (tallies.party_size(conn, window), tallies.window_size(conn, window)) == (10, 13)
            assert browse._probe(conn, window, page=True) is True
            assert browse._probe(conn, window) is False
            assert browse._probe(conn, replace(window, actor_ids=("nobody",))) is False
            assert 0.5 < tallies.share(conn, dense) <= 1.0
            for q in (dense, EventQuery(target_ids=("state_usa",), types=("ASSAULT",)),
                      EventQuery(actor_ids=("org_kataib_hezbollah", "org_irgc"),
                                 target_ids=("state_usa",)),
                      EventQuery(actor_ids=("state_usa", "org_us_treasury"))):
                for sort in browse.SORTS:
                    key, desc = browse._sort_key(sort)
                    e = browse.schema.events.c
                    order = (key.desc(), e.id.desc()) if desc else (key, e.id)
                    plans = [[r[0] for r in conn.execute(browse._from(q, e.id, probe=p).order_by(*order))]
                             for p in (True, False)]
                    assert plans[0] == plans[1]
                    # and the pages a client walks give them all, in that order
                    seen = paged(conn, q, sort, 3)
                    assert seen == plans[0] and seen


def test_counts_made_at_write_equal_a_recount_for_shared_and_missing_parties(tmp_path: Path) -> None:
    """The writer counts an article's tally rows from the rows it writes; a recount from the
    tables gives the same rows when an event has several actors and targets (one KB id given
    twice, one reference without an id), when an event has no party with an id, and when
    the article has no outlet, the event no date and no quad."""
    from brinkwatch.records import ActorRef, DateRef

    first = _builder().results()[0]
    one, two, three = first.events[:3]
    both = replace(one, actors=(*one.actors, ActorRef(name="A militia", kb_id="org_x", text="a militia"),
                                one.actors[0], ActorRef(name=None, kb_id=None, text="gunmen")),
                   targets=(*one.targets, ActorRef(name="A base", kb_id="fac_y", text="the base")),
                   quad=None, date=DateRef(value=None, precision=None, text=None))
    nobody = replace(two, actors=(ActorRef(name=None, kb_id=None, text="unknown gunmen"),),
                     targets=())
    plain = replace(first, article=replace(first.article, outlet=None),
                    events=(both, nobody, three))
    with open_store(tmp_path / "m.db") as store:
        store.write(plain)
        with store.transaction() as conn:
            rows = tally_rows(conn)
            assert rows == recounted(conn)
            t = tallies.event_tallies.c
            # the event with two actor ids and two target ids: four 'at' rows, no outlet, no month
            pairs = {(r[1], r[2]) for r in rows if r[0] == "at" and r[5] == one.type
                     and r[3] == "" and r[8] == ""}
            assert pairs == {(a, g) for a in (one.actors[0].kb_id, "org_x")
                             for g in (one.targets[0].kb_id, "fac_y")}
            everything = conn.execute(select(func.sum(t.n)).where(t.kind == "")).scalar_one()
            assert everything == 3

