"""A holder of another time: an article that gives a story's statement or act to someone named
in an office they held at no time of the story's days ("Fleet commander Admiral X denied it",
years after X left the post) against the articles that give it to someone else, and military
titles with a rank between the title and the name. Texts, people and offices are made up for
these tests (a small knowledge base of their own)."""

from __future__ import annotations

from typing import Any

import pytest

from brinkwatch.analysis.claims import article_claims
from brinkwatch.analysis.stories import find_contradictions
from brinkwatch.kb.model import KBActor, OfficeTerm, TheatreKB

KB = TheatreKB(actors=[
    KBActor(id="o_fleet", name="Commander of the Harbour Fleet", type="office",
            aliases=("Harbour Fleet commander",)),
    KBActor(id="o_cos", name="Chief of Staff of the Ostland Army", type="office",
            aliases=("Ostland Army chief of staff",)),
    KBActor(id="o_fm", name="Foreign Minister of Ostland", type="office",
            aliases=("Ostlandic Foreign Minister",)),
    KBActor(id="p_orr", name="Nils Orr", type="person", aliases=("Orr",),
            offices=(OfficeTerm(office="o_fleet", start="2015-03", end="2019-04"),)),
    KBActor(id="p_lund", name="Petra Lund", type="person", aliases=("Lund",),
            offices=(OfficeTerm(office="o_fleet", start="2019-04"),)),
    KBActor(id="p_sava", name="Emil Sava", type="person", aliases=("Sava",),
            offices=(OfficeTerm(office="o_cos", start="2012", end="2016"),)),
    KBActor(id="p_kess", name="Jona Kess", type="person", aliases=("Kess",),
            offices=(OfficeTerm(office="o_fm", start="2021-01-01"),)),
    KBActor(id="p_brin", name="Tilde Brin", type="person", aliases=("Brin",),
            offices=(OfficeTerm(office="o_fm"),)),
])


def _offices(text: str) -> set[tuple[str, str]]:
    return {(c["office"], c["who"]) for c in article_claims(text, kb=KB)["offices"]}


@pytest.mark.parametrize(("text", "expected"), [
    # a rank between a command's title and the name
    ("Harbour Fleet commander Admiral Nils Orr said no ship had fired.", {("o_fleet", "Nils Orr")}),
    ("Harbour Fleet commander Adm. Petra Lund ordered the patrol home.",
     {("o_fleet", "Petra Lund")}),
    ("Ostland Army chief of staff Lt. Gen. Emil Sava toured the border posts.",
     {("o_cos", "Emil Sava")}),
    ("Harbour Fleet commander Petra Lund ordered the patrol home.", {("o_fleet", "Petra Lund")}),
    # no name, a commander the KB has no office for, a former holder: no claim
    ("The Harbour Fleet commander said no ship had fired.", set()),
    ("Rebel commander Abu Saqr said his men held the ridge.", set()),
    ("Former Harbour Fleet commander Admiral Nils Orr wrote a memoir.", set()),
])
def test_commanders_and_chiefs_of_staff(text: str, expected: set) -> None:
    assert _offices(text) == expected


def _ref(name: str | None, text: str) -> dict[str, Any]:
    return {"name": name, "text": text, "ancestors": []}


def _topics(texts: dict[str, str], actors: dict[str, dict[str, Any]],
            window: tuple[str | None, str | None]) -> dict[str, dict]:
    profiles = {aid: {"id": aid, "outlet": f"{aid}.example",
                      "claims": article_claims(t, kb=KB)} for aid, t in texts.items()}
    rows = [{"article_id": aid, "event": {"type": "REJECT", "actor": [actors[aid]], "target": [],
                                          "date": {}, "location": None}} for aid in texts]
    return {c["topic"]: c for c in find_contradictions("refusal", rows, profiles, list(texts),
                                                       window=window)}


DENIALS = {
    "wire": "The Harbour Fleet denied on Monday that any of its ships fired on the ferry.",
    "farm": "Harbour Fleet commander Admiral Nils Orr flatly denied that his ships fired on the "
            "ferry.",
}
DENIERS = {"wire": _ref(None, "The Harbour Fleet"), "farm": _ref("Nils Orr", "Nils Orr")}


@pytest.mark.parametrize(("window", "disputed"), [
    # years after he left the post: a holder of another time
    (("2024-05-06", "2024-05-10"), True),
    # during his term: he may well have spoken
    (("2017-05-06", "2017-05-10"), False),
    # the month his term ended: still his
    (("2019-04-20", "2019-04-24"), False),
    # no days for the story: nothing to compare
    ((None, None), False),
])
def test_a_denial_given_to_a_holder_of_another_time(window, disputed: bool) -> None:
    topics = _topics(DENIALS, DENIERS, window)
    assert ("office" in topics) is disputed
    if disputed:
        claims = {c["article_id"]: c["claim"] for c in topics["office"]["claims"]}
        assert "Nils Orr" in claims["farm"] and "not in that office" in claims["farm"]
        assert "The Harbour Fleet" in claims["wire"]


def test_a_holder_of_another_time_counts_only_where_the_article_gives_them_a_part() -> None:
    # the article names the former chief in passing (a tour, not the denial): no dispute of who
    # denied it
    texts = {"wire": DENIALS["wire"],
             "farm": "The fleet denied firing on the ferry. Ostland Army chief of staff Lt. Gen. "
                     "Emil Sava toured the border posts."}
    actors = {"wire": DENIERS["wire"], "farm": _ref(None, "The fleet")}
    assert "office" not in _topics(texts, actors, ("2024-05-06", "2024-05-10"))


@pytest.mark.parametrize(("who", "disputed"), [
    ("Jona Kess", True),    # in office only from 2021
    ("Tilde Brin", False),  # a term of unknown days says nothing
])
def test_a_minister_named_before_the_term(who: str, disputed: bool) -> None:
    texts = {"a": "Ostland condemned the seizure of the tanker and summoned the envoy.",
             "b": f"Ostlandic Foreign Minister {who} condemned the seizure of the tanker."}
    actors = {"a": _ref(None, "Ostland"), "b": _ref(who, who)}
    profiles = {aid: {"id": aid, "outlet": f"{aid}.example",
                      "claims": article_claims(t, kb=KB)} for aid, t in texts.items()}
    rows = [{"article_id": aid, "event": {"type": "ACCUSE", "actor": [actors[aid]], "target": [],
                                          "date": {}, "location": None}} for aid in texts]
    topics = {c["topic"] for c in find_contradictions("criticism", rows, profiles, list(texts),
                                                       window=("2019-11-26", "2019-11-30"))}
    assert ("office" in topics) is disputed
