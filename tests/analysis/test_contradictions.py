"""Competing claims across articles of one story: who did it as each article tells it, how
long something lasted or by when it ends, and whose administration took a measure. Texts are
written for these tests."""

from __future__ import annotations

import pytest

from brinkwatch.analysis.claims import article_claims
from brinkwatch.analysis.stories import find_contradictions

TANKER = {"name": "Gulf tanker", "text": "the tanker"}
CONTRACTOR = {"name": None, "text": "Daniel Roe"}


def _topics(family: str, texts: dict[str, str], target=TANKER, actor=None) -> dict[str, dict]:
    profiles = {aid: {"id": aid, "outlet": f"{aid}.example", "claims": article_claims(t)}
                for aid, t in texts.items()}
    rows = [{"article_id": aid, "event": {"type": "ASSAULT", "actor": [actor] if actor else [],
                                          "target": [target],
                                          "date": {}, "location": None}} for aid in texts]
    return {c["topic"]: c for c in find_contradictions(family, rows, profiles, list(texts))}


UNCLAIMED = "No group has claimed responsibility for the attack on the tanker off Fao."
ACCUSED = "Port officials said a militia faction was behind the attack on the tanker."
DENIED = "A spokesman for the faction denied any involvement in the attack on the tanker."


@pytest.mark.parametrize(("texts", "disputed"), [
    ({"a": UNCLAIMED, "b": DENIED}, True),
    ({"a": UNCLAIMED, "b": ACCUSED + " " + UNCLAIMED}, True),
    ({"a": UNCLAIMED, "b": "Nobody claimed responsibility for the attack on the tanker."}, False),
    ({"a": UNCLAIMED, "b": "The tanker was towed to Basra for repairs."}, False),
])
def test_who_did_it_as_each_article_tells_it(texts: dict, disputed: bool) -> None:
    topics = _topics("violence", texts)
    assert ("perpetrator" in topics) is disputed
    if disputed:
        claims = {c["article_id"]: c["claim"] for c in topics["perpetrator"]["claims"]}
        assert claims["a"].startswith("unclaimed:")


def test_who_did_it_is_not_open_when_every_report_names_the_same_actor() -> None:
    # the sentences are then about another attack the articles recall
    navy = {"name": "Gulf navy", "text": "the navy"}
    assert "perpetrator" not in _topics("violence", {"a": UNCLAIMED, "b": DENIED}, actor=navy)


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Daniel Roe was freed after more than 700 days in captivity.",
     "Daniel Roe was released after nearly three years in captivity.", True),
    ("Daniel Roe was freed after two years in captivity.",
     "Daniel Roe was released after 730 days in captivity.", False),  # the same length
    ("Daniel Roe was freed after two years in captivity.",
     "His employer had worked in Iraq for twenty years.", False),  # not said of him
    ("Daniel Roe was freed on Monday.", "Daniel Roe was released after three years.", False),
])
def test_lengths_that_do_not_match(a: str, b: str, disputed: bool) -> None:
    topics = _topics("yield", {"a": a, "b": b}, target=CONTRACTOR)
    assert ("timeline" in topics) is disputed


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("The Obama administration imposed the measures on the tanker's owners.",
     "The measures reflect the Carter administration's policy on the tanker's owners.", True),
    ("The Obama administration imposed the measures.", "The Obama administration acted.", False),
    ("The Obama administration imposed the measures.", "Treasury imposed the measures.", False),
])
def test_whose_administration(a: str, b: str, disputed: bool) -> None:
    assert ("administration" in _topics("pressure", {"a": a, "b": b})) is disputed


SAID = ("The minister wrote: “Our engineers will restore the pumping station at Fao within "
        "days and the tanker will sail again.”")


@pytest.mark.parametrize(("b", "drift"), [
    # the same quote, a word changed
    ("He said: “Our engineers will restore the pumping station at Fao within weeks and the "
     "tanker will sail again.”", True),
    # the same quote, shorter: an excerpt, not a drift
    ("He promised that “our engineers will restore the pumping station at Fao within days.”",
     False),
    # another quote
    ("The captain said: “We are waiting for the inspectors before we load any more crude.”",
     False),
])
def test_a_quote_worded_differently(b: str, drift: bool) -> None:
    topics = _topics("yield", {"a": SAID, "b": b})
    assert ("quote" in topics) is drift
    if drift:
        assert {c["article_id"] for c in topics["quote"]["claims"]} == {"a", "b"}


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Two civilians were killed when the shell hit the market.",
     "Two militia fighters were killed when the shell hit the market.", True),
    ("Two civilians were killed when the shell hit the market.",
     "Two people were killed when the shell hit the market.", False),  # says nothing of who
    ("Two civilians were killed when the shell hit the market.",
     "Two civilians were killed at the market, the governor said.", False),
])
def test_who_the_dead_were(a: str, b: str, disputed: bool) -> None:
    assert ("casualties" in _topics("violence", {"a": a, "b": b})) is disputed


def _meaning_topics(family: str, texts: dict[str, str], outlets: dict[str, str] | None = None):
    profiles = {aid: {"id": aid, "outlet": (outlets or {}).get(aid, f"{aid}.example"),
                      "claims": article_claims(t)} for aid, t in texts.items()}
    rows = [{"article_id": aid, "event": {"type": "AGREE", "actor": [], "target": [TANKER],
                                          "date": {}, "location": None}} for aid in texts]
    return {c["topic"]: c for c in find_contradictions(family, rows, profiles, list(texts))}


@pytest.mark.parametrize(("family", "a", "b", "topic", "disputed"), [
    ("diplomacy", "Under the accord the garrison will withdraw from the atoll.",
     "Officials insist the garrison is not withdrawing from the atoll under the accord.",
     "agreement", True),
    ("diplomacy", "Under the accord the garrison will withdraw from the atoll.",
     "The accord says the garrison will withdraw from the atoll by June.", "agreement", False),
    # the two readings can both hold: the mission ends, the advisers move to a partnership
    ("diplomacy", "Under the accord the advisory mission will end in June.",
     "The accord starts a transition to a security partnership.", "agreement", False),
    # troops named in a strike story are no agreement's meaning
    ("violence", "Under the accord the garrison will withdraw from the atoll.",
     "Officials insist the garrison is not withdrawing from the atoll under the accord.",
     "agreement", False),
    ("yield", "The engineer was freed after a ransom was paid to the gang.",
     "The engineer was freed in a rescue operation by police commandos.", "release", True),
    ("yield", "The engineer was freed after a ransom was paid to the gang.",
     "Relatives confirmed the engineer was freed once the ransom was paid.", "release", False),
    ("criticism", "The port bill will pass next week, its sponsor said.",
     "The port bill has been shelved until after the summer.", "prospects", True),
    ("criticism", "The port bill will pass next week, its sponsor said.",
     "Its sponsor expects the port bill to pass with enough votes.", "prospects", False),
    # what the struck place was: one outlet tells both sides, the other only the attacker's
    ("violence", "The navy said its missiles destroyed a spy base on the island, but local "
     "officials said the missiles fell on homes of civilians.",
     "The navy's missiles destroyed a spy base on the island.", "struck", True),
    ("violence", "Drones struck weapons storage sites near Qaim, the ministry said.",
     "The drones hit border posts held by the brigade near Qaim.", "struck", True),
    ("violence", "Drones struck weapons storage sites near Qaim, the ministry said.",
     "Officials said the drones hit a weapons depot of the brigade near Qaim.", "struck", False),
    # two things both hit, not two readings of one
    ("violence", "Drones struck weapons storage sites near Qaim and an air base.",
     "The drones hit a military base near Qaim.", "struck", False),
    # what kind of weapon: two ranges, or a cruise against a ballistic missile, exclude each other
    ("violence", "A close-range ballistic missile struck the pier at dawn.",
     "Officials said a short-range ballistic missile struck the pier.", "weapon-kind", True),
    ("violence", "The frigate was hit by a cruise missile off the cape.",
     "A ballistic missile hit the frigate off the cape, the navy said.", "weapon-kind", True),
    ("violence", "Medium-range rockets were fired at the airfield overnight.",
     "Long-range rockets rained on the airfield overnight.", "weapon-kind", True),
    # one more specific than the other, or only one naming a kind: no dispute
    ("violence", "A ballistic missile struck the pier at dawn.",
     "Officials said a short-range ballistic missile struck the pier.", "weapon-kind", False),
    ("violence", "A missile struck the pier at dawn.",
     "Officials said a short-range missile struck the pier.", "weapon-kind", False),
    ("violence", "The frigate was hit by a cruise missile off the cape.",
     "It was not a ballistic missile but a cruise missile, the navy said.", "weapon-kind", False),
    # kinds named in a statement story are no weapon used in it
    ("criticism", "A close-range ballistic missile struck the pier at dawn.",
     "Officials said a short-range ballistic missile struck the pier.", "weapon-kind", False),
])
def test_claims_of_meaning_that_differ(family: str, a: str, b: str, topic: str,
                                       disputed: bool) -> None:
    topics = _meaning_topics(family, {"a": a, "b": b})
    assert (topic in topics) is disputed
    if disputed:
        assert {c["article_id"] for c in topics[topic]["claims"]} == {"a", "b"}


def test_one_outlet_does_not_contradict_itself() -> None:
    texts = {"a": "The port bill will pass next week, its sponsor said.",
             "b": "The port bill has been shelved until after the summer."}
    assert "prospects" not in _meaning_topics("criticism", texts, {"a": "x.example", "b": "x.example"})


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("The ministry had earlier sanctioned Tomas Brandt Holm over the same trade.",
     "Last year regulators blacklisted 40 barges and 7 firms in the trade.", True),
    ("The ministry had earlier sanctioned Tomas Brandt Holm over the same trade.",
     "A similar ring run by Tomas Brandt Holm had previously been sanctioned.", False),
    ("The ministry had earlier sanctioned Tomas Brandt Holm over the same trade.",
     "The barges were inspected at the quay on Monday.", False),
])
def test_earlier_measures_recalled_differently(a: str, b: str, disputed: bool) -> None:
    assert ("recalled" in _topics("pressure", {"a": a, "b": b})) is disputed


@pytest.mark.parametrize(("window", "disputed"), [
    (("2031-09-02", "2031-09-06"), True),  # a May measure told in a September story: earlier
    (("2031-05-02", "2031-05-06"), False),  # the story's own month: the story's own measure
    ((None, None), False),  # the story's days unknown: nothing to compare the month with
])
def test_a_measure_told_with_an_earlier_month_is_recalled(window, disputed: bool) -> None:
    texts = {"a": "In May, regulators sanctioned 40 barges and 7 firms in the trade.",
             "b": "A similar ring run by Tomas Brandt Holm had previously been sanctioned."}
    profiles = {aid: {"id": aid, "outlet": f"{aid}.example", "claims": article_claims(t)}
                for aid, t in texts.items()}
    rows = [{"article_id": aid, "event": {"type": "SANCTION", "actor": [], "target": [TANKER],
                                          "date": {}, "location": None}} for aid in texts]
    topics = {c["topic"] for c in find_contradictions("pressure", rows, profiles, list(texts),
                                                       window=window)}
    assert ("recalled" in topics) is disputed


@pytest.mark.parametrize(("texts", "topic", "disputed"), [
    ({"a": "Police raided the tanker's crew quarters and detained 12 sailors.",
      "b": "A port source said nine sailors were arrested on the tanker."}, "detained", True),
    ({"a": "Police raided the tanker's crew quarters and detained 12 sailors.",
      "b": "Twelve sailors were detained on the tanker, a port source said."}, "detained", False),
    ({"a": "Drones hit four depots near the tanker berth.",
      "b": "The strike on the tanker berth destroyed seven depots, officials said."}, "sites", True),
    ({"a": "Drones hit four depots near the tanker berth.",
      "b": "The tanker was towed to Basra for repairs."}, "sites", False),
])
def test_counts_of_detained_and_of_places_struck(texts: dict, topic: str, disputed: bool) -> None:
    topics = _topics("violence", texts)
    assert (topic in topics) is disputed
    if disputed:
        assert {c["article_id"] for c in topics[topic]["claims"]} == set(texts)


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # two causes that name nothing in common
    ("The navy said the raid on the tanker was in retaliation for the sinking of the Marlow.",
     "Gunboats seized the tanker in revenge for the arrest of Captain Ferro Lund in Fujairah.", True),
    # one cause written two ways: the same names, transliterated differently
    ("The raid on the tanker was revenge for the killing of Abdel Qasem Rostami.",
     "The tanker was seized to avenge Abdul Qasim Rustami, the navy said.", False),
    # the same cause told at more or less length
    ("The raid on the tanker was in response to the sinking of the Marlow.",
     "Gunboats seized the tanker in revenge for the sinking of the Marlow off Oman, which "
     "killed six crewmen.", False),
    # a cause that names no particular event is compared with none
    ("The raid on the tanker was in response to attacks on Iranian shipping.",
     "Gunboats seized the tanker in revenge for the arrest of Captain Ferro Lund.", False),
])
def test_causes_given_that_differ(a: str, b: str, disputed: bool) -> None:
    topics = _topics("violence", {"a": a, "b": b})
    assert ("motive" in topics) is disputed
    if disputed:
        claims = {c["article_id"]: c["claim"] for c in topics["motive"]["claims"]}
        assert "Marlow" in claims["a"] and "Ferro Lund" in claims["b"]


def test_a_cause_keeps_the_clauses_that_say_more_of_it() -> None:
    said = article_claims("The strike was a response to recent raids, which killed several "
                          "officers, among them Colonel Dara Venn.")["motives"]
    assert [m["names"] for m in said] == [["colonel", "dara", "venn"]]
