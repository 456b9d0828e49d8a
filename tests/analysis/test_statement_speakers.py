"""A statement told without a coded event joins the story of that statement only when the
article names its speaker, not just the body above the speaker: one day's statements about one
event (a denial by a command, a finding of the army of the country where it happened) are told
in alike words, and an article that names only the command's ministry (or the ministry's
government) tells another speaker's words. The texts are ours, about invented events (no
spaCy)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brinkwatch.kb.loader import load_theatre

from .builders import Ev, article, story_members

KB = load_theatre()


def _members(tmp_path: Path, named: dict[str, object], order: str, type_: str) -> list[set[str]]:
    """The stories of ``type_``, each as the set of the names of its articles."""
    return story_members(tmp_path, named, order, kb=KB, type_=type_)  # type: ignore[arg-type]


# --- a command's denial, and the army's finding told beside its ministry's silence -------------
DENIAL = {
    "C1": article(
        "U.S. Central Command denies any strike on the militia camp near Hilla\nU.S. Central "
        "Command said on Saturday that it had flown no mission over the Popular Mobilization "
        "Forces camp near Hilla, where an overnight blast killed two guards and set a depot "
        "ablaze.",
        [Ev("denies", "REJECT", actor="U.S. Central Command", date="2032-02-07")],
        outlet="wirehouse.example", published="2032-02-07", url="https://wirehouse.example/c1"),
    # tells the denial and names the command: joins on its text
    "C2": article(
        "The overnight blast that killed two guards and set a depot ablaze at the Popular "
        "Mobilization Forces camp near Hilla was no American mission, U.S. Central Command said "
        "on Saturday.\nInvestigators combed the camp near Hilla for the cause of the blast.",
        [], outlet="riverbank.example", published="2032-02-07", url="https://riverbank.example/c2",
        names=("Popular Mobilization Forces", "U.S. Central Command")),
    # the Iraqi army's finding (not coded), with the command's ministry named only as silent
    "X": article(
        "Iraqi security forces found no sign that any aircraft flew over the Popular "
        "Mobilization Forces camp near Hilla before the overnight blast that killed two guards "
        "and set a depot ablaze.\nThe U.S. Department of Defense has not commented on the "
        "blast, and investigators combed the camp near Hilla for its cause.",
        [], outlet="northdesk.example", published="2032-02-08", url="https://northdesk.example/x",
        names=("Iraqi security forces", "Popular Mobilization Forces",
               "U.S. Department of Defense")),
}


@pytest.mark.parametrize("order", ["C1 C2 X", "X C1 C2", "C2 X C1"])
def test_a_denial_takes_by_text_only_articles_naming_its_speaker(tmp_path: Path,
                                                                  order: str) -> None:
    stories = _members(tmp_path, DENIAL, order, "REJECT")
    # the command's denial, told again by an article naming the command: one story
    assert any(s >= {"C1", "C2"} for s in stories), stories
    # the army's finding, whose article names only the command's ministry: not that story
    assert not any("X" in s for s in stories), stories


# --- a ministry's condemnation, and the government's own words on the same raid ----------------
CONDEMN = {
    "M1": article(
        "Iraqi Ministry of Defense condemns the raid on the border post at Rabia\nThe Iraqi "
        "Ministry of Defense on Monday condemned the drone raid on the border post at Rabia that "
        "wounded three soldiers, calling it a breach of Iraq's sovereignty.",
        [Ev("condemned", "ACCUSE", actor="Iraqi Ministry of Defense", date="2032-05-10")],
        outlet="wirehouse.example", published="2032-05-10", url="https://wirehouse.example/m1"),
    "M2": article(
        "The drone raid that wounded three soldiers at the border post at Rabia was a breach of "
        "Iraq's sovereignty, the Iraqi Ministry of Defense said on Monday.\nThe post at Rabia "
        "was shut for the night.",
        [], outlet="riverbank.example", published="2032-05-10", url="https://riverbank.example/m2",
        names=("Iraqi Ministry of Defense",)),
    # the government's spokesman (not coded) on the same raid, in alike words
    "G": article(
        "A spokesman for the Iraqi government called the drone raid that wounded three soldiers "
        "at the border post at Rabia a breach of Iraq's sovereignty on Monday.\nThe post at "
        "Rabia was shut for the night.",
        [], outlet="northdesk.example", published="2032-05-10", url="https://northdesk.example/g",
        names=("Iraqi government",)),
}


@pytest.mark.parametrize("order", ["M1 M2 G", "G M1 M2", "M2 G M1"])
def test_a_condemnation_takes_by_text_only_articles_naming_its_speaker(tmp_path: Path,
                                                                        order: str) -> None:
    stories = _members(tmp_path, CONDEMN, order, "ACCUSE")
    assert any(s >= {"M1", "M2"} for s in stories), stories
    assert not any("G" in s for s in stories), stories
