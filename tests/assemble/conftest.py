"""Fixtures of the story assembly tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def ctx() -> Any:
    """The pipeline with the shipped theatre and rules (one per test module)."""
    from brinkwatch.pipeline import build_context

    return build_context()
