"""A short plain-text briefing over a store: articles, actors, events with their provenance."""

from __future__ import annotations

from collections import Counter
from typing import Any


def _names(refs: list[dict[str, Any]]) -> str:
    return ", ".join(r.get("name") or f"\"{r.get('text')}\"" for r in refs) or "(none)"


def _clip(text: str, n: int) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1] + "…"


def stories_section(store: Any, *, limit: int = 8) -> list[str]:
    """The briefing's lead: the stories told by the most independent outlets, with their
    contradictions, then the most contested ones."""
    from brinkwatch.analysis.views import list_stories

    stories = list_stories(store)
    if not stories:
        return ["STORIES   none yet (run 'brinkwatch stories --update' after an ingest)"]
    multi = [s for s in stories if s["independent_outlets"] >= 2]
    contested = [s for s in stories if s["contradictions"]]
    lines = [f"STORIES   {len(stories)}: {len(multi)} told by two or more independent outlets, "
             f"{len(contested)} with competing claims"]
    ranked = sorted(stories, key=lambda s: (-s["independent_outlets"], -len(s["contradictions"]),
                                            -len(s["reports"]), s["id"]))
    for s in ranked[:limit]:
        d = s.get("date") or {}
        date = (d.get("value") or "undated") + (f"..{d['end']}" if d.get("end") else "")
        lines.append(f"- {date}  {s['type']}  {_names(s['actor'])} -> {_names(s['target'])}"
                     + (f"  @ {s['location']['name']}" if s.get("location") else ""))
        lines.append(f"    {s['independent_outlets']} independent outlet(s): "
                     + ", ".join(s["outlets"][:5]) + (" …" if len(s["outlets"]) > 5 else ""))
        for c in s["contradictions"][:3]:
            claims = "; ".join(f"{_clip(x['source'], 30)}: {_clip(x['claim'], 50)}"
                               for x in c["claims"][:3])
            lines.append(f"    contested {c['topic']}: {claims}")
        lines.append(f"    brinkwatch story {s['id']}")
    return lines


def briefing_text(store: Any, *, limit: int = 12) -> str:
    """Stories first (see :func:`stories_section`), then articles by status, the most-mentioned
    actors, event types, and the ``limit`` most intense asserted events, each with actor,
    target, date, source and the sentence it came from."""
    counts = store.status_counts()
    total = sum(counts.values())
    lines = [*stories_section(store), ""]
    lines.append(f"ARTICLES  {total} stored: " + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())))

    actor_totals: Counter[str] = Counter()
    unknown = 0
    for row in store.actor_counts():
        if row["name"]:
            actor_totals[row["name"]] += row["count"]
    for row in store.actor_counts(unknown=True):
        unknown += row["count"]
    top = ", ".join(f"{name} ({n})" for name, n in actor_totals.most_common(10))
    lines.append(f"ACTORS    {len(actor_totals)} linked; most mentioned: {top or '-'}; "
                 f"{unknown} unlinked mentions")

    events = store.events()
    by_type = Counter(e["type"] for e in events)
    by_modality = Counter(e["modality"] for e in events)
    lines.append(f"EVENTS    {len(events)}: " + ", ".join(f"{t} {n}" for t, n in by_type.most_common())
                 + ("; modality: " + ", ".join(f"{m} {n}" for m, n in by_modality.most_common())
                    if events else ""))
    lines.append("")
    ranked = sorted(events, key=lambda e: (e["modality"] != "asserted", -abs(e["intensity"] or 0),
                                            (e.get("date") or {}).get("value") or "", e["id"]))
    for e in ranked[:limit]:
        art = e["article"]
        date = (e.get("date") or {}).get("value") or "undated"
        att = e.get("attribution") or {}
        speaker = att.get("speaker") or {}
        source = att.get("kind", "author")
        if speaker:
            source += f": {speaker.get('name') or speaker.get('text')}"
        lines.append(f"- {date}  {e['type']}{'/' + e['mode'] if e.get('mode') else ''}"
                     f" [{e['modality']}]  {_names(e['actor'])} -> {_names(e['target'])}")
        lines.append(f"    says: {source}; in {art.get('outlet') or art['origin']}"
                     f" ({art.get('published') or 'undated'}), chars "
                     f"{e['evidence']['start']}-{e['evidence']['end']}; {e['extractor']}")
        lines.append(f"    \"{_clip(e['evidence']['sentence'], 150)}\"")
        lines.append(f"    id {e['id']}")
    if len(events) > limit:
        lines.append(f"... {len(events) - limit} more: brinkwatch events (or export --format jsonl)")
    return "\n".join(lines)
