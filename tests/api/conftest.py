from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BUILDER_PATH = Path(__file__).with_name("builder.py")


def load_builder() -> ModuleType:
    name = "brinkwatch_tests_api_builder"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, BUILDER_PATH)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


builder = load_builder()


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
