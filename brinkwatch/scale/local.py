"""Local parallelism: worker processes run the whole ``pipeline.process`` (parse + extract).

The parent only hands out batches of articles and receives :class:`ArticleResult` batches back,
in input order, so the single writer (``ingest``) stays in the parent. Each worker builds (or,
on Linux, inherits by ``fork``) the knowledge base and the language model once.

Workers never outlive the parent: on Linux each asks the kernel for SIGKILL when its parent
dies (``PR_SET_PDEATHSIG``), and everywhere each checks its parent's pid between batches. A
worker ignores Ctrl-C; the parent stops them when it stops.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from brinkwatch.errors import BrinkwatchError

if TYPE_CHECKING:
    from brinkwatch.pipeline import Context
    from brinkwatch.records import Article, ArticleResult

_POLL_S = 0.5
_PR_SET_PDEATHSIG = 1

# the parent's Context, inherited by forked workers (never pickled on Linux)
_INHERITED: Context | None = None


def _die_with_parent(parent_pid: int) -> None:
    """Make sure this process ends when ``parent_pid`` does, even after a kill -9."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - unusual libc
            pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:  # portable fallback: poll the parent
        while True:
            threading.Event().wait(1.0)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="brinkwatch-parent-watch").start()


def _worker(tasks: Any, results: Any, parent_pid: int, spec: tuple[Any, ...] | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent_pid)
    from brinkwatch.pipeline import build_context, run_batch

    if spec is None:
        ctx = _INHERITED
        assert ctx is not None
    else:
        theatre_paths, rules_paths, options = spec
        ctx = build_context(theatre_paths=theatre_paths, rules_paths=rules_paths,
                            options=options)
    while True:
        try:
            task = tasks.get(timeout=_POLL_S)
        except queue.Empty:
            continue
        if task is None:
            return
        seq, batch = task
        try:
            out = list(run_batch(batch, ctx, batch_size=max(1, len(batch))))
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which raises it
            results.put((seq, None, f"{type(exc).__name__}: {exc}"))
        else:
            results.put((seq, out, None))


def _start_method() -> str:
    return "fork" if sys.platform.startswith("linux") else "spawn"


def map_processes(articles: Iterable[Article], ctx: Context, *, workers: int,
                  batch_size: int = 16) -> Iterator[ArticleResult]:
    """Yield ``process(article, ctx)`` for every article, in input order, computed by
    ``workers`` processes. The parent reads ``articles`` lazily (at most a few batches ahead)."""
    global _INHERITED
    if workers < 1:
        raise BrinkwatchError(f"workers must be 1 or more, got {workers}")
    method = _start_method()
    mpctx = mp.get_context(method)
    tasks = mpctx.Queue(maxsize=workers * 2)
    results = mpctx.Queue()
    spec = None if method == "fork" else (ctx.theatre_paths, ctx.rules_paths, ctx.options)
    _INHERITED = ctx
    procs = [mpctx.Process(target=_worker, args=(tasks, results, os.getpid(), spec),
                           daemon=True, name=f"brinkwatch-worker-{i}")
             for i in range(workers)]
    try:
        for p in procs:
            p.start()
    finally:
        _INHERITED = None
    it = iter(articles)
    ready: dict[int, list[ArticleResult]] = {}
    sent = done = 0
    exhausted = False
    try:
        while True:
            # keep every worker busy, with at most two batches queued per worker
            while not exhausted and sent - done < workers * 2:
                batch = list(islice(it, batch_size))
                if not batch:
                    exhausted = True
                    break
                tasks.put((sent, batch))
                sent += 1
            if exhausted and done == sent:
                return
            while done not in ready:
                seq, out, error = _next_result(results, procs)
                if error is not None:
                    raise BrinkwatchError(f"a worker failed on a batch: {error}")
                ready[seq] = out
            yield from ready.pop(done)
            done += 1
    finally:
        _stop(procs, tasks)


def _next_result(results: Any, procs: list[Any]) -> tuple[int, Any, str | None]:
    while True:
        try:
            return results.get(timeout=_POLL_S)  # type: ignore[no-any-return]
        except queue.Empty:
            dead = [p for p in procs if not p.is_alive()]
            if dead:
                raise BrinkwatchError(
                    f"worker process {dead[0].name} ended unexpectedly (exit code "
                    f"{dead[0].exitcode}); out of memory? retry with fewer --workers"
                ) from None


def _stop(procs: list[Any], tasks: Any) -> None:
    for _ in procs:
        try:
            tasks.put_nowait(None)
        except (queue.Full, ValueError, OSError):
            break
    for p in procs:
        p.join(timeout=2)
    for p in procs:
        if p.is_alive():
            p.kill()
            p.join(timeout=2)
    tasks.cancel_join_thread()
    tasks.close()
