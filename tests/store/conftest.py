from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from brinkwatch.store import Store, open_store

FACTORY_PATH = Path(__file__).with_name("factory.py")


def _load_factory() -> ModuleType:
    name = "brinkwatch_tests_store_factory"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, FACTORY_PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


factory = _load_factory()


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
