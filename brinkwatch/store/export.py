"""Writing events out: JSON Lines (one export dict a line) or CSV (one flat row an event)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
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
