"""The tables of the store, as dialect-neutral SQLAlchemy Core (SQLite now, PostgreSQL later).

An event row keeps the domain record (``events.record``, :mod:`brinkwatch.store.codec`), not
its export: the export contract is applied when it is read. JSON-valued columns are stored as text (``json.dumps``) so every dialect keeps the key order
of the export contract. Dates are ISO strings; ``date_start``/``date_end`` expand the event
date (``2025-10`` -> ``2025-10-01``..``2025-10-31``) so ``since``/``until`` filters are
plain string comparisons on any dialect.

Changing a table means adding a migration in :mod:`brinkwatch.store.migrations`.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    literal_column,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("origin", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("reason", Text),
    Column("title", Text),
    Column("outlet", Text),
    Column("author", Text),
    Column("url", Text),
    Column("published", String(40)),
    Column("language", String(20)),
    Column("format", String(20)),
    Column("size", Integer, nullable=False, default=0),
    Column("text", Text, nullable=False),
    Column("extractors", Text, nullable=False),  # JSON list of versioned extractor names
    Column("first_seen", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Index("ix_articles_status", "status"),
)

#: Articles by origin: the writer replaces the older versions of an edited file by origin in
#: every write, which without it reads the whole table (created by migration 12).
ORIGIN_INDEX = Index("ix_articles_origin", articles.c.origin)

sentences = Table(
    "sentences",
    metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(40)),
    Column("kb_id", String(200)),
    Column("name", Text),
    Column("method", String(40)),
    Column("confidence", Float),
    Column("extractor", String(100)),
    Index("ix_mentions_article_id", "article_id"),
    Index("ix_mentions_kb_id", "kb_id"),
)

actors = Table(
    "actors",
    metadata,
    Column("kb_id", String(200), primary_key=True),
    Column("name", Text),
    Column("type", String(40)),
    Column("sector", String(20)),
    Column("first_seen", String(40), nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False),
    Column("position", Integer, nullable=False),  # order in the article (first evidence offset)
    Column("type", String(40), nullable=False),
    Column("mode", String(40)),
    Column("quad", Integer),
    Column("intensity", Float),
    Column("cameo", String(20)),
    Column("modality", String(20)),
    Column("date_value", String(40)),
    Column("date_precision", String(20)),
    Column("date_text", Text),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("location", Text),  # JSON object or NULL
    Column("confidence", Float),
    Column("extractor", String(100)),
    # JSON: the Event record itself (store/codec.py); the export contract is applied on read
    Column("record", Text, nullable=False),
    Index("ix_events_type", "type"),
    Index("ix_events_date_value", "date_value"),
    Index("ix_events_article_id", "article_id"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("role", String(10), primary_key=True),  # 'actor' | 'target'
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("kb_id", String(200)),
    Column("name", Text),
    Column("text", Text, nullable=False),
    Index("ix_event_actors_kb_id", "kb_id"),
    Index("ix_event_actors_name", "name"),
)

attributions = Table(
    "attributions",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("speaker_kb_id", String(200)),
    Column("speaker_name", Text),
    Column("speaker_text", Text),
    Column("verb", Text),
    Column("quote", Text),
    Column("hedges", Text),  # JSON list
)

evidence = Table(
    "evidence",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("sentence_index", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("trigger", Text),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
)

# Story-level assembly (migration 2): the flags that keep incomplete mentions and background
# out of the default listings and exports, and the casualty claims attached to events.
event_assembly = Table(
    "event_assembly",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("incomplete", Integer, nullable=False, default=0),
    Column("background", Integer, nullable=False, default=0),
    Column("assembler", String(100)),
    Index("ix_event_assembly_flags", "incomplete", "background"),
)

casualties = Table(
    "casualties",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("kind", String(20), nullable=False),  # killed | wounded | damage
    Column("count", Text),  # as written: "at least 3", "dozens"
    Column("low", Integer),  # the smallest number the count states, when it states one
    Column("who", Text),
    Column("source", Text),
    Column("sentence_index", Integer),
)

# Near-duplicate detection at ingest (migration 2). A fingerprint per coded article (its
# MinHash signature, brinkwatch.sources.neardup) and its LSH band keys, to find candidates;
# and the link from a copy (status 'duplicate', no records of its own) to its original.
fingerprints = Table(
    "fingerprints",
    metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("signature", Text, nullable=False),
)

fingerprint_bands = Table(
    "fingerprint_bands",
    metadata,
    Column("band", String(40), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Index("ix_fingerprint_bands_article_id", "article_id"),
)

duplicates = Table(
    "duplicates",
    metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("original_id", String(64), nullable=False),  # no FK: the original may be deleted
    Column("similarity", Float),
    Index("ix_duplicates_original_id", "original_id"),
)

#: Tables holding what was derived from an article, children before parents (delete order).
DERIVED_TABLES = (casualties, event_assembly, evidence, attributions, event_actors, events, mentions, sentences,
                  fingerprint_bands, fingerprints, duplicates)

# --- watch mode (migration "feeds and feed items") ---------------------------------------
feeds = Table(
    "feeds",
    metadata,
    Column("url", String(2000), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("failures", Integer, nullable=False, default=0),  # consecutive failed polls
    Column("last_status", Text),
    Column("last_polled", String(40)),
)

feed_items = Table(
    "feed_items",
    metadata,
    Column("feed_url", String(2000), primary_key=True),
    Column("item_key", String(2000), primary_key=True),  # the item's link, else its text hash
    Column("article_id", String(64)),
    Column("first_seen", String(40), nullable=False),
)

# --- the cross-article stage (brinkwatch.analysis): migration 2 -------------------------------
article_profiles = Table(
    "article_profiles",
    metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("terms", Text, nullable=False),  # JSON {word: weight}: the term vector
    Column("signature", Text, nullable=False),  # JSON list of MinHash values
    Column("reprint_of", String(64)),  # id of the earlier article this one copies, or NULL
    Column("published_estimate", Text),  # JSON {start, end, confidence, cues} or NULL
    Column("credibility", Text, nullable=False),  # JSON {flags: [...]}
    Column("claims", Text, nullable=False),  # JSON: casualty and weapon counts, denials
    Column("actor_keys", Text, nullable=False),  # JSON list: linked actors and their ancestors
    Column("day_start", String(10)),  # the article's date, or its estimated interval
    Column("day_end", String(10)),
    # how wide [day_start, day_end] is, as a class (crossref.SPAN_CLASSES): 0 for one day (a
    # dated article); lets a date-window query read a bounded range of day_start per class
    Column("day_span", Integer),
    Column("updated_at", String(40), nullable=False),
    Index("ix_article_profiles_reprint_of", "reprint_of"),
    Index("ix_article_profiles_days", "day_start", "day_end"),
    Index("ix_article_profiles_span_days", "day_span", "day_start", "day_end"),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("family", String(40), nullable=False),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    # how wide [date_start, date_end] is, as a class (crossref.SPAN_CLASSES); NULL when the
    # story has no dates: the stage's window lookups read a bounded date_start range per class
    Column("date_span", Integer),
    # 1 when the story's dates come from a report wider than two weeks (features["wide"]):
    # the any-family lookup (articles joining on their text) leaves these out, in SQL
    Column("wide", Integer),
    Column("first_report", String(40)),
    Column("last_report", String(40)),
    Column("n_reports", Integer, nullable=False),
    Column("n_outlets", Integer, nullable=False),
    Column("n_independent", Integer, nullable=False),
    Column("contradicted", Integer, nullable=False),
    Column("dirty", Integer, nullable=False, default=0),  # 1: reports changed, record not rebuilt
    Column("features", Text, nullable=False),  # JSON: what new reports are compared with
    # JSON: the story's facts; the export (docs/export.md) is built from them and the reports'
    # events and articles at read (analysis.stories.export_story)
    Column("record", Text, nullable=False),
    Column("updated_at", String(40), nullable=False),
    Index("ix_stories_family_dates", "family", "date_start", "date_end"),
    Index("ix_stories_dirty", "dirty"),
    Index("ix_stories_family_span", "family", "date_span", "date_start", "date_end"),
    Index("ix_stories_span", "date_span", "date_start", "date_end"),
    Index("ix_stories_narrow_span", "wide", "date_span", "date_start", "date_end"),
)

story_reports = Table(
    "story_reports",
    metadata,
    Column("id", String(64), primary_key=True),  # hash of story, article and event
    # the event that reports the story; NULL when the article tells the story in words the
    # event coder did not code (joined on text similarity and shared actors)
    Column("event_id", String(64), ForeignKey("events.id", ondelete="SET NULL")),
    Column("story_id", String(64), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(64), nullable=False),
    Column("position", Integer, nullable=False),
    Column("cues", Text, nullable=False),  # JSON list: why this report joined the story
    Index("ix_story_reports_story_id", "story_id"),
    Index("ix_story_reports_event_id", "event_id"),
    Index("ix_story_reports_article_id", "article_id"),
)

# --- the stage's reprint index (migration "reprint index in the store") -------------------
#: The LSH band keys of every profiled article's MinHash signature (one row per band), so the
#: stage finds an article's near-duplicate candidates with one indexed lookup instead of
#: holding every signature in memory (which grew with the corpus). ``key`` mixes the band's
#: number into its 64-bit key (stored signed); ``seq`` keeps the order the articles were
#: indexed in: the earliest match is the original.
profile_bands = Table(
    "profile_bands",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False),
    Column("key", BigInteger, nullable=False),
    Index("ix_profile_bands_key", "key"),
    Index("ix_profile_bands_article_id", "article_id"),
)

# --- the names of each story (migration "story names, indexed") ----------------------------
#: The actors, targets and places of each story's features (``features["actors"]``,
#: ``["targets"]``, ``["places"]``: case-folded keys), one row a name, kept equal to them by
#: the writers of :mod:`brinkwatch.store.crossref`: the stage finds the stories that name
#: something an undated article's event names with one indexed lookup, instead of reading
#: every story of the event's family.
story_names = Table(
    "story_names",
    metadata,
    Column("story_id", String(64), ForeignKey("stories.id", ondelete="CASCADE"),
           primary_key=True),
    Column("name", Text, primary_key=True),
    Index("ix_story_names_name", "name", "story_id"),
)

#: Tables of the cross-article stage, children before parents (delete order).
CROSSREF_TABLES = (profile_bands, story_names, story_reports, stories, article_profiles)

#: Indexes for browsing (the API and the dashboard): keyset sorts, actor filters, outlets.
#: Created by the migration "browse indexes"; the sort expressions match
#: :func:`brinkwatch.store.browse._sort_key` exactly, so SQLite can use them.
BROWSE_INDEXES = (
    Index("ix_events_sort_date", func.coalesce(events.c.date_start, literal_column("''")),
          events.c.id),
    Index("ix_events_sort_intensity", func.coalesce(events.c.intensity, literal_column("0.0")),
          events.c.id),
    Index("ix_events_date_start", events.c.date_start, events.c.quad),
    Index("ix_event_actors_kb_role", event_actors.c.kb_id, event_actors.c.role,
          event_actors.c.event_id),
    Index("ix_articles_outlet", articles.c.outlet),
    Index("ix_articles_first_seen", articles.c.first_seen, articles.c.id),
    Index("ix_articles_updated_at", articles.c.updated_at),
    # narrow copy of the filter and facet columns: scans for counts and facets never read the
    # wide rows (the JSON record)
    Index("ix_events_facets", events.c.type, events.c.modality, events.c.date_start,
          events.c.date_end, events.c.quad, events.c.intensity, events.c.article_id,
          events.c.id),
    # located events newest first, for the map (a partial index: only rows with a location)
    Index("ix_events_located", func.coalesce(events.c.date_start, literal_column("''")),
          events.c.id, sqlite_where=events.c.location.is_not(None),
          postgresql_where=events.c.location.is_not(None)),
    # the same columns reached by id (events found through an actor filter)
    Index("ix_events_lookup", events.c.id, events.c.article_id, events.c.type,
          events.c.modality, events.c.date_start, events.c.date_end, events.c.quad,
          events.c.intensity),
)
