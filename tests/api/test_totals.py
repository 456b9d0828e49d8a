"""Totals on the API: exact ones say so, from the tallies or counted (``total_exact``)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("params", "expected"), [
    ("", None),  # every event
    ("type=ASSAULT", None),
    ("type=ASSAULT&since=2025-10-09&until=2025-10-20", None),  # a day window: counted
    ("q=fired", None),  # free text: counted
    ("actor=United+States", None),  # rolled up over its bodies: counted
    ("actor=nobody+at+all", 0),
])
def test_totals_are_exact_and_match_the_items(client: Any, params: str, expected: int | None) -> None:
    body = client.get(f"/api/events?{params}&limit=500").json()
    assert body["total_exact"] is True
    assert body["total"] == len(body["items"])
    assert body["total"] > 0 if expected is None else body["total"] == expected
    facets = client.get(f"/api/events/facets?{params}").json()
    assert (facets["total"], facets["total_exact"]) == (body["total"], True)
    assert sum(f["count"] for f in facets["facets"]["type"]) == body["total"]
