"""Words that look like force and are criticism (round 10, lead), found by probing with
sentences of our own:

- an attack verb told with where it was said ("attacked X in a speech", "during a sermon") or
  how ("verbally attacked"), or aimed at something said or decided ("attacked the ministry's
  plan"), is an accusation of its object (the owner of the plan), not an assault and not nothing;
- blame laid with an adverb before the predicate ("held X fully responsible for"), which the
  parser hangs as an adverbial clause, is blame all the same.

Each row: a positive sentence with the event it must give, and a near miss that must not give it
(a physical attack stays an assault; a verb of holding ground is no blame)."""

from __future__ import annotations

import pytest

from tests.extract.coding import coded, has

pytest.importorskip("spacy")


def _reported(ctx, text: str):  # type: ignore[no-untyped-def]
    return coded(ctx, text, published="2025-06-02", keep=lambda e: e.reportable)


@pytest.mark.parametrize(("pos", "event", "neg", "not_event"), [
    pytest.param("Iran's supreme leader attacked Israel in a televised address on Sunday.",
                 ("ACCUSE", {"Ali Khamenei"}, {"Israel"}),
                 "Iranian drones attacked an Israeli vessel in the Gulf of Oman on Sunday.",
                 ("ACCUSE", set(), set()), id="attack-in-an-address-vs-drones"),
    pytest.param("The Turkish president attacked Sweden during a news conference in Ankara.",
                 ("ACCUSE", {"Recep Tayyip Erdoğan"}, {"Sweden"}),
                 "Turkish jets attacked PKK hideouts in the Qandil mountains.",
                 ("ACCUSE", set(), set()), id="during-a-conference-vs-jets"),
    pytest.param("The Iraqi foreign minister verbally attacked Turkey on Monday.",
                 ("ACCUSE", {"Fuad Hussein"}, {"Turkey"}),
                 "Turkish troops attacked a village near Zakho on Monday.",
                 ("ACCUSE", set(), set()), id="verbally-vs-troops"),
    pytest.param("Tehran attacked Ankara's decision to build a dam on the Tigris.",
                 ("ACCUSE", {"Iran"}, {"Turkey"}),
                 "Gunmen attacked a checkpoint on the road to Samarra.",
                 ("ACCUSE", set(), set()), id="a-decision-vs-a-checkpoint"),
])
def test_verbal_attack_is_criticism(ctx, pos, event, neg, not_event) -> None:  # type: ignore[no-untyped-def]
    got = _reported(ctx, pos)
    assert has(got, *event), got
    assert not any(t == "ASSAULT" for t, _, _ in got), got
    got = _reported(ctx, neg)
    assert any(t == "ASSAULT" for t, _, _ in got), got
    assert not any(t == not_event[0] for t, _, _ in got), got


@pytest.mark.parametrize(("pos", "event", "neg"), [
    pytest.param("The Syrian government held Turkey fully responsible for the shelling of Afrin.",
                 ("ACCUSE", {"Syria"}, {"Turkey"}),
                 "The Syrian army held the town firmly for a week.", id="fully-responsible"),
    pytest.param("Baghdad holds the Kurdish parties directly accountable for the oil losses.",
                 ("ACCUSE", {"Iraq"}, set()),
                 "Baghdad held talks with the Kurdish parties directly after the vote.",
                 id="directly-accountable"),
])
def test_blame_with_an_adverb(ctx, pos, event, neg) -> None:  # type: ignore[no-untyped-def]
    assert has(_reported(ctx, pos), *event), _reported(ctx, pos)
    assert not any(t == "ACCUSE" for t, _, _ in _reported(ctx, neg)), _reported(ctx, neg)
