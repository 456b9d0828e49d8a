from __future__ import annotations

import importlib.util
import os
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy.engine import make_url

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


ENV = "BRINKWATCH_TEST_POSTGRES"


def _server_url() -> str:
    url = os.environ.get(ENV)
    if not url:
        pytest.skip(f"no PostgreSQL: set {ENV}=postgresql+psycopg://USER@HOST:PORT/DB to run")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL whose search_path is a fresh schema (dropped at the end)."""
    import psycopg

    base = make_url(_server_url())
    name = f"bw_test_{uuid.uuid4().hex[:12]}"
    plain = base.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        admin = psycopg.connect(plain, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"{ENV} is set but the server cannot be reached: {exc}")
    admin.execute(f'CREATE SCHEMA "{name}"')
    try:
        yield base.update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(
            hide_password=False)
    finally:
        admin.execute(f'DROP SCHEMA "{name}" CASCADE')
        admin.close()
