"""Opening a store: the engine, the connection settings, migrations, and the :class:`Store` face.

SQLite (a file, WAL mode) is the embedded default; a ``postgresql://`` URL (driver: psycopg 3)
works through the same Core tables and migrations. One transaction per article
(``Store.write``), taken with ``BEGIN IMMEDIATE`` on SQLite; on PostgreSQL several ingest
processes may write at once: each article's transaction holds an advisory lock on its id, so
two writers of the same article never double its rows (see :mod:`brinkwatch.store.writer`).
Any number of processes read at the same time (each read runs in one transaction, so it sees
one consistent snapshot; on PostgreSQL readers never block writers).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Container, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Literal, TextIO
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import QueuePool

from brinkwatch.errors import StoreError
from brinkwatch.records import ArticleResult, ArticleStatus
from brinkwatch.store import queries, schema
from brinkwatch.store.export import atomic_write, write_events
from brinkwatch.store.migrations import (
    SCHEMA_VERSION,
    apply_migrations,
    check_not_newer,
    current_version,
)
from brinkwatch.store.queries import ArticleRow
from brinkwatch.store.writer import (
    delete_articles,
    replace_origin,
    stored_extractors,
    write_result,
)

BUSY_TIMEOUT_MS = 30_000
#: Page cache of a writing SQLite connection, KiB (SQLite's default is 2 MiB). The store's
#: indexes are keyed by content hashes, so each article's rows land on pages spread over the
#: whole file; with the default cache nearly every one of them was read again from the file
#: (≈ 7 MB read an article at 500 articles). Filled in the first few hundred articles of an
#: ingest, then constant: the process's memory does not grow with the store.
WRITE_CACHE_KIB = 65_536
#: WAL pages between automatic checkpoints (SQLite's default: 1,000). A page changed by many
#: articles' transactions in a row is copied into the database file once per checkpoint, not
#: once per ≈ two articles; the WAL file grows to ≈ 80 MB between checkpoints.
WAL_CHECKPOINT_PAGES = 20_000
_IMMEDIATE = "brinkwatch_immediate"


def _is_url(target: str) -> bool:
    return "://" in target


def _sqlite_engine(path: Path, *, readonly: bool) -> Engine:
    if readonly:
        uri = readonly_uri(path)

        def creator() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                   check_same_thread=False)

        # a real pool: the default for a "sqlite://" URL keeps one connection per thread, at
        # most five, and closes the others' under them (the API serves from many threads)
        engine = create_engine("sqlite://", creator=creator, poolclass=QueuePool)
    else:
        engine = create_engine(f"sqlite:///{path}")
    _configure_sqlite(engine, readonly=readonly)
    return engine


def readonly_uri(path: Path) -> str:
    """The SQLite URI to read ``path`` without writing anything.

    ``mode=ro`` still needs to create the ``-shm`` file of a WAL database, which fails in a
    read-only folder (or on a read-only medium); there the database is opened ``immutable``
    (no locks, no shared memory), which is right for a file nobody can write either.
    """
    base = "file:" + quote(path.resolve().as_posix()) + "?mode=ro"
    try:
        probe = sqlite3.connect(base, uri=True, timeout=1)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            probe.close()
    except sqlite3.OperationalError as exc:
        if "unable to open" in str(exc) or "readonly" in str(exc):
            return base + "&immutable=1"
    return base


def _configure_sqlite(engine: Engine, *, readonly: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not readonly:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA cache_size=-{WRITE_CACHE_KIB}")
            cur.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
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
            with self._engine.connect() as conn:
                if conn.dialect.name == "postgresql":  # one snapshot for the whole read
                    conn.execution_options(isolation_level="REPEATABLE READ")
                with conn.begin():
                    yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read the database at {self.where}: {_short(exc)}"
                             f"{_hint(exc)}") from exc

    def snapshot(self) -> AbstractContextManager[Connection]:
        """A read-only connection in one transaction (one consistent view), for library code
        that runs several queries of :mod:`brinkwatch.store.queries` together (exports)."""
        return self._read()

    def transaction(self) -> AbstractContextManager[Connection]:
        """A writing connection in one transaction, for library code that keeps its own tables
        (watch mode's feed state, the cross-article stage); articles and their records go
        through :meth:`write`."""
        return self._write()

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
            raise StoreError(f"cannot write the database at {self.where}: {_short(exc)}"
                             f"{_hint(exc)}") from exc

    # -- writing ------------------------------------------------------------------------
    def write(self, result: ArticleResult) -> str:
        """Store one article and all its records in one transaction: "new" | "unchanged" | "updated"."""
        try:
            with self._write() as conn:
                return write_result(conn, result)
        except ValueError as exc:
            raise StoreError(f"cannot store article {result.article.id}: {exc}") from exc

    def write_versioned(self, result: ArticleResult, *,
                        fingerprint: tuple[str, Sequence[str]] | None = None,
                        keep: Container[str] = ()) -> tuple[str, list[str]]:
        """Like :meth:`write`, and in the same transaction: keep the article's near-duplicate
        fingerprint, and replace by origin: a good document (ok or duplicate) read from an
        origin removes the other articles stored from that origin (older versions of an edited
        file), except the ids in ``keep`` (seen elsewhere in this run). Returns (outcome,
        replaced ids)."""
        art = result.article
        try:
            with self._write() as conn:
                outcome = write_result(conn, result, fingerprint=fingerprint)
                replaced: list[str] = []
                if art.status in (ArticleStatus.OK, ArticleStatus.DUPLICATE) and not result.error:
                    replaced = replace_origin(conn, art.origin, current=art.id, keep=keep)
                return outcome, replaced
        except ValueError as exc:
            raise StoreError(f"cannot store article {art.id}: {exc}") from exc

    def near_duplicate_candidates(self, keys: Sequence[str], *,
                                  keep: Callable[[str], bool] | None = None
                                  ) -> list[tuple[str, str, str]]:
        """(article id, origin, signature) of coded articles sharing a band key with ``keys``,
        oldest first; with ``keep``, only those whose signature (as stored) it accepts."""
        with self._read() as conn:
            return queries.fingerprint_candidates(conn, keys, keep=keep)

    def delete(self, ids: Sequence[str]) -> int:
        """Delete these articles and everything derived from them, in one transaction."""
        with self._write() as conn:
            return delete_articles(conn, list(dict.fromkeys(ids)))

    def find_articles(self, target: str) -> list[ArticleRow]:
        """Articles meant by ``target``: an exact origin, else an id prefix (6+ characters)."""
        with self._read() as conn:
            return queries.find_articles(conn, target)

    def is_done(self, article_id: str, extractors: tuple[str, ...]) -> bool:
        """True when the article is stored with exactly these extractor versions (articles that
        failed are never done, so a rerun retries them; nor is a duplicate whose original was
        deleted since, so a rerun codes it)."""
        a = schema.articles.c
        with self._read() as conn:
            row = conn.execute(select(a.extractors, a.status).where(a.id == article_id)).first()
            if row is not None and row.status == ArticleStatus.DUPLICATE.value:
                if not queries.original_exists(conn, article_id):
                    return False
        return (row is not None and row.status != "failed"
                and stored_extractors(row.extractors) == tuple(extractors))

    # -- reading ------------------------------------------------------------------------
    def articles(self, *, status: str | None = None, limit: int | None = None,
                 doc: str | None = None) -> list[ArticleRow]:
        with self._read() as conn:
            return queries.articles(conn, status=status, limit=limit, doc=doc)

    def status_counts(self) -> dict[str, int]:
        with self._read() as conn:
            return queries.status_counts(conn)

    def events(self, *, actor: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, doc: str | None = None,
               limit: int | None = None, incomplete: bool | None = False,
               background: bool | None = False,
               actor_ids: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
        with self._read() as conn:
            return queries.events(conn, actor=actor, type=type, since=since, until=until,
                                  doc=doc, limit=limit, incomplete=incomplete,
                                  background=background, actor_ids=actor_ids)

    def event(self, event_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            return queries.event(conn, event_id)

    def actor_counts(self, *, doc: str | None = None, unknown: bool = False) -> list[dict[str, Any]]:
        with self._read() as conn:
            return queries.actor_counts(conn, doc=doc, unknown=unknown)

    def actor_totals(self, *, doc: str | None = None,
                     unknown: bool = False) -> list[dict[str, Any]]:
        with self._read() as conn:
            return queries.actor_totals(conn, doc=doc, unknown=unknown)

    def export(self, fp: TextIO, *, format: Literal["jsonl", "csv"], **filters: Any) -> int:
        """Write the events passing ``filters`` (those of :meth:`events`) to ``fp``; return the count."""
        with self._read() as conn:
            return write_events(fp, queries.iter_events(conn, **filters), format=format)

    def export_file(self, path: str | Path, *, format: Literal["jsonl", "csv"],
                    **filters: Any) -> int:
        """Export to the file ``path`` safely: the filters are checked first, the events go to a
        temporary file in the same folder, which replaces ``path`` only when complete (a failed
        export, a full disk or a kill leaves the previous file as it was)."""
        queries.check_event_filters(**filters)
        return atomic_write(path, lambda fp: self.export(fp, format=format, **filters))

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


def _hint(exc: BaseException) -> str:
    """What to do about the common failures: a lock held too long, a full disk, a bad file."""
    text = _short(exc).lower()
    if "locked" in text or "busy" in text:
        return (f" (another process held it for more than {BUSY_TIMEOUT_MS // 1000} s); wait "
                "for the other ingest to finish, then run the same command again")
    if "disk is full" in text or "disk i/o" in text:
        return "; free some disk space, then run the same command again (nothing is doubled)"
    if "malformed" in text or "not a database" in text:
        return "; the file is damaged or not a brinkwatch database: restore a copy or re-ingest"
    return ""


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
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")  # the driver brinkwatch installs
        try:
            engine = create_engine(url, pool_pre_ping=True)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot open {where}: {exc}; install the database driver or check the URL") from exc
        if url.get_backend_name() == "sqlite":
            _configure_sqlite(engine, readonly=readonly)
        elif readonly:
            engine = engine.execution_options(postgresql_readonly=True)
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
