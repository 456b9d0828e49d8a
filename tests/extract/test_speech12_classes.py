"""Table tests of the speech-act classes of round 10 (speech12): options kept open, costs told by
their manner, readiness to act, answers vowed, resisting an attempt by force, refusals worded
as "say no", "rule out" and phrasal dismissals, blame pinned on a party, the act a refusal
would have let happen, and refusals whose author is unnamed. Each row pairs a sentence that
must give an event with a close sentence that must not give that reading, so an extractor that
returns nothing fails every row. Sentences written for these tests (not from any set); the
develop battery (``batteries/speech12_A``) is scored whole at the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.extract.coding import near_miss

BATTERIES = Path(__file__).parent / "batteries"


# (positive sentence, (type, actors, targets) it must give,
#  negative sentence, (type, actors, targets) it must NOT give)
CLASSES = [
    # options kept open: force not excluded is a threat; options of peace, or denied, are none
    pytest.param("Jordan's army said every option was on the table against the smugglers' "
                 "gangs.", ("THREATEN", {"Jordan"}, set()),
                 "Jordan's army said every peaceful option was on the table to end the "
                 "smuggling.", ("THREATEN", set(), set()), id="every-option-on-the-table"),
    pytest.param("Israel keeps all options open against the Houthis.",
                 ("THREATEN", {"Israel"}, {"Houthis"}),
                 "Israel keeps all options open for a deal with the Houthis over the ships.",
                 ("THREATEN", set(), {"Houthis"}), id="keeps-all-options-open-against-x"),
    pytest.param("The Iraqi defence minister said nothing was off the table in dealing with "
                 "the Islamic State cells.", ("THREATEN", set(), {"Islamic State"}),
                 "The Iraqi defence minister said the military option was not on the table.",
                 ("THREATEN", set(), set()), id="nothing-off-the-table"),
    # a cost told by its manner: "will pay dearly"
    pytest.param("Tehran said the Kurdish rebels would pay dearly for the ambush.",
                 ("THREATEN", {"Iran"}, set()),
                 "Tehran said Kurdish farmers would pay dearly for fuel this winter.",
                 ("THREATEN", set(), set()), id="will-pay-dearly"),
    # readiness to act; the object of a readied strike is its target
    pytest.param("Amman will not hesitate to act against anyone who crosses its border with "
                 "weapons, the Jordanian army said.", ("THREATEN", set(), set()),
                 "Amman did not hesitate to act on the advice of its doctors, the Jordanian "
                 "army said.", ("THREATEN", set(), set()), id="will-not-hesitate-to-act"),
    pytest.param("Israel reserves the right to strike Houthi depots on the coast.",
                 ("THREATEN", {"Israel"}, {"Houthis"}),
                 "Israel reserves the right to inspect the Houthi depots on the coast.",
                 ("THREATEN", set(), set()), id="reserves-the-right-to-strike-x"),
    # an answer vowed or promised
    pytest.param("The Houthis pledged a painful answer to any American raid on Sanaa.",
                 ("THREATEN", {"Houthis"}, {"United States"}),
                 "The Houthis pledged a written answer to the American letter on prisoners.",
                 ("THREATEN", set(), set()), id="pledged-an-answer-to-a-raid"),
    # resisting an attempt or an act of force
    pytest.param("Badr vowed to confront any attempt to seize its weapons.",
                 ("THREATEN", {"Badr Organization"}, set()),
                 "Badr vowed to confront poverty in the southern provinces.",
                 ("THREATEN", set(), set()), id="vowed-to-confront-any-attempt"),
    pytest.param("A spokesman for the Houthis said the movement would resist any Saudi incursion "
                 "into Saada.", ("THREATEN", {"Houthis"}, set()),
                 "A spokesman for the Houthis said the movement would resist calls for early "
                 "elections.", ("THREATEN", set(), set()), id="the-movement-would-resist"),
    # refusals: "say no to", "rule out" a cooperative course, phrasal dismissals
    pytest.param("The Kurdish parliament said no to Baghdad's budget plan.",
                 ("REJECT", set(), {"Iraq"}),
                 "The Kurdish parliament said no new members would join the committee.",
                 ("REJECT", set(), set()), id="said-no-to-x-plan"),
    pytest.param("Damascus ruled out any negotiation with the Turkish government.",
                 ("REJECT", {"Syria"}, {"Turkey"}),
                 "Damascus ruled out any chance of rain in the capital this week.",
                 ("REJECT", set(), set()), id="ruled-out-talks-with-x"),
    pytest.param("Ankara ruled out negotiating with the Syrian Kurdish militia.",
                 ("REJECT", {"Turkey"}, set()),
                 "Ankara refused to rule out negotiating with the Syrian Kurdish militia.",
                 ("REJECT", {"Turkey"}, set()), id="ruled-out-negotiating"),
    pytest.param("Tehran shrugged off the Saudi complaints about its drills.",
                 ("REJECT", {"Iran"}, {"Saudi Arabia"}),
                 "Tehran shrugged as the Saudi complaints about its drills were read out.",
                 ("REJECT", set(), set()), id="shrugged-off-x-complaints"),
    pytest.param("The ministry brushed aside Washington's criticism of the election law.",
                 ("REJECT", set(), {"United States"}),
                 "The ministry set aside funds for Washington's embassy guards.",
                 ("REJECT", set(), set()), id="brushed-aside-x-criticism"),
    pytest.param("Iran rejected any role for Israel in the Gulf security talks.",
                 ("REJECT", {"Iran"}, {"Israel"}),
                 "Iran welcomed a role for Oman in the Gulf security talks.",
                 ("REJECT", set(), set()), id="rejected-a-role-for-x"),
    # what a refusal would have let happen did not happen
    pytest.param("Ankara refused to let the Iraqi delegation visit the detained men.",
                 ("REJECT", {"Turkey"}, {"Iraq"}),
                 "Ankara refused to let the Iraqi delegation visit the detained men.",
                 ("CONSULT", {"Iraq"}, set()), id="refused-to-let-x-visit"),
    # a refusal of a stated thing whose author is unnamed is coded with no target
    pytest.param("The Sadrist bloc refused to join the new government.",
                 ("REJECT", set(), set()),
                 "The Sadrist bloc hoped to join the new government.",
                 ("REJECT", set(), set()), id="refused-to-join"),
    # readiness for force stated of the party's own forces; a forecast by others is none
    pytest.param("The Houthi spokesman said their fighters were ready to repel any Saudi "
                 "advance.", ("THREATEN", {"Houthis"}, set()),
                 "Observers said the Houthi fighters were ready to repel any Saudi advance.",
                 ("THREATEN", set(), set()), id="its-forces-are-ready-to"),
    # a threat named with the act it threatens: the act is not done
    pytest.param("Ankara's threat to bomb the Qandil camps worried Baghdad.",
                 ("THREATEN", {"Turkey"}, set()),
                 "Ankara's threat to bomb the Qandil camps worried Baghdad.",
                 ("ASSAULT", {"Turkey"}, set()), id="threat-to-act"),
    # a threat told by its target: "received threats from X"
    pytest.param("The Kurdish regional government said it had received threats from Kataib Hezbollah.",
                 ("THREATEN", {"Kata'ib Hezbollah"}, set()),
                 "The Kurdish regional government said it had received visitors from Kataib Hezbollah.",
                 ("THREATEN", set(), set()), id="received-threats-from-x"),
    # a directive backed by a cost is an ultimatum to the one told
    pytest.param("Tehran told Baku to close the Israeli listening posts or face the consequences.",
                 ("THREATEN", {"Iran"}, {"Baku"}),
                 "Tehran told Baku to close the Israeli listening posts.",
                 ("THREATEN", set(), set()), id="told-x-to-act-or-face"),
    pytest.param("The Iraqi foreign minister said the Turkish troops must leave Bashiqa or face "
                 "expulsion.", ("THREATEN", set(), set()),
                 "The Iraqi foreign minister said the Turkish troops must leave Bashiqa.",
                 ("THREATEN", set(), set()), id="must-leave-or-face-expulsion"),
    # no answer given is no refusal
    pytest.param("The embassy refused to extend the visas of the Iraqi delegation.",
                 ("REJECT", set(), set()),
                 "The embassy declined to give details of the visas of the Iraqi delegation.",
                 ("REJECT", set(), set()), id="declined-to-give-details"),
    # blame pinned on a party
    pytest.param("Kurdish officials pinned the car bombing on the PKK.",
                 ("ACCUSE", set(), {"PKK"}),
                 "Kurdish officials pinned medals on the PKK defectors.",
                 ("ACCUSE", set(), set()), id="pinned-the-bombing-on-x"),
    pytest.param("Ankara attributed the ambush to the PKK.",
                 ("ACCUSE", {"Turkey"}, {"PKK"}),
                 "Ankara attributed the delay to the weather.",
                 ("ACCUSE", set(), set()), id="attributed-the-ambush-to-x"),
    pytest.param("Damascus placed the blame for the shelling on the Turkish army.",
                 ("ACCUSE", {"Syria"}, {"Turkey"}),
                 "Damascus placed the wounded from the shelling in the Turkish hospital.",
                 ("ACCUSE", set(), set()), id="placed-the-blame-for-x-on-y"),
]


@pytest.mark.parametrize(("pos", "want", "neg", "unwanted"), CLASSES)
def test_speech12_classes(ctx, pos: str, want: tuple, neg: str, unwanted: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    near_miss(ctx, pos, want, neg, unwanted)


# --- the develop battery, whole ----------------------------------------------------------------
@pytest.mark.slow
def test_the_speech12_develop_battery_scores(ctx: Any) -> None:
    from brinkwatch.eval.events import evaluate_events

    d = BATTERIES / "speech12_A"
    scores = evaluate_events(d / "gold.events.jsonl", d / "articles.jsonl", ctx)
    assert scores.recall >= 0.85 and scores.precision >= 0.85, scores.to_json()
