"""Schemathesis against /openapi.json: generated requests for every operation (bounded, so
the suite stays fast) never get a 5xx, and every error keeps the one error shape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings


@pytest.fixture(scope="session")
def api_schema(api_db: Path) -> Any:
    from brinkwatch.api import create_app
    from brinkwatch.config import load_settings

    app = create_app(load_settings(db=str(api_db), environ={}))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_no_server_error(api_schema: Any) -> None:
    # Schemathesis' own pytest plugin does not run under pytest 9 here, so each operation's
    # hypothesis strategy is driven directly (the same generation, without the plugin).
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 12
    for op in operations:

        @given(case=op.as_strategy())
        @settings(max_examples=25, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            response = case.call()
            assert response.status_code < 500, (
                f"{case.method} {case.formatted_path} {case.query}: {response.text[:300]}")
            if response.status_code >= 400:
                body = response.json()
                assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}

        check()
