"""Sentences that report an event and coded nothing (round 12, recall14): each class found by
probing our own sentences, as a positive row (the event, with its actor and target, must come
out) and a near miss (it must not). Our own sentences, about made-up episodes.

- The other side's office holder named by the actor's own office ("met his Iraqi counterpart",
  "called his Lebanese counterpart, Michel Aoun") was read as the actor's possession and left
  out, so the meeting had no other party; the name in apposition, else the side, is it.
- A contact received ("received a phone call / an invitation / a letter from X"): X made it.
- Headlines: two parties joined by a comma alone ("Baghdad, Tehran sign pact", "Sudani, Biden
  discuss ..."), read by the small model as a modifier, a second subject or an apposition; a
  line without a verb ("Blinken in Baghdad for talks with X"); a present-tense verb read as a
  plural noun ("US sanctions X chief", "US raids militia depot").
- Talks a traveller came for ("arrived in Baghdad for talks with X") and talks framed by a
  counting noun ("a round of talks between X and Y").
- A threatened closure of a frontier: the side it is with ("threatened to close its border
  with Syria").
- Meals leaders share ("had lunch with X", "a working dinner with X") are meetings.
- Words of the lexicon told another way: "hit out at X" criticises X (it was read as an
  attack); "called in the Turkish ambassador" summons him; "the attack, claimed by X, ..." was
  done by X; "committed a massacre against X" is the deed (it was read as a pledge, AGREE);
  "X struck the sites, drawing condemnation from Y": Y condemned X."""

from __future__ import annotations

import pytest

from tests.extract.coding import Coded, coded, pos_and_near_miss

pytest.importorskip("spacy")


def _coded(ctx, text: str) -> list[Coded]:  # type: ignore[no-untyped-def]
    return coded(ctx, text, published="2025-06-02", keep=lambda e: e.reportable
                 and e.modality in ("asserted", "alleged"))


SUDANI = "Mohammed Shia al-Sudani"

# (positive sentence, (type, actors, targets) it must give,
#  near miss, (type, actors, targets) it must NOT give)
CLASSES = [
    pytest.param("Araghchi met his Iraqi counterpart in Tehran.",
                 ("CONSULT", {"Abbas Araghchi"}, {"Iraq"}),
                 "Sudani met his counterpart.",
                 ("CONSULT", {SUDANI}, set()), id="counterpart-of-a-named-side"),
    pytest.param("Raisi called his Lebanese counterpart, Michel Aoun, on Tuesday.",
                 ("CONSULT", {"Ebrahim Raisi"}, {"Michel Aoun"}),
                 "Raisi called his Lebanese counterpart, Michel Aoun, on Tuesday.",
                 ("CONSULT", set(), {"Lebanon"}), id="counterpart-named-in-apposition"),
    pytest.param("Sudani received a phone call from Biden on Tuesday.",
                 ("CONSULT", {"Joe Biden"}, {SUDANI}),
                 "The Iraqi army received significant logistical support from the coalition.",
                 ("CONSULT", set(), set()), id="a-call-received-from-x"),
    pytest.param("The Iraqi president received an invitation from Raisi to visit Tehran.",
                 ("CONSULT", {"Ebrahim Raisi"}, {"Abdul Latif Rashid"}),
                 "Sudani received a phone call from Biden on Tuesday.",
                 ("CONSULT", {SUDANI}, {"Joe Biden"}), id="an-invitation-received-from-x"),
    pytest.param("Baghdad, Tehran sign border security pact",
                 ("SUPPORT", {"Iran"}, {"Iraq"}),
                 "Sudani, Iraq's prime minister, met Blinken in Baghdad.",
                 ("CONSULT", set(), {SUDANI}), id="headline-parties-joined-by-a-comma"),
    pytest.param("Sudani, Biden discuss troop withdrawal in phone call",
                 ("CONSULT", {SUDANI}, {"Joe Biden"}),
                 "Iraq's prime minister, Sudani, met Blinken in Baghdad.",
                 ("CONSULT", set(), {SUDANI}), id="headline-parties-read-as-apposition"),
    pytest.param("Iraq, Turkey agree to boost water cooperation",
                 ("AGREE", {"Iraq"}, {"Turkey"}),
                 "In Baghdad, Sudani met Blinken on Monday.",
                 ("CONSULT", set(), {"Iraq"}), id="headline-two-subjects"),
    pytest.param("Tehran, Riyadh restore diplomatic ties",
                 ("SUPPORT", {"Iran"}, {"Saudi Arabia"}),
                 "On Monday, Riyadh restored diplomatic ties with Bahrain.",
                 ("SUPPORT", set(), {"Iran"}), id="headline-parties-comma-on-the-first"),
    pytest.param("Blinken in Baghdad for talks with Sudani",
                 ("CONSULT", {"Antony Blinken"}, {SUDANI}),
                 "Baghdad braces for talks with Washington",
                 ("CONSULT", {"Iraq"}, set()), id="headline-without-a-verb"),
    pytest.param("Araghchi arrived in Baghdad on Sunday for talks with Sudani.",
                 ("CONSULT", {"Abbas Araghchi"}, {SUDANI}),
                 "Araghchi pressed for talks with Washington.",
                 ("CONSULT", {"Abbas Araghchi"}, set()), id="came-for-talks-with-x"),
    pytest.param("A round of talks between Iraq and the United States ended on Monday.",
                 ("CONSULT", {"Iraq"}, {"United States"}),
                 "Washington pushed for a round of talks between Baghdad and Erbil.",
                 ("CONSULT", {"Iraq"}, set()), id="a-round-of-talks-between"),
    pytest.param("Turkey threatened to close its border with Syria.",
                 ("THREATEN", {"Turkey"}, {"Syria"}),
                 "Iran threatened to close its airspace.",
                 ("THREATEN", {"Iran"}, set()), id="threatened-closure-of-a-frontier-with-x"),
    pytest.param("US sanctions Kataib Hezbollah chief",
                 ("SANCTION", {"United States"}, {"Kata'ib Hezbollah"}),
                 "US sanctions policy under review",
                 ("SANCTION", {"United States"}, set()), id="headline-verb-read-as-noun"),
    pytest.param("US raids militia depot near Qaim",
                 ("ASSAULT", {"United States"}, {"militia depot"}),
                 "US raids on militia depots resumed near Qaim.",
                 ("ASSAULT", {"United States"}, {"Qaim"}), id="headline-raids-a-facility"),
    pytest.param("Blinken held a working dinner with Sudani in Baghdad.",
                 ("CONSULT", {"Antony Blinken"}, {SUDANI}),
                 "Families broke their fast with dinner near the shrine.",
                 ("CONSULT", set(), set()), id="a-meal-shared-with-x"),
    pytest.param("Sudani hit out at Kataib Hezbollah over the rocket attacks.",
                 ("ACCUSE", {SUDANI}, {"Kata'ib Hezbollah"}),
                 "Rockets hit the Ain al-Asad base on Tuesday.",
                 ("ACCUSE", set(), set()), id="hit-out-at-is-criticism"),
    pytest.param("Baghdad called in the Iranian envoy over the Erbil strike.",
                 ("ACCUSE", {"Iraq"}, {"Iran"}),
                 "Sudani called in the army to restore order in Basra.",
                 ("ACCUSE", {SUDANI}, set()), id="an-envoy-called-in"),
    pytest.param("The drone strike, claimed by Kataib Hezbollah, killed three soldiers.",
                 ("ASSAULT", {"Kata'ib Hezbollah"}, set()),
                 "The attack, condemned by Baghdad, targeted the Tanf garrison.",
                 ("ASSAULT", {"Iraq"}, set()), id="an-attack-claimed-by-x"),
    pytest.param("Turkish forces committed a massacre against civilians in Zakho.",
                 ("ASSAULT", {"Turkey"}, {"civilians"}),
                 "Iraq committed to protecting foreign missions.",
                 ("ASSAULT", {"Iraq"}, set()), id="a-massacre-committed-against-x"),
    pytest.param("Kataib Hezbollah committed an attack on the embassy last night.",
                 ("ASSAULT", {"Kata'ib Hezbollah"}, set()),
                 "Kataib Hezbollah committed an attack on the embassy last night.",
                 ("AGREE", set(), set()), id="a-deed-committed-is-no-pledge"),
    pytest.param("The US struck five sites, drawing condemnation from Baghdad.",
                 ("ACCUSE", {"Iraq"}, {"United States"}),
                 "The minister spoke for an hour, drawing applause from the crowd.",
                 ("ACCUSE", set(), set()), id="a-participle-drawing-a-reaction"),
]


@pytest.mark.parametrize(("pos", "want", "neg", "not_want"), CLASSES)
def test_nothing_coded_classes(ctx, pos, want, neg, not_want) -> None:  # type: ignore[no-untyped-def]
    pos_and_near_miss(lambda text: _coded(ctx, text), pos, want, neg, not_want)
