"""The rule data of the cross-article stage, validated on load.

``data/crossref.yaml`` holds the type families, grouping thresholds, the parties to the
conflict and the word lists of the credibility flags; ``data/outlets.yaml`` the outlet
profiles. A user file replaces the sections (crossref) or the hosts (outlets) it names.
Problems are reported as one line each, saying what to fix.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from brinkwatch.errors import ConfigError

CROSSREF_FORMAT = "brinkwatch-crossref/1"
OUTLETS_FORMAT = "brinkwatch-outlets/1"
OUTLET_TYPES = ("wire", "newspaper", "broadcaster", "state-media", "regional", "partisan",
                "blog", "aggregator", "think-tank", "government", "content-farm")
_GROUPING_KEYS = {"report_lag_days": int, "window_slack_days": int, "text_strong": float,
                  "text_weak": float, "text_attach": float, "compare_articles": int, "reprint_jaccard": float,
                  "modalities": list}
_WORD_LISTS = ("hedges", "collectives", "anonymous", "template", "imminent", "underway",
               "link_lead")


@dataclass(frozen=True, slots=True, kw_only=True)
class Family:
    name: str
    types: tuple[str, ...]
    speaker_decisive: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class Grouping:
    report_lag_days: int
    window_slack_days: int
    text_strong: float
    text_weak: float
    text_attach: float
    compare_articles: int
    reprint_jaccard: float
    modalities: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TitlePeriod:
    phrase: str
    start: str | None
    end: str | None
    note: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Scheduled:
    what: str
    words: tuple[str, ...]
    date: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class PastEvent:
    """A dated event a text can refer back to: ``terms`` (each a regex of word beginnings,
    ``|`` for alternatives) must all occur in one sentence."""

    what: str
    terms: tuple[tuple[str, ...], ...]
    date: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class MeaningKind:
    """A claim of meaning (``meanings`` in the rules): the sentences naming one of
    ``anchors`` give the ``values`` whose cue phrases they hold; two values disagree unless
    the pair is ``compatible``. ``families``: the story families it is read for (all when
    empty)."""

    topic: str
    anchors: tuple[str, ...]
    values: tuple[tuple[str, tuple[str, ...]], ...]
    compatible: frozenset[frozenset[str]] = frozenset()
    families: tuple[str, ...] = ()
    one_sided: bool = False  # an outlet that tells both readings still disputes one telling one

    def disagree(self, a: str, b: str) -> bool:
        return a != b and frozenset((a, b)) not in self.compatible


@dataclass(frozen=True, slots=True, kw_only=True)
class Recalled:
    """Earlier measures an article recalls: a sentence with one of ``measures`` and one of
    ``earlier`` (word beginnings)."""

    measures: tuple[str, ...] = ()
    earlier: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class CrossrefRules:
    families: tuple[Family, ...]
    grouping: Grouping
    parties: tuple[str, ...]
    words: dict[str, tuple[str, ...]]
    titles: tuple[TitlePeriod, ...] = ()
    scheduled: tuple[Scheduled, ...] = ()
    past_events: tuple[PastEvent, ...] = ()
    meanings: tuple[MeaningKind, ...] = ()
    recalled: Recalled = Recalled()

    def family_of(self, event_type: str) -> str:
        for f in self.families:
            if event_type in f.types:
                return f.name
        return event_type.lower()

    def speaker_decisive(self, family: str) -> bool:
        return any(f.speaker_decisive for f in self.families if f.name == family)


@dataclass(frozen=True, slots=True, kw_only=True)
class OutletProfile:
    host: str
    name: str
    type: str
    ownership: str | None
    lean: str | None
    sources: tuple[str, ...]


def _read_yaml(path: Path | None, builtin: str) -> tuple[Any, str]:
    if path is None:
        text = resources.files("brinkwatch.analysis").joinpath("data", builtin).read_text("utf-8")
        where = f"built-in {builtin}"
    else:
        if not path.is_file():
            raise ConfigError(f"no such rules file: {path}; give an existing YAML file")
        text, where = path.read_text("utf-8"), str(path)
    try:
        return yaml.safe_load(text), where
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML ({str(exc).splitlines()[0]}); fix the file") from exc


def _check_format(doc: Any, where: str, fmt: str) -> dict[str, Any]:
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        raise ConfigError(f"{where}: expected a mapping with 'format: {fmt}'")
    return doc


def _crossref_problems(doc: dict[str, Any], where: str) -> list[str]:
    problems: list[str] = []
    known = {"format", "families", "grouping", "parties", "credibility", "titles", "scheduled",
             "past_events", "meanings", "recalled"}
    for key in doc:
        if key not in known:
            problems.append(f"{where}: unknown section '{key}'; valid: {', '.join(sorted(known))}")
    for name, fam in (doc.get("families") or {}).items():
        if not isinstance(fam, dict) or not isinstance(fam.get("types"), list) or not fam["types"]:
            problems.append(f"{where}: family '{name}' needs a non-empty 'types' list")
    for key, value in (doc.get("grouping") or {}).items():
        want = _GROUPING_KEYS.get(key)
        if want is None:
            problems.append(f"{where}: unknown grouping setting '{key}'; valid: "
                            f"{', '.join(sorted(_GROUPING_KEYS))}")
        elif not isinstance(value, want) and not (want is float and isinstance(value, int)):
            problems.append(f"{where}: grouping.{key} must be a {want.__name__}, got {value!r}")
    for key, value in (doc.get("credibility") or {}).items():
        if key not in _WORD_LISTS:
            problems.append(f"{where}: unknown credibility list '{key}'; valid: {', '.join(_WORD_LISTS)}")
        elif not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            problems.append(f"{where}: credibility.{key} must be a list of strings")
    for i, t in enumerate(doc.get("titles") or []):
        if not isinstance(t, dict) or not t.get("phrase") or not (t.get("from") or t.get("until")) \
                or not t.get("sources"):
            problems.append(f"{where}: title {i + 1} needs 'phrase', 'from' or 'until', and 'sources'")
    for i, t in enumerate(doc.get("scheduled") or []):
        if not isinstance(t, dict) or not t.get("words") or not t.get("date") or not t.get("sources"):
            problems.append(f"{where}: scheduled event {i + 1} needs 'words', 'date' and 'sources'")
    for i, t in enumerate(doc.get("past_events") or []):
        if not isinstance(t, dict) or not t.get("what") or not t.get("date") or not t.get("sources") \
                or not isinstance(t.get("words"), list) or not t["words"] \
                or not all(isinstance(w, list) and w for w in t["words"]):
            problems.append(f"{where}: past event {i + 1} needs 'what', 'words' (a list of lists "
                            "of word beginnings), 'date' and 'sources'")
    problems += _meaning_problems(doc, where)
    return problems


def _strings(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(w, str) and w.strip()
                                                           for w in value)


def _meaning_problems(doc: dict[str, Any], where: str) -> list[str]:
    problems: list[str] = []
    meanings = doc.get("meanings")
    if meanings is not None and not isinstance(meanings, dict):
        return [f"{where}: 'meanings' must map a topic to its anchors and values"]
    for topic, kind in (meanings or {}).items():
        label = f"{where}: meanings.{topic}"
        if not isinstance(kind, dict) or not _strings(kind.get("anchors")) \
                or not isinstance(kind.get("values"), dict) or not kind["values"]:
            problems.append(f"{label} needs 'anchors' (a list of words) and 'values' (a mapping "
                            "of each value to its cue phrases)")
            continue
        for value, cues in kind["values"].items():
            if not _strings(cues):
                problems.append(f"{label}.values.{value} must be a non-empty list of phrases")
        for pair in kind.get("compatible") or []:
            if not (isinstance(pair, list) and len(pair) == 2 and all(v in kind["values"] for v in pair)):
                problems.append(f"{label}.compatible: {pair!r} must be a pair of its values "
                                f"({', '.join(kind['values'])})")
        if kind.get("families") is not None and not _strings(kind["families"]):
            problems.append(f"{label}.families must be a list of family names")
        if not isinstance(kind.get("one_sided", False), bool):
            problems.append(f"{label}.one_sided must be true or false")
    recalled = doc.get("recalled")
    if recalled is not None and (not isinstance(recalled, dict) or set(recalled) - {"measures", "earlier"}
                                 or not all(_strings(recalled.get(k)) for k in ("measures", "earlier"))):
        problems.append(f"{where}: 'recalled' needs 'measures' and 'earlier', each a list of words")
    return problems


def _mtime(path: str | None) -> int:
    try:
        return Path(path).stat().st_mtime_ns if path else 0
    except OSError:
        return -1


def load_rules(user_file: str | None = None) -> CrossrefRules:
    """The built-in rules, with the sections of ``user_file`` (if any) replacing theirs
    (cached per file and modification time: an edited file is read again)."""
    return _load_rules(user_file or None, _mtime(user_file))


@functools.cache
def _load_rules(user_file: str | None, _mtime: int) -> CrossrefRules:
    base, where = _read_yaml(None, "crossref.yaml")
    doc = dict(_check_format(base, where, CROSSREF_FORMAT))
    problems = _crossref_problems(doc, where)
    if user_file:
        user, uwhere = _read_yaml(Path(user_file), "crossref.yaml")
        user = _check_format(user, uwhere, CROSSREF_FORMAT)
        problems += _crossref_problems(user, uwhere)
        for key, value in user.items():
            if key in ("grouping", "credibility"):
                doc[key] = {**doc[key], **value}
            else:
                doc[key] = value
    if problems:
        raise ConfigError(problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    g = doc["grouping"]
    missing = [k for k in _GROUPING_KEYS if k not in g]
    if missing:
        raise ConfigError(f"{where}: grouping lacks {', '.join(missing)}")
    words = {k: tuple(w.lower() for w in doc["credibility"].get(k, ())) for k in _WORD_LISTS}
    return CrossrefRules(
        families=tuple(Family(name=n, types=tuple(f["types"]),
                              speaker_decisive=bool(f.get("speaker_decisive", False)))
                       for n, f in doc["families"].items()),
        grouping=Grouping(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in g.items()}),
        parties=tuple(doc.get("parties") or ()),
        words=words,
        titles=tuple(TitlePeriod(phrase=t["phrase"], start=_iso(t.get("from")),
                                 end=_iso(t.get("until")), note=t.get("note"),
                                 sources=tuple(t["sources"])) for t in doc.get("titles") or ()),
        scheduled=tuple(Scheduled(what=t.get("what") or " ".join(t["words"][:1]),
                                  words=tuple(w.lower() for w in t["words"]), date=str(t["date"]),
                                  sources=tuple(t["sources"])) for t in doc.get("scheduled") or ()),
        past_events=tuple(PastEvent(what=t["what"], date=str(t["date"]),
                                    terms=tuple(tuple(str(w).lower() for w in ws) for ws in t["words"]),
                                    sources=tuple(t["sources"])) for t in doc.get("past_events") or ()),
        meanings=tuple(
            MeaningKind(topic=str(topic), anchors=tuple(str(w).lower() for w in k["anchors"]),
                        values=tuple((str(v), tuple(str(c).lower() for c in cues))
                                     for v, cues in k["values"].items()),
                        compatible=frozenset(frozenset(map(str, p)) for p in k.get("compatible") or ()),
                        families=tuple(k.get("families") or ()),
                        one_sided=bool(k.get("one_sided", False)))
            for topic, k in (doc.get("meanings") or {}).items()),
        recalled=Recalled(**{k: tuple(str(w).lower() for w in v)
                             for k, v in (doc.get("recalled") or {}).items()}),
    )


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)


def _outlet_problems(entries: Any, where: str) -> list[str]:
    if not isinstance(entries, list):
        return [f"{where}: 'outlets' must be a list"]
    problems = []
    for i, o in enumerate(entries):
        label = f"{where}: outlet {i + 1}" + (f" ({o.get('host')})" if isinstance(o, dict) else "")
        if not isinstance(o, dict) or not o.get("host") or not o.get("name"):
            problems.append(f"{label}: needs 'host' and 'name'")
            continue
        if o.get("type") not in OUTLET_TYPES:
            problems.append(f"{label}: type must be one of {', '.join(OUTLET_TYPES)}, got {o.get('type')!r}")
        if not o.get("sources"):
            problems.append(f"{label}: cite at least one source in 'sources'")
    return problems


def load_outlets(user_file: str | None = None) -> dict[str, OutletProfile]:
    """Outlet profiles by host; entries of ``user_file`` replace built-in ones of the same host."""
    return _load_outlets(user_file or None, _mtime(user_file))


@functools.cache
def _load_outlets(user_file: str | None, _mtime: int) -> dict[str, OutletProfile]:
    merged: dict[str, dict[str, Any]] = {}
    for path in (None, Path(user_file) if user_file else None):
        if path is None and merged:
            continue
        doc, where = _read_yaml(path, "outlets.yaml")
        doc = _check_format(doc, where, OUTLETS_FORMAT)
        problems = _outlet_problems(doc.get("outlets"), where)
        if problems:
            raise ConfigError(problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
        for o in doc["outlets"]:
            merged[host_key(o["host"])] = o
    return {h: OutletProfile(host=h, name=o["name"], type=o["type"], ownership=o.get("ownership"),
                             lean=o.get("lean"), sources=tuple(o["sources"]))
            for h, o in merged.items()}


def host_key(host: str) -> str:
    h = host.strip().lower()
    return h[4:] if h.startswith("www.") else h
