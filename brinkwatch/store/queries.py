"""Read queries over the store. Functions take an open :class:`~sqlalchemy.Connection` and
return typed records (``ArticleRow``; ``StoredEvent``: the event record and its article), so the
CLI, the API and the dashboard all call the same code. The export dicts of
:mod:`brinkwatch.contract` are built from those records when read (``iter_events``,
``event``), never stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, exists, func, or_, select

from brinkwatch.errors import StoreError
from brinkwatch.store import schema
from brinkwatch.store.codec import StoredEvent, event_columns, stored_event
from brinkwatch.store.writer import expand_day


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleRow:
    id: str
    origin: str
    status: str
    reason: str | None
    title: str | None
    outlet: str | None
    published: str | None
    language: str | None
    format: str | None
    size: int
    n_sentences: int
    n_events: int
    duplicate_of: str | None = None


def _doc_clause(doc: str) -> Any:
    a = schema.articles.c
    return or_(a.id.startswith(doc, autoescape=True),
               func.lower(a.origin).contains(doc.lower(), autoescape=True))


def articles(conn: Connection, *, status: str | None = None, limit: int | None = None,
             doc: str | None = None, ids: list[str] | None = None) -> list[ArticleRow]:
    a = schema.articles.c
    n_sent = (select(func.count()).select_from(schema.sentences)
              .where(schema.sentences.c.article_id == a.id).scalar_subquery())
    x = schema.event_assembly.c
    n_ev = (select(func.count()).select_from(schema.events)
            .where(schema.events.c.article_id == a.id,
                   _flag_clause(x.incomplete, False), _flag_clause(x.background, False))
            .scalar_subquery())
    dup = (select(schema.duplicates.c.original_id)
           .where(schema.duplicates.c.article_id == a.id).scalar_subquery())
    q = select(a.id, a.origin, a.status, a.reason, a.title, a.outlet, a.published, a.language,
               a.format, a.size, n_sent.label("n_sentences"), n_ev.label("n_events"),
               dup.label("duplicate_of"))
    if status is not None:
        q = q.where(a.status == status)
    if doc is not None:
        q = q.where(_doc_clause(doc))
    if ids is not None:
        q = q.where(a.id.in_(ids))
    q = q.order_by(a.first_seen, a.id)
    if limit is not None:
        q = q.limit(limit)
    return [ArticleRow(**row._asdict()) for row in conn.execute(q)]


def find_articles(conn: Connection, target: str) -> list[ArticleRow]:
    """Articles read from exactly ``target`` (an origin), else whose id starts with it (6+
    characters, so a short prefix cannot select half the store)."""
    a = schema.articles.c
    t = target.strip()
    ids = list(conn.execute(select(a.id).where(a.origin == t)).scalars())
    if not ids and len(t) >= 6:
        ids = list(conn.execute(select(a.id).where(a.id.startswith(t, autoescape=True)))
                   .scalars())
    return articles(conn, ids=ids) if ids else []


def fingerprint_candidates(conn: Connection, keys: Any, *,
                           keep: Callable[[str], bool] | None = None) -> list[tuple[str, str, str]]:
    """(id, origin, signature) of coded (ok) articles sharing one of the band ``keys``, oldest
    first; with ``keep``, only those whose signature (text) it accepts."""
    if not keys:
        return []
    f, b, a = schema.fingerprints.c, schema.fingerprint_bands.c, schema.articles.c
    # the ids first, then the articles by their key: with the band lookup as a subquery,
    # SQLite's planner read every ok article through the status index and tested its id
    # against the list (a read of the whole table per lookup, quadratic over an ingest)
    ids = list(conn.execute(select(b.article_id).where(b.band.in_(list(keys))).distinct())
               .scalars())
    if not ids:
        return []
    # the signatures next, from their own small rows, and the articles' rows (large: the
    # text) only of those ``keep`` accepts: a band key shared by many stored articles (a
    # wire story reprinted all year) costs a signature compare a candidate, not a row read
    sigs: dict[str, str] = {r.article_id: r.signature for r in conn.execute(
        select(f.article_id, f.signature).where(f.article_id.in_(ids)))}
    if keep is not None:
        sigs = {i: s for i, s in sigs.items() if keep(s)}
    if not sigs:
        return []
    q = (select(a.id, a.origin).where(a.id.in_(list(sigs)), a.status == "ok")
         .order_by(a.first_seen, a.id))
    return [(r.id, r.origin, sigs[r.id]) for r in conn.execute(q)]


def original_exists(conn: Connection, article_id: str) -> bool:
    """True when the original a duplicate points at is still stored."""
    d, a = schema.duplicates.c, schema.articles.c
    orig = conn.execute(select(d.original_id).where(d.article_id == article_id)).scalar()
    return orig is not None and conn.execute(
        select(func.count()).select_from(schema.articles).where(a.id == orig)).scalar() == 1


def status_counts(conn: Connection) -> dict[str, int]:
    a = schema.articles.c
    rows = conn.execute(select(a.status, func.count()).group_by(a.status).order_by(a.status))
    return {status: int(n) for status, n in rows}


def _day(value: str, *, last: bool, what: str) -> str:
    day = expand_day(value, last=last)
    if day is None:
        raise StoreError(
            f"{what} must be an ISO date like 2025-10-09 (or 2025-10, 2025), got {value!r}"
        )
    return day


def _flag_clause(column: Any, want: bool | None) -> Any:
    """``want`` False: records without the flag (the default); True: only flagged; None: all."""
    if want is None:
        return None
    x = schema.event_assembly.c
    flagged = exists().where(and_(x.event_id == schema.events.c.id, column == 1))
    return flagged if want else ~flagged


def check_event_filters(*, since: str | None = None, until: str | None = None,
                        limit: int | None = None, **_: Any) -> None:
    """Raise StoreError for filter values no event could pass (a bad date, ``since`` after
    ``until``, a negative limit), before anything is read or written."""
    lo = _day(since, last=False, what="since") if since is not None else None
    hi = _day(until, last=True, what="until") if until is not None else None
    if lo is not None and hi is not None and lo > hi:
        raise StoreError(f"since ({since}) is after until ({until}): no event can match; "
                         "swap them or drop one")
    if limit is not None and limit < 0:
        raise StoreError(f"limit must be 0 or more, got {limit}")


def iter_stored_events(conn: Connection, *, actor: str | None = None, type: str | None = None,
                       since: str | None = None, until: str | None = None,
                       doc: str | None = None, limit: int | None = None,
                       incomplete: bool | None = False, background: bool | None = False,
                       actor_ids: tuple[str, ...] | None = None) -> Iterator[StoredEvent]:
    """The events (typed records) that pass every given filter, in article then text order.

    ``actor`` matches (case-insensitively) the canonical name, kb id or surface text of an
    actor or target, and ``actor_ids`` (from :meth:`TheatreKB.resolve_actor_query`: every
    alias, acronym, transliteration, optionally members) any of these kb ids; given both, an
    event passing either is kept. ``doc`` is an article id prefix or a substring of its
    origin; ``since`` / ``until`` keep events whose date overlaps the range (events without a
    date are left out; an event dated only by its article's publication, precision
    ``reported``, counts on that day). ``incomplete`` / ``background``: False (default) leaves
    incomplete mentions / background out, True keeps only them, None keeps both kinds.
    """
    check_event_filters(since=since, until=until, limit=limit)
    e = schema.events.c
    a = schema.articles.c
    q = select(*event_columns()).join(schema.articles, a.id == e.article_id)
    x = schema.event_assembly.c
    for column, want in ((x.incomplete, incomplete), (x.background, background)):
        clause = _flag_clause(column, want)
        if clause is not None:
            q = q.where(clause)
    if actor is not None or actor_ids:
        ea = schema.event_actors.c
        alts = []
        if actor is not None:
            key = actor.strip().lower()
            alts += [func.lower(ea.kb_id) == key, func.lower(ea.name) == key,
                     func.lower(ea.text) == key]
        if actor_ids:
            alts.append(ea.kb_id.in_(list(actor_ids)))
        q = q.where(exists().where(and_(ea.event_id == e.id, or_(*alts))))
    if type is not None:
        q = q.where(e.type == type.strip().upper())
    if since is not None:
        q = q.where(e.date_end >= _day(since, last=False, what="since"))
    if until is not None:
        q = q.where(e.date_start <= _day(until, last=True, what="until"))
    if doc is not None:
        q = q.where(_doc_clause(doc))
    q = q.order_by(a.first_seen, a.id, e.position, e.id)
    if limit is not None:
        q = q.limit(limit)
    for row in conn.execute(q):
        yield stored_event(row)


def iter_events(conn: Connection, **filters: Any) -> Iterator[dict[str, Any]]:
    """Export dicts (docs/export.md) of :func:`iter_stored_events`, built now."""
    for stored in iter_stored_events(conn, **filters):
        yield stored.export()


def events(conn: Connection, **filters: Any) -> list[dict[str, Any]]:
    return list(iter_events(conn, **filters))


def stored_event_by_id(conn: Connection, event_id: str) -> StoredEvent | None:
    """One event (typed record) by id or unique id prefix."""
    e, a = schema.events.c, schema.articles.c
    rows = conn.execute(
        select(*event_columns()).join(schema.articles, a.id == e.article_id)
        .where(e.id.startswith(event_id.strip(), autoescape=True)).limit(2)
    ).all()
    if not rows:
        return None
    if len(rows) > 1:
        raise StoreError(
            f"event id prefix {event_id!r} matches several events; give more characters"
        )
    return stored_event(rows[0])


def event(conn: Connection, event_id: str) -> dict[str, Any] | None:
    """One event's export dict plus its context, by id or unique id prefix."""
    stored = stored_event_by_id(conn, event_id)
    if stored is None:
        return None
    row = stored.article
    d = stored.export()
    text = conn.execute(
        select(schema.articles.c.text).where(schema.articles.c.id == row.id)
    ).scalar_one()
    ev = d.get("evidence")
    spans = d.get("spans") or []
    if ev is None:
        d["context"] = None
        d["article_text_excerpt"] = text[:400]
        return d
    idx = spans[0].get("sentence_index") if spans else None
    s = schema.sentences.c
    around: dict[int, tuple[int, int, str]] = {}
    if idx is not None:
        around = {r.idx: (r.start, r.end, r.text) for r in conn.execute(
            select(s.idx, s.start, s.end, s.text)
            .where(s.article_id == row.id, s.idx.between(idx - 1, idx + 1)))}
    before = around.get(idx - 1) if idx is not None else None
    after = around.get(idx + 1) if idx is not None else None
    lo = before[0] if before else max(0, ev["start"] - 200)
    hi = after[1] if after else min(len(text), ev["end"] + 200)
    d["context"] = {
        "before": before[2] if before else None,
        "sentence": text[ev["start"]:ev["end"]],
        "after": after[2] if after else None,
    }
    d["article_text_excerpt"] = text[lo:hi]
    return d


def _norm_surface(text: str) -> str:
    from brinkwatch.names import norm_name

    return norm_name(text)


def actor_counts(conn: Connection, *, doc: str | None = None,
                 unknown: bool = False) -> list[dict[str, Any]]:
    """Mentions counted per actor per article.

    ``unknown=False``: actors linked to the KB, one row per (article, kb_id).
    ``unknown=True``: mentions the KB could not link, one row per (article, surface form
    normalised by ``names.norm_name``); ``name`` and ``kb_id`` are then None.
    """
    m = schema.mentions.c
    a = schema.articles.c
    q = (select(a.id, a.origin, a.first_seen, m.kb_id, m.name, m.text, m.label,
                func.count().label("n"))
         .join(schema.articles, a.id == m.article_id)
         .group_by(a.id, a.origin, a.first_seen, m.kb_id, m.name, m.text, m.label))
    q = q.where(m.kb_id.is_(None) if unknown else m.kb_id.is_not(None))
    if doc is not None:
        q = q.where(_doc_clause(doc))
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    order: dict[str, tuple[str, str]] = {}
    for r in conn.execute(q):
        key = (r.id, _norm_surface(r.text) if unknown else r.kb_id)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {
                "article": {"id": r.id, "origin": r.origin},
                "name": None if unknown else r.name,
                "kb_id": r.kb_id,
                "texts": {},
                "count": 0,
                "labels": set(),
            }
            order[r.id] = (r.first_seen, r.id)
        if g["name"] is None and not unknown:
            g["name"] = r.name
        g["texts"][r.text] = g["texts"].get(r.text, 0) + int(r.n)
        g["count"] += int(r.n)
        if r.label:
            g["labels"].add(r.label)
    out = []
    for g in groups.values():
        texts = g["texts"]
        g["texts"] = sorted(texts, key=lambda t: (-texts[t], t))
        g["labels"] = sorted(g["labels"])
        out.append(g)
    out.sort(key=lambda g: (order[g["article"]["id"]], -g["count"],
                            (g["name"] or g["texts"][0]).casefold()))
    return out


def actor_totals(conn: Connection, *, doc: str | None = None,
                 unknown: bool = False) -> list[dict[str, Any]]:
    """Corpus-wide counts per actor (one row per kb id; per normalised surface form when
    ``unknown``): mentions, articles that mention it, events it is actor or target of, and
    its written forms; most mentioned first."""
    totals: dict[str, dict[str, Any]] = {}
    for g in actor_counts(conn, doc=doc, unknown=unknown):
        key = g["kb_id"] if not unknown else _norm_surface(g["texts"][0])
        t = totals.setdefault(key, {"name": g["name"], "kb_id": g["kb_id"], "mentions": 0,
                                    "articles": 0, "events": 0, "texts": {}})
        t["mentions"] += g["count"]
        t["articles"] += 1
        for text in g["texts"]:
            t["texts"][text] = t["texts"].get(text, 0) + 1
    if not unknown and totals:
        ea, e = schema.event_actors.c, schema.events.c
        q = (select(ea.kb_id, func.count(func.distinct(ea.event_id)))
             .where(ea.kb_id.in_(list(totals))).group_by(ea.kb_id))
        if doc is not None:
            a = schema.articles.c
            q = (q.join(schema.events, e.id == ea.event_id)
                 .join(schema.articles, a.id == e.article_id).where(_doc_clause(doc)))
        for kb_id, n in conn.execute(q):
            totals[kb_id]["events"] = int(n)
    out = []
    for t in totals.values():
        texts = t["texts"]
        t["texts"] = sorted(texts, key=lambda x: (-texts[x], x))
        out.append(t)
    out.sort(key=lambda t: (-t["mentions"], (t["name"] or t["texts"][0]).casefold()))
    return out
