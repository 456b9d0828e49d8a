"""Stories that must not mix two real events of one type family, whatever order the articles
come in, and the reports of one event that must still join: reactions of one day by speakers
named differently (one of them unknown to the KB), two strikes of one night told in one
article, an event an article recalls by its month, attacks whose reports state days two
apart, and an earlier article whose own event of the family chose another story. The texts
are ours, about invented events (no spaCy)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brinkwatch.analysis.rules import load_rules
from brinkwatch.analysis.stories import event_window
from brinkwatch.kb.loader import load_theatre

from .builders import FILLERS, Ev, article, staged_stories, story_members

KB = load_theatre()


def _run(tmp_path: Path, named: dict[str, object], order: str) -> list[set[str]]:
    """The stories, each as the set of the names of its articles (fillers left out)."""
    return story_members(tmp_path, named, order, kb=KB)  # type: ignore[arg-type]


def _event_stories(tmp_path: Path, named: dict[str, object], order: str) -> list[set[str]]:
    """The stories, each as the set of its coded events' triggers."""
    trigger = {ev.id: ev.evidence[0].trigger for r in named.values()
               for ev in r.events}  # type: ignore[attr-defined]
    stories = staged_stories(tmp_path, *FILLERS, *(named[n] for n in order.split()), kb=KB)
    return [{trigger[r["event_id"]] for r in s["reports"] if r.get("event_id") in trigger}
            for s in stories]


# --- reactions of one day by two speakers, one of them unknown to the KB ----------------------
REACT = {
    "US": article(
        "The United States condemned the rocket attack near the embassy in Baghdad on Monday "
        "as reckless, and blamed Kata'ib Hezbollah for it.\nThe rockets landed in the river "
        "beside the embassy compound and no one was hurt.",
        [Ev("condemned", "ACCUSE", actor="United States", target="Kata'ib Hezbollah")],
        outlet="capitalwire.example", published="2031-03-10", url="https://capitalwire.example/r1"),
    "F1": article(
        "Faleh al-Fayyadh condemned the rocket attack near the embassy in Baghdad on Monday as a "
        "crime against the guests of Iraq.\nThe rockets landed in the river beside the embassy "
        "compound and no one was hurt.",
        [Ev("condemned", "ACCUSE", actor="Faleh al-Fayyadh")],
        outlet="tigrispost.example", published="2031-03-10", url="https://tigrispost.example/r2"),
    "F2": article(
        "Fayyadh, the security adviser, denounced the rocket attack near the embassy in Baghdad "
        "as a crime, his office said.\nThe rockets landed in the river beside the embassy "
        "compound.",
        [Ev("denounced", "ACCUSE", actor="Fayyadh")],
        outlet="nahrainwire.example", published="2031-03-11", url="https://nahrainwire.example/r3"),
}


@pytest.mark.parametrize("order", ["US F1 F2", "F1 US F2", "F2 F1 US", "F1 F2 US"])
def test_two_speakers_named_apart_are_two_reactions(tmp_path: Path, order: str) -> None:
    stories = _run(tmp_path, REACT, order)
    # the adviser's condemnation, told by two outlets that name him differently: one story
    assert any(s >= {"F1", "F2"} for s in stories), stories
    # the US condemnation of the same attack, told in alike words: not in that story
    assert not any("US" in s and s & {"F1", "F2"} for s in stories), stories


# --- two strikes of one night, told in one article ----------------------------------------------
# pages of other days about Iran's missiles: a corpus where these words are common
MISSILE_PAGES = {f"page{i}": article(t, [], outlet=f"page{i}.example", published="2031-06-0" + str(i),
                                     url=f"https://page{i}.example/p") for i, t in enumerate((
    "Iran paraded new missiles through Tehran on Monday night, state television said.",
    "Iranian missiles and drones were shown at an arms fair; officials said the missiles fly far.",
    "Iran said its missiles deter its enemies, and the night sky lit up during a missile test.",
), start=1)}
NIGHT = {**MISSILE_PAGES,
    "X": article(
        "Iran fired ballistic missiles at a compound of the U.S. military near Erbil late on "
        "Monday.\nThe same night its missiles pounded Islamic State hideouts in Syria, state "
        "television said.",
        [Ev("fired ballistic", "ASSAULT", actor="Iran", target="U.S. military", place="Erbil"),
         Ev("pounded", "ASSAULT", actor="Iran", target="Islamic State")],
        outlet="gulfwire.example", published="2031-07-15", url="https://gulfwire.example/n1"),
    "Y": article(
        "Missiles from Iran hit a compound used by the U.S. military near Erbil on Monday "
        "night.\nNo American was hurt, officials said.",
        [Ev("hit a", "ASSAULT", actor="Iran", target="U.S. military", place="Erbil")],
        outlet="levantdaily.example", published="2031-07-15", url="https://levantdaily.example/n2"),
    "Z": article(
        "Islamic State fighters died when Iranian missiles struck their hideouts in the "
        "Syrian desert, the group's channels said on Tuesday.\nThe militants had regrouped "
        "near Deir ez-Zor after a winter of raids.",
        [Ev("struck their", "ASSAULT", actor="Iran", target="Islamic State")],
        outlet="riverwire.example", published="2031-07-16", url="https://riverwire.example/n3"),
    # one strike told twice in one article (the headline and the body): one event
    "Q": article(
        "U.S. military jets bombed Kata'ib Hezbollah depots near Al-Qaim.\nThe raid on the "
        "Kata'ib Hezbollah depots lasted an hour, residents said.",
        [Ev("bombed", "ASSAULT", actor="U.S. military", target="Kata'ib Hezbollah",
            place="Al-Qaim"),
         Ev("raid", "ASSAULT", actor="U.S. military", target="Kata'ib Hezbollah")],
        outlet="basrapost.example", published="2031-07-02", url="https://basrapost.example/n4"),
}


@pytest.mark.parametrize("order", ["page1 page2 page3 X Y Z Q", "page1 page2 page3 Y Z X Q",
                                   "page1 page2 page3 Z X Y Q"])
def test_two_strikes_of_one_night_in_one_article_are_two_stories(tmp_path: Path,
                                                                  order: str) -> None:
    stories = _event_stories(tmp_path, NIGHT, order)
    assert not any({"fired ballistic", "pounded"} <= s for s in stories), stories
    # each joins the other outlets' report of it
    assert any({"fired ballistic", "hit a"} <= s for s in stories), stories
    assert any({"pounded", "struck their"} <= s for s in stories), stories
    # the headline and the body of one strike: one story
    assert any({"bombed", "raid"} <= s for s in stories), stories


# --- an event the article recalls by its month -------------------------------------------------
RECALL = {
    "M1": article(
        "Kata'ib Hezbollah fired rockets at Ain al-Asad air base on Sunday, wounding two "
        "soldiers of the U.S. military.\nSirens sounded across the base.",
        [Ev("fired rockets", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military",
            date="2031-05-04", place="Ain al-Asad")],
        outlet="gulfwire.example", published="2031-05-05", url="https://gulfwire.example/m1"),
    "M2": article(
        "Rockets fired by Kata'ib Hezbollah struck Ain al-Asad air base on Sunday and wounded "
        "two soldiers of the U.S. military.\nIn March, Kata'ib Hezbollah shelled the same base, "
        "wounding a contractor.",
        [Ev("struck Ain", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military",
            date="2031-05-04", place="Ain al-Asad"),
         Ev("shelled", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military",
            date="2031-03")],
        outlet="levantdaily.example", published="2031-05-06", url="https://levantdaily.example/m2"),
}


@pytest.mark.parametrize("order", ["M1 M2", "M2 M1"])
def test_an_attack_recalled_by_its_month_is_not_the_story_of_the_days(tmp_path: Path,
                                                                       order: str) -> None:
    stories = _event_stories(tmp_path, RECALL, order)
    assert any({"fired rockets", "struck Ain"} <= s for s in stories), stories
    assert not any("shelled" in s and s & {"fired rockets", "struck Ain"} for s in stories)


RULES = load_rules()
PUBLISHED = {"published": "2031-05-06"}


@pytest.mark.parametrize(("date", "article", "window"), [
    # a month before the article: the month
    ("2031-03", PUBLISHED, ("2031-03-01", "2031-03-31")),
    # a year before: the year
    ("2029", PUBLISHED, ("2029-01-01", "2029-12-31")),
    # the article's own month, or one still to come (a deadline): the article's days
    ("2031-05", PUBLISHED, ("2031-05-03", "2031-05-06")),
    ("2031-09", PUBLISHED, ("2031-05-03", "2031-05-06")),
    # a day: the day
    ("2031-05-04", PUBLISHED, ("2031-05-04", "2031-05-04")),
    # no date: the article's days
    (None, PUBLISHED, ("2031-05-03", "2031-05-06")),
    # an undated article with nothing to date it: the month
    ("2031-03", {}, ("2031-03-01", "2031-03-31")),
])
def test_event_window_of_a_month_or_year(date, article, window) -> None:
    ev = {"date": {"value": date, "precision": "month" if date else None}}
    assert event_window(ev, article, RULES)[:2] == window


# --- attacks whose reports state days two apart ----------------------------------------------
DAYS = {
    "P1": article(
        "Kata'ib Hezbollah drones attacked a base of the U.S. military near Erbil on Friday, "
        "officials said.\nThe drones were shot down before they reached the runway.",
        [Ev("drones attacked", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military",
            date="2031-08-01", place="Erbil")],
        outlet="gulfwire.example", published="2031-08-02", url="https://gulfwire.example/p1"),
    "P2": article(
        "Kata'ib Hezbollah drones attacked a base of the U.S. military in Harir on Sunday, "
        "officials said.\nThe drones were shot down over the runway.",
        [Ev("drones attacked a base", "ASSAULT", actor="Kata'ib Hezbollah",
            target="U.S. military", date="2031-08-03", place="Harir")],
        outlet="levantdaily.example", published="2031-08-04", url="https://levantdaily.example/p2"),
    "P3": article(
        "Drones launched by Kata'ib Hezbollah targeted the U.S. military at Harir on Sunday "
        "night, officials said.\nAir defences shot them down.",
        [Ev("targeted", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military",
            date="2031-08-03", place="Harir")],
        outlet="riverwire.example", published="2031-08-04", url="https://riverwire.example/p3"),
}


@pytest.mark.parametrize("order", ["P1 P2 P3", "P2 P1 P3", "P3 P1 P2"])
def test_attacks_stated_two_days_apart_are_two_stories(tmp_path: Path, order: str) -> None:
    stories = _event_stories(tmp_path, DAYS, order)
    friday, sunday = "drones attacked", {"drones attacked a base", "targeted"}
    assert not any(friday in s and s & sunday for s in stories), stories
    assert any(s >= sunday for s in stories), stories


# --- an earlier article whose own event of the family chose another story --------------------
RALLY = {
    "B": article(
        "Badr Organization supporters rallied in Baghdad on Friday and demanded that the United "
        "States pull its troops out of Iraq.\nKata'ib Hezbollah and Badr Organization flags "
        "waved over the crowds in Tahrir Square, where thousands chanted for hours.",
        [Ev("demanded", "REQUEST", actor="Badr Organization", target="United States"),
         Ev("waved", "SUPPORT", actor="Kata'ib Hezbollah")],
        outlet="gulfwire.example", published="2031-10-04", url="https://gulfwire.example/b"),
    "K": article(
        "Kata'ib Hezbollah supporters rallied in Baghdad on Friday and demanded that Iraq free "
        "fighters held since a raid.\nKata'ib Hezbollah and Badr Organization flags waved over "
        "the crowds in Tahrir Square, where thousands chanted for hours.",
        [Ev("demanded", "REQUEST", actor="Kata'ib Hezbollah", target="Iraq"),
         Ev("waved", "SUPPORT", actor="Badr Organization")],
        outlet="levantdaily.example", published="2031-10-04", url="https://levantdaily.example/k"),
}


@pytest.mark.parametrize("order", ["B K", "K B"])
def test_an_article_is_not_added_by_text_to_another_demand_of_its_day(tmp_path: Path,
                                                                        order: str) -> None:
    by_id = {r.article.id: n for n, r in RALLY.items()}
    demands = [{by_id[r["article"]["id"]] for r in s["reports"] if r["article"]["id"] in by_id}
               for s in staged_stories(tmp_path, *FILLERS, *(RALLY[n] for n in order.split()),
                                       kb=KB) if s["type"] == "REQUEST"]
    # each rally's demand is its own story; neither article joins the other's by its words
    assert sorted(map(sorted, demands)) == [["B"], ["K"]], demands


# --- accusations of one day against other parties, with no speaker in common ------------------
BLAME = {
    "A1": article(
        "Kata'ib Hezbollah was blamed for the drone attacks on the airport of Erbil this spring, "
        "a day after the American strike on the border.\nThe strike killed four fighters near "
        "the crossing, and the cabinet met in Baghdad.",
        [Ev("blamed", "ACCUSE", target="Kata'ib Hezbollah")],
        outlet="gulfwire.example", published="2031-11-02", url="https://gulfwire.example/a1"),
    "A2": article(
        "The cabinet condemned the American strike on the border as a violation of the "
        "sovereignty of Iraq and of the United States' own pledges.\nThe strike killed four "
        "fighters near the crossing, and the cabinet met in Baghdad.",
        [Ev("condemned", "ACCUSE", target="United States")],
        outlet="levantdaily.example", published="2031-11-02", url="https://levantdaily.example/a2"),
    "A3": article(
        "The strike by the United States near the border crossing was condemned in Baghdad as a "
        "violation of sovereignty.\nFour fighters died in the strike, medics said.",
        [Ev("was condemned", "ACCUSE", target="United States")],
        outlet="riverwire.example", published="2031-11-02", url="https://riverwire.example/a3"),
}


@pytest.mark.parametrize("order", ["A1 A2 A3", "A2 A1 A3", "A3 A1 A2"])
def test_accusations_of_other_parties_with_no_speaker_shared_are_two(tmp_path: Path,
                                                                      order: str) -> None:
    stories = _event_stories(tmp_path, BLAME, order)
    assert not any("blamed" in s and s & {"condemned", "was condemned"} for s in stories), stories
    assert any({"condemned", "was condemned"} <= s for s in stories), stories


# --- one attack told by four outlets: one undated, one with another toll, one naming the
# militia in words the KB does not resolve: one story ----------------------------------------
FOUR = {
    "W1": article(
        "Kata'ib Hezbollah fired six rockets at Ain al-Asad air base on Tuesday night, killing "
        "one soldier of the U.S. military, officials said.\nThe rockets hit a fuel depot and "
        "a hangar on the base.",
        [Ev("fired six", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military",
            date="2031-12-09", place="Ain al-Asad")],
        outlet="gulfwire.example", published="2031-12-10", url="https://gulfwire.example/w1"),
    "W2": article(
        "Two soldiers of the U.S. military died when rockets hit a fuel depot at Ain al-Asad "
        "air base on Tuesday, a spokesman said.\nKata'ib Hezbollah was blamed for the attack.",
        [Ev("rockets hit", "ASSAULT", target="U.S. military", date="2031-12-09",
            place="Ain al-Asad")],
        outlet="levantdaily.example", published="2031-12-10", url="https://levantdaily.example/w2"),
    "W3": article(
        "The Hezbollah Brigades launched rockets at the Ain al-Asad air base late on Tuesday, "
        "hitting a hangar and a fuel depot, the group's channel said.\nThe base hosts the U.S. "
        "military.",
        [Ev("launched rockets", "ASSAULT", actor="Hezbollah Brigades", target="U.S. military",
            date="2031-12-09", place="Ain al-Asad")],
        outlet="riverwire.example", published="2031-12-11", url="https://riverwire.example/w3"),
    "W4": article(
        "SHOCKING: rockets rain down on Ain al-Asad air base! Kata'ib Hezbollah fired rockets "
        "that hit a fuel depot and a hangar, killing a soldier of the U.S. military.\nExperts "
        "say the region could explode.",
        [Ev("fired rockets", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military",
            place="Ain al-Asad")],
        outlet="viralnow.example", published=None, url="https://viralnow.example/w4"),
}


@pytest.mark.parametrize("order", ["W1 W2 W3 W4", "W4 W3 W2 W1", "W3 W1 W4 W2"])
def test_one_attack_told_four_ways_is_one_story(tmp_path: Path, order: str) -> None:
    stories = _event_stories(tmp_path, FOUR, order)
    assert {"fired six", "rockets hit", "launched rockets", "fired rockets"} in stories, stories


# --- two speakers condemning the same state on one day ------------------------------------------
STATE = {
    "US": article(
        "Washington condemned Iran on Thursday for the artillery fire on a village near Sidakan "
        "that wounded four shepherds.\nThe shells fell on pasture north of the town.",
        [Ev("condemned", "ACCUSE", actor="United States", target="Iran", speaker="United States")],
        outlet="riverwire.example", published="2031-08-14", url="https://riverwire.example/a"),
    "K1": article(
        "Governor Dilshad Rekani condemned Iran on Thursday for the artillery fire on a village "
        "near Sidakan that wounded four shepherds.\nThe shells fell on pasture north of the town.",
        [Ev("condemned", "ACCUSE", actor="Dilshad Rekani", target="Iran")],
        outlet="mountainpost.example", published="2031-08-14", url="https://mountainpost.example/b"),
    "K2": article(
        "Rekani denounced Iran over the shelling of a village near Sidakan, which wounded four "
        "shepherds, his office said.\nThe shells fell on pasture north of the town.",
        [Ev("denounced", "ACCUSE", actor="Rekani", target="Iran")],
        outlet="valleynews.example", published="2031-08-15", url="https://valleynews.example/c"),
}


@pytest.mark.parametrize("order", ["US K1 K2", "K1 US K2", "K2 K1 US"])
def test_two_speakers_blaming_one_state_are_two_reactions(tmp_path: Path, order: str) -> None:
    stories = _run(tmp_path, STATE, order)
    # the governor's condemnation, told twice with his name shortened: one story
    assert any(s >= {"K1", "K2"} for s in stories), stories
    # Washington's condemnation of the same state for the same shelling, in alike words: another
    assert not any("US" in s and s & {"K1", "K2"} for s in stories), stories


# --- one city, one night: another doer at another target -----------------------------------
CITY = {
    "R1": article(
        "Rockets fired by Kata'ib Hezbollah struck near a compound of the U.S. military in "
        "Baghdad on Monday night, officials said.\nSirens sounded across the city centre.",
        [Ev("struck", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military",
            date="2032-03-01", place="Baghdad")],
        outlet="gulfwire.example", published="2032-03-02", url="https://gulfwire.example/r1"),
    "B1": article(
        "A bomb planted by Islamic State killed six shoppers at a market in Baghdad on Monday "
        "night, officials said.\nSirens sounded across the city centre.",
        [Ev("killed", "ASSAULT", actor="Islamic State", target="Iraq", date="2032-03-01",
            place="Baghdad")],
        outlet="levantdaily.example", published="2032-03-02", url="https://levantdaily.example/b1"),
    "R2": article(
        "Kata'ib Hezbollah rockets landed near the U.S. military compound in Baghdad late on "
        "Monday, the police said.\nNo one was hurt.",
        [Ev("landed", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military",
            date="2032-03-01", place="Baghdad")],
        outlet="riverwire.example", published="2032-03-02", url="https://riverwire.example/r2"),
}


@pytest.mark.parametrize("order", ["R1 B1 R2", "B1 R1 R2", "R2 B1 R1"])
def test_another_doer_at_another_target_in_one_city_is_another_attack(tmp_path: Path,
                                                                      order: str) -> None:
    stories = _run(tmp_path, CITY, order)
    # the market bomb is not the rocket attack, though both hit Baghdad that night
    assert not any("B1" in s and s & {"R1", "R2"} for s in stories), stories
    assert any(s >= {"R1", "R2"} for s in stories), stories


# the same rockets, claimed by another group: a contested perpetrator, not another attack
PERP = {"R1": CITY["R1"], "R3": article(
    "Islamic State said its rockets hit the U.S. military compound in Baghdad on Monday "
    "night.\nThe claim could not be verified.",
    [Ev("hit the", "ASSAULT", actor="Islamic State", target="U.S. military",
        date="2032-03-01", place="Baghdad")],
    outlet="northdesk.example", published="2032-03-02", url="https://northdesk.example/r3")}


@pytest.mark.parametrize("order", ["R1 R3", "R3 R1"])
def test_another_doer_at_the_same_target_is_a_contested_perpetrator(tmp_path: Path,
                                                                   order: str) -> None:
    assert any(s >= {"R1", "R3"} for s in _run(tmp_path, PERP, order))


# --- one airport town, one day: drones at the airport, a roadside bomb at a checkpoint --------
TOWN = {
    "D1": article(
        "Explosive drones launched by Kata'ib Hezbollah dived at the runway of Erbil airport on "
        "Friday, where the U.S. military keeps aircraft, the Kurdish authorities said.",
        [Ev("dived", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military",
            date="2032-04-09", place="Erbil")],
        outlet="mountainpost.example", published="2032-04-09", url="https://mountainpost.example/d1"),
    "C1": article(
        "A roadside bomb laid by Islamic State wounded two Popular Mobilization Forces fighters "
        "at a checkpoint outside Erbil on Friday, the Kurdish authorities said.",
        [Ev("wounded", "ASSAULT", actor="Islamic State", target="Popular Mobilization Forces",
            date="2032-04-09", place="Erbil")],
        outlet="valleynews.example", published="2032-04-09", url="https://valleynews.example/c1"),
    "D2": article(
        "Drones sent by Kata'ib Hezbollah hit Erbil airport, home to aircraft of the U.S. "
        "military, on Friday afternoon, the Kurdish authorities said.",
        [Ev("hit Erbil", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military",
            date="2032-04-09", place="Erbil")],
        outlet="gulfwire.example", published="2032-04-10", url="https://gulfwire.example/d2"),
}


@pytest.mark.parametrize("order", ["D1 C1 D2", "C1 D2 D1", "D2 D1 C1"])
def test_a_checkpoint_bomb_is_not_the_airport_drones_of_its_day(tmp_path: Path,
                                                                 order: str) -> None:
    stories = _run(tmp_path, TOWN, order)
    assert not any("C1" in s and s & {"D1", "D2"} for s in stories), stories
    assert any(s >= {"D1", "D2"} for s in stories), stories
