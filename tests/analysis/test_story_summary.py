"""The summary of a story takes the date and the place its reports give for the story's own
event, not those of earlier or later events the articles recall. Rows are hand-built."""

from __future__ import annotations

import pytest

from brinkwatch.analysis.stories import core_rows, summary_day, summary_place

US = {"name": "United States", "ancestors": []}
KH = {"name": "Kata'ib Hezbollah", "ancestors": ["Popular Mobilization Forces", "Iraq"]}
PUB = {"a": "2023-06-10", "b": "2023-06-11", "c": "2023-06-12", "d": "2023-06-13",
       "e": "2023-06-08"}


def row(aid: str, day: str | None, *, actor=US, target=KH, place: str | None = None,
        inferred: bool = False) -> dict:
    ev = {"actor": [actor] if actor else [], "target": [target] if target else [],
          "date": {"value": day, "precision": "reported" if inferred else "day"},
          "modality": "asserted",
          "location": {"name": place, "kb_id": None} if place else None}
    return {"article_id": aid, "event": ev}


PROFILES = {a: {"published": p} for a, p in PUB.items()}
STRIKE = [row("a", "2023-06-09"), row("b", "2023-06-09")]
RECALLED = [row(x, "2023-06-07", actor=KH, target=US) for x in "bcd"]  # the attack before, reversed


@pytest.mark.parametrize(("rows", "expected"), [
    # the strike, told on the 9th by the first two articles
    (STRIKE, "2023-06-09"),
    # three articles recall the attack it answered (roles reversed): not the story's day
    (STRIKE + RECALLED, "2023-06-09"),
    # two later articles date a protest that followed (coded with the same roles) on the
    # 12th: after the first article told the strike, so another event
    (STRIKE + [row("c", "2023-06-12"), row("d", "2023-06-12")], "2023-06-09"),
    # a day stated in the text outweighs days read off publication dates
    ([row("a", "2023-06-08")] + [row(x, PUB[x], inferred=True) for x in "bcd"], "2023-06-08"),
    # a report published the day before, in another time zone, does not rule the day out
    ([row("e", "2023-06-09"), row("a", "2023-06-09"), row("b", "2023-06-09")], "2023-06-09"),
    # the day most articles give, not the day one article repeats
    ([row("a", "2023-06-05"), row("a", "2023-06-05"), row("b", "2023-06-06"),
      row("c", "2023-06-06")], "2023-06-06"),
    # nothing dated: no day
    ([row("a", None), row("b", None)], None),
])
def test_summary_day_is_the_day_of_the_story_s_own_event(rows, expected) -> None:
    core = core_rows(rows, [US], [KH])
    assert summary_day(core, PROFILES, "2023-06-01", "2023-06-30") == expected


def test_summary_place_leaves_out_the_place_of_a_recalled_attack() -> None:
    rows = [row("a", "2023-06-09", place="Qaim"), row("b", "2023-06-09", place="Qaim"),
            *(row(x, "2023-06-07", actor=KH, target=US, place="Kirkuk") for x in "bcd")]
    core = core_rows(rows, [US], [KH])
    assert summary_place(core, "2023-06-09")["name"] == "Qaim"
    # the story's own reports give no place: no place rather than the other attack's
    bare = [row("a", "2023-06-09"), *(row(x, "2023-06-07", actor=KH, target=US,
                                          place="Kirkuk") for x in "bc")]
    assert summary_place(core_rows(bare, [US], [KH]), "2023-06-09") is None


@pytest.mark.parametrize(("actor", "target", "own"), [
    (US, KH, True),  # the summary's roles
    ({"name": "U.S. military", "ancestors": ["United States"]}, KH, True),  # up the KB
    (None, KH, True),  # one role named, the same
    (KH, US, False),  # reversed: the attack it answered
    (KH, None, False),  # the story's target as the actor
    ({"name": "Norway", "ancestors": []}, None, False),  # other parties
])
def test_core_rows(actor, target, own) -> None:
    r = row("a", "2023-06-09", actor=actor, target=target)
    assert (core_rows([r], [US], [KH]) == [r]) is own


def test_a_recalled_attack_neither_dates_nor_places_the_story_nor_competes_with_it() -> None:
    from brinkwatch.analysis.rules import load_rules
    from brinkwatch.analysis.stories import build_record

    rows = [row("a", "2023-06-09", place="Qaim"), row("b", "2023-06-09", place="Qaim"),
            row("b", "2023-06-07", actor=KH, target=US, place="Kirkuk"),
            row("c", "2023-06-07", actor=KH, target=US, place="Kirkuk"),
            row("c", "2023-06-09", place="Qaim")]
    for i, r in enumerate(rows):
        r["event"] |= {"id": f"e{i}", "type": "ASSAULT"}
        r["cues"] = ["type family violence"]
    profiles = {a: {"id": a, "origin": f"https://{a}.example/1", "outlet": f"{a}.example",
                    "published": PUB[a], "claims": {}} for a in "abc"}
    rec = build_record("s1", "violence", rows, profiles, load_rules(),
                       {"start": "2023-06-05", "end": "2023-06-12"})
    assert rec["date"]["value"] == "2023-06-09"
    assert rec["location"]["name"] == "Qaim"
    assert not {"date", "place"} & {c["topic"] for c in rec["contradictions"]}
    # a report of the story's own event that gives another day does compete
    rows.append({"article_id": "c", "cues": [], "event": {**row("c", "2023-06-10")["event"],
                                                          "id": "e9", "type": "ASSAULT"}})
    rec = build_record("s1", "violence", rows, profiles, load_rules(),
                       {"start": "2023-06-05", "end": "2023-06-12"})
    assert "date" in {c["topic"] for c in rec["contradictions"]}


@pytest.mark.parametrize(("rows", "expected"), [
    # the reports of the day give no place; one report of the same parties states a day two
    # days later (the raids it tells came after a protest in another city): not its place
    ([row("a", "2023-06-09"), row("b", "2023-06-09"), row("c", "2023-06-11", place="Mosul")],
     None),
    # a report that states the next day (a late-night strike told in another time zone) is
    # the story's own: its place counts
    ([row("a", "2023-06-09"), row("b", "2023-06-10", place="Qaim")], "Qaim"),
    # a report whose day is read off its article's date states none: its place counts
    ([row("a", "2023-06-09"), row("c", "2023-06-12", place="Qaim", inferred=True)], "Qaim"),
])
def test_summary_place_leaves_out_a_place_of_a_report_stating_another_day(rows, expected):
    place = summary_place(core_rows(rows, [US], [KH]), "2023-06-09")
    assert (place or {}).get("name") == expected
