"""Coding one text through the whole pipeline, for the table tests of the extractors: each
row's sentence becomes an article, and the rows compare what comes out (type, actor names or
texts, target names or texts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from brinkwatch.records import Article, Event, text_id

Coded = tuple[str, set[str], set[str]]


def coded(ctx: Any, text: str, *, published: str = "2025-03-10",
          keep: Callable[[Event], bool] = lambda e: True) -> list[Coded]:
    """(type, actors, targets) of the events of ``text`` that ``keep`` accepts."""
    from brinkwatch.pipeline import process

    article = Article(id=text_id(text), origin="test", text=text, published=published)
    return [(e.type, {a.name or a.text for a in e.actors}, {t.name or t.text for t in e.targets})
            for e in process(article, ctx).events if keep(e)]


def has(got: list[Coded], type_: str, actors: set[str], targets: set[str]) -> bool:
    """Whether one coded event has the type and at least these actors and targets."""
    return any(t == type_ and actors <= a and targets <= tg for t, a, tg in got)


def scored(ctx: Any, text: str) -> list[Coded]:
    """(type, actors, targets) of the reportable events of ``text`` that are not hypothetical
    (what the event scorer counts)."""
    return coded(ctx, text, published="2025-06-02",
                 keep=lambda e: e.reportable and e.modality != "hypothetical")


def pos_and_near_miss(code: Callable[[str], list[Coded]], pos: str, want: Coded, neg: str,
                      not_want: Coded) -> None:
    """A table row: ``pos`` codes ``want`` (:func:`has`), its near miss ``neg`` does not code
    ``not_want``."""
    got = code(pos)
    assert has(got, *want), got
    got_neg = code(neg)
    assert not has(got_neg, *not_want), got_neg


def near_miss(ctx: Any, pos: str, want: Coded, neg: str, unwanted: Coded) -> None:
    """:func:`pos_and_near_miss` with what the event scorer counts (:func:`scored`)."""
    pos_and_near_miss(lambda text: scored(ctx, text), pos, want, neg, unwanted)
