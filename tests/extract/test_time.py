"""Event dates: explicit and relative expressions, attachment to the trigger, article cues."""

from __future__ import annotations

from pathlib import Path

import pytest

from brinkwatch.extract.time import article_date_cues, interpret, resolve_date
from brinkwatch.records import Article, DateRef

PUB = "2026-01-07"  # a Wednesday
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="module")
def nlp():
    from brinkwatch.nlp import build_pipeline

    return build_pipeline()


def _parse(nlp, text: str, published: str | None = PUB):
    from brinkwatch.nlp import parse

    return parse(nlp, Article(id="t", origin="test", text=text, published=published))


def _date(nlp, text: str, trigger: str | None, published: str | None = PUB) -> DateRef:
    parsed = _parse(nlp, text, published)
    anchor = None
    if trigger is not None:
        anchor = next(t.i for t in parsed.doc if t.text == trigger)
    return resolve_date(parsed, 0, anchor=anchor)


# --- one expression, with and without a publication date -------------------------------------

@pytest.mark.parametrize(("text", "with_pub", "without_pub"), [
    # explicit dates resolve with or without a publication date
    ("October 9, 2025", ("2025-10-09", "day", None), ("2025-10-09", "day", None)),
    ("9 October 2025", ("2025-10-09", "day", None), ("2025-10-09", "day", None)),
    ("Sept. 30th, 2025", ("2025-09-30", "day", None), ("2025-09-30", "day", None)),
    ("2025-10-09", ("2025-10-09", "day", None), ("2025-10-09", "day", None)),
    ("January 2020", ("2020-01", "month", None), ("2020-01", "month", None)),
    ("2024", ("2024", "year", None), ("2024", "year", None)),
    # month-day without a year: nearest to publication (Dec. 29 before a January article)
    ("Oct. 9", ("2025-10-09", "day", None), (None, None, None)),
    ("Dec. 29", ("2025-12-29", "day", None), (None, None, None)),
    ("Jan. 10", ("2026-01-10", "day", None), (None, None, None)),
    # weekdays: the most recent one on or before publication ("late on" = same day)
    ("Monday", ("2026-01-05", "day", None), (None, None, None)),
    ("late on Monday", ("2026-01-05", "day", None), (None, None, None)),
    ("Monday night", ("2026-01-05", "day", None), (None, None, None)),
    ("Wednesday", ("2026-01-07", "day", None), (None, None, None)),
    ("Thursday", ("2026-01-01", "day", None), (None, None, None)),
    # the small hours of the day after publication: that next day (the outlet's clock is
    # behind the theatre's), not six days back; a night or a bare weekday stays in the past
    ("early Thursday", ("2026-01-08", "day", None), (None, None, None)),
    ("Thursday morning", ("2026-01-08", "day", None), (None, None, None)),
    ("early on Thursday", ("2026-01-08", "day", None), (None, None, None)),
    ("Thursday night", ("2026-01-01", "day", None), (None, None, None)),
    ("early Monday", ("2026-01-05", "day", None), (None, None, None)),
    ("yesterday", ("2026-01-06", "day", None), (None, None, None)),
    ("two days ago", ("2026-01-05", "day", None), (None, None, None)),
    # ranges and coarse precisions
    ("last week", ("2025-12-29", "range", "2026-01-04"), (None, None, None)),
    ("in recent weeks", ("2025-12-17", "range", "2026-01-07"), (None, None, None)),
    ("earlier this month", ("2026-01-01", "range", "2026-01-07"), (None, None, None)),
    ("last month", ("2025-12", "month", None), (None, None, None)),
    ("this year", ("2026", "year", None), (None, None, None)),
    ("since 2003", ("2003-01-01", "range", "2026-01-07"), ("2003-01-01", "range", None)),
    # numeric dates: a number over 12 is the day; else the reading on or before publication;
    # else (both could be meant) the range between the two readings, never one of them guessed
    ("13/01/2026", ("2026-01-13", "day", None), ("2026-01-13", "day", None)),
    ("01/13/2026", ("2026-01-13", "day", None), ("2026-01-13", "day", None)),
    ("05/01/2026", ("2026-01-05", "day", None), ("2026-01-05", "range", "2026-05-01")),
    ("5.1.2026", ("2026-01-05", "day", None), ("2026-01-05", "range", "2026-05-01")),
    ("06/05/2026", ("2026-05-06", "range", "2026-06-05"), ("2026-05-06", "range", "2026-06-05")),
    ("2026/01/05", ("2026-01-05", "day", None), ("2026-01-05", "day", None)),
    # the weekend just gone (in a Wednesday article: the 3rd and 4th), not the one before it
    ("this past weekend", ("2026-01-03", "range", "2026-01-04"), (None, None, None)),
    ("last weekend", ("2026-01-03", "range", "2026-01-04"), (None, None, None)),
    ("4th of January", ("2026-01-04", "day", None), (None, None, None)),
    # a day of the month alone: this month's, or last month's when it is still to come
    ("the 3rd", ("2026-01-03", "day", None), (None, None, None)),
    ("the 9th", ("2025-12-09", "day", None), (None, None, None)),
    ("the 31st", ("2025-12-31", "day", None), (None, None, None)),
    ("the 29th", ("2025-12-29", "day", None), (None, None, None)),
    # a month named against the year of publication
    ("in March of last year", ("2025-03", "month", None), (None, None, None)),
    ("October this year", ("2026-10", "month", None), (None, None, None)),
    ("last November", ("2025-11", "month", None), (None, None, None)),
    ("last January", ("2025-01", "month", None), (None, None, None)),
    ("next February", ("2026-02", "month", None), (None, None, None)),
])
def test_expression_resolves_against_publication_date(text, with_pub, without_pub):
    from brinkwatch.extract.time import _resolve_text

    for pub, expected in ((PUB, with_pub), (None, without_pub)):
        ref = _resolve_text(text, None, pub)
        assert ref is not None, text
        assert (ref.value, ref.precision, ref.end) == expected, (text, pub)
        assert ref.text == text  # the words are kept even when unresolved


@pytest.mark.parametrize("text", ["the past", "soon", "recently", "a long time", "the coming era",
                                  "13/13/2026", "31/02/2026"])
def test_vague_words_are_not_dates(text):
    assert interpret(text) is None


# --- dates in sentences --------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "trigger", "value", "precision", "text"), [
    ("On October 9, 2025, the Treasury imposed sanctions on the group.", "imposed",
     "2025-10-09", "day", "On October 9, 2025"),
    ("Drones struck the base on Dec. 29.", "struck", "2025-12-29", "day", "on Dec. 29"),
    ("In January 2020, the US killed the commander.", "killed", "2020-01", "month",
     "In January 2020"),
    ("The embassy was attacked on 2025-10-09 by militias.", "attacked", "2025-10-09", "day",
     "on 2025-10-09"),
    ("In a statement issued late on Monday, the group threatened US forces.", "threatened",
     "2026-01-05", "day", "late on Monday"),
    ("Militants fired rockets at the base on Monday night.", "fired", "2026-01-05", "day",
     "on Monday night"),
    # "early" outside the model's DATE entity still counts ("early on Thursday")
    ("Gunmen attacked a checkpoint early on Thursday.", "attacked", "2026-01-08", "day",
     "early on Thursday"),
    ("Gunmen attacked a checkpoint on Thursday.", "attacked", "2026-01-01", "day",
     "on Thursday"),
    ("Iraq warned Iran against interference in recent weeks.", "warned", "2025-12-17", "range",
     "in recent weeks"),
    ("The US carried out strikes on the town earlier this month.", "strikes", "2026-01-01",
     "range", "earlier this month"),
    ("The US has kept troops in the country since 2003.", "kept", "2003-01-01", "range",
     "since 2003"),
    # two dates: the one attached to the trigger wins
    ("The strike came two days ago, officials said yesterday.", "strike", "2026-01-05", "day",
     "two days ago"),
    ("The strike came two days ago, officials said yesterday.", "said", "2026-01-06", "day",
     "yesterday"),
    ("Officials said on Tuesday that militias attacked the base on Monday.", "attacked",
     "2026-01-05", "day", "on Monday"),
    ("The militia, which was founded in 2003, attacked the base on Monday.", "attacked",
     "2026-01-05", "day", "on Monday"),
    ("The attack, the deadliest since 2003, killed five soldiers last week.", "killed",
     "2025-12-29", "range", "last week"),
    # a single date elsewhere in the sentence still counts
    ("Officials said on Tuesday that militias attacked the base.", "attacked", "2026-01-06",
     "day", "on Tuesday"),
    # the adverbial clause's date is the main clause's when the trigger is in it
    ("The Guards struck the base, saying the move answered an airstrike on Monday.", "answered",
     "2026-01-05", "day", "on Monday"),
    # a coordinated clause with its own subject dates its own act, not the trigger's
    ("A U.S. drone strike on a truck in western Mosul on Tuesday night killed a senior commander "
     "of Harakat al-Nujaba, the group Washington blames for the rocket attack on its embassy last "
     "month, officials said.", "killed", "2026-01-06", "day", "on Tuesday night"),
    # a day right after the verb of saying, before the reported clause's subject, is the
    # saying's: the act's own day is the one of the act noun it took place in
    ("The Houthis said on Tuesday they had launched drones at a tanker in raids early on "
     "Sunday.", "launched", "2026-01-04", "day", "early on Sunday"),
    ("Hezbollah said on Tuesday it had fired rockets at the border post during an attack "
     "on Monday.", "fired", "2026-01-05", "day", "on Monday"),
    # negative rows: the reported clause's own day after its subject stays its day; a said
    # clause with no day of its own gets none from the saying
    ("The ministry said the Houthis on Monday fired drones at the tanker.", "fired",
     "2026-01-05", "day", "on Monday"),
    # a coordinated verb with no subject of its own shares the first verb's day
    ("The militia shelled the base on Monday and wounded two guards.", "wounded", "2026-01-05",
     "day", "on Monday"),
    # a day the parser hung on the clause's subject is the clause's day
    ("Iraqi officials on Thursday accused the militia of shelling the airport.", "accused",
     "2026-01-01", "day", "on Thursday"),
    ("Kurdish officials in Erbil on Monday condemned the drone strike.", "condemned",
     "2026-01-05", "day", "on Monday"),
    # a numeric date the model may tag as part of a name
    ("Gunmen attacked the convoy on 05/01/2026.", "attacked", "2026-01-05", "day",
     "on 05/01/2026"),
])
def test_sentence_date(nlp, sentence, trigger, value, precision, text):
    ref = _date(nlp, sentence, trigger)
    assert (ref.value, ref.precision, ref.text) == (value, precision, text)


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("US forces have been in Iraq since the 2003 invasion.", "been"),
    ("Rocket fire has increased, more than during the 2003 Iraq invasion.", "increased"),
    ("The toll is higher than the 2003 war.", "is"),
    ("The attack, the deadliest since 2003, killed five soldiers.", "killed"),
    ("The militia, which was founded in 2003, attacked the base.", "attacked"),
    ("Iran's influence has grown since the invasion of 2003.", "grown"),
    ("Militias attacked the base.", "attacked"),  # no time expression at all
    # a date inside an adverbial clause that does not contain the trigger
    ("The Guards struck the base, saying the move answered an airstrike on Monday.", "struck"),
    # a coordinated clause with its own subject is not dated by the first clause's object
    ("Officials say the raids answered a barrage on Dec. 29, and the army blames the militia "
     "for it.", "blames"),
])
def test_past_context_is_not_the_event_date(nlp, sentence, trigger):
    assert _date(nlp, sentence, trigger) == DateRef()


# an event placed against another one takes the landmark's day shifted (a day, or a range of
# days when only "hours" are given); its own date, or the landmark itself, keeps the day
# (sentence, trigger, (value, precision, end))
LANDMARKS = [
    ("Militiamen shelled the airport two days after the raid on Sunday.", "shelled",
     ("2026-01-06", "day", None)),
    ("Militiamen shelled the airport the day before the raid on Sunday.", "shelled",
     ("2026-01-03", "day", None)),
    ("Crowds marched to the consulate on the eve of the election on Sunday.", "marched",
     ("2026-01-03", "day", None)),
    ("Militiamen shelled the airport hours after the raid on Sunday.", "shelled",
     ("2026-01-04", "range", "2026-01-05")),
    # negative rows: the event's own day; the landmark's own day
    ("Militiamen shelled the airport on Monday, hours after the raid on Sunday.", "shelled",
     ("2026-01-05", "day", None)),
    ("Militiamen shelled the airport hours after the raid on Sunday.", "raid",
     ("2026-01-04", "day", None)),
    ("Militiamen shelled the airport after the raid on Sunday.", "shelled", (None, None, None)),
    # the other way round: an act told as the landmark another is counted from ("shelled the
    # airport on Tuesday, two days after militiamen raided ...") is that many days before it; the
    # act counted from keeps its own day; "days after" gives no count (PUB is a Wednesday)
    ("Militiamen shelled the airport on Tuesday, two days after soldiers raided their camp.",
     "raided", ("2026-01-04", "day", None)),
    ("The army stormed the camp on Monday, three days after rebels had ambushed a convoy.",
     "ambushed", ("2026-01-02", "day", None)),
    ("Gunmen torched the office on Tuesday, a day before police arrested their leader.",
     "arrested", ("2026-01-07", "day", None)),
    ("Rebels seized the bridge on Tuesday, hours after the army shelled the town.",
     "shelled", ("2026-01-05", "range", "2026-01-06")),
    # an act noun told as the landmark counts alike ("two days after U.S. strikes on ...")
    ("Protesters stormed the consulate on Tuesday, two days after Turkish strikes on Sinjar.",
     "strikes", ("2026-01-04", "day", None)),
    ("Crowds blocked the border road on Monday, a day before the raid on the camp.",
     "raid", ("2026-01-06", "day", None)),
    # negative rows: the act counted from keeps its day; no count, no shift
    ("Militiamen shelled the airport on Tuesday, two days after soldiers raided their camp.",
     "shelled", ("2026-01-06", "day", None)),
    ("Protesters stormed the consulate on Tuesday, after Turkish strikes on Sinjar.",
     "strikes", (None, None, None)),
    ("The army stormed the camp on Monday, days after rebels had ambushed a convoy.",
     "stormed", ("2026-01-05", "day", None)),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), LANDMARKS)
def test_an_event_placed_against_a_landmark(nlp, sentence, trigger, expected):
    ref = _date(nlp, sentence, trigger)
    assert (ref.value, ref.precision, ref.end) == expected


# --- round 8: the reaction's day, a part of a named day, a landmark joined as a conjunct ----

# The day of a verbal reaction ("condemned on Sunday the strike that ...") is not the day of
# the act it is about; a time phrase inside the object still dates that act. (PUB: Wednesday
# 2026-01-07.)
REACTED = [
    ("Kurdish leaders on Sunday condemned the drone strike that destroyed the party office.",
     "strike", None),
    ("The ministry on Friday denounced the raid which wrecked two shops.", "wrecked", None),
    ("Tehran blamed Washington on Tuesday for the bombing of the convoy.", "bombing", None),
    ("Kurdish leaders on Sunday condemned the drone strike on Saturday that destroyed the "
     "party office.", "strike", "2026-01-03"),
    # negative rows: the reaction keeps its own day; a material act's object is no reaction's
    ("Kurdish leaders on Sunday condemned the drone strike that destroyed the party office.",
     "condemned", "2026-01-04"),
    ("Militiamen on Monday stormed the office that the party used.", "stormed", "2026-01-05"),
]


# "on the night of Dec. 30", "in the early hours of Monday": one time phrase, the act's, not
# a later date of the sentence the parser hung on the verb
PART_OF_A_DAY = [
    ("Rebels shelled the town on the night of Dec. 30 in revenge for a raid on their camp on "
     "Dec. 21.", "shelled", "2025-12-30"),
    ("Iran fired rockets at the camp on the night of Jan. 3, in answer to a strike on its "
     "convoy on Dec. 28.", "fired", "2026-01-03"),
    ("Gunmen stormed the checkpoint in the early hours of Monday.", "stormed", "2026-01-05"),
    # negative row: the other act keeps its own date
    ("Rebels shelled the town on the night of Dec. 30 in revenge for a raid on their camp on "
     "Dec. 21.", "raid", "2025-12-21"),
]


@pytest.mark.parametrize(("text", "value"), [
    ("the early hours of Sunday", "2026-01-04"),
    ("the small hours of Friday", "2026-01-02"),
    ("the wee hours of Jan. 3", "2026-01-03"),
    ("the night of the vote", None),
])
def test_hours_of_a_day(text, value):
    from brinkwatch.extract.time import _resolve_text

    ref = _resolve_text(text, "in", PUB)
    assert (ref.value if ref is not None else None) == value


# "X came a day after soldiers and police shot at Y": the parser may make the landmark's
# verb a conjunct of "came" ("after troops" a phrase of its own); the act is still counted back
# from "came"; a clause after a comma is no landmark
CONJOINED_LANDMARKS = [
    ("The cleric's appeal on Friday came a day after soldiers and riot police shot at "
     "marchers outside the court.", "shot", "2026-01-01"),
    ("The governor's resignation on Friday came two days after guards and riot police shot at "
     "students in Amara.", "shot", "2025-12-31"),
    # the count hung on "came" itself ("came a day after X did Y")
    ("The governor's move on Friday came a day after guards and policemen opened fire on a "
     "rally in Amara.", "opened", "2026-01-01"),
    # negative rows: after a comma the clause tells its own day; "came" keeps its day
    ("The visit on Tuesday came two days after the vote, and militiamen clashed near the border "
     "on Monday.", "clashed", "2026-01-05"),
    ("The cleric's appeal on Friday came a day after soldiers and riot police shot at "
     "marchers outside the court.", "came", "2026-01-02"),
]


# A weekday of an act told as still to come is the coming one (today included), not the last
# (PUB: Wednesday 2026-01-07); an act done keeps the last one
AHEAD = [
    ("The foreign minister will fly to Ankara on Saturday.", "fly", "2026-01-10"),
    ("The council is expected to vote on the budget on Monday.", "vote", "2026-01-12"),
    ("The envoy plans to visit Erbil on Wednesday.", "visit", "2026-01-07"),
    # negative rows: done acts; a threat made on a day is that day's
    ("The foreign minister flew to Ankara on Saturday.", "flew", "2026-01-03"),
    ("The militia threatened on Tuesday to shell the airport.", "threatened", "2026-01-06"),
]


# A participle that opens the sentence tells the day of its clause ("Speaking to reporters on
# Monday, X condemned ..."); a relative clause of the subject act saying when it happened
# dates the act ("the raid, which took place late on Monday, left two dead"); a relative
# clause of another noun, or a participle telling an earlier act, does not
OPENING = [
    ("Speaking to reporters on Monday, the governor condemned the shelling of the market.",
     "condemned", "2026-01-05"),
    ("Addressing parliament on Tuesday, the prime minister rejected the demands.", "rejected",
     "2026-01-06"),
    ("The attack on the convoy, which happened on Sunday night, killed four soldiers, police "
     "said.", "killed", "2026-01-04"),
    ("The raid, which took place late on Monday, left two dead.", "left", "2026-01-05"),
    # negative rows
    ("The minister, who visited the base on Sunday, praised the troops.", "praised", None),
    ("The convoy, which left Baghdad on Sunday, was ambushed near Tikrit.", "ambushed", None),
    ("Having fled on Monday, the men were arrested on Tuesday.", "arrested", "2026-01-06"),
]


@pytest.mark.parametrize(("sentence", "trigger", "value"),
                         REACTED + PART_OF_A_DAY + CONJOINED_LANDMARKS + AHEAD + OPENING)
def test_reactions_parts_of_days_landmarks_and_acts_to_come(nlp, sentence, trigger, value):
    assert _date(nlp, sentence, trigger).value == value



# Words counting forward from the story's last day ("A day later, ...", "The same night,
# ..."): from the day the sentences just before give; never forward from the day of writing,
# and nothing without a day to count from. (text, trigger in the last sentence, value)
FORWARD = [
    ("Gunmen ambushed a convoy near Samarra on Monday. A day later, militants shelled a "
     "checkpoint.", "shelled", "2026-01-06"),
    ("Gunmen ambushed a convoy near Samarra on Monday. The next morning, militants shelled a "
     "checkpoint.", "shelled", "2026-01-06"),
    ("Gunmen ambushed a convoy near Samarra on Monday. The same night, militants shelled a "
     "checkpoint.", "shelled", "2026-01-05"),
    ("Gunmen ambushed a convoy near Samarra on Sunday. Two days later, militants shelled a "
     "checkpoint.", "shelled", "2026-01-06"),
    # negative rows: no day before to count from
    ("Gunmen ambushed a convoy near Samarra. A day later, militants shelled a checkpoint.",
     "shelled", None),
    ("Gunmen ambushed a convoy near Samarra. The same night, militants shelled a checkpoint.",
     "shelled", None),
]


@pytest.mark.parametrize(("text", "trigger", "value"), FORWARD)
def test_words_counting_forward_from_the_story(nlp, text, trigger, value):
    parsed = _parse(nlp, text)
    k = len(parsed.sentences) - 1
    anchor = next(t.i for t in parsed.doc if t.text == trigger)
    assert resolve_date(parsed, k, anchor=anchor).value == value

# expressions counted from the day the sentence tells of ("on Tuesday ... the night before"),
# a day owned by the act noun the act happened in ("detained in Monday's raid"), the day of
# an act noun that is the clause's subject ("a strike on the convoy on Monday killed ...") or
# carries the act's relative clause ("an ambush on Monday that wounded ..."); a relative
# clause the parser hung on the act as a conjunct with no "and" keeps its own day
STORY_DAYS = [
    ("The ministry on Tuesday condemned the shelling that hit the market the night before.",
     "hit", "2026-01-05"),
    ("Officials on Monday denounced the raid that wrecked the office a day earlier.",
     "wrecked", "2026-01-04"),
    ("Police said on Tuesday that the men detained in Sunday's raid were still held.",
     "detained", "2026-01-04"),
    ("Elders said on Tuesday that the fighters captured in Saturday night's sweep had escaped.",
     "captured", "2026-01-03"),
    ("A drone strike on a truck near the border on Monday evening killed two smugglers, the "
     "police said.", "killed", "2026-01-05"),
    ("Rebels claimed an ambush on Sunday that wounded four guards.", "wounded", "2026-01-04"),
    # negative rows: words counted from the day of writing; the reporting verb's own day;
    # the other act's "last month" does not date the strike
    ("Police said yesterday that the men detained in the raid were still held.", "said",
     "2026-01-06"),
    ("The ministry on Tuesday condemned the shelling that hit the market the night before.",
     "condemned", "2026-01-06"),
    ("The government on Tuesday denounced the bombing that killed two tribal elders north of "
     "the city the night before.", "denounced", "2026-01-06"),
    ("A strike on a truck on Monday killed a militia officer, the group the army blames for "
     "the ambush last month, officials said.", "killed", "2026-01-05"),
]


@pytest.mark.parametrize(("sentence", "trigger", "value"), STORY_DAYS)
def test_days_the_story_gives(nlp, sentence, trigger, value):
    assert _date(nlp, sentence, trigger).value == value


# the dateline's day is the story's own today: its relative words count from it (a wire story
# a page republished days later); without one, from the publication date
@pytest.mark.parametrize(("text", "expected", "today"), [
    ("KIRKUK, Jan 2 (Gulf Wire) - Gunmen ambushed a patrol on Wednesday.", "2025-12-31",
     "2026-01-02"),
    ("KIRKUK (Gulf Wire) - Gunmen ambushed a patrol on Wednesday.", "2026-01-07", PUB),
    ("Gunmen ambushed a patrol on Wednesday.", "2026-01-07", PUB),
])
def test_the_dateline_is_the_story_s_today(nlp, text, expected, today):
    from brinkwatch.extract.time import reference_date

    parsed = _parse(nlp, text)
    k = len(parsed.sentences) - 1
    anchor = next(t.i for t in parsed.doc if t.text == "ambushed")
    assert resolve_date(parsed, k, anchor=anchor).value == expected
    assert reference_date(parsed) == today


# a page's own stamp in its first lines, when the document carries no date: "Published" before a
# date-only line before "Updated"; a date in a sentence is no stamp; a numeric date whose day and
# month could be swapped gives none
@pytest.mark.parametrize(("text", "expected"), [
    ("Published 2026-01-05 10:30\nGunmen ambushed a patrol.", "2026-01-05"),
    ("Posted on: 5 January 2026\nGunmen ambushed a patrol.", "2026-01-05"),
    ("Updated Jan. 6, 2026\nPublished Jan. 5, 2026\nGunmen ambushed a patrol.", "2026-01-05"),
    ("Monday, January 5, 2026\nGunmen ambushed a patrol.", "2026-01-05"),
    ("Updated: 13/01/2026 14:02\nGunmen ambushed a patrol.", "2026-01-13"),
    ("Updated: 06/01/2026 14:02\nGunmen ambushed a patrol.", None),
    ("Gunmen ambushed a patrol on January 5, 2026 near Tikrit.", None),
    ("Gunmen ambushed a patrol.", None),
])
def test_stated_publication(nlp, text, expected):
    from brinkwatch.extract.time import publication_date, stated_publication

    got = stated_publication(text)
    assert (got.value if got is not None else None) == expected
    assert publication_date(_parse(nlp, text, published=None)) == expected
    assert publication_date(_parse(nlp, text, published="2026-01-09")) == "2026-01-09"


@pytest.mark.parametrize(("sentence", "trigger", "value", "precision"), [
    ("Protesters stormed the embassy on 31 December 2019.", "stormed", "2019-12-31", "day"),
    ("The group attacked the base in 2024.", "attacked", "2024", "year"),
    ("Militias attacked the base on Monday.", "attacked", None, None),
    ("Drones struck the base on Dec. 29.", "struck", None, None),
    ("The group threatened US forces last week.", "threatened", None, None),
])
def test_undated_article(nlp, sentence, trigger, value, precision):
    ref = _date(nlp, sentence, trigger, published=None)
    assert (ref.value, ref.precision) == (value, precision)
    assert ref.text  # the words are kept for a later pass that dates the article


def test_publication_date_argument_overrides_article(nlp):
    parsed = _parse(nlp, "Militias attacked the base on Monday.", published=None)
    assert resolve_date(parsed, 0, published="2026-01-07").value == "2026-01-05"
    assert resolve_date(parsed, 0, published="2026-01-07T10:00:00+00:00").value == "2026-01-05"


def test_bad_sentence_index_says_what_to_do(nlp):
    parsed = _parse(nlp, "Militias attacked the base on Monday.")
    with pytest.raises(IndexError, match="out of range"):
        resolve_date(parsed, 5)


# --- article cues ----------------------------------------------------------------------------

def test_article_date_cues_most_frequent_first(nlp):
    text = ("On Oct. 9, 2025, the Treasury imposed sanctions.\n"
            "The group answered on 12 October 2025.\n"
            "Officials recalled that on October 12, 2025 the talks had failed.\n"
            "Strikes followed on Monday and in January 2020.")
    cues = article_date_cues(_parse(nlp, text, published=None))
    assert [c.value for c in cues] == ["2025-10-12", "2025-10-09"]
    assert all(c.precision == "day" for c in cues)
    assert cues[0].text == "12 October 2025"


def test_article_date_cues_none(nlp):
    assert article_date_cues(_parse(nlp, "Militias attacked the base on Monday.")) == []


def test_seed_article_cue():
    path = SHARED / "corpus" / "seeds" / "000_b63f28137d1a4582.txt"
    if not path.exists():
        pytest.skip("shared seed corpus not available")
    from brinkwatch.nlp import build_pipeline, parse

    parsed = parse(build_pipeline(), Article(id="s", origin=str(path), text=path.read_text()))
    cues = article_date_cues(parsed)
    assert cues and cues[0].value == "2025-10-09"
