from __future__ import annotations

import csv
import io
import json

import pytest

from brinkwatch.contract import CSV_FIELDS, EXPORT_FIELDS, event_to_export, flatten_for_csv
from brinkwatch.errors import StoreError


@pytest.fixture
def filled(store, make_result):
    results = [make_result(n) for n in range(3)]
    for r in results:
        store.write(r)
    return store, results


def test_jsonl_one_line_per_event_in_contract_order(filled):
    store, results = filled
    buf = io.StringIO()
    assert store.export(buf, format="jsonl") == 9
    lines = buf.getvalue().splitlines()
    assert len(lines) == 9
    first = json.loads(lines[0])
    assert list(first) == list(EXPORT_FIELDS)
    assert first == event_to_export(results[0].events[0], results[0].article)
    assert "Kata’ib" in buf.getvalue()  # ensure_ascii=False: text as written


def test_jsonl_with_filters(filled):
    store, _ = filled
    buf = io.StringIO()
    assert store.export(buf, format="jsonl", type="CONSULT") == 3
    assert all(json.loads(line)["type"] == "CONSULT" for line in buf.getvalue().splitlines())


def test_csv_parses_back_one_row_per_event(filled):
    store, results = filled
    buf = io.StringIO()
    assert store.export(buf, format="csv") == 9
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == 9
    assert tuple(rows[0]) == CSV_FIELDS
    ev = results[0].events[2]
    row = next(r for r in rows if r["id"] == ev.id)
    assert row["actor_name"] == "Mohammed Shia al-Sudani"
    assert row["target_name"] == "" and row["target_text"] == "envoys"
    assert row["date_value"] == ev.date.value and row["location_name"] == "Baghdad"
    assert int(row["evidence_start"]) == ev.evidence[0].start
    assert row["article_id"] == results[0].article.id
    assert row["evidence_sentence"] == ev.evidence[0].sentence


def test_csv_empty_export_has_header(store):
    buf = io.StringIO()
    assert store.export(buf, format="csv") == 0
    assert buf.getvalue().strip() == ",".join(CSV_FIELDS)


def test_unknown_format(filled):
    store, _ = filled
    with pytest.raises(StoreError, match="use one of jsonl, csv"):
        store.export(io.StringIO(), format="xml")  # type: ignore[arg-type]


@pytest.mark.parametrize(("actors", "expected"), [
    ([], ("", "", "")),
    ([{"name": "Iran", "kb_id": "irn", "text": "Tehran"}], ("Iran", "irn", "Tehran")),
    ([{"name": "Iran", "kb_id": "irn", "text": "Tehran"},
      {"name": None, "kb_id": None, "text": "militias"}],
     ("Iran | ", "irn | ", "Tehran | militias")),
])
def test_flatten_joins_several_actors(actors, expected):
    row = flatten_for_csv({"id": "x", "actor": actors, "target": []})
    assert (row["actor_name"], row["actor_kb_id"], row["actor_text"]) == expected
    assert set(row) == set(CSV_FIELDS)
    assert row["location_name"] == "" and row["evidence_start"] == ""
