"""Sentences that report an event and coded nothing (round 13, recall13): each class as a
positive row (the event, with its actor and target, must come out) and a near miss (it must
not). Our own sentences, about made-up episodes.

- A vow whose clause says the attacks go on, possessed or not ("vowed that the attacks on
  the base would continue", "vowed that the operations would go on until X leave"): the
  vower threatens; a vowed "operation" is an armed one unless named civil ("the rescue
  operations") or given a purpose.
- Armed operations vowed as an object ("vowed more such operations until X leave"): a
  threat, aimed at the party the "until" clause says must leave; "operations" alone threaten
  only from a party the KB knows ("the airline promised its operations would go on": none).
- A leader who orders or tells his own men to stand down, pull back or stop fighting pulls
  back himself (RETREAT), and his men are no target; told to attack, they are asked.
- An act of force going on "since" a day of the past week is news, not a standing state
  (background); "since 2019" stays background.
- A joint news conference with X, also as a participle's venue ("Speaking at a joint news
  conference with X, Y said"): Y met X.
- Rebukes told as "hit back at X" and "slapped X down": criticism of X; hitting back at
  bases or with missiles stays an attack."""

from __future__ import annotations

import pytest

from tests.extract.coding import Coded, coded, pos_and_near_miss

pytest.importorskip("spacy")


def _coded(ctx, text: str) -> list[Coded]:  # type: ignore[no-untyped-def]
    return coded(
        ctx,
        text,
        published="2025-06-02",
        keep=lambda e: e.reportable and e.modality in ("asserted", "alleged"),
    )


KH = "Kata'ib Hezbollah"

# (positive sentence, (type, actors, targets) it must give,
#  near miss, (type, actors, targets) it must NOT give)
CLASSES = [
    pytest.param(
        "Kataib Hezbollah vowed that its strikes on the American bases would go on.",
        ("THREATEN", {KH}, {"United States"}),
        "The Pentagon said that strikes on the American bases would go on.",
        ("THREATEN", {"Pentagon"}, set()),
        id="vowed-own-strikes-go-on",
    ),
    pytest.param(
        "Kataib Hezbollah vowed that the attacks on American bases would continue.",
        ("THREATEN", {KH}, {"United States"}),
        "Kataib Hezbollah vowed that the talks with Baghdad would continue.",
        ("THREATEN", {KH}, set()),
        id="vowed-unpossessed-attacks-continue",
    ),
    pytest.param(
        "The Nujaba movement vowed that the operations would continue for months.",
        ("THREATEN", {"Harakat Hezbollah al-Nujaba"}, set()),
        "The governor vowed that the rescue operations would continue for days.",
        ("THREATEN", set(), set()),
        id="vowed-operations-continue",
    ),
    pytest.param(
        "Kataib Hezbollah vowed more such operations until American troops leave the country.",
        ("THREATEN", {KH}, {"U.S. military"}),
        "The governor vowed more relief operations until the floods recede.",
        ("THREATEN", set(), set()),
        id="vowed-operations-until-x-leave",
    ),
    pytest.param(
        "Asaib Ahl al-Haq pledged further operations until the occupation forces quit Iraq.",
        ("THREATEN", {"Asa'ib Ahl al-Haq"}, set()),
        "The ministry pledged further evacuation operations in Mosul.",
        ("THREATEN", set(), set()),
        id="pledged-further-operations",
    ),
    pytest.param(
        "Asaib Ahl al-Haq promised that its operations would go on through the winter.",
        ("THREATEN", {"Asa'ib Ahl al-Haq"}, set()),
        "The ferry company promised that its operations would go on through the winter.",
        ("THREATEN", set(), set()),
        id="own-operations-of-an-armed-party",
    ),
    pytest.param(
        "Muqtada al-Sadr told his fighters to stand down on Sunday.",
        ("RETREAT", {"Muqtada al-Sadr"}, set()),
        "Muqtada al-Sadr told his fighters to storm the police stations on Sunday.",
        ("RETREAT", {"Muqtada al-Sadr"}, set()),
        id="own-men-told-to-stand-down",
    ),
    pytest.param(
        "Khazali ordered his men to stop fighting and leave the streets of Basra.",
        ("RETREAT", {"Qais al-Khazali"}, set()),
        "Sudani ordered the army to stop the fighting in Basra.",
        ("RETREAT", {"Mohammed Shia al-Sudani"}, set()),
        id="own-men-ordered-to-stop-fighting",
    ),
    pytest.param(
        "Hadi al-Amiri ordered his fighters to lay down their arms.",
        ("RETREAT", {"Hadi al-Amiri"}, set()),
        "Hadi al-Amiri ordered the gunmen to lay down their arms.",
        ("RETREAT", {"Hadi al-Amiri"}, set()),
        id="own-men-ordered-to-disarm",
    ),
    pytest.param(
        "Since Saturday, Turkish artillery has been shelling PKK positions near Zakho.",
        ("ASSAULT", {"Turkey"}, {"PKK"}),
        "Turkish artillery has been shelling PKK positions near Zakho since 2019.",
        ("ASSAULT", {"Turkey"}, {"PKK"}),
        id="a-campaign-since-a-day-of-the-week",
    ),
    pytest.param(
        "Speaking at a joint news conference with Fidan, Araghchi proposed a regional pact.",
        ("CONSULT", {"Abbas Araghchi"}, {"Hakan Fidan"}),
        "Speaking at a news conference in Ankara, Araghchi proposed a regional pact.",
        ("CONSULT", {"Abbas Araghchi"}, set()),
        id="a-joint-news-conference-with-x",
    ),
    pytest.param(
        "Addressing a joint news conference with Fidan, Araghchi urged calm in Sinjar.",
        ("CONSULT", {"Abbas Araghchi"}, {"Hakan Fidan"}),
        "Addressing the crowd in Karbala, Araghchi urged calm in Sinjar.",
        ("CONSULT", {"Abbas Araghchi"}, set()),
        id="a-joint-news-conference-addressed",
    ),
    pytest.param(
        "Araghchi hit back at Rubio on Monday over the sanctions.",
        ("ACCUSE", {"Abbas Araghchi"}, {"Marco Rubio"}),
        "Kataib Hezbollah hit back at American bases in Syria.",
        ("ACCUSE", {KH}, set()),
        id="hit-back-at-x-is-criticism",
    ),
    pytest.param(
        "The Pentagon slapped down the British general within hours.",
        ("ACCUSE", {"U.S. Department of Defense"}, set()),
        "The Pentagon put down the British proposal within hours.",
        ("ACCUSE", {"U.S. Department of Defense"}, set()),
        id="slapped-down-is-a-rebuke",
    ),
]


@pytest.mark.parametrize(("pos", "want", "neg", "not_want"), CLASSES)
def test_nothing_coded_classes(ctx, pos, want, neg, not_want) -> None:  # type: ignore[no-untyped-def]
    pos_and_near_miss(lambda text: _coded(ctx, text), pos, want, neg, not_want)
