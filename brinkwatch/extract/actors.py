"""actors.kb.v1: recognise and link actor mentions (stub until the linker lands)."""

from __future__ import annotations

from typing import Any

from brinkwatch.records import Mention

VERSION = "actors.kb.v1"


def extract_mentions(parsed: Any, *, kb: Any, options: Any) -> list[Mention]:
    return []
