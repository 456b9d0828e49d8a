"""Contradictions across outlets by class (round 9, topics11): counts that can both hold, a toll
of one person, a toll of none read as one, a vaguer name for the same party, when in the day
and which day, and who the dead were. Each row has its positive and its negative. Texts are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from brinkwatch.analysis.claims import article_claims, count_bounds, counts_agree, time_of
from brinkwatch.analysis.stories import find_contradictions

DEPOT = {"name": None, "text": "the depot"}
IRGC = {"name": "Islamic Revolutionary Guard Corps", "kb_id": "org_irgc",
        "text": "Revolutionary Guards", "ancestors": ["Iran"]}
KH = {"name": "Kata'ib Hezbollah", "kb_id": "org_kh", "text": "Kataib Hezbollah",
      "ancestors": ["Popular Mobilization Forces", "Iraq"]}
ISF = {"name": "Iraqi security forces", "kb_id": "org_iraq_security_forces",
       "text": "Iraqi troops", "ancestors": ["Iraq"]}


def _topics(texts: dict[str, str], *, family: str = "violence",
            actors: dict[str, list[dict[str, Any]]] | None = None,
            targets: dict[str, list[dict[str, Any]]] | None = None,
            dates: dict[str, dict[str, Any]] | None = None,
            events: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, dict]:
    profiles = {aid: {"id": aid, "outlet": f"{aid}.example",
                      "claims": article_claims(t, (events or {}).get(aid, ()))}
                for aid, t in texts.items()}
    rows = [{"article_id": aid, "event": {
        "type": "ASSAULT", "actor": (actors or {}).get(aid, []),
        "target": (targets or {}).get(aid, [DEPOT]),
        "date": (dates or {}).get(aid, {}), "location": None}} for aid in texts]
    return {c["topic"]: c for c in find_contradictions(family, rows, profiles, list(texts))}


# --- counts that can both hold ----------------------------------------------------------------
@pytest.mark.parametrize(("a", "b", "topic", "disputed"), [
    ("Gunmen killed five soldiers at the depot, officials said.",
     "Seven soldiers were killed at the depot, a source said.", "casualties", True),
    # a floor and a count above it, close to it
    ("Gunmen killed at least five soldiers at the depot, officials said.",
     "Seven soldiers were killed at the depot, a source said.", "casualties", False),
    ("More than 20 people were killed at the depot.",
     "The attack on the depot killed 24 people.", "casualties", False),
    # a floor far below the count: another story
    ("At least one rocket hit the depot, the council said.",
     "Eleven rockets were fired at the depot.", "weapons", True),
    # a ceiling and an estimate
    ("Up to ten rockets were fired at the depot.",
     "Eight rockets were fired at the depot.", "weapons", False),
    ("About 40 rockets were fired at the depot.", "42 rockets were fired at the depot.",
     "weapons", False),
    ("About 40 rockets were fired at the depot.", "Twelve rockets were fired at the depot.",
     "weapons", True),
    # a count in words against a number
    ("Several guards were wounded at the depot.", "Four guards were wounded at the depot.",
     "casualties", False),
    ("Dozens of guards were killed at the depot.", "Five guards were killed at the depot.",
     "casualties", True),
])
def test_counts_that_can_both_hold(a: str, b: str, topic: str, disputed: bool) -> None:
    assert (topic in _topics({"a": a, "b": b})) is disputed


@pytest.mark.parametrize(("a", "b", "agree"), [
    ({"number": None, "qualifier": "some", "text": "Several thousand extra troops"},
     {"number": 750, "text": "roughly 750 paratroopers"}, False),
    ({"number": None, "qualifier": "some", "text": "several hundred troops"},
     {"number": 300, "text": "300 troops"}, True),
    ({"number": 5, "text": "at least five"}, {"number": 7, "text": "Seven"}, True),
    ({"number": 0, "text": "no one was hurt"}, {"number": 2, "text": "two wounded"}, False),
])
def test_counts_agree(a: dict, b: dict, agree: bool) -> None:
    assert counts_agree(a, b) is agree
    assert count_bounds(a)[0] <= count_bounds(a)[1]


# --- a toll of one, and "no one" is none -------------------------------------------------------
@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("No one was hurt in the attack on the depot, the ministry said.",
     "The drone hit the depot, lightly injuring a civilian contractor.", True),
    ("A soldier was killed when the drone hit the depot.",
     "One soldier was killed in the drone attack on the depot.", False),
    ("The drone hit the depot, killing a guard.", "Two guards died when the drone hit the depot.",
     True),
    ("The drone hit the depot, killing a guard.", "A guard was killed at the depot.", False),
    # a list is no toll of one: "a commander and two of his guards"
    ("The strike killed a commander and two of his guards.",
     "Three men were killed in the strike on the depot.", False),
])
def test_a_toll_of_one_person(a: str, b: str, disputed: bool) -> None:
    assert ("casualties" in _topics({"a": a, "b": b})) is disputed


def test_no_one_hurt_coded_as_one_is_a_toll_of_none() -> None:
    text = "A drone struck the depot late on Monday. No one was hurt, the ministry said."
    start = text.index("No one")
    ev = {"id": "e1", "casualties": [{"kind": "wounded", "count": "one", "low": 1,
                                      "start": start, "end": len(text)}]}
    got = {(c["kind"], c["number"]) for c in article_claims(text, [ev])["casualties"]}
    assert got == {("wounded", 0)}
    # a real one stays
    text2 = "A drone struck the depot late on Monday. One guard was hurt, the ministry said."
    ev2 = {"id": "e2", "casualties": [{"kind": "wounded", "count": "one", "low": 1,
                                       "start": text2.index("One"), "end": len(text2)}]}
    assert {(c["kind"], c["number"]) for c in article_claims(text2, [ev2])["casualties"]} == {
        ("wounded", 1)}


# --- a vaguer name for the same party ----------------------------------------------------------
@pytest.mark.parametrize(("role", "a", "b", "disputed"), [
    ("actor", [IRGC], [{"name": None, "text": "Guards"}], False),
    ("actor", [IRGC], [{"name": None, "text": "unidentified attackers"}], True),
    ("actor", [IRGC], [KH], True),
    ("target", [ISF], [{"name": None, "text": "an army post"}], False),
    ("target", [ISF], [IRGC], True),
    ("target", [{"name": "Sweden", "kb_id": "state_swe", "text": "Sweden"}],
     [{"name": None, "text": "Swedish"}], False),
])
def test_a_vaguer_name_for_the_same_party(role: str, a: list, b: list, disputed: bool) -> None:
    texts = {"a": "The depot was hit.", "b": "The depot was struck."}
    refs = {"a": a, "b": b}
    topics = _topics(texts, actors=refs if role == "actor" else None,
                     targets=refs if role == "target" else None)
    topic = "perpetrator" if role == "actor" else "target"
    assert (topic in topics) is disputed


# --- when in the day, and which day -------------------------------------------------------------
@pytest.mark.parametrize(("words", "weekday", "hours"), [
    ("late on Tuesday", 1, (19, 24, 2)),
    ("in the early hours of Thursday", 3, (0, 5, 0)),
    ("at dawn on Friday", 4, (3, 7, 0)),
    ("Sunday afternoon", 6, (12, 18, 0)),
    ("the late commander", None, None),
])
def test_time_of(words: str, weekday: int | None, hours: tuple | None) -> None:
    got = time_of(words)
    assert (got or {}).get("weekday") == weekday
    assert (got or {}).get("hours") == hours


def test_a_day_of_saying_is_not_the_day_of_the_deed() -> None:
    t = article_claims("A source said on Wednesday that rockets fell near the depot at dawn.")
    assert [(x["weekday"], x["hours"]) for x in t["times"]] == [(None, (3, 7, 0))]


@pytest.mark.parametrize(("da", "db", "disputed"), [
    # the night against the dawn
    ({"value": "2023-10-24", "text": "late on Tuesday"}, {"value": None, "text": "at dawn"}, True),
    ({"value": "2023-10-24", "text": "on Tuesday night"},
     {"value": "2023-10-24", "text": "late on Tuesday"}, False),
    # overnight meets the early hours of the next day
    ({"value": "2023-07-19", "text": "overnight"},
     {"value": "2023-07-20", "text": "in the early hours of Thursday"}, False),
    ({"value": "2023-07-19", "text": "overnight"}, {"value": "2023-07-20", "text": "July 20"}, False),
    # the night of one day against the next day, said bare (an undated article's weekday)
    ({"value": "2024-02-07", "text": "on Wednesday night"}, {"value": None, "text": "on Thursday"},
     True),
    ({"value": "2024-02-07", "text": "on Wednesday night"}, {"value": None, "text": "on Wednesday"},
     False),
    # two days, no time: as before
    ({"value": "2024-02-07", "text": None}, {"value": "2024-02-09", "text": None}, True),
    ({"value": "2024-02", "text": None}, {"value": "2024-02", "text": None}, False),
])
def test_when_it_happened(da: dict, db: dict, disputed: bool) -> None:
    texts = {"a": "The depot was hit.", "b": "The depot was struck."}
    assert ("date" in _topics(texts, dates={"a": da, "b": db})) is disputed


def test_the_time_of_the_deed_in_the_text_when_the_reports_say_none() -> None:
    a = "Ten rockets struck the depot late on Tuesday, an official said."
    b = "A source said on Wednesday that five rockets fell near the depot at dawn."
    c = "A source said on Wednesday that five rockets fell near the depot overnight."
    assert "date" in _topics({"a": a, "b": b}, dates={"a": {"value": "2023-10-24",
                                                            "text": "late on Tuesday"}})
    assert "date" not in _topics({"a": a, "b": c}, dates={"a": {"value": "2023-10-24",
                                                                "text": "late on Tuesday"}})


# --- who the dead were --------------------------------------------------------------------------
@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Three people were killed. Among the dead were a commander of the group and his two "
     "bodyguards, a source said.",
     "The strike martyred a commander of the group and a civilian passer-by.", True),
    ("Three people were killed. Among the dead were a commander of the group and his two "
     "bodyguards, a source said.",
     "The strike killed a commander of the group and two of his guards.", False),
    ("The missiles hit a house, killing a businessman and members of his family.",
     "The missiles hit a house, killing a businessman and his infant daughter.", False),
    ("The missiles hit a house, killing a businessman and members of his family.",
     "The missiles hit a militia post, killing two fighters.", True),
])
def test_who_the_dead_were_listed(a: str, b: str, disputed: bool) -> None:
    assert ("casualties" in _topics({"a": a, "b": b})) is disputed


# --- counts of aircraft, numbers in words, "U.S." inside a sentence ----------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Four American warplanes bombed the depot.", {("aircraft", 4)}),
    ("Two U.S. jets bombed the depot.", {("aircraft", 2)}),
    ("Twenty-four missiles were fired at the depot.", {("missile", 24)}),
    # a model's number is no count
    ("U.S. B-1 bombers struck the depot.", set()),
    ("Three F-15 jets took part in the raid on the depot.", {("aircraft", 3)}),
])
def test_weapon_counts(text: str, expected: set) -> None:
    assert {(c["kind"], c["number"]) for c in article_claims(text)["weapons"]} == expected


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Four American warplanes bombed the depot.", "Two U.S. jets bombed the depot.", True),
    ("Four American warplanes bombed the depot.", "Four U.S. jets bombed the depot.", False),
])
def test_aircraft_counted_under_any_name(a: str, b: str, disputed: bool) -> None:
    assert ("weapons" in _topics({"a": a, "b": b})) is disputed


# --- the deed itself denied ---------------------------------------------------------------------
MILITIA = {"name": "Kata'ib Hezbollah", "kb_id": "org_kh", "text": "Kataib Hezbollah",
           "ancestors": ["Popular Mobilization Forces", "Iraq"]}


@pytest.mark.parametrize(("b", "disputed"), [
    ("A Pentagon spokesman said no attack had taken place on the depot on Thursday.", True),
    ("The ministry denied that any air strike had occurred near the depot.", True),
    ("Officials said reports of drone strikes on the depot were false.", True),
    # not the deed: nobody claimed it; the casualty reports were false
    ("No group has claimed the attack on the depot.", False),
    ("Officials said reports of casualties at the depot were false.", False),
])
def test_the_deed_itself_denied(b: str, disputed: bool) -> None:
    texts = {"a": "The group said its drones hit the depot on Thursday.", "b": b}
    topics = _topics(texts, actors={"a": [MILITIA], "b": [MILITIA]})
    assert ("denial" in topics) is disputed
    if disputed:
        assert {c["article_id"] for c in topics["denial"]["claims"]} == {"a", "b"}
        if "Pentagon" in b:  # who denies it: the words before the verb of saying
            assert topics["denial"]["claims"][-1]["source"] == "A Pentagon spokesman"


def test_a_statement_day_without_a_date_is_not_compared() -> None:
    """In a statement's story, "on Sunday" without a date may be the deed's day, not the
    saying's: only dates compare there; in a strike's story the weekday does."""
    texts = {"a": "The depot was hit.", "b": "The depot was struck."}
    dates = {"a": {"value": "2019-12-30", "text": None}, "b": {"value": None, "text": "on Sunday"}}
    assert "date" not in _topics(texts, family="diplomacy", dates=dates)
    assert "date" in _topics(texts, dates=dates)


# --- an accusation and the accused's denial, in a statement's story -----------------------------
IRAN = {"name": "Iran", "kb_id": "state_irn", "text": "Iran"}


@pytest.mark.parametrize(("b", "disputed"), [
    ("Iran's foreign ministry rejected accusations that Tehran was behind the attack on the "
     "depot, saying Iran had no role in it.", True),
    # the accused denies something else; another party denies blame
    ("Iran denied that its envoy had been summoned over the depot.", False),
    ("Norway's ministry rejected accusations that it was behind the attack on the depot.", False),
])
def test_an_accusation_and_the_accused_denial(b: str, disputed: bool) -> None:
    texts = {"a": "The secretary accused Iran of directing the attack on the depot.", "b": b}
    profiles = {aid: {"id": aid, "outlet": f"{aid}.example", "claims": article_claims(t)}
                for aid, t in texts.items()}
    rows = [{"article_id": "a", "event": {"type": "ACCUSE", "actor": [], "target": [IRAN],
                                          "date": {}, "location": None}},
            {"article_id": "b", "event": {"type": "REJECT", "actor": [IRAN], "target": [],
                                          "date": {}, "location": None}}]
    topics = {c["topic"] for c in find_contradictions("diplomacy", rows, profiles, list(texts))}
    assert ("denial" in topics) is disputed
