"""Where an event happened, linked to the theatre gazetteer (stub until the place extractor lands)."""

from __future__ import annotations

from typing import Any

from brinkwatch.records import Place


def locate(parsed: Any, sentence_index: int, *, kb: Any, anchor: int | None = None) -> Place | None:
    """The place of an event told in sentence ``sentence_index`` (its paragraph as fallback);
    None rather than a wrong place."""
    return None
