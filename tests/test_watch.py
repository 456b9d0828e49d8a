"""Watch mode against a local feed server: conditional GET, de-duplication, failures, restarts."""

from __future__ import annotations

import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from sqlalchemy import func, select

from brinkwatch.errors import ConfigError
from brinkwatch.scale.corpus import generate_articles
from brinkwatch.sources import SourceOptions
from brinkwatch.store import open_store, schema
from brinkwatch.watch import parse_interval, watch


@pytest.mark.parametrize("text,seconds", [("30s", 30), ("15m", 900), ("1h", 3600),
                                          ("90", 90), ("1.5m", 90)])
def test_parse_interval(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "soon", "15 minutes", "-5m", "1w"])
def test_parse_interval_refuses(text):
    with pytest.raises(ConfigError, match="duration like"):
        parse_interval(text)


class FeedServer(BaseHTTPRequestHandler):
    """Feeds /feed/<n>.xml of items linking /article/<k>; failures injected by path."""

    feeds: ClassVar[dict[str, list[int]]] = {}
    articles: ClassVar[dict[int, str]] = {}
    fail_left: ClassVar[Counter[str]] = Counter()  # path -> 500s still to send
    hits: ClassVar[Counter[str]] = Counter()
    conditional: ClassVar[Counter[str]] = Counter()
    version: ClassVar[Counter[str]] = Counter()  # bump to change a feed

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def _send(self, code: int, body: bytes = b"", ctype: str = "text/plain",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = self.path
        self.hits[path] += 1
        if self.fail_left[path] > 0:
            self.fail_left[path] -= 1
            return self._send(500, b"boom")
        if path.startswith("/feed/") and path in self.feeds:
            etag = f'"{path}-v{self.version[path]}"'
            if self.headers.get("If-None-Match"):
                self.conditional[path] += 1
                if self.headers["If-None-Match"] == etag:
                    return self._send(304, headers={"ETag": etag})
            host = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
            items = "".join(
                f"<item><title>Item {k}</title><link>{host}/article/{k}</link>"
                f"<description>Summary {k}</description></item>" for k in self.feeds[path])
            body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
                    f"{items}</channel></rss>").encode()
            return self._send(200, body, "application/rss+xml", {"ETag": etag})
        if path.startswith("/article/"):
            k = int(path.rsplit("/", 1)[1])
            paras = "".join(f"<p>{p}</p>" for p in self.articles[k].split("\n\n"))
            html = (f"<html><head><title>Article {k}</title></head><body><article>"
                    f"<h1>Article {k}</h1>{paras}</article></body></html>").encode()
            return self._send(200, html, "text/html; charset=utf-8")
        return self._send(404, b"no")


@pytest.fixture
def server():
    rows = list(generate_articles(9, median_words=70, seed=3))
    FeedServer.articles = {k: r["text"] for k, r in enumerate(rows)}
    # article 4 is in two feeds: stored once
    FeedServer.feeds = {"/feed/a.xml": [0, 1, 2, 4], "/feed/b.xml": [3, 4, 5],
                        "/feed/c.xml": [6, 7]}
    FeedServer.fail_left = Counter({"/feed/c.xml": 1, "/article/5": 1})
    FeedServer.hits = Counter()
    FeedServer.conditional = Counter()
    FeedServer.version = Counter()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FeedServer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    host, port = httpd.server_address[:2]
    yield f"http://{host}:{port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def ctx():
    from brinkwatch.pipeline import build_context

    return build_context()


def count(store, table, where=None):
    with store.snapshot() as conn:
        q = select(func.count()).select_from(table)
        return conn.execute(q if where is None else q.where(where)).scalar()


@pytest.mark.slow
def test_every_item_ingested_exactly_once_across_failures_and_restarts(server, ctx, tmp_path):
    feeds = [f"{server}/feed/a.xml", f"{server}/feed/b.xml", f"{server}/feed/c.xml"]
    opts = SourceOptions(allow_private=True, timeout=10)
    lines: list[str] = []
    db = tmp_path / "w.db"
    with open_store(db) as store:
        first = watch(feeds, store, ctx, every=60, options=opts, rounds=1,
                      on_report=lambda r: lines.append(r.line()))
    assert [r.status for r in first] == ["ok", "ok", "failed"]
    assert first[2].next_in == 120  # backoff: every * 2**failures
    assert first[1].retry == 1  # article 5 answered 500: retried next round
    assert len(lines) == 3 and "failed (HTTP 500)" in lines[2]

    # a restart: a new process would open the store afresh
    # feed b did not change, but article 5 is still to take: its poll must not be a 304
    with open_store(db) as store:
        second = watch(feeds, store, ctx, every=60, options=opts, rounds=2,
                       on_report=lambda r: lines.append(r.line()))
        assert count(store, schema.articles) == 8  # articles 0..7, article 4 once
        assert count(store, schema.articles, schema.articles.c.status != "ok") == 0
        assert count(store, schema.feed_items) == 9  # 4 + 3 + 2 items
    assert [r.status for r in second] == ["not modified"] * 3
    assert FeedServer.conditional["/feed/a.xml"] == 2  # If-None-Match sent after the first poll
    assert all(FeedServer.hits[f"/article/{k}"] == 1 for k in (0, 1, 2, 3, 4, 6, 7))
    assert FeedServer.hits["/article/5"] == 2  # failed once, fetched once
    assert "1 new, 2 already seen" in lines[4]  # feed b: only article 5 was still to take


def test_an_unreachable_feed_is_a_status_line_not_a_crash(tmp_path, ctx):
    opts = SourceOptions(allow_private=True, timeout=2)
    with open_store(tmp_path / "x.db") as store:
        [report] = watch(["http://127.0.0.1:1/feed.xml"], store, ctx, every=30, options=opts,
                         rounds=1)
    assert report.status == "failed" and "next try in 1 min" in report.line()


def test_private_addresses_refused_without_allow_private(tmp_path, ctx, server):
    with open_store(tmp_path / "x.db") as store:
        [report] = watch([f"{server}/feed/a.xml"], store, ctx, every=30,
                         options=SourceOptions(), rounds=1)
    assert report.status == "failed" and "private or local address" in report.error
    assert FeedServer.hits["/feed/a.xml"] == 0


@pytest.mark.slow
def test_cli_prints_a_line_per_feed_and_stops_cleanly_on_ctrl_c(server, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# two feeds\n{server}/feed/a.xml\n{server}/feed/c.xml\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "brinkwatch.cli", "--db", str(tmp_path / "w.db"), "watch",
         "--feeds", str(feeds), "--every", "1s", "--allow-private"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "BRINKWATCH_PROGRESS": "never"},
        # Ctrl-C as a terminal delivers it: a suite started in the background by a
        # non-interactive shell ignores SIGINT, and a child would inherit that
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    first = proc.stdout.readline()
    second = proc.stdout.readline()
    assert first.startswith(f"{server}/feed/a.xml: 4 new, 0 already seen"), first
    assert second.startswith(f"{server}/feed/c.xml: failed (HTTP 500); next try in"), second
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "stopped; every article taken so far is stored" in err
    assert "Traceback" not in err
