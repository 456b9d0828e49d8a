"""Rule data as validated package data: the event lexicon, control and light verbs, the
speech-verb list, reporting events, group nouns, outlets and actor nouns.

The shipped data is ``extract/data/rules.yaml`` (format ``brinkwatch-rules/1``); the PLOVER
ontology it refers to is ``extract/data/ontology.yaml`` (:mod:`brinkwatch.extract.ontology`).
Users override or extend it with their own files, read after the shipped one in order, the same
way as theatre files (``docs/rules.md``)::

    format: brinkwatch-rules/1
    verbs+: ["torpedo ASSAULT - 0.9"]     # append senses / words / entries
    speech_verbs-: [recall]               # remove words (or every sense of a lemma, or keys)
    outlets: [my wire]                    # a plain key replaces the whole entry

Every problem is one line that names the file, the entry and what is expected
(:class:`~brinkwatch.errors.ConfigError`).

The extractors read the *active* rules (:func:`active`): the shipped ones unless
:func:`use_rules` installed others. The tables are process-wide look-ups (dictionary look-ups
in the hottest loop of the coder); :class:`~brinkwatch.pipeline.Context` carries the rules it
was built with and installs them before processing, so a worker process codes with the same
rules as its parent.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from brinkwatch.errors import BrinkwatchError, ConfigError
from brinkwatch.extract.ontology import event_type
from brinkwatch.names import norm_name

FORMAT = "brinkwatch-rules/1"
BUILTIN_FILE = Path(__file__).with_name("data") / "rules.yaml"
KB_TYPES = frozenset({"state", "state_body", "armed_group", "coalition", "party", "igo",
                      "generic", "office", "person", "media", "company"})
CONTROL_CLASSES = frozenset({"REJECT", "THREATEN", "AGREE", "PROMISE", "REQUEST"})
_WORD_LISTS = ("light", "speech_verbs", "always_speech", "reporting_events",
               "outlets", "actor_nouns", "conflict_types", "member_nouns", "weapon_nouns",
               "owned_nouns", "vehicle_nouns", "sport_nouns")
_MAPPINGS = ("object_groups", "control", "group_nouns", "coref_nouns")
_SENSES = ("verbs", "nouns")
KEYS = frozenset({"format", *_WORD_LISTS, *_MAPPINGS, *_SENSES})


@dataclass(frozen=True, slots=True, kw_only=True)
class Sense:
    """One lexicon sense: a lemma that expresses a PLOVER type (see ``rules.yaml``)."""

    lemma: str
    pos: str  # "V" or "N"
    type: str  # PLOVER type
    mode: str | None = None
    weight: float = 0.7
    prt: str | None = None  # required particle / preposition child
    obj: frozenset[str] = frozenset()  # required object (verb) or modifier (noun) lemmas
    noobj: frozenset[str] = frozenset()  # objects that rule the sense out ("host" troops)
    subj: frozenset[str] = frozenset()  # required subject lemmas ("convoys gathered": MOBILIZE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Rules:
    """The validated rule data (see the module docstring)."""

    verbs: Mapping[str, tuple[Sense, ...]]
    nouns: Mapping[str, tuple[Sense, ...]]
    control: Mapping[str, str]
    light: frozenset[str]
    conflict_types: frozenset[str]
    speech_verbs: frozenset[str]
    always_speech: frozenset[str]
    reporting_events: frozenset[str]
    group_nouns: Mapping[str, frozenset[str]]
    coref_nouns: Mapping[str, tuple[str, ...]]
    outlets: frozenset[str]  # normalised with names.norm_name
    actor_nouns: frozenset[str]
    member_nouns: frozenset[str] = frozenset()  # "a commander of X" stands for X
    weapon_nouns: frozenset[str] = frozenset()  # "the drones" name the attack, not an actor
    owned_nouns: frozenset[str] = frozenset()  # "the headquarters of X" is X's
    vehicle_nouns: frozenset[str] = frozenset()  # "a car carrying X": an attack on it hits X
    sport_nouns: frozenset[str] = frozenset()  # "beat Iran in the final": a game, no attack
    object_groups: Mapping[str, frozenset[str]] = field(default_factory=dict)  # by name
    files: tuple[str, ...] = ()  # user files read after the shipped data
    digest: str = ""  # content hash of the merged data (provenance)


# --------------------------------------------------------------------------- reading
def _read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"no such rules file: {path}. Give the path of a YAML file "
                          f"with 'format: {FORMAT}'") from None
    except OSError as err:
        raise ConfigError(f"cannot read rules file {path}: {err.strerror}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"rules file {path}{where}: not valid YAML "
                          f"({getattr(err, 'problem', None) or 'syntax error'})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"rules file {path}: expected a mapping with 'format: {FORMAT}', "
                          f"found {type(data).__name__}")
    if data.get("format") != FORMAT:
        raise ConfigError(f"rules file {path}: expected 'format: {FORMAT}', "
                          f"found {data.get('format')!r}")
    for key in data:
        base = str(key).rstrip("+-")
        if base not in KEYS or (base == "format" and key != "format"):
            raise ConfigError(f"rules file {path}: unknown key '{key}'. Valid keys: "
                              f"{', '.join(sorted(KEYS - {'format'}))} (add '+' to extend, "
                              f"'-' to remove)")
    return data


def _merge(base: dict[str, Any], data: dict[str, Any], path: Path) -> None:
    for key, value in data.items():
        if key == "format":
            continue
        name, op = (key[:-1], key[-1]) if key[-1] in "+-" else (key, "=")
        mapping = name in _MAPPINGS
        if mapping and not isinstance(value, dict):
            raise ConfigError(f"rules file {path}: '{key}' must be a mapping, "
                              f"found {type(value).__name__}")
        if not mapping and not (isinstance(value, list) or (op == "-" and isinstance(value, dict))):
            raise ConfigError(f"rules file {path}: '{key}' must be a list, "
                              f"found {type(value).__name__}")
        if op == "=":
            base[name] = value
        elif op == "+":
            old = base.get(name) or ({} if mapping else [])
            base[name] = {**old, **value} if mapping else [*old, *value]
        else:
            gone = {str(v).split()[0] for v in value} if name in _SENSES else set(map(str, value))
            old = base.get(name) or ({} if mapping else [])
            if mapping:
                base[name] = {k: v for k, v in old.items() if k not in gone}
            elif name in _SENSES:
                base[name] = [s for s in old if str(s).split()[0].partition("@")[0] not in gone
                              and str(s).split()[0] not in gone]
            else:
                base[name] = [w for w in old if w not in gone]


# --------------------------------------------------------------------------- validation
def _words(data: dict[str, Any], name: str, where: str) -> frozenset[str]:
    value = data.get(name)
    if value is None:
        raise ConfigError(f"{where}: '{name}' is missing (a list of words)")
    bad = [w for w in value if not isinstance(w, str) or not w.strip()]
    if bad:
        raise ConfigError(f"{where}: '{name}' must list words, found {bad[0]!r}")
    return frozenset(w.strip().lower() for w in value)


def _senses(data: dict[str, Any], name: str, pos: str, groups: Mapping[str, frozenset[str]],
            where: str) -> dict[str, tuple[Sense, ...]]:
    out: dict[str, list[Sense]] = {}
    for i, raw in enumerate(data.get(name) or []):
        line = str(raw).strip()
        say = f"{where}: {name}[{i}] {line!r}"
        parts = line.split()
        if len(parts) < 4:
            raise ConfigError(f"{say}: expected 'lemma[@particle] TYPE mode weight [obj=...]'")
        head, type_, mode, weight_s = parts[:4]
        try:
            weight = float(weight_s)
        except ValueError:
            raise ConfigError(f"{say}: weight must be a number in 0..1, found {weight_s!r}") \
                from None
        if not 0.0 <= weight <= 1.0:
            raise ConfigError(f"{say}: weight must be in 0..1, found {weight}")
        obj: set[str] = set()
        noobj: set[str] = set()
        subj: set[str] = set()
        for extra in parts[4:]:
            name_, eq, value = extra.partition("=")
            if not eq or name_ not in ("obj", "noobj", "subj"):
                raise ConfigError(f"{say}: unknown field {extra!r} (only obj=a,b,@group, "
                                  f"noobj=a,b,@group and subj=a,b,@group)")
            into = obj if name_ == "obj" else noobj if name_ == "noobj" else subj
            for w in value.split(","):
                if w.startswith("@"):
                    if w[1:] not in groups:
                        raise ConfigError(f"{say}: unknown object group {w!r}. Groups: "
                                          f"{', '.join('@' + g for g in sorted(groups))}")
                    into |= groups[w[1:]]
                elif w:
                    into.add(w.lower())
        try:
            et = event_type(type_)
            m = None if mode == "-" else mode
            et.mode(m)
        except BrinkwatchError as err:
            raise ConfigError(f"{say}: {err}") from None
        lemma, _, prt = head.lower().partition("@")
        out.setdefault(lemma, []).append(Sense(lemma=lemma, pos=pos, type=type_, mode=m,
                                               weight=weight, prt=prt or None,
                                               obj=frozenset(obj), noobj=frozenset(noobj),
                                               subj=frozenset(subj)))
    return {k: tuple(v) for k, v in out.items()}


def _build(data: dict[str, Any], files: tuple[str, ...]) -> Rules:
    where = "rules" + (f" ({', '.join(files)})" if files else "")
    groups: dict[str, frozenset[str]] = {}
    for g, ws in (data.get("object_groups") or {}).items():
        if not isinstance(ws, list) or not all(isinstance(w, str) for w in ws):
            raise ConfigError(f"{where}: object_groups.{g} must be a list of words")
        groups[str(g)] = frozenset(w.lower() for w in ws)
    control: dict[str, str] = {}
    for verb, cls in (data.get("control") or {}).items():
        if cls not in CONTROL_CLASSES:
            raise ConfigError(f"{where}: control.{verb} is {cls!r}; expected one of "
                              f"{', '.join(sorted(CONTROL_CLASSES))}")
        control[str(verb).lower()] = str(cls)
    conflict = _words(data, "conflict_types", where)
    for t in conflict:
        try:
            event_type(t.upper())
        except BrinkwatchError as err:
            raise ConfigError(f"{where}: conflict_types: {err}") from None
    group_nouns: dict[str, frozenset[str]] = {}
    for noun, types in (data.get("group_nouns") or {}).items():
        bad = [t for t in types or () if t not in KB_TYPES]
        if bad or not isinstance(types, list | type(None)):
            raise ConfigError(f"{where}: group_nouns.{noun}: unknown KB type {bad[:1] or types!r}. "
                              f"Types: {', '.join(sorted(KB_TYPES))}")
        group_nouns[str(noun).lower()] = frozenset(types or ())
    coref: dict[str, tuple[str, ...]] = {}
    for noun, types in (data.get("coref_nouns") or {}).items():
        if noun not in group_nouns:
            raise ConfigError(f"{where}: coref_nouns.{noun} is not a group noun; add it to "
                              f"group_nouns first")
        bad = [t for t in types or () if t not in KB_TYPES]
        if bad:
            raise ConfigError(f"{where}: coref_nouns.{noun}: unknown KB type {bad[0]!r}. "
                              f"Types: {', '.join(sorted(KB_TYPES))}")
        coref[str(noun).lower()] = tuple(types)
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return Rules(
        verbs=_senses(data, "verbs", "V", groups, where),
        nouns=_senses(data, "nouns", "N", groups, where),
        control=control,
        light=_words(data, "light", where),
        conflict_types=frozenset(t.upper() for t in conflict),
        speech_verbs=_words(data, "speech_verbs", where),
        always_speech=_words(data, "always_speech", where),
        reporting_events=_words(data, "reporting_events", where),
        group_nouns=group_nouns,
        coref_nouns=coref,
        outlets=frozenset(norm_name(o) for o in _words(data, "outlets", where)),
        actor_nouns=_words(data, "actor_nouns", where),
        member_nouns=_words(data, "member_nouns", where),
        weapon_nouns=_words(data, "weapon_nouns", where),
        owned_nouns=_words(data, "owned_nouns", where),
        vehicle_nouns=_words(data, "vehicle_nouns", where),
        sport_nouns=_words(data, "sport_nouns", where),
        object_groups=groups,
        files=files,
        digest=hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12],
    )


def load_rules(paths: Iterable[str | Path] = (), *, builtin: bool = True) -> Rules:
    """The shipped rule data (unless ``builtin=False``), then each file of ``paths`` in order,
    merged and validated. Raises :class:`ConfigError` (one line) on any problem."""
    return _load(tuple(str(p) for p in paths), builtin)


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...], builtin: bool) -> Rules:
    data: dict[str, Any] = {}
    if builtin:
        _merge(data, _read(BUILTIN_FILE), BUILTIN_FILE)
    for p in paths:
        _merge(data, _read(Path(p)), Path(p))
    return _build(data, paths)


def check_rules(path: str | Path) -> list[str]:
    """Problems of a rules file read on top of the shipped data ([] when it is fine)."""
    try:
        load_rules([path])
    except ConfigError as err:
        return [str(err)]
    return []


# --------------------------------------------------------------------------- active rules
_ACTIVE: list[Rules] = []


def active() -> Rules:
    """The rules the extractors use now: the shipped ones unless :func:`use_rules` said."""
    if not _ACTIVE:
        _ACTIVE.append(load_rules())
    return _ACTIVE[0]


def use_rules(rules: Rules | None) -> Rules:
    """Install ``rules`` (``None``: the shipped ones) for the extractors of this process;
    returns the rules now active."""
    chosen = rules if rules is not None else load_rules()
    if _ACTIVE:
        _ACTIVE[0] = chosen
    else:
        _ACTIVE.append(chosen)
    return chosen


def paths_of(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """Rules file paths from a setting (OS path separator) or a sequence."""
    import os

    if not value:
        return ()
    if isinstance(value, str):
        return tuple(p for p in value.split(os.pathsep) if p)
    return tuple(value)
