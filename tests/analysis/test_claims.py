"""Counted claims (casualties, weapons), denials and quotes, read from sentences."""

from __future__ import annotations

import pytest

from brinkwatch.analysis.claims import article_claims, toll_value


@pytest.mark.parametrize(("text", "expected"), [
    ("Four guards were killed and six wounded in the blast.", {("killed", 4), ("wounded", 6)}),
    ("The strike killed two people near the gate.", {("killed", 2)}),
    ("At least 12 civilians were injured.", {("wounded", 12)}),
    # a toll of none is a claim too: it competes with "seven guards were injured"
    ("No one was hurt in the attack.", {("wounded", 0)}),
    ("Officials said nobody had been injured or killed.", {("wounded", 0), ("killed", 0)}),
    ("There were no casualties, the governor said.", {("killed", 0)}),
    ("Nine men on the ferry suffered injuries.", {("wounded", 9)}),
    ("He was killed a day later.", set()),
    ("The blast left one casualty and four injuries.", {("killed", 1), ("wounded", 4)}),
    # the day of the month is no toll; "a contractor" is one (analysis.claims, _ONE_PERSON)
    ("A rocket attack near the base on December 27 killed a contractor.", {("killed", 1)}),
    # people of other kinds, an adverb before what befell them, the treated as wounded
    ("Three of the governor's aides were also killed.", {("killed", 3)}),
    ("Police said 30 mourners were hospitalised after the stampede.", {("wounded", 30)}),
    ("Some 40 demonstrators were treated for tear gas inhalation.", {("wounded", 40)}),
    ("Eleven prisoners were treated well by their guards.", set()),
    # none of a named kind of people
    ("No Norwegian soldiers were harmed, the ministry said.", {("wounded", 0)}),
    ("No American personnel were seriously injured in the barrage.", {("wounded", 0)}),
    ("Officials saw no sign of any deaths at the port.", {("killed", 0)}),
    ("No convoy was delayed at the crossing.", set()),
    # a clause between the count and what befell them
    ("Three workers, including a boy of sixteen, were killed at the kiln.", {("killed", 3)}),
    ("Five guards, among them the convoy's driver, were wounded.", {("wounded", 5)}),
    ("Six pilgrims, including two from Najaf, reached the shrine.", set()),
    # other words for death, and one person counted: "martyred", "lost their lives", "perished",
    # "slain", "claimed the lives of"
    ("One guard was martyred and two comrades were wounded at the gate.",
     {("killed", 1), ("wounded", 2)}),
    ("Three sailors lost their lives when the patrol boat sank.", {("killed", 3)}),
    ("The barrage claimed the lives of five policemen near the bridge.", {("killed", 5)}),
    ("At least nine farmers perished in the shelling.", {("killed", 9)}),
    ("Two officers were slain at the checkpoint.", {("killed", 2)}),
    ("One soldier was wounded by shrapnel.", {("wounded", 1)}),
    # no count, a life story, a lost cause: none
    ("The martyred commander was buried in Karbala.", set()),
    ("The convoy lost its way near the border.", set()),
    ("One officer said the lives of the crew were not at risk.", set()),
])
def test_casualties(text: str, expected: set) -> None:
    got = {(c["kind"], c["number"]) for c in article_claims(text)["casualties"]}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The blast caused minor injuries to a shopkeeper.", {("wounded", "minor")}),
    ("Some light injuries were reported among the crowd.", {("wounded", "some")}),
    ("Several civilians were injured by the debris.", {("wounded", "some")}),
    ("The shelling caused heavy casualties, medics said.", {("killed", "many")}),
    ("There were no casualties apart from minor injuries to a guard.",
     {("killed", "0"), ("wounded", "minor")}),
    ("Four civilians were injured by the debris.", {("wounded", "4")}),
    ("The convoy reached the port on time.", set()),
    # a killing verb with a count in words
    ("The raids killed dozens of its gunmen overnight.", {("killed", "many")}),
    ("Mortar fire wounded several pilgrims near the shrine.", {("wounded", "some")}),
    ("The blast killed scores of conscripts at the barracks.", {("killed", "many")}),
    ("The court heard dozens of witnesses.", set()),
])
def test_tolls_in_words(text: str, expected: set) -> None:
    got = {(c["kind"], toll_value(c)) for c in article_claims(text)["casualties"]}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The drone hit a depot in eastern Mosul before dawn.", {("east", "Mosul")}),
    ("Rockets landed north of the provincial capital, Tikrit.", {("north", "Tikrit")}),
    ("The convoy was struck in central Basra.", {("centre", "Basra")}),
    ("A blast shook south-western Karbala.", {("southwest", "Karbala")}),
    ("The convoy was struck near the bridge.", set()),
    ("Western diplomats met in the capital.", set()),
])
def test_place_details(text: str, expected: set) -> None:
    got = {(d["detail"], d["place"]) for d in article_claims(text)["places"]}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Three drones hit the residence.", {("drone", 3)}),
    ("The guards fired 12 ballistic missiles at the city.", {("missile", 12)}),
    # one weapon said with "a" in the clause of the deed is a count of one; the deed's name
    # gives a kind without a count (round 12)
    ("A drone hit the residence.", {("drone", 1)}),
    ("A drone attack hit the residence.", {("drone", None)}),
    # a day of the month before a weapon noun is no count
    ("It answered the Oct. 14 rocket attack on the airport.", set()),
    ("Since the March 3 drone strike, four rockets have hit the base.", {("rocket", 4)}),
])
def test_weapons(text: str, expected: set) -> None:
    assert {(c["kind"], c["number"]) for c in article_claims(text)["weapons"]} == expected


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Harbour Brigade denied any involvement in the attack.", "The Harbour Brigade"),
    ("The group rejected responsibility for the blast.", "The group"),
    ("The group claimed responsibility for the blast.", None),
    ("The Harbour Brigade was not behind the blast, its spokesman said.", "The Harbour Brigade"),
    ("The river militia had no role in the ambush.", "The river militia"),
    ("The militia was behind the ambush, officials said.", None),
])
def test_denials(text: str, speaker: str | None) -> None:
    denials = article_claims(text)["denials"]
    assert [d["speaker"] for d in denials] == ([speaker] if speaker else [])


def test_quotes_come_from_events() -> None:
    ev = {"id": "e1", "attribution": {"quote": "We will respond", "speaker": {"name": "Iran"}}}
    assert article_claims("x", [ev])["quotes"] == [
        {"speaker": "Iran", "kb_id": None, "quote": "We will respond", "event_id": "e1"}]


def test_casualties_coded_on_events_win_over_patterns() -> None:
    ev = {"id": "e1", "casualties": [{"kind": "killed", "count": "at least three", "low": 3,
                                      "source": "police", "start": 0, "end": 10},
                                     {"kind": "damage", "count": None, "low": None}]}
    got = article_claims("Nine guards were killed.", [ev])["casualties"]
    assert [(c["kind"], c["number"], c["source"]) for c in got] == [("killed", 3, "police")]


@pytest.mark.parametrize(("text", "expected"), [
    ("No group has claimed responsibility for the rocket attack on the airport.",
     {("unclaimed", None)}),
    ("It remains unclear who was behind the bombing, and nobody claimed it.", {("unclaimed", None)}),
    ("The Islamic Resistance in Iraq claimed responsibility in a Telegram post.",
     {("claimed", "The Islamic Resistance in Iraq")}),
    ("Security officials said a militia faction was behind the drone attack.",
     {("attributed", "a militia faction")}),
    ("A spokesman for the brigade denied any involvement in the strike on the convoy.",
     {("denied", "A spokesman for the brigade")}),
    ("Voters blamed the heat for the low turnout.", set()),
    ("Rising prices were responsible for the protests, the minister said.", set()),
    ("The convoy left the base before dawn.", set()),
    # someone directed it, or is behind "it" / "everything"
    ("Officials said Badr commanders organised the storming of the consulate.",
     {("attributed", "Badr commanders")}),
    ("Governor Sami Hadi personally ordered the raid, his aides said.",
     {("attributed", "Governor Sami Hadi")}),
    ("The minister wrote that Damascus was behind everything.", {("attributed", "Damascus")}),
    ("Ankara rejected claims that it had orchestrated the protest at the border post.",
     {("denied", "Ankara")}),
    ("The colonel led the parade through the square.", set()),
    ("Nobody can say who ordered the raid.", set()),
])
def test_responsibility(text: str, expected: set) -> None:
    got = {(c["stance"], c["who"]) for c in article_claims(text)["responsibility"]}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The engineer was freed after more than 700 days in captivity.", {("length", 23.0)}),
    ("He spent nearly three and a half years in a militia prison.", {("length", 42.0)}),
    ("The advisers will leave over the next eighteen months.", {("length", 18.0)}),
    ("Troops will stay until at least 2027.", {("end", "2027")}),
    ("The mission ends no later than the end of March 2026.", {("end", "2026-03")}),
    ("The talks lasted three days.", set()),  # shorter than half a month: not a timeline
    ("The minister spoke to reporters on Tuesday.", set()),
])
def test_timeline(text: str, expected: set) -> None:
    got = {(c["kind"], c["value"]) for c in article_claims(text)["timeline"]}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The measures extend the Obama administration's pressure on Tehran.", {"Obama"}),
    ("The Carter administration froze Iranian assets.", {"Carter"}),
    ("The previous administration had lifted the waiver.", set()),
    ("The Energy administration published the figures.", set()),
])
def test_administrations(text: str, expected: set) -> None:
    assert {c["who"] for c in article_claims(text)["administrations"]} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what an agreement means for the forces it concerns: positive and negative rows
    ("Under the accord, the naval training mission will conclude next spring.",
     {("agreement", "end-of-mission")}),
    ("Under the accord, the naval training mission continues as before.", set()),
    ("The pact means the brigades will withdraw from the port city.",
     {("agreement", "withdrawal")}),
    ("The pact does not mean the brigades will withdraw from the port city.", set()),
    ("Diplomats stressed that the marines are not withdrawing from the island.",
     {("agreement", "no-withdrawal")}),
    ("The deal opens a transition to a bilateral security partnership.",
     {("agreement", "transition")}),
    ("The weather delayed the ferries for a week.", set()),  # no anchor, no claim
    # how a captive came to be freed
    ("The pilot was freed after a ransom was handed to the clan.", {("release", "paid")}),
    ("The pilot was freed after his family walked to the border.", set()),
    ("The sailors were released in exchange for two smugglers held in Oman.",
     {("release", "swap")}),
    ("The sailors were released without any exchange, the navy said.", set()),
    ("Elders said mediation by the tribe secured the hostage's freedom.",
     {("release", "negotiated")}),
    # a bill's prospects
    ("The fisheries bill is unlikely to pass before the recess.", {("prospects", "shelved")}),
    ("The fisheries bill is expected to pass on Thursday.", {("prospects", "likely")}),
    ("The fisheries bill passed its second reading.", {("prospects", "pending")}),
    ("The fisheries bill was passed by the senate on Monday.", {("prospects", "passed")}),
    ("The fisheries minister flew to Oslo on Monday.", set()),
])
def test_claims_of_meaning(text: str, expected: set) -> None:
    got = {(c["topic"], c["value"]) for c in article_claims(text)["meanings"]}
    assert got == expected


@pytest.mark.parametrize(("text", "names", "counted", "months"), [
    ("The regulator had earlier sanctioned Tomas Brandt Holm and nine barges in March.",
     ["Tomas Brandt Holm"], ["9 barges"], ["March"]),
    ("A similar ring run by Ines Varga Lund was blacklisted last year.",
     ["Ines Varga Lund"], [], []),
    # the measure of the story itself, not an earlier one
    ("The regulator sanctioned Tomas Brandt Holm on Friday.", None, None, None),
    # an earlier event that is no measure
    ("Earlier, Tomas Brandt Holm toured the harbour in March.", None, None, None),
])
def test_recalled_measures(text: str, names, counted, months) -> None:
    got = article_claims(text)["recalled"]
    if names is None:
        assert got == []
    else:
        assert [(r["names"], r["counted"], r["months"]) for r in got] == [(names, counted, months)]


def test_claims_of_meaning_follow_the_rules_given(tmp_path) -> None:
    from brinkwatch.analysis.rules import load_rules

    f = tmp_path / "rules.yaml"
    f.write_text("format: brinkwatch-crossref/1\nmeanings:\n  ceasefire:\n    anchors: [truce]\n"
                 "    values:\n      holding: [holds, holding]\n      broken: [collapsed, broken]\n",
                 encoding="utf-8")
    text = "The truce is holding in the valley. The ferry was freed after a ransom was paid."
    got = article_claims(text, rules=load_rules(str(f)))["meanings"]
    assert [(c["topic"], c["value"]) for c in got] == [("ceasefire", "holding")]


@pytest.mark.parametrize(("text", "detained", "sites"), [
    ("Police raided a farm and detained 11 of the gang's members.", {11}, set()),
    ("A court official said eight suspects were arrested overnight.", {8}, set()),
    ("Troops rounded up dozens of men in the market.", {"many"}, set()),
    ("Jets struck six depots and nine positions of the group.", set(), {6, 9}),
    ("The navy hit more than 40 targets along the coast.", set(), {40}),
    ("He took two days off and held three meetings.", set(), set()),
    # a day of the month, or a count of something else before a preposition
    ("The strikes of Dec. 29 against positions of the group angered Baghdad.", set(), set()),
    ("Police said 14 were wounded at the depots.", set(), set()),
])
def test_detained_and_places_struck(text: str, detained: set, sites: set) -> None:
    got = article_claims(text)
    assert {c["number"] if c["number"] is not None else c["qualifier"]
            for c in got["detained"]} == detained
    assert {c["number"] for c in got["sites"]} == sites
