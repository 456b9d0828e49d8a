"""A hostile-input corpus, generated at test time (nothing binary is committed), with the
status each document must end with. One real ingest reads it all: the run goes on past every
bad document, each is recorded with its status and a one-line reason, and the exit code is 3."""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from brinkwatch_tests_hardening_helpers import OTHER, STORY, run

pytestmark = pytest.mark.fuzz

ENGLISH = OTHER.encode("utf-8")


def english(i: int) -> str:
    """A distinct English story per case (copies would be recorded as duplicates)."""
    return OTHER + "\n" + " ".join(f"case{i}word{j}" for j in range(60)) + ".\n"

YAML_BOMB = ("---\ntitle: Bomb\n" + "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
             + "".join(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n"
                       for i in range(1, 9)) + "---\n")
XML_BOMB = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            + "".join(f'<!ENTITY {c} "' + f"&{p};" * 10 + '">'
                      for p, c in zip("abcdefgh", "bcdefghi", strict=True))
            + ']><rss><channel><item><title>&i;</title><description>&i;</description>'
            "</item></channel></rss>")


def _deep_html() -> bytes:
    return (("<html><body>" + "<div>" * 400 + f"<p>{english(5)}</p>" + "</div>" * 400
             + "</body></html>").encode())


def _jsonl() -> bytes:
    rows = [json.dumps({"text": STORY}), "{not json", "[1, 2, 3]", json.dumps({"text": 5}),
            "[" * 100_000 + "]" * 100_000, json.dumps({"title": "no text"}),
            json.dumps({"html": "<div>" * 300 + "<p>" + english(5) + "</p>" + "</div>" * 300}),
            json.dumps({"text": "  "})]
    return ("\n".join(rows) + "\n").encode()


# name -> (bytes, expected status); JSONL rows are checked one by one below
CASES: dict[str, tuple[Callable[[], bytes], str]] = {
    "empty.txt": (lambda: b"", "empty"),
    "whitespace.txt": (lambda: b"  \n\t\r\n  ", "empty"),
    "nuls.txt": (lambda: b"x\x00" * 500, "not-text"),
    "controls.txt": (lambda: bytes(range(1, 32)) * 40, "not-text"),
    "pdf.txt": (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not-text"),
    "zip.html": (lambda: b"PK\x03\x04" + os.urandom(200), "not-text"),
    "png.md": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(200), "not-text"),
    "gzip-bomb.txt": (lambda: gzip.compress(b"\0" * 5_000_000), "not-text"),
    "stray-controls.txt": (lambda: b"A\x00 note\x07\n" + english(1).encode(), "ok"),
    "rlo-title.txt": (lambda: ("Militia \u202eCommander Speaks\n\n" + english(2)).encode(),
                      "ok"),
    "cp1252.txt": (lambda: english(3).replace("'", "\u2019").encode("cp1252"), "ok"),
    "utf16-bom.txt": (lambda: english(4).encode("utf-16"), "ok"),
    "arabic.txt": (lambda: ("شنت الولايات المتحدة غارات جوية على مواقع في غرب العراق، "
                            "وقالت وزارة الدفاع إن الضربات جاءت ردا على هجمات متكررة "
                            "على القوات في المنطقة خلال الأسابيع الماضية.").encode(),
                   "not-english"),
    "too-large.txt": (lambda: ENGLISH * 200, "too-large"),  # over --max-bytes 40000
    "deep.html": (_deep_html, "ok"),  # story 5
    "scripts-only.html": (lambda: b"<html><head><script>var a=1;</script></head><body>"
                          b"<nav><a href='/'>Home</a></nav></body></html>", "empty"),
    "yaml-bomb.md": (lambda: (YAML_BOMB + english(6)).encode(), "ok"),
    # entities are not expanded; XML that is not a readable feed is skipped inside a folder
    "entity-bomb.rss": (lambda: XML_BOMB.encode(), None),
    "spaces and ünïcode name.txt": (lambda: english(7).encode(), "ok"),
    "unknown.pdf": (lambda: b"%PDF-1.4", None),  # skipped in a folder: not a text extension
}
# row 7: story 5 again (the same text as deep.html): said in the run, stored once (no row)
JSONL_ROWS = {1: "ok", 2: "failed", 3: "failed", 4: "failed", 5: "too-large", 6: "failed",
              7: None, 8: "empty"}
SPECIAL = {"fifo.txt": "failed", "to-dev-zero.txt": "failed", "dangling.txt": "failed"}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, Path, object]:
    d = tmp_path_factory.mktemp("hostile")
    for name, (make, _) in CASES.items():
        (d / name).write_bytes(make())
    (d / "rows.jsonl").write_bytes(_jsonl())
    os.mkfifo(d / "fifo.txt")  # a reader that opened it would wait for ever
    os.symlink("/dev/zero", d / "to-dev-zero.txt")  # endless bytes
    os.symlink(d / "missing-target.txt", d / "dangling.txt")
    db = d.parent / (d.name + ".db")
    proc = run("ingest", "--max-bytes", "40000", str(d), db=db, timeout=600)
    _STATUS.clear()
    return d, db, proc


_STATUS: dict[str, dict[str, tuple[str, str | None]]] = {}


def _status(db: Path) -> dict[str, tuple[str, str | None]]:
    """Every stored document's (status, reason), read once with `brinkwatch articles`."""
    if str(db) not in _STATUS:
        out = run("articles", "--format", "jsonl", db=db)
        rows = [json.loads(x) for x in out.stdout.splitlines()]
        _STATUS[str(db)] = {Path(r["origin"]).name: (r["status"], r["reason"]) for r in rows}
    return _STATUS[str(db)]


def test_the_run_goes_on_and_exits_3(hostile):
    _, _, proc = hostile
    assert proc.returncode == 3, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "This is a bug" not in proc.stderr
    skipped = [x for x in proc.stderr.splitlines() if x.startswith("skipped ")]
    assert skipped and all(len(x) < 500 for x in skipped)
    assert "rows.jsonl#L7: the same text as" in proc.stderr and "deep.html" in proc.stderr


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_document_ends_with_its_status(hostile, name):
    _, db, _ = hostile
    expected = CASES[name][1]
    got = _status(db).get(name)
    if expected is None:
        assert got is None
        return
    assert got is not None and got[0] == expected, got
    if expected != "ok":
        assert got[1] and "\n" not in got[1]


@pytest.mark.parametrize(("row", "expected"), sorted(JSONL_ROWS.items()))
def test_each_jsonl_row_ends_with_its_status(hostile, row, expected):
    _, db, _ = hostile
    got = _status(db).get(f"rows.jsonl#L{row}")
    if expected is None:
        assert got is None
        return
    assert got is not None and got[0] == expected, got


@pytest.mark.parametrize(("name", "expected"), sorted(SPECIAL.items()))
def test_pipes_devices_and_dangling_links_do_not_hang_the_run(hostile, name, expected):
    _, db, _ = hostile
    got = _status(db).get(name)
    assert got is not None and got[0] == expected and got[1], got


def test_a_gzip_bomb_over_http_stops_at_the_size_cap():
    import socket
    import time

    from brinkwatch_tests_hardening_helpers import tcp_server

    from brinkwatch.records import ArticleStatus
    from brinkwatch.sources import SourceOptions, iter_url_args

    bomb = gzip.compress(b"<p>" + b"\0" * 50_000_000 + b"</p>", compresslevel=9)  # ~50 kB

    def handle(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                     b"Content-Length: " + str(len(bomb)).encode() + b"\r\n\r\n" + bomb)

    with tcp_server(handle) as port:
        t0 = time.monotonic()
        (a,) = list(iter_url_args([f"http://127.0.0.1:{port}/bomb"],
                                  options=SourceOptions(max_bytes=100_000, allow_private=True)))
    assert a.status is ArticleStatus.TOO_LARGE and "stopped reading" in (a.reason or "")
    assert time.monotonic() - t0 < 5
