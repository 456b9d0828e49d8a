"""Event dates from explicit and relative expressions (stub until the time extractor lands)."""

from __future__ import annotations

from typing import Any

from brinkwatch.records import DateRef


def resolve_date(parsed: Any, sentence_index: int, *, anchor: int | None = None,
                 published: str | None = None) -> DateRef:
    """The date of an event told in sentence ``sentence_index``; ``anchor`` is the doc token
    index of the event trigger (dates attached to it win over others in the sentence)."""
    return DateRef()
