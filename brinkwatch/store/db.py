"""Opening a store: the engine, the connection settings, migrations, and the :class:`Store` face.

SQLite (a file, WAL mode) is the embedded default; a ``postgresql://`` URL works through the
same Core tables. One process writes (``Store.write``, one transaction per article, taken with
``BEGIN IMMEDIATE`` on SQLite); any number of processes read at the same time (each read runs
in one transaction, so it sees one consistent snapshot).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Literal, TextIO

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from brinkwatch.errors import StoreError
from brinkwatch.records import ArticleResult
from brinkwatch.store import queries, schema
from brinkwatch.store.export import write_events
from brinkwatch.store.migrations import (
    SCHEMA_VERSION,
    apply_migrations,
    check_not_newer,
    current_version,
)
from brinkwatch.store.queries import ArticleRow
from brinkwatch.store.writer import stored_extractors, write_result

BUSY_TIMEOUT_MS = 30_000
_IMMEDIATE = "brinkwatch_immediate"


def _is_url(target: str) -> bool:
    return "://" in target


def _sqlite_engine(path: Path, *, readonly: bool) -> Engine:
    if readonly:
        uri = f"file:{path.resolve().as_posix()}?mode=ro"

        def creator() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                   check_same_thread=False)

        engine = create_engine("sqlite://", creator=creator)
    else:
        engine = create_engine(f"sqlite:///{path}")
    _configure_sqlite(engine, readonly=readonly)
    return engine


def _configure_sqlite(engine: Engine, *, readonly: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not readonly:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Store:
    """A brinkwatch database. Make one with :func:`open_store`; use as a context manager."""

    def __init__(self, engine: Engine, *, where: str, readonly: bool) -> None:
        self._engine = engine
        self.where = where
        self.readonly = readonly

    # -- transactions -------------------------------------------------------------------
    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn, conn.begin():
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read the database at {self.where}: {_short(exc)}") from exc

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        if self.readonly:
            raise StoreError(f"the database at {self.where} was opened read-only; open it without readonly to write")
        try:
            with self._engine.connect() as conn:
                conn.execution_options(**{_IMMEDIATE: True})
                with conn.begin():
                    yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write the database at {self.where}: {_short(exc)}") from exc

    # -- writing ------------------------------------------------------------------------
    def write(self, result: ArticleResult) -> str:
        """Store one article and all its records in one transaction: "new" | "unchanged" | "updated"."""
        try:
            with self._write() as conn:
                return write_result(conn, result)
        except ValueError as exc:
            raise StoreError(f"cannot store article {result.article.id}: {exc}") from exc

    def is_done(self, article_id: str, extractors: tuple[str, ...]) -> bool:
        """True when the article is stored with exactly these extractor versions (articles that
        failed are never done, so a rerun retries them)."""
        a = schema.articles.c
        with self._read() as conn:
            row = conn.execute(select(a.extractors, a.status).where(a.id == article_id)).first()
        return (row is not None and row.status != "failed"
                and stored_extractors(row.extractors) == tuple(extractors))

    # -- reading ------------------------------------------------------------------------
    def reading(self) -> AbstractContextManager[Connection]:
        """One read transaction (a consistent snapshot) for the query functions of
        :mod:`brinkwatch.store.browse` and :mod:`brinkwatch.analysis`."""
        return self._read()

    def articles(self, *, status: str | None = None, limit: int | None = None,
                 doc: str | None = None) -> list[ArticleRow]:
        with self._read() as conn:
            return queries.articles(conn, status=status, limit=limit, doc=doc)

    def status_counts(self) -> dict[str, int]:
        with self._read() as conn:
            return queries.status_counts(conn)

    def events(self, *, actor: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, doc: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        with self._read() as conn:
            return queries.events(conn, actor=actor, type=type, since=since, until=until,
                                  doc=doc, limit=limit)

    def event(self, event_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            return queries.event(conn, event_id)

    def actor_counts(self, *, doc: str | None = None, unknown: bool = False) -> list[dict[str, Any]]:
        with self._read() as conn:
            return queries.actor_counts(conn, doc=doc, unknown=unknown)

    def export(self, fp: TextIO, *, format: Literal["jsonl", "csv"], **filters: Any) -> int:
        """Write the events passing ``filters`` (those of :meth:`events`) to ``fp``; return the count."""
        with self._read() as conn:
            return write_events(fp, queries.iter_events(conn, **filters), format=format)

    def schema_version(self) -> int:
        with self._read() as conn:
            return current_version(conn)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.where}{' (read-only)' if self.readonly else ''}>"


def _short(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0]


def open_store(target: str | Path, *, readonly: bool = False) -> Store:
    """Open (creating and migrating as needed) the database at ``target``: a file path or an
    SQLAlchemy URL (``sqlite:///...``, ``postgresql://...``). ``readonly`` never creates,
    migrates or writes."""
    where = str(target)
    if isinstance(target, Path) or not _is_url(where):
        path = Path(target).expanduser()
        where = str(path)
        if readonly and not path.is_file():
            raise StoreError(f"no database at {where}: check the path, or run an ingest first to create it")
        if not readonly:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder for the database at {where}: {exc.strerror}; choose a writable path") from exc
        engine = _sqlite_engine(path, readonly=readonly)
    else:
        try:
            url = make_url(where)
        except ArgumentError as exc:
            raise StoreError(f"{where!r} is neither a file path nor a database URL: give a path or sqlite:///file.db / postgresql://host/db") from exc
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return open_store(Path(url.database), readonly=readonly)
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise StoreError(f"unsupported database {url.get_backend_name()!r} in {url.render_as_string(hide_password=True)}: use a sqlite path or a postgresql:// URL")
        where = url.render_as_string(hide_password=True)
        try:
            engine = create_engine(url)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot open {where}: {exc}; install the database driver or check the URL") from exc
        if url.get_backend_name() == "sqlite":
            _configure_sqlite(engine, readonly=readonly)
    store = Store(engine, where=where, readonly=readonly)
    try:
        if readonly:
            with store._read() as conn:
                version = current_version(conn)
            check_not_newer(version, where)
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"the database at {where} has schema {version} < {SCHEMA_VERSION}: "
                    "open it once for writing (e.g. run an ingest) to upgrade it"
                )
        else:
            with store._write() as conn:
                apply_migrations(conn, where)
    except BaseException:
        store.close()
        raise
    return store
