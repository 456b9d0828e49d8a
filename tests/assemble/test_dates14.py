"""Round 12 (dates14): the date each event carries, on short articles written for these tests.

Each row is an article with its publication date, the type of the event looked at and the date
it must carry (day, month or year as written), or None: the text fixes no day for it and none
may be guessed (no event of that type carries a date). The rows of each class stand beside
rows where the date must stay unknown.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.assemble.stories import of, run

THU = "2024-03-14"  # a Thursday

# (class, article, published, type, date or None)
ROWS = [
    # --- weekdays: the last such day on or before publication -----------------------------
    ("weekday", "U.S. aircraft struck a Kataib Hezbollah depot near al-Qaim on Tuesday.",
     THU, "ASSAULT", "2024-03-12"),
    ("weekday", "Israeli jets bombed Hezbollah positions in southern Lebanon late Sunday.",
     THU, "ASSAULT", "2024-03-10"),
    ("weekday", "Militants fired rockets at the Ain al-Asad air base overnight into Wednesday.",
     THU, "ASSAULT", "2024-03-13"),
    ("weekday", "Turkish drones struck PKK hideouts in Sinjar on Monday night.",
     THU, "ASSAULT", "2024-03-11"),
    ("weekday", "Iranian forces seized an oil tanker in the Gulf of Oman early Friday.",
     THU, "COERCE", "2024-03-15"),
    # --- relative days -----------------------------------------------------------------
    ("relative", "Iranian forces seized an oil tanker in the Gulf of Oman yesterday.",
     THU, "COERCE", "2024-03-13"),
    ("relative", "Turkish drones struck PKK hideouts in Sinjar two days ago.",
     THU, "ASSAULT", "2024-03-12"),
    ("relative", "Kataib Hezbollah attacked a U.S. base in Syria last month.",
     THU, "ASSAULT", "2024-02"),
    ("relative", "Turkish drones struck PKK hideouts in Sinjar earlier this week.",
     THU, "ASSAULT", "2024-03-11"),
    ("relative", "Turkish drones struck PKK hideouts in Sinjar on Tuesday. The day before, PKK "
     "fighters had attacked a Turkish outpost in Duhok.", THU, "ASSAULT", "2024-03-11"),
    ("relative", "Turkish drones struck PKK hideouts in Sinjar on Tuesday. A day later, the "
     "Iraqi government summoned the Turkish ambassador.", THU, "ACCUSE", "2024-03-13"),
    ("relative", "Turkish drones struck PKK hideouts in Sinjar on Tuesday. The previous day, "
     "Iraq had summoned the Turkish ambassador.", THU, "ACCUSE", "2024-03-11"),
    # "overnight" alone: the night straddles two days, none is guessed
    ("relative", "Turkish drones struck PKK hideouts in Sinjar overnight.", THU, "ASSAULT",
     None),
    ("relative", "Turkish drones struck PKK hideouts in Sinjar last Sunday.", THU, "ASSAULT",
     "2024-03-10"),
    ("relative", "Kataib Hezbollah attacked a U.S. base in Syria last month. The day before, "
     "Iranian forces had seized an oil tanker in the Gulf of Oman.", THU, "COERCE", None),
    # --- explicit dates --------------------------------------------------------------------
    ("explicit", "A U.S. drone killed a Kataib Hezbollah commander in Baghdad on Jan. 5.",
     "2024-01-20", "ASSAULT", "2024-01-05"),
    ("explicit", "A U.S. drone killed a Kataib Hezbollah commander in Baghdad on 5 January "
     "2020.", THU, "ASSAULT", "2020-01-05"),
    ("explicit", "A U.S. drone killed a Kataib Hezbollah commander in Baghdad on January 5th.",
     "2024-01-20", "ASSAULT", "2024-01-05"),
    ("explicit", "Iranian forces seized an oil tanker in the Gulf of Oman on the 3rd.",
     THU, "COERCE", "2024-03-03"),
    ("explicit", "Iranian forces seized a tanker on March 1 and another on the 3rd.",
     THU, "COERCE", "2024-03-01"),
    ("explicit", "The 3rd Brigade of the Iraqi army attacked Islamic State hideouts.", THU,
     "ASSAULT", None),
    ("explicit", "Iranian forces seized an oil tanker in the Gulf of Oman on 12 March.",
     THU, "COERCE", "2024-03-12"),
    ("explicit", "Iranian forces seized an oil tanker in the Gulf of Oman on Tuesday, March "
     "12.", THU, "COERCE", "2024-03-12"),
    ("explicit", "Iranian forces seized an oil tanker in the Gulf of Oman on 2024-03-02.",
     THU, "COERCE", "2024-03-02"),
    ("explicit", "Iranian forces seized an oil tanker in the Gulf of Oman on March 2nd, 2024.",
     THU, "COERCE", "2024-03-02"),
    ("two dates", "Turkish jets bombed PKK camps between Sunday and Tuesday.", THU, "ASSAULT",
     "2024-03-10"),
    ("two dates", "Turkish jets bombed PKK camps between 2019 and 2021.", THU, "ASSAULT", None),
    # --- a day told once and referred back to --------------------------------------------------
    ("referred", "Rockets struck the U.S. embassy in Baghdad on Friday. U.S. officials "
     "said Kataib Hezbollah carried out Friday's attack.", THU, "ASSAULT", "2024-03-08"),
    ("referred", "Kataib Hezbollah fired rockets at the U.S. embassy in Baghdad on Friday. The "
     "Iraqi government condemned the attack.", THU, "ASSAULT", "2024-03-08"),
    ("referred", "U.S. officials blamed Kataib Hezbollah for Friday's attack on the embassy.",
     THU, "ASSAULT", "2024-03-08"),
    ("referred", "U.S. officials blamed Kataib Hezbollah for the attack on the embassy.",
     THU, "ASSAULT", None),
    # --- reactions: the act takes its own day, not the reaction's ------------------------------
    ("reaction", "Iraq on Wednesday condemned the Turkish strike on Sinjar on Monday.",
     THU, "ASSAULT", "2024-03-11"),
    ("reaction", "Iraq on Wednesday condemned the Turkish strike on Sinjar.",
     THU, "ASSAULT", None),
    # an answer is not dated by the act it answers: on or after it, the day unknown
    ("reaction", "U.S. jets struck militia targets in response to the drone attack on Sunday.",
     THU, "ASSAULT", None),
    ("reaction", "U.S. jets struck militia targets in retaliation for Sunday's drone attack.",
     THU, "ASSAULT", None),
    ("reaction", "U.S. jets struck militia targets on Tuesday in response to the drone attack "
     "on Sunday.", THU, "ASSAULT", "2024-03-12"),
    ("reaction", "Kataib Hezbollah attacked a U.S. base in Syria on Sunday. In retaliation, "
     "U.S. jets struck the group's depots in Qaim.", THU, "ASSAULT", "2024-03-10"),
    ("reaction", "Drones attacked a U.S. base in Syria on Sunday. U.S. jets struck militia "
     "targets in Qaim in response.", THU, "ASSAULT", "2024-03-10"),
    # --- background in the past perfect: never the article's date ------------------------------
    ("background", "Kataib Hezbollah fired rockets at a U.S. base on Monday. Its founder had "
     "been killed in a U.S. strike in 2020.", THU, "ASSAULT", "2024-03-11"),
    ("background", "Kataib Hezbollah, which attacked the U.S. embassy in 2019, fired rockets "
     "at a U.S. base on Monday.", THU, "ASSAULT", "2024-03-11"),
    ("background", "Kataib Hezbollah vowed revenge on Tuesday. The group had attacked U.S. "
     "forces in Iraq many times before.", THU, "ASSAULT", None),
    # --- a date hung on a party's description, a claim, a reported clause ----------------------
    ("attached", "U.S. jets bombed two depots in Syria linked to Kataib Hezbollah on March 2.",
     THU, "ASSAULT", "2024-03-02"),
    ("attached", "U.S. jets bombed two depots in Syria linked to Kataib Hezbollah, which was "
     "founded in 2007.", THU, "ASSAULT", None),
    ("attached", "The Kurdistan Region government on Wednesday rejected Iran's claim that it "
     "had struck a spy centre in Erbil.", THU, "ASSAULT", None),
    ("attached", "The Kurdistan Region government on Wednesday rejected Iran's claim that it "
     "had struck a spy centre in Erbil. At least one missile hit a house in Erbil late on "
     "Monday, killing a businessman.", THU, "ASSAULT", "2024-03-11"),
    ("attached", "Drones struck a U.S. base in Syria on Wednesday. The attack came days after "
     "Kataib Hezbollah vowed to take revenge after confirming that two of its commanders had "
     "been killed in an Israeli strike on March 7.", THU, "THREATEN", None),
    ("attached", "Drones struck a U.S. base in Syria on Wednesday. The attack came days after "
     "Kataib Hezbollah vowed to take revenge after confirming that two of its commanders had "
     "been killed in an Israeli strike on March 7.", THU, "ASSAULT", "2024-03-07"),
    ("attached", "Kataib Hezbollah vowed revenge on Tuesday after confirming that two of its "
     "commanders had been killed.", THU, "THREATEN", "2024-03-12"),
    ("attached", "The Kurdistan Region government on Wednesday denied Iran's account, saying "
     "Iranian missiles had hit civilian homes in Erbil.", THU, "ASSAULT", None),
    ("attached", "The Kurdistan Region government on Wednesday denied Iran's account, saying "
     "Iranian missiles had hit civilian homes in Erbil. A missile struck a house in Erbil "
     "shortly before midnight on Monday.", THU, "ASSAULT", "2024-03-11"),
    ("attached", "The Kurdistan Region government on Wednesday denied Iran's account, saying "
     "Iranian missiles had hit civilian homes in Erbil. A missile slammed into a house in "
     "Erbil shortly before midnight on Monday. Iran has struck the region before.", THU,
     "ASSAULT", "2024-03-11"),
    ("attached", "Iraq struck PKK camps on Tuesday, saying the militants threatened its "
     "troops.", THU, "ASSAULT", "2024-03-12"),
    # --- an hour of a day, not a landmark act ---------------------------------------------------
    ("hour", "Gunmen attacked a checkpoint in Kirkuk shortly after 2 a.m. on Tuesday.", THU,
     "ASSAULT", "2024-03-12"),
    ("hour", "Gunmen attacked a checkpoint in Kirkuk shortly before midnight on Monday.", THU,
     "ASSAULT", "2024-03-11"),
    ("hour", "Gunmen attacked a checkpoint in Kirkuk shortly after the Turkish strike.", THU,
     "ASSAULT", None),
    # --- datelines: the story's own today ------------------------------------------------------
    ("dateline", "BAGHDAD, March 12 (Reuters) - Kataib Hezbollah fired rockets at a U.S. base "
     "on Monday.", THU, "ASSAULT", "2024-03-11"),
    ("dateline", "BAGHDAD, March 12 (Reuters) - Kataib Hezbollah fired rockets at a U.S. base "
     "yesterday.", THU, "ASSAULT", "2024-03-11"),
    # --- across a new year ---------------------------------------------------------------------
    ("new year", "Kataib Hezbollah fired rockets at a U.S. base on Dec. 29.", "2024-01-03",
     "ASSAULT", "2023-12-29"),
    ("new year", "Kataib Hezbollah fired rockets at a U.S. base on Saturday.", "2024-01-02",
     "ASSAULT", "2023-12-30"),
    ("new year", "Kataib Hezbollah fired rockets at a U.S. base last month.", "2024-01-09",
     "ASSAULT", "2023-12"),
    ("new year", "BAGHDAD, Jan 3 (Reuters) - Kataib Hezbollah fired rockets at a U.S. base on "
     "Sunday.", "2024-01-04", "ASSAULT", "2023-12-31"),
    # --- acts to come --------------------------------------------------------------------------
    ("future", "Iranian officials will meet the IAEA chief in Tehran on Monday.", THU,
     "AGREE", "2024-03-18"),
    ("future", "Kataib Hezbollah threatened on Tuesday to attack U.S. forces.", THU,
     "THREATEN", "2024-03-12"),
    # --- two dates in one sentence -------------------------------------------------------------
    ("two dates", "U.S. jets struck Kataib Hezbollah on Tuesday, two days after the group "
     "attacked a U.S. base in Syria.", THU, "ASSAULT", "2024-03-12"),
    ("two dates", "Iraq summoned the Turkish ambassador on Wednesday over a strike on Sinjar "
     "on Monday.", THU, "ACCUSE", "2024-03-13"),
    ("two dates", "Iraq summoned the Turkish ambassador on Wednesday over a strike on Sinjar "
     "on Monday.", THU, "ASSAULT", "2024-03-11"),
    ("two dates", "Turkish jets bombed PKK camps on Monday, and Iraq protested on Tuesday.", THU,
     "ASSAULT", "2024-03-11"),
]


@pytest.fixture(scope="module")
def ctx() -> Any:
    from brinkwatch.pipeline import build_context

    return build_context()


def _undated_answers(ctx: Any, text: str) -> list[str | None]:
    """The dates of the U.S. acts in the article ("reported" bounds as None)."""
    return [e.date.value if e.date.precision != "reported" else None
            for e in of(run(ctx, text, THU, every=True), "ASSAULT")
            if "United States" in {a.name or a.text for a in e.actors}]


def _dates(ctx: Any, text: str, published: str, type_: str) -> list[str | None]:
    """The dates the events of that type carry ("reported" bounds as None)."""
    return [e.date.value if e.date.precision != "reported" else None
            for e in of(run(ctx, text, published, every=True), type_)]


@pytest.mark.slow
@pytest.mark.parametrize(("cls", "text", "published", "type_", "expected"), ROWS)
def test_the_date_an_event_carries(ctx, cls, text, published, type_, expected):
    got = _dates(ctx, text, published, type_)
    if expected is None:
        assert all(v is None for v in got), (cls, got)
    else:
        assert expected in got, (cls, got)


# the answer itself ("struck X in response", "In retaliation, jets struck X") takes no day of
# another side's act; told with its own day it keeps it
@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Kataib Hezbollah attacked a U.S. base in Syria on Sunday. In retaliation, U.S. jets struck "
     "the group's depots in Qaim.", None),
    ("Drones attacked a U.S. base in Syria on Sunday. U.S. jets struck militia targets in Qaim "
     "in response.", None),
    ("Drones attacked a U.S. base in Syria on Sunday. U.S. jets struck militia targets in Qaim "
     "in response on Tuesday.", "2024-03-12"),
])
def test_an_answer_takes_no_day_of_the_act_it_answers(ctx, text, expected):
    got = _undated_answers(ctx, text)
    assert got and all(v == expected for v in got), got


# An act told with an adverb of an earlier, unnamed time is background: no date, not the news
# act of the same sides told beside it ("had previously attacked"); the adjective and the news
# act with its own day are no such thing. (article, type, a target it names, background)
EARLIER = [
    ("Kataib Hezbollah fired rockets at a U.S. base on Tuesday. The group had previously "
     "attacked the U.S. embassy in Baghdad.", "ASSAULT", "U.S. Embassy in Baghdad", True),
    ("Iran seized a Greek tanker on Tuesday. Iranian forces had once seized a British tanker in "
     "the Gulf.", "COERCE", "United Kingdom", True),
    ("Kataib Hezbollah vowed revenge on Tuesday. The group had attacked U.S. forces in Iraq "
     "many times before.", "ASSAULT", "U.S. military", True),
    ("Iran-backed militias have repeatedly attacked U.S. forces in Iraq.", "ASSAULT",
     "U.S. military", True),
    ("A previously unknown group attacked a U.S. convoy near Baghdad on Tuesday.", "ASSAULT",
     "United States", False),
    ("Iran-backed militias repeatedly attacked U.S. forces in Iraq on Tuesday.", "ASSAULT",
     "U.S. military", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "target", "background"), EARLIER)
def test_an_act_told_as_earlier_is_background(ctx, text, type_, target, background):
    got = [e for e in of(run(ctx, text, THU, every=True), type_)
           if target in {t.name or t.text for t in e.targets}]
    assert got, "no such event"
    assert all(e.background == background for e in got), [(e.background, e.date) for e in got]
    if background:
        assert all(e.date.value is None for e in got)
    else:
        assert all(e.date.value == "2024-03-12" for e in got)


# "slammed into" is a blow, "slammed" alone a rebuke (an act of Iraq, or of anyone: None)
@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "who", "expected"), [
    ("A drone slammed into a U.S. base in Syria on Tuesday.", "ASSAULT", None, True),
    ("A rocket crashed into the U.S. embassy compound in Baghdad on Tuesday.", "ASSAULT", None,
     True),
    ("Iraq slammed the Turkish strike on Sinjar on Tuesday.", "ASSAULT", "Iraq", False),
    ("Iraq slammed the Turkish strike on Sinjar on Tuesday.", "ACCUSE", "Iraq", True),
])
def test_slammed_into_is_a_blow(ctx, text, type_, who, expected):
    got = [e for e in of(run(ctx, text, THU, every=True), type_)
           if who is None or who in {a.name or a.text for a in e.actors}]
    assert bool(got) == expected, got
