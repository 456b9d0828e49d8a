"""Test helpers shared across test folders, loaded once by file path and registered under stable
module names (the suite runs with ``--import-mode=importlib``, so test folders are not packages):
test modules and conftests import them by these names, e.g.
``import brinkwatch_tests_api_builder as builder``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).parent
SHARED = {
    # a small store with a KB hierarchy (API, web, CLI serve/tension and tallies tests)
    "brinkwatch_tests_api_builder": _HERE / "api" / "builder.py",
    # hand-built ArticleResult records (store and export tests)
    "brinkwatch_tests_store_factory": _HERE / "store" / "factory.py",
    # the ``pg_url`` fixture: a fresh schema on the test PostgreSQL server
    "brinkwatch_tests_store_postgres": _HERE / "store" / "test_postgres.py",
}

for _name, _path in SHARED.items():
    if _name not in sys.modules:
        _spec = importlib.util.spec_from_file_location(_name, _path)
        assert _spec and _spec.loader
        _module = importlib.util.module_from_spec(_spec)
        sys.modules[_name] = _module
        _spec.loader.exec_module(_module)
