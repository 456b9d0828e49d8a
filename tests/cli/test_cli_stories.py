"""The cross-article commands as a user runs them: stories, story, article, articles --format
jsonl, after a real ingest of articles written for this test (two outlets, one undated copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = [sys.executable, "-m", "brinkwatch.cli"]
STRIKE = ("U.S. forces carried out an air strike on a Kata'ib Hezbollah weapons depot near "
          "Al-Qaim on Tuesday, the Pentagon said, killing three fighters. Iraq's government "
          "condemned the strike as a violation of its sovereignty.\n")
STRIKE_2 = ("An American air strike hit a Kata'ib Hezbollah weapons depot near Al-Qaim on "
            "Tuesday, killing five fighters, local officials said. Iraq's government condemned "
            "the attack and summoned the U.S. charge d'affaires.\n")


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRINKWATCH_DB": str(db), "BRINKWATCH_PROGRESS": "never"}
    return subprocess.run([*BIN, *args], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    rows = [{"text": STRIKE, "outlet": "wire.example", "url": "https://wire.example/1",
             "published": "2024-02-06"},
            {"text": STRIKE_2, "outlet": "daily.example", "url": "https://daily.example/2",
             "published": "2024-02-07"}]
    (d / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (d / "copy.txt").write_text(STRIKE + "Copied from the wire.\n", encoding="utf-8")
    path = tmp_path_factory.mktemp("db") / "s.db"
    proc = run("ingest", str(d), db=path)
    assert proc.returncode == 0, proc.stderr
    assert "stories:" in proc.stdout
    return path


def _lines(proc: subprocess.CompletedProcess[str]) -> list[dict]:
    assert proc.returncode == 0, proc.stderr
    return [json.loads(x) for x in proc.stdout.splitlines()]


@pytest.mark.slow
def test_stories_jsonl_contract(db: Path) -> None:
    stories = _lines(run("stories", "--format", "jsonl", db=db))
    assert stories
    for s in stories:
        assert list(s)[:11] == ["id", "type", "date", "actor", "target", "location", "reports",
                                "outlets", "independent_outlets", "contradictions", "flags"]
        for r in s["reports"]:
            assert set(r) >= {"event_id", "article", "modality", "attribution"}
            assert set(r["article"]) == {"id", "origin", "url", "outlet", "published"}
        for c in s["contradictions"]:
            assert c["topic"] and all(set(x) == {"article_id", "source", "claim"} for x in c["claims"])
    multi = [s for s in stories if len(s["outlets"]) >= 2]
    assert multi, "the two outlets' reports of one strike should share a story"
    # the undated copy of the wire story is a reprint: it does not add an independent outlet
    assert all(s["independent_outlets"] <= 2 for s in stories)


@pytest.mark.slow
def test_story_and_article_views(db: Path) -> None:
    stories = _lines(run("stories", "--format", "jsonl", "--min-outlets", "2", db=db))
    sid = stories[0]["id"]
    out = run("story", sid[:10], db=db)
    assert out.returncode == 0 and "REPORTS" in out.stdout and "joined on:" in out.stdout
    arts = _lines(run("articles", "--format", "jsonl", db=db))
    assert all(list(a)[:7] == ["id", "origin", "url", "outlet", "published",
                               "published_estimate", "credibility"] for a in arts)
    undated = [a for a in arts if a["published"] is None]
    assert len(undated) == 1 and undated[0]["published_estimate"] is not None
    cues = {c["kind"] for c in undated[0]["published_estimate"]["cues"]}
    assert "near-duplicate" in cues
    # linked to its dated copy: as a reprint (stage) or as the original of an ingest duplicate
    assert (undated[0]["reprint_of"] is not None
            or any(a.get("duplicate_of") == undated[0]["id"] for a in arts))
    view = run("article", undated[0]["id"][:12], db=db)
    assert view.returncode == 0 and "estimated" in view.stdout and "near-duplicate" in view.stdout


@pytest.mark.slow
@pytest.mark.parametrize(("args", "needle"), [
    (("story", "ffffffffffff"), "no story with id"),
    (("article", "ffffffffffff"), "no article with id"),
    (("stories", "--since", "last week"), "since must be an ISO date"),
])
def test_bad_input_is_one_line(db: Path, args: tuple[str, ...], needle: str) -> None:
    proc = run(*args, db=db)
    assert proc.returncode == 1
    assert needle in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_rebuild_gives_the_same_stories(db: Path) -> None:
    before = run("stories", "--format", "jsonl", db=db).stdout
    after = run("stories", "--rebuild", "--format", "jsonl", db=db)
    assert after.returncode == 0 and after.stdout == before
