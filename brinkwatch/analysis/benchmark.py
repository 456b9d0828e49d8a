"""``brinkwatch bench --stories N``: the cost of the cross-article stage on N generated
articles (made-up outlets, places and people; ~600 words each, a few events each, real events
told by one to seven outlets, some reprints), against the cost of ingesting them.

The stage runs over a store holding all N articles, in one run and then incrementally (the last
10 % ingested after the first 90 % was analysed), and samples the resident memory every
``sample`` articles. Ingest cost per article = the language pipeline on a sample of the same
generated texts + the store write of all N. Costs are CPU seconds of this process
(``time.process_time``): on a shared machine, wall time measures the neighbours too (wall
seconds are reported beside them)."""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from brinkwatch.records import (
    ActorRef,
    Article,
    ArticleResult,
    Attribution,
    DateRef,
    Event,
    Evidence,
    Mention,
    Place,
    Sentence,
    event_id,
    hash_id,
    text_id,
)

_TOWNS = [f"{a}{b}" for a in ("Al-", "Tel ", "Ras ", "Qal'at ", "Abu ", "Jurf ", "Nahr ", "Umm ")
          for b in ("Sakhar", "Hadid", "Zaraq", "Mansur", "Kifl", "Ruba", "Tawil", "Basit", "Qasr",
                    "Hamra")]
_ACTORS = [("United States", ("United States",)), ("U.S. military", ("United States",)),
           ("Iraq", ()), ("Iraqi government", ("Iraq",)), ("Iran", ()),
           ("Kata'ib Hezbollah", ("Popular Mobilization Forces", "Iraq")),
           ("Harakat al-Nujaba", ("Popular Mobilization Forces", "Iraq")),
           ("Badr Organization", ("Popular Mobilization Forces", "Iraq")),
           ("Islamic Revolutionary Guard Corps", ("Iran",)),
           ("Kurdistan Regional Government", ("Iraq",))]
_TYPES = [("ASSAULT", 4, "struck"), ("ACCUSE", 3, "condemned"), ("THREATEN", 3, "warned"),
          ("SANCTION", 4, "sanctioned"), ("CONSULT", 1, "met"), ("REQUEST", 3, "urged"),
          ("REJECT", 3, "rejected"), ("MOBILIZE", 4, "deployed")]
_FILLER_WORDS = ("officials analysts residents tensions security forces region government "
                 "militia factions border convoy supplies negotiations parliament budget "
                 "statement warehouse checkpoint airport embassy envoy ministry oil exports "
                 "province elections coalition advisers weapons drones rockets sovereignty "
                 "pressure sanctions protests electricity water farmers traders prices "
                 "markets schools hospital mosque bridge river highway district villages").split()
_OUTLETS = [f"outlet{i:02d}.example" for i in range(40)]


@dataclass(slots=True, kw_only=True)
class StoriesBench:
    articles: int
    words: int
    write_s: float
    stage_s: float
    incremental_articles: int
    incremental_s: float
    pipeline_ms_per_article: float | None
    rss_mb: list[tuple[int, float]] = field(default_factory=list)
    stories: int = 0
    stage_wall_s: float = 0.0

    @property
    def stage_ms(self) -> float:
        return 1000 * self.stage_s / self.articles

    @property
    def ingest_ms(self) -> float | None:
        if self.pipeline_ms_per_article is None:
            return None
        return self.pipeline_ms_per_article + 1000 * self.write_s / self.articles

    @property
    def overhead(self) -> float | None:
        return None if self.ingest_ms is None else self.stage_ms / self.ingest_ms

    def to_json(self) -> dict[str, object]:
        return {"articles": self.articles, "words": self.words, "write_s": round(self.write_s, 2),
                "stage_s": round(self.stage_s, 2), "stage_wall_s": round(self.stage_wall_s, 2),
                "stage_ms_per_article": round(self.stage_ms, 2),
                "incremental_articles": self.incremental_articles,
                "incremental_s": round(self.incremental_s, 2),
                "pipeline_ms_per_article": self.pipeline_ms_per_article,
                "ingest_ms_per_article": None if self.ingest_ms is None else round(self.ingest_ms, 2),
                "overhead": None if self.overhead is None else round(self.overhead, 4),
                "rss_mb": self.rss_mb, "stories": self.stories}


def _ref(name: str, anc: tuple[str, ...], text: str) -> ActorRef:
    return ActorRef(name=name, kb_id=None, text=text, ancestors=anc)


def _filler(rng: random.Random, n: int) -> str:
    words = rng.sample(_FILLER_WORDS, n)
    return " ".join(words).capitalize() + "."


def generate(n: int, *, seed: int = 7) -> Iterator[ArticleResult]:
    """``n`` made-up articles in publication order (deterministic for a seed)."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    made = 0
    earlier: list[tuple[str, str]] = []
    k = 0
    while made < n:
        k += 1
        day = start + timedelta(days=k * 730 // max(1, n // 4))
        etype, quad, verb = rng.choice(_TYPES)
        actor = rng.choice(_ACTORS)
        target = rng.choice([a for a in _ACTORS if a is not actor])
        town = rng.choice(_TOWNS)
        toll = rng.randint(1, 9)
        for _ in range(rng.choice((1, 1, 2, 3, 4, 5, 7))):
            if made >= n:
                break
            made += 1
            outlet = rng.choice(_OUTLETS)
            if earlier and rng.random() < 0.05:  # a syndicated copy
                text = rng.choice(earlier)[1] + "\n" + _filler(rng, 8)
            else:
                lead = (f"{actor[0]} {verb} {target[0]} near {town} on "
                        f"{day.strftime('%A')}, {rng.choice(('officials said', 'a statement said', 'witnesses said'))}, "
                        f"and {rng.choice((toll, toll + 1))} people were killed.")
                body = [_filler(rng, rng.randint(8, 14)) for _ in range(rng.randint(40, 55))]
                text = "\n".join([f"{actor[0]} and {target[0]}: {town}", lead, *body])
            earlier.append((outlet, text))
            earlier = earlier[-200:]
            aid = text_id(text)
            lines = text.split("\n")
            sents, pos = [], 0
            for i, line in enumerate(lines):
                sents.append(Sentence(article_id=aid, index=i, start=pos, end=pos + len(line),
                                      text=line))
                pos += len(line) + 1
            s = sents[1]
            t0 = max(0, text.find(verb, s.start))
            a_ref = _ref(actor[0], actor[1], actor[0])
            t_ref = _ref(target[0], target[1], target[0])
            ev = Event(id=event_id(aid, etype, (actor[0],), (target[0],), s.start, t0),
                       article_id=aid, type=etype, mode=None, quad=quad, intensity=-5.0,
                       cameo=None, modality="asserted", actors=(a_ref,), targets=(t_ref,),
                       date=DateRef(value=day.isoformat(), precision="day"),
                       location=Place(name=town), attribution=Attribution(),
                       evidence=(Evidence(sentence_index=1, start=s.start, end=s.end,
                                          sentence=s.text, trigger=verb, trigger_start=t0,
                                          trigger_end=t0 + len(verb)),),
                       extractor="events.rules.v1")
            mentions = tuple(Mention(id=hash_id("m", aid, i), article_id=aid, sentence_index=1,
                                     start=s.start, end=s.start + 1, text=r.text, label="ORG",
                                     kb_id=None, name=r.name, method="unknown", confidence=0.5,
                                     extractor="actors.kb.v1") for i, r in enumerate((a_ref, t_ref)))
            pub = (day + timedelta(days=rng.randint(0, 2))).isoformat()
            yield ArticleResult(
                article=Article(id=aid, origin=f"generated/{made:06d}.txt", text=text,
                                outlet=outlet, url=f"https://{outlet}/{made}",
                                published=None if rng.random() < 0.1 else pub, language="en",
                                format="txt", size=len(text)),
                sentences=tuple(sents), mentions=mentions, events=(ev,),
                extractors=("actors.kb.v1", "events.rules.v1"))


def _rss_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        import os

        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_stories_bench(n: int, *, pipeline_sample: int = 40, sample: int = 1000) -> StoriesBench:
    from brinkwatch.analysis.stage import run_stage
    from brinkwatch.kb.loader import load_theatre
    from brinkwatch.store import open_store

    kb = load_theatre()
    results = list(generate(n))
    words = sum(len(r.article.text.split()) for r in results)
    pipeline_ms = None
    if pipeline_sample:
        from brinkwatch.pipeline import build_context, run_batch

        ctx = build_context()
        arts = [r.article for r in results[:pipeline_sample]]
        list(run_batch(iter(arts[:4]), ctx))  # warm-up
        t = time.process_time()
        list(run_batch(iter(arts), ctx))
        pipeline_ms = 1000 * (time.process_time() - t) / len(arts)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        head = int(n * 0.9)
        t = time.process_time()
        for r in results:
            store.write(r)
        write_s = time.process_time() - t
        # the first 90 % as one run, sampling memory; then the last 10 % incrementally
        with store.transaction() as conn:
            from brinkwatch.store import schema

            conn.execute(schema.articles.update()
                         .where(schema.articles.c.id.in_([r.article.id for r in results[head:]]))
                         .values(status="held"))
        rss: list[tuple[int, float]] = []
        seen = [0]

        def tick(_aid: str) -> None:
            seen[0] += 1
            if seen[0] % sample == 0:
                rss.append((seen[0], round(_rss_mb(), 1)))

        t, w = time.process_time(), time.perf_counter()
        run_stage(store, kb=kb, on_article=tick)
        first = time.process_time() - t
        with store.transaction() as conn:
            conn.execute(schema.articles.update().where(schema.articles.c.status == "held")
                         .values(status="ok"))
        t = time.process_time()
        run_stage(store, kb=kb, on_article=tick)
        incremental = time.process_time() - t
        wall = time.perf_counter() - w
        rss.append((n, round(_rss_mb(), 1)))
        from sqlalchemy import func, select

        with store.snapshot() as conn:
            n_stories = int(conn.execute(select(func.count()).select_from(schema.stories)).scalar() or 0)
        store.close()
    return StoriesBench(articles=n, words=words, write_s=write_s, stage_s=first + incremental,
                        incremental_articles=n - head, incremental_s=incremental,
                        pipeline_ms_per_article=None if pipeline_ms is None else round(pipeline_ms, 2),
                        rss_mb=rss, stories=n_stories, stage_wall_s=wall)


def format_stories_bench(b: StoriesBench) -> str:
    lines = [f"corpus     {b.articles} generated articles, {b.words} words; {b.stories} stories",
             "           (CPU seconds of this process; wall seconds include the neighbours)",
             f"store      writes {b.write_s:.1f} s ({1000 * b.write_s / b.articles:.2f} ms/article)",
             f"stage      {b.stage_s:.1f} s CPU, {b.stage_wall_s:.1f} s wall "
             f"({b.stage_ms:.2f} ms/article); the last "
             f"{b.incremental_articles} incrementally in {b.incremental_s:.1f} s "
             f"({1000 * b.incremental_s / max(1, b.incremental_articles):.2f} ms/article)"]
    if b.ingest_ms is not None and b.overhead is not None:
        lines.append(f"ingest     {b.ingest_ms:.1f} ms/article (pipeline on a sample + store write)")
        lines.append(f"overhead   the stage adds {100 * b.overhead:.1f} % to ingest time")
    lines.append("memory     " + ", ".join(f"{k}: {v} MB" for k, v in b.rss_mb))
    return "\n".join(lines)
