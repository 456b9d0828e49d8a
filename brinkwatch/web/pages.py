"""The dashboard: HTML pages rendered on the server with Jinja2 (autoescaping on: article
text and titles are untrusted and always escaped), charts and the map drawn in the browser
by ``static/app.js`` from the same JSON API. No inline script, no CDN: every asset is in
``static/``.

Pages call the same library functions as the API (:mod:`brinkwatch.store.browse`,
:mod:`brinkwatch.analysis`), never their own SQL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from brinkwatch.errors import BrinkwatchError
from brinkwatch.store import browse

TEMPLATES = Path(__file__).with_name("templates")
FILTER_KEYS = ("q", "actor", "target", "type", "modality", "since", "until", "outlet", "article")
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}

_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                   trim_blocks=True, lstrip_blocks=True)


def highlight(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Split ``text`` into plain pieces and evidence pieces (from the spans' offsets; spans
    that overlap are merged), each evidence piece split again around its trigger words:
    ``[{"text"}, {"evidence": True, "first": bool, "parts": [{"text", "trigger"}]}]``.
    Templates render every piece escaped: nothing of the text is ever markup."""
    n = len(text)

    def clamp(x: int) -> int:
        return max(0, min(n, int(x)))

    ev = sorted((clamp(s["start"]), clamp(s["end"])) for s in spans
                if s.get("start") is not None and s.get("end") is not None)
    merged: list[list[int]] = []
    for a, b in ev:
        if a >= b:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    triggers = [(clamp(s["trigger_start"]), clamp(s["trigger_end"])) for s in spans
                if s.get("trigger_start") is not None and s.get("trigger_end") is not None]
    out: list[dict[str, Any]] = []
    pos = 0
    for i, (a, b) in enumerate(merged):
        if pos < a:
            out.append({"text": text[pos:a]})
        cuts = sorted({a, b, *[x for t in triggers for x in t if a < x < b]})
        parts = []
        for lo, hi in zip(cuts, cuts[1:], strict=False):
            is_trigger = any(ta <= lo and hi <= tb for ta, tb in triggers)
            parts.append({"text": text[lo:hi], "trigger": is_trigger})
        out.append({"evidence": True, "first": i == 0, "parts": parts})
        pos = b
    if pos < n:
        out.append({"text": text[pos:]})
    return out


def _params(request: Request) -> dict[str, str]:
    qp = request.query_params
    out = {k: qp.get(k, "") for k in FILTER_KEYS}
    out["type"] = ",".join(qp.getlist("type")) if qp.getlist("type") else ""
    return out


def _qs(params: dict[str, str], **changes: str | None) -> str:
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v})


def _render(name: str, request: Request, http_status: int = 200, **ctx: Any) -> HTMLResponse:
    html = _env.get_template(name).render(request_path=request.url.path, quads=QUAD_NAMES, **ctx)
    return HTMLResponse(html, status_code=http_status)


def _error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return _render("error.html", request, http_status=status, title="Error", message=message)


def add_pages(app: FastAPI) -> None:  # noqa: C901 - one small function per page
    from brinkwatch.api.app import Filters, actor_profile, build_query, search_kb

    def svc(request: Request) -> Any:
        return request.app.state.services

    def query_from(request: Request, params: dict[str, str]) -> Any:
        f = Filters(actor=params["actor"] or None, target=params["target"] or None,
                    type=[params["type"]] if params["type"] else None,
                    modality=params["modality"] or None, since=params["since"] or None,
                    until=params["until"] or None, outlet=params["outlet"] or None,
                    article=params["article"] or None, q=params["q"] or None)
        return build_query(svc(request), f)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request) -> HTMLResponse:
        params = _params(request)
        cursor = request.query_params.get("cursor") or None
        try:
            query = query_from(request, params)
            services = svc(request)
            with services.store.snapshot() as conn:
                page = browse.list_events(conn, query, sort="-date", limit=50, cursor=cursor,
                                          with_total=False)
                total, exact = services.total(conn, query)
                facets = services.cached(conn, ("facets", query, 12),
                                         lambda: browse.facets(conn, query, size=12))
        except BrinkwatchError as exc:
            return _error_page(request, 400, str(exc))
        qs = _qs(params)
        return _render("events.html", request, title="Events", params=params, page=page, total=total,
                       total_exact=exact, facets=facets, qs=qs, qs_with=lambda **c: _qs(params, **c),
                       next_qs=_qs(params, cursor=page.next_cursor) if page.next_cursor else None,
                       modalities=browse.MODALITIES)

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str) -> HTMLResponse:
        try:
            with svc(request).store.snapshot() as conn:
                ev = browse.event_detail(conn, event_id)
        except BrinkwatchError as exc:
            return _error_page(request, 400, str(exc))
        if ev is None:
            return _error_page(request, 404, f"no event with id {event_id}")
        pieces = highlight(ev["article"]["text"], ev.get("spans") or [])
        return _render("event.html", request, title=f"{ev['type']} event", ev=ev, pieces=pieces)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request) -> HTMLResponse:
        qp = request.query_params
        actor, target = qp.get("actor", ""), qp.get("target", "")
        bucket = qp.get("bucket", "day") if qp.get("bucket") in ("day", "week") else "day"
        tl_qs = urlencode({k: v for k, v in {"actor": actor, "target": target}.items() if v}
                          | {"bucket": bucket})
        dyad_qs = urlencode({"actor": actor, "target": target, "bucket": bucket}) if actor and target \
            else urlencode({"bucket": bucket, "limit": 1})
        return _render("timeline.html", request, title="Timeline and tension", actor=actor,
                       target=target, bucket=bucket, tl_qs=tl_qs, dyad_qs=dyad_qs)

    @app.get("/graph", response_class=HTMLResponse, include_in_schema=False)
    def graph_page(request: Request) -> HTMLResponse:
        params = _params(request)
        try:
            query = query_from(request, params)
            with svc(request).store.snapshot() as conn:
                g = browse.graph(conn, query, max_edges=60)
        except BrinkwatchError as exc:
            return _error_page(request, 400, str(exc))
        names = {n["id"]: n["name"] for n in g["nodes"]}
        return _render("graph.html", request, title="Actor network", graph=g, names=names,
                       qs=_qs(params), params=params)

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request) -> HTMLResponse:
        q = request.query_params.get("q", "")
        with svc(request).store.snapshot() as conn:
            counts = browse.actor_event_counts(conn)
        items = search_kb(svc(request).kb, q, counts)[:200]
        return _render("actors.html", request, title="Actors", q=q, items=items)

    @app.get("/actors/{kb_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, kb_id: str) -> HTMLResponse:
        from brinkwatch.api.app import ApiError

        try:
            prof = actor_profile(svc(request), kb_id)
        except ApiError as exc:
            return _error_page(request, exc.status, exc.message)
        peak = max((m["as_actor"] + m["as_target"] for m in prof["activity"]["months"]), default=0)
        return _render("actor.html", request, title=prof["name"], a=prof, peak=peak)

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request) -> HTMLResponse:
        qp = request.query_params
        status, q = qp.get("status", ""), qp.get("q", "")
        try:
            with svc(request).store.snapshot() as conn:
                page = browse.list_articles(conn, status=status or None, q=q or None, limit=50,
                                            cursor=qp.get("cursor") or None)
        except BrinkwatchError as exc:
            return _error_page(request, 400, str(exc))
        base = {"status": status, "q": q}
        return _render("articles.html", request, title="Articles", page=page, status=status, q=q,
                       next_qs=_qs(base, cursor=page.next_cursor) if page.next_cursor else None)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        try:
            with svc(request).store.snapshot() as conn:
                art = browse.article(conn, article_id)
        except BrinkwatchError as exc:
            return _error_page(request, 400, str(exc))
        if art is None:
            return _error_page(request, 404, f"no article with id {article_id}")
        from brinkwatch.analysis.views import article_profile

        art = {**article_profile(svc(request).store, art["id"]), **art}
        spans = [s for ev in art["events"] for s in ev.get("spans") or []]
        return _render("article.html", request, title=art.get("title") or "Article", art=art,
                       pieces=highlight(art["text"], spans))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request) -> HTMLResponse:
        return _render("docs.html", request, title="API")
