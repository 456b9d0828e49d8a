"""The command line as a user runs it: real processes, a real database, bad input mixed in."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "corpus" / "seeds"
BIN = [sys.executable, "-m", "brinkwatch.cli"]

GOOD = (
    "U.S. Strikes Hit Militia Sites in Western Iraq\n\n"
    "The United States carried out air strikes on Kata'ib Hezbollah positions near Al-Qaim, "
    "the Pentagon said in a statement. Iraq's government condemned the strikes as a violation "
    "of its sovereignty. A militia spokesman threatened to retaliate against American forces.\n"
)


def query(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with closing(sqlite3.connect(db)) as con:
        return con.execute(sql, params).fetchall()


def run(*args: str, db: Path, check: bool = False, **kw) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRINKWATCH_DB": str(db), "BRINKWATCH_PROGRESS": "never"}
    proc = subprocess.run([*BIN, *args], capture_output=True, text=True, env=env, timeout=300, **kw)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "arabic.txt").write_text("شنت الولايات المتحدة غارات جوية على مواقع كتائب حزب الله "
                                  "في غرب العراق، وقالت وزارة الدفاع إن الضربات جاءت ردا على "
                                  "هجمات متكررة على القوات الأمريكية في المنطقة خلال الأسابيع "
                                  "الماضية بحسب مسؤولين عراقيين وأمريكيين.", encoding="utf-8")
    (d / "cp1252.txt").write_bytes(
        ("Iraq\u2019s prime minister said on Monday that the government would \u201cnot allow\u201d "
         "armed factions to drag the country into a regional war.\n").encode("cp1252"))
    (d / "broken.html").write_text("<html><body><p>Unclosed <b>tags <div>and nothing "
                                   "else</p></span>", encoding="utf-8")
    rows = [json.dumps({"text": GOOD.replace("Al-Qaim", "Jurf al-Sakhar"), "outlet": "Gulf Wire",
                        "published": "2024-02-03", "title": "Strikes"}),
            "{not json",
            json.dumps({"title": "no text here"})]
    (d / "feed.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def ingested(mixed_corpus, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    db = tmp_path_factory.mktemp("db") / "t.db"
    return db, run("ingest", str(mixed_corpus), db=db)


def test_bad_documents_are_recorded_and_the_run_goes_on(ingested):
    db, proc = ingested
    assert proc.returncode == 3, proc.stderr  # some documents were not processed
    assert "Traceback" not in proc.stderr
    problems = [line for line in proc.stderr.splitlines() if line.startswith("skipped ")]
    assert all(len(line) < 300 for line in problems)
    rows = [json.loads(x) for x in run("articles", "--format", "jsonl", db=db,
                                       check=True).stdout.splitlines()]
    status = {Path(r["origin"].split("#")[0]).name + ("#" + r["origin"].split("#")[1]
              if "#" in r["origin"] else ""): r["status"] for r in rows}
    assert status["good.txt"] == "ok"
    assert status["cp1252.txt"] == "ok"
    assert status["empty.txt"] == "empty"
    assert status["binary.txt"] == "not-text"
    assert status["arabic.txt"] == "not-english"
    bad_json = [s for k, s in status.items() if k.startswith("feed.jsonl#")]
    assert sorted(bad_json) == ["failed", "failed", "ok"]
    assert all(r["reason"] for r in rows if r["status"] != "ok")


def test_reingest_changes_nothing(ingested, mixed_corpus):
    db, _ = ingested
    before = run("export", "--format", "jsonl", db=db, check=True).stdout
    proc = run("ingest", str(mixed_corpus), db=db)
    assert "0 new" in proc.stdout and "0 updated" in proc.stdout
    assert run("export", "--format", "jsonl", db=db, check=True).stdout == before
    assert query(db, "select count(*) from articles")[0][0] == 9


def test_events_carry_provenance_and_show_works(ingested):
    db, _ = ingested
    events = [json.loads(x) for x in run("export", "--format", "jsonl", db=db,
                                         check=True).stdout.splitlines()]
    assert events, "the good articles should yield events"
    text = {}
    for e in events:
        for key in ("id", "article", "type", "mode", "quad", "intensity", "modality", "actor",
                    "target", "date", "location", "attribution", "evidence", "extractor"):
            assert key in e
        art = e["article"]["id"]
        if art not in text:
            text[art] = query(db, "select text from articles where id = ?", (art,))[0][0]
        ev = e["evidence"]
        assert text[art][ev["start"]:ev["end"]] == ev["sentence"]
    shown = run("show", events[0]["id"][:10], db=db, check=True).stdout
    assert events[0]["evidence"]["sentence"][:40] in shown
    assert events[0]["extractor"] in shown


def test_csv_export_has_one_row_per_event(ingested, tmp_path):
    db, _ = ingested
    out = tmp_path / "e.csv"
    run("export", "--format", "csv", "--out", str(out), db=db, check=True)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    n = len(run("export", "--format", "jsonl", db=db, check=True).stdout.splitlines())
    assert len(rows) == n and "evidence_sentence" in rows[0]


@pytest.mark.parametrize(
    "args, message",
    [
        (("ingest", "/no/such/folder"), "no such file or directory"),
        (("show", "ffffffffffff"), "no event with id"),
        (("kb", "check", "/no/such.yaml"), "no such theatre file"),
        (("ingest", "--rules", "/no/such_rules.yaml", "."), "no such rules file"),
        (("eval", "events", "--gold", "/no/gold.jsonl", "--corpus", "."), "gold file not found"),
    ],
)
def test_errors_are_one_line_without_traceback(ingested, args, message):
    db, _ = ingested
    proc = run(*args, db=db)
    assert proc.returncode == 1
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_reading_a_missing_database_says_what_to_do(tmp_path):
    proc = run("events", db=tmp_path / "none.db")
    assert proc.returncode == 1 and "run 'brinkwatch ingest PATH' first" in proc.stderr


@pytest.mark.slow
def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(60):
        # distinct reports (not near-duplicates of each other, which are stored uncoded)
        filler = " ".join(f"item{i}x{j}" for j in range(80))
        (corpus / f"a{i:03}.txt").write_text(GOOD + f"\nReport number {i}: {filler}.\n")
    db = tmp_path / "k.db"
    env = {**os.environ, "BRINKWATCH_DB": str(db), "BRINKWATCH_PROGRESS": "never"}
    proc = subprocess.Popen([*BIN, "ingest", str(corpus)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    n = 0
    while time.time() < deadline and proc.poll() is None:
        try:
            n = query(db, "select count(*) from articles")[0][0]
        except sqlite3.Error:
            n = 0
        if n >= 5:
            break
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert n < 60, "ingest finished before it could be killed; make the corpus larger"
    run("ingest", str(corpus), db=db, check=True)
    assert query(db, "select count(*) from articles")[0][0] == 60
    assert query(db, "select count(distinct article_id) from events")[0][0] == 60
    assert query(db, "select count(*) - count(distinct id) from events")[0][0] == 0


STORY = (
    "Rockets hit a base housing U.S. troops in western Iraq\n"
    "Rockets struck a base housing U.S. troops in western Iraq on Tuesday, officials said.\n"
    "Kata'ib Hezbollah claimed responsibility for the attack.\n"
    "Baghdad was urged to expel foreign troops.\n"
)


@pytest.mark.slow
def test_story_assembly_from_jsonl_through_export(tmp_path: Path) -> None:
    """A JSONL row with a url and a date -> one assembled attack with its claimed agent and
    the url; the agentless request is an incomplete mention, listed and exported only on ask."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"url": "https://example.org/rockets", "published": "2024-01-10",
                                "text": STORY}) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    run("ingest", str(rows), db=db, check=True)
    out = run("export", "--format", "jsonl", db=db, check=True).stdout
    events = [json.loads(line) for line in out.splitlines()]
    attacks = [e for e in events if e["type"] == "ASSAULT"]
    assert len(attacks) == 1
    assert [a["name"] for a in attacks[0]["actor"]] == ["Kata'ib Hezbollah"]
    assert any(r["reason"] == "claim" for r in attacks[0]["reasons"])
    assert attacks[0]["article"]["url"] == "https://example.org/rockets"
    assert attacks[0]["date"]["value"] == "2024-01-09"
    assert not any(e["incomplete"] for e in events)
    listed = run("events", "--incomplete", "--format", "jsonl", db=db, check=True).stdout
    incomplete = [json.loads(line) for line in listed.splitlines()]
    assert incomplete and all(e["incomplete"] and not e["actor"] for e in incomplete)
    both = run("export", "--format", "jsonl", "--include-incomplete", db=db, check=True).stdout
    assert len(both.splitlines()) == len(events) + len(incomplete)


def test_settings_show_values_in_effect_and_where_they_came_from(tmp_path):
    (tmp_path / "brinkwatch.toml").write_text("batch_size = 8\nresolve_offices = false\n")
    db = tmp_path / "s.db"
    env_run = lambda *a: run(*a, db=db, cwd=tmp_path, check=True)  # noqa: E731
    rows = {r["setting"]: r for r in map(json.loads, env_run(
        "--set", "min_event_confidence=0.6", "settings", "--json").stdout.splitlines())}
    assert rows["batch_size"] == {"setting": "batch_size", "value": 8,
                                  "from": f"file {(tmp_path / 'brinkwatch.toml').resolve()}"}
    assert rows["resolve_offices"]["value"] is False
    assert rows["db"]["from"] == "env BRINKWATCH_DB" and rows["db"]["value"] == str(db)
    assert rows["min_event_confidence"] == {"setting": "min_event_confidence", "value": 0.6,
                                            "from": "flag"}
    assert rows["timeout"]["from"] == "default" and rows["timeout"]["value"] == 10.0
    table = env_run("settings").stdout
    assert "env BRINKWATCH_DB" in table and "from" in table.splitlines()[0]
    assert "help" in env_run("settings", "--defaults").stdout.splitlines()[0]


@pytest.mark.parametrize("arg, message", [("nonsense", "NAME=VALUE"),
                                          ("colour=red", "unknown setting 'colour'"),
                                          ("min_event_confidence=2", "at most 1")])
def test_bad_set_is_one_line(tmp_path, arg, message):
    proc = run("--set", arg, "settings", db=tmp_path / "x.db")
    assert proc.returncode != 0 and message in proc.stderr and "Traceback" not in proc.stderr


def test_extractor_options_from_a_flag_recode_the_store(tmp_path):
    """An extractor option set for one run takes effect, and changing it re-codes the articles
    (the options are part of what shaped the records) instead of leaving them unchanged."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "o.db"
    run("ingest", str(corpus), db=db, check=True)
    n_default = query(db, "select count(*) from events")[0][0]
    assert n_default > 0
    again = run("ingest", str(corpus), db=db, check=True)
    assert "1 unchanged" in again.stdout + again.stderr
    strict = run("--set", "min_event_confidence=1", "ingest", str(corpus), db=db, check=True)
    assert "1 updated" in strict.stdout + strict.stderr
    assert query(db, "select count(*) from events")[0][0] < n_default
    back = run("ingest", str(corpus), db=db, check=True)
    assert "1 updated" in back.stdout + back.stderr
    assert query(db, "select count(*) from events")[0][0] == n_default


@pytest.mark.slow
def test_bench_runs_the_pipeline_the_settings_describe(tmp_path):
    """bench reads the settings like ingest does (before, it ignored them): batch size and
    extractor options from the environment, a --set flag and the toml file."""
    (tmp_path / "brinkwatch.toml").write_text("min_event_confidence = 1\n")
    env = {**os.environ, "BRINKWATCH_BATCH_SIZE": "4", "BRINKWATCH_PROGRESS": "never"}
    out = subprocess.run([*BIN, "bench", "--n", "4", "--repeats", "1", "--json"], cwd=tmp_path,
                         env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    strict = json.loads(out.stdout)
    assert strict["batch_size"] == 4 and strict["n_process"] == 1
    (tmp_path / "brinkwatch.toml").unlink()
    out = subprocess.run([*BIN, "--set", "batch_size=2", "bench", "--n", "4", "--repeats", "1",
                          "--json"], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=600)
    assert out.returncode == 0, out.stderr
    default = json.loads(out.stdout)
    assert default["batch_size"] == 2
    assert strict["events"] < default["events"]  # the toml's confidence floor was in effect


def test_eval_events_summary_prints_figures_and_kinds_but_no_text(tmp_path: Path) -> None:
    """`eval events --summary` (for a set kept blind): the figures and the counts of misses and
    false positives by kind, and none of the set's text; without it the texts are listed."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    goldf = tmp_path / "gold.jsonl"
    rows = [{"doc": "a.txt", "id": "a-e1", "required": True, "type": ["AGREE"],
             "actor": ["Nobody Known"], "target": ["Nowhere"], "evidence": GOOD.split()[0]}]
    goldf.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "x.db"
    full = run("eval", "events", "--gold", str(goldf), "--corpus", str(corpus), db=db, check=True)
    short = run("eval", "events", "--gold", str(goldf), "--corpus", str(corpus), "--summary",
                db=db, check=True)
    assert full.stdout.startswith("events: precision") and short.stdout.startswith("events:")
    assert "missed required gold events by kind:" in short.stdout
    assert "a-e1" in full.stdout and "a-e1" not in short.stdout
    js = json.loads(run("eval", "events", "--gold", str(goldf), "--corpus", str(corpus),
                        "--summary", "--json", db=db, check=True).stdout)
    assert js["required"] == 1 and sum(js["miss_kinds"].values()) == 1 and "misses" not in js
