"""The JSON API over a small store written by the real writer (tests/api/builder.py)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from brinkwatch.api import check_host
from brinkwatch.api.app import CSP

TOTAL = 14


def ok(client: Any, url: str) -> Any:
    r = client.get(url)
    assert r.status_code == 200, r.text
    return r.json()


def assert_error(r: Any, status: int, code: str) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    return str(body["error"]["message"])


def test_list_is_newest_first_with_total(client: Any) -> None:
    body = ok(client, "/api/events")
    assert body["total"] == TOTAL and len(body["items"]) == TOTAL
    dates = [(e["date"] or {}).get("value") or "" for e in body["items"]]
    assert dates == sorted(dates, reverse=True)
    assert body["next_cursor"] is None


@pytest.mark.parametrize("sort", ["-date", "date", "-intensity", "intensity"])
def test_cursor_pages_through_everything_once(client: Any, sort: str) -> None:
    seen: list[str] = []
    url = f"/api/events?limit=4&sort={sort}"
    cursor = None
    for _ in range(10):
        body = ok(client, url + (f"&cursor={cursor}" if cursor else ""))
        assert body["total"] == TOTAL
        seen += [e["id"] for e in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == TOTAL == len(set(seen))
    full = [e["id"] for e in ok(client, f"/api/events?sort={sort}")["items"]]
    assert seen == full


def test_intensity_sort_puts_cooperation_last_when_descending(client: Any) -> None:
    items = ok(client, "/api/events?sort=-intensity")["items"]
    assert items[0]["type"] == "CONSULT"
    assert items[-1]["intensity"] == -9.0


@pytest.mark.parametrize("query, expected", [
    ("actor=Kata'ib Hezbollah", 10),
    ("actor=KH", 10),  # an alias
    ("actor=org_kataib_hezbollah", 10),  # a kb id
    ("actor=United States", 2),  # the Treasury is part of the United States
    ("actor=United States&rollup=false", 1),
    ("actor=Iran", 1),  # the IRGC is part of Iran
    ("actor=Iran&rollup=false", 0),
    ("target=Iran", 0),
    ("target=Kata'ib Hezbollah", 2),
    ("actor=nobody at all", 0),  # not in the KB: matched as written text
    ("type=SANCTION", 1),
    ("type=SANCTION,CONSULT", 2),
    ("type=sanction&type=threaten", 2),
    ("modality=alleged", 1),
    ("modality=hypothetical", 1),
    ("quad=1", 1),
    ("since=2025-11", 1),
    ("until=2025-10-09", 3),
    ("since=2025-10-20&until=2025-10-20", 4),
    ("since=2024&until=2024", 0),
    ("outlet=Tigris Daily", 5),
    ("outlet=Nowhere Times", 0),
    ("q=mortars", 3),
    ("q=sudani", 1),  # an actor's name
    ("q=zeppelin", 0),
    ("actor=KH&since=2025-10-20&type=ASSAULT", 5),
])
def test_filters(client: Any, query: str, expected: int) -> None:
    body = ok(client, f"/api/events?{query}&limit=500")
    assert body["total"] == expected
    assert len(body["items"]) == expected


def test_article_filter_by_id_prefix(client: Any) -> None:
    arts = ok(client, "/api/articles?q=mortars")["items"]
    assert len(arts) == 1
    body = ok(client, f"/api/events?article={arts[0]['id'][:8]}")
    assert body["total"] == 5
    assert {e["article"]["id"] for e in body["items"]} == {arts[0]["id"]}


@pytest.mark.parametrize("url, status, code", [
    ("/api/events?since=yesterday", 400, "bad_request"),
    ("/api/events?until=2025-13-40", 400, "bad_request"),
    ("/api/events?since=2025-11-01&until=2025-10-01", 400, "bad_request"),
    ("/api/events?modality=certain", 400, "bad_request"),
    ("/api/events?quad=7", 400, "bad_request"),
    ("/api/events?cursor=not-a-cursor", 400, "bad_request"),
    ("/api/events?limit=0", 422, "invalid_parameter"),
    ("/api/events?limit=100000", 422, "invalid_parameter"),
    ("/api/events?sort=random", 422, "invalid_parameter"),
    ("/api/events?quad=x", 422, "invalid_parameter"),
    ("/api/events/ffffffffffff", 404, "not_found"),
    ("/api/articles/ffffffffffff", 404, "not_found"),
    ("/api/actors/no_such_actor", 404, "not_found"),
    ("/api/dyads?actor=KH", 400, "bad_request"),
    ("/api/timeline?bucket=year", 422, "invalid_parameter"),
    ("/api/stories?since=nope", 400, "bad_request"),
    ("/api/stories?min_outlets=-1", 422, "invalid_parameter"),
    ("/api/stories/ffffffffffff", 404, "not_found"),
    ("/api/no/such/thing", 404, "not_found"),
])
def test_errors_have_one_shape(client: Any, url: str, status: int, code: str) -> None:
    assert_error(client.get(url), status, code)


def test_cursor_of_another_sort_is_refused(client: Any) -> None:
    cursor = ok(client, "/api/events?limit=2&sort=date")["next_cursor"]
    assert cursor
    msg = assert_error(client.get(f"/api/events?sort=-intensity&cursor={cursor}"), 400, "bad_request")
    assert "first page" in msg


def test_wrong_method_has_the_error_shape(client: Any) -> None:
    assert_error(client.post("/api/events"), 405, "method_not_allowed")


def test_one_event_has_evidence_and_article(client: Any) -> None:
    first = ok(client, "/api/events?type=SANCTION")["items"][0]
    ev = ok(client, f"/api/events/{first['id']}")
    span = ev["spans"][0]
    text = ev["article"]["text"]
    assert text[span["start"]:span["end"]] == ev["evidence"]["sentence"]
    assert text[span["trigger_start"]:span["trigger_end"]] == "sanctioned"
    assert ev["article"]["outlet"] == "Tigris Daily"
    assert ok(client, f"/api/events/{first['id'][:10]}")["id"] == first["id"]  # a prefix works


def test_facets_count_within_the_filters(client: Any) -> None:
    body = ok(client, "/api/events/facets")
    f = body["facets"]
    assert body["total"] == TOTAL
    assert sum(v["count"] for v in f["type"]) == TOTAL
    assert {v["value"]: v["count"] for v in f["type"]}["ASSAULT"] == 11
    assert {v["value"]: v["count"] for v in f["outlet"]} == {"Gulf Wire": 8, "Tigris Daily": 5, "Levant Monitor": 1}
    assert {v["value"]: v["count"] for v in f["month"]} == {"2025-10": 13, "2025-11": 1}
    assert f["actor"][0] == {"value": "org_kataib_hezbollah", "label": "Kata'ib Hezbollah", "count": 10}
    narrowed = ok(client, "/api/events/facets?outlet=Tigris Daily")["facets"]
    assert sum(v["count"] for v in narrowed["type"]) == 5
    assert [v["value"] for v in narrowed["outlet"]] == ["Tigris Daily"]


def test_points_are_the_located_events(client: Any) -> None:
    body = ok(client, "/api/events/points")
    assert body["count"] == 8  # six in Baghdad, one in Erbil, one in Basra
    assert {p["place"] for p in body["points"]} == {"Baghdad", "Erbil", "Basra"}
    assert ok(client, "/api/events/points?type=CONSULT")["points"][0]["place"] == "Erbil"


def test_timeline_buckets(client: Any) -> None:
    day = ok(client, "/api/timeline")["series"]
    assert sum(p["count"] for p in day) == TOTAL
    d20 = next(p for p in day if p["period"] == "2025-10-20")
    assert d20["count"] == 4 and d20["by_quad"]["4"] == 4
    week = ok(client, "/api/timeline?bucket=week")["series"]
    assert sum(p["count"] for p in week) == TOTAL
    assert all(p["period"] <= q["period"] for p, q in zip(week, week[1:], strict=False))
    month = ok(client, "/api/timeline?bucket=month")["series"]
    assert [(p["period"], p["count"]) for p in month] == [("2025-10", 13), ("2025-11", 1)]


def test_graph_edges(client: Any) -> None:
    g = ok(client, "/api/graph")
    edge = next(e for e in g["edges"] if e["source"] == "org_kataib_hezbollah" and e["target"] == "state_usa")
    assert edge["count"] == 10 and edge["quad"] == 4
    assert {n["id"] for n in g["nodes"]} >= {"org_kataib_hezbollah", "state_usa", "p_sudani"}
    assert ok(client, "/api/graph?type=CONSULT")["edges"] == [
        {"source": "p_sudani", "target": "state_usa", "count": 1,
         "by_quad": {"1": 1, "2": 0, "3": 0, "4": 0}, "quad": 1}]


def test_dyad_series_alerts_on_the_burst_and_links_its_events(client: Any) -> None:
    d = ok(client, "/api/dyads?actor=KH&target=United States")["dyads"][0]
    assert "2025-10-20" in d["alerts"]
    p20 = next(p for p in d["points"] if p["period"] == "2025-10-20")
    assert p20["n_events"] == 4 and p20["raw"] == 36.0
    listed = ok(client, p20["events_url"])
    assert listed["total"] == 4 and sorted(e["id"] for e in listed["items"]) == sorted(p20["event_ids"])
    # the index decays between events: the day after the burst is lower than the burst
    p21 = next(p for p in d["points"] if p["period"] == "2025-10-21")
    assert 0 < p21["index"] < p20["index"]


def test_hypothetical_events_add_no_tension(client: Any) -> None:
    d = ok(client, "/api/dyads?actor=United States&target=KH&rollup=false")["dyads"][0]
    p = next(p for p in d["points"] if p["period"] == "2025-10-26")
    assert p["n_events"] == 1 and p["raw"] == 0.0 and not p["alert"]
    assert p["events_url"].endswith("&rollup=false")  # the link keeps the series' own filter
    assert [e["id"] for e in ok(client, p["events_url"])["items"]] == p["event_ids"]


def test_top_dyads_start_with_the_most_hostile(client: Any) -> None:
    d = ok(client, "/api/dyads?bucket=week")["dyads"]
    assert (d[0]["actor"], d[0]["target"]) == ("org_kataib_hezbollah", "state_usa")
    assert d[0]["bucket"] == "week"


def test_articles_list_and_one_article(client: Any) -> None:
    body = ok(client, "/api/articles")
    assert body["total"] == 4
    assert {a["status"] for a in body["items"]} == {"ok", "not-english"}
    assert ok(client, "/api/articles?status=not-english")["total"] == 1
    page = ok(client, "/api/articles?limit=3")
    rest = ok(client, f"/api/articles?limit=3&cursor={page['next_cursor']}")
    assert len(page["items"]) == 3 and len(rest["items"]) == 1
    art = ok(client, f"/api/articles/{page['items'][0]['id']}")
    assert "text" in art and isinstance(art["events"], list)


def test_actor_search_and_profile(client: Any) -> None:
    found = ok(client, "/api/actors?q=hezbollah")["items"]
    assert found[0]["kb_id"] == "org_kataib_hezbollah" and found[0]["events"] == 12
    prof = ok(client, "/api/actors/KH")  # an alias finds the actor
    assert prof["kb_id"] == "org_kataib_hezbollah"
    assert "KH" in prof["aliases"]
    assert prof["activity"]["total"] == 12
    assert {m["month"] for m in prof["activity"]["months"]} == {"2025-10"}
    assert prof["activity"]["counterparts"][0]["kb_id"] == "state_usa"
    usa = ok(client, "/api/actors/state_usa")
    assert "org_us_treasury" in {p["kb_id"] for p in usa["parts"]}
    office = ok(client, "/api/actors/office_iran_supreme_leader")
    assert "p_khamenei" in {h["kb_id"] for h in office["office_holders"]}
    assert ok(client, "/api/actors?q=zzzz-nobody")["items"] == []


def test_places_for_the_map(client: Any) -> None:
    items = ok(client, "/api/places?type=province&country=IRQ")["items"]
    assert len(items) >= 18 and all(p["type"] == "province" for p in items)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_downloads_hold_every_matching_row(client: Any, fmt: str) -> None:
    r = client.get(f"/api/events?actor=KH&format={fmt}&limit=1")  # limit is for pages only
    assert r.status_code == 200
    assert "attachment" in r.headers["content-disposition"]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert len(rows) == 10 and {row["actor_kb_id"] for row in rows} == {"org_kataib_hezbollah"}
    else:
        rows = [json.loads(line) for line in r.text.splitlines()]
        assert len(rows) == 10 and all(x["type"] == "ASSAULT" for x in rows)
    arts = client.get(f"/api/articles?format={fmt}")
    n = len(arts.text.strip().splitlines()) - (1 if fmt == "csv" else 0)
    assert n == 4
    actors = client.get(f"/api/actors?q=hezbollah&format={fmt}")
    assert "org_kataib_hezbollah" in actors.text


def test_ingest_is_refused_without_a_token(client: Any) -> None:
    msg = assert_error(client.post("/api/ingest", json={"texts": [{"text": "A test."}]}), 403, "read_only")
    assert "api_token" in msg


def test_security_headers_everywhere(client: Any) -> None:
    for url in ("/api/events", "/", "/static/app.js", "/api/nope"):
        h = client.get(url).headers
        assert h["content-security-policy"] == CSP
        assert h["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP


def test_openapi_lists_the_endpoints_and_no_cdn_docs(client: Any) -> None:
    spec = ok(client, "/openapi.json")
    for path in ("/api/events", "/api/events/{event_id}", "/api/events/facets", "/api/timeline",
                 "/api/graph", "/api/dyads", "/api/articles", "/api/actors/{kb_id}", "/api/ingest"):
        assert path in spec["paths"]
    docs = client.get("/docs").text
    assert "cdn" not in docs.lower() and "/static/app.js" in docs


@pytest.mark.parametrize("host, warned", [
    ("127.0.0.1", False), ("::1", False), ("localhost", False), ("127.0.0.2", False),
    ("0.0.0.0", True), ("192.168.1.5", True), ("example.org", True),
])
def test_wide_binding_is_warned_about(host: str, warned: bool) -> None:
    assert (check_host(host) is not None) == warned


def test_stories_list_and_one_story_with_its_reports(client: Any) -> None:
    body = ok(client, "/api/stories")
    assert body["total"] == len(body["items"]) >= 1
    story = body["items"][0]
    assert {"id", "type", "reports", "outlets", "independent_outlets", "contradictions"} <= set(story)
    one = ok(client, f"/api/stories/{story['id']}")
    assert one["id"] == story["id"] and one["reports"]
    assert all(r["article"]["id"] for r in one["reports"])
    assert ok(client, "/api/stories?min_outlets=1000")["total"] == 0


def test_article_carries_credibility_from_the_stories_stage(client: Any) -> None:
    art = ok(client, "/api/articles")["items"][0]
    body = ok(client, f"/api/articles/{art['id']}")
    assert "credibility" in body and body["credibility"] is not None
