"""Dating undated articles: each cue, their combination, alternatives and conflicts."""

from __future__ import annotations

import pytest

from brinkwatch.analysis.dating import (
    DateCue,
    MentionSpan,
    combine,
    estimate_publication,
    explicit_dates,
    narrow,
)
from brinkwatch.analysis.rules import load_rules
from brinkwatch.kb.model import KBActor, OfficeTerm, TheatreKB

RULES = load_rules()


@pytest.mark.parametrize(("text", "dates"), [
    ("On March 3, 2024, the convoy was hit.", ["2024-03-03"]),
    ("The talks of 14 February 2023 failed.", ["2023-02-14"]),
    ("Sanctions imposed in June 2022 remain.", ["2022-06-01"]),
    ("The base was handed over in 2019 after talks.", ["2019-01-01"]),
    # deadlines and plans are not lower bounds
    ("Troops will leave by September 2026.", []),
    ("The mission ends by the end of September 2026.", []),
    ("Elections will be held on November 11, 2030.", []),
    ("Talks are scheduled for May 2031.", []),
    ("Advisers withdraw no later than the start of June 2027, and the bases close.", []),
    ("The mandate runs until the first of March 2028.", []),
    # a past date after "the ... of" is still a lower bound
    ("Fighting resumed in the heat of August 2023 near the dam.", ["2023-08-01"]),
])
def test_explicit_dates(text: str, dates: list[str]) -> None:
    assert [d for d, _, _ in explicit_dates(text)] == dates


def _kb() -> TheatreKB:
    return TheatreKB(actors=[
        KBActor(id="office_x_minister", name="Minister of Ports of Xland", type="office",
                aliases=("Xland Ports Minister", "Ports Minister")),
        KBActor(id="office_x_pm", name="Prime Minister of Xland", type="office",
                aliases=("Xland prime minister",)),
        KBActor(id="p_ana", name="Ana Vell", type="person", offices=(
            OfficeTerm(office="office_x_minister", start="2021-03-01", end="2021-05-31"),)),
        KBActor(id="p_bo", name="Bo Carr", type="person", offices=(
            OfficeTerm(office="office_x_pm", start="2010-01-01", end="2012-01-01"),
            OfficeTerm(office="office_x_pm", start="2018-01-01", end=None),)),
    ])


def _mention(text: str, name: str, kb_id: str) -> MentionSpan:
    i = text.index(name)
    return MentionSpan(start=i, end=i + len(name), text=name, kb_id=kb_id, method="alias")


def test_office_tenure_bounds_the_date() -> None:
    text = "Xland Ports Minister Ana Vell said the quay would reopen."
    est = estimate_publication(text, kb=_kb(), rules=RULES, first_seen="2026-01-01",
                               mentions=[_mention(text, "Ana Vell", "p_ana")])
    assert (est.start, est.end) == ("2021-03-01", "2021-05-31")
    assert est.confidence in ("high", "medium")
    assert any(c.kind == "office-tenure" and "Ana Vell" in c.text for c in est.cues)


def test_a_name_without_its_title_gives_no_tenure() -> None:
    text = "Ana Vell, a former dockworker, spoke at the quay."
    est = estimate_publication(text, kb=_kb(), rules=RULES, first_seen="2026-01-01",
                               mentions=[_mention(text, "Ana Vell", "p_ana")])
    assert not any(c.kind == "office-tenure" for c in est.cues)


def test_former_title_dates_after_the_term() -> None:
    text = "The former minister Ana Vell criticised the new port fees."
    est = estimate_publication(text, kb=_kb(), rules=RULES, first_seen="2026-01-01",
                               mentions=[_mention(text, "Ana Vell", "p_ana")])
    assert est.start == "2021-05-31"


def test_several_terms_are_alternatives_chosen_by_the_other_cues() -> None:
    text = "On May 2, 2019, the cabinet met. Xland prime minister Bo Carr opened the port."
    est = estimate_publication(text, kb=_kb(), rules=RULES, first_seen="2026-01-01",
                               mentions=[_mention(text, "Bo Carr", "p_bo")])
    assert est.start == "2019-05-02" and not est.conflicts
    tenure = [c for c in est.cues if c.kind == "office-tenure"]
    assert [(c.start, c.end) for c in tenure] == [("2018-01-01", "2026-01-01")]  # the 2nd term


def test_title_that_exists_from_a_date() -> None:
    est = estimate_publication("The Secretary of War spoke to reporters.", kb=_kb(), rules=RULES,
                               first_seen="2026-01-01")
    assert est.start == "2025-09-05" and est.end == "2026-01-01"


def test_forward_reference_closes_the_interval() -> None:
    text = "On October 1, 2025, parties met to prepare for the upcoming elections in Iraq."
    est = estimate_publication(text, kb=_kb(), rules=RULES, first_seen="2026-06-01")
    assert (est.start, est.end) == ("2025-10-01", "2025-11-11")
    assert any(c.kind == "forward-reference" for c in est.cues)


def test_no_cue_no_estimate() -> None:
    est = estimate_publication("Militias are a problem for the state.", kb=_kb(), rules=RULES,
                               first_seen="2026-01-01")
    assert est.start is None and est.confidence == "none"


def test_recency_closes_an_open_interval_with_low_confidence() -> None:
    est = estimate_publication("On March 3, 2024, the convoy was hit.", kb=_kb(), rules=RULES,
                               first_seen="2026-01-01")
    assert est.start == "2024-03-03" and est.end == "2024-05-02"
    assert est.confidence == "low"


def test_conflicting_cues_are_reported_not_averaged() -> None:
    cues = [DateCue(kind="explicit-date", text="May 2, 2024", start="2024-05-02", end=None),
            DateCue(kind="office-tenure", text="Minister X", start="2020-01-01", end="2021-01-01")]
    est = combine(cues)
    assert est.start == "2024-05-02" and est.conflicts


def test_story_cue_narrows() -> None:
    est = combine([DateCue(kind="first-seen", text="read", start=None, end="2026-01-01"),
                   DateCue(kind="office-tenure", text="x", start="2020-01-01", end="2026-01-01")])
    est2 = narrow(est, [DateCue(kind="story", text="same story", start="2024-01-04",
                                end="2024-01-10")])
    assert (est2.start, est2.end, est2.confidence) == ("2024-01-04", "2024-01-10", "high")


@pytest.fixture()
def past_rules(tmp_path):
    f = tmp_path / "rules.yaml"
    f.write_text(
        "format: brinkwatch-crossref/1\npast_events:\n"
        "  - {what: 'dam breach', date: '2024-02-10', words: [[breach, dam]], sources: [test]}\n"
        "  - {what: 'port fire', date: '2021-06-01', words: [[fire, port|harbour]], sources: [test]}\n"
        "  - {what: 'port fire', date: '2024-07-01', words: [[fire, port|harbour]], sources: [test]}\n",
        encoding="utf-8")
    return load_rules(str(f))


@pytest.mark.parametrize(("text", "interval"), [
    # named: written after it; told as news ("has", "amid", "recent"): within RECENT_DAYS
    ("Engineers inspected the dam after its breach years ago.", ("2024-02-10", "2026-01-01")),
    ("Farmers, who have lost fields since the dam breach, met the governor.",
     ("2024-02-10", "2024-05-10")),
    ("Prices rose amid the recent breach of the dam.", ("2024-02-10", "2024-05-10")),
    ("The dam held, and no breach was feared.", ("2024-02-10", "2026-01-01")),
    # a sentence without every word names nothing
    ("The dam was inspected on schedule.", (None, "2026-01-01")),
    ("A breach of contract was alleged.", (None, "2026-01-01")),
])
def test_past_events_date_the_text_after_them(past_rules, text: str, interval: tuple) -> None:
    est = estimate_publication(text, kb=_kb(), rules=past_rules, first_seen="2026-01-01")
    assert (est.start, est.end) == interval


def test_past_events_of_one_kind_are_alternatives_chosen_by_the_other_cues(past_rules) -> None:
    text = ("On May 3, 2021, inspectors visited the harbour.\n"
            "Traders have not recovered from the fire at the port.")
    # read in 2026 either fire may be meant: the interval spans both
    est = estimate_publication(text, kb=_kb(), rules=past_rules, first_seen="2026-01-01")
    assert (est.start, est.end) == ("2021-06-01", "2024-09-29")
    # read early in 2022, only the 2021 fire can be the news
    est = estimate_publication(text, kb=_kb(), rules=past_rules, first_seen="2022-01-01")
    assert (est.start, est.end) == ("2021-06-01", "2021-08-30")
    assert any(c.kind == "past-event" and "port fire" in (c.source or "") for c in est.cues)


def _kb_cabinet() -> TheatreKB:
    return TheatreKB(actors=[*_kb().actors.values(),
        KBActor(id="office_x_fin", name="Finance Minister of Xland", type="office",
                aliases=("Xland Finance Minister",)),
        KBActor(id="office_x_int", name="Interior Minister of Xland", type="office",
                aliases=("Xland Interior Minister",)),
        KBActor(id="p_dee", name="Dee Moss", type="person", offices=(
            OfficeTerm(office="office_x_fin", start="2019-02-10", end="2019-12-31"),)),
        KBActor(id="p_eli", name="Eli Park", type="person", offices=(
            OfficeTerm(office="office_x_int", start="2020-06-01", end="2022-01-01"),)),
    ])


def _cabinet_estimate(text: str, names: dict[str, str], extra=()) -> object:
    return estimate_publication(text, kb=_kb_cabinet(), rules=RULES, first_seen="2026-01-01",
                                mentions=[_mention(text, n, k) for n, k in names.items()],
                                extra=extra)


def test_an_office_holder_out_of_place_is_outvoted_and_lowers_the_confidence() -> None:
    # the finance minister named first held office two years before the others: the three
    # who fit together date the text, the odd one is the conflict (an anachronism)
    text = ("Xland Finance Minister Dee Moss spoke first. Xland Ports Minister Ana Vell and "
            "Xland Interior Minister Eli Park followed, and Xland prime minister Bo Carr closed.")
    names = {"Dee Moss": "p_dee", "Ana Vell": "p_ana", "Eli Park": "p_eli", "Bo Carr": "p_bo"}
    est = _cabinet_estimate(text, names)
    assert (est.start, est.end) == ("2021-03-01", "2021-05-31")
    assert len(est.conflicts) == 1 and "Dee Moss" in est.conflicts[0]
    consistent = _cabinet_estimate(text.replace("Dee Moss", "Dee  Moss"),
                                   {k: v for k, v in names.items() if k != "Dee Moss"})
    assert (consistent.start, consistent.end) == (est.start, est.end)
    assert consistent.confidence == "medium" and est.confidence == "low"


def test_two_office_holders_who_never_served_together_span_both_terms() -> None:
    text = "Xland Finance Minister Dee Moss met Xland Ports Minister Ana Vell at the quay."
    est = _cabinet_estimate(text, {"Dee Moss": "p_dee", "Ana Vell": "p_ana"})
    assert (est.start, est.end) == ("2019-02-10", "2021-05-31")
    assert est.confidence == "low" and est.conflicts
    # dated reports of its story then decide between the two readings
    story = DateCue(kind="story", text="same story", start="2021-04-01", end="2021-04-09")
    est2 = narrow(est, [story])
    assert (est2.start, est2.end) == ("2021-04-01", "2021-04-09")


def test_the_story_outranks_an_office_holder_out_of_time() -> None:
    # an undated page joined a story reported in June 2019 but names a minister of 2021:
    # the story's dated reports date it, the minister is the conflict (an anachronism)
    est = combine([DateCue(kind="first-seen", text="read", start=None, end="2026-01-01"),
                   DateCue(kind="office-tenure", text="Ports Minister Ana Vell",
                           start="2021-03-01", end="2021-05-31", source="p_ana"),
                   DateCue(kind="story", text="same story", start="2019-06-01",
                           end="2019-06-09")])
    assert (est.start, est.end) == ("2019-06-01", "2019-06-09")
    assert len(est.conflicts) == 1 and "Ana Vell" in est.conflicts[0]
    assert est.confidence == "medium"  # nine days, one step down for the conflict
