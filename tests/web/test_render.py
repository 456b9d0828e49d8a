"""Server-side rendering without a browser: evidence highlighting and escaping."""

from __future__ import annotations

from typing import Any

import pytest

from brinkwatch.web.pages import highlight

TEXT = "First sentence here.\nThe militia fired rockets at the base.\nLast one."


def spans(start: int, end: int, trig: str | None = None) -> dict[str, Any]:
    t0 = TEXT.index(trig) if trig else None
    return {"start": start, "end": end, "trigger_start": t0,
            "trigger_end": t0 + len(trig) if trig and t0 is not None else None}


def test_highlight_marks_the_sentence_and_its_trigger() -> None:
    a = TEXT.index("The militia")
    b = TEXT.index("\nLast")
    pieces = highlight(TEXT, [spans(a, b, "fired")])
    assert "".join(p.get("text") or "".join(q["text"] for q in p["parts"]) for p in pieces) == TEXT
    ev = [p for p in pieces if p.get("evidence")]
    assert len(ev) == 1 and ev[0]["first"]
    assert [q["text"] for q in ev[0]["parts"] if q["trigger"]] == ["fired"]
    assert "".join(q["text"] for q in ev[0]["parts"]) == TEXT[a:b]


def test_highlight_merges_overlaps_and_clamps_bad_offsets() -> None:
    pieces = highlight(TEXT, [spans(0, 10), spans(5, 20), spans(-5, 3), spans(40, 10_000)])
    ev = [p for p in pieces if p.get("evidence")]
    assert ["".join(q["text"] for q in p["parts"]) for p in ev] == [TEXT[0:20], TEXT[40:]]


def test_highlight_without_spans_is_the_plain_text() -> None:
    assert highlight(TEXT, []) == [{"text": TEXT}]


def _builder() -> Any:
    import brinkwatch_tests_api_builder  # registered by tests/conftest.py

    return brinkwatch_tests_api_builder


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from fastapi.testclient import TestClient

    from brinkwatch.api import create_app
    from brinkwatch.config import load_settings

    db = _builder().build(tmp_path_factory.mktemp("render") / "r.db")
    with TestClient(create_app(load_settings(db=str(db), environ={}))) as c:
        yield c


def test_article_markup_is_escaped_in_every_page(client: Any) -> None:
    arts = client.get("/api/articles?q=alert").json()["items"]
    assert len(arts) == 1
    aid = arts[0]["id"]
    ev = client.get(f"/api/events?article={aid}").json()["items"][0]
    for url in (f"/articles/{aid}", f"/events/{ev['id']}", "/", "/articles"):
        html = client.get(url).text
        assert "<script>window.__xss" not in html, url
        assert "<img src=x" not in html, url
    page = client.get(f"/articles/{aid}").text
    assert "&lt;script&gt;window.__xss" in page
    assert "onerror=&#34;window.__xss" in page


def test_pages_have_no_inline_script(client: Any) -> None:
    import re

    for url in ("/", "/timeline", "/graph", "/actors", "/articles", "/docs"):
        html = client.get(url).text
        scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.S)
        assert scripts == [""], url  # only <script src=/static/app.js>, empty body
        assert " on" + "click=" not in html and "style=" not in html


@pytest.mark.parametrize("url, status", [
    ("/events/ffffffffffff", 404), ("/articles/ffffffffffff", 404), ("/actors/nobody_here", 404),
    ("/?since=bad", 400), ("/?cursor=garbage", 400),
    ("/", 200), ("/?type=ASSAULT&actor=KH", 200), ("/actors/state_usa", 200),
])
def test_page_status(client: Any, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/html")
