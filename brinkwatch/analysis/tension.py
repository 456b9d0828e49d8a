"""The tension index of an ordered pair of actors (a dyad), per day or per week, with
change-point alerts. Documented in ``docs/tension.md``; every number can be traced back to
the events under it.

For each event in which A acts on B::

    weight(event) = -intensity × modality_weight × corroboration_factor

- ``intensity`` is the PLOVER type's Goldstein-like intensity (-10 most hostile .. +10 most
  cooperative), so an assault adds about 9 and a consultation takes 1 away;
- ``modality_weight``: asserted 1, alleged 0.5, future (stated intent) 0.5, hypothetical,
  denied and negated 0 - things that did not happen count nothing;
- ``corroboration_factor`` = 1 + 0.5 × log2(reports) when the number of independent reports
  of the event is known (the stories work), else 1.

``raw(t)`` is the sum of the weights of the period's events; the index decays with a half-life
(7 days by default) and never drops below zero::

    index(t) = max(0, index(t-1) × 0.5 ** (period_days / half_life) + raw(t))

An **alert** marks a period whose raw weight jumps above what came before: ``raw(t) >=
min_jump`` and ``raw(t) > mean + k × sd`` of the previous ``window`` periods (zeros
included), so a steady level never alerts, however high.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from brinkwatch.analysis.filters import event_query
from brinkwatch.errors import ConfigError
from brinkwatch.kb.model import TheatreKB
from brinkwatch.store.browse import DyadGroup, DyadRow, dyad_groups, dyad_rows, top_dyads, week_of

MODALITY_WEIGHT: Mapping[str, float] = {
    "asserted": 1.0,
    "alleged": 0.5,
    "future": 0.5,
    "hypothetical": 0.0,
    "denied": 0.0,
    "negated": 0.0,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class TensionOptions:
    bucket: str = "day"  # day | week
    half_life_days: float = 7.0
    alert_window: int = 28  # periods of history an alert compares against
    alert_k: float = 3.0  # standard deviations above the mean
    alert_min_jump: float = 5.0  # smallest raw weight that can alert (about half an attack)

    def __post_init__(self) -> None:
        if self.bucket not in ("day", "week"):
            raise ConfigError(f"bucket must be day or week, got {self.bucket!r}")
        if not self.half_life_days > 0:
            raise ConfigError(f"half-life must be a positive number of days, got {self.half_life_days}")
        if self.alert_window < 2:
            raise ConfigError(f"alert window must be at least 2 periods, got {self.alert_window}")


@dataclass(frozen=True, slots=True, kw_only=True)
class TensionPoint:
    period: str  # first day of the period (ISO)
    index: float
    raw: float
    n_events: int
    event_ids: tuple[str, ...] = ()
    alert: bool = False
    baseline: float = 0.0  # mean raw weight of the window before (for alerts)


@dataclass(frozen=True, slots=True, kw_only=True)
class TensionSeries:
    actor: str
    target: str
    bucket: str
    points: tuple[TensionPoint, ...] = field(default_factory=tuple)

    @property
    def alerts(self) -> tuple[TensionPoint, ...]:
        return tuple(p for p in self.points if p.alert)

    @property
    def peak(self) -> TensionPoint | None:
        return max(self.points, key=lambda p: (p.index, p.period), default=None)


def event_weight(intensity: float, modality: str, reports: int = 1) -> float:
    """The contribution of one event to its dyad's raw tension (see the module docstring)."""
    factor = 1.0 + 0.5 * math.log2(reports) if reports > 1 else 1.0
    return -float(intensity) * MODALITY_WEIGHT.get(modality, 0.0) * factor


def _period(day: str, bucket: str) -> str:
    return day if bucket == "day" else week_of(day)


def _periods(first: str, last: str, bucket: str) -> list[str]:
    step = datetime.timedelta(days=1 if bucket == "day" else 7)
    d = datetime.date.fromisoformat(_period(first, bucket))
    end = datetime.date.fromisoformat(_period(last, bucket))
    out = []
    while d <= end:
        out.append(d.isoformat())
        d += step
    return out


def tension_series(rows: Iterable[DyadRow | DyadGroup], *, actor: str, target: str,
                   options: TensionOptions = TensionOptions(),
                   corroboration: Mapping[str, int] | None = None,
                   since: str | None = None, until: str | None = None) -> TensionSeries:
    """The index over every period from ``since`` (or the first event) to ``until`` (or the
    last event), one point per period, with the events under each point and the alerts."""
    bucket = options.bucket
    raw: dict[str, float] = {}
    ids: dict[str, list[str]] = {}
    days: list[str] = []
    for r in rows:
        p = _period(r.day, bucket)
        if isinstance(r, DyadGroup):  # a day's weights summed by the database (one report each)
            raw[p] = raw.get(p, 0.0) + r.weight
            ids.setdefault(p, []).extend(r.event_ids)
        else:
            reports = corroboration.get(r.event_id, 1) if corroboration else 1
            raw[p] = raw.get(p, 0.0) + event_weight(r.intensity, r.modality, reports)
            ids.setdefault(p, []).append(r.event_id)
        days.append(r.day)
    if not days and not (since and until):
        return TensionSeries(actor=actor, target=target, bucket=bucket)
    first = since or min(days)
    last = until or max(days)
    if first > last:
        return TensionSeries(actor=actor, target=target, bucket=bucket)
    step_days = 1 if bucket == "day" else 7
    keep = 0.5 ** (step_days / options.half_life_days)
    history: list[float] = []
    points: list[TensionPoint] = []
    index = 0.0
    for p in _periods(first, last, bucket):
        x = raw.get(p, 0.0)
        index = max(0.0, index * keep + x)
        window = history[-options.alert_window:]
        mean = sum(window) / len(window) if window else 0.0
        sd = math.sqrt(sum((v - mean) ** 2 for v in window) / len(window)) if window else 0.0
        alert = x >= options.alert_min_jump and x > mean + options.alert_k * sd
        points.append(TensionPoint(period=p, index=round(index, 3), raw=round(x, 3),
                                   n_events=len(ids.get(p, ())),
                                   event_ids=tuple(sorted(ids.get(p, ()))), alert=alert,
                                   baseline=round(mean, 3)))
        history.append(x)
    return TensionSeries(actor=actor, target=target, bucket=bucket, points=tuple(points))


def period_end(period: str, bucket: str) -> str:
    """The last day of a period that starts on ``period``."""
    if bucket == "day":
        return period
    return (datetime.date.fromisoformat(period) + datetime.timedelta(days=6)).isoformat()


def format_series(series: TensionSeries, *, actor_name: str, target_name: str,
                  alerts_only: bool = False) -> str:
    """Plain text for ``brinkwatch tension``: one line per period with events (or per alert)."""
    pts = series.alerts if alerts_only else tuple(p for p in series.points if p.n_events or p.alert)
    head = (f"{actor_name} -> {target_name}  ({series.bucket}; "
            f"{sum(p.n_events for p in series.points)} events, {len(series.alerts)} alerts"
            + (f", peak {series.peak.index:g} on {series.peak.period}" if series.peak else "") + ")")
    lines = [head]
    if not series.points:
        lines.append("  no dated events for this dyad")
    for p in pts:
        ids = ", ".join(i[:12] for i in p.event_ids[:5]) + (" ..." if len(p.event_ids) > 5 else "")
        lines.append(f"  {p.period}  index {p.index:7.2f}  raw {p.raw:+7.2f}  "
                     f"{p.n_events:3d} events{'  ALERT (baseline ' + format(p.baseline, 'g') + ')' if p.alert else ''}"
                     f"  {ids}")
    return "\n".join(lines)


def dyad_tension(conn: Connection, kb: TheatreKB, *, actor: str, target: str,
                 options: TensionOptions = TensionOptions(), since: str | None = None,
                 until: str | None = None, rollup: bool = True,
                 corroboration: Mapping[str, int] | None = None) -> TensionSeries:
    """The tension series of ``actor`` acting on ``target`` (names, aliases or kb ids; with
    ``rollup`` an actor also stands for the bodies under it in the KB)."""
    query = event_query(kb, actor=actor, target=target, since=since, until=until, rollup=rollup)
    groups = dyad_groups(conn, query, MODALITY_WEIGHT) if not corroboration else None
    rows: list[DyadRow] | list[DyadGroup] = groups if groups is not None else dyad_rows(conn, query)
    return tension_series(rows, actor=actor, target=target, options=options,
                          corroboration=corroboration, since=query.since, until=query.until)


def top_dyad_tension(conn: Connection, kb: TheatreKB, *, options: TensionOptions = TensionOptions(),
                     since: str | None = None, until: str | None = None,
                     limit: int = 5) -> list[tuple[dict[str, Any], TensionSeries]]:
    """The series of the ``limit`` dyads with the most hostile events (exact KB ids, no rollup)."""
    pairs = top_dyads(conn, event_query(kb, since=since, until=until), limit=limit)
    return [(p, dyad_tension(conn, kb, actor=p["actor"], target=p["target"], options=options,
                             since=since, until=until, rollup=False)) for p in pairs]


def tension_report(conn: Connection, kb: TheatreKB, *, dyad: tuple[str, str] | None,
                   bucket: str = "day", half_life_days: float = 7.0, since: str | None = None,
                   until: str | None = None, rollup: bool = True
                   ) -> list[tuple[dict[str, Any], TensionSeries, tuple[str, str]]]:
    """What ``brinkwatch tension`` prints: (pair, series, display names) for one dyad, or for
    the most hostile dyads when ``dyad`` is None."""
    from brinkwatch.kb.describe import find_actor

    options = TensionOptions(bucket=bucket, half_life_days=half_life_days)
    if dyad is not None:
        names = []
        for q in dyad:
            found = kb.get(q) or (kb.lookup(q) or (None,))[0]
            if found is None:
                find_actor(kb, q)  # raises with the closest names
            names.append(found.name if found else q)
        series = dyad_tension(conn, kb, actor=dyad[0], target=dyad[1], options=options,
                              since=since, until=until, rollup=rollup)
        return [({"actor": dyad[0], "target": dyad[1]}, series, (names[0], names[1]))]
    return [(p, s, (p["actor_name"] or p["actor"], p["target_name"] or p["target"]))
            for p, s in top_dyad_tension(conn, kb, options=options, since=since, until=until)]
