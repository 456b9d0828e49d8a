"""A generated corpus for benchmarks: news-like articles of realistic lengths, deterministic.

Sentences are built from our own templates with actor and place names taken from the theatre
knowledge base, so the language pipeline and the extractors do real work (entities, events,
attribution, dates, places). Lengths follow a log-normal around ~550 words (most between 200
and 1,300), as wire reports and features do. The same ``seed`` gives the same files; every
article's text is different (a serial number is part of its dateline), so ids never collide.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterator
from pathlib import Path

from brinkwatch.errors import ConfigError

_TEMPLATES = (
    "{a} said on {day} that {b} had {verb} its positions near {place}.",
    "Officials in {place} told reporters that {a} {verb} a convoy linked to {b} late on {day}.",
    "{a} accused {b} of planning further attacks, according to a statement issued on {day}.",
    "A spokesman for {a} warned that any strike on {place} would draw a response.",
    "{a} and {b} met in {place} to discuss the withdrawal timetable, two diplomats said.",
    "{a} condemned the raid, calling it a violation of sovereignty.",
    "Residents of {place} reported explosions shortly after midnight on {day}.",
    "{a} demanded that {b} release the detained fighters within a week.",
    "Analysts said the exchange between {a} and {b} risked a wider escalation.",
    "{a} {verb} {b} targets in {place}, the ministry said in a brief statement.",
    "Security sources said {number} people were killed and {number2} wounded in {place}.",
    "{a} denied any role in the drone attack on the base near {place}.",
    "Talks between {a} and {b} are expected to resume next month, officials said.",
    "{a} threatened to expel the ambassador of {b} if the strikes continued.",
    "The statement from {a} did not say whether anyone was hurt.",
    "{a} announced new sanctions on companies it said were helping {b}.",
)
_FILLER = (
    "The account could not be independently verified.",
    "Traffic resumed on the main road by the afternoon.",
    "Prices in the local market rose sharply during the week.",
    "Schools in the district remained closed for a second day.",
    "The weather delayed several flights into the capital.",
    "Local councils have long complained about shortages of electricity.",
)
_VERBS = ("struck", "attacked", "shelled", "hit", "bombed", "targeted")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_OUTLETS = ("Gulf Wire", "River Post", "Northern Ledger", "Capital Dispatch")


def _names(theatre_paths: tuple[str, ...]) -> tuple[list[str], list[str]]:
    from brinkwatch.kb.loader import load_theatre

    kb = load_theatre(theatre_paths)
    actors = sorted(a.name for a in kb.actors.values()
                    if a.type not in ("office",) and len(a.name) < 40)
    places = sorted(p.name for p in kb.places.values()) or ["Baghdad"]
    return actors, places


def article_lengths(rng: random.Random, median: int = 500) -> int:
    """Words in one article: log-normal around ``median``, clipped to a quarter..5x of it."""
    return max(median // 4, min(median * 5, int(rng.lognormvariate(math.log(median), 0.55))))


def generate_articles(n: int, *, seed: int = 7, median_words: int = 500,
                      theatre_paths: tuple[str, ...] = ()) -> Iterator[dict[str, str]]:
    """``n`` article rows (text, title, outlet, published, url) for a .jsonl file."""
    rng = random.Random(seed)
    actors, places = _names(theatre_paths)
    for i in range(n):
        target = article_lengths(rng, median_words)
        year, month, day = 2024 + i % 3, 1 + i % 12, 1 + i % 28
        place = rng.choice(places)
        sentences = [f"{place.upper()}, report {i + 1}: the latest in a week of tension."]
        words = len(sentences[0].split())
        paragraph: list[str] = []
        while words < target:
            if rng.random() < 0.25:
                s = rng.choice(_FILLER)
            else:
                a, b = rng.sample(actors, 2)
                s = rng.choice(_TEMPLATES).format(
                    a=a, b=b, place=rng.choice(places), verb=rng.choice(_VERBS),
                    day=rng.choice(_DAYS), number=rng.randint(2, 40), number2=rng.randint(2, 60))
                s = s[0].upper() + s[1:]
            paragraph.append(s)
            words += len(s.split())
            if len(paragraph) >= rng.randint(2, 4):
                sentences.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            sentences.append(" ".join(paragraph))
        yield {
            "title": f"Report {i + 1}: tension around {place}",
            "outlet": _OUTLETS[i % len(_OUTLETS)],
            "published": f"{year:04d}-{month:02d}-{day:02d}",
            "url": f"https://example.org/generated/{seed}/{i + 1}",
            "text": "\n\n".join(sentences),
        }


def write_corpus(out_dir: str | Path, n: int, *, seed: int = 7, per_file: int = 1000,
                 median_words: int = 500, theatre_paths: tuple[str, ...] = ()) -> list[Path]:
    """Write ``n`` generated articles as .jsonl files of ``per_file`` rows under ``out_dir``."""
    if n < 1:
        raise ConfigError(f"--generate needs a positive number of articles, got {n}")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create {out}: {exc.strerror}; choose a writable folder") from exc
    paths: list[Path] = []
    fh = None
    try:
        for i, row in enumerate(generate_articles(n, seed=seed, median_words=median_words,
                                                         theatre_paths=theatre_paths)):
            if i % per_file == 0:
                if fh:
                    fh.close()
                paths.append(out / f"generated-{len(paths) + 1:05d}.jsonl")
                fh = paths[-1].open("w", encoding="utf-8")
            assert fh is not None
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if fh:
            fh.close()
    return paths
