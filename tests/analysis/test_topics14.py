"""Contradiction classes of round 12 (claims14): the kinds a story missed while it surfaced
others. Why it was done told as a stance, a reaction or what a diplomatic step was taken over;
weapons told as a group ("a barrage of", "a trio of") or named without a count in the clause
of the deed; tolls in words ("a dozen"), as ranges, as "none of its members", and who the dead
were by rank or trade; where in a city, as a named district or a landmark; who is blamed, told
the other way round ("was blamed on", "blaming ..."). Each table has rows that must give the
claim or the topic (with who claims what) and rows where outlets agree in other words, or one
report alone tells the fact, that must not. Texts are written for these tests; the battery
``batteries/topics14`` tells the same classes as short multi-outlet reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brinkwatch.analysis.claims import article_claims, count_bounds
from tests.analysis.test_quality_gate import run
from tests.analysis.test_topics12 import _topics


def _disputed(topic: str, a: str, b: str, disputed: bool, location: str | None = None) -> None:
    """Two reports of one deed: the topic is surfaced (with who claims what: each article
    beside its claim) or it is not."""
    topics = _topics({"a": a, "b": b}, location=location)
    assert (topic in topics) is disputed, topics
    if disputed:
        assert {c["article_id"] for c in topics[topic]["claims"]} == {"a", "b"}


# --- why it was done -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "names"), [
    ("The group said the barrage was fired in solidarity with the people of Gaza.", ["gaza"]),
    ("Baghdad summoned the Turkish envoy over the shelling of a resort in Zakho.", ["zakho"]),
    ("The ministry recalled its ambassador from Ankara in protest at raids on Sinjar.", ["sinjar"]),
    ("The militia said the strike came in reaction to the arrest of Abu Fadak.", ["abu", "fadak"]),
    ("A spokesman said the drones were launched in support of the Houthis.", ["houthis"]),
    ("The attack was meant as a warning to Erbil, the faction said.", ["erbil"]),
    ("The strike was carried out in retaliation against the attack on Tower 22.", ["tower"]),
    ("Iraq recalled its ambassador because of the shelling in Sidakan.", ["sidakan"]),
    ("The raid was prompted by intelligence on a cell in Tarmiyah.", ["tarmiyah"]),
    # "over" of a place or a time, a warning with no cause: none
    ("Drones flew over Erbil for an hour on Sunday.", None),
    ("The ministry summoned the envoy over the weekend.", None),
    ("The flight was delayed due to bad weather.", None),
    ("The faction condemned the strike over Baghdad.", None),
])
def test_motive_read(text: str, names: list[str] | None) -> None:
    found = [m["names"] for m in article_claims(text)["motives"]]
    assert found == ([names] if names is not None else [])


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Kataib Hezbollah said it fired on the base to avenge the killing of Abu Taqi al-Saedi.",
     "Kataib Hezbollah said the attack was carried out in solidarity with the people of Gaza.", True),
    ("Iraq summoned Iran's envoy in protest at the shelling of villages in Sidakan.",
     "Iraq summoned Iran's envoy over remarks by a Revolutionary Guards general.", True),
    # the same cause in other words
    ("The commander said the strike was retaliation for the group's attacks on tankers in the Gulf.",
     "Officials said the convoy was hit in revenge for the tanker attacks in the Gulf.", False),
    ("The faction said the attack was in solidarity with Gaza.",
     "The group said it acted in support of the people of Gaza.", False),
    # one report alone gives a cause
    ("The faction said the attack was in solidarity with Gaza.",
     "Rockets struck the base on Monday, officials said.", False),
])
def test_motive_disputed(a: str, b: str, disputed: bool) -> None:
    _disputed("motive", a, b, disputed)


# --- weapons ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("A barrage of rockets hit the camp on Tuesday.", {("rocket", None)}),
    ("A single rocket fell inside the camp.", {("rocket", 1)}),
    ("A trio of Katyusha rockets slammed into the Green Zone.", {("rocket", 3)}),
    ("A pair of drones struck the field.", {("drone", 2)}),
    ("Armed drones and missiles were fired at the consulate.", {("drone", None), ("missile", None)}),
    ("The militia fired rockets at the base at dawn.", {("rocket", None)}),
    ("Police said a drone hit the car near the bridge.", {("drone", 1)}),
    # the deed's name: a kind, no count; not the name of an earlier deed
    ("A drone strike hit a car in the city.", {("drone", None)}),
    ("Since the March 3 drone strike, four rockets have hit the base.", {("rocket", 4)}),
    ("The convoy was hit after a similar rocket attack last year.", set()),
    # counted already, a past habit, a program: none added
    ("Two rockets landed near the gate.", {("rocket", 2)}),
    ("Two drones struck the field in a drone attack.", {("drone", 2)}),
    ("The drone program was expanded.", set()),
    ("The group has fired rockets at the base many times.", set()),
    ("A series of meetings struck a deal.", set()),
    ("Officials spoke on Tuesday, saying the missiles fell in a field.", set()),
])
def test_weapons_without_a_number(text: str, expected: set) -> None:
    assert {(w["kind"], w["number"]) for w in article_claims(text)["weapons"]} == expected


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Two Katyusha rockets landed near the consulate.", "Armed drones and missiles were fired at the consulate.", True),
    ("A barrage of rockets hit the camp.", "A single rocket fell inside the camp.", True),
    ("A drone hit the convoy near Basra.", "Two drones struck the convoy near Basra.", True),
    # one count in other words, or a count beside weapons named without one
    ("Three rockets struck the Green Zone.", "A trio of Katyusha rockets slammed into the Green Zone.", False),
    ("A drone struck the convoy.", "The convoy was hit when a drone hit it.", False),
    ("A drone attack hit the convoy.", "Two drones struck the convoy.", False),
    ("A rocket attack hit the base.", "A drone attack hit the base.", True),
    # weapons named without a count do not hide a count that differs
    ("Ten missiles hit the city.", "Missiles struck the city at dawn. The guards said they fired 12 missiles.", True),
    ("Rockets struck the base at night.", "Four rockets hit the base at night.", False),
    ("A barrage of rockets hit the camp.", "Six rockets hit the camp.", False),
])
def test_weapons_disputed(a: str, b: str, disputed: bool) -> None:
    _disputed("weapons", a, b, disputed)


# --- casualties ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "kind", "bounds"), [
    ("A dozen fighters were killed, the group said.", "killed", (12, 12)),
    ("The blast exploded at the gate, killing between five and seven fighters.", "killed", (5, 7)),
    ("Five to seven guards were killed in the ambush.", "killed", (5, 7)),
    ("The group said none of its members were harmed.", "wounded", (0, 0)),
    ("None of the guards was hurt, officials said.", "wounded", (0, 0)),
    # a toll told as a whole, or by a count that opens its clause
    ("The death toll rose to 12 on Friday, medics said.", "killed", (12, 12)),
    ("The death toll climbed to at least 15.", "killed", (15, 30)),
    ("Health officials put the toll at 22.", "killed", (22, 22)),
    ("The number of dead reached 30 by the evening.", "killed", (30, 30)),
    ("The attack claimed four lives.", "killed", (4, 4)),
    ("Eight killed in drone strike on convoy.", "killed", (8, 8)),
    ("The shelling killed three, including a child.", "killed", (3, 3)),
    ("A total of 11 soldiers were wounded.", "wounded", (11, 11)),
])
def test_tolls_in_words(text: str, kind: str, bounds: tuple[int, int]) -> None:
    """Each sentence gives one toll, with the counts it allows."""
    got = [(c["kind"], count_bounds(c)) for c in article_claims(text)["casualties"]]
    assert got == [(kind, (float(bounds[0]), float(bounds[1])))]


@pytest.mark.parametrize("text", [
    "None of the talks were held in public.",
    "Two to three days later the convoy left.",
    "The new toll is expected on Monday.",
    "The toll road reached the border in 2019.",
    "The attack took two hours.",
    "He was killed on 12 March.",
])
def test_tolls_in_words_near_misses(text: str) -> None:
    """No toll: a group of things, a time, a road."""
    assert article_claims(text)["casualties"] == []


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("The car bomb went off at the checkpoint, killing between five and seven fighters.",
     "A dozen fighters were killed at the checkpoint, the group said.", True),
    ("The blast killed at least three people at the depot.",
     "The group said none of its members were harmed in the blast.", True),
    # who the dead were: a shepherd beside a lieutenant, against two soldiers
    ("The bomb struck the patrol, killing a lieutenant and a shepherd who was nearby.",
     "Two soldiers lost their lives when the bomb hit the patrol.", True),
    # agreement in other words
    ("The bomb struck the patrol, killing a lieutenant and a conscript.",
     "Two soldiers were killed when the bomb hit the patrol.", False),
    ("There were no casualties, officials said.", "No one was hurt in the attack.", False),
    ("Six fighters were killed at the checkpoint.",
     "The bomb killed between five and seven fighters at the checkpoint.", False),
    # one report alone gives a toll
    ("A dozen fighters were killed at the checkpoint.", "A car bomb hit the checkpoint.", False),
])
def test_casualties_disputed(a: str, b: str, disputed: bool) -> None:
    _disputed("casualties", a, b, disputed)


# --- where in the city -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "detail"), [
    ("The drone hit a car in Baghdad's Jadiriya district.", ("in jadiriya", "Baghdad")),
    ("The blast tore through the Karrada neighbourhood of Baghdad.", ("in karrada", "Baghdad")),
    ("A drone targeted a car near Baghdad airport.", ("near airport", "Baghdad")),
    ("Rockets landed near Basra's international airport.", ("near airport", "Basra")),
    ("A car bomb hit a checkpoint outside Baghdad.", ("outskirts", "Baghdad")),
    ("Fighting went on in the heart of Baghdad.", ("centre", "Baghdad")),
    # a district of no place, a person's airport trip, outside a building, the heart of a matter: none
    ("Guards stood outside the embassy.", None),
    ("The heart of the matter is money.", None),
    ("The district council met on Sunday.", None),
    ("The minister flew from the airport on Sunday.", None),
])
def test_named_parts_of_a_place(text: str, detail: tuple[str, str] | None) -> None:
    found = [(d["detail"], d["place"]) for d in article_claims(text)["places"]]
    assert found == ([detail] if detail else [])


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("A drone hit a car in Baghdad's Jadiriya district.", "A drone targeted a car near Baghdad airport.", True),
    ("The strike hit Baghdad's Mansour district.", "The strike hit Baghdad's Karrada district.", True),
    # one district in other words; a direction beside a district (eastern Baghdad holds Karrada)
    ("A drone hit a car in Baghdad's Karrada district.", "A drone hit a car in the Karrada neighbourhood of Baghdad.", False),
    ("A drone hit a car in eastern Baghdad.", "A drone hit a car in Baghdad's Karrada district.", False),
    ("A car bomb hit a checkpoint on the outskirts of Baghdad.", "A car bomb hit a checkpoint in central Baghdad.", True),
    # the outskirts lie in some direction
    ("A car bomb hit a checkpoint outside Baghdad.", "A car bomb hit a checkpoint north of Baghdad.", False),
    # one report alone names the district
    ("A drone hit a car in Baghdad's Karrada district.", "A drone hit a car in Baghdad.", False),
])
def test_place_disputed(a: str, b: str, disputed: bool) -> None:
    _disputed("place", a, b, disputed, location="Baghdad")


# --- who is blamed ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "who"), [
    ("The attack on the office was widely blamed on Kataib Hezbollah, officials said.",
     "Kataib Hezbollah"),
    ("Two drones struck the field on Tuesday, the ministry said, blaming an Iraqi armed faction.",
     "an Iraqi armed faction"),
    ("Iraqi officials accused Kataib Hezbollah of carrying out the attack.", "Kataib Hezbollah"),
    ("The Pentagon held Kataib Hezbollah responsible for the rocket attack.", "Kataib Hezbollah"),
    ("The bombing bore the hallmarks of Islamic State, officials said.", "Islamic State"),
    ("Kataib Hezbollah is suspected of being behind the attack.", "Kataib Hezbollah"),
    # not blamed on anyone, or for no deed
    ("The minister was not blamed for the delay.", None),
    ("The minister accused the cabinet of corruption.", None),
    ("The court held the contractor responsible for the delays.", None),
    ("Washington should leave instead of blaming others for the anger.", None),
])
def test_blamed_on(text: str, who: str | None) -> None:
    found = [(r["stance"], r["who"]) for r in article_claims(text)["responsibility"]]
    assert found == ([("attributed", who)] if who else [])


@pytest.mark.parametrize(("text", "stance", "who"), [
    ("Kataib Hezbollah distanced itself from the attack.", "denied", "Kataib Hezbollah"),
    ("Asaib Ahl al-Haq dismissed the allegations as baseless.", "denied", "Asaib Ahl al-Haq"),
    ("The militia rejected the accusation, its spokesman said.", "denied", "The militia"),
    ("The brigade played no part in the attack, its spokesman said.", "denied", "The brigade"),
    ("The Islamic Resistance in Iraq took responsibility for the strike.", "claimed",
     "The Islamic Resistance in Iraq"),
    ("Saraya Awliya al-Dam said it carried out the attack.", "claimed", "Saraya Awliya al-Dam"),
    ("The Islamic Resistance in Iraq claimed the drone attack in a statement.", "claimed",
     "The Islamic Resistance in Iraq"),
    # a part in a match, links to a ministry, a budget rejected, lives claimed: none
    ("He played no part in the match.", None, None),
    ("The company has no links to the ministry.", None, None),
    ("The minister rejected the budget.", None, None),
    ("The storm claimed the lives of two.", None, None),
])
def test_denied_and_claimed(text: str, stance: str | None, who: str | None) -> None:
    found = [(r["stance"], r["who"]) for r in article_claims(text)["responsibility"]]
    assert found == ([(stance, who)] if stance else [])


def test_blamed_against_denied() -> None:
    topics = _topics({"a": "The attack on the party office was blamed on Kataib Hezbollah.",
                      "b": "Kataib Hezbollah denied any role in the attack on the party office."})
    said = {c["article_id"]: c["claim"] for c in topics["perpetrator"]["claims"]}
    assert said["a"].startswith("attributed") and said["b"].startswith("denied")


BATTERY_14 = Path(__file__).resolve().parent / "batteries" / "topics14"
# stories whose outlets agree in other words (or one alone tells the fact): no contradiction of
# these kinds may be surfaced on them
AGREEING = {"m3w", "c4w", "p3w", "c6w"}


@pytest.mark.slow
def test_battery_14(tmp_path: Path) -> None:
    """Battery of round 12 (claims14): every topic surfaced (2 of 12 before), and the stories
    whose outlets agree carry no contradiction of the kinds this round reads."""
    db = tmp_path / "b14.db"
    run("ingest", "-q", str(BATTERY_14 / "articles.jsonl"), db=db)
    scores = json.loads(run("eval", "stories", "--dev", str(BATTERY_14), "--json", db=db).stdout)
    assert scores["contradiction_topics"]["surfaced"] >= 12, scores["contradiction_topics"]
    assert not scores["mixed_stories"], scores["mixed_stories"]
    kinds = {"motive", "weapons", "casualties", "place"}
    for line in run("stories", "--format", "jsonl", db=db).stdout.splitlines():
        story = json.loads(line)
        docs = {r["article"]["url"].rsplit("/", 1)[-1] for r in story["reports"]}
        if docs & AGREEING:
            assert not {c["topic"] for c in story["contradictions"]} & kinds, (docs, story["contradictions"])
