"""Tests of brinkwatch/contract.py (the export shape; lives here with the store that writes it)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from brinkwatch.contract import CSV_FIELDS, EXPORT_FIELDS, dumps_event, event_to_export
from brinkwatch.records import ActorRef, Attribution, AttributionKind, Modality


def test_export_keys_in_contract_order(make_result):
    r = make_result(1)
    d = event_to_export(r.events[0], r.article)
    assert tuple(d) == EXPORT_FIELDS
    assert list(d["article"]) == ["id", "origin", "title", "outlet", "published", "url"]
    assert list(d["actor"][0])[:5] == ["name", "kb_id", "text", "ancestors", "sector"]
    assert list(d["date"])[:3] == ["value", "precision", "text"]
    assert list(d["evidence"]) == ["sentence", "start", "end"]
    assert list(d["attribution"]) == ["kind", "speaker", "verb", "quote"]
    json.loads(dumps_event(d))


def test_export_values(make_result):
    r = make_result(1)
    ev = r.events[2]
    d = event_to_export(ev, r.article)
    assert d["quad"] == 1 and d["type"] == "CONSULT" and d["modality"] == "asserted"
    assert d["location"] == {"name": "Baghdad", "country": "IRQ", "lat": 33.31, "lon": 44.36}
    assert d["actor"][0]["ancestors"] == ["Iraq"]
    assert d["target"][0]["name"] is None and d["target"][0]["text"] == "envoys"
    assert r.article.text[d["evidence"]["start"]:d["evidence"]["end"]] == d["evidence"]["sentence"]
    assert d["spans"][0]["trigger"] == "met"
    assert d["article"]["origin"] == r.article.origin


@pytest.mark.parametrize(("attribution", "kind", "speaker"), [
    (Attribution(), "author", None),
    (Attribution(kind=AttributionKind.NAMED, speaker=ActorRef(name="Iran", kb_id="irn", text="Tehran"),
                 verb="said", quote="we will respond", hedges=("reportedly",)),
     "named", {"name": "Iran", "kb_id": "irn", "text": "Tehran", "ancestors": [], "sector": None}),
])
def test_attribution_shape(make_result, attribution, kind, speaker):
    r = make_result(1)
    ev = dataclasses.replace(r.events[0], attribution=attribution, modality=Modality.FUTURE)
    d = event_to_export(ev, r.article)
    assert d["attribution"]["kind"] == kind and type(d["attribution"]["kind"]) is str
    assert d["attribution"]["speaker"] == speaker
    assert d["hedges"] == list(attribution.hedges)
    assert d["modality"] == "future" and type(d["modality"]) is str


def test_event_without_evidence(make_result):
    r = make_result(1)
    d = event_to_export(dataclasses.replace(r.events[0], evidence=()), r.article)
    assert d["evidence"] is None and d["spans"] == []


def test_wrong_article_is_refused(make_result):
    a, b = make_result(1), make_result(2)
    with pytest.raises(ValueError, match="pass the article the event was extracted from"):
        event_to_export(a.events[0], b.article)


def test_docs_describe_every_field():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "export.md").read_text(encoding="utf-8")
    missing = [f for f in (*EXPORT_FIELDS, *CSV_FIELDS) if f"`{f}`" not in doc]
    assert not missing, f"document these fields in docs/export.md: {missing}"
