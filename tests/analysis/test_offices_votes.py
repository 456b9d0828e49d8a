"""Who holds an office, how many lawmakers voted, whether a decision binds, how many troops were
sent: claims read from
sentences and compared across the outlets of one story. Texts, people and offices are made
up for these tests (a small knowledge base of their own)."""

from __future__ import annotations

import pytest

from brinkwatch.analysis.claims import article_claims
from brinkwatch.analysis.stories import find_contradictions
from brinkwatch.kb.model import KBActor, OfficeTerm, TheatreKB

KB = TheatreKB(actors=[
    KBActor(id="o_pm", name="Prime Minister of Ostland", type="office",
            aliases=("Ostlandic Prime Minister", "Ostland's Prime Minister")),
    KBActor(id="o_region_pm", name="Prime Minister of the Lakes Region", type="office",
            aliases=("Lakes Region Prime Minister",)),
    KBActor(id="o_fm", name="Foreign Minister of Ostland", type="office",
            aliases=("Ostlandic Foreign Minister",)),
    KBActor(id="o_spox", name="Harbour Ministry spokesperson", type="office",
            aliases=("Harbour Ministry spokesman", "Harbour Ministry spokeswoman")),
    KBActor(id="p_vale", name="Tomas Vale", type="person", aliases=("Vale",),
            offices=(OfficeTerm(office="o_pm", start="2019-01-01", end="2023-06-30"),)),
    KBActor(id="p_roan", name="Ilse Roan", type="person", aliases=("Roan",),
            offices=(OfficeTerm(office="o_pm", start="2023-07-01"),)),
    KBActor(id="p_marr", name="Aldo Marr", type="person", aliases=("Marr",),
            offices=(OfficeTerm(office="o_region_pm", start="2020-01-01"),)),
    KBActor(id="p_kess", name="Jona Kess", type="person", aliases=("Kess",),
            offices=(OfficeTerm(office="o_fm", start="2021-01-01"),)),
])


def _offices(text: str) -> set[tuple[str, str]]:
    return {(c["office"], c["who"]) for c in article_claims(text, kb=KB)["offices"]}


@pytest.mark.parametrize(("text", "expected"), [
    ("Prime Minister Tomas Vale told the assembly the port would reopen.", {("o_pm", "Tomas Vale")}),
    ("Ostland's Prime Minister Ilse Roan's office condemned the raid.", {("o_pm", "Ilse Roan")}),
    ("On the radio Prime Minister Ilse Roan Tuesday urged calm.", {("o_pm", "Ilse Roan")}),
    # the name first, or a comma between the title and the name
    ("Tomas Vale, the caretaker prime minister, flew to the coast.", {("o_pm", "Tomas Vale")}),
    ("Ilse Roan, Ostland's prime minister, flew to the coast.", {("o_pm", "Ilse Roan")}),
    ("Ostland's prime minister, Ilse Roan, flew to the coast.", {("o_pm", "Ilse Roan")}),
    ("Tomas Vale, the former prime minister, flew to the coast.", set()),
    ("On Tuesday, the Harbour Ministry spokesman said the quay was shut.", set()),
    ("Tomas Vale, who met the prime minister, flew to the coast.", set()),
    ("Tomas Vale, the prime minister's envoy, flew to the coast.", set()),
    # the words before the title say whose office it is; a person not in the KB keeps the name
    ("Harbour Ministry spokesman Pol Dray said the quay was closed.", {("o_spox", "Pol Dray")}),
    ("Lakes Region Prime Minister Aldo Marr called it a crime.", {("o_region_pm", "Aldo Marr")}),
    # a holder of another time, a rank below the office, a title without a name: no claim
    ("Former Prime Minister Tomas Vale attended the funeral.", set()),
    ("The then-Prime Minister Tomas Vale had signed the deal.", set()),
    ("Deputy Prime Minister Tomas Vale opened the bridge.", set()),
    ("The prime minister said the port would reopen.", set()),
    ("Harbour Ministry spokesman Dray said the quay was closed.", set()),
    # a person the KB knows, a title that is none of that person's offices
    ("Ambassador Jona Kess presented his letters.", set()),
])
def test_who_holds_an_office(text: str, expected: set) -> None:
    assert _offices(text) == expected


def test_no_office_claims_without_a_knowledge_base() -> None:
    assert article_claims("Prime Minister Tomas Vale spoke.")["offices"] == []


def _topics(texts: dict[str, str], outlets: dict[str, str] | None = None) -> dict[str, dict]:
    profiles = {aid: {"id": aid, "outlet": (outlets or {}).get(aid, f"{aid}.example"),
                      "claims": article_claims(t, kb=KB)} for aid, t in texts.items()}
    rows = [{"article_id": aid, "event": {"type": "ACCUSE", "actor": [], "target": [],
                                          "date": {}, "location": None}} for aid in texts]
    return {c["topic"]: c for c in find_contradictions("criticism", rows, profiles, list(texts))}


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Prime Minister Tomas Vale condemned the shelling of the ferry.",
     "Ostlandic Prime Minister Ilse Roan condemned the shelling of the ferry.", True),
    # the same person written two ways
    ("Prime Minister Tomas Vale condemned the shelling of the ferry.",
     "The shelling was condemned by Ostland's Prime Minister Vale.", False),
    # two offices: the region's prime minister is not the country's
    ("Prime Minister Tomas Vale condemned the shelling of the ferry.",
     "Lakes Region Prime Minister Aldo Marr condemned the shelling of the ferry.", False),
    # one names a former holder: no claim about the present one
    ("Prime Minister Ilse Roan condemned the shelling of the ferry.",
     "Former Prime Minister Tomas Vale condemned the shelling of the ferry.", False),
    ("Foreign Minister Jona Kess condemned the shelling of the ferry.",
     "Prime Minister Ilse Roan condemned the shelling of the ferry.", False),
])
def test_outlets_that_name_different_holders(a: str, b: str, disputed: bool) -> None:
    topics = _topics({"a": a, "b": b})
    assert ("office" in topics) is disputed
    if disputed:
        claims = {c["article_id"]: c["claim"] for c in topics["office"]["claims"]}
        assert "Tomas Vale" in claims["a"] and "Ilse Roan" in claims["b"]
        assert "Prime Minister of Ostland" in claims["a"]


@pytest.mark.parametrize(("window", "disputed"), [
    (("2031-03-01", "2031-03-04"), False),  # the sentence tells the past: a year before the story's
    (("2021-03-01", "2021-03-04"), True),
    ((None, None), True),
])
def test_a_holder_named_with_an_earlier_year_tells_the_past(window, disputed: bool) -> None:
    texts = {"a": "Prime Minister Ilse Roan condemned the shelling of the ferry.",
             "b": "The ferry line was opened in 2021 by Prime Minister Tomas Vale."}
    profiles = {aid: {"id": aid, "outlet": f"{aid}.example", "claims": article_claims(t, kb=KB)}
                for aid, t in texts.items()}
    rows = [{"article_id": aid, "event": {"type": "ACCUSE", "actor": [], "target": [],
                                          "date": {}, "location": None}} for aid in texts]
    topics = {c["topic"] for c in find_contradictions("criticism", rows, profiles, list(texts),
                                                       window=window)}
    assert ("office" in topics) is disputed


def test_one_outlet_naming_two_holders_does_not_contradict_itself() -> None:
    texts = {"a": "Prime Minister Tomas Vale condemned the shelling of the ferry.",
             "b": "Prime Minister Ilse Roan condemned the shelling of the ferry."}
    assert "office" not in _topics(texts, {"a": "x.example", "b": "x.example"})


@pytest.mark.parametrize(("text", "expected"), [
    ("The bill passed with 141 lawmakers in favour.", {141}),
    ("Officials said 96 deputies attended the session.", {96}),
    ("All 210 MPs backed the motion on the dam.", {210}),
    ("The assembly approved the budget by 88 votes to 12.", {88}),
    ("The session ran for 3 hours after lawmakers returned.", set()),
    ("Lawmakers met on 14 May to debate the dam.", set()),
])
def test_vote_counts(text: str, expected: set) -> None:
    assert {c["number"] for c in article_claims(text)["votes"]} == expected


@pytest.mark.parametrize(("a", "b", "topic", "disputed"), [
    ("The dam bill passed with 141 lawmakers in favour.",
     "Only 98 lawmakers voted for the dam bill, a clerk said.", "votes", True),
    ("The dam bill passed with 141 lawmakers in favour.",
     "A clerk said 141 lawmakers voted for the dam bill.", "votes", False),
    ("The assembly's resolution on the dam is binding on the cabinet.",
     "The assembly passed a non-binding resolution on the dam.", "binding", True),
    ("The assembly's resolution on the dam is not binding on the cabinet.",
     "The assembly passed a non-binding resolution on the dam.", "binding", False),
    ("The assembly's resolution on the dam is binding on the cabinet.",
     "The court ruling on the dam obliges the government to pay.", "binding", False),
])
def test_votes_and_binding_that_differ(a: str, b: str, topic: str, disputed: bool) -> None:
    topics = _topics({"a": a, "b": b})
    assert (topic in topics) is disputed
    if disputed:
        assert {c["article_id"] for c in topics[topic]["claims"]} == {"a", "b"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry said 1200 marines would be sent to the Red Sea.", {(1200, None)}),
    ("Several thousand extra soldiers are heading to Kuwait.", {(None, "some")}),
    ("Around 400 paratroopers were deployed to Erbil overnight.", {(400, None)}),
    # troops counted where nobody sends them, a digit group of a larger number
    ("Some 900 soldiers are based in Syria.", set()),
    ("Washington keeps 2,500 soldiers in the country and may send more.", set()),
])
def test_troops_sent(text: str, expected: set) -> None:
    assert {(c["number"], c["qualifier"]) for c in article_claims(text)["deployed"]} == expected


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("The ministry said 1200 marines would be sent to the Red Sea.",
     "Only 300 marines are heading to the Red Sea, officials said.", True),
    ("The ministry said 1200 marines would be sent to the Red Sea.",
     "Some 1200 marines were deployed to the Red Sea on Friday.", False),
])
def test_troops_sent_that_differ(a: str, b: str, disputed: bool) -> None:
    topics = _topics({"a": a, "b": b})
    assert ("deployed" in topics) is disputed


def _strike_story(tmp_path, premier_a: str, premier_b: str) -> dict:
    from brinkwatch.kb.loader import load_theatre

    from .builders import Ev, article, staged_stories

    texts = [f"U.S. drones struck a Kata'ib Hezbollah depot in Basra on Sunday.\n"
             f"Prime Minister {premier} condemned the strike on the depot in Basra." for premier in
             (premier_a, premier_b)]
    results = [article(t, [Ev("struck", "ASSAULT", actor="U.S. military", target="Kata'ib Hezbollah",
                              date="2031-05-04", place="Basra")],
                       outlet=outlet, published="2031-05-05")
               for t, outlet in zip(texts, ("gulfwire.example", "basra-daily.example"), strict=True)]
    stories = [s for s in staged_stories(tmp_path, *results, kb=load_theatre())
               if len(s["outlets"]) == 2]
    assert len(stories) == 1
    return stories[0]


def test_the_stage_reads_office_holders_with_its_knowledge_base(tmp_path) -> None:
    story = _strike_story(tmp_path, "Mustafa al-Kadhimi", "Mohammed Shia al-Sudani")
    office = [c for c in story["contradictions"] if c["topic"] == "office"]
    assert len(office) == 1 and len(office[0]["claims"]) == 2
    assert {c["claim"].split(":")[0] for c in office[0]["claims"]} == {"Prime Minister of Iraq"}


def test_two_outlets_naming_one_holder_do_not_contradict(tmp_path) -> None:
    story = _strike_story(tmp_path, "Mohammed Shia al-Sudani", "Mohammed al-Sudani")
    assert "office" not in {c["topic"] for c in story["contradictions"]}
