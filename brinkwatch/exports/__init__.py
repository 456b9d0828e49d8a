"""Exports analysts load: Parquet (events, articles), ACLED-style CSV, CAMEO/GDELT-style CSV,
GeoJSON of located events. ``docs/export.md`` describes every column and mapping.

Each writer streams from one read snapshot of the store (``Store.snapshot``), so memory stays
flat however large the store; Parquet is written in row groups of :data:`ROW_GROUP` rows.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brinkwatch.contract import CSV_FIELDS, flatten_for_csv
from brinkwatch.errors import ConfigError
from brinkwatch.exports.tables import (
    ACLED_FIELDS,
    CAMEO_FIELDS,
    acled_row,
    actor_countries,
    cameo_row,
    geojson_feature,
)

if TYPE_CHECKING:
    from brinkwatch.store import Store

FORMATS = ("parquet", "articles-parquet", "acled", "cameo", "geojson")
ROW_GROUP = 10_000

# Parquet column types of the flat event table (everything else is a string).
_INT_COLUMNS = {"quad", "evidence_start", "evidence_end"}
_FLOAT_COLUMNS = {"intensity", "location_lat", "location_lon", "confidence"}
_ARTICLE_COLUMNS = ("id", "origin", "status", "reason", "title", "outlet", "author", "url",
                    "published", "language", "format", "size", "extractors", "first_seen",
                    "updated_at", "text")


def export_file(store: Store, format: str, out: str | Path, *, theatre_paths: tuple[str, ...] = (),
                **filters: Any) -> int:
    """Write ``format`` (one of :data:`FORMATS`) to ``out``; return the number of rows written.
    ``filters`` are those of ``Store.events`` (ignored by ``articles-parquet``, which takes
    ``doc`` and ``status``)."""
    if format not in FORMATS:
        raise ConfigError(f"unknown export format {format!r}: use one of {', '.join(FORMATS)}")
    from brinkwatch.store.export import atomic_file
    from brinkwatch.store.queries import check_event_filters, iter_events

    if format != "articles-parquet":
        check_event_filters(**filters)

    def write(tmp: str) -> int:
        path = Path(tmp)
        with store.snapshot() as conn:
            conn.execution_options(stream_results=True, yield_per=1000)
            if format == "articles-parquet":
                return _articles_parquet(path, _iter_articles(conn, **filters))
            events = iter_events(conn, **filters)
            if format == "parquet":
                return _events_parquet(path, events)
            if format == "geojson":
                return _geojson(path, events)
            if format == "acled":
                rows = (r for r in map(acled_row, events) if r is not None)
                return _csv(path, ACLED_FIELDS, rows)
            countries = _countries(theatre_paths)
            return _csv(path, CAMEO_FIELDS, (cameo_row(d, countries) for d in events))

    return atomic_file(out, write)


def _countries(theatre_paths: tuple[str, ...]) -> dict[str, str]:
    from brinkwatch.kb.loader import load_theatre

    return actor_countries(load_theatre(theatre_paths))


def _csv(path: Path, fields: tuple[str, ...], rows: Iterable[Mapping[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fp:
        writer = csv.DictWriter(fp, fieldnames=list(fields), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            n += 1
    return n


def _geojson(path: Path, events: Iterable[Mapping[str, Any]]) -> int:
    """A FeatureCollection, written feature by feature (never held whole in memory)."""
    n = 0
    with path.open("w", encoding="utf-8") as fp:
        fp.write('{"type": "FeatureCollection", "features": [\n')
        for d in events:
            feature = geojson_feature(d)
            if feature is None:
                continue
            fp.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
            n += 1
        fp.write("\n]}\n")
    return n


def _event_schema() -> Any:
    import pyarrow as pa

    def typ(name: str) -> Any:
        if name in _INT_COLUMNS:
            return pa.int64()
        if name in _FLOAT_COLUMNS:
            return pa.float64()
        return pa.string()

    return pa.schema([pa.field(c, typ(c)) for c in CSV_FIELDS] + [pa.field("record", pa.string())])


def _event_rows(events: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    for d in events:
        flat = flatten_for_csv(d)
        row: dict[str, Any] = {}
        for c in CSV_FIELDS:
            v = flat.get(c)
            if v == "" or v is None:
                row[c] = None
            elif c in _INT_COLUMNS:
                row[c] = int(v)
            elif c in _FLOAT_COLUMNS:
                row[c] = float(v)
            else:
                row[c] = str(v)
        row["record"] = json.dumps(d, ensure_ascii=False)
        yield row


def _write_parquet(path: Path, schema: Any, rows: Iterable[dict[str, Any]]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for row in rows:
            batch.append(row)
            if len(batch) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def _events_parquet(path: Path, events: Iterable[Mapping[str, Any]]) -> int:
    """One row per event: the CSV columns, typed, plus ``record`` (the whole JSON export)."""
    return _write_parquet(path, _event_schema(), _event_rows(events))


def _iter_articles(conn: Any, *, doc: str | None = None, status: str | None = None,
                   **_ignored: Any) -> Iterator[dict[str, Any]]:
    from sqlalchemy import func, select

    from brinkwatch.store import schema
    from brinkwatch.store.queries import _doc_clause as doc_clause  # one meaning of --doc

    a = schema.articles.c
    n_events = (select(func.count()).select_from(schema.events)
                .where(schema.events.c.article_id == a.id).scalar_subquery())
    q = select(*[a[c] for c in _ARTICLE_COLUMNS], n_events.label("n_events")).order_by(
        a.first_seen, a.id)
    if status is not None:
        q = q.where(a.status == status)
    if doc is not None:
        q = q.where(doc_clause(doc))
    for row in conn.execute(q):
        yield dict(row._mapping)


def _articles_parquet(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    """One row per stored document (every status), with its text and extractor versions."""
    import pyarrow as pa

    fields = [pa.field(c, pa.int64() if c == "size" else pa.string()) for c in _ARTICLE_COLUMNS]
    return _write_parquet(path, pa.schema([*fields, pa.field("n_events", pa.int64())]), rows)
