"""Material and political acts (round 9, material11): the development battery A of
``material_battery.py`` and, per class fixed, a positive sentence with the event it must give
and a near miss that must not give it. Our own sentences."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "material_battery", Path(__file__).with_name("material_battery.py"))
assert _spec is not None and _spec.loader is not None
_battery = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_battery)
BATTERY_A, BATTERY_B, US, judge = (_battery.BATTERY_A, _battery.BATTERY_B, _battery.US,
                                    _battery.judge)

pytest.importorskip("spacy")

# Rows of battery A the coder still gets wrong: actor linking of "Gunmen from X", "Hezbollah
# fighters", "U.S. and Iraqi forces", "Iraqi and coalition troops", "The Kurdistan Region's
# authorities" (the arguments room); goods shipped (trade, not aid, for the lexicon); targetless
# nominal suspensions and support; a target told by a victim clause; a headline's "X sanctions
# Y" parsed as a noun; a crossing's "with Syria".
KNOWN_MISSES_A = frozenset({
    "Gunmen from Saraya al-Salam opened fire on protesters in Nasiriyah.",
    "Hezbollah fighters stormed the Israeli outpost at dawn.",
    "U.S. and Iraqi forces conducted joint operations against the Islamic State in Anbar.",
    "Iraqi and coalition troops carried out joint raids on Islamic State hideouts in Kirkuk.",
    "Iran shipped diesel to Lebanon on Tuesday.",
    "The Kurdistan Region's authorities detained a journalist who had criticised the KDP.",
    "Iraq's suspension of flights to Beirut took effect at midnight.",
    "The Iraqi army's operation against the Islamic State in Hamrin killed nine militants.",
    "Iran's support for the Houthis has grown, a U.N. panel found.",
    "US sanctions Iraqi bank over Iran links",
    "Iraq reopened the Qaim border crossing with Syria.",
})


def _rows(battery, known=frozenset()):  # type: ignore[no-untyped-def]
    return [pytest.param(r, id=f"{i:03d}{r[1]}{r[0][:40]}") for i, r in enumerate(battery)
            if r[0] not in known]


@pytest.mark.parametrize("row", _rows(BATTERY_A, KNOWN_MISSES_A))
def test_battery_a(ctx, row) -> None:  # type: ignore[no-untyped-def]
    ok, got = judge(ctx, row)
    assert ok, got


# (class, positive row, negative row): each fix of the round as a class
CLASSES = [
    pytest.param(("Turkish forces clashed with PKK fighters in Duhok.", "+", "ASSAULT",
                  ("Turk",), ()),
                 ("The clash of cultures between Iran and the West is a myth.", "-", "ASSAULT",
                  (), ()), id="clashes-between-two-sides"),
    pytest.param(("Clashes broke out between Saraya al-Salam and Asa'ib Ahl al-Haq in Basra.",
                  "+", "ASSAULT", ("Saraya al-Salam",), ("Asa'ib",)),
                 ("Talks broke out between Saraya al-Salam and Asa'ib Ahl al-Haq in Basra.", "-",
                  "ASSAULT", (), ()), id="clashes-broke-out-between"),
    pytest.param(("An Iraqi army patrol came under fire from Islamic State militants near "
                  "Tarmiyah.", "+", "ASSAULT", ("Islamic State",), ("Iraq",)),
                 ("The prime minister came under fire from lawmakers over the budget.", "-",
                  "ASSAULT", (), ()), id="came-under-fire-from-x"),
    pytest.param(("Amid Turkish shelling of villages in Zakho, Baghdad summoned the ambassador.",
                  "+", "ASSAULT", ("Turk",), ()),
                 ("Iraq will respond after any attack on its territory, the minister said.", "-",
                  "ASSAULT", (), ()), id="an-act-in-a-circumstance-is-told-as-done"),
    pytest.param(("Iran has moved air-defence systems to its western border, two officials "
                  "told reporters.", "+", "MOBILIZE", ("Iran",), ()),
                 ("Iran will not move air-defence systems to its western border, officials told "
                  "reporters.", "-", "MOBILIZE", (), ()), id="x-has-done-officials-told-reporters"),
    pytest.param(("Iranian authorities confiscated the ship's cargo.", "+", "COERCE", ("Iran",),
                  ()),
                 ("The government is considering a ban on the cargo trade.", "-", "COERCE", (),
                  ()), id="a-coercive-act-needs-no-named-recipient"),
    pytest.param(("Israeli jets pounded Hezbollah positions in the Bekaa.", "+", "ASSAULT",
                  ("Israel",), ("Hezbollah",)),
                 ("Iraq's Olympic team beat Saudi Arabia 3-0 in the qualifier.", "-", "ASSAULT",
                  (), ()), id="a-game-is-no-assault"),
    pytest.param(("Sadr's followers attacked the offices of the Dawa party in Nasiriyah.", "+",
                  "ASSAULT", ("Sadr",), ()),
                 ("Sadr attacked the prime minister's plan to extend the coalition's mandate.",
                  "-", "ASSAULT", (), ()), id="attacking-a-decision-is-criticism"),
    pytest.param(("Peshmerga forces launched a joint operation with the Iraqi army in Makhmour.",
                  "+", "COOPERATE", ("Peshmerga",), ("Iraq",)),
                 ("Peshmerga forces launched an operation against the Islamic State in Makhmour.",
                  "-", "COOPERATE", (), ()), id="joint-operations-are-cooperation"),
    pytest.param(("NATO ended its training mission in Iraq on Friday.", "+", "RETREAT",
                  ("NATO",), ()),
                 ("NATO will not end its training mission in Iraq, its chief said.", "-",
                  "RETREAT", (), ()), id="ending-one-s-own-mission-is-a-pull-out"),
    pytest.param(("Saudi Arabia delivered wheat and flour to Yemen.", "+", "AID", ("Saudi",),
                  ("Yemen",)),
                 ("Saudi Arabia delivered a speech on wheat prices in Yemen.", "-", "AID", (),
                  ()), id="goods-delivered-are-aid"),
    pytest.param(("The IRGC shot down a U.S. drone over the Gulf.", "+", "ASSAULT",
                  ("Revolutionary Guard",), (US,)),
                 ("A Kata'ib Hezbollah spokesman shot back at critics on social media.", "-",
                  "ASSAULT", (), ()), id="shooting-back-at-critics-is-a-retort"),
    pytest.param(("Israeli jets struck a weapons depot near Damascus.", "+", "ASSAULT",
                  ("Israel",), ()),
                 ("The Iraqi foreign minister struck a defiant tone in his speech.", "-",
                  "ASSAULT", (), ()), id="striking-a-tone-is-no-strike"),
]


@pytest.mark.parametrize(("positive", "negative"), CLASSES)
def test_class(ctx, positive, negative) -> None:  # type: ignore[no-untyped-def]
    ok, got = judge(ctx, positive)
    assert ok, got
    ok, got = judge(ctx, negative)
    assert ok, got


# Battery B, the check battery (measured by summary counts while the code changed; added to
# the suite at the end): the rows it still gets wrong.
KNOWN_MISSES_B = frozenset({
    "Two Iraqi soldiers died when Islamic State fighters ambushed their patrol near Tuz "
    "Khurmatu.",
    "The Popular Mobilization Forces declared a state of alert across Anbar.",
    "Hezbollah agreed to a ceasefire with Israel.",
})


@pytest.mark.parametrize("row", _rows(BATTERY_B, KNOWN_MISSES_B))
def test_battery_b(ctx, row) -> None:  # type: ignore[no-untyped-def]
    ok, got = judge(ctx, row)
    assert ok, got


def test_battery_b_is_written() -> None:
    # battery B is the check measure of the round (summary counts in docs/benchmarks.md); it
    # stays apart from the development rows
    assert {r[0] for r in BATTERY_B}.isdisjoint(r[0] for r in BATTERY_A)
