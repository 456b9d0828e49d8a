"""The export contract: one event as a plain, JSON-ready dict, and its flat CSV row.

Pure functions over :mod:`brinkwatch.records`; no I/O and no store, so the evaluation,
the store and the faces all build the very same shape. Fields are stable: later versions
only add fields (after the ones listed here), never rename or remove them.
See ``docs/export.md`` for every field and an example line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from brinkwatch.records import ActorRef, Casualty, Completion, Event, Evidence


class ArticleFields(Protocol):
    """What an event's export says of its article (an :class:`~brinkwatch.records.Article`,
    or the stored columns the store reads back)."""

    @property
    def id(self) -> str: ...
    @property
    def origin(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def published(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...

#: Top-level keys of an exported event, in the order they are written.
EXPORT_FIELDS: tuple[str, ...] = (
    "id",
    "article",
    "type",
    "mode",
    "quad",
    "intensity",
    "modality",
    "actor",
    "target",
    "date",
    "location",
    "attribution",
    "evidence",
    "extractor",
    # extras (allowed after the contract fields)
    "cameo",
    "confidence",
    "hedges",
    "spans",
    # story-level assembly (assemble.story.v1)
    "casualties",
    "reasons",
    "incomplete",
    "background",
)

#: Columns of the CSV export, in order. Several actors/targets are joined by ``JOIN``.
CSV_FIELDS: tuple[str, ...] = (
    "id",
    "article_id",
    "article_origin",
    "article_title",
    "article_outlet",
    "article_published",
    "type",
    "mode",
    "quad",
    "intensity",
    "modality",
    "actor_name",
    "actor_kb_id",
    "actor_text",
    "actor_sector",
    "target_name",
    "target_kb_id",
    "target_text",
    "target_sector",
    "date_value",
    "date_precision",
    "date_text",
    "location_name",
    "location_country",
    "location_lat",
    "location_lon",
    "attribution_kind",
    "attribution_speaker",
    "attribution_verb",
    "attribution_quote",
    "evidence_sentence",
    "evidence_start",
    "evidence_end",
    "extractor",
    "cameo",
    "confidence",
    "hedges",
    "article_url",
    "incomplete",
    "background",
    "casualties",
)

JOIN = " | "


def actor_to_export(ref: ActorRef) -> dict[str, Any]:
    """An actor object: canonical ``name`` (None when unknown), ``kb_id``, ``text`` as written,
    ``ancestors`` (canonical names up the KB) and PLOVER ``sector``."""
    return {
        "name": ref.name,
        "kb_id": ref.kb_id,
        "text": ref.text,
        "ancestors": list(ref.ancestors),
        "sector": ref.sector,
    }


def _span(ev: Evidence) -> dict[str, Any]:
    return {
        "sentence": ev.sentence,
        "start": ev.start,
        "end": ev.end,
        "trigger": ev.trigger,
        "sentence_index": ev.sentence_index,
        "trigger_start": ev.trigger_start,
        "trigger_end": ev.trigger_end,
    }


def casualty_to_export(c: Casualty) -> dict[str, Any]:
    """A casualty or damage claim: ``kind`` (killed, wounded, damage), ``count`` as written,
    ``low`` (the smallest number it states), ``who``, ``source`` (who claims it; null = the
    article), ``sentence_index``, ``start``/``end`` of its sentence."""
    return {"kind": c.kind, "count": c.count, "low": c.low, "who": c.who, "source": c.source,
            "sentence_index": c.sentence_index, "start": c.start, "end": c.end}


def reason_to_export(r: Completion) -> dict[str, Any]:
    return {"role": r.role, "value": r.value, "reason": r.reason, "evidence": r.evidence}


def event_to_export(event: Event, article: ArticleFields) -> dict[str, Any]:
    """The export dict of ``event`` (keys in :data:`EXPORT_FIELDS` order).

    ``evidence`` is the first evidence span (``start``/``end`` are character offsets of the
    sentence in ``article.text``), or None when the event carries no evidence; ``spans``
    lists every span.
    """
    if event.article_id != article.id:
        raise ValueError(
            f"event {event.id} belongs to article {event.article_id}, not {article.id}: "
            "pass the article the event was extracted from"
        )
    first = event.evidence[0] if event.evidence else None
    att = event.attribution
    loc = event.location
    return {
        "id": event.id,
        "article": {
            "id": article.id,
            "origin": article.origin,
            "title": article.title,
            "outlet": article.outlet,
            "published": article.published,
            "url": article.url,
        },
        "type": event.type,
        "mode": event.mode,
        "quad": event.quad,
        "intensity": event.intensity,
        "modality": str(event.modality),
        "actor": [actor_to_export(a) for a in event.actors],
        "target": [actor_to_export(t) for t in event.targets],
        "date": {
            "value": event.date.value,
            "precision": event.date.precision,
            "text": event.date.text,
            "end": event.date.end,
        },
        "location": None
        if loc is None
        else {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon},
        "attribution": {
            "kind": str(att.kind),
            "speaker": None if att.speaker is None else actor_to_export(att.speaker),
            "verb": att.verb,
            "quote": att.quote,
        },
        "evidence": None
        if first is None
        else {"sentence": first.sentence, "start": first.start, "end": first.end},
        "extractor": event.extractor,
        "cameo": event.cameo,
        "confidence": event.confidence,
        "hedges": list(att.hedges),
        "spans": [_span(ev) for ev in event.evidence],
        "casualties": [casualty_to_export(c) for c in event.casualties],
        "reasons": [reason_to_export(r) for r in event.reasons],
        "incomplete": event.incomplete,
        "background": event.background,
    }


def dumps_event(d: Mapping[str, Any]) -> str:
    """One JSON line for an export dict: UTF-8 text kept as is, keys in contract order."""
    return json_line(d, separators=(", ", ": "))


# Characters that many line readers (Python's str.splitlines, JavaScript) take as a line end:
# escaped in JSON Lines so one record is always one line, whatever a title contains.
_LINE_BREAKS = re.compile("[\x85\u2028\u2029\x1c-\x1e\x0b\x0c]")


def json_line(obj: Any, **kwargs: Any) -> str:
    """``json.dumps(obj, ensure_ascii=False)`` with every character that some reader would
    split a line on written as a ``\\uXXXX`` escape (still the same JSON value)."""
    text = json.dumps(obj, ensure_ascii=False, **kwargs)
    return _LINE_BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _join(items: Sequence[Mapping[str, Any]], key: str) -> str:
    return JOIN.join("" if it.get(key) is None else str(it[key]) for it in items)


def _casualty_text(c: Mapping[str, Any]) -> str:
    """"killed: at least 3 soldiers (per Iraqi police)" for the CSV cell."""
    words = " ".join(str(w) for w in (c.get("count"), c.get("who")) if w)
    source = f" (per {c['source']})" if c.get("source") else ""
    return f"{c.get('kind')}: {words or '?'}{source}"


def flatten_for_csv(d: Mapping[str, Any]) -> dict[str, Any]:
    """One CSV row (keys = :data:`CSV_FIELDS`) from an export dict. None becomes ""."""
    article = d.get("article") or {}
    date = d.get("date") or {}
    loc = d.get("location") or {}
    att = d.get("attribution") or {}
    speaker = att.get("speaker") or {}
    evidence = d.get("evidence") or {}
    actors = d.get("actor") or []
    targets = d.get("target") or []
    row: dict[str, Any] = {
        "id": d.get("id"),
        "article_id": article.get("id"),
        "article_origin": article.get("origin"),
        "article_title": article.get("title"),
        "article_outlet": article.get("outlet"),
        "article_published": article.get("published"),
        "type": d.get("type"),
        "mode": d.get("mode"),
        "quad": d.get("quad"),
        "intensity": d.get("intensity"),
        "modality": d.get("modality"),
        "actor_name": _join(actors, "name"),
        "actor_kb_id": _join(actors, "kb_id"),
        "actor_text": _join(actors, "text"),
        "actor_sector": _join(actors, "sector"),
        "target_name": _join(targets, "name"),
        "target_kb_id": _join(targets, "kb_id"),
        "target_text": _join(targets, "text"),
        "target_sector": _join(targets, "sector"),
        "date_value": date.get("value"),
        "date_precision": date.get("precision"),
        "date_text": date.get("text"),
        "location_name": loc.get("name"),
        "location_country": loc.get("country"),
        "location_lat": loc.get("lat"),
        "location_lon": loc.get("lon"),
        "attribution_kind": att.get("kind"),
        "attribution_speaker": speaker.get("name") or speaker.get("text"),
        "attribution_verb": att.get("verb"),
        "attribution_quote": att.get("quote"),
        "evidence_sentence": evidence.get("sentence"),
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
        "extractor": d.get("extractor"),
        "cameo": d.get("cameo"),
        "confidence": d.get("confidence"),
        "hedges": JOIN.join(d.get("hedges") or ()),
        "article_url": article.get("url"),
        "incomplete": d.get("incomplete", False),
        "background": d.get("background", False),
        "casualties": JOIN.join(_casualty_text(c) for c in d.get("casualties") or ()),
    }
    return {k: ("" if v is None else csv_cell(v) if isinstance(v, str) else v)
            for k, v in row.items()}


# Characters that must not reach a terminal or a spreadsheet as they are: C0/C1 controls
# (NUL, ESC sequences that recolour or move a terminal's cursor) and the bidirectional
# overrides/isolates that make text display in another order than it reads ("Trojan Source").
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e"
                     "\u2066-\u2069\u061c]")
_FORMULA_START = ("=", "+", "-", "@")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def safe_text(text: str, *, newlines: bool = True) -> str:
    """``text`` with every control and bidirectional-override character written as a visible
    ``\\uXXXX`` escape (tab kept; newlines kept unless ``newlines=False``): what is shown on a
    terminal, in a table or a CSV cell reads exactly as stored."""
    out = _UNSAFE.sub(_escape, text)
    return out if newlines else out.replace("\n", "\\n")


def csv_cell(text: str) -> str:
    """A CSV cell: :func:`safe_text`, and a text that a spreadsheet would run as a formula
    (starting with = + - @ and not a number) gets a leading apostrophe."""
    out = safe_text(text)
    if out.startswith(_FORMULA_START):
        try:
            float(out)
        except ValueError:
            out = "'" + out
    return out
