"""`brinkwatch serve` and `brinkwatch tension` as a user runs them (real processes)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

BIN = [sys.executable, "-m", "brinkwatch.cli"]


def _builder() -> Any:
    import brinkwatch_tests_api_builder  # registered by tests/conftest.py

    return brinkwatch_tests_api_builder


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _builder().build(tmp_path_factory.mktemp("cli") / "c.db")  # type: ignore[no-any-return]


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRINKWATCH_DB": str(db)}
    return subprocess.run([*BIN, *args], capture_output=True, text=True, env=env, timeout=120)


def test_tension_of_a_dyad_shows_the_alert(db: Path) -> None:
    p = run("tension", "--dyad", "KH", "United States", db=db)
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines()[0].startswith("Kata'ib Hezbollah -> United States")
    line = next(x for x in p.stdout.splitlines() if x.strip().startswith("2025-10-20"))
    assert "ALERT" in line and "4 events" in line


def test_tension_alerts_as_jsonl(db: Path) -> None:
    p = run("tension", "--dyad", "KH", "United States", "--alerts", "--format", "jsonl", db=db)
    assert p.returncode == 0, p.stderr
    rows = [json.loads(x) for x in p.stdout.splitlines()]
    assert rows and all(r["alert"] for r in rows)
    assert "2025-10-20" in {r["period"] for r in rows}


def test_tension_without_dyad_lists_the_most_hostile(db: Path) -> None:
    p = run("tension", "--week", db=db)
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("Kata'ib Hezbollah -> United States  (week;")


@pytest.mark.parametrize("args, words", [
    (("tension", "--dyad", "Nobodyz Brigade", "United States"), "no actor"),
    (("tension", "--since", "last week"), "since must be an ISO date"),
    (("tension", "--half-life", "0"), "half-life"),
])
def test_tension_errors_are_one_line(db: Path, args: tuple[str, ...], words: str) -> None:
    p = run(*args, db=db)
    assert p.returncode == 1
    assert len(p.stderr.strip().splitlines()) == 1 and words in p.stderr
    assert "Traceback" not in p.stderr


def test_serve_without_a_database_is_one_line(tmp_path: Path) -> None:
    p = run("serve", "--port", "1", db=tmp_path / "missing.db")
    assert p.returncode == 1
    assert "no database" in p.stderr and "Traceback" not in p.stderr


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return int(port)


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_answers_on_loopback(db: Path, workers: int) -> None:
    port = free_port()
    env = {**os.environ, "BRINKWATCH_DB": str(db)}
    proc = subprocess.Popen([*BIN, "serve", "--port", str(port), "--workers", str(workers)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise AssertionError(proc.stderr.read() if proc.stderr else "no server") from None
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["total"] == 14
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=20)
    assert "dashboard at http://127.0.0.1:" in err and "warning" not in err
    assert f"{workers} worker process" in err and "Traceback" not in err


def test_serve_with_no_workers_is_one_line(db: Path) -> None:
    p = run("serve", "--port", str(free_port()), "--workers", "0", db=db)
    assert p.returncode == 1
    assert len(p.stderr.strip().splitlines()) == 1 and "workers must be between 1" in p.stderr
