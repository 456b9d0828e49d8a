"""Process-level guarantees of the store: crash safety and a reader beside a writer."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from brinkwatch.store import open_store

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]

WRITER = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from factory import make_result
import brinkwatch.store.writer as writer
from brinkwatch.store import open_store

db, start, stop, pause, hang_at = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
current = {"n": -1}
original = writer._insert_derived

def insert_derived(conn, result, now):
    original(conn, result, now)
    if current["n"] == hang_at:  # inside the open transaction, after every row is written
        print("inside", current["n"], flush=True)
        time.sleep(60)

writer._insert_derived = insert_derived
with open_store(db) as store:
    print("ready", flush=True)
    for n in range(start, stop):
        current["n"] = n
        print(n, store.write(make_result(n)), flush=True)
        if pause:
            time.sleep(pause)
print("done", flush=True)
"""


def start_writer(db: Path, start: int, stop: int, *, pause: float = 0.0,
                 hang_at: int = -1) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(HERE), str(db), str(start), str(stop), str(pause),
         str(hang_at)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)


def read_until(proc: subprocess.Popen[str], predicate, timeout: float = 30.0) -> list[str]:
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"writer ended early: {proc.stderr.read() if proc.stderr else ''}")
        lines.append(line.strip())
        if predicate(line.strip()):
            return lines
    raise AssertionError("writer too slow")


def kill(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    for stream in (proc.stdout, proc.stderr):
        if stream:
            stream.close()


def assert_consistent(db: Path, expected_per_article: int = 3) -> set[str]:
    with closing(sqlite3.connect(db)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    with open_store(db, readonly=True) as store:
        rows = store.articles()
        for row in rows:  # every article fully there, with all its records
            assert (row.n_events, row.n_sentences) == (expected_per_article, 4), row
        assert len(store.events()) == expected_per_article * len(rows)
        return {r.id for r in rows}


@pytest.mark.parametrize("kill_after", [5, 37])
def test_sigkill_between_and_during_writes_leaves_consistent_db(tmp_path, make_result, kill_after):
    db = tmp_path / "crash.db"
    n = 60
    proc = start_writer(db, 0, n, hang_at=kill_after)
    lines = read_until(proc, lambda line: line.startswith("inside"))
    kill(proc)
    written = {int(x.split()[0]) for x in lines if x.split()[0].isdigit()}
    assert written == set(range(kill_after))
    present = assert_consistent(db)
    assert present == {make_result(i).article.id for i in range(kill_after)}
    # a rerun completes the job: earlier articles unchanged, the rest new
    proc = start_writer(db, 0, n)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    statuses = [line.split()[1] for line in out.splitlines() if line.split()[0].isdigit()]
    assert statuses == ["unchanged"] * kill_after + ["new"] * (n - kill_after)
    assert len(assert_consistent(db)) == n


def test_sigkill_at_a_random_moment(tmp_path):
    db = tmp_path / "crash.db"
    proc = start_writer(db, 0, 2000)
    read_until(proc, lambda line: line.split()[0] == "25")
    kill(proc)
    present = assert_consistent(db)
    assert len(present) >= 25
    proc = start_writer(db, 0, 100)
    proc.communicate(timeout=60)
    assert len(assert_consistent(db)) >= 100


def test_reader_process_reads_while_writer_writes(tmp_path):
    db = tmp_path / "live.db"
    n = 150
    proc = start_writer(db, 0, n, pause=0.004)
    read_until(proc, lambda line: line == "ready")
    seen: list[int] = []
    with open_store(db, readonly=True) as reader:
        while proc.poll() is None:
            rows = reader.articles()
            assert all(r.n_events == 3 for r in rows)  # never half an article
            seen.append(len(rows))
            evs = reader.events(type="ASSAULT")
            assert len(evs) >= seen[-1]
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
        final = len(reader.articles())
    assert final == n
    assert seen == sorted(seen)  # counts only grow
    assert any(0 < k < n for k in seen), "the reader never ran while the writer was writing"
