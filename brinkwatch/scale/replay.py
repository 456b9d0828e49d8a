"""`brinkwatch bench --replay N`: the parent's memory over a long ingest, without coding N articles.

A 100,000-article ingest codes every article first (hours of CPU here), while the memory that
can grow with the corpus is the parent's: the writer, the run's near-duplicate index, the
cross-article stage (reprint index, document frequencies, caches). So the pipeline codes the
articles of ``--corpus`` once, and their results are replayed into one ingest (the real
``ingest`` with a mapper: sources bookkeeping, near-duplicate check, writer, tallies, the stage
following the writer) as N distinct articles:

- copy k of an article has new words: outside every mention, trigger and evidence span, a
  third of the words are swapped for words of the same length from a fixed pool of 20,000
  (so texts, MinHash fingerprints and term vectors differ, and the vocabulary levels off as a
  real archive's does), hence a new id, and new mention, event and sentence ids;
- its dates (publication and every event date) move 4·k years later, so the archive grows
  in time as ten years of reporting do and stories stay the size of the corpus's own.

What it does not cover: the workers (their memory does not depend on the corpus size), the
language pipeline's cost, and real text's vocabulary and story density (the generated
corpus's). RSS is sampled every ``every`` articles; the peak is the process's high-water mark.
The report ends with the memory after ``ingest`` returned, the rebuild of every story the run
touched included (it comes after the last sample, and it is where a run's memory rose most
before round 8), against the sample at 10,000 articles (else the first): the issue's measure.
"""

from __future__ import annotations

import random
import re
import resource
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

from brinkwatch.config import Settings
from brinkwatch.errors import ConfigError
from brinkwatch.records import Article, ArticleResult, ArticleStatus, hash_id, text_id

_WORD = re.compile(r"[a-z]{3,}")
POOL_SIZE = 20_000
YEARS_PER_COPY = 4  # a multiple of 4 keeps 29 February a real day (up to 2100)


def _pool(seed: int = 5) -> dict[int, list[str]]:
    """POOL_SIZE made-up lowercase words, by length (3..14)."""
    rng = random.Random(seed)
    out: dict[int, list[str]] = {}
    letters = "abcdefghijklmnopqrstuvwxyz"
    per = POOL_SIZE // 12
    for n in range(3, 15):
        out[n] = ["".join(rng.choice(letters) for _ in range(n)) for _ in range(per)]
    return out


def _protected(result: ArticleResult) -> list[tuple[int, int]]:
    spans = [(m.start, m.end) for m in result.mentions]
    for e in result.events:
        for ev in e.evidence:
            if ev.trigger_start is not None and ev.trigger_end is not None:
                spans.append((ev.trigger_start, ev.trigger_end))
    return spans


def _new_text(text: str, spans: list[tuple[int, int]], k: int, pool: dict[int, list[str]]) -> str:
    """``text`` with a third of its free lowercase words swapped (same lengths: every offset
    stays valid)."""
    covered = bytearray(len(text) + 1)
    for s, e in spans:
        covered[s:e] = b"\x01" * (e - s)
    rng = random.Random(k)
    chars = list(text)
    for m in _WORD.finditer(text):
        s, e = m.span()
        if any(covered[s:e]) or rng.random() >= 1 / 3:
            continue
        words = pool.get(e - s)
        if words:
            chars[s:e] = rng.choice(words)
    return "".join(chars)


def _shift_year(value: str | None, years: int) -> str | None:
    if not value or len(value) < 4 or not value[:4].isdigit():
        return value
    return f"{int(value[:4]) + years:04d}{value[4:]}"


def _relabel(record: Any, *, article_id: str, salt: str, years: int, text: str) -> Any:
    """The record with the new article id, ids salted, dates shifted, sentence texts re-cut."""
    if isinstance(record, tuple):
        return tuple(_relabel(r, article_id=article_id, salt=salt, years=years, text=text)
                     for r in record)
    if not is_dataclass(record) or isinstance(record, type):
        return record
    changes: dict[str, Any] = {}
    names = {f.name for f in fields(record)}
    for f in fields(record):
        value = getattr(record, f.name)
        if f.name == "article_id" and isinstance(value, str):
            changes[f.name] = article_id
        elif f.name == "id" and isinstance(value, str):
            changes[f.name] = hash_id(value, salt)
        elif f.name in ("value", "end") and "precision" in names:  # a DateRef
            changes[f.name] = _shift_year(value, years)
        elif isinstance(value, tuple) or is_dataclass(value):
            changes[f.name] = _relabel(value, article_id=article_id, salt=salt, years=years,
                                       text=text)
    if "index" in names and "start" in names and "text" in names:  # a Sentence
        changes["text"] = text[record.start:record.end]
    return replace(record, **changes)


def replay(results: list[ArticleResult], n: int) -> Iterator[ArticleResult]:
    """``n`` results: copies of ``results`` with new texts, ids and dates (module docstring)."""
    pool = _pool()
    spans = [_protected(r) for r in results]
    for i in range(n):
        yield replay_copy(results, i, pool=pool, spans=spans)


def replay_copy(results: list[ArticleResult], i: int, *,
                pool: dict[int, list[str]] | None = None,
                spans: list[list[tuple[int, int]]] | None = None) -> ArticleResult:
    """Copy ``i`` of :func:`replay` (the same result, without making the ``i`` before it)."""
    pool = pool or _pool()
    k, j = divmod(i, len(results))
    base = results[j]
    art = base.article
    text = _new_text(art.text, spans[j] if spans is not None else _protected(base), i, pool)
    aid = text_id(text)
    years = YEARS_PER_COPY * k
    article = replace(art, id=aid, text=text, origin=f"{art.origin}#replay{k}",
                      url=f"{art.url}/replay{k}" if art.url else None,
                      published=_shift_year(art.published, years))
    kw = {"article_id": aid, "salt": f"replay{k}", "years": years, "text": text}
    sentences = _relabel(base.sentences, **kw)
    sentences = tuple(replace(s, text=text[s.start:s.end]) for s in sentences)
    by_index = {s.index: s.text for s in sentences}
    events = tuple(replace(e, evidence=tuple(replace(ev, sentence=by_index.get(
        ev.sentence_index, ev.sentence)) for ev in e.evidence))
        for e in _relabel(base.events, **kw))
    return replace(base, article=article, sentences=sentences,
                   mentions=_relabel(base.mentions, **kw), events=events)


@dataclass(frozen=True, slots=True, kw_only=True)
class ReplaySample:
    articles: int
    rss_mb: float
    peak_rss_mb: float
    cpu_ms_per_article: float  # of the parent's ingest since the previous sample (the replay's
    # own work, making the copies, left out)
    stage_ms_per_article: float  # of it, in the cross-article stage


@dataclass(frozen=True, slots=True, kw_only=True)
class ReplayBench:
    base_articles: int
    articles: int
    events: int
    pipeline_ms_per_article: float  # CPU of coding the base articles once (pipeline alone)
    parent_cpu_s: float = 0.0  # the parent's ingest CPU over the run (copies' making left out)
    stage_cpu_s: float = 0.0  # of it, the cross-article stage (with the rebuilds at the end)
    stories: str | None = None
    samples: list[ReplaySample] = field(default_factory=list)
    # after ingest returned: the stories' rebuild at the end of the run included (it follows
    # the last sample; the process's high-water mark over the whole run is ``end_peak_rss_mb``)
    end_rss_mb: float = 0.0
    end_peak_rss_mb: float = 0.0

    def growth(self) -> tuple[ReplaySample, float] | None:
        """(the sample at 10,000 articles, else the first, and the whole run's peak over that
        sample's peak - 1): the issue's measure, peak at the end within 10 % of peak at 10k."""
        if not self.samples or not self.end_peak_rss_mb:
            return None
        ref = next((s for s in self.samples if s.articles == 10_000), self.samples[0])
        return ref, self.end_peak_rss_mb / ref.peak_rss_mb - 1 if ref.peak_rss_mb else 0.0

    @property
    def stage_share(self) -> float:
        """Stage CPU / the CPU of a whole ingest of these articles with one process: the
        pipeline's (measured on the base articles) plus the parent's."""
        total = self.pipeline_ms_per_article / 1000 * self.articles + self.parent_cpu_s
        return self.stage_cpu_s / total if total else 0.0

    def to_json(self) -> dict[str, object]:
        return {**asdict(self), "stage_share": round(self.stage_share, 4)}


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident set of this process, MB (Linux /proc; else the peak twice)."""
    try:
        status = Path("/proc/self/status").read_text()
        now = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
        peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
        return round(now / 1024, 1), round(peak / 1024, 1)
    except (OSError, AttributeError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return round(peak, 1), round(peak, 1)


def run_replay_bench(corpus: str | Path, n: int, *, every: int = 1000, db: str | None = None,
                     settings: Settings | None = None,
                     on_sample: Callable[[ReplaySample], None] | None = None) -> ReplayBench:
    """Code ``corpus`` once, then ingest ``n`` replayed copies into a fresh store (a temporary
    SQLite file unless ``db``), sampling memory and CPU every ``every`` articles (each sample
    also handed to ``on_sample`` as it is taken, for a run watched while it goes)."""
    from brinkwatch.analysis.stage import StageSummary
    from brinkwatch.ingest import ingest
    from brinkwatch.pipeline import context_for, run_batch
    from brinkwatch.sources import iter_path
    from brinkwatch.store import open_store

    path = Path(corpus)
    if not path.exists():
        raise ConfigError(f"no corpus at {path}; make one with 'brinkwatch bench --generate N --out DIR'")
    if n < 1 or every < 1:
        raise ConfigError("--replay takes a positive number of articles")
    settings = settings or Settings()
    ctx = context_for(settings)
    todo = [a for a in iter_path(path) if a.status is ArticleStatus.OK]
    t0 = time.process_time()
    base = [r for r in run_batch(iter(todo), ctx, batch_size=settings.batch_size) if not r.error]
    coding = time.process_time() - t0
    if not base:
        raise ConfigError(f"no readable English articles under {path}")
    samples: list[ReplaySample] = []
    pending: dict[str, ArticleResult] = {}
    stage = StageSummary()
    # [CPU at the last sample, articles, CPU making copies since, stage CPU at the last sample]
    clock: list[float] = [0.0, 0, 0.0, 0.0]
    total = [0.0, 0.0]  # parent CPU without the copies' making, CPU making copies

    def articles() -> Iterator[Article]:
        copies = replay(base, n)
        while True:
            t = time.process_time()
            r = next(copies, None)
            spent = time.process_time() - t
            clock[2] += spent
            total[1] += spent
            if r is None:
                return
            pending[r.article.id] = r
            yield r.article

    def mapper(todo: Iterable[Article]) -> Iterator[ArticleResult]:
        for a in todo:
            yield pending.pop(a.id)

    def sample(_a: Article, _outcome: str) -> None:
        clock[1] += 1
        if clock[1] % every == 0 or clock[1] == n:
            now, peak = _rss_mb()
            cpu = time.process_time()
            done = clock[1] - (samples[-1].articles if samples else 0)
            s = ReplaySample(
                articles=int(clock[1]), rss_mb=now, peak_rss_mb=peak,
                cpu_ms_per_article=round(1000 * (cpu - clock[0] - clock[2]) / done, 1),
                stage_ms_per_article=round(1000 * (stage.cpu_s - clock[3]) / done, 1))
            samples.append(s)
            clock[0], clock[2], clock[3] = cpu, 0.0, stage.cpu_s
            if on_sample:
                on_sample(s)

    with tempfile.TemporaryDirectory(prefix="brinkwatch-replay-") as tmp, \
            open_store(db or str(Path(tmp) / "replay.db")) as store:
        start = clock[0] = time.process_time()
        summary = ingest(articles(), store, ctx, mapper=mapper, on_document=sample,
                         stage_summary=stage)
        total[0] = time.process_time() - start - total[1]
        end_now, end_peak = _rss_mb()
    return ReplayBench(base_articles=len(base), articles=n,
                       events=summary.events + summary.kept_apart,
                       pipeline_ms_per_article=round(1000 * coding / len(todo), 1),
                       parent_cpu_s=round(total[0], 2), stage_cpu_s=round(stage.cpu_s, 2),
                       stories=summary.stories, samples=samples, end_rss_mb=end_now,
                       end_peak_rss_mb=end_peak)


REPLAY_HEADER = ("articles      RSS MB   peak MB   parent CPU ms/article   of it stage   "
                 "(since the last line)")


def format_replay_sample(s: ReplaySample) -> str:
    return (f"{s.articles:8d}  {s.rss_mb:9.1f} {s.peak_rss_mb:9.1f}   {s.cpu_ms_per_article:12.1f}"
            f"          {s.stage_ms_per_article:8.1f}")


def format_replay_bench(r: ReplayBench, *, samples: bool = True) -> str:
    """The run's report; without ``samples`` only the summary (the lines were printed live)."""
    lines = [f"replayed   {r.articles} articles ({r.base_articles} coded once, their results "
             f"replayed with new texts, ids and dates); {r.events} events stored"]
    if samples:
        lines += [REPLAY_HEADER, *(format_replay_sample(s) for s in r.samples)]
    lines.append(f"parent     {r.parent_cpu_s:.1f} s CPU ({1000 * r.parent_cpu_s / r.articles:.1f} ms "
                 f"an article), of it the cross-article stage {r.stage_cpu_s:.1f} s")
    lines.append(f"pipeline   {r.pipeline_ms_per_article:.1f} ms CPU an article (the base articles "
                 f"coded once); stage / whole ingest with one process: {r.stage_share:.1%}")
    grown = r.growth()
    if grown is not None:
        ref, rise = grown
        lines.append(f"memory     at the end (the stories' rebuild included): resident {r.end_rss_mb:.1f} "
                     f"MB, peak {r.end_peak_rss_mb:.1f} MB = {rise:+.1%} over the peak at "
                     f"{ref.articles} articles ({ref.peak_rss_mb:.1f} MB)")
    if r.stories:
        lines.append(r.stories)
    return "\n".join(lines)
