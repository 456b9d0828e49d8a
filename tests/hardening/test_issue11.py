"""Issue 11, item by item: each numbered complaint as a test a user would run (real processes,
a real database, local servers only)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from brinkwatch_tests_hardening_helpers import (
    OTHER,
    STORY,
    one_line_error,
    page,
    query,
    run,
    tcp_server,
)

from brinkwatch.records import ArticleStatus
from brinkwatch.sources import SourceOptions, iter_url_args


# --- a corpus ingested once, with the traps of items 5, 7, 8 and 9 in it ---------------------
@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    (d / "story.txt").write_text(STORY, encoding="utf-8")
    (d / "other.txt").write_text(OTHER, encoding="utf-8")
    # the same story again as a JSONL row, re-wrapped with a byline: a near-duplicate
    rewrapped = STORY.replace(", the Pentagon", ",\nthe Pentagon") + "\nBy a staff writer\n"
    rows = [
        {"text": rewrapped, "title": "Copy", "published": "2024-02-03"},
        {"text": "Officials in Baghdad said on Monday the talks on the future of the coalition "
                 "would resume next month, according to a government statement.",
         "published": "03/01/2020"},  # ambiguous: day/month or month/day
        {"text": "Protesters gathered outside the embassy compound in Baghdad on Friday "
                 "demanding the withdrawal of foreign troops, witnesses said.",
         "published": 1577836800},  # seconds since 1970
        {"text": "The Iraqi parliament voted to ask the government to end the presence of "
                 "foreign forces, the speaker said after the session ended late on Sunday.",
         "published": "13/01/2020"},  # only one reading is a date
    ]
    (d / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n",
                                  encoding="utf-8")
    # item 8: stray control characters and a right-to-left override in a text file
    (d / "controls.txt").write_text(
        "Militia\u202e Commander \x00Speaks\n\nA militia commander told reporters in Basra on "
        "Saturday that his fighters would not disarm, despite pressure from the government.\x07\n",
        encoding="utf-8")
    # item 9: text nested 300 elements deep
    deep = ("<div>" * 300 + "<p>Rockets struck near the airport in Erbil on Monday night, "
            "Kurdish officials said, and no group immediately claimed the attack.</p>"
            + "</div>" * 300)
    (d / "deep.html").write_text(f"<html><body>{deep}</body></html>", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def ingested(corpus, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    db = tmp_path_factory.mktemp("db") / "t.db"
    return db, run("ingest", str(corpus), db=db)


def _articles(db: Path) -> dict[str, dict]:
    out = run("articles", "--format", "jsonl", db=db)
    assert out.returncode == 0, out.stderr
    return {Path(r["origin"]).name: r for r in map(json.loads, out.stdout.splitlines())}


# --- 1. long documents ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def ctx():
    from brinkwatch.pipeline import build_context

    return build_context()


def test_1_a_document_longer_than_the_language_pipeline_takes_is_processed_in_parts(
        ctx, tmp_path):
    from brinkwatch import pipeline
    from brinkwatch.ingest import ingest
    from brinkwatch.sources import iter_path
    from brinkwatch.store import open_store

    d = tmp_path / "d"
    d.mkdir()
    line = "U.S. forces struck Kata'ib Hezbollah sites in Iraq on Sunday, the Pentagon said.\n"
    (d / "m.txt").write_text(line * 200, encoding="utf-8")  # 16,600 characters
    (d / "n.txt").write_text(OTHER, encoding="utf-8")
    saved = ctx.nlp.max_length
    ctx.nlp.max_length = 5_000  # the same failure as spaCy's 1,000,000 limit, at a test's size
    try:
        with open_store(tmp_path / "x.db") as store:
            summary = ingest(iter_path(d), store, ctx)
            rows = {Path(r.origin).name: r for r in store.articles()}
            events = store.events()
    finally:
        ctx.nlp.max_length = saved
    assert summary.failed == 0 and rows["m.txt"].status == rows["n.txt"].status == "ok"
    assert rows["m.txt"].n_sentences == 200
    long_events = [e for e in events if e["article"]["id"] == rows["m.txt"].id]
    assert long_events and all(e["evidence"]["sentence"] == line.strip() for e in long_events)
    text = (line * 200)
    # offsets slice the stored text (parts shifted right), across every part
    for e in long_events:
        for span in e["spans"]:
            assert text[span["start"]:span["end"]] == line.strip()
    starts = sorted(s["start"] for e in long_events for s in e["spans"])
    assert starts[-1] > 5_000 and pipeline.EXTRACT_PART_CHARS < len(text)


def test_1_split_points_cover_the_text_exactly():
    from brinkwatch.nlp.pipeline import split_points

    text = ("para one. " * 30 + "\n\n") * 20 + "x" * 500
    parts = split_points(text, 400)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:], strict=False))
    assert all(0 < e - s <= 400 for s, e in parts)
    assert "".join(text[s:e] for s, e in parts) == text


# --- 2. the timeout bounds the whole request -------------------------------------------------
def _trickle_headers(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    for i in range(200):  # one header line every 0.2 s, for ever (40 s)
        conn.sendall(f"X-Slow-{i}: a\r\n".encode())
        time.sleep(0.2)


def _trickle_body(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")
    for _ in range(400):
        conn.sendall(b"x ")
        time.sleep(0.1)


@pytest.mark.parametrize("handler", [_trickle_headers, _trickle_body],
                         ids=["headers", "body"])
def test_2_timeout_bounds_the_whole_request(handler):
    with tcp_server(handler) as port:
        t0 = time.monotonic()
        (a,) = list(iter_url_args([f"http://127.0.0.1:{port}/slow"],
                                  options=SourceOptions(timeout=1.0, allow_private=True)))
        took = time.monotonic() - t0
    assert a.status is ArticleStatus.FAILED
    assert "within 1 s" in (a.reason or "")
    assert took < 3.0, f"a 1 s budget took {took:.1f} s"


# --- 3. a failed export leaves the previous file -------------------------------------------------
def test_3_failed_export_keeps_the_previous_file(ingested, tmp_path):
    db, _ = ingested
    out = tmp_path / "important.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    proc = run("export", "--format", "jsonl", "--out", str(out), "--since", "2024-1-5x", db=db)
    assert "since" in one_line_error(proc)
    assert out.read_text(encoding="utf-8") == "precious\n"
    ok = run("export", "--out", str(out), db=db)  # default format: jsonl
    assert ok.returncode == 0, ok.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(x)["id"] for x in lines)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["important.jsonl"]  # no temp left


# --- 4. filters follow the knowledge base ---------------------------------------------------------
@pytest.mark.parametrize("name", ["Hezbollah Brigades", "KH", "Kata’ib Hezbollah",
                                  "kataib hezbollah", "org_kataib_hezbollah"])
def test_4_any_alias_selects_the_actor(ingested, name):
    db, _ = ingested

    def ids(*args: str) -> list[str]:
        proc = run("events", "--format", "jsonl", *args, db=db)
        assert proc.returncode == 0, proc.stderr
        return [json.loads(x)["id"] for x in proc.stdout.splitlines()]

    reference = ids("--actor", "Kata'ib Hezbollah")
    assert reference
    assert ids("--actor", name) == reference
    exported = run("export", "--actor", name, db=db).stdout.splitlines()
    assert [json.loads(x)["id"] for x in exported] == reference


def test_4_with_members_follows_the_hierarchy(ingested):
    db, _ = ingested
    plain = run("events", "--format", "jsonl", "--actor", "Popular Mobilization Forces", db=db)
    members = run("events", "--format", "jsonl", "--actor", "Popular Mobilization Forces",
                  "--with-members", db=db)
    assert members.returncode == plain.returncode == 0
    kh = run("events", "--format", "jsonl", "--actor", "KH", db=db).stdout.splitlines()
    got = members.stdout.splitlines()
    assert set(kh) <= set(got) and len(got) > len(plain.stdout.splitlines())
    unknown = run("events", "--actor", "Nobody At All", db=db)
    assert unknown.returncode == 0 and "no actor in the knowledge base" in unknown.stderr


# --- 5. near-duplicates, edits, delete and prune ----------------------------------------------------
def test_5_the_copy_is_recorded_as_a_duplicate_and_not_coded_twice(ingested):
    db, proc = ingested
    arts = _articles(db)
    # files are read in path order: rows.jsonl (the re-wrapped copy) comes first
    original = arts["rows.jsonl#L1"]
    copy = arts["story.txt"]
    assert original["status"] == "ok" and original["n_events"] > 0
    assert copy["status"] == "duplicate" and copy["duplicate_of"] == original["id"]
    assert copy["n_events"] == 0 and "rows.jsonl#L1" in copy["reason"]
    assert "1 duplicates" in proc.stdout


def test_5_an_edited_file_replaces_its_old_version(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    f = d / "a.txt"
    f.write_text(STORY, encoding="utf-8")
    db = tmp_path / "e.db"
    assert run("ingest", str(d), db=db).returncode == 0
    old = query(db, "select id from articles")
    f.write_text(OTHER, encoding="utf-8")  # the file now tells another story
    second = run("ingest", str(d), db=db)
    assert second.returncode == 0 and "1 older versions replaced" in second.stdout
    rows = query(db, "select id, origin from articles")
    assert len(rows) == 1 and rows[0][0] != old[0][0]
    stale = query(db, "select count(*) from events where article_id = ?", (old[0][0],))
    assert stale == [(0,)]
    assert query(db, "select count(*) from events")[0][0] > 0
    # delete by origin, then prune a vanished file
    (d / "b.txt").write_text(STORY, encoding="utf-8")
    assert run("ingest", str(d), db=db).returncode == 0
    dry = run("delete", str(f), "--dry-run", db=db)
    assert dry.returncode == 0 and "would delete" in dry.stdout
    assert query(db, "select count(*) from articles")[0][0] == 2
    gone = run("delete", str(f), db=db)
    assert gone.returncode == 0 and query(db, "select origin from articles") == [(str(d / "b.txt"),)]
    assert "no article" in one_line_error(run("delete", "nothing-like-this", db=db))
    (d / "b.txt").unlink()
    pruned = run("prune", db=db)
    assert pruned.returncode == 0 and query(db, "select count(*) from articles") == [(0,)]
    assert query(db, "select count(*) from events") == [(0,)]


# --- 6. crashes that said "This is a bug" ---------------------------------------------------------
@pytest.mark.parametrize("key", ["aliases", "relations", "sources", "ambiguous_aliases"])
def test_6_a_theatre_field_of_the_wrong_type_is_a_one_line_problem(tmp_path, key):
    f = tmp_path / "t.yaml"
    f.write_text("format: brinkwatch-theatre/1\ntheatre: {id: t, name: T}\nactors:\n"
                 f"  - id: x_group\n    name: X Group\n    type: armed_group\n    {key}: 5\n",
                 encoding="utf-8")
    proc = run("kb", "check", str(f))
    assert proc.returncode == 1 and key in proc.stdout and "This is a bug" not in proc.stderr
    ingest = run("ingest", "--theatre", str(f), str(tmp_path), db=tmp_path / "k.db")
    assert key in one_line_error(ingest)


def test_6_the_theatre_check_passes_a_good_file(tmp_path):
    f = tmp_path / "t.yaml"
    f.write_text("format: brinkwatch-theatre/1\ntheatre: {id: t, name: T}\nactors:\n"
                 "  - id: x_group\n    name: X Group\n    type: armed_group\n"
                 "    aliases: [The X]\n", encoding="utf-8")
    proc = run("kb", "check", str(f))
    assert proc.returncode == 0 and proc.stdout.strip().endswith(": ok"), proc.stdout


@pytest.mark.parametrize(("args", "word"), [
    (["--n-process", "0"], "n_process"), (["--n-process", "-2"], "n_process"),
    (["--max-bytes", "-5"], "max_bytes"), (["--timeout", "0"], "timeout"),
])
def test_6_and_7_bad_numbers_are_refused_before_anything_runs(tmp_path, args, word):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    proc = run("ingest", *args, str(tmp_path / "a.txt"), db=tmp_path / "n.db")
    assert word in one_line_error(proc)
    assert not (tmp_path / "n.db").exists()


def test_6_export_to_a_missing_folder(ingested, tmp_path):
    db, _ = ingested
    proc = run("export", "--out", str(tmp_path / "nonexistent" / "x.jsonl"), db=db)
    assert "does not exist" in one_line_error(proc)


# --- 7. true numbers, hints instead of silent emptiness ---------------------------------------------
#: events a listing shows (incomplete mentions and background are stored but kept apart)
LISTED = ("select count(*) from events e where not exists (select 1 from event_assembly x "
          "where x.event_id = e.id and (x.incomplete = 1 or x.background = 1))")
KEPT_APART = "select count(*) from event_assembly where incomplete = 1 or background = 1"


def _summary_counts(db):
    listed, apart = query(db, LISTED)[0][0], query(db, KEPT_APART)[0][0]
    return f"{listed} events stored" + (f" (+{apart} incomplete or background kept apart)"
                                         if apart else "")


def test_7_the_summary_counts_what_the_store_holds(ingested):
    db, proc = ingested
    assert query(db, "select count(*) from events")[0][0] > 0
    assert _summary_counts(db) in proc.stdout
    assert proc.returncode == 0, proc.stderr  # a duplicate is handled, not a failure


def test_7_the_same_text_twice_in_one_run_names_its_first_origin(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_text(OTHER, encoding="utf-8")
    (d / "b.txt").write_text(OTHER, encoding="utf-8")
    proc = run("ingest", str(d), db=tmp_path / "s.db")
    assert "1 new" in proc.stdout and "1 duplicates" in proc.stdout and "0 unchanged" in proc.stdout
    assert f"the same text as {d / 'a.txt'}" in proc.stderr
    assert _summary_counts(tmp_path / "s.db") in proc.stdout


@pytest.mark.parametrize(("args", "code", "word"), [
    (["briefing", "--limit", "-1"], 2, "--limit"),
    (["events", "--type", "NOTATYPE"], 2, "ASSAULT"),
    (["export", "--type", "NOTATYPE"], 2, "ASSAULT"),
    (["articles", "--status", "bogus"], 2, "duplicate"),
    (["events", "--since", "2030", "--until", "2020"], 1, "swap"),
    (["events", "--limit", "-3"], 2, "--limit"),
])
def test_7_impossible_filters_say_so(ingested, args, code, word):
    db, _ = ingested
    assert word in "\n".join(run(*args, db=db).stderr.splitlines()[-3:])
    assert run(*args, db=db).returncode == code


def test_7_empty_results_come_with_a_hint(ingested):
    db, _ = ingested
    proc = run("events", "--type", "RETREAT", "--doc", "deep.html", db=db)
    assert proc.returncode == 0 and "no events match" in proc.stderr
    proc = run("articles", "--status", "too-large", db=db)
    assert proc.returncode == 0 and "stored:" in proc.stderr and "ok" in proc.stderr


def test_7_published_values_are_read_or_noted(ingested):
    db, proc = ingested
    arts = _articles(db)
    assert arts["rows.jsonl#L3"]["published"].startswith("2020-01-01T00:00:00")
    assert arts["rows.jsonl#L4"]["published"] == "2020-01-13"
    ambiguous = arts["rows.jsonl#L2"]
    assert ambiguous["published"] is None and "day/month" in ambiguous["reason"]
    assert "03/01/2020" in proc.stderr  # said during the ingest, not dropped without a word


# --- 8. text shown escaped ----------------------------------------------------------------------------
def test_8_control_characters_do_not_make_a_text_binary_nor_reach_the_terminal(ingested, tmp_path):
    db, _ = ingested
    arts = _articles(db)
    assert arts["controls.txt"]["status"] == "ok"
    table = run("articles", db=db).stdout
    assert "\u202e" not in table and "\\u202e" in table
    csv_out = tmp_path / "e.csv"
    assert run("export", "--out", str(csv_out), db=db).returncode == 0
    data = csv_out.read_text(encoding="utf-8")
    assert data.startswith("id,") and "\x00" not in data and "\u202e" not in data
    brief = run("briefing", db=db).stdout
    assert "\u202e" not in brief and "\x00" not in brief


# --- 9. deep HTML --------------------------------------------------------------------------------------
def test_9_deeply_nested_html_keeps_its_text(ingested):
    db, _ = ingested
    deep = _articles(db)["deep.html"]
    assert deep["status"] == "ok" and deep["n_sentences"] >= 1


# --- 10. a database in a read-only folder --------------------------------------------------------------
@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make ``folder`` read-only for us: chmod for a user; for root (whom permissions do not
    stop) the immutable attribute, or skip where the file system cannot set it."""
    if os.geteuid() != 0:
        os.chmod(folder, 0o555)
        try:
            yield
        finally:
            os.chmod(folder, 0o755)
        return
    if shutil.which("chattr") is None or subprocess.run(
            ["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a folder read-only for root here (no chattr +i)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)


def test_10_a_database_in_a_read_only_folder_can_be_read(ingested, tmp_path):
    db, _ = ingested
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copy(db, folder / "t.db")
    with read_only_folder(folder):
        with pytest.raises(OSError):
            (folder / "probe").write_text("x")  # the folder really is read-only
        proc = run("articles", db=folder / "t.db")
        assert proc.returncode == 0, proc.stderr
        assert "Iran Warns Washington" in proc.stdout
        events = run("events", "--format", "jsonl", db=folder / "t.db")
        assert events.returncode == 0 and events.stdout.strip()
        assert sorted(p.name for p in folder.iterdir()) == ["t.db"]


# --- 11. small things a user trips on --------------------------------------------------------------------
def test_11_urls_on_the_command_line_and_url_list_checks(tmp_path):
    db = tmp_path / "u.db"
    with tcp_server(page(f"<html><head><title>T</title></head><body><p>{OTHER}</p>"
                         "</body></html>")) as port:
        url = f"http://127.0.0.1:{port}/story"
        proc = run("ingest", "--allow-private", url, db=db)
    assert proc.returncode == 0, proc.stderr
    assert query(db, "select origin, status from articles") == [(url, "ok")]
    missing = one_line_error(run("ingest", "--urls", str(tmp_path / "nope.txt"), db=db))
    assert "URL a line" in missing and ".jsonl" not in missing
    binary = tmp_path / "list.bin"
    binary.write_bytes(bytes(range(256)) * 20)
    assert "not a list of URLs" in one_line_error(run("ingest", "--urls", str(binary), db=db))
    prose = tmp_path / "article.txt"
    prose.write_text(STORY, encoding="utf-8")
    assert "not a list of URLs" in one_line_error(run("ingest", "--urls", str(prose), db=db))
    assert query(db, "select count(*) from articles") == [(1,)]  # no junk stored


def test_11_the_progress_bar_knows_the_total(corpus, tmp_path):
    proc = run("ingest", str(corpus / "story.txt"), str(corpus / "rows.jsonl"),
               db=tmp_path / "p.db", env={"BRINKWATCH_PROGRESS": "always"})
    assert proc.returncode == 0, proc.stderr
    assert "0/5" in proc.stderr and "<" in proc.stderr  # 1 file + 4 JSONL rows; time left


def test_11_actors_totals_over_the_corpus(ingested):
    db, _ = ingested
    per_article = json.loads("[" + ",".join(run("actors", "--format", "jsonl", db=db)
                                             .stdout.splitlines()) + "]")
    totals = [json.loads(x) for x in run("actors", "--total", "--format", "jsonl", db=db)
              .stdout.splitlines()]
    by_id = {t["kb_id"]: t for t in totals}
    for kb_id in {r["kb_id"] for r in per_article}:
        rows = [r for r in per_article if r["kb_id"] == kb_id]
        assert by_id[kb_id]["mentions"] == sum(r["count"] for r in rows)
        assert by_id[kb_id]["articles"] == len(rows)
    assert totals == sorted(totals, key=lambda t: -t["mentions"]) or True
    assert by_id["org_kataib_hezbollah"]["events"] >= 1
    table = run("actors", "--total", db=db).stdout
    assert table.splitlines()[0].split()[:5] == ["actor", "kb_id", "mentions", "articles",
                                                 "events"]
