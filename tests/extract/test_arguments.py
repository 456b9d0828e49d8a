"""Argument resolution (extract/arguments.py) on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from brinkwatch.records import Article, text_id


def _events(ctx: Any, text: str, type_: str) -> list[Any]:
    from brinkwatch.pipeline import process

    result = process(Article(id=text_id(text), origin="t.txt", text=text,
                             published="2024-01-10"), ctx)
    return [e for e in result.events if e.type == type_]


# (sentence, type, actor text expected as written; None: no actor)
ACTORS = [
    # "X issued a statement demanding Y": X demands, not the statement
    ("The Iranian foreign ministry issued a statement demanding an apology from Baghdad.",
     "REQUEST", "Iranian foreign ministry"),
    ("A statement demanding an apology from Baghdad was read on the radio.", "REQUEST", None),
    # object control after a causative verb: "the attack prompted X to issue ..."
    ("The shelling prompted the Iranian foreign ministry to issue a statement demanding an "
     "apology from Baghdad.", "REQUEST", "Iranian foreign ministry"),
    ("The raid led Asa'ib Ahl al-Haq to issue a statement threatening Turkey.",
     "THREATEN", "Asa'ib Ahl al-Haq"),
    ("The shelling prompted Tehran to demand an apology from Baghdad.", "REQUEST", "Tehran"),
    # an unlinked name goes on after "for": the whole name is the text
    ("The raid prompted the Iraqi Supreme Council for Water Resources to issue a statement "
     "demanding an apology from Ankara.", "REQUEST",
     "the Iraqi Supreme Council for Water Resources"),
    # a descriptor and the name after it, parsed as two subjects: the name acts; with no name
    # after it, the descriptor stays the actor
    ("Pro-Iran faction Harakat al-Nujaba warned American troops to keep away from its bases.",
     "THREATEN", "Harakat al-Nujaba"),
    ("Iran-backed militia Asa'ib Ahl al-Haq warned Turkish troops to keep away from Sinjar.",
     "THREATEN", "Asa'ib Ahl al-Haq"),
    ("Iran-backed militias warned Turkish troops to keep away from Sinjar.",
     "THREATEN", "Iran-backed militias"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "actor"), ACTORS)
def test_actor_of_a_statement(ctx: Any, text: str, type_: str, actor: str | None) -> None:
    got = _events(ctx, text + "\n", type_)
    assert len(got) == 1, got
    texts = {a.text for a in got[0].actors}
    if actor is None:
        assert not texts
        assert got[0].incomplete
    else:
        assert actor in texts
        assert got[0].reportable


# a day in the possessive ("Sunday's attack") is no agent of the attack
@pytest.mark.slow
@pytest.mark.parametrize(("text", "agent"), [
    ("Drones struck a base near Basra. Kata'ib Hezbollah claimed the attack.\n"
     "Kuwait condemned Tuesday's drone attack on the base.\n", "Kata'ib Hezbollah"),
    ("Drones struck a base near Basra.\nKuwait condemned Turkey's drone attack on the base.\n",
     "Turkey"),
])
def test_a_day_is_no_agent(ctx: Any, text: str, agent: str) -> None:
    got = [e for e in _events(ctx, text, "ACCUSE") if e.reportable]
    assert len(got) == 1, got
    assert {t.name for t in got[0].targets} == {agent}


# A part of a place named with the place ("Baghdad's outskirts", "the capital's Karrada
# district", "Basra's northern edge") is where the act happened, never its target; a facility
# named with its owner keeps the owner. (sentence, type, target name expected, or None)
PLACE_PARTS = [
    ("Iraqi troops raided a house on Basra's northern edge on Friday.", "ASSAULT", None),
    ("Gunmen opened fire on a checkpoint on Baghdad's southern outskirts on Friday.", "ASSAULT",
     None),
    ("Israeli jets bombed Kata'ib Hezbollah positions in Syria's eastern desert on Friday.",
     "ASSAULT", "Kata'ib Hezbollah"),
    ("U.S. forces struck Kata'ib Hezbollah's headquarters in Qaim on Friday.", "ASSAULT",
     "Kata'ib Hezbollah"),
    ("Gunmen attacked a Badr Organization office in Mosul's old city on Friday.", "ASSAULT",
     "Badr Organization"),
]


@pytest.mark.parametrize(("text", "type_", "target"), PLACE_PARTS)
def test_a_part_of_a_place_is_no_target(ctx: Any, text: str, type_: str,
                                        target: str | None) -> None:
    got = _events(ctx, text, type_)
    assert got, text
    names = {t.name or t.text for e in got for t in e.targets}
    if target is None:
        assert not any(n in ("Iraq", "Basra", "Baghdad") for n in names), names
    else:
        assert target in names, names


# People of a community the theatre does not link ("Kurdish lawmakers", "Shiite clerics") are
# named by their phrase, not by the bare adjective; a linked body keeps its link.
# (sentence, type, actor text expected)
COMMUNITY_ACTORS = [
    ("Kurdish lawmakers called on Baghdad to disarm the militias.", "REQUEST",
     "Kurdish lawmakers"),
    ("Shiite clerics condemned the raid on the shrine.", "ACCUSE", "Shiite clerics"),
    ("Iraqi lawmakers called on the government to expel U.S. troops.", "REQUEST",
     "Iraqi lawmakers"),
]


@pytest.mark.parametrize(("text", "type_", "actor"), COMMUNITY_ACTORS)
def test_community_actors_keep_their_noun(ctx: Any, text: str, type_: str, actor: str) -> None:
    got = _events(ctx, text, type_)
    assert got and actor in {a.text for a in got[0].actors}, got


# An object pronoun takes the person named before it in its own sentence ("threatened Sudani,
# warning him"), not the subject of the sentence before; a pronoun with no such person in its
# sentence goes back as before. (article, type, target expected)
OBJECT_PRONOUNS = [
    ("Senator Lindsey Graham urged sanctions on the militias.\nBadr Organization threatened "
     "Sudani, warning him that he would regret the raid.", "THREATEN", "Mohammed Shia al-Sudani"),
    ("Ali Khamenei spoke on Tuesday.\nDonald Trump met Emmanuel Macron on Wednesday and warned "
     "him about Iran.", "THREATEN", "Emmanuel Macron"),
    ("Mike Pompeo spoke in Washington on Monday.\nKata'ib Hezbollah threatened him.",
     "THREATEN", "Mike Pompeo"),
]


@pytest.mark.parametrize(("text", "type_", "target"), OBJECT_PRONOUNS)
def test_an_object_pronoun_takes_the_person_of_its_sentence(ctx: Any, text: str, type_: str,
                                                           target: str) -> None:
    got = _events(ctx, text, type_)
    assert got, text
    assert {t.name or t.text for e in got for t in e.targets} == {target}


# "called for X to leave": X is who is asked, not what the asked act is done to.
# (sentence, target expected, target that must not be there)
ASKED = [
    ("Baghdad has called for the international coalition to quit Iraqi soil.",
     "international coalition", "Iraqi soil"),
    ("The Badr Organization called for American troops to quit Iraq by the summer.",
     "U.S. military", "Iraq"),
    # negative row: "called on X to" keeps X
    ("Iran called on Iraq to expel the coalition.", "Iraq", "Global Coalition to Defeat ISIS"),
]


@pytest.mark.parametrize(("text", "target", "not_target"), ASKED)
def test_who_is_asked_to_act(ctx: Any, text: str, target: str, not_target: str) -> None:
    got = _events(ctx, text, "REQUEST")
    assert got, text
    names = {t.name or t.text for t in got[0].targets}
    assert target in names and not_target not in names, names


# "struck Kata'ib Hezbollah depots": the small model reads the plural facility noun after a
# name as a verb with the name as its subject; the facility is still what was struck, and its
# owner the target. (sentence, target expected)
MISPARSED_OBJECTS = [
    ("U.S. jets struck Kata'ib Hezbollah depots near Qaim on Monday.", "Kata'ib Hezbollah"),
    ("U.S. forces bombed Kata'ib Hezbollah sites in Anbar on Monday.", "Kata'ib Hezbollah"),
    ("U.S. jets struck depots of Kata'ib Hezbollah near Qaim on Monday.", "Kata'ib Hezbollah"),
]


@pytest.mark.parametrize(("text", "target"), MISPARSED_OBJECTS)
def test_a_facility_read_as_a_verb_is_still_the_object(ctx: Any, text: str, target: str) -> None:
    got = [e for e in _events(ctx, text, "ASSAULT") if not e.incomplete]
    assert got and target in {t.name or t.text for t in got[0].targets}, got


# the people of a polity stand for it: linked when the KB knows it as an actor, else named in
# full; people with no polity after them name no actor (sentence, type, target text, linked name)
POPULATIONS = [
    ("Tehran said it stood with the citizens of Iraq.", "SUPPORT", "the citizens of Iraq", "Iraq"),
    ("Ankara said it stood with the people of Sinjar.", "SUPPORT", "the people of Sinjar", None),
    ("Ankara said it stood with the people in the square.", "SUPPORT", None, None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "target", "name"), POPULATIONS)
def test_the_people_of_a_polity(ctx: Any, text: str, type_: str, target: str | None,
                                name: str | None) -> None:
    got = _events(ctx, text + "\n", type_)
    assert len(got) == 1, got
    texts = {t.text for t in got[0].targets}
    if target is None:
        assert not any(t.kb_id for t in got[0].targets)
        assert not any(" of " in t for t in texts)
    else:
        assert target in texts
        assert {t.name for t in got[0].targets if t.text == target} == {name}
