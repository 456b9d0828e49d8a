"""Undated articles that their own cues date loosely or not at all are placed by what they tell:
their events without a day of their own take the days of the story the article is most like
(a specific name and alike text), so a background sentence of the same page does not drift to
a story months away, and a page that gets a year wrong still joins its story. The texts are
ours, about invented events (no spaCy)."""

from __future__ import annotations

from pathlib import Path

from brinkwatch.kb.loader import load_theatre

from .builders import Ev, article, staged_stories

KB = load_theatre()

# the story: Iraqi police raid a Badr Organization warehouse in Kut (two dated reports)
K1 = article(
    "Iraqi police raided a Badr Organization warehouse in Kut on Friday and seized crates of "
    "mortar shells, an interior ministry statement said.\nThe Badr Organization accused the "
    "police of acting for a foreign embassy and demanded the shells back.",
    [Ev("raided", "ASSAULT", actor="Iraq", target="Badr Organization", place="Kut"),
     Ev("accused", "ACCUSE", actor="Badr Organization", target="Iraq")],
    outlet="tigris.example", published="2024-03-02", url="https://tigris.example/k1")
K2 = article(
    "Police in Kut stormed a depot of the Badr Organization on Friday night, carrying away "
    "mortar shells and two pickup trucks, officers said.\nBadr Organization leaders accused "
    "the government of serving outsiders after the Kut warehouse raid.",
    [Ev("stormed", "ASSAULT", actor="Iraq", target="Badr Organization", place="Kut"),
     Ev("accused", "ACCUSE", actor="Badr Organization", target="Iraq")],
    outlet="delta.example", published="2024-03-03", url="https://delta.example/k2")
# months earlier, another story of the same family naming the same group
E1 = article(
    "The U.S. military accused the Badr Organization of moving mortar shells across the "
    "border near Mandali, a statement said on Tuesday.\nBadr Organization officials called "
    "the claim a lie told to justify the occupation.",
    [Ev("accused", "ACCUSE", actor="U.S. military", target="Badr Organization")],
    outlet="wire.example", published="2023-10-10", url="https://wire.example/e1")
# undated, no date cue at all: the raid, and a line of background about the group
U1 = article(
    "Police raided a Badr Organization warehouse in Kut and hauled away mortar shells in "
    "the night, according to officers.\nThe group has long been accused of hiding shells "
    "and of moving them across the border.",
    [Ev("raided", "ASSAULT", actor="Iraq", target="Badr Organization", place="Kut"),
     Ev("accused", "ACCUSE", target="Badr Organization")],
    outlet="farm.example", published=None, url="https://farm.example/u1")
# undated, and gets the year of the raid wrong ("back in 2021")
U2 = article(
    "Police raided a Badr Organization warehouse in Kut back in 2021 and hauled away "
    "mortar shells, officers said.\nThe Badr Organization accused the government of "
    "working for foreigners after the Kut raid.",
    [Ev("raided", "ASSAULT", actor="Iraq", target="Badr Organization", place="Kut"),
     Ev("accused", "ACCUSE", actor="Badr Organization", target="Iraq")],
    outlet="buzz.example", published=None, url="https://buzz.example/u2")
# undated, names a day after every story of the set: it cannot be placed in them
U3 = article(
    "Police raided a Badr Organization warehouse in Kut on 4 June 2025 and hauled away "
    "mortar shells, officers said.\nThe Badr Organization accused the government of "
    "working for foreigners after the Kut raid.",
    [Ev("raided", "ASSAULT", actor="Iraq", target="Badr Organization", place="Kut"),
     Ev("accused", "ACCUSE", actor="Badr Organization", target="Iraq")],
    outlet="later.example", published=None, url="https://later.example/u3")
# same day as the Kut raid, another city and another group: a second real event
B1 = article(
    "Iraqi police raided a Kata'ib Hezbollah workshop in Samawa on Friday and seized drone "
    "parts, a police statement said.\nKata'ib Hezbollah accused the police of acting for a "
    "foreign embassy.",
    [Ev("raided", "ASSAULT", actor="Iraq", target="Kata'ib Hezbollah", place="Samawa"),
     Ev("accused", "ACCUSE", actor="Kata'ib Hezbollah", target="Iraq")],
    outlet="euphrates.example", published="2024-03-02", url="https://euphrates.example/b1")
UB = article(
    "Police raided a Kata'ib Hezbollah workshop in Samawa and carried off drone parts in the "
    "night, officers said.\nKata'ib Hezbollah accused the police of serving an embassy.",
    [Ev("raided", "ASSAULT", actor="Iraq", target="Kata'ib Hezbollah", place="Samawa"),
     Ev("accused", "ACCUSE", actor="Kata'ib Hezbollah", target="Iraq")],
    outlet="feed.example", published=None, url="https://feed.example/ub")


def _stories(tmp_path: Path, *results) -> list[dict]:
    return staged_stories(tmp_path, *results, kb=KB)


def _coded(stories: list[dict], result, type_: str) -> dict:
    """The story holding ``result``'s coded event of ``type_``."""
    return next(s for s in stories for r in s["reports"]
                if r["article"]["id"] == result.article.id and r["type"] == type_)


def test_a_background_line_of_an_undated_page_stays_with_its_story(tmp_path: Path) -> None:
    stories = _stories(tmp_path, E1, K1, K2, U1)
    raid = _coded(stories, U1, "ASSAULT")
    assert {r["article"]["id"] for r in raid["reports"]} >= {K1.article.id, K2.article.id}
    cues = [c for r in raid["reports"] if r["article"]["id"] == U1.article.id for c in r["cues"]]
    assert any(c.startswith("undated, loosely dated article: days 2024-") for c in cues), cues
    # the agentless "has long been accused" is not the accusation of October 2023
    background = _coded(stories, U1, "ACCUSE")
    assert E1.article.id not in {r["article"]["id"] for r in background["reports"]}


def test_an_undated_page_with_a_wrong_year_joins_its_story(tmp_path: Path) -> None:
    stories = _stories(tmp_path, E1, K1, K2, U2)
    assert K1.article.id in {r["article"]["id"] for r in _coded(stories, U2, "ASSAULT")["reports"]}
    assert K1.article.id in {r["article"]["id"] for r in _coded(stories, U2, "ACCUSE")["reports"]}


def test_a_stated_date_after_the_story_keeps_the_page_out(tmp_path: Path) -> None:
    stories = _stories(tmp_path, E1, K1, K2, U3)
    raid = _coded(stories, U3, "ASSAULT")
    assert K1.article.id not in {r["article"]["id"] for r in raid["reports"]}


def test_two_raids_of_one_day_in_two_cities_stay_two_stories(tmp_path: Path) -> None:
    stories = _stories(tmp_path, K1, B1, U1, UB)
    kut, samawa = _coded(stories, K1, "ASSAULT"), _coded(stories, B1, "ASSAULT")
    assert kut["id"] != samawa["id"]
    assert _coded(stories, U1, "ASSAULT")["id"] == kut["id"]
    assert _coded(stories, UB, "ASSAULT")["id"] == samawa["id"]
    for s in stories:
        arts = {r["article"]["id"] for r in s["reports"] if r["type"] == "ASSAULT"}
        assert not ({K1.article.id, U1.article.id} & arts and {B1.article.id, UB.article.id} & arts)
