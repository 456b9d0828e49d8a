"""Worker processes run the whole pipeline; results equal the in-process run; no orphans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from brinkwatch.errors import BrinkwatchError
from brinkwatch.scale.corpus import write_corpus
from brinkwatch.scale.local import map_processes
from brinkwatch.sources import iter_path

BIN = [sys.executable, "-m", "brinkwatch.cli"]


@pytest.fixture(scope="module")
def ctx():
    from brinkwatch.pipeline import build_context

    return build_context()


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gen")
    write_corpus(folder, 10, median_words=60, per_file=4)
    return list(iter_path(folder))


@pytest.mark.slow
@pytest.mark.parametrize("workers,batch_size", [(2, 3), (1, 16)])
def test_workers_give_the_records_of_the_in_process_run_in_input_order(ctx, articles, workers,
                                                                       batch_size):
    from brinkwatch.pipeline import run_batch

    local = list(run_batch(articles, ctx))
    parallel = list(map_processes(iter(articles), ctx, workers=workers, batch_size=batch_size))
    assert [r.article.id for r in parallel] == [a.id for a in articles]
    assert sum(len(r.events) for r in local) > 0, "the corpus should code some events"
    assert parallel == local


@pytest.mark.slow
def test_stopping_early_ends_the_workers(ctx, articles):
    before = {p.pid for p in psutil.Process().children()}
    gen = map_processes(iter(articles), ctx, workers=2, batch_size=2)
    first = next(gen)
    assert first.article.id == articles[0].id
    workers = [p for p in psutil.Process().children() if p.pid not in before]
    assert len(workers) == 2
    gen.close()
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive


@pytest.mark.slow
def test_a_worker_that_dies_is_a_one_line_error_not_a_hang(ctx, articles):
    before = {p.pid for p in psutil.Process().children()}
    gen = map_processes(iter(articles * 20), ctx, workers=2, batch_size=1)
    next(gen)
    for p in psutil.Process().children():
        if p.pid not in before:
            p.kill()
    with pytest.raises(BrinkwatchError, match="ended unexpectedly"):
        for _ in gen:
            pass


def test_zero_workers_is_refused(ctx):
    with pytest.raises(BrinkwatchError, match="1 or more"):
        list(map_processes(iter([]), ctx, workers=0))


@pytest.mark.slow
def test_workers_end_when_the_parent_is_killed(tmp_path: Path):
    write_corpus(tmp_path / "c", 200, median_words=300)
    env = {**os.environ, "BRINKWATCH_PROGRESS": "never"}
    proc = subprocess.Popen([*BIN, "--db", str(tmp_path / "k.db"), "ingest", "--n-process", "2",
                             str(tmp_path / "c")], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    parent = psutil.Process(proc.pid)
    deadline = time.time() + 120
    workers: list[psutil.Process] = []
    while time.time() < deadline and len(workers) < 2 and proc.poll() is None:
        workers = parent.children()
        time.sleep(0.2)
    assert len(workers) == 2, "the ingest should have started two workers"
    time.sleep(1.0)  # let them take work
    os.kill(proc.pid, signal.SIGKILL)  # the parent only: nothing else is told
    proc.wait()
    gone, alive = psutil.wait_procs(workers, timeout=15)
    assert not alive, f"orphaned workers: {[p.pid for p in alive]}"
