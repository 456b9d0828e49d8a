"""Shared helpers of the hardening tests: run the CLI as a user does, local servers, sqlite."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

BIN = [sys.executable, "-m", "brinkwatch.cli"]

STORY = (
    "U.S. Strikes Hit Militia Sites in Western Iraq\n\n"
    "The United States carried out air strikes on Kata'ib Hezbollah positions near Al-Qaim, "
    "the Pentagon said in a statement on Sunday. Iraq's government condemned the strikes as a "
    "violation of its sovereignty. A militia spokesman threatened to retaliate against "
    "American forces, and the Iraqi prime minister called for calm.\n"
)

OTHER = (
    "Iran Warns Washington After Sanctions\n\n"
    "Iran's foreign ministry accused the United States of economic terrorism on Tuesday after "
    "the Treasury imposed new sanctions on Iranian oil exports, state media reported. Tehran "
    "said it would respond to any attack on its interests in the region.\n"
)


def run(*args: str, db: Path | None = None, env: dict[str, str] | None = None,
        timeout: float = 300, **kw) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "BRINKWATCH_PROGRESS": "never", **(env or {})}
    full.pop("BRINKWATCH_DEBUG", None)
    if db is not None:
        full["BRINKWATCH_DB"] = str(db)
    return subprocess.run([*BIN, *args], capture_output=True, text=True, env=full,
                          timeout=timeout, **kw)


def one_line_error(proc: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """Assert the process failed with ``code`` and one line on stderr, no traceback."""
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and "This is a bug" not in proc.stderr, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert lines, "no message"
    return lines[-1]


def query(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with closing(sqlite3.connect(db)) as con:
        return con.execute(sql, params).fetchall()


@contextmanager
def tcp_server(handle: Callable[[socket.socket], None]) -> Iterator[int]:
    """A server on 127.0.0.1 calling ``handle(conn)`` per connection (each in a thread)."""
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    srv.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            threading.Thread(target=_guarded, args=(handle, conn, stop), daemon=True).start()

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    try:
        yield srv.getsockname()[1]
    finally:
        stop.set()
        t.join(2)
        srv.close()


def _guarded(handle: Callable[[socket.socket], None], conn: socket.socket,
             stop: threading.Event) -> None:
    conn.settimeout(0.5)
    try:
        try:
            conn.recv(65536)
        except OSError:
            pass
        handle(conn) if not stop.is_set() else None
    except OSError:
        pass
    finally:
        conn.close()


def page(body: str, ctype: str = "text/html; charset=utf-8") -> Callable[[socket.socket], None]:
    data = body.encode()

    def handle(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype.encode()
                     + b"\r\nContent-Length: " + str(len(data)).encode()
                     + b"\r\nConnection: close\r\n\r\n" + data)

    return handle
