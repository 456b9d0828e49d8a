"""The single writer: one :class:`~brinkwatch.records.ArticleResult` -> rows, in one transaction.

Upserts use the dialect's own ``INSERT ... ON CONFLICT`` (SQLite and PostgreSQL), so callers
never see which database is underneath.
"""

from __future__ import annotations

import calendar
import datetime
import json
from collections.abc import Container, Sequence
from typing import Any

from sqlalchemy import Connection, delete, select, text
from sqlalchemy.dialects import postgresql, sqlite

from brinkwatch.errors import StoreError
from brinkwatch.records import ActorRef, ArticleResult, ArticleStatus, DateRef, Event
from brinkwatch.store import schema, tallies
from brinkwatch.store.codec import dump_event
from brinkwatch.store.migrations import now_iso
from brinkwatch.store.prepared import execute_many


def dialect_insert(conn: Connection, table: Any) -> Any:
    """``insert(table)`` of the connection's dialect (has ``on_conflict_do_*``)."""
    name = conn.dialect.name
    if name == "sqlite":
        return sqlite.insert(table)
    if name == "postgresql":
        return postgresql.insert(table)
    raise StoreError(f"brinkwatch stores to sqlite or postgresql, not {name}: use a sqlite path or a postgresql:// URL")


def advisory_lock(conn: Connection, key: str) -> None:
    """On PostgreSQL, hold a transaction-scoped advisory lock on ``key`` (a no-op on SQLite,
    where ``BEGIN IMMEDIATE`` already lets one writer in at a time)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
                     {"key": key})


def lock_article(conn: Connection, article_id: str) -> None:
    """Serialise writers of one article: the second sees the first's rows and upserts them."""
    advisory_lock(conn, f"brinkwatch:article:{article_id}")


def effective_status(result: ArticleResult) -> tuple[str, str | None]:
    """Status and reason to record: a processing error marks an ok article as failed."""
    art = result.article
    if art.status == ArticleStatus.OK and result.error:
        return str(ArticleStatus.FAILED), result.error
    return str(art.status), art.reason


def date_bounds(date: DateRef) -> tuple[str | None, str | None]:
    """First and last day covered by an event date (ISO ``YYYY-MM-DD``), or (None, None)."""
    start = expand_day(date.value, last=False)
    end = expand_day(date.end or date.value, last=True)
    if start is None or end is None:
        return None, None
    return start, end


def expand_day(value: str | None, *, last: bool) -> str | None:
    """``2025`` / ``2025-10`` / ``2025-10-09[T...]`` -> first (or last) day as ``YYYY-MM-DD``."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if last else 1)
        if len(parts) > 2:
            day = int(parts[2])
        else:
            day = calendar.monthrange(year, month)[1] if last else 1
        return datetime.date(year, month, day).isoformat()
    except (ValueError, IndexError, calendar.IllegalMonthError):
        return None


def stored_extractors(value: str | None) -> tuple[str, ...]:
    return tuple(json.loads(value)) if value else ()


def write_result(conn: Connection, result: ArticleResult, *,
                 fingerprint: tuple[str, Sequence[str]] | None = None) -> str:
    """Write ``result`` inside the caller's transaction: "new" | "unchanged" | "updated".

    ``fingerprint`` is (signature, band keys) of a coded article, kept for near-duplicate
    lookups; an article with status ``duplicate`` records its link to ``duplicate_of``.
    """
    outcome = _write_result(conn, result)
    if outcome == "unchanged":
        return outcome
    art = result.article
    if fingerprint is not None:
        sig, keys = fingerprint
        _insert_many(conn, schema.fingerprints, [{"article_id": art.id, "signature": sig}])
        _insert_many(conn, schema.fingerprint_bands,
                     [{"band": k, "article_id": art.id} for k in dict.fromkeys(keys)])
    if art.status == ArticleStatus.DUPLICATE and art.duplicate_of:
        _insert_many(conn, schema.duplicates, [{"article_id": art.id,
                                                "original_id": art.duplicate_of,
                                                "similarity": None}])
    return outcome


def replace_origin(conn: Connection, origin: str, *, current: str,
                   keep: Container[str] = ()) -> list[str]:
    """Delete (with everything derived) the articles read from ``origin`` other than
    ``current`` and those in ``keep``: the older versions of an edited file. Returns their ids."""
    a = schema.articles.c
    old = [i for i in conn.execute(select(a.id).where(a.origin == origin)).scalars()
           if i != current and i not in keep]
    delete_articles(conn, old)
    return old


def delete_articles(conn: Connection, ids: Sequence[str]) -> int:
    """Delete articles and every row derived from them (inside the caller's transaction)."""
    for article_id in ids:
        _delete_derived(conn, article_id)
        for table in (schema.fingerprint_bands, schema.fingerprints, schema.duplicates):
            conn.execute(delete(table).where(table.c.article_id == article_id))
        conn.execute(delete(schema.articles).where(schema.articles.c.id == article_id))
    return len(ids)


def _write_result(conn: Connection, result: ArticleResult) -> str:
    art = result.article
    status, reason = effective_status(result)
    extractors = tuple(result.extractors)
    lock_article(conn, art.id)
    existing = conn.execute(
        select(schema.articles.c.extractors, schema.articles.c.status, schema.articles.c.reason)
        .where(schema.articles.c.id == art.id)
    ).first()
    if existing is not None:
        if (stored_extractors(existing.extractors) == extractors
                and existing.status == status and existing.reason == reason):
            return "unchanged"
        _delete_derived(conn, art.id)
        for table in (schema.fingerprint_bands, schema.fingerprints, schema.duplicates):
            conn.execute(delete(table).where(table.c.article_id == art.id))
    now = now_iso()
    row = {
        "id": art.id,
        "origin": art.origin,
        "status": status,
        "reason": reason,
        "title": art.title,
        "outlet": art.outlet,
        "author": art.author,
        "url": art.url,
        "published": art.published,
        "language": art.language,
        "format": art.format,
        "size": art.size,
        "text": art.text,
        "extractors": json.dumps(list(extractors)),
        "first_seen": now,
        "updated_at": now,
    }
    def upsert() -> Any:
        ins = dialect_insert(conn, schema.articles)
        return ins.on_conflict_do_update(
            index_elements=[schema.articles.c.id],
            set_={k: ins.excluded[k] for k in row if k not in ("id", "first_seen")})

    execute_many(conn, "upsert:articles", [row], upsert)
    _insert_derived(conn, result, now)
    return "new" if existing is None else "updated"


def _delete_derived(conn: Connection, article_id: str) -> None:
    tallies.add_articles(conn, [article_id], -1)
    event_ids = select(schema.events.c.id).where(schema.events.c.article_id == article_id)
    for table in (schema.casualties, schema.event_assembly, schema.evidence,
                  schema.attributions, schema.event_actors, tallies.event_dyads,
                  tallies.event_party_days):
        conn.execute(delete(table).where(table.c.event_id.in_(event_ids)))
    for table in (schema.events, schema.mentions, schema.sentences):
        conn.execute(delete(table).where(table.c.article_id == article_id))


def _insert_many(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """``INSERT ... ON CONFLICT DO NOTHING`` of ``rows`` (dicts with the same keys), as one
    executemany. When the rows fill every column, the statement is compiled once per dialect
    and table and handed to the driver directly: building and compiling it again for every
    article was most of the writer's own time."""
    if not rows:
        return
    keys = tuple(rows[0])
    if len(keys) != len(table.c):
        conn.execute(dialect_insert(conn, table).on_conflict_do_nothing(), rows)
        return
    execute_many(conn, f"insert:{table.name}", rows,
                 lambda: dialect_insert(conn, table).on_conflict_do_nothing())


def _insert_derived(conn: Connection, result: ArticleResult, now: str) -> None:
    art = result.article
    _insert_many(conn, schema.sentences, [
        {"article_id": art.id, "idx": s.index, "start": s.start, "end": s.end, "text": s.text}
        for s in result.sentences
    ])
    seen_mentions: set[str] = set()
    mention_rows: list[dict[str, Any]] = []
    actor_rows: dict[str, dict[str, Any]] = {}
    for m in result.mentions:
        if m.id in seen_mentions:
            continue
        seen_mentions.add(m.id)
        mention_rows.append({
            "id": m.id, "article_id": art.id, "sentence_index": m.sentence_index,
            "start": m.start, "end": m.end, "text": m.text, "label": m.label, "kb_id": m.kb_id,
            "name": m.name, "method": m.method, "confidence": m.confidence,
            "extractor": m.extractor,
        })
        if m.kb_id:
            actor_rows.setdefault(m.kb_id, {"kb_id": m.kb_id, "name": m.name, "type": None,
                                            "sector": None, "first_seen": now})
    _insert_many(conn, schema.mentions, mention_rows)

    event_rows: list[dict[str, Any]] = []
    ea_rows: list[dict[str, Any]] = []
    att_rows: list[dict[str, Any]] = []
    ev_rows: list[dict[str, Any]] = []
    flag_rows: list[dict[str, Any]] = []
    cas_rows: list[dict[str, Any]] = []
    dyad_rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    parties: dict[str, dict[str, set[str]]] = {}
    seen_events: set[str] = set()
    for event in result.events:
        if event.id in seen_events:
            continue
        seen_events.add(event.id)
        row = _event_row(event, result)
        event_rows.append(row)
        for a in {r.kb_id for r in event.actors if r.kb_id}:
            for t in {r.kb_id for r in event.targets if r.kb_id}:
                d = tallies.dyad_row(actor=a, target=t, event_id=event.id, start=row["date_start"],
                                     end=row["date_end"], intensity=event.intensity,
                                     modality=row["modality"], published=art.published)
                if d is not None:
                    dyad_rows[(a, t, event.id)] = d
        for role, refs in (("actor", event.actors), ("target", event.targets)):
            for pos, ref in enumerate(refs):
                ea_rows.append({"event_id": event.id, "role": role, "position": pos,
                                "kb_id": ref.kb_id, "name": ref.name, "text": ref.text})
                _note_actor(actor_rows, ref, now)
                if ref.kb_id:
                    parties.setdefault(event.id, {}).setdefault(role, set()).add(ref.kb_id)
        att = event.attribution
        sp = att.speaker
        att_rows.append({
            "event_id": event.id, "kind": str(att.kind),
            "speaker_kb_id": sp.kb_id if sp else None, "speaker_name": sp.name if sp else None,
            "speaker_text": sp.text if sp else att.text, "verb": att.verb, "quote": att.quote,
            "hedges": json.dumps(list(att.hedges), ensure_ascii=False),
        })
        if sp is not None:
            _note_actor(actor_rows, sp, now)
        flag_rows.append({"event_id": event.id, "incomplete": int(event.incomplete),
                          "background": int(event.background), "assembler": event.assembler})
        cas_rows += [{"event_id": event.id, "idx": i, "kind": c.kind, "count": c.count,
                      "low": c.low, "who": c.who, "source": c.source,
                      "sentence_index": c.sentence_index}
                     for i, c in enumerate(event.casualties)]
        for i, ev in enumerate(event.evidence):
            ev_rows.append({
                "event_id": event.id, "idx": i, "sentence_index": ev.sentence_index,
                "start": ev.start, "end": ev.end, "trigger": ev.trigger,
                "trigger_start": ev.trigger_start, "trigger_end": ev.trigger_end,
            })
    _insert_many(conn, schema.events, event_rows)
    _insert_many(conn, schema.event_actors, ea_rows)
    _insert_many(conn, schema.attributions, att_rows)
    _insert_many(conn, schema.evidence, ev_rows)
    _insert_many(conn, schema.event_assembly, flag_rows)
    _insert_many(conn, schema.casualties, cas_rows)
    _insert_many(conn, tallies.event_dyads, [dyad_rows[k] for k in sorted(dyad_rows)])
    party_rows = [d for row in event_rows for d in tallies.party_day_rows(
        row["id"], row["date_start"], row["date_end"], parties.get(row["id"], {}))]
    party_rows.sort(key=lambda d: (d["kb_id"], d["role"], d["day"], d["event_id"]))
    _insert_many(conn, tallies.event_party_days, party_rows)
    # one order for every writer, so concurrent PostgreSQL writers never deadlock on actors
    _insert_many(conn, schema.actors, [actor_rows[k] for k in sorted(actor_rows)])
    # counted from the rows above, not re-read from the tables just written
    tallies.add_rows(conn, tallies.event_rows(event_rows, parties, art.outlet))


def _note_actor(actor_rows: dict[str, dict[str, Any]], ref: ActorRef, now: str) -> None:
    if not ref.kb_id:
        return
    row = actor_rows.setdefault(ref.kb_id, {"kb_id": ref.kb_id, "name": ref.name, "type": None,
                                            "sector": ref.sector, "first_seen": now})
    if row["sector"] is None:
        row["sector"] = ref.sector
    if row["name"] is None:
        row["name"] = ref.name


def _event_row(event: Event, result: ArticleResult) -> dict[str, Any]:
    if event.article_id != result.article.id:
        raise ValueError(f"event {event.id} belongs to article {event.article_id}, not "
                         f"{result.article.id}: pass the article the event was extracted from")
    start, end = date_bounds(event.date)
    loc = event.location
    position = min((ev.trigger_start if ev.trigger_start is not None else ev.start
                    for ev in event.evidence), default=0)
    return {
        "id": event.id, "article_id": event.article_id, "position": position,
        "type": event.type, "mode": event.mode, "quad": event.quad,
        "intensity": event.intensity, "cameo": event.cameo, "modality": str(event.modality),
        "date_value": event.date.value, "date_precision": event.date.precision,
        "date_text": event.date.text, "date_start": start, "date_end": end,
        "location": None if loc is None else json.dumps(
            {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon},
            ensure_ascii=False),
        "confidence": event.confidence, "extractor": event.extractor,
        "record": dump_event(event, remember=True),
    }
