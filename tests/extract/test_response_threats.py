"""Threats of an answer by force (round 9, lead): a party's own response announced — "vowed to
respond", "pledged to hit back", "said it would react to any aggression", "the attack will not go
unanswered" — is a THREATEN by that party, exported even when neither the clause nor the story
names whom it is aimed at (the annotation rule: target [] when the clause names none). Each row
has a positive sentence and a near miss: a reply to a request, a kind or positive answer, a
negated one, a non-hostile "unanswered". Our own sentences."""

from __future__ import annotations

import pytest

from tests.extract.coding import Coded, coded

pytest.importorskip("spacy")


def _events(ctx, text: str) -> list[Coded]:  # type: ignore[no-untyped-def]
    """The reportable asserted events (a negated vow stays a negated record): type, actors,
    targets."""
    return coded(ctx, text, published="2025-05-12",
                 keep=lambda e: e.reportable and e.modality == "asserted")


def _threat(got: list, actor: str, target: str | None = None) -> bool:  # type: ignore[type-arg]
    return any(t == "THREATEN" and actor in a and (target is None or target in tg)
               for t, a, tg in got)


ROWS = [
    pytest.param("Asa'ib Ahl al-Haq vowed to respond.", "Asa'ib Ahl al-Haq",
                 "Asa'ib Ahl al-Haq vowed to respond to every letter from its supporters.",
                 id="vowed-to-respond-vs-to-letters"),
    pytest.param("The Houthis promised to strike back.", "Houthis",
                 "The Houthis did not promise to strike back.", id="strike-back-vs-negated"),
    pytest.param("Iran said it would react firmly to any aggression.", "Iran",
                 "Iran said it would react positively to the proposal.",
                 id="react-to-aggression-vs-positively"),
    pytest.param("Kata'ib Hezbollah warned it would respond to the American raid.",
                 "Kata'ib Hezbollah",
                 "Kata'ib Hezbollah said it would respond to the request next week.",
                 id="respond-to-a-raid-vs-a-request"),
    pytest.param("Tehran said the assassination would not go unanswered.", "Iran",
                 "Tehran said the letter had gone unanswered for months.",
                 id="not-go-unanswered-vs-a-letter"),
    pytest.param("Harakat al-Nujaba pledged to hit back at the Americans.",
                 "Harakat Hezbollah al-Nujaba",
                 "Harakat al-Nujaba pledged to help the flood victims.",
                 id="hit-back-vs-help"),
]


@pytest.mark.parametrize(("pos", "actor", "neg"), ROWS)
def test_an_announced_answer_by_force_is_a_threat(ctx, pos: str, actor: str, neg: str) -> None:  # type: ignore[no-untyped-def]
    got = _events(ctx, pos)
    assert _threat(got, actor), got
    bad = _events(ctx, neg)
    assert not any(t == "THREATEN" for t, _, _ in bad), bad


def test_a_vow_of_response_takes_its_target_from_the_story_else_none(ctx) -> None:  # type: ignore[no-untyped-def]
    story = ("BAGHDAD, May 12 (Euphrates Wire) - U.S. aircraft struck two Kata'ib Hezbollah "
             "depots near al-Qaim on Sunday, the Pentagon said.\n"
             "Kata'ib Hezbollah vowed to respond.")
    assert _threat(_events(ctx, story), "Kata'ib Hezbollah", "United States") or _threat(
        _events(ctx, story), "Kata'ib Hezbollah", "U.S. military")
    alone = ("BASRA - Unknown gunmen shot dead a tribal sheikh in Basra on Sunday.\n"
             "His tribe vowed to retaliate.")
    got = _events(ctx, alone)
    # exported with no target rather than held back as an incomplete mention
    assert any(t == "THREATEN" and not tg for t, _, tg in got), got


def _assaults(ctx, text: str) -> list[tuple[set[str], set[str]]]:  # type: ignore[no-untyped-def]
    return [(a, tg) for t, a, tg in _events(ctx, text) if t == "ASSAULT"]


@pytest.mark.parametrize(("pos", "neg"), [
    pytest.param("KABUL, May 12 (Hindu Kush Wire) - U.S. drones struck a Taliban camp in Kunar "
                 "on Sunday, officials said.\nThe Taliban responded to the strike with a barrage "
                 "of rockets.",
                 "KABUL, May 12 (Hindu Kush Wire) - U.S. drones struck a Taliban camp in Kunar "
                 "on Sunday, officials said.\nThe Taliban responded to the strike with a "
                 "barrage of criticism.", id="rockets-vs-criticism"),
    pytest.param("BEIRUT, May 12 (Cedar Wire) - Israeli jets bombed a Hezbollah depot near Tyre "
                 "on Sunday.\nHezbollah responded to the raid with missiles.",
                 "BEIRUT, May 12 (Cedar Wire) - Israeli jets bombed a Hezbollah depot near Tyre "
                 "on Sunday.\nHezbollah responded to the raid with a statement.",
                 id="missiles-vs-a-statement"),
])
def test_weapons_a_party_answers_with_are_its_attack_on_the_one_it_answers(  # type: ignore[no-untyped-def]
        ctx, pos: str, neg: str) -> None:
    answering = "Taliban" if "Taliban" in pos else "Hezbollah"
    got = _assaults(ctx, pos)
    assert any(any(answering in x for x in a) and any(("Israel" in x or "United States" in x
                                                       or "U.S." in x) for x in tg)
               for a, tg in got), got
    bad = _assaults(ctx, neg)
    assert not any(any(answering in x for x in a) for a, _ in bad), bad
