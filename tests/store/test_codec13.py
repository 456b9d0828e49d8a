"""The writer keeps each event it stores as the decoded record of its text: what a later read
of that text returns must be what decoding it gives, to the types (round 13)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace

from brinkwatch.records import Modality
from brinkwatch.store.codec import _EVENTS, EVENT_CACHE, dump_event, load_event, loads_record
from tests.store.test_codec import _rich


def _typed(x: object) -> object:
    """``x`` with the type of every value inside it (``==`` takes 'alleged' for
    Modality.ALLEGED and 1 for 1.0; a stored record gives back one of them)."""
    if is_dataclass(x):
        return (type(x).__name__, tuple((f.name, _typed(getattr(x, f.name))) for f in fields(x)))
    if isinstance(x, tuple):
        return tuple(_typed(v) for v in x)
    return (type(x).__name__, repr(x))


def test_a_remembered_event_is_what_decoding_its_text_gives(make_result):
    rows = [(e, m) for e in make_result(3).events for m in ("alleged", Modality.ALLEGED)]
    assert rows
    for event, modality in rows:
        for e in (replace(event, modality=modality), _rich(replace(event, modality=modality))):
            load_event.cache_clear()
            text = dump_event(e, remember=True)
            kept = load_event(text)
            assert _typed(kept) == _typed(loads_record(text))  # an enum in a str field: its value
            assert type(kept.modality) is str and kept.modality == "alleged"
            assert kept == e


def test_without_remember_the_text_is_decoded_and_the_cache_stays_bounded(make_result):
    load_event.cache_clear()
    event = make_result(1).events[0]
    text = dump_event(event)
    assert _EVENTS.get(text) is None
    assert _typed(load_event(text)) == _typed(loads_record(text))
    assert load_event(text) is load_event(text)  # decoded once
    for i in range(EVENT_CACHE + 10):
        dump_event(replace(event, id=f"e{i}"), remember=True)
    assert len(_EVENTS.items) == EVENT_CACHE and _EVENTS.get(text) is None  # the oldest dropped
    load_event.cache_clear()
