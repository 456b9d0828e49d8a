"""Running one short article through the whole pipeline, for the table tests of the story
assembly: its records, the names of their sides, the records of one type."""

from __future__ import annotations

from typing import Any

from brinkwatch.records import Article, Event, text_id


def run(ctx: Any, text: str, published: str = "2024-03-12", *,
        every: bool = False) -> list[Event]:
    """The article's reportable records (``every``: incomplete and background ones too)."""
    from brinkwatch.pipeline import process

    result = process(Article(id=text_id(text), origin="t.txt", text=text, published=published),
                     ctx)
    assert result.error is None, result.error
    return [e for e in result.events if every or e.reportable]


def names(refs: Any) -> set[str]:
    return {r.name or r.text for r in refs}


def of(events: list[Event], type_: str) -> list[Event]:
    return [e for e in events if e.type == type_]
