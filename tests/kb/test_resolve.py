from __future__ import annotations

import pytest

from brinkwatch.kb.loader import load_theatre


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
    ids = set(kb.resolve_actor_query(query, members=True))
    assert must <= ids and not (must_not & ids)


def test_without_rollup_only_the_actor(kb) -> None:  # type: ignore[no-untyped-def]
    assert kb.resolve_actor_query("Iran", members=False) == ("state_irn",)


@pytest.mark.parametrize("query", ["", "   ", "no such actor anywhere"])
def test_unknown_gives_nothing(kb, query: str) -> None:  # type: ignore[no-untyped-def]
    assert kb.resolve_actor_query(query, members=True) == ()


def test_descendants_are_not_ancestors(kb) -> None:  # type: ignore[no-untyped-def]
    assert "state_usa" not in kb.members_of("org_us_treasury")
    assert "org_us_treasury_ofac" in kb.members_of("org_us_treasury")
