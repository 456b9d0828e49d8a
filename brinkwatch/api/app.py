"""The JSON API and the dashboard in one ASGI app (FastAPI on Starlette, served by uvicorn).

Every route is a thin face: query-string parameters -> :func:`brinkwatch.analysis.filters.
event_query` -> one function of :mod:`brinkwatch.store.browse` or :mod:`brinkwatch.analysis`
inside one read transaction. Errors always have one shape, ``{"error": {"code", "message"}}``:
400 bad_request (bad date, bad cursor, unknown sort...), 401/403 for ingest, 404 not_found,
405 method_not_allowed, 422 invalid_parameter (wrong type, page too large), 500 internal.

The database is opened read-only; ``POST /api/ingest`` opens a writer per request and only
when the settings hold an ``api_token`` (compared in constant time).
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import asynccontextmanager
from dataclasses import fields
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import inspect
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles

from brinkwatch import __version__
from brinkwatch.analysis.filters import event_query
from brinkwatch.analysis.tension import TensionOptions, dyad_tension, period_end, top_dyad_tension
from brinkwatch.config import Settings
from brinkwatch.contract import CSV_FIELDS, dumps_event, flatten_for_csv
from brinkwatch.errors import BrinkwatchError, ConfigError, StoreError
from brinkwatch.kb.model import TheatreKB
from brinkwatch.store import Store, browse, open_store
from brinkwatch.store.browse import EventQuery

CACHE_SIZE = 256
STATIC = Path(__file__).resolve().parents[1] / "web" / "static"

#: Sent with every response: no inline script, no third party, no framing.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Bad filter, date, cursor or sort"},
    404: {"model": ErrorBody, "description": "No such record"},
    422: {"model": ErrorBody, "description": "A parameter has the wrong type or range"},
}


def plain_json(content: Any) -> JSONResponse:
    """``content`` (already plain JSON values: dicts, lists, str, numbers) sent as it is.
    Returned as a dict instead, FastAPI would first walk every value of it in Python
    (``jsonable_encoder``), which for a dyad's series of thousands of points or a page of 50
    records costs more than the queries behind it."""
    return JSONResponse(content)


def error_response(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


class Services:
    """What the routes share: the read-only store, the KB, the settings, an ingest lock."""

    def __init__(self, store: Store, kb: TheatreKB, settings: Settings) -> None:
        self.store = store
        self.kb = kb
        self.settings = settings
        self.ingest_lock = threading.Lock()
        self._ingest_ctx: Any = None
        self._cache: OrderedDict[Any, tuple[Any, Any]] = OrderedDict()
        self._cache_lock = threading.Lock()

    def cached(self, conn: Any, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()`` remembered per ``key`` until the data changes (``browse.data_stamp``):
        totals and facets of a repeated selection (the dashboard's first page) cost one
        cheap stamp query instead of full scans."""
        stamp = browse.data_stamp(conn)
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None and hit[0] == stamp:
                self._cache.move_to_end(key)
                return hit[1]
        value = compute()
        with self._cache_lock:
            self._cache[key] = (stamp, value)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    def total(self, conn: Any, query: EventQuery) -> tuple[int, bool]:
        """(total, exact) of ``query``, remembered like :meth:`cached`; see
        :func:`brinkwatch.store.browse.count_total` ("10,000+" when not exact)."""
        return self.cached(conn, ("count", query), lambda: browse.count_total(conn, query))

    def warm(self) -> None:
        """Fill the cache for the unfiltered selection (the dashboard's first page and the
        API's plain lists), so the first visitor does not wait for full scans."""
        query = EventQuery()
        try:
            with self.store.snapshot() as conn:
                self.total(conn, query)
                for size in (12, 15):
                    self.cached(conn, ("facets", query, size),
                                lambda size=size: browse.facets(conn, query, size=size))
        except Exception:  # noqa: BLE001 - best effort: a broken or closed database shows
            pass  # its error on the first request instead

    def has_table(self, name: str) -> bool:
        with self.store.snapshot() as conn:
            return inspect(conn).has_table(name)

    def ingest_context(self) -> Any:
        if self._ingest_ctx is None:
            from brinkwatch.pipeline import context_for

            self._ingest_ctx = context_for(self.settings)
        return self._ingest_ctx


def _services(request: Request) -> Services:
    return request.app.state.services  # type: ignore[no-any-return]


Svc = Annotated[Services, Depends(_services)]


class Filters(BaseModel):
    """The event filters shared by every event route (and by the dashboard's pages)."""

    actor: str | None = Field(None, description="Actor: KB id, name or alias (its sub-bodies too unless rollup=false); otherwise the written text")
    target: str | None = Field(None, description="Target, as for actor")
    type: list[str] | None = Field(None, description="PLOVER types (repeat or comma-separate)")
    modality: str | None = Field(None, description="asserted, future, hypothetical, alleged, denied or negated")
    quad: int | None = Field(None, description="Quad class 1-4")
    since: str | None = Field(None, description="Events on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    until: str | None = Field(None, description="Events on or before")
    outlet: str | None = Field(None, description="Outlet, exactly")
    article: str | None = Field(None, description="Article id or id prefix")
    q: str | None = Field(None, description="Words in the evidence sentence or an actor's name")
    rollup: bool = Field(True, description="Actor filters include the bodies under an actor in the KB")


def filters_dep(
    actor: Annotated[str | None, Query(description="Actor: KB id, name or alias (with its sub-bodies unless rollup=false), else the written text", max_length=200)] = None,
    target: Annotated[str | None, Query(description="Target, as for actor", max_length=200)] = None,
    type: Annotated[list[str] | None, Query(description="PLOVER type(s), repeat or comma-separate")] = None,
    modality: Annotated[str | None, Query(description="asserted, future, hypothetical, alleged, denied, negated")] = None,
    quad: Annotated[int | None, Query(description="Quad class 1-4")] = None,
    since: Annotated[str | None, Query(description="On or after: YYYY, YYYY-MM or YYYY-MM-DD", max_length=40)] = None,
    until: Annotated[str | None, Query(description="On or before: YYYY, YYYY-MM or YYYY-MM-DD", max_length=40)] = None,
    outlet: Annotated[str | None, Query(description="Outlet (exact)", max_length=200)] = None,
    article: Annotated[str | None, Query(description="Article id or prefix", max_length=64)] = None,
    q: Annotated[str | None, Query(description="Words in the evidence sentence or actor names", max_length=200)] = None,
    rollup: Annotated[bool, Query(description="Actor filters include sub-bodies in the KB")] = True,
) -> Filters:
    return Filters(actor=actor, target=target, type=type, modality=modality, quad=quad,
                   since=since, until=until, outlet=outlet, article=article, q=q, rollup=rollup)


FiltersDep = Annotated[Filters, Depends(filters_dep)]


def build_query(svc: Services, f: Filters, *, located: bool = False) -> EventQuery:
    return event_query(svc.kb, actor=f.actor, target=f.target, type=f.type, modality=f.modality,
                       quad=f.quad, since=f.since, until=f.until, outlet=f.outlet,
                       article=f.article, q=f.q, located=located, rollup=f.rollup)


# --- downloads -----------------------------------------------------------------------------
def _csv_rows(rows: Iterable[dict[str, Any]], fields: list[str] | None) -> Iterator[str]:
    buf = io.StringIO()
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        flat = {k: ("" if v is None else json.dumps(v, ensure_ascii=False)
                    if isinstance(v, dict | list) else v) for k, v in row.items()}
        if writer is None:
            writer = csv.DictWriter(buf, fieldnames=fields or list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(flat)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    if writer is None and fields:
        yield ",".join(fields) + "\r\n"


def download(rows_factory: Callable[[], Iterator[dict[str, Any]]], fmt: str, name: str, *,
             events: bool = False) -> StreamingResponse:
    """Stream a list as CSV or JSONL (events use the export contract's own flattening)."""

    def body() -> Iterator[str]:
        rows = rows_factory()
        if fmt == "jsonl":
            for row in rows:
                yield (dumps_event(row) if events else json.dumps(row, ensure_ascii=False)) + "\n"
        elif events:
            yield from _csv_rows((flatten_for_csv(r) for r in rows), list(CSV_FIELDS))
        else:
            yield from _csv_rows(rows, None)

    media = "application/x-ndjson" if fmt == "jsonl" else "text/csv"
    return StreamingResponse(body(), media_type=f"{media}; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


def _stream(svc: Services, fn: Callable[[Any], Iterable[dict[str, Any]]]) -> Callable[[], Iterator[dict[str, Any]]]:
    def rows() -> Iterator[dict[str, Any]]:
        with svc.store.snapshot() as conn:
            yield from fn(conn)
    return rows


Format = Literal["json", "csv", "jsonl"]


# --- the app -------------------------------------------------------------------------------
def create_app(settings: Settings, *, store: Store | None = None, kb: TheatreKB | None = None) -> FastAPI:
    """The ASGI app over the database of ``settings`` (opened read-only)."""
    from brinkwatch.kb.loader import load_theatre

    own_store = store is None
    store = store or open_store(settings.db, readonly=True)
    kb = kb or load_theatre(settings.theatre_paths)
    services = Services(store, kb, settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        threading.Thread(target=services.warm, name="brinkwatch-warm", daemon=True).start()
        yield
        if own_store:
            store.close()

    app = FastAPI(title="brinkwatch API", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None, swagger_ui_oauth2_redirect_url=None,
                  description="Sourced, structured events from news reports. Read-only except "
                              "POST /api/ingest (needs the api_token setting). Errors: "
                              '{"error": {"code", "message"}}.')
    app.state.services = services

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    @app.exception_handler(ApiError)
    async def _api_error(_r: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(BrinkwatchError)
    async def _domain_error(_r: Request, exc: BrinkwatchError) -> JSONResponse:
        return error_response(400, "bad_request", str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(_r: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors()[:3]:
            loc = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path"))
            parts.append(f"{loc or 'request'}: {err.get('msg')}")
        return error_response(422, "invalid_parameter", "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_r: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed"}
        msg = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and msg == "Not Found":
            msg = "no such page or endpoint; see /docs for the API"
        return error_response(exc.status_code, codes.get(exc.status_code, "http_error"), msg)

    @app.exception_handler(Exception)
    async def _internal(_r: Request, exc: Exception) -> JSONResponse:
        return error_response(500, "internal", f"unexpected {type(exc).__name__}; this is a bug, please report it")

    # --- events ---------------------------------------------------------------------------
    @app.get("/api/events", tags=["events"], responses=ERRORS)
    def list_events(svc: Svc, f: FiltersDep,
                    sort: Annotated[Literal["-date", "date", "-intensity", "intensity"], Query()] = "-date",
                    limit: Annotated[int, Query(ge=1, le=browse.MAX_PAGE)] = 50,
                    cursor: Annotated[str | None, Query(max_length=2000)] = None,
                    format: Format = "json") -> Any:
        """Events passing every filter, one page at a time (``next_cursor``), with the total.
        ``format=csv|jsonl`` downloads every matching event instead."""
        query = build_query(svc, f)
        if format != "json":
            return download(_stream(svc, lambda c: browse.iter_records(c, query, sort=sort)),
                            format, "events", events=True)
        with svc.store.snapshot() as conn:
            page = browse.list_events(conn, query, sort=sort, limit=limit, cursor=cursor,
                                      with_total=False)
            total, exact = svc.total(conn, query)
        return plain_json({"total": total, "total_exact": exact, "limit": page.limit,
                           "sort": page.sort, "next_cursor": page.next_cursor, "items": page.items})

    @app.get("/api/events/facets", tags=["events"], responses=ERRORS)
    def event_facets(svc: Svc, f: FiltersDep,
                     size: Annotated[int, Query(ge=1, le=100)] = 15) -> Any:
        """Counts by type, modality, outlet, month, actor and target within the filters."""
        query = build_query(svc, f)
        with svc.store.snapshot() as conn:
            total, exact = svc.total(conn, query)
            return plain_json({"total": total, "total_exact": exact,
                               "facets": svc.cached(conn, ("facets", query, size),
                                                    lambda: browse.facets(conn, query, size=size))})

    @app.get("/api/events/points", tags=["events"], responses=ERRORS)
    def event_points(svc: Svc, f: FiltersDep,
                     limit: Annotated[int, Query(ge=1, le=10000)] = 2000) -> Any:
        """Located events (id, type, quad, date, place, lat, lon) for the map."""
        query = build_query(svc, f, located=True)
        with svc.store.snapshot() as conn:
            pts = browse.points(conn, query, limit=limit)
        return plain_json({"count": len(pts), "points": pts})

    @app.get("/api/events/{event_id}", tags=["events"], responses=ERRORS)
    def get_event(svc: Svc, event_id: str) -> Any:
        """One event with every evidence span and its article (with the full text)."""
        with svc.store.snapshot() as conn:
            ev = browse.event_detail(conn, event_id)
        if ev is None:
            raise ApiError(404, "not_found", f"no event with id {event_id!r}; list ids at /api/events")
        return ev

    @app.get("/api/timeline", tags=["events"], responses=ERRORS)
    def get_timeline(svc: Svc, f: FiltersDep,
                     bucket: Literal["day", "week", "month"] = "day",
                     format: Format = "json") -> Any:
        """Event counts per period of the event date, split by quad class."""
        query = build_query(svc, f)
        if format != "json":
            return download(_stream(svc, lambda c: (
                {"period": p["period"], "count": p["count"], **{f"quad_{k}": v for k, v in p["by_quad"].items()}}
                for p in browse.timeline(c, query, bucket=bucket))), format, "timeline")
        with svc.store.snapshot() as conn:
            return plain_json({"bucket": bucket, "series": browse.timeline(conn, query, bucket=bucket)})

    @app.get("/api/graph", tags=["events"], responses=ERRORS)
    def get_graph(svc: Svc, f: FiltersDep,
                  max_edges: Annotated[int, Query(ge=1, le=1000)] = 150,
                  format: Format = "json") -> Any:
        """Who acts on whom: nodes (KB actors) and edges weighted by count, per quad class."""
        query = build_query(svc, f)
        if format != "json":
            return download(_stream(svc, lambda c: (
                {k: v for k, v in e.items() if k != "by_quad"} | {f"quad_{k}": v for k, v in e["by_quad"].items()}
                for e in browse.graph(c, query, max_edges=max_edges)["edges"])), format, "graph")
        with svc.store.snapshot() as conn:
            return plain_json(browse.graph(conn, query, max_edges=max_edges))

    # --- dyads / tension ------------------------------------------------------------------
    @app.get("/api/dyads", tags=["tension"], responses=ERRORS)
    def get_dyads(svc: Svc,
                  actor: Annotated[str | None, Query(max_length=200)] = None,
                  target: Annotated[str | None, Query(max_length=200)] = None,
                  bucket: Literal["day", "week"] = "day",
                  since: Annotated[str | None, Query(max_length=40)] = None,
                  until: Annotated[str | None, Query(max_length=40)] = None,
                  rollup: bool = True,
                  half_life: Annotated[float, Query(gt=0, le=365)] = 7.0,
                  limit: Annotated[int, Query(ge=1, le=20)] = 5) -> Any:
        """The tension index of ``actor`` -> ``target`` (both given), or of the most hostile
        dyads (neither given). Each point lists its events and the link that lists them."""
        if (actor is None) != (target is None):
            raise ApiError(400, "bad_request", "give both actor and target, or neither for the top dyads")
        opts = TensionOptions(bucket=bucket, half_life_days=half_life)
        with svc.store.snapshot() as conn:
            if actor is not None and target is not None:
                series = dyad_tension(conn, svc.kb, actor=actor, target=target, options=opts,
                                      since=since, until=until, rollup=rollup)
                return plain_json({"dyads": [_series_json(series, {"actor": actor, "target": target},
                                                          rollup)]})
            pairs = top_dyad_tension(conn, svc.kb, options=opts, since=since, until=until, limit=limit)
        return plain_json({"dyads": [_series_json(s, p, False) for p, s in pairs]})

    # --- articles -------------------------------------------------------------------------
    @app.get("/api/articles", tags=["articles"], responses=ERRORS)
    def list_articles(svc: Svc,
                      status: Annotated[str | None, Query(max_length=40)] = None,
                      outlet: Annotated[str | None, Query(max_length=200)] = None,
                      q: Annotated[str | None, Query(max_length=200)] = None,
                      limit: Annotated[int, Query(ge=1, le=browse.MAX_PAGE)] = 50,
                      cursor: Annotated[str | None, Query(max_length=2000)] = None,
                      format: Format = "json") -> Any:
        """Stored articles, newest first, with status and event counts."""
        if format != "json":
            def rows(conn: Any) -> Iterator[dict[str, Any]]:
                cur = None
                while True:
                    page = browse.list_articles(conn, status=status, outlet=outlet, q=q,
                                                limit=browse.MAX_PAGE, cursor=cur)
                    yield from page.items
                    if not page.next_cursor:
                        return
                    cur = page.next_cursor
            return download(_stream(svc, rows), format, "articles")
        with svc.store.snapshot() as conn:
            page = browse.list_articles(conn, status=status, outlet=outlet, q=q, limit=limit,
                                        cursor=cursor)
        return {"total": page.total, "limit": page.limit, "next_cursor": page.next_cursor,
                "items": page.items}

    @app.get("/api/articles/{article_id}", tags=["articles"], responses=ERRORS)
    def get_article(svc: Svc, article_id: str) -> Any:
        """One article: metadata, status, full text and its events."""
        with svc.store.snapshot() as conn:
            art = browse.article(conn, article_id)
        if art is None:
            raise ApiError(404, "not_found", f"no article with id {article_id!r}; list them at /api/articles")
        from brinkwatch.analysis.views import article_profile

        return {**article_profile(svc.store, art["id"]), **art}

    # --- actors ---------------------------------------------------------------------------
    @app.get("/api/actors", tags=["actors"], responses=ERRORS)
    def search_actors(svc: Svc, q: Annotated[str | None, Query(max_length=200)] = None,
                      limit: Annotated[int, Query(ge=1, le=browse.MAX_PAGE)] = 50,
                      format: Format = "json") -> Any:
        """KB actors whose id, name or an alias contains ``q`` (all when empty), with their
        event counts, most active first."""
        with svc.store.snapshot() as conn:
            counts = browse.actor_event_counts(conn)
        items = search_kb(svc.kb, q or "", counts)[:limit]
        if format != "json":
            return download(lambda: iter(items), format, "actors")
        return {"total": len(items), "items": items}

    @app.get("/api/actors/{kb_id}", tags=["actors"], responses=ERRORS)
    def get_actor(svc: Svc, kb_id: str) -> Any:
        """One actor: KB record (aliases, relations, offices and office-holders) and its
        activity over time (its sub-bodies included)."""
        return actor_profile(svc, kb_id)

    @app.get("/api/places", tags=["actors"], responses=ERRORS)
    def list_places(svc: Svc, type: Annotated[str | None, Query(max_length=40)] = None,
                    country: Annotated[str | None, Query(max_length=3)] = None) -> Any:
        """Gazetteer places of the KB with coordinates (the map draws the provinces)."""
        items = [{"kb_id": p.id, "name": p.name, "type": p.type, "country": p.country,
                  "lat": p.lat, "lon": p.lon} for p in svc.kb.places.values()
                 if p.lat is not None and p.lon is not None
                 and (type is None or p.type == type) and (country is None or p.country == country)]
        return {"total": len(items), "items": items}

    # --- stories (brinkwatch.analysis: the cross-article stage) ---------------------------
    @app.get("/api/stories", tags=["stories"], responses=ERRORS)
    def list_stories(svc: Svc, since: Annotated[str | None, Query(max_length=40)] = None,
                     until: Annotated[str | None, Query(max_length=40)] = None,
                     actor: Annotated[str | None, Query(max_length=200)] = None,
                     type: Annotated[str | None, Query(max_length=40)] = None,
                     min_outlets: Annotated[int, Query(ge=0, le=10_000)] = 0,
                     contradicted: bool = False,
                     limit: Annotated[int, Query(ge=1, le=browse.MAX_PAGE)] = 50,
                     format: Format = "json") -> Any:
        """Stories across articles (one real event, many reports): reports, outlets,
        independent outlets, contradictions and flags (docs/export.md), earliest first."""
        from brinkwatch.analysis import views

        if not svc.has_table("stories"):
            raise ApiError(404, "not_available",
                           "this database has no stories tables; run 'brinkwatch ingest' to upgrade it")
        try:
            items = views.list_stories(svc.store, since=since, until=until, actor=actor,
                                       type=type, min_outlets=min_outlets,
                                       contradicted=contradicted, limit=limit)
        except BrinkwatchError as exc:
            raise ApiError(400, "bad_request", str(exc)) from None
        if format != "json":
            return download(lambda: iter(items), format, "stories")
        return {"total": len(items), "items": items}

    @app.get("/api/stories/{story_id}", tags=["stories"], responses=ERRORS)
    def get_story(svc: Svc, story_id: str) -> Any:
        """One story with its reports side by side and its contradicting claims."""
        from brinkwatch.analysis import views

        story = views.get_story(svc.store, story_id) if svc.has_table("stories") else None
        if story is None:
            raise ApiError(404, "not_found", f"no story with id {story_id!r}; list them at /api/stories")
        return story

    # --- ingest ---------------------------------------------------------------------------
    @app.post("/api/ingest", tags=["ingest"], responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, **ERRORS})
    def post_ingest(svc: Svc, body: IngestBody,
                    authorization: Annotated[str | None, Header()] = None) -> Any:
        """Code and store texts, JSONL lines or URLs. Needs the ``api_token`` setting and
        ``Authorization: Bearer TOKEN``; refused otherwise."""
        token = svc.settings.api_token
        if not token:
            raise ApiError(403, "read_only", "this server is read-only: set the api_token setting (BRINKWATCH_API_TOKEN) to allow ingest")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise ApiError(401, "unauthorized", "missing or wrong token: send 'Authorization: Bearer TOKEN'")
        return run_ingest(svc, body)

    @app.get("/api/health", tags=["meta"])
    def health(svc: Svc) -> Any:
        """Liveness, the version and the database schema version."""
        return {"ok": True, "version": __version__, "schema": svc.store.schema_version()}

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    from brinkwatch.web.pages import add_pages

    add_pages(app)
    return app


class IngestText(BaseModel):
    text: str = Field(..., min_length=1, max_length=2_000_000)
    title: str | None = Field(None, max_length=500)
    outlet: str | None = Field(None, max_length=200)
    published: str | None = Field(None, max_length=40)
    url: str | None = Field(None, max_length=2000)


class IngestBody(BaseModel):
    texts: list[IngestText] = Field(default_factory=list, max_length=200)
    jsonl: str | None = Field(None, max_length=20_000_000, description="Lines as the JSONL reader takes them")
    urls: list[str] = Field(default_factory=list, max_length=200)


def run_ingest(svc: Services, body: IngestBody) -> dict[str, Any]:
    """Write the body to a temporary folder the sources read, and ingest it with one writer."""
    import tempfile
    from itertools import chain

    from brinkwatch.ingest import ingest
    from brinkwatch.sources import iter_path, iter_urls

    if not body.texts and not body.jsonl and not body.urls:
        raise ApiError(400, "bad_request", "give texts, jsonl or urls to ingest")
    s = svc.settings
    opts = s.source_options()
    with svc.ingest_lock, tempfile.TemporaryDirectory(prefix="brinkwatch-ingest-") as tmp:
        folder = Path(tmp)
        lines = [json.dumps(t.model_dump(exclude_none=True), ensure_ascii=False) for t in body.texts]
        if body.jsonl:
            lines.append(body.jsonl.strip())
        sources: list[Iterable[Any]] = []
        if lines:
            (folder / "posted.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            sources.append(iter_path(folder / "posted.jsonl", options=opts))
        if body.urls:
            (folder / "urls.txt").write_text("\n".join(body.urls) + "\n", encoding="utf-8")
            sources.append(iter_urls(folder / "urls.txt", options=opts))
        writer = open_store(s.db)
        try:
            summary = ingest(chain.from_iterable(sources), writer, svc.ingest_context(),
                             batch_size=s.batch_size)
        finally:
            writer.close()
    return {"summary": summary.line(), "seen": summary.seen, "new": summary.new,
            "updated": summary.updated, "unchanged": summary.unchanged, "events": summary.events,
            "problems": summary.problems}


def _series_json(series: Any, pair: dict[str, Any], rollup: bool) -> dict[str, Any]:
    from urllib.parse import urlencode

    # the pair encoded once (periods are ISO days: nothing to quote): urlencode per point
    # was a third of the time of a long series
    head = "/api/events?" + urlencode({"actor": pair["actor"], "target": pair["target"]})
    tail = "" if rollup else "&rollup=false"

    def link(p: Any) -> str:
        return f"{head}&since={p.period}&until={period_end(p.period, series.bucket)}{tail}"

    return {**pair, "bucket": series.bucket, "rollup": rollup,
            "alerts": [p.period for p in series.alerts],
            # the fields read one by one: dataclasses.asdict would deep-copy every event id
            "points": [{f.name: getattr(p, f.name) for f in fields(p)}
                       | {"event_ids": list(p.event_ids[:50]), "events_url": link(p)}
                       for p in series.points]}


def search_kb(kb: TheatreKB, q: str, counts: dict[str, int]) -> list[dict[str, Any]]:
    """KB actors matching ``q`` (id, name or alias contains it, case-insensitively)."""
    from brinkwatch.kb.model import norm_key

    key = norm_key(q) if q.strip() else ""
    out = []
    for a in kb.actors.values():
        forms = (a.id, a.name, *a.aliases)
        if key and not any(key in norm_key(f) for f in forms):
            continue
        out.append({"kb_id": a.id, "name": a.name, "type": a.type, "country": a.country,
                    "sector": a.sector, "events": counts.get(a.id, 0)})
    out.sort(key=lambda r: (-r["events"], r["name"].casefold()))
    return out


def actor_profile(svc: Services, kb_id: str) -> dict[str, Any]:
    """The KB record of one actor with its office-holders and its activity in the store."""
    kb = svc.kb
    actor = kb.get(kb_id)
    if actor is None:
        found = kb.lookup(kb_id)
        if not found:
            raise ApiError(404, "not_found", f"no actor {kb_id!r} in the knowledge base; search at /api/actors?q=")
        actor = found[0]
    ids = kb.resolve_actor_query(actor.id, members=True) or (actor.id,)

    def name(i: str) -> str:
        a = kb.get(i)
        return a.name if a else i

    holders = [{"kb_id": p.id, "name": p.name, "start": t.start, "end": t.end}
               for p in kb.actors.values() for t in p.offices if t.office == actor.id]
    holders.sort(key=lambda h: (h["start"] or "", h["kb_id"]))
    with svc.store.snapshot() as conn:
        activity = browse.actor_activity(conn, ids)
    return {
        "kb_id": actor.id, "name": actor.name, "type": actor.type, "country": actor.country,
        "sector": actor.sector, "description": actor.description,
        "aliases": list(actor.aliases) + list(actor.ambiguous_aliases),
        "parent": {"kb_id": actor.parent, "name": name(actor.parent)} if actor.parent else None,
        "ancestors": list(kb.ancestors(actor.id)),
        "parts": [{"kb_id": i, "name": name(i)} for i in ids if i != actor.id],
        "relations": [{"type": r.type, "target": r.target, "target_name": name(r.target),
                       "confidence": r.confidence, "start": r.start, "end": r.end,
                       "verified": r.verified} for r in actor.relations],
        "offices": [{"office": t.office, "office_name": name(t.office), "start": t.start,
                     "end": t.end} for t in actor.offices],
        "office_holders": holders,
        "activity": activity,
    }


def check_host(host: str) -> str | None:
    """A warning when ``host`` is not a loopback address (the API and the dashboard have no
    login), else None."""
    import ipaddress

    if host in ("localhost",):
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass
    return (f"serving on {host}, which other machines may reach: brinkwatch has no login, so "
            "anyone who can reach it can read the database; use --host 127.0.0.1 unless you mean it")


#: the settings of ``serve --workers N`` handed to its worker processes (JSON of every value)
SETTINGS_ENV = "BRINKWATCH_SERVE_SETTINGS"
MAX_WORKERS = 64


def app_from_environment() -> FastAPI:
    """The app of one worker process of ``serve --workers N`` (uvicorn's factory): the
    parent's settings, from :data:`SETTINGS_ENV`."""
    import os

    from brinkwatch.config import load_settings

    raw = os.environ.get(SETTINGS_ENV)
    if not raw:
        raise ConfigError(f"{SETTINGS_ENV} is not set; start the server with 'brinkwatch serve'")
    return create_app(load_settings(environ={}, **json.loads(raw)))


def serve(settings: Settings, *, host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
          log: Callable[[str], None] = print) -> None:
    """Run the API and dashboard with uvicorn until interrupted: one process, or ``workers``
    processes sharing the port (each with its own read-only connections and cache), so that
    concurrent requests run on several cores instead of taking turns on one interpreter."""
    import os

    import uvicorn

    if not 0 < port < 65536:
        raise ConfigError(f"port must be between 1 and 65535, got {port}")
    if not 1 <= workers <= MAX_WORKERS:
        raise ConfigError(f"workers must be between 1 and {MAX_WORKERS}, got {workers}; "
                          "about one per CPU core is a good start")
    warning = check_host(host)
    if warning:
        log(f"warning: {warning}")
    target: Any
    if workers == 1:
        target = create_app(settings)
    else:  # uvicorn starts each worker from an import string; the settings go by environment
        os.environ[SETTINGS_ENV] = json.dumps(
            {f.name: getattr(settings, f.name) for f in fields(settings) if f.name != "origins"})
        target = "brinkwatch.api.app:app_from_environment"
    log(f"brinkwatch: dashboard at http://{host}:{port}/  API docs at http://{host}:{port}/docs  "
        f"(database {settings.db}; {workers} worker process{'es' if workers > 1 else ''}; Ctrl+C stops)")
    try:
        uvicorn.run(target, host=host, port=port, log_level="warning", workers=workers,
                    factory=workers > 1)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror}; choose another --port") from exc


__all__ = ["CSP", "ApiError", "StoreError", "check_host", "create_app", "serve"]
