"""The store keeps event records, and the export contract is applied when they are read."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest

from brinkwatch import contract
from brinkwatch.contract import dumps_event, event_to_export
from brinkwatch.errors import StoreError
from brinkwatch.records import ActorRef, Attribution, Casualty, Completion, Event
from brinkwatch.store import open_store, queries
from brinkwatch.store.codec import (
    ArticleInfo,
    StoredEvent,
    decode,
    dump_event,
    dumps_record,
    encode,
    event_from_export,
    load_event,
    loads_record,
)
from brinkwatch.store.migrations import MIGRATIONS


def _rich(event: Event) -> Event:
    """An event with every optional part filled: casualties, reasons, flags, a speaker."""
    return replace(
        event,
        casualties=(Casualty(kind="killed", count="at least four", low=4, who="guards",
                             source="local police", sentence_index=1, start=3, end=40),),
        reasons=(Completion(role="date", value="2025-10-02", reason="dateline",
                            evidence="BAGHDAD, Oct 2"),),
        attribution=Attribution(kind="named", speaker=ActorRef(name="A Spokesman", kb_id="x_sp",
                                                               text="the spokesman",
                                                               ancestors=("Iraq",)),
                                verb="told", quote="we will respond", hedges=("reportedly",)),
        background=True, assembler="assemble.story.v1",
    )


def test_record_round_trip_is_exact(make_result):
    for event in make_result(3).events:
        for e in (event, _rich(event)):
            assert load_event(dump_event(e)) == e
            assert decode(json.loads(json.dumps(encode(e)))) == e


def test_fast_text_codec_is_the_generic_one(make_result, make_bad):
    for r in (make_result(8), make_bad(2)):
        text = dumps_record(r)
        assert text == json.dumps(encode(r), ensure_ascii=False)
        assert loads_record(text) == decode(json.loads(text)) == r


def test_readers_return_typed_records(store, make_result):
    r = make_result(1)
    store.write(r)
    with store.snapshot() as conn:
        got = list(queries.iter_stored_events(conn))
        one = queries.stored_event_by_id(conn, r.events[0].id[:10])
    assert all(isinstance(s, StoredEvent) for s in got)
    assert {s.event for s in got} == set(r.events)
    assert got[0].article == ArticleInfo(id=r.article.id, origin=r.article.origin,
                                         title=r.article.title, outlet=r.article.outlet,
                                         published=r.article.published, url=r.article.url)
    assert one is not None and one.event == r.events[0]


def test_export_is_what_the_contract_gives_for_the_written_result(store, make_result):
    r = make_result(2)
    store.write(r)
    by_id = {e.id: e for e in r.events}
    for d in store.events():
        assert dumps_event(d) == dumps_event(event_to_export(by_id[d["id"]], r.article))


def test_changing_the_contract_needs_no_reingest(store, make_result, monkeypatch):
    store.write(make_result(4))
    before = store.events()
    assert before and all("schema" not in d for d in before)

    def newer(event, article):  # a later contract adds a field after the existing ones
        return {**event_to_export(event, article), "schema": "v2", "n_spans": len(event.evidence)}

    monkeypatch.setattr(contract, "event_to_export", newer)
    after = store.events()
    assert [d["id"] for d in after] == [d["id"] for d in before]
    assert all(d["schema"] == "v2" and d["n_spans"] == 1 for d in after)
    assert [{k: v for k, v in d.items() if k not in ("schema", "n_spans")} for d in after] == before


def test_article_fields_come_from_the_article_row_at_export(store, db_path, make_result):
    r = make_result(5)
    store.write(r)
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE articles SET title = 'A corrected headline' WHERE id = ?",
                    (r.article.id,))
    con.close()
    assert {d["article"]["title"] for d in store.events()} == {"A corrected headline"}


def test_old_stores_are_converted_and_export_the_same(db_path, make_result):
    """A store written when events.record held the export dict is migrated in place."""
    results = [make_result(6), make_result(7, n_events=2)]
    rich = replace(results[0], events=tuple(_rich(e) for e in results[0].events))
    results[0] = rich
    with open_store(db_path) as s:
        for r in results:
            s.write(r)
        expected = [dumps_event(d) for d in s.events(background=None)]
    # turn the rows back into what an older brinkwatch wrote, and forget the migration
    con = sqlite3.connect(db_path)
    with con:
        for r in results:
            for e in r.events:
                con.execute("UPDATE events SET record = ? WHERE id = ?",
                            (json.dumps(event_to_export(e, r.article), ensure_ascii=False), e.id))
        version = 1 + next(i for i, m in enumerate(MIGRATIONS) if m.apply.__name__ == "_event_records")
        con.execute("DELETE FROM schema_migrations WHERE version = ?", (version,))
    con.close()
    with open_store(db_path) as s:
        assert [dumps_event(d) for d in s.events(background=None)] == expected
        with s.snapshot() as conn:
            stored = {x.event.id: x.event for x in queries.iter_stored_events(conn, background=None)}
    assert stored[rich.events[0].id].casualties == rich.events[0].casualties
    assert stored[rich.events[0].id].assembler == "assemble.story.v1"


@pytest.mark.parametrize("n", [0, 1, 2])
def test_event_from_export_gives_back_the_export(make_result, n):
    r = make_result(n)
    for e in (*r.events, *(_rich(x) for x in r.events)):
        d = event_to_export(e, r.article)
        assert event_to_export(event_from_export(d), r.article) == d


def test_a_row_that_is_not_an_event_is_a_one_line_error():
    with pytest.raises(StoreError, match="migrations"):
        load_event(json.dumps({"__t": "DateRef", "value": None}))
    with pytest.raises(StoreError, match="newer brinkwatch"):
        load_event(json.dumps({"__t": "Gadget"}))
