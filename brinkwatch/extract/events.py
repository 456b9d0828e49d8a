"""events.rules.v1: PLOVER event coding (stub until the event coder lands)."""

from __future__ import annotations

from typing import Any

from brinkwatch.records import Event

VERSION = "events.rules.v1"


def extract_events(parsed: Any, *, kb: Any, mentions: Any, options: Any) -> list[Event]:
    return []


def classify_pair(doc: Any, source: tuple[int, int], target: tuple[int, int]) -> tuple[str, int]:
    """Given a parsed sentence and the character spans of a gold (source, target) pair, the PLV
    root (one of the 15 PLV roots; CONCEDE and RETREAT map to YIELD) and the quad class 1-4."""
    return "CONSULT", 1
