"""Event records -> the rows of tables analysts already load: ACLED-style and CAMEO/GDELT-style.

Pure functions of one export dict (``brinkwatch.contract.event_to_export``); the mapping
tables are written out once here and documented in ``docs/export.md``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from brinkwatch.errors import ConfigError
from brinkwatch.extract.ontology import event_type

#: Columns of the ACLED-style CSV: ACLED's names first (in ACLED's order), then ours.
ACLED_FIELDS: tuple[str, ...] = (
    "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
    "assoc_actor_2", "admin1", "location", "latitude", "longitude", "source", "notes",
    "fatalities",
    # brinkwatch extras: where the row came from
    "event_id", "country", "plover_type", "plover_mode", "modality", "date_precision",
    "source_url",
)

#: Columns of the CAMEO/GDELT-style table (GDELT 1.0 event-table names where they exist).
CAMEO_FIELDS: tuple[str, ...] = (
    "GlobalEventID", "SQLDATE", "Actor1Name", "Actor1Code", "Actor1CountryCode",
    "Actor2Name", "Actor2Code", "Actor2CountryCode", "IsRootEvent", "EventCode",
    "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumSources",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "SOURCEURL", "Modality",
)

#: Modalities that say the event happened (or is reported to have happened). ACLED-style
#: rows are only written for these: hypothetical, future, denied and negated events did not
#: happen as told.
HAPPENED = ("asserted", "alleged")

# PLOVER type (and mode) -> (ACLED event_type, sub_event_type). A mode entry wins over the
# type's; "*" is the type's default. Verbal events become "Strategic developments / Other",
# as ACLED codes politically important non-violent events.
_SD = "Strategic developments"
_ERV = "Explosions/Remote violence"
ACLED_MAP: dict[str, dict[str, tuple[str, str]]] = {
    "ASSAULT": {
        "*": ("Battles", "Armed clash"),
        "aerial": (_ERV, "Air/drone strike"),
        "drone": (_ERV, "Air/drone strike"),
        "explosives": (_ERV, "Remote explosive/landmine/IED"),
        "suicide": (_ERV, "Suicide bomb"),
        "heavy-weapons": (_ERV, "Shelling/artillery/missile attack"),
        "CBRN": (_ERV, "Chemical weapon"),
        "targeted": ("Violence against civilians", "Attack"),
        "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
        "sexual": ("Violence against civilians", "Sexual violence"),
        "primitive": ("Violence against civilians", "Attack"),
        "besiege": (_SD, "Other"),  # a blockade is no fighting by itself
    },
    "PROTEST": {"*": ("Protests", "Peaceful protest"), "riot": ("Riots", "Violent demonstration")},
    "COERCE": {"*": (_SD, "Other"), "arrest": (_SD, "Arrests"),
               "seize": (_SD, "Looting/property destruction")},
    "MOBILIZE": {"*": (_SD, "Change to group/activity")},
    "AGREE": {"*": (_SD, "Agreement")},
    "RETREAT": {"*": (_SD, "Non-violent transfer of territory")},
}


def acled_category(plover_type: str, mode: str | None) -> tuple[str, str]:
    """(event_type, sub_event_type) of a PLOVER type and mode."""
    table = ACLED_MAP.get(plover_type, {})
    return table.get(mode or "*") or table.get("*") or (_SD, "Other")


def _name(ref: Mapping[str, Any]) -> str:
    return str(ref.get("name") or ref.get("text") or "")


def _split_actors(refs: Sequence[Mapping[str, Any]]) -> tuple[str, str]:
    """First actor, then the others joined by '; ' (ACLED's separator)."""
    names = [n for n in (_name(r) for r in refs) if n]
    return (names[0] if names else "", "; ".join(names[1:]))


def acled_row(d: Mapping[str, Any]) -> dict[str, Any] | None:
    """An ACLED-style row, or None for an event that did not happen as told."""
    if d["modality"] not in HAPPENED:
        return None
    event_type_, sub = acled_category(d["type"], d.get("mode"))
    a1, assoc1 = _split_actors(d["actor"])
    a2, assoc2 = _split_actors(d["target"])
    loc = d.get("location") or {}
    art = d["article"]
    date = d.get("date") or {}
    ev = d.get("evidence") or {}
    notes = ev.get("sentence") or ""
    if d["modality"] == "alleged":
        notes = f"[alleged] {notes}"
    # an undated event is dated by its article (as ACLED dates by report when no better date
    # is known); date_precision then says "article"
    event_date, precision = date.get("value"), date.get("precision") or ""
    if not event_date and art.get("published"):
        event_date, precision = str(art["published"])[:10], "article"
    return {
        "event_date": event_date or "", "event_type": event_type_, "sub_event_type": sub,
        "actor1": a1, "assoc_actor_1": assoc1, "actor2": a2, "assoc_actor_2": assoc2,
        "admin1": "",  # not coded yet: brinkwatch places carry name, country and coordinates
        "location": loc.get("name") or "", "latitude": loc.get("lat"),
        "longitude": loc.get("lon"), "source": art.get("outlet") or art.get("origin") or "",
        "notes": notes,
        "fatalities": fatalities(d),
        "event_id": d["id"], "country": loc.get("country") or "", "plover_type": d["type"],
        "plover_mode": d.get("mode") or "", "modality": d["modality"],
        "date_precision": precision,
        "source_url": art.get("url") or (art.get("origin") if "://" in str(art.get("origin")) else ""),
    }


def cameo_code(plover_type: str, mode: str | None, given: str | None = None) -> str:
    """The CAMEO code of an event: the one the extractor gave, else the ontology's."""
    if given:
        return given
    try:
        return event_type(plover_type).cameo_of(mode)
    except ConfigError:
        return ""


def _sqldate(d: Mapping[str, Any]) -> str:
    """YYYYMMDD: the event's day, else (month or year known only) the article's date, as
    GDELT dates events by publication; empty when neither is a full date."""
    for value in ((d.get("date") or {}).get("value"), d["article"].get("published")):
        digits = (value or "")[:10].replace("-", "")
        if len(digits) == 8 and digits.isdigit():
            return digits
    return ""


def cameo_row(d: Mapping[str, Any], countries: Mapping[str, str] | None = None) -> dict[str, Any]:
    """A CAMEO/GDELT-style row; ``GoldsteinScale`` is the PLOVER intensity (-10..10).
    ``countries`` maps knowledge-base ids to ISO-3 codes (:func:`actor_countries`)."""
    countries = countries or {}

    def _country(ref: Mapping[str, Any] | None) -> str:
        return countries.get(str((ref or {}).get("kb_id") or ""), "")

    code = cameo_code(d["type"], d.get("mode"), d.get("cameo"))
    actors, targets = d["actor"], d["target"]
    a1 = actors[0] if actors else None
    a2 = targets[0] if targets else None
    loc = d.get("location") or {}
    art = d["article"]
    return {
        "GlobalEventID": d["id"], "SQLDATE": _sqldate(d),
        "Actor1Name": _name(a1) if a1 else "", "Actor1Code": (a1 or {}).get("kb_id") or "",
        "Actor1CountryCode": _country(a1),
        "Actor2Name": _name(a2) if a2 else "", "Actor2Code": (a2 or {}).get("kb_id") or "",
        "Actor2CountryCode": _country(a2),
        "IsRootEvent": 1 if len(code) <= 2 else 0, "EventCode": code,
        "EventBaseCode": code[:3], "EventRootCode": code[:2], "QuadClass": d["quad"],
        "GoldsteinScale": d["intensity"], "NumSources": 1,
        "ActionGeo_FullName": loc.get("name") or "", "ActionGeo_CountryCode": loc.get("country") or "",
        "ActionGeo_Lat": loc.get("lat"), "ActionGeo_Long": loc.get("lon"),
        "SOURCEURL": art.get("url") or art.get("origin") or "", "Modality": d["modality"],
    }


def actor_countries(kb: Any) -> dict[str, str]:
    """kb id -> ISO-3 country of every actor of a ``TheatreKB`` (its own, else its parent's)."""
    out: dict[str, str] = {}
    for actor in kb.actors.values():
        seen, cur = set(), actor
        while cur is not None and cur.id not in seen:
            if cur.country:
                out[actor.id] = cur.country
                break
            seen.add(cur.id)
            cur = kb.get(cur.parent) if cur.parent else None
    return out


def geojson_feature(d: Mapping[str, Any]) -> dict[str, Any] | None:
    """A GeoJSON Point feature for a located event (None when it has no coordinates)."""
    loc = d.get("location") or {}
    lat, lon = loc.get("lat"), loc.get("lon")
    if lat is None or lon is None:
        return None
    ev = d.get("evidence") or {}
    props = {
        "id": d["id"], "type": d["type"], "mode": d.get("mode"), "quad": d["quad"],
        "intensity": d["intensity"], "modality": d["modality"],
        "date": (d.get("date") or {}).get("value"), "place": loc.get("name"),
        "country": loc.get("country"),
        "actor": "; ".join(_name(r) for r in d["actor"]),
        "target": "; ".join(_name(r) for r in d["target"]),
        "article_id": d["article"]["id"], "outlet": d["article"].get("outlet"),
        "sentence": ev.get("sentence"),
    }
    return {"type": "Feature", "id": d["id"],
            "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}


def fatalities(d: Mapping[str, Any]) -> int | None:
    """The most conservative death toll the report states for the event: the smallest number
    among its ``killed`` claims (ACLED, too, takes the lowest figure when sources disagree);
    None (an empty cell, never a guessed 0) when no claim states a number of dead."""
    lows = [c["low"] for c in d.get("casualties") or () if c.get("kind") == "killed"
            and isinstance(c.get("low"), int)]
    return min(lows) if lows else None
