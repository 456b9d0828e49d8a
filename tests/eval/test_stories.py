"""The story scorer on small hand-made stories and gold (positive and negative rows)."""

from __future__ import annotations

import pytest

from brinkwatch.eval.stories import score_stories, topic_kinds

URLS = {f"u{i}": f"d{i}" for i in range(1, 7)}
CLUSTERS = [{"event": "strike", "type": "ASSAULT", "date": "2024-01-04", "docs": ["d1", "d2", "d3"]},
            {"event": "other strike", "type": "ASSAULT", "date": "2024-01-04", "docs": ["d4", "d5"]}]
TOPICS = [{"topic": "Death toll of the strike", "docs": ["d1", "d2"], "claims": []},
          {"topic": "Who carried out the strike", "docs": ["d1", "d3"], "claims": []},
          {"topic": "What the agreement means", "docs": ["d4", "d5"], "claims": []}]


def _story(sid: str, docs: list[str], contradictions: list[dict] | None = None) -> dict:
    return {"id": sid, "family": "ASSAULT",
            "reports": [{"article": {"id": f"a{d}", "url": f"u{d[1:]}", "origin": ""}} for d in docs],
            "contradictions": contradictions or []}


def test_perfect_grouping_and_surfaced_topics() -> None:
    toll = {"topic": "casualties", "claims": [{"article_id": "ad1"}, {"article_id": "ad2"}]}
    s = score_stories([_story("s1", ["d1", "d2", "d3"], [toll]), _story("s2", ["d4", "d5"])],
                      URLS, CLUSTERS, TOPICS)
    assert s.pairwise == (1.0, 1.0, 1.0)
    assert s.topics_surfaced == ["Death toll of the strike"]
    assert s.mixed == []


def test_mixing_two_events_of_one_type_and_day_is_counted() -> None:
    s = score_stories([_story("s1", ["d1", "d2", "d3", "d4"])], URLS, CLUSTERS, TOPICS)
    p, r, _ = s.pairwise
    assert p == pytest.approx(3 / 6) and r == pytest.approx(3 / 4)
    assert len(s.mixed) == 1


def test_a_topic_on_the_wrong_story_is_missed() -> None:
    toll = {"topic": "casualties", "claims": [{"article_id": "ad4"}, {"article_id": "ad5"}]}
    s = score_stories([_story("s1", ["d1", "d2"]), _story("s2", ["d4", "d5"], [toll])],
                      URLS, CLUSTERS, TOPICS)
    assert "Death toll of the strike" in s.topics_missed


@pytest.mark.parametrize(("topic", "kind"), [
    ("Death toll of the 4 Jan strike", "casualties"),
    ("Who was behind the attack", "perpetrator"),
    ("Number of drones used", "weapons"),
    ("Where in the city the strike hit", "place"),
    ("Date and time of the strike", "date"),
    ("What the agreement means for troops", "agreement"),
    ("Length of the hostage's captivity", "timeline"),
    ("How long the advisers stay", "timeline"),
    ("Which administration imposed the sanctions", "administration"),
    ("Prospects of the bill in parliament", "prospects"),
    ("How the engineer's release was secured", "release"),
    ("The embargo that preceded the new measures", "recalled"),
    ("Rank of the commander", "actor"),
    ("Weather on the day", None),
    # other verbs of doing or directing it; a person in a role; counts that are not weapons
    ("Who ordered the ambush on the convoy", "perpetrator"),
    ("Who organised the march on the consulate", "perpetrator"),
    ("Which defence minister announced the inquiry", "actor"),
    ("Number of sailors arrested at the port", "detained"),
    ("Number of depots the jets struck", "sites"),
    ("Which airfields were hit", "target"),
    ("Number of rockets fired at the airfield", "weapons"),
    ("Number of missiles fired at the two bases", "weapons"),
    # who holds a captive: a kind of its own since round 10 (claims.custody); an office held is
    # not one
    ("Who held the hostages afterwards", "custody"),
    ("Who held the office of governor then", None),
    # who held an office, or acted for a body; a vote count; whether a decision binds
    ("Who led the cabinet of Jordan at the time", "perpetrator"),
    ("Who headed Kuwait's cabinet during the talks", "office"),
    ("Who spoke for the Turkish foreign ministry", "office"),
    ("Who answered the reporters at the ferry", None),
    ("Which interior minister signed the order", "office"),
    ("How many senators backed the sanctions bill", "votes"),
    ("Number of deputies present at the session", "votes"),
    ("Whether the court ruling is binding", "binding"),
    ("Why the navy seized the tanker", "motive"),
    ("What the drones hit near Qaim", "struck"),
    ("Marines deployed to the Gulf after the seizure", "deployed"),
    ("How many troops Britain sent to Cyprus", "deployed"),
    ("The stated motive for the raid", "motive"),
    # who made a statement, by name or office; attacking verbs; a perpetrator named as such
    ("Who spoke for Kuwait after the seizure", "office"),
    ("Who warned of a second wave of strikes", "actor"),
    ("Who denied sending the drones", "denial"),
    ("Who shelled the ferry landing", "perpetrator"),
    ("Who bombed the fuel convoy near Rutba", "perpetrator"),
    ("Perpetrators of the ambush on the pipeline guards", "perpetrator"),
    # harm to people by other words; what a crowd damaged; the cause of a fire
    ("The navy's losses in the clash", "casualties"),
    ("Harm done to the embassy guards", "casualties"),
    ("What the rioters damaged at the port", "struck"),
    ("Cause of the depot fire", "motive"),
    # "at the time of" asks no date
    ("Boats near the pier at the time of the blast", None),
    ("Time of the first explosion", "date"),
    # what was hit, by the sites counted; how it was done, with what weapon
    ("What the jets hit near Qaim", "sites"),
    ("How the raid on the depot was carried out", "weapons"),
    ("Type of rocket fired at the airfield", "weapons"),
    ("How the talks were arranged", None),
    # the victims asked in the passive; a group asked by "which"; the day asked
    ("Who was killed in the raid on the farm", "casualties"),
    ("Who killed the two guards", "perpetrator"),
    ("Which faction claimed the drone attack", "perpetrator"),
    ("Who claimed the bombing of the bridge", "perpetrator"),
    ("Day of the ambush near Baiji", "date"),
    ("Timing of the second barrage", "date"),
])
def test_topic_kinds(topic: str, kind: str | None) -> None:
    kinds = topic_kinds(topic)
    assert (kind in kinds) if kind else not kinds


def test_each_missed_topic_says_how_near_it_came() -> None:
    """The reasons carry no text of the set, so a blind set can be read by them; each step is
    reached by the stories built for it, and a surfaced topic has no reason."""
    toll = {"topic": "casualties", "claims": [{"article_id": "ad1"}, {"article_id": "ad2"}]}
    toll_one_doc = {"topic": "casualties", "claims": [{"article_id": "ad1"}, {"article_id": "ad3"}]}
    place = {"topic": "place", "claims": [{"article_id": "ad1"}, {"article_id": "ad2"}]}
    topics = [{"topic": "Death toll of the strike", "docs": ["d1", "d2"], "claims": []},
              {"topic": "Weather on the day", "docs": ["d1", "d2"], "claims": []}]
    cases = [([_story("s1", ["d1", "d2"], [toll])], None),
             ([_story("s1", ["d1"]), _story("s2", ["d2"], [toll])], "no story holds two"),
             ([_story("s1", ["d1", "d2"])], "surfaces no contradiction"),
             ([_story("s1", ["d1", "d2"], [place])], "of other kinds"),
             ([_story("s1", ["d1", "d2", "d3"], [toll_one_doc])], "fewer than two of its docs")]
    for stories, reason in cases:
        s = score_stories(stories, URLS, CLUSTERS, topics)
        assert "Weather on the day" in s.topics_missed
        weather = s.topics_missed_why[s.topics_missed.index("Weather on the day")]
        assert weather.startswith("its kind is not read")
        # between two of its docs (d1, d2): the toll or the place told apart on one story
        assert ("a story surfaces a contradiction" in weather) == (
            reason in (None, "of other kinds")), (reason, weather)
        assert s.topics_any_kind == 2 * (reason in (None, "of other kinds"))
        if reason is None:
            assert s.topics_surfaced == ["Death toll of the strike"]
        else:
            why = dict(zip(s.topics_missed, s.topics_missed_why, strict=True))
            assert reason in why["Death toll of the strike"], (reason, why)
