"""Quality gates of the cross-article stage on ../shared (skipped with a reason when absent):
the dev set's cross-outlet clusters and contradictions, and the five seeds ingested undated;
and on our own sets T, T2, H and H2 (``benchmarks/fresh*``, ``benchmarks/heldout``,
``benchmarks/heldout2``).
Floors are the measured values (docs/benchmarks.md); they only go up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
DEV = SHARED / "dev"
SEEDS = SHARED / "corpus" / "seeds"
BIN = [sys.executable, "-m", "brinkwatch.cli"]
FLOORS = {"pairwise_f1": 0.96, "pairwise_precision": 0.95, "topics_surfaced": 0.90,
          "mixed_max": 0}


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRINKWATCH_DB": str(db), "BRINKWATCH_PROGRESS": "never"}
    proc = subprocess.run([*BIN, *args], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc


def _check_stories(d: Path, floors: dict[str, float], tmp_path: Path) -> None:
    """Ingest the set in ``d``, score its stories, hold them to ``floors``."""
    db = tmp_path / "set.db"
    run("ingest", "-q", str(d / "articles.jsonl"), db=db)
    scores = json.loads(run("eval", "stories", "--dev", str(d), "--json", db=db).stdout)
    p = scores["pairwise"]
    assert p["f1"] >= floors["pairwise_f1"], scores
    assert p["precision"] >= floors["pairwise_precision"], scores
    assert len(scores["mixed_stories"]) <= floors["mixed_max"], scores["mixed_stories"]
    assert scores["contradiction_topics"]["share"] >= floors["topics_surfaced"], scores


@pytest.mark.slow
@pytest.mark.skipif(not (DEV / "gold.clusters.jsonl").is_file(), reason="../shared/dev is absent")
def test_dev_clusters_and_contradictions(tmp_path: Path) -> None:
    _check_stories(DEV, FLOORS, tmp_path)


#: our own sets T, T2, H and H2 (benchmarks/fresh*, heldout*, tuned on: development figures,
#: not blind ones; H2 from round 8). Set T's topics floor is 0.75 (main had 0.65): the 10th topic
#: stories10 measured was credited by a contradiction about another claim on the right story, lost
#: when the merged round re-dated the strike's reports; 9 of 12 hold. Round 9 (topics11): 10 of
#: 12 on T (the time of the strikes, night against dawn) and 15 of 16 on H.
OWN_SETS = {"fresh": {"pairwise_f1": 0.95, "pairwise_precision": 0.95, "topics_surfaced": 0.83,
                      "mixed_max": 0},
            "fresh2": {"pairwise_f1": 0.95, "pairwise_precision": 0.95, "topics_surfaced": 0.86,
                       "mixed_max": 0},
            "heldout": {"pairwise_f1": 0.95, "pairwise_precision": 0.95, "topics_surfaced": 0.93,
                        "mixed_max": 0},
            "heldout2": {"pairwise_f1": 0.94, "pairwise_precision": 0.95, "topics_surfaced": 0.80,
                         "mixed_max": 0}}
BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(OWN_SETS))
def test_own_sets_clusters_and_contradictions(tmp_path: Path, name: str) -> None:
    _check_stories(BENCHMARKS / name, OWN_SETS[name], tmp_path)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> dict[str, dict]:
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is absent")
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    run("ingest", "-q", str(SEEDS), db=db)
    rows = [json.loads(x) for x in run("articles", "--format", "jsonl", db=db).stdout.splitlines()]
    return {Path(r["origin"]).name[:3]: r for r in rows}


def _flags(row: dict) -> set[str]:
    return {f["flag"] for f in row["credibility"]["flags"]}


@pytest.mark.slow
def test_seed_credibility(seeds: dict[str, dict]) -> None:
    # 002: the template / machine-written rewrite; 001: the operation told by anonymous sources;
    # 003 and 004: the two established outlets' pieces (see docs/benchmarks.md)
    assert "content-farm" in _flags(seeds["002"])
    assert "anonymous-only" in _flags(seeds["001"])
    for established in ("003", "004"):
        assert not {"content-farm", "anonymous-only"} & _flags(seeds[established])
    for row in seeds.values():
        for f in row["credibility"]["flags"]:
            assert f["reason"]


@pytest.mark.slow
def test_seed_dates_are_estimated_with_cues(seeds: dict[str, dict]) -> None:
    est = {k: r["published_estimate"] for k, r in seeds.items()}
    assert all(e is not None and e["cues"] for e in est.values())
    # what the texts themselves fix (checked by reading them): 000 dates a sanction in October
    # 2025, uses a title that exists from 2025-09-05 and looks forward to the 2025-11-11 elections
    assert est["000"]["start"] >= "2025-10-09" and est["000"]["end"] <= "2025-11-11"
    # 003 names the US president of the second Trump term and a Syrian ex-president (after 2024-12-08)
    assert est["003"]["start"] >= "2025-01-20"
    # 004 speaks of the government of an Iraqi prime minister in office 2020-05-07..2022-10-27
    assert est["004"]["start"] >= "2020-05-07" and est["004"]["end"] <= "2022-10-27"
    # 003 tells the Iranian currency protests (from 2025-12-28) and the US president's warning
    # over them (2026-01-02) as news; 004 tells the US threat to close its Baghdad embassy
    # (from 2020-09-20) as news: both intervals then close within 120 days
    assert est["003"]["start"] >= "2026-01-02"
    assert est["004"]["start"] >= "2020-09-20"
    narrow = [k for k, e in est.items() if e["start"] and e["end"] and
              (date.fromisoformat(e["end"]) - date.fromisoformat(e["start"])).days + 1 <= 120]
    assert len(narrow) >= 4, est
