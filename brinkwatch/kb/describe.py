"""Text about actors for people: ``brinkwatch kb show NAME`` and error messages."""

from __future__ import annotations

import difflib

from brinkwatch.errors import KnowledgeBaseError
from brinkwatch.kb.model import KBActor, TheatreKB, norm_key

_MAX_SUGGESTIONS = 5


def find_actor(kb: TheatreKB, query: str) -> KBActor | None:
    """The actor whose id, canonical name or alias is ``query`` (normalised).

    An ambiguous written form returns its first actor (the one that claims it).
    Raises :class:`KnowledgeBaseError` with the closest names when nothing matches;
    returns None only for an empty query.
    """
    query = query.strip()
    if not query:
        return None
    actor = kb.get(query)
    if actor is not None:
        return actor
    found = kb.lookup(query)
    if found:
        return found[0]
    raise KnowledgeBaseError(_not_found(kb, query))


def _not_found(kb: TheatreKB, query: str) -> str:
    names: dict[str, str] = {}  # normalised form -> canonical name
    for form, kb_id in kb.surface_forms():
        actor = kb.get(kb_id)
        if actor is not None:
            names.setdefault(norm_key(form), actor.name)
    for kb_id, actor in kb.actors.items():
        names.setdefault(kb_id, actor.name)
    close = difflib.get_close_matches(norm_key(query), list(names), n=20, cutoff=0.6)
    suggestions: list[str] = []
    for key in close:
        if names[key] not in suggestions:
            suggestions.append(names[key])
    hint = (f"; did you mean: {', '.join(suggestions[:_MAX_SUGGESTIONS])}?" if suggestions
            else "; try an id (e.g. org_kataib_hezbollah), a canonical name or an alias")
    return f"no actor {query!r} in theatre {kb.name!r}{hint}"


def _name_of(kb: TheatreKB, target: str) -> str:
    actor = kb.get(target)
    return f"{actor.name} [{actor.id}]" if actor else target


def _source_line(kb: TheatreKB, source_id: str) -> str:
    src = kb.sources.get(source_id)
    if src is None:
        return f"  - {source_id}"
    parts = [p for p in (src.title, src.publisher, src.date) if p]
    text = " — ".join(parts) if parts else source_id
    return f"  - [{source_id}] {text}" + (f" <{src.url}>" if src.url else "")


def describe_actor(kb: TheatreKB, name_or_id: str) -> str:
    """A plain-text card: name, id, type, country/sector, ancestors, aliases, relations with
    target names and confidence, offices with dates, sources with titles and URLs."""
    actor = find_actor(kb, name_or_id)
    if actor is None:
        raise KnowledgeBaseError("give an actor name, alias or id (e.g. 'Kata'ib Hezbollah')")
    lines = [f"{actor.name}  [{actor.id}]"]
    country = actor.country
    if country is None:
        state = kb.state_of(actor.id)
        country = state.country if state else None
    lines.append(f"type: {actor.type}   country: {country or '-'}   sector: {actor.sector or '-'}"
                 + ("" if actor.verified else "   (unverified)"))
    ancestors = kb.ancestors(actor.id)
    if ancestors:
        lines.append(f"part of: {' > '.join(ancestors)}")
    if actor.description:
        lines.append(f"about: {actor.description}")
    if actor.aliases:
        lines.append(f"aliases: {', '.join(actor.aliases)}")
    if actor.ambiguous_aliases:
        lines.append(f"ambiguous aliases (need context): {', '.join(actor.ambiguous_aliases)}")
    if actor.context:
        lines.append(f"context words: {', '.join(actor.context)}")
    if actor.demonyms:
        lines.append(f"demonyms: {', '.join(actor.demonyms)}")
    if actor.relations:
        lines.append("relations:")
        for rel in actor.relations:
            extra = [f"confidence {rel.confidence}"] if rel.confidence else []
            if rel.start or rel.end:
                extra.append(f"{rel.start or '?'}..{rel.end or ''}")
            if not rel.verified:
                extra.append("unverified")
            if rel.sources:
                extra.append("sources: " + ", ".join(rel.sources))
            note = f" — {rel.note}" if rel.note else ""
            tail = f" ({'; '.join(extra)})" if extra else ""
            lines.append(f"  - {rel.type} {_name_of(kb, rel.target)}{tail}{note}")
    inbound = [(a, r) for a in kb.actors.values() for r in a.relations if r.target == actor.id]
    if inbound:
        lines.append("related from others:")
        for other, rel in inbound:
            conf = f" (confidence {rel.confidence})" if rel.confidence else ""
            lines.append(f"  - {other.name} [{other.id}] {rel.type} this{conf}")
    if actor.offices:
        lines.append("offices:")
        for term in actor.offices:
            flag = "" if term.verified else " (unverified)"
            lines.append(f"  - {_name_of(kb, term.office)}: {term.start or '?'} to "
                         f"{term.end or 'present'}{flag}")
    source_ids = list(dict.fromkeys([*actor.sources, *(s for r in actor.relations for s in r.sources),
                                     *(s for t in actor.offices for s in t.sources)]))
    if source_ids:
        lines.append("sources:")
        lines.extend(_source_line(kb, s) for s in source_ids)
    return "\n".join(lines)
