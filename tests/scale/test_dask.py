"""The Dask executor gives the very records of the local run, in input order."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from brinkwatch.errors import ConfigError
from brinkwatch.scale.corpus import write_corpus

BIN = [sys.executable, "-m", "brinkwatch.cli"]


def run(*args: str) -> str:
    env = {**os.environ, "BRINKWATCH_PROGRESS": "never"}
    proc = subprocess.run([*BIN, *args], env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.mark.slow
def test_dask_and_local_ingest_store_identical_records(tmp_path):
    corpus = tmp_path / "c"
    write_corpus(corpus, 7, median_words=60, per_file=3)
    local, dask = str(tmp_path / "local.db"), str(tmp_path / "dask.db")
    run("--db", local, "ingest", str(corpus))
    out = run("--db", dask, "ingest", "--executor", "dask", "--n-process", "1", str(corpus))
    assert "7 new" in out
    events = run("--db", local, "events", "--format", "jsonl")
    assert events.strip(), "the corpus should code some events"
    assert run("--db", dask, "events", "--format", "jsonl") == events
    assert run("--db", dask, "articles", "--format", "jsonl") == run("--db", local, "articles",
                                                                     "--format", "jsonl")
    # larger than memory: workers write Parquet shards, the single writer loads them
    sharded, shards = str(tmp_path / "sharded.db"), str(tmp_path / "shards")
    out = run("--db", sharded, "ingest", "--executor", "dask", "--n-process", "1", "--shards",
              shards, str(corpus))
    assert "wrote 7 articles" in out
    assert "7 new" in run("--db", sharded, "load", shards)
    assert run("--db", sharded, "events", "--format", "jsonl") == events


def test_unreachable_scheduler_is_a_one_line_error():
    from brinkwatch.pipeline import Context
    from brinkwatch.scale.dask import map_dask

    ctx = Context.__new__(Context)
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"):
        list(map_dask(iter([]), ctx, scheduler="tcp://127.0.0.1:1", connect_timeout=2))


def test_scheduler_without_dask_executor_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    proc = subprocess.run([*BIN, "--db", str(tmp_path / "x.db"), "ingest", "--scheduler",
                           "tcp://127.0.0.1:1", str(tmp_path / "a.txt")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "need --executor dask" in proc.stderr
