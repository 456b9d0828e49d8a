from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import brinkwatch_tests_api_builder as builder  # noqa: E402 - registered by tests/conftest.py
import pytest


@pytest.fixture(scope="session")
def api_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return builder.build(tmp_path_factory.mktemp("api") / "api.db")  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def client(api_db: Path) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from brinkwatch.api import create_app
    from brinkwatch.config import load_settings

    app = create_app(load_settings(db=str(api_db), environ={}))
    with TestClient(app) as c:
        yield c
