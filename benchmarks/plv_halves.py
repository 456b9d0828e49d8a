"""The PLV sentence benchmark split in two stable halves: a pseudo held-out measure.

    .venv/bin/python benchmarks/plv_halves.py PATH/TO/PLV_train.tsv [--dump DIR]

A row falls in half 1 or half 2 by the parity of the SHA-1 of its sentence, so every row of a
sentence lands in the same half and the split never changes. Error analysis is done on half 1
only; a rule is kept when half 2 does not fall. Prints, for each half, the given-pair macro-F1,
accuracy and quad accuracy, and the end-to-end (actor, type, target) precision, recall and F1.

With ``--dump DIR``, writes ``DIR/half1.jsonl`` (one line a half-1 row: gold, the given-pair
prediction and the events extracted from the sentence alone) for the error analysis. Nothing
here ships the TSV's text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import replace
from pathlib import Path


def half_of(sentence: str) -> int:
    """1 or 2: the parity of the SHA-1 of the sentence (UTF-8)."""
    return 1 + hashlib.sha1(sentence.encode("utf-8")).digest()[-1] % 2


def main(argv: list[str] | None = None) -> int:
    from brinkwatch.eval.plv import (
        event_matches_row,
        load_plv,
        predict_pairs,
        run_sentences,
        score_end_to_end,
        score_pairs,
    )
    from brinkwatch.pipeline import build_context

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tsv", help="the PLV TSV (e.g. ../shared/benchmarks/plv/PLV_train.tsv)")
    ap.add_argument("--dump", help="folder for half1.jsonl (error analysis of half 1)")
    ap.add_argument("--no-e2e", action="store_true", help="given-pair only (fast)")
    args = ap.parse_args(argv)

    ctx = build_context()
    rows = load_plv(args.tsv)
    halves = {1: [r for r in rows if half_of(r.sentence) == 1],
              2: [r for r in rows if half_of(r.sentence) == 2]}
    for h, hrows in halves.items():
        pairs = predict_pairs(hrows, ctx)
        scores = score_pairs(hrows, pairs, top_confusions=15)
        results = []
        if not args.no_e2e:
            results = run_sentences(hrows, ctx, origin=f"plv-half{h}")
            scores = replace(scores, e2e=score_end_to_end(hrows, results))
        line = (f"half {h}: rows {scores.rows}  given-pair macro-F1 {scores.macro_f1:.3f} "
                f"acc {scores.accuracy:.3f} quad {scores.quad_accuracy:.3f}")
        if scores.e2e is not None:
            e = scores.e2e
            line += f"  e2e P {e.precision:.3f} R {e.recall:.3f} F1 {e.f1:.3f}"
        print(line)
        if h == 1:
            print("  confusions (gold -> predicted):",
                  ", ".join(f"{g}->{p} {c}" for g, p, c in scores.confusions))
        if h == 1 and args.dump:
            out = Path(args.dump)
            out.mkdir(parents=True, exist_ok=True)
            by_sentence = dict(results)
            with (out / "half1.jsonl").open("w", encoding="utf-8") as fh:
                for row, (root, quad) in zip(hrows, pairs, strict=True):
                    res = by_sentence.get(row.sentence)
                    srows = [r for r in hrows if r.sentence == row.sentence]
                    events = [] if res is None else [
                        {"type": e.type, "actors": [a.text for a in e.actors],
                         "targets": [a.text for a in e.targets],
                         "trigger": e.evidence[0].trigger if e.evidence else None,
                         "modality": e.modality, "reportable": e.reportable,
                         "matches_row": event_matches_row(e, row, res.mentions),
                         "matches_any": any(event_matches_row(e, r, res.mentions)
                                            for r in srows)}
                        for e in res.events]
                    fh.write(json.dumps({"row": row.row, "sentence": row.sentence,
                                         "source": row.source, "target": row.target,
                                         "gold": row.gold_root, "pred": root,
                                         "gold_quad": row.gold_quad, "quad": quad,
                                         "events": events}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
