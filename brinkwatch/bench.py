"""`brinkwatch bench`: throughput of the whole pipeline vs the bare language pipeline.

Both run in the same process over the same texts: the baseline is spaCy's English model as
shipped (no brinkwatch components); the pipeline is what ``ingest`` runs minus the database
(newline sentencizer, KB entity ruler, actor linking, event coding with modality, attribution,
time and place). One warm-up pass, then ``repeats`` timed passes of each, alternating; the
median is reported. Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import platform
import resource
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from itertools import cycle, islice
from pathlib import Path

from brinkwatch.config import Settings
from brinkwatch.errors import ConfigError
from brinkwatch.records import Article, ArticleStatus

SAMPLE_CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@dataclass(frozen=True, slots=True, kw_only=True)
class BenchResult:
    articles: int
    words: int
    repeats: int
    n_process: int
    batch_size: int
    pipeline_articles_per_s: float
    pipeline_words_per_s: float
    baseline_articles_per_s: float
    baseline_words_per_s: float
    ratio: float  # pipeline / baseline throughput
    events: int
    peak_rss_mb: float
    kb_load_s: float
    machine: str
    date: str

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def _load_articles(corpus: str | Path | None, n: int | None) -> list[Article]:
    from brinkwatch.sources import iter_path

    path = Path(corpus) if corpus else SAMPLE_CORPUS
    if not path.exists():
        raise ConfigError(f"no corpus at {path}; give --corpus DIR with .txt/.html/.jsonl articles")
    good = [a for a in iter_path(path) if a.status is ArticleStatus.OK]
    if not good:
        raise ConfigError(f"no readable English articles under {path}")
    count = n or len(good)
    return list(islice(cycle(good), count))


def _timed(fn: object, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return times


def run_bench(*, corpus: str | Path | None = None, n: int | None = None, repeats: int = 3,
              settings: Settings | None = None) -> BenchResult:
    """Time the pipeline the ``settings`` describe (theatre, rules, extractor options,
    ``batch_size``, ``n_process``; default: the shipped defaults) against bare spaCy."""
    import spacy

    from brinkwatch.kb.loader import load_theatre
    from brinkwatch.nlp import MODEL_NAME
    from brinkwatch.pipeline import context_for, run_batch

    settings = settings or Settings()
    n_process, batch_size = settings.n_process, settings.batch_size

    articles = _load_articles(corpus, n)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    t0 = time.perf_counter()
    load_theatre.cache_clear() if hasattr(load_theatre, "cache_clear") else None
    load_theatre(settings.theatre_paths)
    kb_load_s = time.perf_counter() - t0

    baseline_nlp = spacy.load(MODEL_NAME)
    ctx = context_for(settings)
    n_events = 0

    def baseline() -> None:
        for _ in baseline_nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
            pass

    def pipeline() -> None:
        nonlocal n_events
        n_events = sum(len(r.events) for r in run_batch(articles, ctx, batch_size=batch_size,
                                                           n_process=n_process))

    baseline()
    pipeline()  # warm-up: caches, lazy imports
    base_times: list[float] = []
    pipe_times: list[float] = []
    for _ in range(max(1, repeats)):
        base_times += _timed(baseline, 1)
        pipe_times += _timed(pipeline, 1)
    base_s = statistics.median(base_times)
    pipe_s = statistics.median(pipe_times)
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":
        rss_kb //= 1024
    return BenchResult(
        articles=len(articles), words=words, repeats=repeats, n_process=n_process,
        batch_size=batch_size,
        pipeline_articles_per_s=round(len(articles) / pipe_s, 2),
        pipeline_words_per_s=round(words / pipe_s, 1),
        baseline_articles_per_s=round(len(articles) / base_s, 2),
        baseline_words_per_s=round(words / base_s, 1),
        ratio=round(base_s / pipe_s, 3),
        events=n_events,
        peak_rss_mb=round(rss_kb / 1024, 1),
        kb_load_s=round(kb_load_s, 3),
        machine=f"{platform.machine()} {platform.processor() or ''} {_cpus()} cpu, "
                f"Python {platform.python_version()}".replace("  ", " "),
        date=datetime.now(UTC).strftime("%Y-%m-%d"),
    )


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def format_bench(r: BenchResult) -> str:
    return "\n".join([
        f"corpus     {r.articles} articles, {r.words} words; median of {r.repeats} runs; "
        f"n_process={r.n_process} batch_size={r.batch_size}",
        f"baseline   {r.baseline_articles_per_s:8.2f} articles/s  {r.baseline_words_per_s:9.1f} words/s"
        "  (spaCy English model alone)",
        f"pipeline   {r.pipeline_articles_per_s:8.2f} articles/s  {r.pipeline_words_per_s:9.1f} words/s"
        f"  (recognition, linking, event coding; {r.events} events)",
        f"ratio      {r.ratio:.1%} of the bare language pipeline's throughput",
        f"memory     {r.peak_rss_mb:.0f} MB peak RSS; knowledge base loaded in {r.kb_load_s:.3f} s",
        f"machine    {r.machine}; {r.date}",
    ])
