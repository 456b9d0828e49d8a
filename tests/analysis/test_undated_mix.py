"""An undated rewrite that tells two real events of one type and day (an attack and the
retaliation; a crowd attack on a consulate and a shooting of protesters in another city) must
not bridge them: each story holds the dated reports of one event, whatever the order the
articles come in. The texts are ours, about invented events (no spaCy)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brinkwatch.kb.loader import load_theatre

from .builders import FILLERS, Ev, article, staged_stories

KB = load_theatre()


# event A: a militia rocket attack on a base (two dated reports)
A1 = article(
    "Kata'ib Hezbollah fighters fired a volley of rockets at Ain al-Asad air base on Monday "
    "evening, wounding two contractors of the U.S. military, officials said.\nThe rockets "
    "struck near a hangar on the base.\nSirens sounded across the sprawling desert compound "
    "and medics treated the wounded for shrapnel cuts.",
    [Ev("fired", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military",
        place="Ain al-Asad")],
    outlet="gulfwire.example", published="2024-05-14", url="https://gulfwire.example/a1")
A2 = article(
    "Militants launched rockets at Ain al-Asad air base on Monday, injuring two contractors "
    "working for the U.S. military.\nKata'ib Hezbollah claimed the rocket attack hours later.\n"
    "Sirens sounded at the desert compound, witnesses said.",
    [Ev("launched", "ASSAULT", target="U.S. military", place="Ain al-Asad")],
    outlet="levantdaily.example", published="2024-05-15", url="https://levantdaily.example/a2")
# event B, the same night: US strikes on the militia's depots elsewhere (two dated reports)
B1 = article(
    "U.S. military warplanes bombed Kata'ib Hezbollah weapons depots near Al-Qaim late on "
    "Monday, the Pentagon said.\nThe strikes destroyed three buildings used to store drones "
    "along the Syrian border.\nResidents of the border town described huge explosions and "
    "fires burning until dawn.",
    [Ev("bombed", "ASSAULT", actor="U.S. military", target="Kata'ib Hezbollah",
        place="Al-Qaim")],
    outlet="basrapost.example", published="2024-05-15", url="https://basrapost.example/b1")
B2 = article(
    "Kata'ib Hezbollah said four of its men died when American jets struck its "
    "depots near Al-Qaim on Monday night.\nResidents of the border town said fires burned "
    "until dawn after huge explosions.",
    [Ev("struck", "ASSAULT", target="Kata'ib Hezbollah", place="Al-Qaim")],
    outlet="riverwire.example", published="2024-05-15", url="https://riverwire.example/b2")
# undated content-farm rewrite telling both, loosely (one event with a place only, one with
# an actor only)
U = article(
    "Rockets slammed into Ain al-Asad air base and American jets hit back at Kata'ib Hezbollah "
    "depots near Al-Qaim.\nKata'ib Hezbollah fighters fired the rockets, wounding contractors "
    "of the U.S. military.\nThe United States then bombed the militia's weapons depots, "
    "killing several fighters.\nExperts say the cycle of attacks could spiral out of control.",
    [Ev("slammed", "ASSAULT", place="Ain al-Asad"),
     Ev("hit back", "ASSAULT", target="Kata'ib Hezbollah", place="Al-Qaim"),
     Ev("fired the", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military"),
     Ev("bombed", "ASSAULT", actor="United States")],
    outlet="viralnewsnow.example", published=None, url="https://viralnewsnow.example/u")

# a second pair of one day: a crowd attacks a consulate in one city, police fire on
# protesters in another
C1 = article(
    "Protesters stormed the Iranian consulate in Karbala on Friday, setting fire to its gate "
    "and tearing down a flag, police said.\nIran demanded that Baghdad protect its diplomats.",
    [Ev("stormed", "ASSAULT", target="Iran", place="Karbala")],
    outlet="gulfwire.example", published="2024-08-03", url="https://gulfwire.example/c1")
C2 = article(
    "A crowd set fire to the gate of the Iranian consulate in Karbala on Friday and tore down "
    "the flag of Iran, witnesses said.\nTehran summoned the ambassador of Iraq.",
    [Ev("set fire", "ASSAULT", target="Iran", place="Karbala")],
    outlet="levantdaily.example", published="2024-08-04", url="https://levantdaily.example/c2")
D1 = article(
    "Three men died in Nasiriyah when security forces of Iraq opened fire on a sit-in on a "
    "bridge over the Euphrates, hospital staff reported.\nThe youths camped there demanded "
    "jobs.",
    [Ev("opened fire", "ASSAULT", actor="Iraq", place="Nasiriyah")],
    outlet="basrapost.example", published="2024-08-03", url="https://basrapost.example/d1")
D2 = article(
    "Riot police fired live rounds at a sit-in on a Nasiriyah bridge, and three young men "
    "died, the governor announced.\nThe youths wanted jobs and electricity.",
    [Ev("fired live", "ASSAULT", actor="Iraq", place="Nasiriyah")],
    outlet="riverwire.example", published="2024-08-04", url="https://riverwire.example/d2")
V = article(
    "Chaos erupted as angry crowds attacked the Iranian consulate in Karbala and security "
    "forces shot protesters dead in Nasiriyah.\nProtesters set fire to the consulate gate.\n"
    "Security forces opened fire on demonstrators, killing several people.\nAnalysts say the "
    "unrest could topple the government.",
    [Ev("attacked", "ASSAULT", target="Iran", place="Karbala"),
     Ev("set fire", "ASSAULT", place="Karbala"),
     Ev("opened fire", "ASSAULT", actor="Iraq")],
    outlet="trendbuzz.example", published=None, url="https://trendbuzz.example/v")

PAIRS = {"base": (U, (A1, A2), (B1, B2)), "consulate": (V, (C1, C2), (D1, D2))}
NAMES = {r.article.id: n for n, r in (("A1", A1), ("A2", A2), ("B1", B1), ("B2", B2),
                                       ("U", U), ("C1", C1), ("C2", C2), ("D1", D1),
                                       ("D2", D2), ("V", V))}


def _stories(tmp_path: Path, order: str) -> list[dict]:
    byname = {n: r for r in (A1, A2, B1, B2, U, C1, C2, D1, D2, V) for n in [NAMES[r.article.id]]}
    return staged_stories(tmp_path, *FILLERS, *(byname[n] for n in order.split()), kb=KB)


def _docs(s: dict) -> set[str]:
    return {NAMES[r["article"]["id"]] for r in s["reports"] if r["article"]["id"] in NAMES}


# the orders that bridged the two events before: the rewrite first (undated, unplaced), after
# one report of each, after the reports of one event, and between them
ORDERS = ["A1 A2 U B1 B2", "U A1 A2 B1 B2", "B2 U A1 A2 B1", "B2 U B1 A2 A1", "A1 A2 B2 U B1",
          "C1 C2 V D1 D2", "V C1 D1 C2 D2", "D2 V C1 D1 C2", "C1 D1 V C2 D2"]


@pytest.mark.parametrize("order", ORDERS)
def test_an_undated_rewrite_of_two_events_of_one_day_mixes_them_in_no_story(
        tmp_path: Path, order: str) -> None:
    stories = _stories(tmp_path, order)
    one, two = ({"A1", "A2"}, {"B1", "B2"}) if "A1" in order else ({"C1", "C2"}, {"D1", "D2"})
    for s in stories:
        docs = _docs(s)
        assert not (docs & one and docs & two), (order, sorted(docs))
    # the dated reports of each event do form their story
    assert any(_docs(s) >= one for s in stories), order
    assert any(_docs(s) >= two for s in stories), order


@pytest.mark.parametrize("order", ["A1 A2 B1 B2 U", "C1 C2 D1 D2 V"])
def test_the_rewrite_joins_the_stories_of_what_it_tells(tmp_path: Path, order: str) -> None:
    stories = _stories(tmp_path, order)
    rewrite = "U" if "U" in order else "V"
    one, two = ({"A1", "A2"}, {"B1", "B2"}) if rewrite == "U" else ({"C1", "C2"}, {"D1", "D2"})
    assert any(_docs(s) >= one | {rewrite} for s in stories), order
    assert any(_docs(s) >= two | {rewrite} for s in stories), order
