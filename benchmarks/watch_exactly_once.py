"""Watch mode at volume: N items across F feeds on a local server, failures and restarts injected.

    .venv/bin/python benchmarks/watch_exactly_once.py [ITEMS] [FEEDS]

Feeds answer 500 on a fifth of their polls (seeded), every tenth article fails once, items
arrive in three waves, and the watcher is restarted (a fresh store object) between waves.
Prints how many articles were stored, how many times each was fetched successfully, and the
time taken; exits 1 unless every item was ingested exactly once.
"""

from __future__ import annotations

import random
import sys
import tempfile
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from sqlalchemy import func, select


def main(n_items: int = 1000, n_feeds: int = 20) -> int:
    from brinkwatch.pipeline import build_context
    from brinkwatch.scale.corpus import generate_articles
    from brinkwatch.sources import SourceOptions
    from brinkwatch.store import open_store, schema
    from brinkwatch.watch import watch

    rng = random.Random(11)
    texts = [r["text"] for r in generate_articles(n_items, median_words=80, seed=5)]
    live: dict[int, list[int]] = {f: [] for f in range(n_feeds)}  # feed -> items published
    fail_once = {k for k in range(n_items) if k % 10 == 0}
    ok_fetches: Counter[int] = Counter()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, code: int, body: bytes, ctype: str, etag: str | None = None) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802
            kind, _, name = self.path.strip("/").partition("/")
            if kind == "feed":
                f = int(name.split(".")[0])
                if rng.random() < 0.2:
                    return self._send(500, b"", "text/plain")
                etag = f'"{f}-{len(live[f])}"'
                if self.headers.get("If-None-Match") == etag:
                    return self._send(304, b"", "text/plain", etag)
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                items = "".join(f"<item><title>{k}</title><link>{base}/article/{k}</link></item>"
                                for k in live[f])
                body = f"<rss><channel><title>F{f}</title>{items}</channel></rss>".encode()
                return self._send(200, body, "application/rss+xml", etag)
            k = int(name)
            if k in fail_once:
                fail_once.discard(k)
                return self._send(503, b"", "text/plain")
            ok_fetches[k] += 1
            return self._send(200, f"<html><body><article><p>{texts[k]}</p></article></body>"
                                   "</html>".encode(), "text/html")

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    feeds = [f"http://127.0.0.1:{httpd.server_address[1]}/feed/{f}.xml" for f in range(n_feeds)]
    ctx = build_context()
    opts = SourceOptions(allow_private=True, timeout=10)
    waves = [range(i * n_items // 3, (i + 1) * n_items // 3) for i in range(3)]
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "w.db"
        for wave in waves:
            for k in wave:
                live[k % n_feeds].append(k)
            with open_store(db) as store:  # a restart: fresh store and watcher each wave
                watch(feeds, store, ctx, every=0.01, options=opts, rounds=4)
        with open_store(db) as store:  # drain what failures left behind
            watch(feeds, store, ctx, every=0.01, options=opts, rounds=6)
            with store.snapshot() as conn:
                stored = conn.execute(select(func.count()).select_from(schema.articles)).scalar()
                taken = conn.execute(select(func.count()).select_from(schema.feed_items)).scalar()
    httpd.shutdown()
    secs = time.perf_counter() - t0
    twice = sum(1 for n in ok_fetches.values() if n > 1)
    print(f"{n_items} items in {n_feeds} feeds: {stored} articles stored, {taken} items taken, "
          f"{len(ok_fetches)} articles fetched, {twice} fetched more than once; {secs:.0f} s")
    return 0 if stored == taken == len(ok_fetches) == n_items and twice == 0 else 1


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:3])))
