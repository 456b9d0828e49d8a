from __future__ import annotations

import pytest

from brinkwatch.kb.loader import load_theatre
from brinkwatch.kb.resolve import descendants_of, resolve_actor_filter


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_theatre()


@pytest.mark.parametrize("query, must, must_not", [
    ("Iran", {"state_irn", "org_irgc", "org_irgc_qf"}, {"state_usa", "org_kataib_hezbollah"}),
    ("state_irn", {"state_irn", "org_irgc"}, {"state_irq"}),
    ("KH", {"org_kataib_hezbollah"}, {"org_lebanese_hezbollah"}),
    ("kataib hezbollah", {"org_kataib_hezbollah"}, {"state_irq"}),
    ("United States", {"state_usa", "org_us_treasury", "org_us_treasury_ofac"}, {"state_irn"}),
])
def test_resolves_aliases_and_descendants(kb, query: str, must: set[str], must_not: set[str]) -> None:  # type: ignore[no-untyped-def]
    ids = set(resolve_actor_filter(kb, query) or ())
    assert must <= ids and not (must_not & ids)


def test_without_rollup_only_the_actor(kb) -> None:  # type: ignore[no-untyped-def]
    assert resolve_actor_filter(kb, "Iran", descendants=False) == ("state_irn",)


@pytest.mark.parametrize("query", ["", "   ", "no such actor anywhere"])
def test_unknown_gives_none(kb, query: str) -> None:  # type: ignore[no-untyped-def]
    assert resolve_actor_filter(kb, query) is None


def test_descendants_are_not_ancestors(kb) -> None:  # type: ignore[no-untyped-def]
    assert "state_usa" not in descendants_of(kb, "org_us_treasury")
    assert "org_us_treasury_ofac" in descendants_of(kb, "org_us_treasury")
