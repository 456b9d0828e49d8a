"""Extractors: pure functions from a parsed article to records, registered by versioned name.

Contracts (no I/O, no global state, keyword-only options, picklable top-level functions):

    MentionExtractor: (parsed: ParsedArticle, *, kb: TheatreKB, options: ExtractOptions)
                      -> list[Mention]
    EventExtractor:   (parsed: ParsedArticle, *, kb: TheatreKB, mentions: Sequence[Mention],
                      options: ExtractOptions) -> list[Event]

Built-ins are listed explicitly below (never discovered by scanning modules); third parties
add theirs through the ``brinkwatch.extractors`` entry point group (a mapping name -> callable).
:class:`ExtractOptions` is defined with the settings table (:mod:`brinkwatch.config`), so every
option can be set from ``brinkwatch.toml``, ``BRINKWATCH_*`` variables or flags.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any

from brinkwatch.config import ExtractOptions
from brinkwatch.errors import PipelineError

if TYPE_CHECKING:
    from brinkwatch.kb.model import TheatreKB
    from brinkwatch.nlp.pipeline import ParsedArticle
    from brinkwatch.records import Event, Mention


__all__ = ["BUILTIN_EXTRACTORS", "ExtractOptions", "get_extractor", "run_events", "run_mentions"]

# name -> "module:function". Import is lazy so a face that lists extractors stays fast.
BUILTIN_EXTRACTORS: dict[str, str] = {
    "actors.kb.v1": "brinkwatch.extract.actors:extract_mentions",
    "events.rules.v1": "brinkwatch.extract.events:extract_events",
}


def get_extractor(name: str) -> Callable[..., Any]:
    target = BUILTIN_EXTRACTORS.get(name)
    if target is None:
        from importlib.metadata import entry_points

        for ep in entry_points(group="brinkwatch.extractors"):
            if ep.name == name:
                return ep.load()  # type: ignore[no-any-return]
        raise PipelineError(
            f"no extractor named '{name}'. Available: {', '.join(sorted(BUILTIN_EXTRACTORS))}"
        )
    module, func = target.split(":")
    return getattr(import_module(module), func)  # type: ignore[no-any-return]


def run_mentions(parsed: ParsedArticle, *, kb: TheatreKB, options: ExtractOptions) -> list[Mention]:
    return list(get_extractor(options.mentions)(parsed, kb=kb, options=options))


def run_events(parsed: ParsedArticle, *, kb: TheatreKB, mentions: Sequence[Mention],
               options: ExtractOptions) -> list[Event]:
    return list(get_extractor(options.events)(parsed, kb=kb, mentions=mentions, options=options))
