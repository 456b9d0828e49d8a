"""events.rules.v1: PLOVER event coding (stub until the event coder lands)."""

from __future__ import annotations

from typing import Any

from brinkwatch.records import Event

VERSION = "events.rules.v1"


def extract_events(parsed: Any, *, kb: Any, mentions: Any, options: Any) -> list[Event]:
    return []
