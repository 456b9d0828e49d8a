"""From what a user typed (CLI flags, query-string parameters) to one
:class:`~brinkwatch.store.browse.EventQuery`: actor names resolved through the KB (aliases,
and descendants when ``rollup`` is on), dates checked, types upper-cased. The API, the
dashboard and ``brinkwatch tension`` all build their filters here.
"""

from __future__ import annotations

from collections.abc import Sequence

from brinkwatch.errors import StoreError
from brinkwatch.kb.model import TheatreKB
from brinkwatch.store.browse import MODALITIES, EventQuery, parse_day


def _party(kb: TheatreKB, value: str | None, rollup: bool) -> tuple[tuple[str, ...] | None, str | None]:
    if value is None or not value.strip():
        return None, None
    ids = kb.resolve_actor_query(value, members=rollup)
    return (ids, None) if ids else (None, value.strip())


def event_query(kb: TheatreKB, *, actor: str | None = None, target: str | None = None,
                type: Sequence[str] | str | None = None, modality: str | None = None,
                quad: int | None = None, since: str | None = None, until: str | None = None,
                outlet: str | None = None, article: str | None = None, q: str | None = None,
                located: bool = False, rollup: bool = True) -> EventQuery:
    """The :class:`EventQuery` for these filters; raises StoreError with what to fix."""
    actor_ids, actor_text = _party(kb, actor, rollup)
    target_ids, target_text = _party(kb, target, rollup)
    types = [type] if isinstance(type, str) else list(type or [])
    types = [t.strip().upper() for part in types for t in part.split(",") if t.strip()]
    if modality is not None and modality != "" and modality not in MODALITIES:
        raise StoreError(f"modality must be one of {', '.join(MODALITIES)}, got {modality!r}")
    if quad is not None and quad not in (1, 2, 3, 4):
        raise StoreError(f"quad must be 1, 2, 3 or 4, got {quad}")
    lo = parse_day(since, last=False, what="since")
    hi = parse_day(until, last=True, what="until")
    if lo and hi and lo > hi:
        raise StoreError(f"since ({since}) is after until ({until}); swap them")
    return EventQuery(actor_ids=actor_ids, actor_text=actor_text, target_ids=target_ids,
                      target_text=target_text, types=tuple(types) or None,
                      modality=modality or None, quad=quad, since=lo, until=hi,
                      outlet=outlet or None, article=article or None,
                      q=q.strip() if q and q.strip() else None, located=located)
