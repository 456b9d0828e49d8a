"""The PLOVER ontology brinkwatch codes to: 16 event types, their modes, quad class,
a Goldstein-like intensity, the CAMEO root alongside, and the PLV root (CONCEDE and
RETREAT are both YIELD in the PLV benchmark).

The table is package data (``extract/data/ontology.yaml``), validated on load; everything
here is a frozen record or a tuple of them; look-ups go through
:func:`event_type` / :func:`mode_of`, which raise a one-line :class:`ConfigError`
naming the valid options.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from brinkwatch.errors import ConfigError


class Quad(IntEnum):
    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class Mode:
    """A PLOVER mode: how an event of a type was carried out."""

    name: str
    description: str
    intensity: float | None = None  # overrides the type's intensity when set
    cameo: str | None = None  # overrides the type's CAMEO root when set
    plv_root: str | None = None  # overrides the type's PLV root when set


@dataclass(frozen=True, slots=True, kw_only=True)
class EventType:
    name: str  # PLOVER type
    quad: Quad
    intensity: float  # Goldstein-like, -10 (most hostile) .. +10 (most cooperative)
    cameo: str  # CAMEO root code ("18")
    plv_root: str  # root in the PLV benchmark (CONCEDE/RETREAT -> YIELD)
    description: str
    modes: tuple[Mode, ...] = ()

    def mode(self, name: str | None) -> Mode | None:
        if name is None:
            return None
        for m in self.modes:
            if m.name == name:
                return m
        raise ConfigError(
            f"{self.name} has no mode '{name}'. Valid modes: {', '.join(m.name for m in self.modes)}"
        )

    def intensity_of(self, mode: str | None) -> float:
        m = self.mode(mode)
        return m.intensity if m is not None and m.intensity is not None else self.intensity

    def cameo_of(self, mode: str | None) -> str:
        m = self.mode(mode)
        return m.cameo if m is not None and m.cameo is not None else self.cameo


ONTOLOGY_FILE = Path(__file__).with_name("data") / "ontology.yaml"
ONTOLOGY_FORMAT = "brinkwatch-ontology/1"
_TYPE_KEYS = frozenset({"name", "quad", "intensity", "cameo", "plv_root", "description", "modes"})
_MODE_KEYS = frozenset({"name", "description", "intensity", "cameo", "plv_root"})


def _load_ontology(path: Path) -> tuple[tuple[EventType, ...], tuple[str, ...]]:
    """The event types and PLV roots of an ontology file, validated (one-line errors)."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ConfigError(f"ontology file {path} cannot be read: {err}") from None
    if not isinstance(data, dict) or data.get("format") != ONTOLOGY_FORMAT:
        raise ConfigError(f"ontology file {path}: expected 'format: {ONTOLOGY_FORMAT}'")
    roots = tuple(str(r) for r in data.get("plv_roots") or ())
    types: list[EventType] = []
    for i, t in enumerate(data.get("types") or ()):
        where = f"ontology file {path}: types[{i}]"
        if not isinstance(t, dict) or set(t) - _TYPE_KEYS or not {"name", "quad", "intensity",
                                                                    "cameo", "plv_root"} <= set(t):
            raise ConfigError(f"{where}: expected the keys {', '.join(sorted(_TYPE_KEYS))}")
        if t["quad"] not in (1, 2, 3, 4) or not -10 <= float(t["intensity"]) <= 10:
            raise ConfigError(f"{where}: quad must be 1-4 and intensity in -10..10")
        if t["plv_root"] not in roots:
            raise ConfigError(f"{where}: plv_root {t['plv_root']!r} is not one of plv_roots")
        modes = []
        for m in t.get("modes") or ():
            if not isinstance(m, dict) or set(m) - _MODE_KEYS or "name" not in m:
                raise ConfigError(f"{where}: a mode needs 'name' (and may have "
                                  f"{', '.join(sorted(_MODE_KEYS - {'name'}))})")
            if m.get("plv_root") is not None and m["plv_root"] not in roots:
                raise ConfigError(f"{where}: mode {m['name']!r}: plv_root {m['plv_root']!r} "
                                  "is not one of plv_roots")
            modes.append(Mode(name=str(m["name"]), description=str(m.get("description", "")),
                              intensity=None if m.get("intensity") is None
                              else float(m["intensity"]),
                              cameo=None if m.get("cameo") is None else str(m["cameo"]),
                              plv_root=None if m.get("plv_root") is None
                              else str(m["plv_root"])))
        types.append(EventType(name=str(t["name"]), quad=Quad(int(t["quad"])),
                               intensity=float(t["intensity"]), cameo=str(t["cameo"]),
                               plv_root=str(t["plv_root"]),
                               description=str(t.get("description", "")), modes=tuple(modes)))
    return tuple(types), roots


EVENT_TYPES, PLV_ROOTS = _load_ontology(ONTOLOGY_FILE)

_BY_NAME: dict[str, EventType] = {t.name: t for t in EVENT_TYPES}

PLOVER_TYPES: tuple[str, ...] = tuple(t.name for t in EVENT_TYPES)

_PLV_QUAD: dict[str, Quad] = {t.plv_root: t.quad for t in EVENT_TYPES}


def event_type(name: str) -> EventType:
    """The :class:`EventType` called ``name`` (a PLOVER type)."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ConfigError(
            f"unknown PLOVER type '{name}'. Valid types: {', '.join(PLOVER_TYPES)}"
        ) from None


def mode_of(type_name: str, mode: str | None) -> Mode | None:
    return event_type(type_name).mode(mode)


def quad_of(name: str) -> int:
    """Quad class (1-4) of a PLOVER type or a PLV root (YIELD = 2)."""
    if name in _BY_NAME:
        return int(_BY_NAME[name].quad)
    if name in _PLV_QUAD:
        return int(_PLV_QUAD[name])
    raise ConfigError(f"unknown PLOVER type or PLV root '{name}'. Valid: "
                      f"{', '.join(PLOVER_TYPES)}, YIELD")


def plv_root(name: str, mode: str | None = None) -> str:
    """The PLV benchmark root of a PLOVER type (CONCEDE, RETREAT -> YIELD), or of one of its
    modes where the benchmark files that mode under another root (economic sanctions are
    COERCE there); an unknown mode falls back to the type's root."""
    if name == "YIELD":
        return name
    et = event_type(name)
    m = next((m for m in et.modes if m.name == mode), None) if mode else None
    return m.plv_root if m is not None and m.plv_root is not None else et.plv_root


def plv_matches(predicted: str, gold: str) -> bool:
    """True when a predicted PLOVER type matches a gold type or PLV root (YIELD covers
    CONCEDE and RETREAT)."""
    return predicted == gold or plv_root(predicted) == gold
