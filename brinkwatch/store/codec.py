"""Records as stored JSON, and the typed records the readers return.

The store keeps each event as the domain record itself (:class:`~brinkwatch.records.Event`,
JSON with a type tag on every nested record, never pickle), not as its export dict: the export
contract (:mod:`brinkwatch.contract`) is applied when an event is read for a face or a file,
from that record and the article's stored columns. Changing the contract therefore changes
every later export at once, with no re-ingest. The same tagged JSON is the format of the
Parquet shards of a distributed run (:mod:`brinkwatch.scale.shards`).
"""

from __future__ import annotations

import enum
import json
import typing
from collections import OrderedDict
from dataclasses import dataclass, fields, is_dataclass, replace
from functools import cache
from threading import Lock
from typing import Any, NamedTuple

from brinkwatch import contract, records
from brinkwatch.errors import StoreError
from brinkwatch.records import (
    ActorRef,
    Attribution,
    Casualty,
    Completion,
    DateRef,
    Event,
    Evidence,
    Place,
)
from brinkwatch.store import schema

_TYPES = {cls.__name__: cls for cls in vars(records).values()
          if isinstance(cls, type) and is_dataclass(cls)}


def encode(obj: Any) -> Any:
    """A record (or anything inside one) -> JSON-ready values; records carry ``__t``."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return {"__t": type(obj).__name__,
                **{f.name: encode(getattr(obj, f.name)) for f in fields(obj)}}
    if isinstance(obj, tuple | list):
        return [encode(x) for x in obj]
    if isinstance(obj, enum.Enum):
        return obj.value
    return obj


@cache
def _enum_fields(cls: type) -> dict[str, type[enum.Enum]]:
    out: dict[str, type[enum.Enum]] = {}
    for name, hint in typing.get_type_hints(cls, vars(records)).items():
        for t in (hint, *typing.get_args(hint)):
            if isinstance(t, type) and issubclass(t, enum.Enum):
                out[name] = t
    return out


def decode(value: Any, *, where: str = "the store") -> Any:
    """The inverse of :func:`encode` (lists become tuples, as records hold them)."""
    if isinstance(value, dict):
        if "__t" not in value:
            return {k: decode(v, where=where) for k, v in value.items()}
        cls = _TYPES.get(value["__t"])
        if cls is None:
            raise StoreError(f"unknown record type {value['__t']!r} in {where}; was it written "
                             "by a newer brinkwatch? upgrade brinkwatch")
        enums = _enum_fields(cls)
        kwargs = {}
        for k, v in value.items():
            if k == "__t":
                continue
            v = decode(v, where=where)
            if k in enums and isinstance(v, str):
                v = enums[k](v)
            kwargs[k] = v
        return cls(**kwargs)
    if isinstance(value, list):
        return tuple(decode(v, where=where) for v in value)
    return value


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _tagged(obj: Any) -> dict[str, Any]:
    """``json.dumps`` hook: a record as a tagged dict (the C encoder does the rest: tuples
    become lists, string enums their value), the same JSON as :func:`encode`."""
    if is_dataclass(obj) and not isinstance(obj, type):
        cls = type(obj)
        return {"__t": cls.__name__, **{n: getattr(obj, n) for n in _field_names(cls)}}
    raise TypeError(f"cannot store a {type(obj).__name__} in a record")


def _untag(d: dict[str, Any]) -> Any:
    """``json.loads`` hook: the inverse of :func:`_tagged`, the same values as :func:`decode`."""
    name = d.pop("__t", None)
    for k, v in d.items():
        if type(v) is list:
            d[k] = _tuple(v)
    if name is None:
        return d
    cls = _TYPES.get(name)
    if cls is None:
        raise StoreError(f"unknown record type {name!r} in the store; was it written by a "
                         "newer brinkwatch? upgrade brinkwatch")
    for k, e in _enum_fields(cls).items():
        if isinstance(d.get(k), str):
            d[k] = e(d[k])
    return cls(**d)


def _tuple(items: list[Any]) -> tuple[Any, ...]:
    return tuple(_tuple(x) if type(x) is list else x for x in items)


def dumps_record(obj: Any) -> str:
    """A record as JSON text: ``json.dumps(encode(obj))``, four times faster."""
    return json.dumps(obj, ensure_ascii=False, default=_tagged)


def loads_record(text: str, *, where: str = "the store") -> Any:
    """The inverse of :func:`dumps_record`: ``decode(json.loads(text))``, faster."""
    try:
        return json.loads(text, object_hook=_untag)
    except StoreError as exc:
        raise StoreError(str(exc).replace("the store", where)) from None


def dump_event(event: Event, *, remember: bool = False) -> str:
    """The stored text of an event (the ``events.record`` column). With ``remember`` (the
    writer), the event is kept as :func:`load_event`'s answer for that text: decoding the text
    gives back an equal record (the codec is exact, ``tests/store/test_codec.py``), so the
    cross-article stage, which reads an article's events right after they are stored, and the
    story rebuilds after it, need not decode them."""
    text = dumps_record(event)
    if remember:
        _EVENTS.put(text, _as_decoded(event))
    return text


def _as_decoded(value: Any) -> Any:
    """``value`` as decoding its stored text gives it back, without encoding it: an enum
    member held by a field typed ``str`` (an extractor's ``Modality.ALLEGED`` in
    ``Event.modality``) comes back as its value, a plain ``str``; a ``str`` in a field typed
    by an enum as that enum's member; lists as tuples. The same object when nothing differs
    (the usual case: records hold tuples and frozen dataclasses); ``tests/store/test_codec13.py``
    checks the result against a decode, to the types."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    if kind is tuple or kind is list:
        items = [v if type(v) in _LEAVES else _as_decoded(v) for v in value]
        if kind is tuple and all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return tuple(items)
    if kind is dict:
        out = {k: _as_decoded(v) for k, v in value.items()}
        return value if all(out[k] is v for k, v in value.items()) else out
    if isinstance(value, enum.Enum):
        return value.value
    if not hasattr(kind, "__dataclass_fields__"):
        return value
    enums = _enum_fields(kind)
    changes: dict[str, Any] = {}
    for name in _field_names(kind):
        v = getattr(value, name)
        if type(v) in _LEAVES and name not in enums:
            continue
        if name in enums:
            if isinstance(v, str) and type(v) is not enums[name]:
                changes[name] = enums[name](v)
            continue
        new = _as_decoded(v)
        if new is not v:
            changes[name] = new
    return replace(value, **changes) if changes else value


_LEAVES = frozenset({str, int, float, bool, type(None)})


class _EventCache:
    """The decoded events of the last :data:`EVENT_CACHE` record texts (least recently used
    dropped first): bounded, so the memory of a long ingest does not grow with it; safe to
    share between the API's threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[str, Event] = OrderedDict()
        self.lock = Lock()

    def get(self, text: str) -> Event | None:
        with self.lock:
            event = self.items.get(text)
            if event is not None:
                self.items.move_to_end(text)
            return event

    def put(self, text: str, event: Event) -> None:
        with self.lock:
            self.items[text] = event
            self.items.move_to_end(text)
            if len(self.items) > self.size:
                self.items.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.items.clear()


#: Decoded events kept (≈ 2–4 KB each; 1,024 before round 13, which held the events of the
#: last ≈ 50 articles only, so the stories' rebuild after an ingest decoded most events again).
EVENT_CACHE = 4096
_EVENTS = _EventCache(EVENT_CACHE)


def load_event(text: str) -> Event:
    """The event stored as ``text`` (records are immutable, so the cross-article stage, which
    reads the same events again for every story they join, decodes each once)."""
    event = _EVENTS.get(text)
    if event is not None:
        return event
    event = loads_record(text)
    if not isinstance(event, Event):
        raise StoreError("an events row does not hold an event record; run any brinkwatch "
                         "command once so the store's migrations convert it")
    _EVENTS.put(text, event)
    return event


load_event.cache_clear = _EVENTS.clear  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleInfo:
    """The article fields an event's export carries (read from the ``articles`` columns)."""

    id: str
    origin: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredEvent:
    """One stored event and the article it came from: what the event readers return."""

    event: Event
    article: ArticleInfo

    def export(self) -> dict[str, Any]:
        """The export dict (docs/export.md), built now by the contract in force."""
        return contract.event_to_export(self.event, self.article)


def event_columns() -> tuple[Any, ...]:
    """The columns :func:`stored_event` reads: select them from ``events`` joined to
    ``articles`` (``events.article_id = articles.id``)."""
    e, a = schema.events.c, schema.articles.c
    return (e.record, a.id.label("a_id"), a.origin.label("a_origin"), a.title.label("a_title"),
            a.outlet.label("a_outlet"), a.published.label("a_published"), a.url.label("a_url"))


class EventRow(NamedTuple):
    """A row of :func:`event_columns` read as a plain tuple (the driver's own cursor)."""

    record: str
    a_id: str
    a_origin: str
    a_title: str | None
    a_outlet: str | None
    a_published: str | None
    a_url: str | None


def stored_event(row: Any) -> StoredEvent:
    """A :class:`StoredEvent` from a row holding :func:`event_columns`."""
    return StoredEvent(event=load_event(row.record),
                       article=ArticleInfo(id=row.a_id, origin=row.a_origin, title=row.a_title,
                                           outlet=row.a_outlet, published=row.a_published,
                                           url=row.a_url))


def event_from_export(d: dict[str, Any], *, assembler: str | None = None,
                      attribution_text: str | None = None) -> Event:
    """Rebuild the event record from an export dict written by an older brinkwatch (which
    stored the export instead of the record); used once, by the migration that converts such
    rows. Fields the export never carried (an actor's country and offsets, a place's KB id)
    stay empty, so exporting the rebuilt record gives back the same dict."""

    def actor(x: dict[str, Any]) -> ActorRef:
        return ActorRef(name=x.get("name"), kb_id=x.get("kb_id"), text=x.get("text") or "",
                        ancestors=tuple(x.get("ancestors") or ()), sector=x.get("sector"))

    date = d.get("date") or {}
    loc = d.get("location")
    att = d.get("attribution") or {}
    first = d.get("evidence")
    spans = d.get("spans")
    if spans is None:
        spans = [] if first is None else [{**first, "sentence_index": 0}]
    return Event(
        id=d["id"], article_id=d["article"]["id"], type=d["type"], mode=d.get("mode"),
        quad=d.get("quad"), intensity=d.get("intensity"), cameo=d.get("cameo"),
        modality=d.get("modality"),
        actors=tuple(actor(x) for x in d.get("actor") or ()),
        targets=tuple(actor(x) for x in d.get("target") or ()),
        date=DateRef(value=date.get("value"), precision=date.get("precision"),
                     text=date.get("text"), end=date.get("end")),
        location=None if loc is None else Place(name=loc.get("name"), country=loc.get("country"),
                                                lat=loc.get("lat"), lon=loc.get("lon")),
        attribution=Attribution(kind=att.get("kind"),
                                speaker=None if att.get("speaker") is None
                                else actor(att["speaker"]),
                                verb=att.get("verb"), quote=att.get("quote"),
                                hedges=tuple(d.get("hedges") or ()),
                                text=attribution_text if att.get("speaker") is None
                                else None),
        evidence=tuple(Evidence(sentence_index=s.get("sentence_index") or 0, start=s["start"],
                                end=s["end"], sentence=s.get("sentence") or "",
                                trigger=s.get("trigger"), trigger_start=s.get("trigger_start"),
                                trigger_end=s.get("trigger_end")) for s in spans),
        extractor=d.get("extractor"), confidence=d.get("confidence", 0.5),
        casualties=tuple(Casualty(**c) for c in d.get("casualties") or ()),
        reasons=tuple(Completion(**r) for r in d.get("reasons") or ()),
        incomplete=bool(d.get("incomplete", False)), background=bool(d.get("background", False)),
        assembler=assembler,
    )
