"""Constructions found by probing (round 11, lead), each row a positive sentence and a near
miss. Our own sentences.

- A promise whose object is a harm, with a gerund-like adjective right after the verb ("vows
  crushing retaliation"): the parser makes the adjective an xcomp and the noun its object, so
  the noun never reached the verb and the promise read as a friendly pledge (AGREE). A kind
  object ("vows continuing support") stays a pledge. Attacks vowed or promised ("vows more
  attacks", "promised airstrikes") are threats like vowed revenge; a labour strike is not.
- "called a rally / a strike / a sit-in": a protest called by its organisers, not a phone call
  (CONSULT); "called a meeting" is neither.
- "responded with a barrage of missiles at X": the weapons a party answers with are aimed at
  X (before: X read as the place of the act), also where the parser hangs the aim on the
  weapon a counting noun frames ("a wave of drones against X"); words that are no weapons
  ("a barrage of criticism", "a wave of arrests") code no attack.
- The lemmatiser's "-ed" stripping ("lambasted" -> "lambast", "fined" -> "fin") no longer
  hides a verb of the lexicon; a demand for someone's resignation asks them to go.
- "X said it was not involved in / had no role in the attack": X's denial (REJECT), told like
  "X denied involvement"; no denial of a peaceful act, none when the part is owned.
- "wounded when their patrol came under fire": the patrol was hit, never the attacker."""

from __future__ import annotations

import pytest

from tests.extract.coding import Coded, coded

pytest.importorskip("spacy")


def _types(ctx, text: str) -> list[Coded]:  # type: ignore[no-untyped-def]
    return coded(ctx, text, published="2025-05-12",
                 keep=lambda e: e.reportable and e.modality == "asserted")


def _row(ctx, type_: str, pos: str, neg: str, *, actor: str = "", target: str = "") -> list[Coded]:  # type: ignore[no-untyped-def]
    """The positive sentence codes ``type_`` (with the actor / target named), the near miss
    does not; the near miss's events come back for further checks."""
    got = _types(ctx, pos)
    assert any(t == type_ and (not actor or actor in a) and (not target or target in tg)
               for t, a, tg in got), got
    bad = _types(ctx, neg)
    assert not any(t == type_ for t, _, _ in bad), bad
    return bad


# (type, positive, near miss, actor the positive names, target it names): "" names none.
ROWS = [
    pytest.param("THREATEN", "Iran vows crushing response to any US attack on its soil.",
                 "Iran vows continuing support for the government in Baghdad.", "Iran", "",
                 id="crushing-response-vs-continuing-support"),
    pytest.param("THREATEN", "Kata'ib Hezbollah vows crippling attacks on the occupation forces.",
                 "Kata'ib Hezbollah vows unwavering loyalty to the resistance axis.",
                 "Kata'ib Hezbollah", "", id="vowed-attacks-vs-loyalty"),
    pytest.param("THREATEN", "The Pentagon promised more airstrikes on militia depots.",
                 "The unions vowed a general strike next month.", "U.S. Department of Defense", "",
                 id="promised-airstrikes-vs-a-labour-strike"),
    pytest.param("ASSAULT", "Iran responded with a barrage of missiles at Israeli air bases.",
                 "Iran responded with a barrage of criticism at the summit in Doha.", "", "Israel",
                 id="barrage-at-vs-criticism"),
    pytest.param("ASSAULT", "Iran retaliated with a wave of drones against US bases in Syria.",
                 "Iran responded with a wave of arrests in Tehran.", "", "United States",
                 id="wave-against-vs-arrests"),
    pytest.param("ACCUSE", "The Hezbollah leader lambasted the government in Beirut.",
                 "The Hezbollah leader lauded the government in Beirut.", "", "",
                 id="lambasted-vs-lauded"),
    pytest.param("COERCE", "The court fined the bank for breaching the sanctions.",
                 "The court heard the bank's appeal against the sanctions.", "", "",
                 id="fined-vs-heard"),
    pytest.param("REQUEST", "The opposition demanded the resignation of the interior minister.",
                 "The opposition welcomed the resignation of the interior minister.", "",
                 "the interior minister", id="demanded-vs-welcomed-a-resignation"),
    pytest.param("REJECT", "Kata'ib Hezbollah said it was not involved in the attack.",
                 "The minister said he was not involved in the negotiations.",
                 "Kata'ib Hezbollah", "", id="not-involved-in-an-attack-vs-in-talks"),
    pytest.param("REJECT", "Iran said it had no role in the attack on the tanker.",
                 "Iran said it had a role in the talks on the tanker.", "Iran", "",
                 id="no-role-vs-a-role-in-talks"),
]


@pytest.mark.parametrize(("type_", "pos", "neg", "actor", "target"), ROWS)
def test_the_positive_codes_its_type_and_the_near_miss_does_not(  # type: ignore[no-untyped-def]
        ctx, type_: str, pos: str, neg: str, actor: str, target: str) -> None:
    _row(ctx, type_, pos, neg, actor=actor, target=target)


PROTESTS = [
    pytest.param("Protest leaders called a rally against the governor in Basra on Friday.",
                 "Sudani called Biden on Monday to discuss the border.", "CONSULT",
                 id="rally-vs-phone-call"),
    pytest.param("The teachers' union called a strike against the education ministry.",
                 "The teachers' union called off the strike after the talks.", None,
                 id="strike-vs-called-off"),
    pytest.param("Students called a sit-in outside the ministry in Baghdad.",
                 "The prime minister called a meeting of the security council.", None,
                 id="sit-in-vs-meeting"),
]


@pytest.mark.parametrize(("pos", "neg", "neg_type"), PROTESTS)
def test_calling_a_protest_is_a_protest(ctx, pos: str, neg: str, neg_type: str | None) -> None:  # type: ignore[no-untyped-def]
    bad = _row(ctx, "PROTEST", pos, neg)
    if neg_type:
        assert any(t == neg_type for t, _, _ in bad), bad


# "wounded when their patrol came under fire": the patrol was hit, never the attacker (the
# victim read as the actor); the fire's source, when told, is the attacker.
VICTIMS = [
    pytest.param("Three soldiers were wounded when their patrol came under fire from ISIS "
                 "militants near Tarmiyah.", "Islamic State",
                 "Three soldiers were wounded when their patrol came under fire near Tarmiyah.",
                 "their patrol", id="fire-from-a-party-vs-untold"),
]


@pytest.mark.parametrize(("pos", "actor", "neg", "victim"), VICTIMS)
def test_a_unit_that_came_under_fire_is_no_attacker(ctx, pos: str, actor: str, neg: str,  # type: ignore[no-untyped-def]
                                                   victim: str) -> None:
    got = _types(ctx, pos)
    assert any(t == "ASSAULT" and actor in a for t, a, _ in got), got
    bad = coded(ctx, neg, published="2025-05-12")
    assert any(t == "ASSAULT" for t, _, _ in bad), bad
    assert not any(victim in a for _, a, _ in bad), bad
