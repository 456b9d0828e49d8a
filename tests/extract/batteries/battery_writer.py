"""Writes a battery of our own rows in the dev format (articles.jsonl + gold.events.jsonl), shared
by the make_*.py scripts beside it. A row: (doc, text, golds); a gold: (types, actor, target,
evidence, required); required golds are written first, each evidence must be in its text."""

from __future__ import annotations

import json
from pathlib import Path


def write_battery(rows: list, out: Path, *, published: str, url_prefix: str) -> None:  # type: ignore[type-arg]
    out.mkdir(parents=True, exist_ok=True)
    with (out / "articles.jsonl").open("w", encoding="utf-8") as arts, \
            (out / "gold.events.jsonl").open("w", encoding="utf-8") as gold:
        for doc, text, golds in rows:
            arts.write(json.dumps({"doc": doc, "url": f"{url_prefix}{doc}",
                                   "outlet": "battery.example", "published": published,
                                   "text": text}, ensure_ascii=False) + "\n")
            ordered = sorted(golds, key=lambda g: not g[4])  # required first
            for i, (types, actor, target, evidence, required) in enumerate(ordered, 1):
                assert evidence in text, (doc, evidence)
                gold.write(json.dumps({"doc": doc, "id": f"{doc}-e{i}", "required": required,
                                       "type": types, "actor": actor, "target": target,
                                       "date": None, "evidence": evidence},
                                      ensure_ascii=False) + "\n")
