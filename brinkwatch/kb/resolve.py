"""Turning what a user types into the KB ids an actor filter should match.

``resolve_actor_filter(kb, "Iran")`` -> the id of Iran plus, with ``descendants=True``, every
actor whose ``parent`` chain leads to it (the IRGC, its Quds Force, the ministries...), so a
filter on a state or an umbrella body also finds the events coded on its parts. The query may
be a kb id, a canonical name or any alias (normalised as the KB normalises names).

This is the one place the API, the dashboard and ``brinkwatch tension`` resolve actor
filters. (A resolver in the KB proper is being built elsewhere; fold this into it then.)
"""

from __future__ import annotations

from brinkwatch.kb.model import TheatreKB


def descendants_of(kb: TheatreKB, kb_id: str) -> tuple[str, ...]:
    """Ids of the actors whose ``parent`` chain passes through ``kb_id`` (not ``kb_id`` itself)."""
    out = []
    for a in kb.actors.values():
        seen = {a.id}
        cur = a.parent
        while cur and cur not in seen:
            if cur == kb_id:
                out.append(a.id)
                break
            seen.add(cur)
            parent = kb.actors.get(cur)
            cur = parent.parent if parent else None
    return tuple(sorted(out))


def resolve_actor_filter(kb: TheatreKB, query: str, *,
                         descendants: bool = True) -> tuple[str, ...] | None:
    """KB ids matched by ``query`` (an id, name or alias; ambiguous aliases give every
    candidate), widened to their descendants; None when the KB knows no such actor, in which
    case callers fall back to matching the written text."""
    query = query.strip()
    if not query:
        return None
    direct = kb.get(query)
    found = (direct,) if direct is not None else kb.lookup(query)
    if not found:
        return None
    ids: set[str] = set()
    for actor in found:
        ids.add(actor.id)
        if descendants:
            ids.update(descendants_of(kb, actor.id))
    return tuple(sorted(ids))
