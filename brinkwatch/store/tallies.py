"""Pre-aggregated event counts (``event_tallies``), kept exact in the same transaction as every
event write and delete, so totals and facet counts of a large store do not scan its events.

One row counts the events sharing a key: ``(kind, actor, target, month, last_month, type,
modality, quad, outlet)``. ``month`` / ``last_month`` are the months of the event's first and
last day (``''`` when undated); ``quad`` 0 and ``outlet`` ``''`` stand for none. ``kind`` says
which events a row counts, each event once per row key:

- ``''``: every event (``actor`` = ``target`` = ``''``);
- ``'a'``: per distinct KB id among the event's actors (``actor`` = that id);
- ``'t'``: per distinct KB id among its targets (``target`` = that id);
- ``'at'``: per distinct (actor id, target id) pair;
- ``'aa'``: per distinct pair of actor ids (``target`` holds the second actor; an event with
  one actor X has the row (X, X)): the actor facet under an actor filter;
- ``'tt'``: the same for targets (``actor`` holds the second target);
- ``'#'``: not events but the write counter (:func:`stamp`).

An event with two actors is counted once in each of their ``'a'`` rows and once in the
``''`` row, so every answer below is an exact count of events. :func:`answerable` says when a
query can be answered from the tallies (the other queries are answered from the events
themselves by :mod:`brinkwatch.store.browse`): filters on type, modality, quad, outlet, at
most one KB id per side (``rollup=false``, or an actor with no sub-bodies in the KB) or
several that no stored event has together on that side (:func:`disjoint`), and
dates that start on a month's first day and end on a month's last day (``2025-10``,
``2025``). Counts reach zero but the rows stay (a zero row weighs nothing in a sum).
"""

from __future__ import annotations

import calendar
import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import replace
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    Connection,
    Float,
    Index,
    Integer,
    String,
    Table,
    case,
    delete,
    func,
    literal,
    select,
)

from brinkwatch.store import schema

if TYPE_CHECKING:
    from brinkwatch.store.browse import EventQuery

KEY = ("kind", "actor", "target", "month", "last_month", "type", "modality", "quad", "outlet")

event_tallies = Table(
    "event_tallies",
    schema.metadata,
    Column("kind", String(2), primary_key=True),
    Column("actor", String(200), primary_key=True),
    Column("target", String(200), primary_key=True),
    Column("month", String(7), primary_key=True),
    Column("last_month", String(7), primary_key=True),
    Column("type", String(40), primary_key=True),
    Column("modality", String(20), primary_key=True),
    Column("quad", Integer, primary_key=True, autoincrement=False),
    Column("outlet", String(200), primary_key=True),
    Column("n", Integer, nullable=False),
    # covering copies in the order of the other filters: a type, outlet, month or target
    # filter reads its rows only, never every row of a kind; the actor copy is the key's own
    # order with the count (migration 13): an actor's rows without a lookup of each row
    *(Index(f"ix_event_tallies_{lead}", "kind", lead,
            *(k for k in KEY if k not in ("kind", lead)), "n")
      for lead in ("type", "outlet", "month", "target", "actor")),
)


def _grouped(kind: str, article_ids: Sequence[str] | None) -> Any:
    """SELECT of the tally rows (KEY..., n) of ``kind`` for the events of ``article_ids``
    (every event when None), computed from the event tables."""
    e = schema.events.c
    a = schema.articles.c
    cols: list[Any] = [literal(kind).label("kind")]
    src: Any = schema.events
    for column, role in zip(("actor", "target"), COLUMNS[kind], strict=True):
        if role:  # one row per distinct KB id of the event in that role
            ea = schema.event_actors.c
            ids = (select(ea.event_id, ea.kb_id).where(ea.role == role, ea.kb_id.is_not(None))
                   .distinct().subquery(f"p_{column}"))
            src = src.join(ids, ids.c.event_id == e.id)
            cols.append(ids.c.kb_id.label(column))
        else:
            cols.append(literal("").label(column))
    src = src.join(schema.articles, a.id == e.article_id)
    keys = [func.coalesce(func.substr(e.date_start, 1, 7), "").label("month"),
            func.coalesce(func.substr(e.date_end, 1, 7), "").label("last_month"),
            e.type.label("type"), func.coalesce(e.modality, "").label("modality"),
            func.coalesce(e.quad, 0).label("quad"), func.coalesce(a.outlet, "").label("outlet")]
    stmt = select(*cols, *keys, func.count().label("n")).select_from(src)
    if article_ids is not None:
        stmt = stmt.where(e.article_id.in_(list(article_ids)))
    return stmt.group_by(*cols[1:], *keys)


#: per kind, the role whose KB ids fill the ``actor`` and the ``target`` column
COLUMNS = {"": (None, None), "a": ("actor", None), "t": (None, "target"),
           "at": ("actor", "target"), "aa": ("actor", "actor"), "tt": ("target", "target")}
KINDS = tuple(COLUMNS)


def add_articles(conn: Connection, article_ids: Sequence[str], sign: int) -> None:
    """Add (``sign`` = 1, after writing) or take away (-1, before deleting) the events of
    these articles, inside the caller's transaction. Rows are upserted in key order, so
    concurrent PostgreSQL writers lock them in one order and never deadlock."""
    if not article_ids:
        return
    rows: list[dict[str, Any]] = []
    for kind in KINDS:
        for r in conn.execute(_grouped(kind, article_ids)):
            d = dict(r._mapping)
            d["n"] = sign * int(d["n"])
            rows.append(d)
    add_rows(conn, rows)


def event_rows(events: Sequence[dict[str, Any]], parties: dict[str, dict[str, set[str]]],
               outlet: str | None, sign: int = 1) -> list[dict[str, Any]]:
    """The tally rows (KEY..., n) of one article's events, counted here instead of by
    :func:`_grouped` over the rows just written (the same counts: ``events`` are the
    article's ``events`` rows, ``parties`` each event's distinct KB ids per role)."""
    counts: dict[tuple[Any, ...], int] = {}
    out = outlet or ""
    for e in events:
        keys = ((e["date_start"] or "")[:7], (e["date_end"] or "")[:7], e["type"],
                e["modality"] or "", e["quad"] or 0, out)
        roles = parties.get(e["id"], {})
        for kind, (first, second) in COLUMNS.items():
            actors = sorted(roles.get(first, ())) if first else [""]
            targets = sorted(roles.get(second, ())) if second else [""]
            for a in actors:
                for t in targets:
                    k = (kind, a, t, *keys)
                    counts[k] = counts.get(k, 0) + 1
    return [dict(zip(KEY, k, strict=True), n=sign * n) for k, n in counts.items()]


def add_rows(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Upsert tally rows (``n`` added to the stored count) as one executemany, in key order,
    so concurrent PostgreSQL writers lock them in one order and never deadlock; the write
    counter (:func:`stamp`) goes up by one with them."""
    if rows:
        _upsert(conn, [*rows, _stamp_row()])


def _upsert(conn: Connection, rows: list[dict[str, Any]]) -> None:
    from brinkwatch.store.prepared import execute_many
    from brinkwatch.store.writer import dialect_insert

    def upsert() -> Any:
        ins = dialect_insert(conn, event_tallies)
        return ins.on_conflict_do_update(index_elements=list(KEY),
                                         set_={"n": event_tallies.c.n + ins.excluded.n})

    rows.sort(key=lambda d: tuple(map(str, _KEY_OF(d))))
    execute_many(conn, "upsert:event_tallies", [dict(zip(_ROW, _ROW_OF(d), strict=True))
                                                for d in rows], upsert)


_ROW = (*KEY, "n")
_KEY_OF, _ROW_OF = itemgetter(*KEY), itemgetter(*_ROW)


def rebuild(conn: Connection) -> None:
    """Recount every tally from the events (the migration's backfill; also after a bulk load
    that bypassed the writer)."""
    t = event_tallies.c
    conn.execute(delete(event_tallies).where(t.kind != STAMP_KIND))  # the counter only goes up
    for kind in KINDS:
        conn.execute(event_tallies.insert().from_select(list(KEY) + ["n"], _grouped(kind, None)))
    _upsert(conn, [_stamp_row()])


# --- the write counter ------------------------------------------------------------------
#: Rows of this kind count writes, not events: every transaction that changes the tallies
#: adds one to one of STAMP_SHARDS rows (``actor`` = the shard, picked at random so that
#: concurrent PostgreSQL writers seldom wait on the same row). Every query above reads one
#: kind of events, so these rows never enter a count.
STAMP_KIND = "#"
STAMP_SHARDS = 16


def _stamp_row() -> dict[str, Any]:
    return {"kind": STAMP_KIND, "actor": f"{random.randrange(STAMP_SHARDS):02d}", "target": "",
            "month": "", "last_month": "", "type": "", "modality": "", "quad": 0, "outlet": "",
            "n": 1}


def stamp(conn: Connection) -> int:
    """A number that grows with every committed write of events (new, re-coded, deleted,
    pruned, rebuilt): equal in two snapshots, the events and their tallies are the same. A
    read of at most STAMP_SHARDS rows, for the API's cache."""
    t = event_tallies.c
    return int(conn.execute(select(func.coalesce(func.sum(t.n), 0))
                            .where(t.kind == STAMP_KIND)).scalar_one())


# --- answers ------------------------------------------------------------------------------
def _month_start(day: str) -> bool:
    return day.endswith("-01")


def _month_end(day: str) -> bool:
    y, m, d = (int(x) for x in day.split("-"))
    return d == calendar.monthrange(y, m)[1]


def answerable(q: EventQuery, conn: Connection | None = None) -> bool:
    """Can the tallies count the events of ``q`` exactly? Several KB ids on one side (an
    actor rolled up over its sub-bodies) only with ``conn``, when no stored event has two of
    them on that side (:func:`disjoint`): then each event is in exactly one id's rows."""
    if q.q or q.article or q.located or q.actor_text or q.target_text:
        return False
    for role, ids in (("actor", q.actor_ids), ("target", q.target_ids)):
        if ids is None:
            continue
        if not ids or (len(ids) > 1 and (conn is None or not disjoint(conn, role, ids))):
            return False
    if q.since and not _month_start(q.since):
        return False
    return not (q.until and not _month_end(q.until))


def disjoint(conn: Connection, role: str, ids: Sequence[str]) -> bool:
    """True when no stored event has two of ``ids`` as its actors (``role`` actor) or as
    its targets: the pair rows ``'aa'`` (``'tt'``) of every two of them sum to zero. A few
    reads of the primary key, one per pair."""
    t = event_tallies.c
    kind = "aa" if role == "actor" else "tt"
    ids = sorted(set(ids))
    both = conn.execute(select(func.coalesce(func.sum(t.n), 0)).where(
        t.kind == kind, t.actor.in_(ids), t.target.in_(ids), t.actor != t.target)).scalar_one()
    return int(both) == 0


def _where(q: EventQuery, *, group_by: str | None = None) -> tuple[str, list[Any]]:
    """(the kind of rows to read, their conditions) for ``q``; ``group_by`` ``actor`` or
    ``target`` asks for rows that carry that party (for the actor / target facets). Several
    ids on a side sum their rows (exact when :func:`answerable` said so)."""
    t = event_tallies.c
    actor, target = q.actor_ids, q.target_ids
    kind = ("a" if actor or group_by == "actor" else "") + ("t" if target or group_by == "target" else "")
    conds: list[Any] = [t.kind == kind]
    if actor:
        conds.append(t.actor == actor[0] if len(actor) == 1 else t.actor.in_(actor))
    if target:
        conds.append(t.target == target[0] if len(target) == 1 else t.target.in_(target))
    if q.types:
        conds.append(t.type.in_([x.strip().upper() for x in q.types]))
    if q.modality:
        conds.append(t.modality == q.modality)
    if q.quad is not None:
        conds.append(t.quad == q.quad)
    if q.outlet:
        conds.append(t.outlet == q.outlet)
    if q.since or q.until:
        conds.append(t.month != "")
    if q.since:
        conds.append(t.last_month >= q.since[:7])
    if q.until:
        conds.append(t.month <= q.until[:7])
    return kind, conds


def total(conn: Connection, q: EventQuery) -> int:
    """The number of events of ``q`` (call only when :func:`answerable`)."""
    _, conds = _where(q)
    return int(conn.execute(select(func.coalesce(func.sum(event_tallies.c.n), 0)).where(*conds)).scalar_one())


def facet_counts(conn: Connection, q: EventQuery, name: str) -> dict[Any, int] | None:
    """Counts of the events of ``q`` per value of facet ``name`` (type, modality, month,
    outlet, actor, target), or None when the tallies cannot say: the actor facet under both
    an actor and a target filter (the co-actors of a dyad's events are not kept)."""
    t = event_tallies.c
    col = {"type": t.type, "modality": t.modality, "month": t.month, "outlet": t.outlet,
           "actor": t.actor, "target": t.target}[name]
    if name in ("actor", "target") and (q.actor_ids if name == "actor" else q.target_ids) is not None:
        if q.actor_ids is not None and q.target_ids is not None:
            return None
        # the other actors (targets) of the events of the one filtered on: pairs 'aa' ('tt')
        kind, conds = _where(q)
        conds[0] = t.kind == kind * 2
        col = t.target if name == "actor" else t.actor
    elif name in ("actor", "target"):
        _, conds = _where(q, group_by=name)
    else:
        _, conds = _where(q)
    if len(conds) > 1 and not (q.actor_ids or q.target_ids):
        # an expression, not the column (the same values: no key column is NULL), so that
        # SQLite reads the range of the filter's own index (type, outlet, month) and groups
        # those rows instead of walking every row of the kind in the order of the facet's
        # index (a party filter's own range is read either way)
        col = func.coalesce(col, col.type.python_type())
    n = func.sum(t.n)
    out: dict[Any, int] = {}
    for v, c in conn.execute(select(col, n).where(*conds).group_by(col).having(n > 0)):
        out[None if v == "" and name in ("month", "outlet", "modality") else v] = int(c)
    return out


def start_floor(conn: Connection, since: str) -> str:
    """The first day of the earliest month in which a dated event still running on ``since``
    starts (``since`` itself when there is none): a lower bound on ``date_start`` that every
    event overlapping [``since``, ...] meets."""
    t = event_tallies.c
    m = conn.execute(select(func.min(t.month)).where(
        t.kind == "", t.month != "", t.last_month >= since[:7], t.n > 0)).scalar()
    return min(since, f"{m}-01") if m else since


def window_size(conn: Connection, q: EventQuery) -> float:
    """How many events (of any kind) start in the months from ``q``'s start floor (or
    ``since``) to ``until``: the most a walk of that date window reads; infinite without
    both bounds. Only for choosing a query plan."""
    if not q.until or not (q.start_floor or q.since):
        return math.inf
    t = event_tallies.c
    lo = (q.start_floor or q.since or "")[:7]
    return int(conn.execute(select(func.coalesce(func.sum(t.n), 0)).where(
        t.kind == "", t.month >= lo, t.month <= q.until[:7])).scalar_one())


def share(conn: Connection, q: EventQuery) -> float:
    """About which share of all events pass the party and the other tally-able filters of
    ``q`` (exact when :func:`answerable`; with several ids per side an upper bound, their
    counts summed). Only for choosing a query plan."""
    t = event_tallies.c
    everything = int(conn.execute(select(func.coalesce(func.sum(t.n), 0)).where(t.kind == "")).scalar_one())
    if not everything:
        return 0.0
    return party_size(conn, q) / everything


def party_size(conn: Connection, q: EventQuery) -> int:
    """About how many events pass the party and the other tally-able filters of ``q``, at
    any date (an upper bound with several ids per side). Only for choosing a query plan."""
    t = event_tallies.c
    _, conds = _where(replace(q, actor_ids=None, target_ids=None, q=None, article=None,
                                 located=False, since=None, until=None))
    actor, target = q.actor_ids, q.target_ids
    kind = ("a" if actor is not None else "") + ("t" if target is not None else "")
    conds[0] = t.kind == kind
    if actor is not None:
        conds.append(t.actor.in_(actor))
    if target is not None:
        conds.append(t.target.in_(target))
    return int(conn.execute(select(func.coalesce(func.sum(t.n), 0)).where(*conds)).scalar_one())


# --- the events of each dyad, by day (the tension index) ------------------------------------
event_dyads = Table(
    "event_dyads",
    schema.metadata,
    Column("actor", String(200), primary_key=True),
    Column("target", String(200), primary_key=True),
    Column("day", String(10), primary_key=True),  # first day, else the publication day
    Column("event_id", String(64), primary_key=True),
    Column("last_day", String(10)),  # NULL: undated event counted on its publication day
    Column("intensity", Float, nullable=False),
    Column("modality", String(20), nullable=False),
    Index("ix_event_dyads_event_id", "event_id"),
    sqlite_with_rowid=False,  # rows stored in key order: a dyad's events are one range read
)


# --- the events of each party, by day (a party over a date window) -----------------------------
event_party_days = Table(
    "event_party_days",
    schema.metadata,
    Column("kb_id", String(200), primary_key=True),
    Column("role", String(10), primary_key=True),  # 'actor' | 'target', as in event_actors
    Column("day", String(10), primary_key=True),  # the event's first day (events.date_start)
    Column("event_id", String(64), primary_key=True),
    Column("last_day", String(10), nullable=False),  # events.date_end
    Index("ix_event_party_days_event_id", "event_id"),
    sqlite_with_rowid=False,  # rows stored in key order: a party's window is one range read
)


def party_day_rows(event_id: str, start: str | None, end: str | None,
                   parties: dict[str, set[str]]) -> list[dict[str, Any]]:
    """The ``event_party_days`` rows of one event: one per distinct KB id in each role, for
    dated events only (an undated event never passes a date filter)."""
    if start is None or end is None:
        return []
    return [{"kb_id": k, "role": role, "day": start, "event_id": event_id, "last_day": end}
            for role in sorted(parties) for k in sorted(parties[role])]


def rebuild_party_days(conn: Connection) -> None:
    """Refill ``event_party_days`` from the events (the migration's backfill; also after a
    bulk load that bypassed the writer): one INSERT ... SELECT."""
    e, ea = schema.events.c, schema.event_actors.c
    conn.execute(delete(event_party_days))
    src = (select(ea.kb_id, ea.role, e.date_start, e.id, e.date_end)
           .select_from(schema.event_actors).join(schema.events, e.id == ea.event_id)
           .where(ea.kb_id.is_not(None), e.date_start.is_not(None), e.date_end.is_not(None))
           .distinct())
    conn.execute(event_party_days.insert().from_select(
        ["kb_id", "role", "day", "event_id", "last_day"], src))


def party_window(role: str, ids: Sequence[str], q: EventQuery) -> Any:
    """SELECT of the ids of the dated events in which one of ``ids`` plays ``role`` and whose
    first day lies in ``q``'s window (from its start floor, else unbounded below, to its
    ``until``) and last day on or after its ``since``: a range read of ``event_party_days``
    per id, never the party's whole history. The caller keeps its own date conditions on
    the events, so the answer is the plain query's."""
    p = event_party_days.c
    return _in_window(select(p.event_id).where(p.kb_id.in_(list(ids)), p.role == role),
                      p.day, p.last_day, q)


def dyad_window(q: EventQuery) -> Any:
    """The same for a dyad (``q``'s actor ids acting on its target ids), from
    ``event_dyads`` (dated rows only: ``last_day`` is NULL on the undated ones)."""
    d = event_dyads.c
    return _in_window(select(d.event_id).where(d.actor.in_(list(q.actor_ids or ())),
                                               d.target.in_(list(q.target_ids or ())),
                                               d.last_day.is_not(None)), d.day, d.last_day, q)


def _in_window(stmt: Any, day: Any, last_day: Any, q: EventQuery) -> Any:
    """``stmt`` kept to rows whose ``day`` lies from ``q``'s start floor to its ``until`` and
    whose ``last_day`` is on or after its ``since`` (each bound only when ``q`` has it)."""
    if q.start_floor:
        stmt = stmt.where(day >= q.start_floor)
    if q.until:
        stmt = stmt.where(day <= q.until)
    if q.since:
        stmt = stmt.where(last_day >= q.since)
    return stmt


#: events by date range, covering: counts over a date window read no event row
WINDOW_INDEX = Index("ix_events_window", schema.events.c.date_start, schema.events.c.date_end,
                     schema.events.c.id)


def dyad_row(*, actor: str, target: str, event_id: str, start: str | None, end: str | None,
             intensity: float | None, modality: str | None,
             published: str | None) -> dict[str, Any] | None:
    """The ``event_dyads`` row of one (actor id, target id) pair of an event: counted on the
    event's first day, else on the article's publication day; None with neither (the rule
    of :func:`brinkwatch.store.browse.dyad_rows`)."""
    from brinkwatch.store.writer import expand_day

    if start is None:
        day = (published or "")[:10]
        if not day or expand_day(day, last=False) != day:
            return None
        start, end = day, None
    return {"actor": actor, "target": target, "day": start, "event_id": event_id,
            "last_day": end, "intensity": float(intensity or 0.0),
            "modality": modality or "asserted"}


def rebuild_dyads(conn: Connection, *, batch: int = 2_000) -> None:
    """Refill ``event_dyads`` from the events (the migration's backfill)."""
    e, a = schema.events.c, schema.articles.c
    src = schema.event_actors.alias("src")
    dst = schema.event_actors.alias("dst")
    conn.execute(delete(event_dyads))
    stmt = (select(src.c.kb_id.label("actor"), dst.c.kb_id.label("target"), e.id, e.date_start,
                   e.date_end, e.intensity, e.modality, a.published)
            .select_from(schema.events)
            .join(src, (src.c.event_id == e.id) & (src.c.role == "actor"))
            .join(dst, (dst.c.event_id == e.id) & (dst.c.role == "target"))
            .join(schema.articles, a.id == e.article_id)
            .where(src.c.kb_id.is_not(None), dst.c.kb_id.is_not(None)).distinct())
    ids = list(conn.execute(select(a.id).order_by(a.id)).scalars())
    for i in range(0, len(ids), batch):  # a batch of articles at a time: bounded memory
        values = [d for r in conn.execute(stmt.where(e.article_id.in_(ids[i:i + batch])))
                  if (d := dyad_row(actor=r.actor, target=r.target, event_id=r.id,
                                    start=r.date_start, end=r.date_end, intensity=r.intensity,
                                    modality=r.modality, published=r.published)) is not None]
        if values:
            conn.execute(event_dyads.insert(), values)


def _dyad_query(q: EventQuery, *cols: Any) -> Any:
    """SELECT ``cols`` from ``event_dyads`` for ``q``'s dyad, or None unless ``q`` is a dyad
    with nothing but dates."""
    if (not q.actor_ids or not q.target_ids or q.types or q.modality or q.quad is not None
            or q.outlet or q.article or q.q or q.located or q.actor_text or q.target_text):
        return None
    d = event_dyads.c
    stmt = select(*cols).where(d.actor.in_(q.actor_ids), d.target.in_(q.target_ids))
    if q.since or q.until:  # dated events whose range overlaps, as browse.dyad_rows
        stmt = stmt.where(d.last_day.is_not(None))
        if q.since:
            stmt = stmt.where(d.last_day >= q.since)
        if q.until:
            stmt = stmt.where(d.day <= q.until)
    return stmt


def dyad_days(conn: Connection, q: EventQuery) -> list[tuple[str, str, float, str]] | None:
    """(event id, day, intensity, modality) of the events of ``q``'s dyad from
    ``event_dyads``, each event once; None unless ``q`` is a dyad with nothing but dates."""
    d = event_dyads.c
    stmt = _dyad_query(q, d.event_id, d.day, d.intensity, d.modality)
    if stmt is None:
        return None
    if len(q.actor_ids or ()) > 1 or len(q.target_ids or ()) > 1:  # an event under several pairs: once
        stmt = stmt.distinct()
    return [tuple(r) for r in conn.execute(stmt)]


def dyad_grouped(conn: Connection, q: EventQuery, weights: Mapping[str, float]
                 ) -> list[tuple[str, float, list[str]]] | None:
    """(day, summed weight, event ids) per day of ``q``'s dyad, summed by the database in
    the table's own (day, event id) order, no sort: an event weighs -intensity ×
    ``weights[modality]`` (0 for a modality not in ``weights``); None unless ``q`` is one
    actor id and one target id with nothing but dates."""
    d = event_dyads.c
    ids = (func.string_agg(d.event_id, ",") if conn.dialect.name == "postgresql"
           else func.group_concat(d.event_id, ","))
    weight = case({m: float(w) for m, w in weights.items()}, value=d.modality, else_=0.0)
    stmt = _dyad_query(q, d.day, func.sum(-d.intensity * weight), ids)
    if stmt is None or len(q.actor_ids or ()) != 1 or len(q.target_ids or ()) != 1:
        return None
    return [(day, float(x or 0.0), joined.split(",")) for day, x, joined in
            conn.execute(stmt.group_by(d.day))]
