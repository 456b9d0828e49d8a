"""Contradiction classes of round 10 (topics12): who holds a captive, what a raid found, one
quote given to two speakers, who ordered it, people detained told in a reduced relative, and
the grouping cue of the one story told on a stated day. Each table has rows that must give the
claim or the topic and rows that must not. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from brinkwatch.analysis.claims import article_claims
from brinkwatch.analysis.rules import load_rules
from brinkwatch.analysis.stories import decide, find_contradictions, new_features, one_story_of_day
from brinkwatch.eval.stories import topic_kinds


def _topics(texts: dict[str, str], family: str = "violence",
            location: str | None = None) -> dict[str, dict[str, Any]]:
    profiles = {aid: {"id": aid, "outlet": f"{aid}.example", "claims": article_claims(t)}
                for aid, t in texts.items()}
    place = {"name": location, "text": location} if location else None
    rows = [{"article_id": aid, "event": {"type": "ASSAULT", "actor": [],
                                          "target": [{"name": None, "text": "the village"}],
                                          "date": {}, "location": place}} for aid in texts]
    return {c["topic"]: c for c in find_contradictions(family, rows, profiles, list(texts))}


# --- who holds a captive -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "holder"), [
    ("The three hostages are being held by a tribal militia near Tal Afar, a source said.",
     "a tribal militia near Tal Afar"),
    ("The detained sailors remain in the custody of the coast guard in Fao.",
     "the coast guard in Fao"),
    ("The two suspects arrested on Friday were handed over to the Asayish, officials said.",
     "the Asayish"),
    ("The kidnapped aid worker is in the brigade's hands, its spokesman said.", "the brigade"),
    ("The prisoners were transferred overnight to a jail run by the justice ministry.",
     "a jail run by the justice ministry"),
    # no one held: a meeting held by someone, a city held by a force, a patient moved on
    ("A meeting held by the governor ended without a deal.", None),
    ("The town is held by government troops after days of fighting.", None),
    ("The wounded were transferred to a hospital in Duhok.", None),
])
def test_who_holds_a_captive(text: str, holder: str | None) -> None:
    found = [c["holder"] for c in article_claims(text)["custody"]]
    assert found == ([holder] if holder else [])


@pytest.mark.parametrize(("b", "disputed"), [
    ("The engineers were later handed over to the intelligence service in Sulaimaniyah.", True),
    ("The engineers remain in the custody of the Turkish intelligence agency.", True),
    # the same holder, told in other words: no dispute
    ("The engineers are still held by the border brigade, a source said.", False),
    ("The abducted engineers are in the hands of a border brigade.", False),
])
def test_holders_that_cannot_be_the_same(b: str, disputed: bool) -> None:
    a = "Two engineers abducted on Monday are being held by a border brigade, police said."
    assert ("custody" in _topics({"a": a, "b": b}, "pressure")) is disputed


# --- what a raid found -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "items"), [
    ("Police raided a barn and found a workshop for building bombs.", {"works", "build", "bombs"}),
    ("Troops stormed the compound and seized mortars and night-vision goggles, the army said.",
     {"morta", "night", "visio", "goggl"}),
    ("During the search, grenades were confiscated at the site.", {"grena"}),
    ("The sweep of the valley yielded nothing, a commander said.", {"nothing"}),
    # finds that are no raid's: a body found dead, a court's finding, a passive "seized by"
    ("Police said the man was found dead in his car.", set()),
    ("Troops found that the tunnel had been abandoned.", set()),
    ("The officer said the hostages had been seized by gunmen.", set()),
])
def test_what_a_raid_found(text: str, items: set[str]) -> None:
    found = {w for c in article_claims(text)["found"] for w in c["items"]}
    assert found == items


@pytest.mark.parametrize(("b", "disputed"), [
    ("Soldiers who searched the farm seized a truck loaded with fertiliser, a source said.", True),
    ("The army's search of the farm found nothing, residents said.", True),
    ("Soldiers who searched the farm seized rockets, a source said.", False),
])
def test_finds_that_differ(b: str, disputed: bool) -> None:
    a = "Troops searched a farm near the village on Monday and seized rockets, the army said."
    assert ("found" in _topics({"a": a, "b": b})) is disputed


# --- one quote, two speakers -------------------------------------------------------------------
_QUOTE = "\"Nobody who attacks our people will escape the punishment they deserve,\""


@pytest.mark.parametrize(("b", "disputed"), [
    (f"{_QUOTE} said army spokesman Karim Dawood on Tuesday.", True),
    (f"Interior minister Salim Jaber warned on Tuesday: {_QUOTE[:-2]}\".", True),
    # the same speaker, by surname only: no dispute
    (f"{_QUOTE} Haddad said.", False),
    # no name at all: no competing answer
    (f"{_QUOTE} the minister said.", False),
])
def test_one_quote_given_to_two_speakers(b: str, disputed: bool) -> None:
    a = f"{_QUOTE} Defence Minister Omar Haddad said on Tuesday."
    topics = _topics({"a": a, "b": b}, "threat")
    assert ("quote" in topics) is disputed


# --- who ordered it ----------------------------------------------------------------------------
@pytest.mark.parametrize(("b", "disputed"), [
    ("Governor Hamid Nasser personally ordered the operation, his office said.", True),
    ("Nasser said on Sunday that the raid was carried out on his orders.", True),
    ("The raid was carried out on Nouri's orders, an aide said.", False),
])
def test_who_ordered_it(b: str, disputed: bool) -> None:
    a = "General Adel Nouri ordered the raid on the warehouse, officials said."
    topics = _topics({"a": a, "b": b})
    perp = topics.get("perpetrator")
    assert bool(perp and any("directed" in c["claim"] for c in perp["claims"])) is disputed


# --- people detained, told in a reduced relative -----------------------------------------------
@pytest.mark.parametrize(("text", "count"), [
    ("Eleven men detained in the raid were later freed.", 11),
    ("Four suspects arrested after the blast face trial.", 4),
    # a count of those who detain, and a count of men told as not detained
    ("Three soldiers arrested two men at the crossing.", 2),
])
def test_detained_in_a_reduced_relative(text: str, count: int) -> None:
    assert [c["number"] for c in article_claims(text)["detained"]] == [count]


# --- the one story told on a stated day ----------------------------------------------------------
def _event(day: str, *, target: list[dict[str, Any]] | None = None,
           place: str | None = None, actor: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"type": "ASSAULT", "actor": actor or [], "target": target or [],
            "date": {"value": day, "precision": "day"},
            "location": {"name": place} if place else None}


_MILITIA = [{"name": "Kata'ib Hezbollah", "kb_id": "org_kh", "ancestors": ["Iraq"]}]
_GUARDS = [{"name": "Peshmerga", "kb_id": "org_pesh", "ancestors": ["Iraq"]}]


@pytest.mark.parametrize(("event", "sim", "sole", "family", "joins"), [
    # a short report in other words, same day, the one story of that day, nothing apart
    (_event("2025-03-04"), 0.15, True, "violence", True),
    (_event("2025-03-04", actor=[{"name": "United States", "ancestors": []}]), 0.2, True,
     "violence", True),
    # two stories of the family told that day: the day no longer tells which
    (_event("2025-03-04"), 0.15, False, "violence", False),
    # another place, or another target
    (_event("2025-03-04", place="Basra"), 0.15, True, "violence", False),
    (_event("2025-03-04", target=_GUARDS), 0.15, True, "violence", False),
    # another day, no words in common, a statement (its speaker tells it)
    (_event("2025-03-05"), 0.15, True, "violence", False),
    (_event("2025-03-04"), 0.05, True, "violence", False),
    (_event("2025-03-04"), 0.15, True, "criticism", False),
])
def test_the_one_story_of_a_stated_day(event: dict, sim: float, sole: bool, family: str,
                                       joins: bool) -> None:
    founding = _event("2025-03-04", target=_MILITIA, place="Mosul")
    story = {"id": "s1", "features": new_features(founding, "art1", ("2025-03-04", "2025-03-04"))}
    d = decide(event, family, ("2025-03-04", "2025-03-05"), story, sim, False, load_rules(),
               frozenset({"iraq", "united states"}), {}, sole_of_day=sole)
    assert d.join is joins


def test_one_story_of_day_only_when_one() -> None:
    e = _event("2025-03-04")
    one = {"id": "s1", "features": {"days": ["2025-03-04"]}}
    other = {"id": "s2", "features": {"days": ["2025-03-02"]}}
    again = {"id": "s3", "features": {"days": ["2025-03-04", "2025-03-05"]}}
    assert one_story_of_day(e, [one, other]) == "s1"
    assert one_story_of_day(e, [one, other, again]) is None
    assert one_story_of_day(_event("2025-03-09"), [one, other]) is None
    assert one_story_of_day({"date": {"value": "2025-03", "precision": "month"}}, [one]) is None


# --- the scorer reads the new topic words --------------------------------------------------------
@pytest.mark.parametrize(("topic", "kinds"), [
    ("Who is holding the kidnapped pilots", {"custody"}),
    ("Whose custody the suspects were in", {"custody"}),
    ("What the soldiers seized at the farm", {"found"}),
    ("What the search of the tunnels turned up", {"found"}),
    # an office held, and a strike's target: not these kinds
    ("Who held the post of defence minister", set()),
])
def test_topic_words_for_custody_and_finds(topic: str, kinds: set[str]) -> None:
    got = topic_kinds(topic)
    assert kinds <= got if kinds else not got & {"custody", "found"}


# --- what a deed damaged -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "items"), [
    ("Rioters set fire to a reception room and a guard post and threw stones.",
     {"recep", "room", "guard", "post"}),
    ("The crowd set two police cars on fire outside the consulate.", {"cars"}),
    ("A warehouse and two trucks were destroyed in the blast, a witness said.", {"wareh", "truck"}),
    ("The drone damaged a fuel tank at the field on Friday.", {"fuel", "tank"}),
    # nothing damaged: a fire put out, a deed done by someone ("destroyed by"), a place alone
    ("Officials said the fire was under control.", set()),
    ("The bridge was hit by a rocket but not damaged, police said.", set()),
])
def test_what_a_deed_damaged(text: str, items: set[str]) -> None:
    found = {w for c in article_claims(text)["damaged"] for w in c["items"]}
    assert found == items


@pytest.mark.parametrize(("b", "disputed"), [
    ("Protesters smashed the main gate and set the visa office on fire.", True),
    ("Protesters set fire to a guard post, witnesses said.", False),
])
def test_damage_that_differs_is_what_was_hit(b: str, disputed: bool) -> None:
    a = "Protesters set fire to a guard post and a parked car outside the mission."
    topics = _topics({"a": a, "b": b})
    assert ("struck" in topics) is disputed
    assert "struck" not in _topics({"a": a, "b": b}, "criticism")  # a statement damages nothing
