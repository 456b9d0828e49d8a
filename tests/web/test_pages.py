"""The dashboard in real headless Chromium: pages load clean, filters drive the table and the
map, a map point opens its event with the evidence highlighted, hostile article text stays
text. Screenshots for the README are written when BRINKWATCH_SCREENSHOTS names a folder."""

from __future__ import annotations

import os
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest

from brinkwatch.store import open_store

XSS_MARK = "window.__xss"


def ids(db: Path) -> dict[str, str]:
    with open_store(db, readonly=True) as s:
        evs = s.events()
    xss = next(e for e in evs if "onerror" in e["evidence"]["sentence"])
    consult = next(e for e in evs if e["type"] == "CONSULT")
    return {"xss_event": xss["id"], "xss_article": xss["article"]["id"],
            "consult": consult["id"], "article": consult["article"]["id"]}


def ready(page: Any, selector: str) -> None:
    page.wait_for_selector(f"{selector}[data-ready]", state="attached")


PAGES = [
    ("/", "#map"),
    ("/timeline", "#tension"),
    ("/graph", "#graph"),
    ("/actors", None),
    ("/actors/org_kataib_hezbollah", None),
    ("/articles", None),
    ("/docs", None),
]


@pytest.mark.parametrize("path, chart", PAGES)
def test_each_page_loads_without_console_errors(page: Any, live: Any, path: str, chart: str | None) -> None:
    page.page.goto(live.url + path)
    if chart:
        ready(page.page, chart)
    if path == "/docs":
        page.page.wait_for_selector("#api-docs section")
    page.page.wait_for_load_state("networkidle")
    assert page.problems == []
    assert page.page.locator("h1").count() == 1
    assert page.page.locator("main#main").count() == 1


def test_event_and_article_pages_load_clean(page: Any, live: Any, web_db: Path) -> None:
    i = ids(web_db)
    for path in (f"/events/{i['consult']}", f"/articles/{i['article']}"):
        page.page.goto(live.url + path)
        page.page.wait_for_load_state("networkidle")
    assert page.problems == []


def map_points(page: Any) -> int:
    ready(page, "#map")
    return int(page.locator("#map circle.pt").count())


def test_filters_change_the_table_and_the_map(page: Any, live: Any) -> None:
    pg = page.page
    pg.goto(live.url + "/")
    assert pg.locator("#total").inner_text() == "14"
    assert pg.locator("#events tbody tr").count() == 14
    assert map_points(pg) == 8
    pg.fill("input[name=type]", "CONSULT")
    pg.click("form.filters button[type=submit]")
    pg.wait_for_url("**/?*type=CONSULT*")
    assert pg.locator("#total").inner_text() == "1"
    assert pg.locator("#events tbody tr").count() == 1
    assert map_points(pg) == 1
    assert pg.locator("#map-count").inner_text() == "1"
    # a facet link narrows both too
    pg.goto(live.url + "/")
    pg.click("a[data-facet=outlet] >> text=Levant Monitor")
    pg.wait_for_url("**/?*outlet=Levant*")
    assert pg.locator("#events tbody tr").count() == 1
    assert map_points(pg) == 1
    assert page.problems == []


def test_clicking_a_point_opens_the_event_with_highlighted_evidence(page: Any, live: Any) -> None:
    pg = page.page
    pg.goto(live.url + "/?type=CONSULT")
    assert map_points(pg) == 1
    pg.click("#map a.pt-link")
    pg.wait_for_url("**/events/*")
    mark = pg.locator("mark.evidence")
    assert mark.count() == 1
    assert mark.inner_text() == "Mohammed Shia al-Sudani met United States envoys in Erbil."
    assert pg.locator("mark.evidence .trigger").inner_text() == "met"
    assert pg.locator("#evidence").count() == 1
    assert page.problems == []


def test_hostile_article_text_is_shown_as_text_and_runs_nothing(page: Any, live: Any, web_db: Path) -> None:
    i = ids(web_db)
    pg = page.page
    for path in (f"/articles/{i['xss_article']}", f"/events/{i['xss_event']}", "/", "/articles"):
        pg.goto(live.url + path)
        pg.wait_for_load_state("networkidle")
        assert pg.evaluate("typeof window.__xss") == "undefined", path
    pg.goto(live.url + f"/articles/{i['xss_article']}")
    text = pg.locator(".article-text").inner_text()
    assert "<script>window.__xss='text'</script>" in text
    assert "onerror=\"window.__xss='img'\"" in text
    assert pg.locator(".article-text img, .article-text script").count() == 0
    assert "<script>" in pg.locator("h1").inner_text()
    assert page.problems == []


def test_phone_width_has_no_sideways_scrolling(browser: Any, live: Any) -> None:
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    pg = ctx.new_page()
    try:
        for path in ("/", "/timeline", "/graph", "/actors/state_usa"):
            pg.goto(live.url + path)
            pg.wait_for_load_state("networkidle")
            width = pg.evaluate("document.documentElement.scrollWidth")
            assert width <= 392, (path, width)
    finally:
        ctx.close()


def test_keyboard_reaches_content_and_map_points(page: Any, live: Any) -> None:
    pg = page.page
    pg.goto(live.url + "/?type=CONSULT")
    ready(pg, "#map")
    pg.keyboard.press("Tab")
    assert pg.evaluate("document.activeElement.className") == "skip"
    pg.keyboard.press("Enter")
    assert pg.evaluate("document.activeElement.id") == "main"
    pg.focus("#map a.pt-link")
    assert "CONSULT" in (pg.evaluate("document.activeElement.getAttribute('aria-label')") or "")
    pg.keyboard.press("Enter")
    pg.wait_for_url("**/events/*")
    assert pg.locator("mark.evidence").count() >= 1


def test_tension_chart_marks_alerts_that_link_to_events(page: Any, live: Any) -> None:
    pg = page.page
    pg.goto(live.url + "/timeline?actor=KH&target=United+States")
    ready(pg, "#tension")
    assert pg.locator("#tension .alert-mark").count() >= 1
    first_alert = pg.locator("#alerts a").filter(has_text="2025-10-20")
    assert first_alert.count() == 1
    first_alert.click()
    pg.wait_for_url("**/?*since=2025-10-20*")
    assert pg.locator("#events tbody tr").count() == 4
    assert page.problems == []


SHOTS = [
    ("events", "/", "#map"),
    ("event", None, None),
    ("timeline", "/timeline", "#tension"),
    ("network", "/graph", "#graph"),
    ("actor", "/actors/org_kataib_hezbollah", None),
    ("article", None, None),
]


def test_screenshots(browser: Any, live: Any, server_for: Any) -> None:
    """Screenshots of the main pages for the README: written only when BRINKWATCH_SCREENSHOTS
    names a folder, of the database in BRINKWATCH_SCREENSHOT_DB when given (e.g. the demo)."""
    out = os.environ.get("BRINKWATCH_SCREENSHOTS")
    if not out:
        pytest.skip("set BRINKWATCH_SCREENSHOTS=docs/screenshots to (re)take the README screenshots")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    db = os.environ.get("BRINKWATCH_SCREENSHOT_DB")
    with (server_for(Path(db)) if db else nullcontext(live)) as srv:
        ctx = browser.new_context(viewport={"width": 1100, "height": 760})
        pg = ctx.new_page()
        pg.goto(srv.url + "/")
        point = pg.evaluate("fetch('/api/events/points?limit=1').then(r => r.json())")["points"][0]
        event = pg.evaluate(f"fetch('/api/events/{point['id']}').then(r => r.json())")
        for name, path, chart in SHOTS:
            if name == "event":
                path = f"/events/{event['id']}"
            elif name == "article":
                path = f"/articles/{event['article']['id']}"
            pg.goto(srv.url + path)
            if chart:
                ready(pg, chart)
            pg.wait_for_load_state("networkidle")
            pg.screenshot(path=str(folder / f"{name}.png"), full_page=name == "timeline")
            assert (folder / f"{name}.png").stat().st_size > 1000
        ctx.close()
