"""Actor cards and actor search (brinkwatch.kb.describe)."""

from __future__ import annotations

import pytest

from brinkwatch.errors import KnowledgeBaseError
from brinkwatch.kb.describe import describe_actor, find_actor
from brinkwatch.kb.loader import load_theatre
from brinkwatch.kb.model import TheatreKB


@pytest.fixture(scope="module")
def kb() -> TheatreKB:
    return load_theatre()


@pytest.mark.parametrize(("query", "kb_id"), [
    ("org_kataib_hezbollah", "org_kataib_hezbollah"),
    ("Hezbollah Brigades", "org_kataib_hezbollah"),
    ("kataib hizballah", "org_kataib_hezbollah"),
    ("Hegseth", "p_hegseth"),
    ("  Sudani ", "p_sudani"),
])
def test_find_actor(kb: TheatreKB, query: str, kb_id: str) -> None:
    assert find_actor(kb, query).id == kb_id


def test_find_actor_empty_query_is_none(kb: TheatreKB) -> None:
    assert find_actor(kb, "  ") is None


@pytest.mark.parametrize(("query", "suggestion"), [
    ("Kataib Hezbolla", "Kata'ib Hezbollah"),
    ("Qays Khazaly", "Qais al-Khazali"),
    ("Pete Hegsett", "Pete Hegseth"),
])
def test_unknown_actor_suggests_close_names(kb: TheatreKB, query: str, suggestion: str) -> None:
    with pytest.raises(KnowledgeBaseError) as err:
        find_actor(kb, query)
    msg = str(err.value)
    assert msg.startswith(f"no actor {query!r}") and "did you mean:" in msg
    assert suggestion in msg and "\n" not in msg


def test_nothing_close_gives_a_hint(kb: TheatreKB) -> None:
    with pytest.raises(KnowledgeBaseError, match="try an id"):
        find_actor(kb, "zzzzqqqq")


def test_card_has_aliases_relations_offices_and_sources(kb: TheatreKB) -> None:
    card = describe_actor(kb, "Hezbollah Brigades")
    assert card.startswith("Kata'ib Hezbollah  [org_kataib_hezbollah]")
    assert "country: IRQ" in card and "sector: REB" in card
    assert "Hizballah Brigades" in card  # aliases
    assert "member_of Popular Mobilization Forces [org_pmf]" in card  # target's name
    assert "Saraya Awliya al-Dam [org_saraya_awliya_al_dam] suspected_front_for this " \
           "(confidence medium)" in card
    assert "https://2009-2017.state.gov/" in card  # source urls
    assert "Lebanese Hezbollah" in card  # ideological ties, named


def test_card_of_a_person_shows_offices_and_hierarchy(kb: TheatreKB) -> None:
    card = describe_actor(kb, "Kadhimi")
    assert "part of: Office of the Prime Minister of Iraq > Iraqi government > Iraq" in card
    assert "Prime Minister of Iraq [office_iraq_pm]: 2020-05-07 to 2022-10-27" in card
    card = describe_actor(kb, "Donald Trump")
    assert "2025-01-20 to present (unverified)" in card


def test_card_of_unknown_actor_raises(kb: TheatreKB) -> None:
    with pytest.raises(KnowledgeBaseError, match="did you mean"):
        describe_actor(kb, "Kataib Hezbolla")
