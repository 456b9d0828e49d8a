"""A read-only store serves many threads at once (the API answers from a thread pool):
no thread's connection is closed under it."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import func, select

from brinkwatch.store import open_store, schema


def test_twelve_threads_read_a_readonly_store_together(tmp_path: Path, make_result) -> None:
    path = tmp_path / "r.db"
    with open_store(path) as store:
        for i in range(3):
            store.write(make_result(i))
    errors: list[BaseException] = []
    counts: list[int] = []
    start = threading.Barrier(12)
    ro = open_store(path, readonly=True)

    def read() -> None:
        try:
            start.wait()
            for _ in range(20):
                with ro.snapshot() as conn:
                    counts.append(conn.execute(select(func.count()).select_from(schema.events)).scalar_one())
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ro.close()
    assert errors == []
    assert len(counts) == 240 and len(set(counts)) == 1 and counts[0] > 0
