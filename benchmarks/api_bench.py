"""API benchmark: generate a store of N synthetic events, serve it with uvicorn on loopback,
and measure latency (p50/p95/max) of the filtered event list, the facets and the tension
index under a small concurrent load; optionally the dashboard's first page in Chromium.

    python benchmarks/api_bench.py --events 1000000            # generate + measure
    python benchmarks/api_bench.py --db /tmp/b.db --reuse      # measure an existing store
    python benchmarks/api_bench.py --events 100000 --browser   # + first page in Chromium
    python benchmarks/api_bench.py --db /tmp/b.db --reuse --cpu  # CPU per request, in-process

The synthetic events are drawn (seeded) from the real KB's actors with a skewed popularity,
the real PLOVER types and intensities, three years of dates, 20 outlets, a third located at
KB places; every record goes through the export contract like a real ingest (the events column
holds the event record, as the writer stores it since schema 9), and the rows are
written in bulk straight into the tables (the real writer's per-article transactions would
take hours for a million events), then the tallies and dyads are recounted from them. The load tool
is a thread pool of keep-alive httpx clients.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

from brinkwatch.contract import event_to_export
from brinkwatch.extract.ontology import EVENT_TYPES
from brinkwatch.kb.loader import load_theatre
from brinkwatch.records import (
    ActorRef,
    Article,
    Attribution,
    DateRef,
    Event,
    Evidence,
    Place,
    event_id,
    text_id,
)
from brinkwatch.store import open_store, tallies
from brinkwatch.store.codec import dump_event
from brinkwatch.store.writer import date_bounds

MODALITIES = [("asserted", 70), ("alleged", 12), ("future", 6), ("hypothetical", 5), ("denied", 4), ("negated", 3)]
OUTLETS = [f"Outlet {i:02d}" for i in range(20)]
EVENTS_PER_ARTICLE = 8
START = datetime.date(2023, 1, 1)
DAYS = 3 * 365


def _weighted(rng: random.Random, items: list[tuple[Any, int]]) -> Any:
    return rng.choices([i for i, _ in items], weights=[w for _, w in items])[0]


def generate(path: Path, n_events: int, *, seed: int = 7, log: Callable[[str], None] = print) -> None:
    """Write ``n_events`` synthetic events (and their articles, sentences, actors, evidence)."""
    if path.exists():
        path.unlink()
    open_store(path).close()  # create + migrate (tables and indexes)
    kb = load_theatre()
    rng = random.Random(seed)
    actors = sorted(a.id for a in kb.actors.values() if a.type not in ("office",))
    rng.shuffle(actors)
    popularity = [1.0 / (i + 1) ** 1.1 for i in range(len(actors))]  # Zipf-like
    places = [p for p in kb.places.values() if p.lat is not None and p.country == "IRQ"]
    types = [(t, 1) for t in EVENT_TYPES]
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    t0 = time.perf_counter()
    n_articles = (n_events + EVENTS_PER_ARTICLE - 1) // EVENTS_PER_ARTICLE
    done = 0
    batch: dict[str, list[tuple[Any, ...]]] = {k: [] for k in ("art", "sent", "ev", "ea", "evid", "act")}
    seen_actors: set[str] = set()
    now = datetime.datetime.now(datetime.UTC).isoformat()
    for ai in range(n_articles):
        k = min(EVENTS_PER_ARTICLE, n_events - done)
        day = START + datetime.timedelta(days=int(rng.triangular(0, DAYS, DAYS * 0.8)))
        lines = []
        specs = []
        for _ in range(k):
            etype = rng.choice(types)[0]
            src, dst = rng.choices(actors, weights=popularity, k=2)
            if src == dst:
                dst = actors[(actors.index(dst) + 1) % len(actors)]
            a, b = kb.get(src), kb.get(dst)
            assert a and b
            verb = etype.name.lower()
            lines.append(f"{a.name} was reported in a {verb} event involving {b.name} ({ai}-{len(lines)}).")
            specs.append((etype, a, b, verb))
        text = f"Synthetic report {ai}\n" + "\n".join(lines)
        aid = text_id(text)
        outlet = rng.choice(OUTLETS)
        art = Article(id=aid, origin=f"synthetic/{ai}.txt", text=text, title=f"Synthetic report {ai}",
                      outlet=outlet, published=day.isoformat(), language="en", format="txt",
                      size=len(text))
        first_seen = f"{now}-{ai:09d}"
        batch["art"].append((aid, art.origin, "ok", None, art.title, outlet, None, None,
                             art.published, "en", "txt", art.size, text,
                             '["actors.kb.v1", "events.rules.v1"]', first_seen, first_seen))
        pos = len(f"Synthetic report {ai}\n")
        batch["sent"].append((aid, 0, 0, pos - 1, text[: pos - 1]))
        for si, ((etype, a, b, verb), line) in enumerate(zip(specs, lines, strict=True), start=1):
            ev_day = day - datetime.timedelta(days=rng.choice((0, 0, 0, 1, 2)))
            modality = _weighted(rng, MODALITIES)
            place = rng.choice(places) if rng.random() < 0.33 else None
            t_start = pos + line.index(verb)
            ar = ActorRef(name=a.name, kb_id=a.id, text=a.name, ancestors=kb.ancestors(a.id),
                          sector=a.sector, start=pos, end=pos + len(a.name))
            br = ActorRef(name=b.name, kb_id=b.id, text=b.name, ancestors=kb.ancestors(b.id),
                          sector=b.sector)
            eid = event_id(aid, etype.name, (a.id,), (b.id,), pos, t_start)
            ev = Event(
                id=eid, article_id=aid, type=etype.name, mode=None, quad=etype.quad,
                intensity=etype.intensity, cameo=etype.cameo, modality=modality,
                actors=(ar,), targets=(br,),
                date=DateRef(value=ev_day.isoformat(), precision="day", text=None),
                location=None if place is None else Place(name=place.name, kb_id=place.id,
                                                          country=place.country, lat=place.lat,
                                                          lon=place.lon),
                attribution=Attribution(),
                evidence=(Evidence(sentence_index=si, start=pos, end=pos + len(line), sentence=line,
                                   trigger=verb, trigger_start=t_start,
                                   trigger_end=t_start + len(verb)),),
                extractor="events.rules.v1", confidence=0.6)
            record = event_to_export(ev, art)
            lo, hi = date_bounds(ev.date)
            batch["sent"].append((aid, si, pos, pos + len(line), line))
            batch["ev"].append((eid, aid, pos, etype.name, None, etype.quad, etype.intensity,
                                etype.cameo, modality, ev.date.value, "day", None, lo, hi,
                                json.dumps(record["location"]) if record["location"] else None,
                                0.6, "events.rules.v1", dump_event(ev)))  # as the writer stores it
            batch["ea"].append((eid, "actor", 0, a.id, a.name, a.name))
            batch["ea"].append((eid, "target", 0, b.id, b.name, b.name))
            batch["evid"].append((eid, 0, si, pos, pos + len(line), verb, t_start, t_start + len(verb)))
            for x in (a, b):
                if x.id not in seen_actors:
                    seen_actors.add(x.id)
                    batch["act"].append((x.id, x.name, x.type, x.sector, now))
            pos += len(line) + 1
        done += k
        if len(batch["ev"]) >= 20000 or done >= n_events:
            _flush(con, batch)
            log(f"  {done:>9,} events  {time.perf_counter() - t0:6.1f}s")
    con.close()
    t1 = time.perf_counter()
    with open_store(path) as store, store.transaction() as conn:  # the bulk rows bypassed the writer
        tallies.rebuild(conn)
        tallies.rebuild_dyads(conn)
        tallies.rebuild_party_days(conn)
    log(f"  tallies, dyads and party days rebuilt in {time.perf_counter() - t1:.1f}s")
    con = sqlite3.connect(path)
    con.execute("PRAGMA optimize")
    con.execute("ANALYZE")
    con.close()


def _flush(con: sqlite3.Connection, batch: dict[str, list[tuple[Any, ...]]]) -> None:
    sql = {
        "art": "INSERT INTO articles (id, origin, status, reason, title, outlet, author, url, published, language, format, size, text, extractors, first_seen, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "sent": 'INSERT INTO sentences (article_id, idx, start, "end", text) VALUES (?,?,?,?,?)',
        "ev": "INSERT INTO events (id, article_id, position, type, mode, quad, intensity, cameo, modality, date_value, date_precision, date_text, date_start, date_end, location, confidence, extractor, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "ea": "INSERT INTO event_actors (event_id, role, position, kb_id, name, text) VALUES (?,?,?,?,?,?)",
        "evid": 'INSERT INTO evidence (event_id, idx, sentence_index, start, "end", trigger, trigger_start, trigger_end) VALUES (?,?,?,?,?,?,?,?)',
        "act": "INSERT OR IGNORE INTO actors (kb_id, name, type, sector, first_seen) VALUES (?,?,?,?,?)",
    }
    with con:
        for key in ("art", "sent", "ev", "ea", "evid", "act"):
            con.executemany(sql[key], batch[key])
            batch[key].clear()


# --- load ------------------------------------------------------------------------------
def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = int(s.getsockname()[1])
    s.close()
    return port


def start_server(db: Path, port: int, workers: int = 1) -> subprocess.Popen[str]:
    """``brinkwatch serve`` on ``db``; its messages go to ``<db>.serve.log`` (a pipe nobody
    reads would stall it once full)."""
    env = {**os.environ, "BRINKWATCH_DB": str(db)}
    log = db.with_name(db.name + ".serve.log")
    with log.open("w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "brinkwatch.cli", "serve", "--port", str(port),
                                 "--workers", str(workers)],
                                env=env, stderr=err, stdout=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + 120
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=5)
            return proc
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"server did not start: {log.read_text()[-2000:]}") from None
            time.sleep(0.2)


def scenarios(db: Path, rng: random.Random) -> dict[str, list[str]]:
    """Request URLs per scenario, drawn from what is in the store."""
    con = sqlite3.connect(db)
    top = [r[0] for r in con.execute(
        "SELECT kb_id FROM event_actors WHERE role='actor' GROUP BY kb_id ORDER BY count(*) DESC LIMIT 30")]
    pairs = [r for r in con.execute(
        "SELECT a.kb_id, t.kb_id FROM event_actors a JOIN event_actors t ON t.event_id=a.event_id "
        "AND t.role='target' WHERE a.role='actor' AND a.event_id IN (SELECT id FROM events LIMIT 200000) "
        "GROUP BY a.kb_id, t.kb_id ORDER BY count(*) DESC LIMIT 30")]
    con.close()
    types = [t.name for t in EVENT_TYPES]

    def month() -> tuple[str, str]:
        d = START + datetime.timedelta(days=rng.randrange(DAYS - 31))
        return d.isoformat(), (d + datetime.timedelta(days=30)).isoformat()

    def filtered() -> dict[str, str]:
        kind = rng.randrange(5)
        if kind == 0:
            return {"type": rng.choice(types)}
        if kind == 1:
            return {"actor": rng.choice(top)}
        if kind == 2:
            lo, hi = month()
            return {"actor": rng.choice(top), "since": lo, "until": hi}
        if kind == 3:
            lo, hi = month()
            return {"type": rng.choice(types), "since": lo, "until": hi, "modality": "asserted"}
        return {"outlet": rng.choice(OUTLETS), "target": rng.choice(top)}

    out: dict[str, list[str]] = {"list": [], "facets": [], "tension": [], "facets_repeat": []}
    for _ in range(400):
        out["list"].append("/api/events?" + urlencode(filtered() | {"limit": 50}))
        out["facets"].append("/api/events/facets?" + urlencode(filtered()))
        a, t = rng.choice(pairs)
        out["tension"].append("/api/dyads?" + urlencode({"actor": a, "target": t, "rollup": "false"}))
    # the same ten selections again and again (a team reloading its dashboards): cache hits
    out["facets_repeat"] = ["/api/events/facets"] + out["facets"][:9]
    return out


def measure(base: str, urls: list[str], *, requests: int, concurrency: int) -> dict[str, float]:
    local = threading.local()

    def one(url: str) -> float:
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(base_url=base, timeout=120)
        t = time.perf_counter()
        r = client.get(url)
        dt = time.perf_counter() - t
        if r.status_code != 200:
            raise SystemExit(f"{url}: HTTP {r.status_code} {r.text[:200]}")
        return dt

    for url in urls[-3:]:  # warm-up (on selections the timed run draws last, if at all)
        one(url)
    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        times = sorted(pool.map(one, (urls[i % len(urls)] for i in range(requests))))
    wall = time.perf_counter() - t0
    q = statistics.quantiles(times, n=100)
    return {"n": len(times), "p50_ms": q[49] * 1000, "p95_ms": q[94] * 1000,
            "max_ms": times[-1] * 1000, "rps": len(times) / wall}


def measure_cpu(db: Path, urls: dict[str, list[str]], *, requests: int,
                slowest: int = 0) -> dict[str, dict[str, float]]:
    """CPU milliseconds per request (p50/p95/max), the app called in this process one request
    at a time: what a request costs, whatever else the machine is running; the ``slowest``
    requests of each family are printed with their CPU time."""
    from starlette.testclient import TestClient

    from brinkwatch.api import create_app
    from brinkwatch.config import load_settings

    out = {}
    with TestClient(create_app(load_settings(db=str(db), environ={}))) as client:
        for name, items in urls.items():
            times = []
            timed = []
            for url in items[:requests]:
                t = time.process_time()
                r = client.get(url)
                times.append((time.process_time() - t) * 1000)
                timed.append((times[-1], url))
                if r.status_code != 200:
                    raise SystemExit(f"{url}: HTTP {r.status_code} {r.text[:200]}")
            for ms, url in sorted(timed, reverse=True)[:slowest]:
                print(f"  {name} {ms:7.1f} ms CPU  {url}", file=sys.stderr)
            times.sort()
            q = statistics.quantiles(times, n=100)
            out[name] = {"n": len(times), "cpu_p50_ms": q[49], "cpu_p95_ms": q[94], "cpu_max_ms": times[-1]}
    return out


def first_page(base: str) -> dict[str, float]:
    """Milliseconds to the first page's DOMContentLoaded, load, and the map drawn, in Chromium."""
    import shutil

    from playwright.sync_api import sync_playwright

    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise SystemExit("no chromium: run `make browser`")
    out: dict[str, list[float]] = {"dom_ms": [], "load_ms": [], "map_ms": []}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=["--no-sandbox"])
        for i in range(4):
            ctx = b.new_context(viewport={"width": 1280, "height": 900})
            pg = ctx.new_page()
            t = time.perf_counter()
            pg.goto(base + "/")
            pg.wait_for_selector("#map[data-ready]", state="attached", timeout=60000)
            map_ms = (time.perf_counter() - t) * 1000
            nav = pg.evaluate("JSON.stringify(performance.getEntriesByType('navigation')[0])")
            nav = json.loads(nav)
            if i:  # the first run warms the server
                out["dom_ms"].append(nav["domContentLoadedEventEnd"])
                out["load_ms"].append(nav["loadEventEnd"])
                out["map_ms"].append(map_ms)
            ctx.close()
        b.close()
    return {k: statistics.median(v) for k, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=Path(".brinkwatch/bench-api.db"))
    ap.add_argument("--reuse", action="store_true", help="measure the existing --db, do not generate")
    ap.add_argument("--requests", type=int, default=200, help="requests per scenario")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    ap.add_argument("--browser", action="store_true", help="also time the first page in Chromium")
    ap.add_argument("--generate-only", action="store_true", help="stop after generating the store")
    ap.add_argument("--cpu", action="store_true",
                    help="CPU time per request in this process, one at a time (no server, no load tool)")
    ap.add_argument("--slowest", type=int, default=0, metavar="N",
                    help="with --cpu, print the N slowest requests of each family")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"db": str(args.db)}
    if not args.reuse:
        print(f"generating {args.events:,} events into {args.db}", file=sys.stderr)
        t = time.perf_counter()
        generate(args.db, args.events, log=lambda m: print(m, file=sys.stderr))
        result["generate_s"] = round(time.perf_counter() - t, 1)
    if args.generate_only:
        print(json.dumps(result))
        return
    con = sqlite3.connect(args.db)
    result["events"] = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    result["db_mb"] = round(args.db.stat().st_size / 2**20)
    if args.cpu:
        for name, got in measure_cpu(args.db, scenarios(args.db, random.Random(11)),
                                     requests=args.requests, slowest=args.slowest).items():
            result[name] = {k: round(v, 1) for k, v in got.items()}
            print(f"{name:8s} {result[name]}", file=sys.stderr)
        print(json.dumps(result) if args.json else json.dumps(result, indent=2))
        return
    port = _free_port()
    proc = start_server(args.db, port, args.workers)
    result["workers"], result["concurrency"] = args.workers, args.concurrency
    try:
        base = f"http://127.0.0.1:{port}"
        urls = scenarios(args.db, random.Random(11))
        for name, items in urls.items():
            result[name] = {k: round(v, 1) for k, v in measure(
                base, items, requests=args.requests, concurrency=args.concurrency).items()}
            print(f"{name:8s} {result[name]}", file=sys.stderr)
        if args.browser:
            result["first_page"] = {k: round(v) for k, v in first_page(base).items()}
            print(f"first page {result['first_page']}", file=sys.stderr)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
