"""Read queries for browsing: filtered, sorted, paginated event lists with totals, facet
counts, a timeline, the actor graph, dyad rows for the tension index, article pages and actor
activity. The API, the dashboard and the CLI all call these (datasette-style: one query, many
faces); nothing here knows about HTTP.

Filters arrive as one :class:`EventQuery` (actor filters already resolved to KB ids by
:meth:`brinkwatch.kb.model.TheatreKB.resolve_actor_query`, or kept as text when the KB does not know
the name). Pagination is by keyset: a cursor is an opaque token holding the last row's sort
key, so page N costs what page 1 costs and rows written meanwhile never shift a page.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    and_,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    tuple_,
)

from brinkwatch.errors import StoreError
from brinkwatch.store import schema, tallies
from brinkwatch.store.codec import event_columns, stored_event
from brinkwatch.store.queries import stored_event_by_id
from brinkwatch.store.writer import expand_day

MAX_PAGE = 500
#: beyond this many matches a total that the tallies cannot give is reported as "10,000+"
TOTAL_CAP = 10_000
#: facets of a selection inside a date window of at most this many events (of any kind) are
#: counted in one pass over its events, whatever their number
ONE_PASS = 60_000
#: a party filter passed by at least one event in this many is probed along the sort order
PROBE_EVERY = 200
MODALITIES = ("asserted", "future", "hypothetical", "alleged", "denied", "negated")
SORTS = ("-date", "date", "-intensity", "intensity")
FACETS = ("type", "modality", "outlet", "month", "actor", "target")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventQuery:
    """Every event filter. ``*_ids`` are resolved KB ids (any of them matches); ``*_text``
    matches the canonical name or the written text, case-insensitively, when the KB has no id."""

    actor_ids: tuple[str, ...] | None = None
    actor_text: str | None = None
    target_ids: tuple[str, ...] | None = None
    target_text: str | None = None
    types: tuple[str, ...] | None = None
    modality: str | None = None
    quad: int | None = None
    since: str | None = None  # ISO day, inclusive: events whose date range overlaps
    until: str | None = None
    outlet: str | None = None
    article: str | None = None  # article id or id prefix
    q: str | None = None  # words in the evidence sentence or an actor's name
    located: bool = False  # only events with coordinates
    #: no dated event passing ``since`` starts before this day (set by :func:`bounded` from
    #: the tallies): lets a date range walk the sort index from ``until`` down to it
    start_floor: str | None = None



@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    next_cursor: str | None
    limit: int
    sort: str
    total_exact: bool = True  # False: ``total`` is a lower bound (TOTAL_CAP, "10,000+")


def parse_day(value: str | None, *, last: bool, what: str) -> str | None:
    """``2025``, ``2025-10`` or ``2025-10-09`` -> an ISO day; a clear error otherwise."""
    if value is None or value == "":
        return None
    day = expand_day(value, last=last)
    if day is None or not value[:4].isdigit():
        raise StoreError(f"{what} must be an ISO date like 2025-10-09 (or 2025-10, 2025), got {value!r}")
    return day


def _party(role: str, ids: tuple[str, ...] | None, text: str | None, *, probe: bool = False) -> Any:
    """``events.id IN (ids of the events where one of these actors plays ``role``)``: an
    uncorrelated subquery SQLite evaluates once through ``ix_event_actors_kb_role`` (a
    correlated EXISTS made it probe every KB id for every event). With ``probe`` (a page of a
    party frequent enough that walking the sort order finds its rows at once) it is the
    correlated EXISTS instead: a few hundred probes rather than a set of every event of it."""
    ea = schema.event_actors.c
    e = schema.events.c
    if ids is not None:
        cond = ea.kb_id.in_(ids) if ids else false()
    else:
        key = (text or "").strip().lower()
        cond = or_(func.lower(ea.name) == key, func.lower(ea.text) == key)
    if probe:
        return select(ea.event_id).where(ea.event_id == e.id, ea.role == role, cond).exists()
    return e.id.in_(select(ea.event_id).where(ea.role == role, cond))


def _windowed(q: EventQuery) -> bool:
    """Does ``q`` filter a KB party over a date range (then the party's events are read from
    :data:`brinkwatch.store.tallies.event_party_days` / ``event_dyads``, its window only)?"""
    return bool((q.since or q.until) and (q.actor_ids or q.target_ids))


def _clauses(q: EventQuery, *, probe: bool = False, plain: bool = False) -> list[Any]:
    """The conditions of ``q`` on ``events``. ``probe``: see :func:`_party`; ``plain``: no
    shortcut table (the reference the tests compare the shortcuts with)."""
    e = schema.events.c
    out: list[Any] = []
    if _windowed(q) and not probe and not plain:
        # the party's events of the window only, from tables in (party, day) order; the
        # date conditions below still apply to the events themselves
        if q.actor_ids and q.target_ids:
            out.append(e.id.in_(tallies.dyad_window(q)))
        else:
            for role, ids in (("actor", q.actor_ids), ("target", q.target_ids)):
                if ids:
                    out.append(e.id.in_(tallies.party_window(role, ids, q)))
        for role, ids, text in (("actor", q.actor_ids, q.actor_text),
                                ("target", q.target_ids, q.target_text)):
            if ids is not None and not ids:
                out.append(false())
            elif not ids and text:
                out.append(_party(role, None, text))
    elif q.actor_ids and q.target_ids and not probe:  # a dyad: one join over the actor index, not two id sets
        src = schema.event_actors.alias("src")
        dst = schema.event_actors.alias("dst")
        out.append(e.id.in_(
            select(src.c.event_id).join(dst, and_(dst.c.event_id == src.c.event_id,
                                                  dst.c.role == "target",
                                                  dst.c.kb_id.in_(q.target_ids)))
            .where(src.c.role == "actor", src.c.kb_id.in_(q.actor_ids))))
    else:
        if q.actor_ids is not None or q.actor_text:
            out.append(_party("actor", q.actor_ids, q.actor_text, probe=probe))
        if q.target_ids is not None or q.target_text:
            out.append(_party("target", q.target_ids, q.target_text, probe=probe))
    if q.types:
        out.append(e.type.in_([t.strip().upper() for t in q.types]))
    if q.modality:
        out.append(e.modality == q.modality)
    if q.quad is not None:
        out.append(e.quad == q.quad)
    if q.since:
        out.append(e.date_end >= q.since)
    if q.until:
        out.append(e.date_start <= q.until)
    if q.start_floor:  # a redundant lower bound: the date range becomes an index range
        out.append(e.date_start >= q.start_floor)
    if q.article:
        out.append(e.article_id.startswith(q.article.strip(), autoescape=True))
    if q.outlet:
        a = schema.articles.c
        if probe:
            out.append(select(a.id).where(a.id == e.article_id, a.outlet == q.outlet).exists())
        else:
            out.append(e.article_id.in_(select(a.id).where(a.outlet == q.outlet)))
    if q.located:
        out.append(e.location.is_not(None))
    if q.q:
        words = q.q.strip()
        ev, s, ea = schema.evidence.c, schema.sentences.c, schema.event_actors.c
        pattern = f"%{words.lower()}%"
        out.append(or_(
            exists().where(and_(ev.event_id == e.id, s.article_id == e.article_id,
                                s.idx == ev.sentence_index, func.lower(s.text).like(pattern))),
            e.id.in_(select(ea.event_id).where(or_(func.lower(ea.name).like(pattern),
                                                   func.lower(ea.text).like(pattern)))),
        ))
    return out


def _from(q: EventQuery, *cols: Any, probe: bool = False, plain: bool = False) -> Any:
    stmt = select(*cols).select_from(schema.events)
    for c in _clauses(q, probe=probe, plain=plain):
        stmt = stmt.where(c)
    return stmt


def _sort_key(sort: str) -> tuple[Any, bool]:
    """(the expression sorted on, descending?). Undated events sort as '' (last when newest
    first); the expressions match the indexes of migration "browse indexes"."""
    e = schema.events.c
    if sort.lstrip("-") == "date":
        key = func.coalesce(e.date_start, literal_column("''"))
    else:
        key = func.coalesce(e.intensity, literal_column("0.0"))
    return key, sort.startswith("-")


def encode_cursor(sort: str, key: Any, event_id: str) -> str:
    raw = json.dumps([sort, key, event_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    bad = StoreError("the cursor is not one this server gave out (or was made for another sort); "
                     "start again from the first page without a cursor")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        csort, key, event_id = json.loads(raw)
    except (ValueError, TypeError, binascii.Error):
        raise bad from None
    want_str = sort.lstrip("-") == "date"
    if (csort != sort or not isinstance(event_id, str)
            or not (isinstance(key, str) if want_str else isinstance(key, int | float))
            or isinstance(key, bool)):
        raise bad
    return key, event_id


def check_sort(sort: str) -> str:
    if sort not in SORTS:
        raise StoreError(f"sort must be one of {', '.join(SORTS)}, got {sort!r}")
    return sort


def check_limit(limit: int) -> int:
    if not 1 <= limit <= MAX_PAGE:
        raise StoreError(f"limit must be between 1 and {MAX_PAGE}, got {limit}; page with the cursor")
    return limit


def list_events(conn: Connection, query: EventQuery, *, sort: str = "-date", limit: int = 50,
                cursor: str | None = None, with_total: bool = True) -> Page:
    """One page of export dicts passing ``query``, the total, and the cursor of the next page."""
    check_sort(sort)
    check_limit(limit)
    e = schema.events.c
    key, desc = _sort_key(sort)
    query = bounded(conn, query)
    # first the ids of the page, from the narrow indexes only; then the records of those ids
    stmt = _from(query, e.id, key.label("k"), probe=_probe(conn, query, page=True))
    if query.start_floor and sort.lstrip("-") == "date":  # the same bounds on the sort key
        stmt = stmt.where(key >= query.start_floor)
        if query.until:
            stmt = stmt.where(key <= query.until)
    if cursor:
        k, last_id = decode_cursor(cursor, sort)
        stmt = stmt.where(tuple_(key, e.id) < tuple_(k, last_id) if desc
                          else tuple_(key, e.id) > tuple_(k, last_id))
    stmt = stmt.order_by(key.desc(), e.id.desc()) if desc else stmt.order_by(key, e.id)
    rows = conn.execute(stmt.limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    records = {}
    if rows:
        stmt = (select(e.id.label("eid"), *event_columns())
                .join(schema.articles, schema.articles.c.id == e.article_id)
                .where(e.id.in_([r.id for r in rows])))
        records = {row.eid: stored_event(row) for row in conn.execute(stmt)}
    items = [records[r.id].export() for r in rows]
    nxt = encode_cursor(sort, rows[-1].k, rows[-1].id) if more and rows else None
    total, exact = count_total(conn, query) if with_total else (-1, True)
    return Page(items=items, total=total, next_cursor=nxt, limit=limit, sort=sort,
                total_exact=exact)


def bounded(conn: Connection, query: EventQuery) -> EventQuery:
    """``query`` with its :attr:`EventQuery.start_floor` when it has a ``since``."""
    if not query.since or query.start_floor:
        return query
    return replace(query, start_floor=tallies.start_floor(conn, query.since))


def _probe(conn: Connection, query: EventQuery, *, page: bool = False) -> bool:
    """Should ``query`` walk the sort order (or its date range) probing its party and outlet
    filters rather than gather every event of the party first? Over a bounded date range:
    when the window holds no more events than the party (then walking it costs less), and
    for a ``page`` also when the party is frequent (the walk stops at the page's end). Without
    one: when the tallies say at least one event in PROBE_EVERY of the store passes them."""
    if (query.actor_ids is None and query.target_ids is None and not query.outlet) \
            or query.actor_text or query.target_text:
        return False
    if query.since or query.until:
        if not (query.start_floor and query.until):
            return False
        if page and tallies.share(conn, query) * PROBE_EVERY >= 1:
            return True
        if _windowed(query):  # the party's window is read in (party, day) order instead
            return False
        return tallies.party_size(conn, query) >= tallies.window_size(conn, query)
    return tallies.share(conn, query) * PROBE_EVERY >= 1


def count_events(conn: Connection, query: EventQuery) -> int:
    """The exact number of events passing ``query``: from the tallies when they can say
    (:func:`brinkwatch.store.tallies.answerable`), else counted."""
    if tallies.answerable(query, conn):
        return tallies.total(conn, query)
    return int(conn.execute(_from(query, func.count())).scalar_one())


def count_total(conn: Connection, query: EventQuery, *, cap: int = TOTAL_CAP) -> tuple[int, bool]:
    """(total, exact) for a list page: exact from the tallies when they can say; otherwise the
    matching events are counted up to ``cap`` and beyond it the answer is ``(cap, False)``:
    "more than ``cap``" (docs/api.md), so no request counts a million rows."""
    if tallies.answerable(query, conn):
        return tallies.total(conn, query), True
    e = schema.events.c
    query = bounded(conn, query)
    # probing pays over a date window; over the whole sort order, gathering the party's
    # events first is cheaper than walking to the cap
    probe = bool(query.since or query.until) and _probe(conn, query)
    head = _from(query, e.id, probe=probe).limit(cap + 1).subquery()
    n = int(conn.execute(select(func.count()).select_from(head)).scalar_one())
    return (n, True) if n <= cap else (cap, False)


def iter_records(conn: Connection, query: EventQuery, *, sort: str = "-date") -> Iterator[dict[str, Any]]:
    """Every export dict passing ``query`` (for CSV/JSONL downloads), streamed."""
    check_sort(sort)
    e = schema.events.c
    key, desc = _sort_key(sort)
    stmt = _from(query, *event_columns()).join(schema.articles,
                                               schema.articles.c.id == e.article_id)
    stmt = stmt.order_by(key.desc(), e.id.desc()) if desc else stmt.order_by(key, e.id)
    for row in conn.execution_options(yield_per=1000).execute(stmt):
        yield stored_event(row).export()


def facets(conn: Connection, query: EventQuery, *, size: int = 15) -> dict[str, list[dict[str, Any]]]:
    """Counts of the events passing ``query`` by type, modality, outlet, month, actor and
    target (largest first, ``size`` values each), within the current selection.

    Exact counts from the tallies (:mod:`brinkwatch.store.tallies`) for every facet they can
    answer; the others are counted from the events: type, modality and month in one grouped
    scan of the narrow ``ix_events_facets`` index, outlets from per-article counts, actors and
    targets from ``event_actors``."""
    counts: dict[str, dict[Any, int]] = {}
    if tallies.answerable(query, conn):
        for name in FACETS:
            got = tallies.facet_counts(conn, query, name)
            if got is not None:
                counts[name] = got
    else:
        query = bounded(conn, query)
        # a small selection, or one inside a date window of at most ONE_PASS events: its
        # events counted in one pass (a broad one is grouped by the scans below)
        if count_total(conn, query)[1] or tallies.window_size(conn, query) <= ONE_PASS:
            counts = _count_rows(conn, query)
    if not {"type", "modality", "month"} <= counts.keys():
        counts.update(_scan_type_modality_month(conn, query))
    if "outlet" not in counts:
        counts["outlet"] = _scan_outlets(conn, query, size)
    for role in ("actor", "target"):
        if role not in counts:
            counts[role] = _scan_parties(conn, query, role, size)

    def top(d: dict[Any, int]) -> list[dict[str, Any]]:
        return [{"value": v, "count": c} for v, c in
                sorted(d.items(), key=lambda kv: (-kv[1], "" if kv[0] is None else str(kv[0])))[:size]]

    out = {k: top(counts[k]) for k in FACETS}
    for role in ("actor", "target"):
        names = actor_names(conn, [x["value"] for x in out[role]])
        out[role] = [{"value": x["value"], "label": names.get(x["value"]) or x["value"],
                      "count": x["count"]} for x in out[role]]
    return out


def _count_rows(conn: Connection, query: EventQuery) -> dict[str, dict[Any, int]]:
    """Every facet of a selection of at most TOTAL_CAP events, from its rows."""
    e, a, ea = schema.events.c, schema.articles.c, schema.event_actors.c
    counts: dict[str, dict[Any, int]] = {k: {} for k in FACETS}

    def add(name: str, v: Any) -> None:
        counts[name][v] = counts[name].get(v, 0) + 1

    # the ids from the narrow indexes first, then their columns through ix_events_lookup
    ids = list(conn.execute(_from(query, e.id, probe=_probe(conn, query))).scalars())
    per_article: dict[str, int] = {}
    for k in range(0, len(ids), 500):
        for t, m, mo, art in conn.execute(select(
                e.type, e.modality, func.substr(e.date_start, 1, 7), e.article_id)
                .where(e.id.in_(ids[k:k + 500]))):
            per_article[art] = per_article.get(art, 0) + 1
            for name, v in (("type", t), ("modality", m), ("month", mo)):
                add(name, v)
    arts = list(per_article)
    for k in range(0, len(arts), 500):
        for art, outlet in conn.execute(select(a.id, a.outlet).where(a.id.in_(arts[k:k + 500]))):
            counts["outlet"][outlet] = counts["outlet"].get(outlet, 0) + per_article[art]
    for k in range(0, len(ids), 500):
        for role, kb in conn.execute(select(ea.role, ea.kb_id).where(
                ea.event_id.in_(ids[k:k + 500]), ea.kb_id.is_not(None))
                .group_by(ea.event_id, ea.role, ea.kb_id)):
            add(role, kb)
    return counts


def _scan_type_modality_month(conn: Connection, query: EventQuery) -> dict[str, dict[Any, int]]:
    e = schema.events.c
    month = func.substr(e.date_start, 1, 7)
    counts: dict[str, dict[Any, int]] = {"type": {}, "modality": {}, "month": {}}
    stmt = _from(query, e.type, e.modality, month.label("m"), func.count()).group_by(e.type, e.modality, month)
    for t, m, mo, c in conn.execute(stmt):
        for name, v in (("type", t), ("modality", m), ("month", mo)):
            counts[name][v] = counts[name].get(v, 0) + int(c)
    return counts


def _scan_outlets(conn: Connection, query: EventQuery, size: int) -> dict[Any, int]:
    e = schema.events.c
    a = schema.articles.c
    per_article = _from(query, e.article_id, func.count().label("k")).group_by(e.article_id).subquery()
    total_k = func.sum(per_article.c.k).label("n")
    stmt = (select(a.outlet.label("v"), total_k).select_from(per_article)
            .join(schema.articles, a.id == per_article.c.article_id)
            .group_by(a.outlet).order_by(total_k.desc(), a.outlet).limit(size))
    return {v: int(c) for v, c in conn.execute(stmt)}


def _scan_parties(conn: Connection, query: EventQuery, role: str, size: int) -> dict[Any, int]:
    e = schema.events.c
    ea = schema.event_actors.c
    n = func.count().label("n")
    stmt = (select(ea.kb_id, n).where(ea.role == role, ea.kb_id.is_not(None))
            .group_by(ea.kb_id).order_by(n.desc(), ea.kb_id).limit(size))
    if _clauses(query):
        stmt = stmt.where(ea.event_id.in_(_from(query, e.id)))
    return {k: int(c) for k, c in conn.execute(stmt)}


def actor_names(conn: Connection, kb_ids: list[str]) -> dict[str, str]:
    """Canonical names of KB ids, as the store recorded them."""
    if not kb_ids:
        return {}
    ac = schema.actors.c
    return {k: nm for k, nm in conn.execute(select(ac.kb_id, ac.name).where(ac.kb_id.in_(kb_ids))) if nm}


def data_stamp(conn: Connection) -> int:
    """A value that changes whenever events are written or removed (for caches): the write
    counter of the tallies, read in the caller's snapshot (:func:`brinkwatch.store.tallies.stamp`)."""
    return tallies.stamp(conn)


def week_of(day: str) -> str:
    d = datetime.date.fromisoformat(day)
    return (d - datetime.timedelta(days=d.weekday())).isoformat()


def timeline(conn: Connection, query: EventQuery, *, bucket: str = "day") -> list[dict[str, Any]]:
    """Event counts per day / week (Monday) / month of the event date, split by quad class."""
    if bucket not in ("day", "week", "month"):
        raise StoreError(f"bucket must be day, week or month, got {bucket!r}")
    e = schema.events.c
    n = func.count().label("n")
    stmt = (_from(query, e.date_start, e.quad, n).where(e.date_start.is_not(None))
            .group_by(e.date_start, e.quad))
    series: dict[str, dict[str, Any]] = {}
    for day, quad, c in conn.execute(stmt):
        period = day if bucket == "day" else week_of(day) if bucket == "week" else day[:7]
        p = series.setdefault(period, {"period": period, "count": 0,
                                       "by_quad": {"1": 0, "2": 0, "3": 0, "4": 0}})
        p["count"] += int(c)
        if quad is not None:
            p["by_quad"][str(quad)] = p["by_quad"].get(str(quad), 0) + int(c)
    return [series[k] for k in sorted(series)]


def graph(conn: Connection, query: EventQuery, *, max_edges: int = 150) -> dict[str, Any]:
    """Who acts on whom: edges actor -> target (KB-linked actors) with counts per quad class,
    heaviest ``max_edges`` kept; nodes carry their total degree."""
    e = schema.events.c
    src = schema.event_actors.alias("src")
    dst = schema.event_actors.alias("dst")
    ids = _from(query, e.id, e.quad).subquery()
    n = func.count().label("n")
    stmt = (select(src.c.kb_id.label("s"), func.max(src.c.name).label("sn"),
                   dst.c.kb_id.label("t"), func.max(dst.c.name).label("tn"), ids.c.quad, n)
            .select_from(ids)
            .join(src, and_(src.c.event_id == ids.c.id, src.c.role == "actor"))
            .join(dst, and_(dst.c.event_id == ids.c.id, dst.c.role == "target"))
            .where(src.c.kb_id.is_not(None), dst.c.kb_id.is_not(None),
                   src.c.kb_id != dst.c.kb_id)
            .group_by(src.c.kb_id, dst.c.kb_id, ids.c.quad))
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    names: dict[str, str] = {}
    for s, sn, t, tn, quad, c in conn.execute(stmt):
        names[s], names[t] = sn or s, tn or t
        ed = edges.setdefault((s, t), {"source": s, "target": t, "count": 0,
                                       "by_quad": {"1": 0, "2": 0, "3": 0, "4": 0}})
        ed["count"] += int(c)
        if quad is not None:
            ed["by_quad"][str(quad)] += int(c)
    kept = sorted(edges.values(), key=lambda x: (-x["count"], x["source"], x["target"]))[:max_edges]
    for ed in kept:
        ed["quad"] = int(max(ed["by_quad"], key=lambda q: (ed["by_quad"][q], q)))
    degree: dict[str, int] = {}
    for ed in kept:
        degree[ed["source"]] = degree.get(ed["source"], 0) + ed["count"]
        degree[ed["target"]] = degree.get(ed["target"], 0) + ed["count"]
    nodes = [{"id": k, "name": names[k], "count": degree[k]} for k in sorted(degree)]
    return {"nodes": nodes, "edges": kept}


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadRow:
    event_id: str
    day: str
    intensity: float
    modality: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadGroup:
    """The events of a dyad on one day: their summed tension weight and their ids."""

    day: str
    weight: float
    event_ids: tuple[str, ...]


def dyad_groups(conn: Connection, query: EventQuery,
                weights: Mapping[str, float]) -> list[DyadGroup] | None:
    """The events of a plain dyad (one actor id, one target id, dates only) grouped per day
    by the database, each weighing -intensity × ``weights[modality]``; None for any other
    query (use :func:`dyad_rows`)."""
    got = tallies.dyad_grouped(conn, query, weights)
    if got is None:
        return None
    return [DyadGroup(day=d, weight=x, event_ids=tuple(ids)) for d, x, ids in got]


def dyad_rows(conn: Connection, query: EventQuery) -> list[DyadRow]:
    """Events of a dyad (``query`` carries the actor and target filters) with the day they
    count on: the event's first day, else the article's publication day; events with
    neither are left out. A plain dyad (no filter but dates) reads ``event_dyads``."""
    fast = tallies.dyad_days(conn, query)
    if fast is not None:
        return [DyadRow(event_id=i, day=d, intensity=float(x), modality=m) for i, d, x, m in fast]
    return _dyad_rows_scan(conn, query)


def _dyad_rows_scan(conn: Connection, query: EventQuery) -> list[DyadRow]:
    e = schema.events.c
    a = schema.articles.c
    out = []
    dated = _from(query, e.id, e.date_start, e.intensity, e.modality).where(e.date_start.is_not(None))
    for r in conn.execute(dated):
        out.append(DyadRow(event_id=r.id, day=r.date_start, intensity=float(r.intensity or 0.0),
                           modality=r.modality or "asserted"))
    if query.since is None and query.until is None:  # undated events only without a range
        undated = (select(e.id, a.published, e.intensity, e.modality).select_from(schema.events)
                   .join(schema.articles, a.id == e.article_id).where(e.date_start.is_(None)))
        for c in _clauses(query):
            undated = undated.where(c)
        for r in conn.execute(undated):
            day = (r.published or "")[:10]
            if day and expand_day(day, last=False) == day:
                out.append(DyadRow(event_id=r.id, day=day, intensity=float(r.intensity or 0.0),
                                   modality=r.modality or "asserted"))
    return out


def top_dyads(conn: Connection, query: EventQuery, *, limit: int = 10) -> list[dict[str, Any]]:
    """The ordered (actor, target) KB pairs with the most hostile events (quad 3-4) in the
    selection, then the most events."""
    e = schema.events.c
    src = schema.event_actors.alias("src")
    dst = schema.event_actors.alias("dst")
    ids = _from(query, e.id, e.quad).subquery()
    hostile = func.sum(func.coalesce((ids.c.quad >= 3).cast(Integer), 0)).label("hostile")
    n = func.count().label("n")
    stmt = (select(src.c.kb_id.label("actor"), func.max(src.c.name).label("actor_name"),
                   dst.c.kb_id.label("target"), func.max(dst.c.name).label("target_name"),
                   hostile, n)
            .select_from(ids)
            .join(src, and_(src.c.event_id == ids.c.id, src.c.role == "actor"))
            .join(dst, and_(dst.c.event_id == ids.c.id, dst.c.role == "target"))
            .where(src.c.kb_id.is_not(None), dst.c.kb_id.is_not(None), src.c.kb_id != dst.c.kb_id)
            .group_by(src.c.kb_id, dst.c.kb_id)
            .order_by(hostile.desc(), n.desc(), src.c.kb_id, dst.c.kb_id).limit(limit))
    return [dict(r._mapping) | {"hostile": int(r.hostile or 0), "count": int(r.n)}
            for r in conn.execute(stmt)]


# --- articles ------------------------------------------------------------------------------
def _article_dict(r: Any) -> dict[str, Any]:
    d = dict(r._mapping)
    d.pop("first_seen", None)
    return d


def list_articles(conn: Connection, *, status: str | None = None, outlet: str | None = None,
                  q: str | None = None, limit: int = 50, cursor: str | None = None) -> Page:
    """A page of articles (newest first), with the count of their events and the total."""
    check_limit(limit)
    a = schema.articles.c
    n_ev = (select(func.count()).select_from(schema.events)
            .where(schema.events.c.article_id == a.id).scalar_subquery())
    cols = (a.id, a.origin, a.status, a.reason, a.title, a.outlet, a.url, a.published,
            a.language, a.format, a.size, a.first_seen, n_ev.label("n_events"))
    conds = []
    if status:
        conds.append(a.status == status)
    if outlet:
        conds.append(a.outlet == outlet)
    if q:
        pattern = f"%{q.strip().lower()}%"
        conds.append(or_(func.lower(a.title).like(pattern), func.lower(a.origin).like(pattern)))
    stmt = select(*cols).where(*conds)
    if cursor:
        k, last = decode_cursor(cursor, "-date")
        stmt = stmt.where(tuple_(a.first_seen, a.id) < tuple_(k, last))
    rows = conn.execute(stmt.order_by(a.first_seen.desc(), a.id.desc()).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    total = int(conn.execute(select(func.count()).select_from(schema.articles).where(*conds)).scalar_one())
    nxt = encode_cursor("-date", rows[-1].first_seen, rows[-1].id) if more and rows else None
    return Page(items=[_article_dict(r) for r in rows], total=total, next_cursor=nxt,
                limit=limit, sort="-date")


def article(conn: Connection, article_id: str) -> dict[str, Any] | None:
    """One article by id (or unique prefix): metadata, text, and its events (export dicts)."""
    a = schema.articles.c
    rows = conn.execute(select(schema.articles).where(
        a.id.startswith(article_id.strip(), autoescape=True)).limit(2)).all()
    if not rows:
        return None
    if len(rows) > 1:
        raise StoreError(f"article id prefix {article_id!r} matches several articles; give more characters")
    d = dict(rows[0]._mapping)
    d["extractors"] = json.loads(d["extractors"]) if d.get("extractors") else []
    e = schema.events.c
    d["events"] = [stored_event(r).export() for r in conn.execute(
        select(*event_columns()).join(schema.articles, schema.articles.c.id == e.article_id)
        .where(e.article_id == d["id"]).order_by(e.position, e.id))]
    return d


def event_detail(conn: Connection, event_id: str) -> dict[str, Any] | None:
    """One event (export dict) with its article (metadata and full text) and every evidence
    span, for the event page."""
    stored = stored_event_by_id(conn, event_id)
    if stored is None:
        return None
    d = stored.export()
    art = article(conn, stored.article.id)
    assert art is not None
    art.pop("events", None)
    d["article"] = {**d.get("article", {}), **{k: art[k] for k in (
        "id", "origin", "status", "title", "outlet", "url", "published", "text", "extractors")}}
    return d


# --- actors -------------------------------------------------------------------------------
def actor_activity(conn: Connection, kb_ids: tuple[str, ...]) -> dict[str, Any]:
    """Per month, events in which any of ``kb_ids`` acts and in which it is the target, and
    its most frequent counterparts."""
    if not kb_ids:
        return {"months": [], "counterparts": [], "total": 0}
    e = schema.events.c
    ea = schema.event_actors.c
    other = schema.event_actors.alias("other")
    month = func.substr(e.date_start, 1, 7)
    n = func.count(func.distinct(e.id)).label("n")
    stmt = (select(ea.role, month.label("m"), n).select_from(schema.event_actors)
            .join(schema.events, e.id == ea.event_id)
            .where(ea.kb_id.in_(kb_ids)).group_by(ea.role, month))
    months: dict[str, dict[str, Any]] = {}
    total = 0
    for role, m, c in conn.execute(stmt):
        key = m or "undated"
        row = months.setdefault(key, {"month": key, "as_actor": 0, "as_target": 0})
        row["as_actor" if role == "actor" else "as_target"] += int(c)
        total += int(c)
    cn = func.count().label("n")
    stmt2 = (select(other.c.kb_id, func.max(other.c.name).label("name"), cn)
             .select_from(schema.event_actors)
             .join(other, and_(other.c.event_id == ea.event_id, other.c.role != ea.role))
             .where(ea.kb_id.in_(kb_ids), other.c.kb_id.is_not(None),
                    other.c.kb_id.not_in(kb_ids))
             .group_by(other.c.kb_id).order_by(cn.desc(), other.c.kb_id).limit(15))
    counterparts = [{"kb_id": k, "name": nm or k, "count": int(c)} for k, nm, c in conn.execute(stmt2)]
    return {"months": [months[k] for k in sorted(months)], "counterparts": counterparts,
            "total": total}


def actor_event_counts(conn: Connection) -> dict[str, int]:
    """Events per KB id (any role), for actor search results."""
    ea = schema.event_actors.c
    return {k: int(c) for k, c in conn.execute(
        select(ea.kb_id, func.count(func.distinct(ea.event_id)))
        .where(ea.kb_id.is_not(None)).group_by(ea.kb_id))}


def with_query(query: EventQuery, **changes: Any) -> EventQuery:
    return replace(query, **changes)


def points(conn: Connection, query: EventQuery, *, limit: int = 2000) -> list[dict[str, Any]]:
    """Located events for the map: id, type, quad, modality, date, place name, lat, lon
    (newest first, at most ``limit``)."""
    e = schema.events.c
    key, _ = _sort_key("-date")
    ids = [r.id for r in conn.execute(
        _from(with_query(query, located=True), e.id).order_by(key.desc(), e.id.desc()).limit(limit))]
    if not ids:
        return []
    rows = {r.id: r for r in conn.execute(
        select(e.id, e.type, e.quad, e.modality, e.date_value, e.location).where(e.id.in_(ids)))}
    ordered = [rows[i] for i in ids]
    out = []
    for r in ordered:
        loc = json.loads(r.location) if r.location else None
        if not loc or loc.get("lat") is None or loc.get("lon") is None:
            continue
        out.append({"id": r.id, "type": r.type, "quad": r.quad, "modality": r.modality,
                    "date": r.date_value, "place": loc.get("name"),
                    "lat": float(loc["lat"]), "lon": float(loc["lon"])})
    return out
