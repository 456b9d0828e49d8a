from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import brinkwatch_tests_store_factory as factory  # noqa: E402 - registered by tests/conftest.py
import pytest

from brinkwatch.store import Store, open_store


@pytest.fixture
def make_result() -> Callable[..., Any]:
    return factory.make_result  # type: ignore[no-any-return]


@pytest.fixture
def make_bad() -> Callable[..., Any]:
    return factory.make_bad  # type: ignore[no-any-return]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sub" / "brinkwatch.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = open_store(db_path)
    yield s
    s.close()
