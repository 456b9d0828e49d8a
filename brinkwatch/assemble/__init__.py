"""Story-level assembly: the stage after sentence-level coding, inside one article.

Contract (pure, no I/O, picklable top-level function, keyword-only options)::

    Assembler: (parsed: ParsedArticle, events: Sequence[Event], *, kb: TheatreKB,
                mentions: Sequence[Mention], options: ExtractOptions) -> list[Event]

It receives every sentence-level candidate (events, incomplete mentions, background) and
returns the article's records: one per real event, arguments completed from the story (with
the reasons kept), casualty claims attached, dates propagated, background and incomplete
mentions flagged (stored, not exported by default).

Built-ins are listed here (never discovered); third parties add theirs through the
``brinkwatch.assemblers`` entry point group.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from typing import Any

from brinkwatch.errors import PipelineError
from brinkwatch.records import Event

BUILTIN_ASSEMBLERS: dict[str, str] = {
    "assemble.story.v1": "brinkwatch.assemble.story:assemble_story",
}


def get_assembler(name: str) -> Callable[..., Any]:
    target = BUILTIN_ASSEMBLERS.get(name)
    if target is None:
        from importlib.metadata import entry_points

        for ep in entry_points(group="brinkwatch.assemblers"):
            if ep.name == name:
                return ep.load()  # type: ignore[no-any-return]
        raise PipelineError(
            f"no assembler named '{name}'. Available: {', '.join(sorted(BUILTIN_ASSEMBLERS))}"
        )
    module, func = target.split(":")
    return getattr(import_module(module), func)  # type: ignore[no-any-return]


def run_assemble(parsed: Any, events: Sequence[Event], *, kb: Any, mentions: Sequence[Any],
                 options: Any) -> list[Event]:
    name = getattr(options, "assemble", None)
    if not name:
        return list(events)
    return list(get_assembler(name)(parsed, events, kb=kb, mentions=mentions, options=options))
