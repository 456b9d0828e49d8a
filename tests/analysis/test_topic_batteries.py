"""Battery A of round 9's contradictions work (topics11): multi-outlet scenarios written for
it (wire with dateline, regional, partisan, undated rewrite), each divergence a gold topic, in
the dev-set format (``batteries/topics_a``). Ingested and scored like the dev set; the floor
is the measured value and only goes up. Its misses at the time were grouping, not claims: a
report with no coded event (the parliament's "binding decision"), and short reports of one
strike told in unlike words that do not join (docs/benchmarks.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.analysis.test_quality_gate import run

BATTERY_A = Path(__file__).resolve().parent / "batteries" / "topics_a"


@pytest.mark.slow
def test_battery_a_contradiction_topics(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    run("ingest", "-q", str(BATTERY_A / "articles.jsonl"), db=db)
    scores = json.loads(run("eval", "stories", "--dev", str(BATTERY_A), "--json", db=db).stdout)
    # 19 in round 9; 21 with topics12 (round 10: arrests and casualties of the restaurant
    # bombing, grouped by the one story of its day)
    assert scores["contradiction_topics"]["surfaced"] >= 21, scores["contradiction_topics"]
    # 1.0 on the branch (topics11), 0.905 on the merged coder of round 9 (two doc pairs of
    # different events share a story; not investigated): the floor is the merged measure
    assert scores["pairwise"]["precision"] >= 0.90, scores["pairwise"]
    assert not scores["mixed_stories"], scores["mixed_stories"]


BATTERY_12A = Path(__file__).resolve().parent / "batteries" / "topics12_A"
# measured on the branch (topics12): 7 of 16 topics, 12 of 28 doc pairs (before: 0 and 8)
FLOOR_12A_TOPICS = 7
FLOOR_12A_RECALL = 0.42


@pytest.mark.slow
def test_battery_12a_contradiction_topics(tmp_path: Path) -> None:
    """Battery A of round 10 (topics12): short reports of one act told in unlike words, who
    holds a captive, what a raid found, one quote given to two speakers, and two acts of one
    type on one day at two airports that must stay apart. Floors: the measured values."""
    db = tmp_path / "a12.db"
    run("ingest", "-q", str(BATTERY_12A / "articles.jsonl"), db=db)
    scores = json.loads(run("eval", "stories", "--dev", str(BATTERY_12A), "--json", db=db).stdout)
    topics = scores["contradiction_topics"]
    assert topics["surfaced"] >= FLOOR_12A_TOPICS, topics
    assert scores["pairwise"]["precision"] >= 1.0, scores["pairwise"]
    assert scores["pairwise"]["recall"] >= FLOOR_12A_RECALL, scores["pairwise"]
    assert not scores["mixed_stories"], scores["mixed_stories"]
