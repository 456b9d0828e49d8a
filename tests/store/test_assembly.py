"""What story-level assembly adds to the store: flags that keep incomplete mentions and
background apart, casualty claims, reasons, the article's url, and "reported" dates in filters."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from brinkwatch.records import Casualty, Completion, DateRef
from brinkwatch.store import schema


def _flagged(make_result: Any) -> Any:
    """One article: event 0 news (with a casualty claim and a reason), 1 incomplete,
    2 background; event 0 dated only by the publication ("reported")."""
    r = make_result(7)
    e0, e1, e2 = r.events
    e0 = replace(e0, date=DateRef(value="2025-10-20", precision="reported",
                                  text="publication date"),
                 casualties=(Casualty(kind="killed", count="at least 3", low=3, who="fighters",
                                      source="the ministry", sentence_index=1),),
                 reasons=(Completion(role="actor", value="Kata'ib Hezbollah", reason="claim",
                                     evidence="Kata'ib Hezbollah"),))
    e1 = replace(e1, actors=(), incomplete=True)
    e2 = replace(e2, background=True)
    article = replace(r.article, url="https://example.org/report-7")
    return replace(r, article=article, events=(e0, e1, e2))


@pytest.mark.parametrize(("filters", "types"), [
    ({}, ["ASSAULT"]),  # the default: news only
    ({"incomplete": True}, ["THREATEN"]),
    ({"background": True}, ["CONSULT"]),
    ({"incomplete": None, "background": None}, ["ASSAULT", "THREATEN", "CONSULT"]),
    ({"incomplete": None}, ["ASSAULT", "THREATEN"]),
    # a "reported" date counts as the publication day in date filters
    ({"since": "2025-10-20", "until": "2025-10-20"}, ["ASSAULT"]),
    ({"since": "2025-10-21"}, []),
])
def test_flags_and_reported_dates_in_filters(store: Any, make_result: Any,
                                             filters: dict[str, Any], types: list[str]) -> None:
    store.write(_flagged(make_result))
    assert [e["type"] for e in store.events(**filters)] == types


def test_export_carries_url_casualties_reasons_and_flags(store: Any, make_result: Any) -> None:
    import io

    store.write(_flagged(make_result))
    fp = io.StringIO()
    n = store.export(fp, format="jsonl", incomplete=None)
    rows = [json.loads(line) for line in fp.getvalue().splitlines()]
    assert n == 2 and len(rows) == 2
    news, incomplete = rows
    assert news["article"]["url"] == "https://example.org/report-7"
    assert news["casualties"][0]["count"] == "at least 3" and news["casualties"][0]["low"] == 3
    assert news["casualties"][0]["source"] == "the ministry"
    assert news["reasons"] == [{"role": "actor", "value": "Kata'ib Hezbollah", "reason": "claim",
                                "evidence": "Kata'ib Hezbollah"}]
    assert news["date"]["precision"] == "reported"
    assert (news["incomplete"], incomplete["incomplete"]) == (False, True)
    fp = io.StringIO()
    store.export(fp, format="csv")
    header, row = fp.getvalue().splitlines()[:2]
    assert "article_url" in header.split(",") and "killed: at least 3 fighters" in row


def test_casualties_and_flags_are_rows(store: Any, make_result: Any) -> None:
    result = _flagged(make_result)
    store.write(result)
    with store._read() as conn:  # noqa: SLF001 - checking the stored rows themselves
        flags = {r.event_id: (r.incomplete, r.background)
                 for r in conn.execute(select(schema.event_assembly))}
        cas = list(conn.execute(select(schema.casualties)))
    e0, e1, e2 = result.events
    assert flags == {e0.id: (0, 0), e1.id: (1, 0), e2.id: (0, 1)}
    assert [(c.event_id, c.kind, c.low) for c in cas] == [(e0.id, "killed", 3)]
    # the article's event count is its news
    assert [a.n_events for a in store.articles()] == [1]
