"""Batteries of the speech-act classes (round 9, speech11): sentences written for them
(THREATEN, REJECT, ACCUSE, REQUEST, SUPPORT) with positive rows (an event of the type with
the actor and target named, when named) and negative rows (no event of the type, or none by
the named actor). Battery A was developed against; battery B was written at the same time and
only counted before and after (docs/benchmarks.md). Rows the coder does not handle yet say
why (``known_miss``) and are expected to fail. Format: one JSON object a line in
``batteries/speech_a.jsonl`` and ``batteries/speech_b.jsonl``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brinkwatch.records import Article, text_id

BATTERIES = Path(__file__).parent / "batteries"


def _rows() -> list:  # type: ignore[type-arg]
    rows = [(name, json.loads(line)) for name in ("a", "b")
            for line in (BATTERIES / f"speech_{name}.jsonl").read_text(encoding="utf-8")
            .splitlines() if line.strip()]
    return [pytest.param(r, id=f"{name}-{'pos' if r['pos'] else 'neg'}-{r['type']}-{i}",
                         marks=[pytest.mark.xfail(reason=r["known_miss"], strict=False)]
                         if "known_miss" in r else [])
            for i, (name, r) in enumerate(rows)]


def _matches(want: str | None, refs) -> bool:  # type: ignore[no-untyped-def]
    """A named party matches a reference whose KB name or text contains it (either way)."""
    if not want:
        return True
    w = want.lower()
    return any(s and (w in s.lower() or (len(s) > 3 and s.lower() in w))
               for r in refs for s in (r.name, r.text))


@pytest.mark.parametrize("row", _rows())
def test_speech_battery(ctx, row: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
    from brinkwatch.pipeline import process

    article = Article(id=text_id(row["text"]), origin="battery", text=row["text"],
                      published="2025-06-02")
    events = [e for e in process(article, ctx).events
              if e.reportable and e.modality != "hypothetical"]
    hit = any(e.type == row["type"] and _matches(row.get("actor"), e.actors)
              and _matches(row.get("target"), e.targets) for e in events)
    assert hit is row["pos"], [(e.type, [a.name or a.text for a in e.actors],
                                [t.name or t.text for t in e.targets]) for e in events]
