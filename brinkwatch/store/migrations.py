"""Schema migrations written as code and recorded in ``schema_migrations`` (version, name,
applied_at), in the manner of sqlite-utils ``Migrations``.

:data:`MIGRATIONS` is an ordered list; version N is the N-th entry. :func:`apply_migrations`
runs, inside the caller's transaction, every migration not yet recorded, so a crash
mid-migration leaves the database as it was. Never edit or reorder a released migration:
append a new one. (Migration 1 builds the tables of :mod:`schema` as they are now; the
first migration that alters a table must also freeze the v1 table definitions here.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, inspect, select, text
from sqlalchemy.schema import CreateIndex

from brinkwatch.errors import StoreError
from brinkwatch.store import schema


@dataclass(frozen=True, slots=True, kw_only=True)
class Migration:
    name: str
    apply: Callable[[Connection], None]


def _001_initial(conn: Connection) -> None:
    schema.metadata.create_all(
        conn,
        tables=[
            schema.articles,
            schema.sentences,
            schema.mentions,
            schema.actors,
            schema.events,
            schema.event_actors,
            schema.attributions,
            schema.evidence,
        ],
    )


def _assembly_tables(conn: Connection) -> None:
    """Story-level assembly: event flags (incomplete, background) and casualty claims.
    New tables only (``checkfirst``), so it composes with migrations of other branches."""
    schema.metadata.create_all(conn, tables=[schema.event_assembly, schema.casualties])


def _near_duplicates(conn: Connection) -> None:
    schema.metadata.create_all(
        conn, tables=[schema.fingerprints, schema.fingerprint_bands, schema.duplicates])


def _feeds(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.feeds, schema.feed_items])


def _crossref_tables(conn: Connection) -> None:
    """The cross-article stage: article profiles, stories and their reports (new tables only)."""
    schema.metadata.create_all(conn, tables=[schema.article_profiles, schema.stories,
                                             schema.story_reports])


def _browse_indexes(conn: Connection) -> None:
    """Indexes for the API and dashboard (keyset sorts, actor filters, outlets); idempotent."""
    for index in schema.BROWSE_INDEXES:
        conn.execute(CreateIndex(index, if_not_exists=True))


def _event_tallies(conn: Connection) -> None:
    """Pre-aggregated event counts (:mod:`brinkwatch.store.tallies`), backfilled from the
    events already stored."""
    from brinkwatch.store import tallies

    tallies.event_tallies.create(conn, checkfirst=True)
    tallies.rebuild(conn)


def _event_dyads(conn: Connection) -> None:
    """The events of each (actor, target) pair by day, for the tension index
    (:data:`brinkwatch.store.tallies.event_dyads`), backfilled from the events stored; and
    an index of events by date window."""
    from brinkwatch.store import tallies

    tallies.event_dyads.create(conn, checkfirst=True)
    tallies.rebuild_dyads(conn)
    conn.execute(CreateIndex(tallies.WINDOW_INDEX, if_not_exists=True))


def _event_records(conn: Connection) -> None:
    """``events.record`` held the export dict written at ingest; it now holds the event record
    (the contract is applied at export). Rebuild the record of every row that still holds an
    export dict; rows already converted are left alone, so the step is idempotent."""
    import json

    from brinkwatch.store.codec import dump_event, event_from_export

    e, x, t = schema.events.c, schema.event_assembly.c, schema.attributions.c
    q = (select(e.id, e.record, x.assembler, t.speaker_text)
         .outerjoin(schema.event_assembly, x.event_id == e.id)
         .outerjoin(schema.attributions, t.event_id == e.id))
    updates = []
    for row in conn.execute(q).all():
        d = json.loads(row.record)
        if "__t" in d:
            continue
        event = event_from_export(d, assembler=row.assembler, attribution_text=row.speaker_text)
        updates.append({"eid": row.id, "rec": dump_event(event)})
    if updates:
        conn.execute(schema.events.update().where(e.id == bindparam("eid"))
                     .values(record=bindparam("rec")), updates)


def _add_spans(conn: Connection, table: Any, key: str, days: tuple[str, str], span: str,
               indexes: Sequence[str]) -> None:
    """Add the integer column ``span`` (the width class of the interval in the ``days``
    columns, :func:`brinkwatch.store.crossref.span_class`) to ``table`` where it is missing,
    fill it where NULL from the days there, create the ``indexes`` if not there: idempotent."""
    from brinkwatch.store.crossref import span_class

    c = table.c
    if span not in {col["name"] for col in inspect(conn).get_columns(table.name)}:
        conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {span} INTEGER"))
    start, end = c[days[0]], c[days[1]]
    rows = conn.execute(select(c[key], start, end).where(
        c[span].is_(None), start.is_not(None), end.is_not(None))).all()
    if rows:
        conn.execute(table.update().where(c[key] == bindparam("k"))
                     .values({span: bindparam("span")}),
                     [{"k": k, "span": span_class(s, e)} for k, s, e in rows])
    for index in table.indexes:
        if index.name in indexes:
            conn.execute(CreateIndex(index, if_not_exists=True))


def _profile_spans(conn: Connection) -> None:
    """``article_profiles.day_span`` (the width class of an article's days) and an index on
    (day_span, day_start, day_end), so the stage finds the articles of a date window without
    reading the whole table. Adds the column where it is missing (stores made before it), fills
    it from the days already there, creates the index if not there: idempotent."""
    _add_spans(conn, schema.article_profiles, "article_id", ("day_start", "day_end"), "day_span",
               ("ix_article_profiles_span_days",))


def _story_facts(conn: Connection) -> None:
    """``stories.record`` held the story's export dict, written by the stage; it now holds the
    story's facts and the export is built at read. Convert every row that still holds an export
    (rows already converted are left alone: idempotent). A story whose reports' events changed
    since it was summarised is marked dirty: the next run of the stage rebuilds it."""
    import json

    from brinkwatch.analysis.stories import story_facts
    from brinkwatch.store.crossref import events_by_id

    s = schema.stories.c
    updates, dirty = [], []
    for sid, record in conn.execute(select(s.id, s.record)).all():
        d = json.loads(record)
        if "__facts" in d or "reports" not in d:
            continue
        events = events_by_id(conn, sorted({r["event_id"] for r in d["reports"] if r["event_id"]}))
        try:
            updates.append({"sid": sid, "rec": json.dumps(story_facts(d, events),
                                                          ensure_ascii=False)})
        except (ValueError, StopIteration, KeyError):
            dirty.append(sid)
    if updates:
        conn.execute(schema.stories.update().where(s.id == bindparam("sid"))
                     .values(record=bindparam("rec")), updates)
    if dirty:
        conn.execute(schema.stories.update().where(s.id.in_(dirty)).values(dirty=1))


def _origin_index(conn: Connection) -> None:
    """An index of articles by origin (:data:`brinkwatch.store.schema.ORIGIN_INDEX`): every
    write replaces the older versions read from the same origin, and re-ingesting finds
    them by it. Created if not there (new stores have it from migration 1): idempotent."""
    conn.execute(CreateIndex(schema.ORIGIN_INDEX, if_not_exists=True))


def _party_days(conn: Connection) -> None:
    """The dated events of each party by day (:data:`brinkwatch.store.tallies.
    event_party_days`), backfilled from the events stored: an actor or target filter over a
    date window reads its window only. Refilled if there: idempotent. And the tallies'
    covering index led by the actor (its facets read no table row)."""
    from brinkwatch.store import tallies

    tallies.event_party_days.create(conn, checkfirst=True)
    tallies.rebuild_party_days(conn)
    index = next(i for i in tallies.event_tallies.indexes if i.name == "ix_event_tallies_actor")
    conn.execute(CreateIndex(index, if_not_exists=True))


def _story_spans(conn: Connection) -> None:
    """``stories.date_span`` (the width class of a story's dates, as ``day_span`` of article
    profiles) and indexes on (family, date_span, date_start) and (date_span, date_start), so the
    stage finds the stories near a date window without reading every story (of a family, or at
    all). Adds the column where missing, fills it from the dates there, creates the indexes if
    not there: idempotent."""
    _add_spans(conn, schema.stories, "id", ("date_start", "date_end"), "date_span",
               ("ix_stories_family_span", "ix_stories_span"))


def _flat_stage_lookups(conn: Connection) -> None:
    """The stage's lookups stop growing with the corpus. ``profile_bands``: the band keys of
    every profiled article's MinHash signature, which the stage held in memory and now looks
    up in the store; filled from the signatures stored, in the order the stage loaded them
    (an article with rows is skipped). ``stories.wide`` (a story dated by a report wider
    than two weeks, which the any-family lookup leaves out) filled from the features where
    NULL, and its index. Idempotent."""
    import json

    s = schema.stories.c
    if "wide" not in {col["name"] for col in inspect(conn).get_columns("stories")}:
        conn.execute(text("ALTER TABLE stories ADD COLUMN wide INTEGER"))
    rows = conn.execute(select(s.id, s.features).where(s.wide.is_(None))).all()
    if rows:
        conn.execute(schema.stories.update().where(s.id == bindparam("k"))
                     .values(wide=bindparam("w")),
                     [{"k": k, "w": int(bool(json.loads(f).get("wide")))} for k, f in rows])
    index = next(i for i in schema.stories.indexes if i.name == "ix_stories_narrow_span")
    conn.execute(CreateIndex(index, if_not_exists=True))

    import numpy as np

    from brinkwatch.analysis.rules import load_rules
    from brinkwatch.analysis.stage import band_keys, band_ranges
    from brinkwatch.store.crossref import band_rows

    schema.profile_bands.create(conn, checkfirst=True)
    p, b = schema.article_profiles.c, schema.profile_bands.c
    have = set(conn.execute(select(b.article_id).distinct()).scalars())
    # the default rules' banding; a store analysed with other rules is re-indexed by the stage
    ranges = band_ranges(load_rules(None).grouping.reprint_jaccard)
    rows = [row for aid, sig in conn.execute(select(p.article_id, p.signature)).all()
            if aid not in have
            for row in band_rows(aid, band_keys(np.asarray(json.loads(sig), np.uint32), ranges))]
    if rows:
        conn.execute(schema.profile_bands.insert(), rows)


def _story_names(conn: Connection) -> None:
    """``story_names``: the actors, targets and places of each story's features, one row a
    name (:data:`brinkwatch.store.schema.story_names`), so the stage finds the stories naming
    what an undated article's event names without reading all of its family. Created if not
    there, filled from the features stored; a story's rows are made equal to its names
    (re-running changes nothing): idempotent."""
    import json

    from brinkwatch.store.crossref import story_name_keys

    schema.story_names.create(conn, checkfirst=True)
    for index in schema.story_names.indexes:
        conn.execute(CreateIndex(index, if_not_exists=True))
    s, n = schema.stories.c, schema.story_names.c
    want = {(sid, name) for sid, features in conn.execute(select(s.id, s.features)).all()
            for name in story_name_keys(json.loads(features))}
    have = set(conn.execute(select(n.story_id, n.name)).tuples())
    for sid, name in sorted(have - want):
        conn.execute(schema.story_names.delete().where(n.story_id == sid, n.name == name))
    if want - have:
        conn.execute(schema.story_names.insert(),
                     [{"story_id": sid, "name": name} for sid, name in sorted(want - have)])


MIGRATIONS: tuple[Migration, ...] = (
    Migration(name="initial tables", apply=_001_initial),
    Migration(name="story assembly: event flags and casualty claims", apply=_assembly_tables),
    Migration(name="near-duplicate fingerprints and links", apply=_near_duplicates),
    Migration(name="feeds and feed items (watch mode)", apply=_feeds),
    Migration(name="stories, story reports and article profiles", apply=_crossref_tables),
    Migration(name="browse indexes", apply=_browse_indexes),
    Migration(name="event tallies (pre-aggregated counts)", apply=_event_tallies),
    Migration(name="event dyads by day (tension index), date window index", apply=_event_dyads),
    Migration(name="events keep their record; the export is built at read", apply=_event_records),
    Migration(name="article profiles: width class of their days, indexed", apply=_profile_spans),
    Migration(name="stories keep their facts; the export is built at read", apply=_story_facts),
    Migration(name="articles indexed by origin", apply=_origin_index),
    Migration(name="events of each party by day; tallies indexed by actor", apply=_party_days),
    Migration(name="stories: width class of their dates, indexed", apply=_story_spans),
    Migration(name="stage lookups: reprint index in the store, wide stories apart",
              apply=_flat_stage_lookups),
    Migration(name="story names (actors, targets, places), indexed", apply=_story_names),
)

SCHEMA_VERSION = len(MIGRATIONS)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def current_version(conn: Connection) -> int:
    """The highest recorded migration, 0 for an empty database."""
    if not inspect(conn).has_table("schema_migrations"):
        return 0
    return int(conn.execute(select(func.max(schema.schema_migrations.c.version))).scalar() or 0)


def check_not_newer(version: int, where: str, known: int = SCHEMA_VERSION) -> None:
    if version > known:
        raise StoreError(
            f"the database at {where} was written by a newer brinkwatch "
            f"(schema {version} > {known}); upgrade brinkwatch"
        )


def apply_migrations(
    conn: Connection, where: str, migrations: Sequence[Migration] = MIGRATIONS
) -> list[int]:
    """Apply the missing migrations in order inside ``conn``'s transaction; return their versions.
    On PostgreSQL an advisory lock lets one process migrate while the others wait."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtextextended('brinkwatch:migrations', 0))"))
    schema.schema_migrations.create(conn, checkfirst=True)
    done = set(conn.execute(select(schema.schema_migrations.c.version)).scalars())
    check_not_newer(max(done, default=0), where, len(migrations))
    applied: list[int] = []
    for version, migration in enumerate(migrations, start=1):
        if version in done:
            continue
        migration.apply(conn)
        conn.execute(
            schema.schema_migrations.insert().values(
                version=version, name=migration.name, applied_at=now_iso()
            )
        )
        applied.append(version)
    return applied
