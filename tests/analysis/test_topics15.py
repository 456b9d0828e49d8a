"""Contradiction classes of round 12 (claims15): who the dead were, by name or by role ("among
the dead was commander X" against "killed Y, a senior official" or "two guards were killed"), and who spoke for a body,
told as a named spokesman of an office the knowledge base may not know ("a spokesman for the
interior ministry, X" against "interior ministry spokesman Y"), and who is blamed, told by an
office ("a spokesman said the attack was carried out by X", "officials attributed it to Y"). Each table has rows that must
give the claim or the topic (with who claims what) and rows where outlets agree in other words,
or one report alone tells the fact, that must not. Texts are written for these tests; the
battery ``batteries/topics15`` tells the same classes as short multi-outlet reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from brinkwatch.analysis.claims import article_claims
from brinkwatch.analysis.stories import find_contradictions
from brinkwatch.kb.loader import load_theatre
from tests.analysis.test_quality_gate import run
from tests.analysis.test_topics14 import _disputed


# --- who the dead were, by name --------------------------------------------------------------
@pytest.mark.parametrize(("text", "names"), [
    ("Among the dead was commander Abu Ali al-Basri, the group said.", ["Abu Ali al-Basri"]),
    ("The strike killed Hadi Kadhim, a senior official of the brigade.", ["Hadi Kadhim"]),
    ("The drone killed commander Abu Ali al-Basri and two of his guards near the airport.",
     ["Abu Ali al-Basri"]),
    ("The dead man was identified as Karim Jaber, a driver.", ["Karim Jaber"]),
    ("A bomb south of Mosul killed police colonel Salim al-Hadi and his driver.", ["Salim al-Hadi"]),
    ("The raid killed senior Hamas leader Ziad Mahmoud in a flat.", ["Ziad Mahmoud"]),
    ("Gunmen killed activist Murtada Jawad outside his home.", ["Murtada Jawad"]),
    ("The drone struck a car, killing Kataib Hezbollah commander Abu Hussein al-Mahmadawi, "
     "officials said.", ["Abu Hussein al-Mahmadawi"]),
    ("Iran said the strike killed Revolutionary Guards General Saeed Rahimi, an adviser.",
     ["Saeed Rahimi"]),
    # no name: a group before its men, a people, a speaker after the toll, a count
    ("US strikes killed Kataib Hezbollah fighters in Qaim.", []),
    ("The strike killed two Iraqis in Baghdad on Monday.", []),
    ("The attack killed two people, Defense Minister Ali Hassan said.", []),
    ("The blast killed a lieutenant and a shepherd who was nearby.", []),
    ("Two guards were killed in the strike, police said.", []),
    # the dead of another deed the sentence recalls
    ("The 2020 strike killed commander Abu Ali al-Basri near the airport.", []),
    ("It came on the anniversary of the raid that killed Hadi Kadhim, a senior official.", []),
])
def test_dead_named(text: str, names: list[str]) -> None:
    found = [n for v in article_claims(text)["victims"] for n in v.get("names") or ()]
    assert found == names


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Among the dead was commander Abu Ali al-Basri, the group said.",
     "The strike killed Hadi Kadhim, a senior official of the brigade.", True),
    ("The dead man was identified as Haider Mansour, a lawyer.",
     "Gunmen killed activist Murtada Jawad outside the cafe.", True),
    # one name in other words or spelt another way
    ("The drone killed commander Abu Ali al-Basri and two of his guards.",
     "Among the dead was Abu Ali, a commander of the brigade.", False),
    ("The drone killed commander Abu Taqi al-Saedi and two guards.",
     "Among the dead was commander Abu Taqi al-Saidi.", False),
    ("A bomb killed police colonel Salim al-Hadi and his driver.",
     "Among the dead were Colonel Salim Hadi and his driver.", False),
    # one report alone names the dead
    ("The drone killed commander Abu Ali al-Basri and two guards.",
     "Three people were killed in the drone strike.", False),
    # a leader among the dead, against a whole toll of men who leave him out
    ("Among the dead was a senior commander of the brigade, officials said.",
     "Two guards were killed in the drone strike.", True),
    ("The drone killed commander Abu Ali al-Basri and two of his guards.",
     "Two guards were killed in the drone strike.", True),
    # ... not against men who may hold him, nor guards whose commander is told
    ("The strike killed two bodyguards of the commander.",
     "Two guards were killed in the drone strike.", False),
    ("Among the dead was a senior commander of the brigade.",
     "Four fighters were killed in the strike.", False),
    ("Among the dead was a senior commander of the brigade.",
     "Two guards and their commander were killed in the strike.", False),
])
def test_dead_named_disputed(a: str, b: str, disputed: bool) -> None:
    _disputed("casualties", a, b, disputed)


# --- who spoke for a body --------------------------------------------------------------------
@pytest.fixture(scope="module")
def kb() -> Any:
    return load_theatre()


@pytest.mark.parametrize(("text", "office", "who"), [
    ("A government spokesman, Basim Jawad, said the cabinet met.", "words:government spokesperson",
     "Basim Jawad"),
    ("The ministry's spokesman Hassan Ali told reporters on Monday.", "words:ministry spokesperson",
     "Hassan Ali"),
    ("Kadhim al-Nouri, a spokesman for the oil ministry, said the field was hit.",
     "words:oil ministry spokesperson", "Kadhim al-Nouri"),
    ("Kataib Hezbollah spokesman Jaafar al-Husseini said the group was not involved.",
     "words:kataib hezbollah spokesperson", "Jaafar al-Husseini"),
    # the KB's office when it has one for that body, told either way
    ("A spokesman for the Iraqi military, Tahsin al-Khafaji, said the drones fell.",
     "office_iraq_military_spokesperson", "Tahsin al-Khafaji"),
    ("The spokesman for the State Department, Ned Price, said so.", "office_us_state_spokesperson",
     "Ned Price"),
    # no body, no name, a day before the title
    ("A spokesman said on Tuesday that the talks had ended.", None, None),
    ("Spokesman Ali Hassan said the talks ended.", None, None),
    ("On Sunday spokesman Ali Hassan said the talks ended.", None, None),
    ("A spokesman for the ministry said the talks had ended.", None, None),
])
def test_spokesman_of_a_body(kb: Any, text: str, office: str | None, who: str | None) -> None:
    found = [(o["office"], o["who"]) for o in article_claims(text, kb=kb)["offices"]]
    assert found == ([(office, who)] if office else [])


def _office_topic(kb: Any, a: str, b: str) -> dict[str, Any] | None:
    profiles = {aid: {"id": aid, "outlet": f"{aid}.example", "claims": article_claims(t, kb=kb)}
                for aid, t in (("a", a), ("b", b))}
    rows = [{"article_id": aid, "event": {"type": "ASSAULT", "actor": [],
                                          "target": [{"name": None, "text": "the base"}],
                                          "date": {}, "location": None}} for aid in "ab"]
    return next((c for c in find_contradictions("violence", rows, profiles, ["a", "b"])
                 if c["topic"] == "office"), None)


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("A spokesman for the Iraqi interior ministry, Muqdad Hamid, said three rockets hit.",
     "Interior ministry spokesman Khalid al-Muhanni said three rockets hit.", True),
    ("A government spokesman, Basim Jawad, said the cabinet met.",
     "Government spokesman Hassan Ali said the cabinet met.", True),
    # one person spelt another way; two bodies; two countries' ministries
    ("Kadhim al-Nouri, a spokesman for the oil ministry, said the field was hit.",
     "Oil ministry spokesman Kazim Nouri said the field was hit.", False),
    ("A government spokesman, Basim Jawad, said the cabinet met.",
     "Interior ministry spokesman Hassan Ali said police were deployed.", False),
    ("A spokesman for the Iranian interior ministry, Muqdad Hamid, said three rockets hit.",
     "Iraqi interior ministry spokesman Khalid al-Muhanni said three rockets hit.", False),
    # one report alone names the spokesman
    ("Interior ministry spokesman Khalid al-Muhanni said three rockets hit.",
     "The interior ministry said three rockets hit.", False),
])
def test_spokesman_disputed(kb: Any, a: str, b: str, disputed: bool) -> None:
    topic = _office_topic(kb, a, b)
    assert (topic is not None) is disputed, topic
    if topic:
        assert {c["article_id"] for c in topic["claims"]} == {"a", "b"}


# --- who is blamed, told by an office ----------------------------------------------------------
@pytest.mark.parametrize(("text", "who"), [
    ("A spokesman for the defence ministry said the attack was carried out by Islamic State.",
     "Islamic State"),
    ("A government spokesman said the bombing was the work of Islamic State.", "Islamic State"),
    ("Officials attributed the attack to Kataib Hezbollah.", "Kataib Hezbollah"),
    ("The raid was carried out by Iraqi counter-terrorism forces in Anbar.",
     "Iraqi counter-terrorism forces"),
    # a weapon, a study, a delay: no one blamed for a deed
    ("The attack was carried out by a drone, police said.", None),
    ("The strike was carried out by two armed drones.", None),
    ("The study was carried out by the university.", None),
    ("The ministry attributed the delay to bad weather.", None),
])
def test_blamed_by_an_office(text: str, who: str | None) -> None:
    found = [(r["stance"], r["who"]) for r in article_claims(text)["responsibility"]]
    assert found == ([("attributed", who)] if who else [])


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("A spokesman for the defence ministry said the attack was carried out by Islamic State.",
     "The Pentagon blamed Kataib Hezbollah for the attack.", True),
    # one name blamed in other words; a name beside no name
    ("A government spokesman said the bombing was the work of Islamic State.",
     "Police said Islamic State militants were behind the bombing.", False),
    ("Officials attributed the attack to Kataib Hezbollah.",
     "The Pentagon said Kataib Hezbollah was responsible for the attack.", False),
    ("Officials attributed the attack to Kataib Hezbollah.",
     "Officials said militants were behind the attack.", False),
    ("Officials attributed the attack to Kataib Hezbollah.", "Rockets hit the base on Monday.", False),
])
def test_blamed_disputed(a: str, b: str, disputed: bool) -> None:
    _disputed("perpetrator", a, b, disputed)


BATTERY_15 = Path(__file__).resolve().parent / "batteries" / "topics15"
# stories whose outlets agree in other words: no casualties or office contradiction on them
AGREEING = {"v3w", "s2w", "v4w"}


@pytest.mark.slow
def test_battery_15(tmp_path: Path) -> None:
    """Battery of round 12 (claims15): every topic surfaced (1 of 5 before), and the stories
    whose outlets agree (one name spelt two ways) carry no contradiction of the kinds this round
    reads."""
    db = tmp_path / "b15.db"
    run("ingest", "-q", str(BATTERY_15 / "articles.jsonl"), db=db)
    scores = json.loads(run("eval", "stories", "--dev", str(BATTERY_15), "--json", db=db).stdout)
    assert scores["contradiction_topics"]["surfaced"] >= 5, scores["contradiction_topics"]
    assert not scores["mixed_stories"], scores["mixed_stories"]
    for line in run("stories", "--format", "jsonl", db=db).stdout.splitlines():
        story = json.loads(line)
        docs = {r["article"]["url"].rsplit("/", 1)[-1] for r in story["reports"]}
        if docs & AGREEING:
            kinds = {c["topic"] for c in story["contradictions"]}
            assert not kinds & {"casualties", "office"}, (docs, story["contradictions"])
