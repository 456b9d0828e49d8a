"""Statements compiled once and run on the driver's own cursor.

The writer and the cross-article stage run a few dozen small statements per article, tens of
thousands in a long ingest. Building a Core statement, looking up its compiled form and setting
up SQLAlchemy's result for every execution cost more CPU than SQLite spends running them, so the
hot statements are built once, compiled once per dialect, and executed on the DBAPI cursor of the
caller's connection, inside the caller's transaction. Rows come back as plain tuples. Driver
errors are raised as SQLAlchemy's ``DBAPIError``, as a Core execution would, so the store's
one-line messages (locked, disk full) are the same on both paths.

Only for statements whose columns need no type conversion (text, integers, reals: every column
of this schema).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from brinkwatch.errors import StoreError

Compiled = tuple[str, tuple[str, ...] | None, dict[str, Any]]

#: (dialect, name, bind keys) -> (SQL text, parameter order for a positional driver or None,
#: the values of the constants the statement binds itself)
_COMPILED: dict[tuple[str, str, tuple[str, ...]], Compiled] = {}


def compiled(conn: Connection, name: str, keys: tuple[str, ...], build: Callable[[], Any], *,
             insert: bool = False) -> Compiled:
    """(SQL text, parameter order for a positional driver or None for named parameters, the
    constants of the statement) of the statement ``build()`` makes, compiled once per dialect,
    ``name`` and ``keys`` (for an ``insert``: the columns given)."""
    cache_key = (conn.dialect.name, name, keys)
    hit = _COMPILED.get(cache_key)
    if hit is None:
        stmt = build()
        c = (stmt.compile(dialect=conn.dialect, column_keys=list(keys)) if insert
             else stmt.compile(dialect=conn.dialect))
        constants = {k: v for k, v in c.construct_params(_check=False).items()
                     if k not in keys}
        order = tuple(c.positiontup or ()) if conn.dialect.positional else None
        if order is not None and set(order) != set(keys) | set(constants):
            raise StoreError(f"cannot prepare the statement {name}: it binds {sorted(set(order))}, "
                             f"given {sorted(keys)}")
        hit = _COMPILED[cache_key] = (str(c), order, constants)
    return hit


def _expand(sql: str, order: tuple[str, ...] | None, params: dict[str, Any],
            lists: Sequence[str], paramstyle: str) -> tuple[str, tuple[str, ...] | None,
                                                           dict[str, Any]]:
    """Spell out the expanding (``IN``) parameters ``lists`` for their current lengths."""
    params = dict(params)
    for name in lists:
        values = list(params.pop(name))
        if not values:
            raise StoreError(f"an empty list for the parameter {name}: the caller checks for it")
        names = [f"{name}__{i}" for i in range(len(values))]
        params.update(zip(names, values, strict=True))
        if order is not None:  # positional: each list expands where it stood
            marks = ", ".join("?" if paramstyle == "qmark" else "%s" for _ in names)
            order = tuple(x for k in order for x in (names if k == name else (k,)))
        else:
            marks = ", ".join(f"%({n})s" for n in names)
        sql = sql.replace(f"__[POSTCOMPILE_{name}]", marks)
    return sql, order, params


def _cursor(conn: Connection) -> Any:
    return conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]


def _raise(conn: Connection, sql: str, params: Any, exc: Exception) -> None:
    raise DBAPIError.instance(sql, params, exc, conn.dialect.loaded_dbapi.Error,
                              dialect=conn.dialect) from exc


def fetch(conn: Connection, name: str, build: Callable[[], Any], params: Mapping[str, Any],
          *, lists: Sequence[str] = ()) -> list[tuple[Any, ...]]:
    """The rows (tuples) of the query ``build()`` makes with ``params``; ``lists`` names the
    expanding parameters (``bindparam(..., expanding=True)``), given as non-empty lists."""
    return _run(conn, name, build, params, lists, rows=True)  # type: ignore[return-value]


def run(conn: Connection, name: str, build: Callable[[], Any], params: Mapping[str, Any],
        *, lists: Sequence[str] = ()) -> int:
    """Execute the statement ``build()`` makes with ``params``; returns the rows it touched."""
    return _run(conn, name, build, params, lists, rows=False)  # type: ignore[return-value]


def _run(conn: Connection, name: str, build: Callable[[], Any], params: Mapping[str, Any],
         lists: Sequence[str], *, rows: bool) -> list[tuple[Any, ...]] | int:
    sql, order, constants = compiled(conn, name, tuple(sorted(params)), build)
    values: dict[str, Any] = {**constants, **params}
    if lists:
        sql, order, values = _expand(sql, order, values, lists, conn.dialect.paramstyle)
    args: Any = values if order is None else tuple(values[k] for k in order)
    cur = _cursor(conn)
    try:
        cur.execute(sql, args)
        return cur.fetchall() if rows else cur.rowcount
    except conn.dialect.loaded_dbapi.Error as exc:
        _raise(conn, sql, args, exc)
        raise  # pragma: no cover - _raise always raises
    finally:
        cur.close()


def execute_many(conn: Connection, name: str, rows: list[dict[str, Any]],
                 build: Callable[[], Any]) -> None:
    """Execute the insert ``build()`` makes (named ``name``; bind parameters: the keys of
    ``rows``, every row with the same keys) once per row, as one executemany on the driver."""
    if not rows:
        return
    keys = tuple(rows[0])
    sql, order, constants = compiled(conn, name, keys, build, insert=True)
    if constants:
        rows = [{**constants, **r} for r in rows]
    if order is None:
        params: list[Any] = rows
    else:
        pick = itemgetter(*order) if len(order) > 1 else (lambda r: (r[order[0]],))
        params = [pick(r) for r in rows]
    cur = _cursor(conn)
    try:
        if len(params) == 1:
            cur.execute(sql, params[0])
        else:
            cur.executemany(sql, params)
    except conn.dialect.loaded_dbapi.Error as exc:
        _raise(conn, sql, params, exc)
    finally:
        cur.close()
