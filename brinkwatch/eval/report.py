"""Plain-text reports of the scores (what ``brinkwatch eval ...`` prints)."""

from __future__ import annotations

from collections.abc import Sequence

from brinkwatch.eval.actors import ActorScores
from brinkwatch.eval.events import EventScores
from brinkwatch.eval.plv import PlvScores


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    cells = [[str(c) for c in header]] + [[_cell(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for n, r in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _cell(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_event_report(scores: EventScores, *, summary: bool = False) -> str:
    """The report of ``brinkwatch eval events``; ``summary``: the figures, the per-type table and
    the counts of misses and false positives by kind, without any text (for a set kept blind)."""
    s = scores
    out = [
        f"events: precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}",
        f"  TP {s.tp} / {s.required} required gold  FP {s.fp}  neutral {s.neutral}  "
        f"hypothetical (not scored) {s.excluded}  documents {len(s.docs)}",
        f"  dates: {s.dated_right} of {s.dated} matched required events that the gold dates "
        f"carry its date ({s.date_accuracy:.3f})",
        "",
        *_table(["type", "TP", "FP", "FN", "P", "R", "F1"],
                [[t.type, t.tp, t.fp, t.fn, t.precision, t.recall, t.f1] for t in s.per_type]),
    ]
    for title, of in (("missed required gold events by kind", "misses"),
                      ("false positives by kind", "false_positives")):
        counts = s.kind_counts(of)
        if counts:
            out += ["", f"{title}:", *(f"  {n:4d}  {k}" for k, n in counts)]
    if summary:
        return "\n".join(out)
    if s.misses:
        out += ["", f"missed required gold events ({len(s.misses)}):"]
        out += [f"  {m.gold_id} [{'/'.join(m.types)}] {_clip(m.evidence, 80)}  ({m.kind})"
                for m in s.misses]
    wrong = [m for m in s.matches if m.required and m.gold_date and not m.date_right]
    if wrong:
        out += ["", f"matched events with a wrong or missing date ({len(wrong)}):"]
        out += [f"  {m.gold_id}: gold {m.gold_date}, predicted {m.date or '(none)'}"
                for m in wrong]
    if s.false_positives:
        out += ["", f"false positives ({len(s.false_positives)}):"]
        for f in s.false_positives:
            dup = f" (duplicate of {f.duplicate_of})" if f.duplicate_of else f" ({f.kind})"
            out.append(f"  {f.doc} {f.type}: {f.actor} -> {f.target}{dup}")
            out.append(f"      {_clip(f.sentence)}")
    if s.modality_checks:
        out += ["", "modality of gold events that carry one (reported, not scored):"]
        out += [f"  {c.gold_id}: gold {c.gold}, predicted "
                f"{c.predicted if c.predicted is not None else '(not found)'}"
                f"{'  ok' if c.agrees else ''}" for c in s.modality_checks]
    return "\n".join(out)


def format_actor_report(scores: ActorScores) -> str:
    s = scores
    out = [
        f"actors: recall {s.recall:.3f} ({s.required_found}/{s.required} required linked)  "
        f"optional {s.optional_found}/{s.optional}  must_not violations {len(s.violations)}",
        f"  mentions {s.mentions}, unknown (no KB link) {s.unknown_mentions}",
    ]
    if s.missed:
        out += ["", f"required actors not linked ({len(s.missed)}):"]
        for r in s.missed:
            surface = f' as "{r.surface}"' if r.surface else ""
            seen = f"  (that text linked to: {', '.join(r.linked_as)})" if r.linked_as else ""
            out.append(f"  {r.doc}: {' | '.join(r.actor)}{surface}{seen}")
    if s.violations:
        out += ["", "must_not violations:"]
        out += [f'  {v.doc}@{v.start}: "{v.mention}" linked to {v.linked_to}'
                for v in s.violations]
    return "\n".join(out)


def format_plv_report(scores: PlvScores) -> str:
    s = scores
    out = [
        f"PLV given the pair ({s.rows} rows): macro-F1 {s.macro_f1:.3f}  "
        f"accuracy {s.accuracy:.3f}  quad accuracy {s.quad_accuracy:.3f}",
        "",
        *_table(["root", "support", "P", "R", "F1"],
                [[r.root, r.support, r.precision, r.recall, r.f1] for r in s.roots]),
    ]
    if s.confusions:
        out += ["", "most frequent confusions (gold -> predicted):"]
        out += [f"  {g} -> {p}: {c}" for g, p, c in s.confusions]
    if s.e2e is not None:
        e = s.e2e
        out += ["", f"PLV end to end: precision {e.precision:.3f} ({e.matching}/{e.extracted} "
                    f"events)  recall {e.recall:.3f} ({e.rows_matched}/{e.rows} rows)  "
                    f"F1 {e.f1:.3f}"]
    return "\n".join(out)
