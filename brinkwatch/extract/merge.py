"""Merging the events of one article that tell the same thing, and their ids."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from brinkwatch.extract.arguments import ref_key
from brinkwatch.records import DateRef, Event, Modality, event_id


def _dates_compatible(a: DateRef, b: DateRef) -> bool:
    if a.value is None or b.value is None:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def merge_events(events: Sequence[Event]) -> list[Event]:
    """Merge events of one article that tell the same thing (same type, actor ids, target ids,
    compatible date): one Event with every evidence span, the first telling's fields, the
    highest confidence; then give each its deterministic id."""
    groups: list[Event] = []
    for ev in events:
        key = (ev.type, tuple(sorted(ref_key(a) for a in ev.actors)),
               tuple(sorted(ref_key(t) for t in ev.targets)))
        for j, g in enumerate(groups):
            gkey = (g.type, tuple(sorted(ref_key(a) for a in g.actors)),
                    tuple(sorted(ref_key(t) for t in g.targets)))
            if gkey == key and _dates_compatible(g.date, ev.date):
                date = g.date if g.date.value is not None else ev.date
                spans = g.evidence + tuple(e for e in ev.evidence if e not in g.evidence)
                modality = g.modality if g.modality == Modality.ASSERTED else ev.modality \
                    if ev.modality == Modality.ASSERTED else g.modality
                groups[j] = replace(g, date=date, evidence=spans, modality=modality,
                                    location=g.location or ev.location,
                                    confidence=max(g.confidence, ev.confidence))
                break
        else:
            groups.append(ev)
    out = []
    for g in groups:
        first = g.evidence[0]
        eid = event_id(g.article_id, g.type, tuple(ref_key(a) for a in g.actors),
                       tuple(ref_key(t) for t in g.targets), first.start, first.trigger_start)
        out.append(replace(g, id=eid))
    return out
