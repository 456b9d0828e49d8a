"""Who says so: speaker, speech verb, quote (stub until the attribution extractor lands)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from brinkwatch.records import Attribution, Mention


class AttributionIndex:
    """Built once per article; answers the attribution of any event trigger in it."""

    def __init__(self, parsed: Any, *, kb: Any, mentions: Sequence[Mention]) -> None:
        self.parsed = parsed

    def for_trigger(self, trigger: int) -> Attribution:
        """The attribution of the event whose trigger is doc token index ``trigger``."""
        return Attribution()

    def is_speech(self, token: int) -> bool:
        """True when doc token ``token`` is a speech verb that introduces reported content
        ("said", "told", "according to"): such a verb is attribution, not an event."""
        return False
