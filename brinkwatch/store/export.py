"""Writing events out: JSON Lines (one export dict a line) or CSV (one flat row an event)."""

from __future__ import annotations

import csv
import errno
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Literal, TextIO

from brinkwatch.contract import CSV_FIELDS, dumps_event, flatten_for_csv
from brinkwatch.errors import StoreError

FORMATS = ("jsonl", "csv")


def write_events(fp: TextIO, events: Iterable[Mapping[str, Any]], *,
                 format: Literal["jsonl", "csv"]) -> int:
    """Write ``events`` (export dicts) to ``fp``; return how many were written."""
    if format not in FORMATS:
        raise StoreError(f"unknown export format {format!r}: use one of {', '.join(FORMATS)}")
    n = 0
    if format == "jsonl":
        for d in events:
            fp.write(dumps_event(d))
            fp.write("\n")
            n += 1
        return n
    writer = csv.DictWriter(fp, fieldnames=list(CSV_FIELDS), extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    for d in events:
        writer.writerow(flatten_for_csv(d))
        n += 1
    return n


def atomic_write(path: str | Path, write: Callable[[TextIO], int]) -> int:
    """Call ``write(fp)`` on a temporary text file beside ``path`` and rename it onto ``path``
    at the end (after fsync); see :func:`atomic_file`."""

    def text(tmp: str) -> int:
        with open(tmp, "w", encoding="utf-8", newline="") as fp:
            n = write(fp)
            fp.flush()
            os.fsync(fp.fileno())
        return n

    return atomic_file(path, text)


def atomic_file(path: str | Path, write: Callable[[str], int]) -> int:
    """Call ``write(tmp_path)`` to fill a temporary file beside ``path`` (any writer: text, CSV,
    Parquet) and rename it onto ``path`` at the end; on any failure the temporary file is
    removed and ``path`` is untouched. Returns what ``write`` returned. OS errors become
    one-line StoreErrors."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise StoreError(f"cannot write {target}: the folder {folder} does not exist; create it "
                         "or choose another --out")
    if target.is_dir():
        raise StoreError(f"cannot write {target}: it is a folder; give a file name")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
        os.close(fd)
    except OSError as exc:
        raise StoreError(f"cannot write in {folder}: {exc.strerror}; choose a writable "
                         "folder") from None
    try:
        n = write(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        _unlink(tmp)
        full = exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
        hint = ("the disk is full (or the file too large); free space and export again"
                if full else f"{exc.strerror or exc}; check the path and export again")
        raise StoreError(f"cannot write {target}: {hint} (the previous file, if any, "
                         "is unchanged)") from None
    except BaseException:
        _unlink(tmp)
        raise
    return n


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
