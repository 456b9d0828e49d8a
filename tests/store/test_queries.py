from __future__ import annotations

import pytest

from brinkwatch.errors import StoreError


@pytest.fixture
def filled(store, make_result, make_bad):
    results = [make_result(n, origin=f"feeds/{'reuters' if n % 2 else 'ap'}/story-{n}.html")
               for n in range(4)]
    for r in results:
        store.write(r)
    store.write(make_bad(1))
    return store, results


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, 12),
    ({"type": "ASSAULT"}, 4),
    ({"type": "assault"}, 4),
    ({"type": "PROTEST"}, 0),
    ({"actor": "Kata'ib Hezbollah"}, 4),        # canonical name
    ({"actor": "kata'ib hezbollah"}, 4),        # case-insensitive
    ({"actor": "KATAIB_HEZBOLLAH"}, 4),         # kb id
    ({"actor": "Iran"}, 4),                     # as target
    ({"actor": "envoys"}, 4),                   # surface text of an unknown target
    ({"actor": "Hezbollah"}, 0),                # no partial name match
    ({"actor": "United States"}, 8),            # actor in THREATEN, target in ASSAULT
    ({"since": "2025-11-01"}, 4),               # only the November (month) events
    ({"since": "2025-11"}, 4),
    ({"until": "2025-10"}, 4),                  # October days; undated events excluded
    ({"since": "2025-10-03", "until": "2025-10-04"}, 2),
    ({"since": "2025"}, 8),                     # every dated event
    ({"since": "2026"}, 0),
    ({"doc": "reuters"}, 6),                    # origin substring, case-insensitive
    ({"doc": "REUTERS/story-1"}, 3),
    ({"doc": "nowhere"}, 0),
    ({"type": "ASSAULT", "doc": "ap/"}, 2),
    ({"limit": 5}, 5),
    ({"actor": "Iran", "type": "ASSAULT"}, 0),
])
def test_event_filters(filled, filters, expected):
    store, _ = filled
    assert len(store.events(**filters)) == expected


def test_doc_matches_article_id_prefix(filled):
    store, results = filled
    art = results[2].article
    got = store.events(doc=art.id[:6])
    assert {e["article"]["id"] for e in got} == {art.id}


def test_events_in_article_then_text_order(filled):
    store, results = filled
    got = [(e["article"]["id"], e["evidence"]["start"]) for e in store.events()]
    assert [a for a, _ in got[::3]] == [r.article.id for r in results]
    assert got == sorted(got, key=lambda t: ([r.article.id for r in results].index(t[0]), t[1]))


@pytest.mark.parametrize("bad", ["yesterday", "2025-13", "10/09/2025"])
def test_bad_date_filter_says_what_to_give(filled, bad):
    store, _ = filled
    with pytest.raises(StoreError, match="ISO date like 2025-10-09"):
        store.events(since=bad)


def test_event_by_id_and_prefix_with_context(filled):
    store, results = filled
    r = results[0]
    target = r.events[1]
    full = store.event(target.id)
    assert full is not None and full["id"] == target.id
    assert store.event(target.id[:8])["id"] == target.id
    ctx = full["context"]
    assert ctx["sentence"] == r.sentences[2].text
    assert ctx["before"] == r.sentences[1].text and ctx["after"] == r.sentences[3].text
    assert r.sentences[2].text in full["article_text_excerpt"]
    assert store.event("ffffffffffffffff0") is None


def test_ambiguous_event_prefix(filled):
    store, _ = filled
    with pytest.raises(StoreError, match="give more characters"):
        store.event("")


def test_articles_and_status_counts(filled):
    store, results = filled
    assert store.status_counts() == {"not-english": 1, "ok": 4}
    rows = store.articles()
    assert [r.id for r in rows[:4]] == [r.article.id for r in results]
    assert [r.n_events for r in rows] == [3, 3, 3, 3, 0]
    assert len(store.articles(limit=2)) == 2
    assert [r.status for r in store.articles(status="not-english")] == ["not-english"]
    assert store.articles(status="failed") == []


def test_actor_counts_linked(filled):
    store, results = filled
    rows = store.actor_counts(doc=results[0].article.id)
    by_kb = {r["kb_id"]: r for r in rows}
    assert set(by_kb) == {"kataib_hezbollah", "usa", "irn", "irq_pm"}
    usa = by_kb["usa"]
    assert usa["count"] == 2 and usa["name"] == "United States"
    assert set(usa["texts"]) == {"The United States", "the Ain al-Asad base"}
    assert usa["article"] == {"id": results[0].article.id, "origin": results[0].article.origin}
    assert rows[0]["count"] >= rows[-1]["count"]
    assert len(store.actor_counts()) == 16  # 4 actors x 4 articles


def test_actor_counts_unknown(filled):
    store, results = filled
    rows = store.actor_counts(unknown=True)
    assert len(rows) == 4
    assert all(r["name"] is None and r["kb_id"] is None for r in rows)
    assert rows[0]["texts"] == ["envoys"] and rows[0]["count"] == 1 and rows[0]["labels"] == ["NORP"]
    assert store.actor_counts(unknown=True, doc="nowhere") == []
