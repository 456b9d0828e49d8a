"""Totals on the API: exact ones say so, from the tallies or counted (``total_exact``)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("params", "expected"), [
    ("", None),  # every event
    ("type=ASSAULT", None),
    ("type=ASSAULT&since=2025-10-09&until=2025-10-20", None),  # a day window: counted
    ("q=fired", None),  # free text: counted
    ("actor=United+States", None),  # rolled up over its bodies (summed from the tallies)
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


def test_cached_totals_and_facets_follow_a_write_made_while_serving(tmp_path: Any) -> None:
    """The answers the server remembers are dropped as soon as the writer commits: a reload
    after an ingest shows the new events, and one with nothing new is the same answer."""
    import brinkwatch_tests_api_builder as builder
    from fastapi.testclient import TestClient

    from brinkwatch.api import create_app
    from brinkwatch.config import load_settings
    from brinkwatch.store import open_store

    path = tmp_path / "live.db"
    first, second, *_ = builder.results()
    with open_store(path) as writer:
        writer.write(first)
        app = create_app(load_settings(db=str(path), environ={}))
        with TestClient(app) as client:
            def seen(params: str) -> tuple[int, dict[str, int]]:
                body = client.get(f"/api/events/facets?{params}").json()
                listed = client.get(f"/api/events?{params}").json()
                assert listed["total"] == body["total"]
                return body["total"], {f["value"]: f["count"] for f in body["facets"]["type"]}

            def all_three() -> tuple[Any, ...]:
                return seen(""), seen("type=SANCTION"), seen("outlet=Tigris+Daily")

            before = all_three()
            assert all_three() == before  # served again (from the cache): the same
            assert before[1] == (0, {}) and before[2] == (0, {})
            writer.write(second)  # a sanction and four assaults, from another outlet
            after = all_three()
            assert after[0][0] == before[0][0] + len(second.events)
            assert after[0][1]["SANCTION"] == 1 and after[0][1]["ASSAULT"] == before[0][1]["ASSAULT"] + 4
            assert after[1] == (1, {"SANCTION": 1})
            assert after[2] == (len(second.events), {"ASSAULT": 4, "SANCTION": 1})
            writer.delete([second.article.id])
            assert all_three() == before
