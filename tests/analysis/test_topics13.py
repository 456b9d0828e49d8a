"""Contradiction classes of round 13 (topics13): a press secretary named by title, and what a
projectile came down on (the things each outlet says were hit). Each table has rows that must
give the claim or the topic and rows that must not. Texts, people and offices are made up for
these tests (a small knowledge base of their own)."""

from __future__ import annotations

from typing import Any

import pytest

from brinkwatch.analysis.claims import article_claims
from brinkwatch.analysis.stories import find_contradictions
from brinkwatch.kb.model import KBActor, OfficeTerm, TheatreKB

KB = TheatreKB(
    actors=[
        KBActor(
            id="o_palace_press",
            name="Palace Press Secretary",
            type="office",
            aliases=("Palace press secretary",),
        ),
        KBActor(
            id="o_navy_press",
            name="Admiralty Press Secretary",
            type="office",
            aliases=("Admiralty press secretary",),
        ),
        KBActor(
            id="p_vael",
            name="Ines Vael",
            type="person",
            aliases=("Vael",),
            offices=(OfficeTerm(office="o_palace_press", start="2016-02-01", end="2019-06-30"),),
        ),
        KBActor(
            id="p_moro",
            name="Dario Moro",
            type="person",
            aliases=("Moro",),
            offices=(OfficeTerm(office="o_palace_press", start="2019-07-01"),),
        ),
        KBActor(
            id="p_teel",
            name="Ruth Teel",
            type="person",
            aliases=("Teel",),
            offices=(OfficeTerm(office="o_navy_press", start="2018-01-01"),),
        ),
    ]
)


def _offices(text: str) -> set[tuple[str, str]]:
    return {(c["office"], c["who"]) for c in article_claims(text, kb=KB)["offices"]}


# --- a press secretary, named by title ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Palace press secretary Ines Vael told reporters the talks had gone well.",
            {("o_palace_press", "Ines Vael")},
        ),
        (
            "Admiralty press secretary Ruth Teel said the frigate was back in port.",
            {("o_navy_press", "Ruth Teel")},
        ),
        # the title without its body: the one such office the person held
        ("Press secretary Dario Moro called the report false.", {("o_palace_press", "Dario Moro")}),
        # no name, a former holder, a secretary of another kind: no claim
        ("The palace press secretary declined to comment on the visit.", set()),
        ("Former Palace press secretary Ines Vael has written a memoir.", set()),
        ("Party secretary Ines Vael opened the congress.", set()),
    ],
)
def test_a_press_secretary_named_by_title(text: str, expected: set) -> None:
    assert _offices(text) == expected


def _ref(name: str | None, text: str) -> dict[str, Any]:
    return {"name": name, "text": text, "ancestors": []}


def _office_topic(texts: dict[str, str], window: tuple[str, str]) -> dict[str, Any] | None:
    """The office dispute on a story whose reports are the statements themselves."""
    profiles = {
        aid: {"id": aid, "outlet": f"{aid}.example", "claims": article_claims(t, kb=KB)}
        for aid, t in texts.items()
    }
    rows = [
        {
            "article_id": aid,
            "event": {
                "type": "CONSULT",
                "actor": [_ref("Palace", "the palace")],
                "target": [],
                "date": {},
                "location": None,
                "evidence": t,
            },
        }
        for aid, t in texts.items()
    ]
    return next(
        (
            c
            for c in find_contradictions("diplomacy", rows, profiles, list(texts), window=window)
            if c["topic"] == "office"
        ),
        None,
    )


@pytest.mark.parametrize(
    ("texts", "disputed"),
    [
        # two outlets give the palace's statement to two press secretaries, one out of office
        (
            {
                "wire": "Palace press secretary Dario Moro said the summit would open on Friday.",
                "farm": "Palace press secretary Ines Vael said the summit was a turning point.",
            },
            True,
        ),
        # the same holder, told in other words: nothing to dispute
        (
            {
                "wire": "Palace press secretary Dario Moro said the summit would open on Friday.",
                "farm": "Press secretary Dario Moro told reporters the summit was a turning point.",
            },
            False,
        ),
    ],
)
def test_two_press_secretaries_for_one_statement(texts: dict[str, str], disputed: bool) -> None:
    c = _office_topic(texts, ("2021-03-01", "2021-03-05"))
    assert (c is not None) is disputed
    if disputed:
        claims = {x["article_id"]: x["claim"] for x in c["claims"]}
        assert "Ines Vael" in claims["farm"] and "not in that office" in claims["farm"]
        assert "Dario Moro" in claims["wire"]


# --- what a projectile came down on ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Two shells fell on shops and a school in the old quarter, residents said.",
            {"shops", "schoo"},
        ),
        ("One mortar round slammed into a fuel truck near the checkpoint.", {"fuel", "truck"}),
        ("The rockets landed on parked buses outside Dorvan, police said.", {"parke", "buses"}),
        # a place's name, a time, open ground: not things hit
        ("The rockets crashed into Dorvan late on Sunday.", set()),
        ("The barrage fell on Tuesday night, officials said.", set()),
        ("Most of the shells fell on open ground east of the town.", set()),
        # a part of a place, not a thing hit
        ("A drone crashed into the eastern side of Harran airfield.", set()),
        # a fall that is no impact
        ("Prices fell on Monday as the markets reopened.", set()),
    ],
)
def test_what_a_projectile_came_down_on(text: str, items: set[str]) -> None:
    got = {w for c in article_claims(text)["damaged"] for w in c["items"]}
    assert got == items


def _disputed(texts: dict[str, str], type_: str, family: str, topic: str,
              target: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The contradiction of ``topic`` the stage finds between the articles ``texts`` (one event
    of ``type_`` each, in the story family ``family``), or None."""
    profiles = {
        aid: {"id": aid, "outlet": f"{aid}.example", "claims": article_claims(t)}
        for aid, t in texts.items()
    }
    rows = [
        {
            "article_id": aid,
            "event": {"type": type_, "actor": [], "target": target, "date": {}, "location": None},
        }
        for aid in texts
    ]
    return next(
        (c for c in find_contradictions(family, rows, profiles, list(texts)) if c["topic"] == topic),
        None,
    )


def _struck(texts: dict[str, str]) -> dict[str, Any] | None:
    return _disputed(texts, "ASSAULT", "violence", "struck", [{"name": None, "text": "the depot"}])


@pytest.mark.parametrize(
    ("texts", "disputed"),
    [
        # one outlet: shells fell on shops and a school; the other: a shell set a fuel tanker ablaze
        (
            {
                "wire": "Shells fell on shops and a school in the market district of Tal Hamra.",
                "farm": "One shell even set a parked fuel tanker ablaze at the depot.",
            },
            True,
        ),
        # both name the same things hit: no dispute
        (
            {
                "wire": "Shells fell on shops and a school in the market district of Tal Hamra.",
                "farm": "In Tal Hamra, a school and several shops were damaged by the shelling.",
            },
            False,
        ),
        # one names things, the other only a place: nothing to compare
        (
            {
                "wire": "Shells fell on shops and a school in the market district of Tal Hamra.",
                "farm": "Shells crashed into Tal Hamra before dawn, a local official said.",
            },
            False,
        ),
    ],
)
def test_what_was_hit_told_apart(texts: dict[str, str], disputed: bool) -> None:
    assert (_struck(texts) is not None) is disputed


# --- what an agreement means for the troops: soldiers sent home, or not ------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "All 900 Danish soldiers will be home by spring, the minister promised under the deal.",
            "withdrawal",
        ),
        ("The government vowed to bring home every soldier under the agreement.", "withdrawal"),
        ("Under the accord the marines and other forces go home within a year.", "withdrawal"),
        # negated between the cue's words, or before it: no withdrawal read
        ("The Danish soldiers will not be home by spring despite the deal, officials said.", None),
        ("The deal does not bring home a single soldier, critics said.", None),
        # no anchor of an agreement (no troops, soldiers, deal or mission): nothing read
        ("The wounded sailors were flown home by spring.", None),
    ],
)
def test_soldiers_sent_home_under_an_agreement(text: str, value: str | None) -> None:
    values = {m["value"] for m in article_claims(text)["meanings"] if m["topic"] == "agreement"}
    assert ("withdrawal" in values) is (value == "withdrawal")


def _agreement(texts: dict[str, str]) -> dict[str, Any] | None:
    return _disputed(texts, "AGREE", "diplomacy", "agreement", [])


@pytest.mark.parametrize(
    ("texts", "disputed"),
    [
        # one outlet: the soldiers stay on as trainers; the other: all of them home by spring
        (
            {
                "wire": "Under the accord most of the 900 troops will stay on as trainers.",
                "farm": "All 900 Danish soldiers will be home by spring under the deal.",
            },
            True,
        ),
        # both send them home, in other words: no dispute
        (
            {
                "wire": "Under the accord the 900 troops will withdraw by the end of May.",
                "farm": "All 900 Danish soldiers will be home by spring under the deal.",
            },
            False,
        ),
        # both keep them: the one that says they will not be home agrees
        (
            {
                "wire": "Under the accord most of the 900 troops will stay on as trainers.",
                "farm": "Despite the deal the Danish soldiers will not be home by spring.",
            },
            False,
        ),
    ],
)
def test_what_the_agreement_means_for_the_soldiers(texts: dict[str, str], disputed: bool) -> None:
    assert (_agreement(texts) is not None) is disputed
