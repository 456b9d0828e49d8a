"""`brinkwatch bench --ingest`: ingest throughput per worker count against the pipeline alone.

In one run, over the same articles: the bare spaCy model, the pipeline in this process (what
``brinkwatch bench`` measures), then a full ingest (read, process, write) into a fresh store
for each worker count. Peak memory is the largest resident set of this process and of any
worker. Timings are one pass each after a warm-up of the models and imports; run it when the machine is
quiet and repeat it: other processes on the same cores change the figures.
"""

from __future__ import annotations

import platform
import resource
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from brinkwatch.config import Settings
from brinkwatch.errors import ConfigError

if TYPE_CHECKING:
    from brinkwatch.store import Store


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestRun:
    workers: int
    seconds: float
    articles_per_s: float
    vs_pipeline: float  # ingest throughput / in-process pipeline throughput
    vs_one_worker: float  # speed-up over the first worker count measured
    events: int
    # CPU seconds (this process and its finished workers) of the pipeline / of this ingest:
    # what the store and bookkeeping cost, unaffected by other processes on a shared machine
    cpu_vs_pipeline: float = 0.0
    # CPU milliseconds per article of this process (the parent: sources, writer, stage; with
    # one worker also the pipeline) and of the worker processes together; ``tail_ms``: the
    # parent's CPU after the last article was stored (work that no worker overlaps)
    parent_cpu_ms: float = 0.0
    workers_cpu_ms: float = 0.0
    tail_ms: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestBench:
    articles: int
    words: int
    store: str
    baseline_articles_per_s: float
    pipeline_articles_per_s: float
    runs: list[IngestRun] = field(default_factory=list)
    peak_rss_mb: float = 0.0
    machine: str = ""
    date: str = ""

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def run_ingest_bench(corpus: str | Path, *, workers: tuple[int, ...] = (1, 2),
                     db: str | None = None, settings: Settings | None = None) -> IngestBench:
    """Time bare spaCy, the in-process pipeline and ingest with each worker count (the
    pipeline and ``batch_size`` the ``settings`` describe; default: the shipped defaults)."""
    import spacy

    from brinkwatch.ingest import ingest
    from brinkwatch.nlp import MODEL_NAME
    from brinkwatch.pipeline import context_for, run_batch
    from brinkwatch.records import ArticleStatus
    from brinkwatch.sources import iter_path
    from brinkwatch.store import open_store

    path = Path(corpus)
    if not path.exists():
        raise ConfigError(f"no corpus at {path}; make one with 'brinkwatch bench --generate N --out DIR'")
    articles = [a for a in iter_path(path) if a.status is ArticleStatus.OK]
    if not articles:
        raise ConfigError(f"no readable English articles under {path}")
    texts = [a.text for a in articles]
    settings = settings or Settings()
    batch_size = settings.batch_size
    ctx = context_for(settings)
    bare = spacy.load(MODEL_NAME)
    list(run_batch(articles[:8], ctx))  # warm-up
    # the cross-article stage's modules too (≈ 0.6 s of imports once per process, which the
    # first ingest run would otherwise pay and the later ones not)
    import brinkwatch.analysis.stage  # noqa: F401
    for _ in bare.pipe(texts[:8]):
        pass

    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=batch_size):
        pass
    base_s = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), _cpu_s()
    n_events = sum(len(r.events) for r in run_batch(articles, ctx, batch_size=batch_size))
    pipe_s, pipe_cpu = time.perf_counter() - t0, _cpu_s() - c0
    pipe_rate = len(articles) / pipe_s

    runs: list[IngestRun] = []
    with tempfile.TemporaryDirectory(prefix="brinkwatch-bench-") as tmp:
        for i, n in enumerate(workers):
            target = db or str(Path(tmp) / f"w{n}-{i}.db")
            with open_store(target) as store:
                _clear(store)
                t0, c0 = time.perf_counter(), _cpu_s()
                p0, w0 = _cpu_s(resource.RUSAGE_SELF), _cpu_s(resource.RUSAGE_CHILDREN)
                summary = ingest(iter_path(path), store, ctx, batch_size=batch_size, n_process=n,
                                 on_document=_mark_cpu)
                secs, cpu = time.perf_counter() - t0, _cpu_s() - c0
                parent, kids = (_cpu_s(resource.RUSAGE_SELF) - p0,
                                _cpu_s(resource.RUSAGE_CHILDREN) - w0)
                tail = _cpu_s(resource.RUSAGE_SELF) - _LAST_STORED[0]
            rate = len(articles) / secs
            runs.append(IngestRun(
                workers=n, seconds=round(secs, 2), articles_per_s=round(rate, 2),
                vs_pipeline=round(rate / pipe_rate, 3),
                vs_one_worker=round(rate / runs[0].articles_per_s, 3) if runs else 1.0,
                events=summary.events, cpu_vs_pipeline=round(pipe_cpu / cpu, 3),
                parent_cpu_ms=round(1000 * parent / len(articles), 1),
                workers_cpu_ms=round(1000 * kids / len(articles), 1),
                tail_ms=round(1000 * tail / len(articles), 1)))
            if summary.events + summary.kept_apart != n_events:
                raise ConfigError(f"ingest with {n} workers stored "
                                  f"{summary.events + summary.kept_apart} events, the "
                                  f"pipeline coded {n_events}: results differ; report this as a bug")
    return IngestBench(
        articles=len(articles), words=sum(len(t.split()) for t in texts),
        store="sqlite (temporary file)" if db is None else "given --db",
        baseline_articles_per_s=round(len(articles) / base_s, 2),
        pipeline_articles_per_s=round(pipe_rate, 2), runs=runs, peak_rss_mb=_peak_rss_mb(),
        machine=f"{platform.machine()} {_cpus()} cpu, Python {platform.python_version()}",
        date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))


_LAST_STORED = [0.0]  # this process's CPU seconds when ingest last stored an article


def _mark_cpu(_article: object, _outcome: str) -> None:
    _LAST_STORED[0] = _cpu_s(resource.RUSAGE_SELF)


def _cpu_s(*who: int) -> float:
    """User + system CPU seconds of ``who`` (default: this process and its children that
    have ended)."""
    total = 0.0
    for w in who or (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        r = resource.getrusage(w)
        total += r.ru_utime + r.ru_stime
    return total


def _clear(store: Store) -> None:
    """Empty a store given by URL so that every run writes everything (bench databases only)."""
    from sqlalchemy import delete

    from brinkwatch.store import schema

    with store.transaction() as conn:
        for table in (*schema.DERIVED_TABLES, schema.articles):
            conn.execute(delete(table))


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def format_ingest_bench(r: IngestBench) -> str:
    lines = [
        f"corpus     {r.articles} articles, {r.words} words; store: {r.store}",
        f"baseline   {r.baseline_articles_per_s:8.2f} articles/s  (spaCy English model alone)",
        f"pipeline   {r.pipeline_articles_per_s:8.2f} articles/s  (in this process, no store)",
    ]
    for run in r.runs:
        lines.append(f"ingest x{run.workers:<3} {run.articles_per_s:8.2f} articles/s  "
                     f"{run.seconds:7.1f} s  {run.vs_pipeline:.0%} of the pipeline, "
                     f"{run.vs_one_worker:.2f}x the first run; {run.events} events; "
                     f"CPU: {run.cpu_vs_pipeline:.0%} of the pipeline's rate; per article "
                     f"parent {run.parent_cpu_ms:.1f} ms (after the last store "
                     f"{run.tail_ms:.1f} ms), workers {run.workers_cpu_ms:.1f} ms")
    lines += [f"memory     {r.peak_rss_mb:.0f} MB peak RSS (largest process)",
              f"machine    {r.machine}; {r.date}"]
    return "\n".join(lines)
