"""Arguments the story supplies (round 11, args13), over battery B of
tests/extract/batteries/args13_B (articles of our own, written before the code changed and never
tuned on) and a few stories written for these tests: an event whose actor or target is named
only outside its sentence takes it from the story (a claim told later, the headline's agent,
the accuser a denial answers, the attacker an attack "in response" answers, the party the
speaker's act just before was aimed at), and takes no wrong one. Positive rows: one coded event
must match (type, actor and target as the event scorer matches them; an empty side matches
any); negative rows: none may. Battery B golds the coder still misses are left out of the
positive rows (see docs/benchmarks.md, round 11)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from brinkwatch.records import Article, text_id

pytest.importorskip("spacy")

_B = {row["doc"]: row["text"] for row in map(json.loads, (
    Path(__file__).parent / "batteries" / "args13_B" / "articles.jsonl").read_text(
        encoding="utf-8").splitlines())}


def _matching(ctx: Any, text: str, types: list[str], actors: list[str], targets: list[str]
              ) -> list[Any]:
    from brinkwatch.eval.events import result_exports, side_matches, type_matches
    from brinkwatch.pipeline import process

    article = Article(id=text_id(text), origin="test", text=text, published="2025-03-10")
    return [p for p in result_exports(process(article, ctx))
            if p.get("modality") != "hypothetical" and type_matches(p["type"], types)
            and side_matches(p["actor"], actors) and side_matches(p["target"], targets)]


US, IRAQ, IRAN, ISR, TUR = ["United States"], ["Iraq"], ["Iran"], ["Israel"], ["Turkey"]
KH, AAH, PKK = ["Kata'ib Hezbollah"], ["Asa'ib Ahl al-Haq"], ["PKK"]
KRG = ["Kurdistan Regional Government"]

# (battery B doc, types, actor names, target names)
CODED_B = [
    ("b02", ["REQUEST"], KH, IRAQ),
    ("b03", ["ASSAULT"], TUR, PKK),
    ("b04", ["ACCUSE", "PROTEST"], IRAQ, IRAN),
    ("b06", ["ACCUSE"], US, AAH),
    ("b06", ["REJECT"], AAH, US),
    ("b07", ["ASSAULT"], ISR, IRAN),
    ("b07", ["ACCUSE"], IRAN, ISR),
    ("b09", ["ACCUSE", "PROTEST"], KRG + ["Kurdish officials"], TUR),
    ("b11", ["ASSAULT"], PKK, TUR),
    ("b11", ["ACCUSE"], TUR, PKK),
    ("b13", ["ASSAULT"], ["Lebanese Hezbollah"], ISR),
    ("b13", ["ASSAULT"], ISR, ["Lebanese Hezbollah"]),
    ("b15", ["ASSAULT"], TUR, PKK),
    ("b16", ["ACCUSE"], ["United Kingdom"], IRAN),
    ("b17", ["ASSAULT"], ["Islamic Resistance in Iraq"], US),
    ("b20", ["ASSAULT", "COERCE"], IRAQ, KH),
    ("b20", ["ACCUSE"], KH, IRAQ),
]

# (battery B doc, types, actor names, target names) that must NOT be coded: a party borrowed
# from the wrong act, the victim as the target of its own side's reaction
NOT_CODED_B = [
    ("b12", ["ASSAULT"], AAH, []),  # the group named nearby did nothing
    ("b09", ["ACCUSE", "PROTEST"], KRG, IRAN),  # the protest is about the other strike
    ("b07", ["ACCUSE"], IRAN, IRAN),
    ("b15", ["ACCUSE"], KRG, PKK),  # the victim of the operation condemned
    ("b20", ["ACCUSE"], KH, KH),
    ("b06", ["REJECT"], AAH, AAH),
    ("b13", ["ASSAULT"], ISR, ISR),
    ("b10", ["ACCUSE", "REJECT"], IRAQ, KH),
    ("b17", ["ASSAULT"], US, US),
]

# stories written for these tests: (text, types, actor names, target names, expected)
STORIES = [
    # a denial of a role answers the accuser the story tells; with none told it names no one
    ("Ankara accused the PKK on Monday of the bombing of a police station. The group denied "
     "any role in the attack.", ["REJECT"], PKK, TUR, True),
    ("Explosions hit a depot of the Popular Mobilization Forces near Baghdad on Sunday. "
     "Washington denied any involvement.", ["REJECT"], US, ["Popular Mobilization Forces"],
     False),
    # an attack told as an answer is aimed at the one party that attacked the answering side
    ("Turkish jets bombed PKK hideouts in Gara on Monday. In retaliation, the PKK attacked a "
     "border post in Sirnak on Tuesday.", ["ASSAULT"], PKK, TUR, True),
    ("Turkish jets bombed PKK hideouts in Gara on Monday, and Iranian drones hit PKK camps in "
     "Qandil. In response, the PKK attacked a border post on Tuesday.", ["ASSAULT"], PKK, TUR,
     False),  # two attackers: the answer may be to either
    ("Turkish jets bombed PKK hideouts in Gara on Monday, and Iranian drones hit PKK camps in "
     "Qandil. In response, the PKK attacked a border post on Tuesday.", ["ASSAULT"], PKK, IRAN,
     False),
    # a claim told after an agentless attack, in the speaker's own words
    ("A drone hit a U.S. base near the Syrian border on Thursday. Kata'ib Hezbollah said its "
     "fighters had carried out the attack.", ["ASSAULT"], KH, US, True),
    # the headline names the agent of the lead's agentless telling
    ("Israeli Jets Hit Militia Depot Near Qusayr\nThe strikes on Sunday hit depots used by "
     "Lebanese Hezbollah near the border, a war monitor said.", ["ASSAULT"], ISR,
     ["Lebanese Hezbollah"], True),
    # a demand after the speaker's summons is addressed to the party summoned; after a meeting
    # with two parties, to neither
    ("Baghdad summoned the Iranian ambassador on Wednesday over the drone strikes. It demanded "
     "guarantees that they would not be repeated.", ["REQUEST"], IRAQ, IRAN,
     True),
    ("Iraq's foreign minister met the Turkish and Iranian ambassadors on Monday. He demanded an "
     "end to the cross-border shelling.", ["REQUEST"], IRAQ, TUR, False),
]


@pytest.mark.parametrize(("doc", "types", "actors", "targets"), CODED_B)
def test_battery_b_coded(ctx: Any, doc: str, types: list[str], actors: list[str],
                         targets: list[str]) -> None:
    assert _matching(ctx, _B[doc], types, actors, targets)


@pytest.mark.parametrize(("doc", "types", "actors", "targets"), NOT_CODED_B)
def test_battery_b_not_coded(ctx: Any, doc: str, types: list[str], actors: list[str],
                             targets: list[str]) -> None:
    assert not _matching(ctx, _B[doc], types, actors, targets)


@pytest.mark.parametrize(("text", "types", "actors", "targets", "expected"), STORIES)
def test_story_arguments(ctx: Any, text: str, types: list[str], actors: list[str],
                         targets: list[str], expected: bool) -> None:
    assert bool(_matching(ctx, text, types, actors, targets)) is expected
