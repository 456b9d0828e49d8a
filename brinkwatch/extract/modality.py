"""Modality and hedges of an event trigger (stub until the modality extractor lands)."""

from __future__ import annotations

from typing import Any

from brinkwatch.records import Modality


def modality_of(doc: Any, trigger: int) -> tuple[str, tuple[str, ...]]:
    """(modality, hedges) for the event whose trigger is doc token index ``trigger``."""
    return Modality.ASSERTED.value, ()
