from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from brinkwatch.contract import event_to_export
from brinkwatch.errors import StoreError
from brinkwatch.records import ArticleResult, ArticleStatus
from brinkwatch.store import open_store, schema

TABLES = (schema.articles, schema.sentences, schema.mentions, schema.actors, schema.events,
          schema.event_actors, schema.attributions, schema.evidence)


def row_counts(path: Path) -> dict[str, int]:
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        out = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
               for t in TABLES}
    engine.dispose()
    return out


def test_roundtrip_events_equal_export(store, make_result):
    result = make_result(1)
    assert store.write(result) == "new"
    expected = [event_to_export(e, result.article) for e in result.events]
    assert store.events() == expected


def test_article_text_and_offsets_kept(store, make_result):
    result = make_result(2)
    store.write(result)
    ev = store.events()[0]
    assert result.article.text[ev["evidence"]["start"]:ev["evidence"]["end"]] == ev["evidence"]["sentence"]
    [row] = store.articles()
    assert (row.id, row.n_sentences, row.n_events, row.status) == (
        result.article.id, len(result.sentences), len(result.events), "ok")
    assert row.title == "Report 2" and row.size == result.article.size


def test_write_twice_is_unchanged(store, db_path, make_result):
    result = make_result(3)
    assert store.write(result) == "new"
    before = row_counts(db_path)
    assert store.write(result) == "unchanged"
    assert row_counts(db_path) == before
    assert before["events"] == 3 and before["evidence"] == 3 and before["event_actors"] == 6


def test_new_extractor_version_replaces_derived_rows(store, db_path, make_result):
    store.write(make_result(4))
    before = row_counts(db_path)
    v2 = make_result(4, extractors=("actors.kb.v1", "events.rules.v2"), n_events=2)
    assert store.write(v2) == "updated"
    after = row_counts(db_path)
    assert after["articles"] == 1
    assert after["events"] == 2 and after["evidence"] == 2 and after["attributions"] == 2
    assert after["sentences"] == before["sentences"]
    assert {e["extractor"] for e in store.events()} == {"events.rules.v2"}
    assert store.write(v2) == "unchanged"


def test_update_keeps_first_seen(store, db_path, make_result):
    store.write(make_result(5))
    engine = create_engine(f"sqlite:///{db_path}")
    q = select(schema.articles.c.first_seen, schema.articles.c.updated_at)
    with engine.connect() as conn:
        first, _ = conn.execute(q).one()
    store.write(make_result(5, extractors=("x.v2",)))
    with engine.connect() as conn:
        first2, updated2 = conn.execute(q).one()
    engine.dispose()
    assert first2 == first and updated2 > first


@pytest.mark.parametrize(("status", "done"), [
    (ArticleStatus.NOT_ENGLISH, True), (ArticleStatus.EMPTY, True),
    (ArticleStatus.TOO_LARGE, True), (ArticleStatus.NOT_TEXT, True),
    (ArticleStatus.FAILED, False),
])
def test_bad_article_stored_with_status(store, make_bad, status, done):
    bad = make_bad(1, status)
    assert store.write(bad) == "new"
    [row] = store.articles(status=str(status))
    assert row.reason == bad.article.reason and row.n_events == 0
    assert store.status_counts() == {str(status): 1}
    assert store.is_done(bad.article.id, bad.extractors) is done


def test_processing_error_recorded_as_failed_then_fixed(store, make_result):
    good = make_result(6)
    failed = ArticleResult(article=good.article, extractors=good.extractors, error="boom: parser crashed")
    assert store.write(failed) == "new"
    [row] = store.articles()
    assert (row.status, row.reason) == ("failed", "boom: parser crashed")
    assert not store.is_done(good.article.id, good.extractors)  # a rerun retries failures
    assert store.write(good) == "updated"
    assert store.status_counts() == {"ok": 1}


@pytest.mark.parametrize(("extractors", "done"), [
    (("actors.kb.v1", "events.rules.v1"), True),
    (("actors.kb.v1", "events.rules.v2"), False),
    (("actors.kb.v1",), False),
    ((), False),
])
def test_is_done(store, make_result, extractors, done):
    result = make_result(7)
    store.write(result)
    assert store.is_done(result.article.id, extractors) is done
    assert store.is_done("0" * 16, result.extractors) is False


def test_duplicate_events_in_one_result_written_once(store, db_path, make_result):
    r = make_result(8)
    dup = ArticleResult(article=r.article, sentences=r.sentences, mentions=r.mentions + r.mentions,
                        events=r.events + r.events[:1], extractors=r.extractors)
    assert store.write(dup) == "new"
    assert row_counts(db_path)["events"] == 3 and len(store.events()) == 3


def test_event_of_other_article_is_a_store_error(store, make_result):
    a, b = make_result(9), make_result(10)
    mixed = ArticleResult(article=a.article, events=b.events, extractors=a.extractors)
    with pytest.raises(StoreError, match="cannot store article"):
        store.write(mixed)
    assert store.articles() == []  # the transaction rolled back


def test_actors_table_records_seen_actors(store, db_path, make_result):
    store.write(make_result(11))
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        rows = dict(conn.execute(select(schema.actors.c.kb_id, schema.actors.c.sector)).all())
    engine.dispose()
    assert rows == {"kataib_hezbollah": "MIL", "usa": "GOV", "irn": "GOV", "irq_pm": "GOV"}


def test_readonly_store_refuses_to_write(db_path, make_result):
    open_store(db_path).close()
    with open_store(db_path, readonly=True) as ro, pytest.raises(StoreError, match="read-only"):
        ro.write(make_result(12))


def test_near_duplicate_candidates_share_a_band_key(store, make_result):
    # coded articles are found by any one of their band keys, oldest first; an article that
    # shares no key, or one whose coding failed, is never a candidate
    from dataclasses import replace

    results = [make_result(i) for i in range(4)]
    keys = {0: ["0:aa", "1:bb"], 1: ["0:cc", "1:bb"], 2: ["0:dd", "1:ee"], 3: ["0:aa", "1:ff"]}
    for i, r in enumerate(results):
        if i == 3:
            r = replace(r, error="the parser crashed")
        store.write_versioned(r, fingerprint=(f"sig{i}", keys[i]))
    ids = [r.article.id for r in results]
    assert [c[0] for c in store.near_duplicate_candidates(["1:bb"])] == ids[:2]
    assert [(c[0], c[2]) for c in store.near_duplicate_candidates(["0:aa", "9:zz"])] == [
        (ids[0], "sig0")]
    assert store.near_duplicate_candidates(["1:ee"])[0][0] == ids[2]
    assert store.near_duplicate_candidates(["9:zz"]) == []
    assert store.near_duplicate_candidates([]) == []
    # with ``keep``, only the articles whose stored signature it accepts (still oldest first)
    assert [c[0] for c in store.near_duplicate_candidates(
        ["0:aa", "1:bb", "1:ee"], keep=lambda s: s != "sig1")] == [ids[0], ids[2]]
    assert store.near_duplicate_candidates(["1:bb"], keep=lambda s: False) == []
