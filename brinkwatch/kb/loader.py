"""Loading and validating theatre files (format ``brinkwatch-theatre/1``).

A theatre file is YAML with ``format``, ``theatre``, ``include``, ``sources``, ``actors`` and
``places`` (see docs/knowledge-base.md). :func:`load_theatre` reads the built-in Iraq theatre
(package data) and any user files in order; a later entry with the same id is merged into the
earlier one field by field, ``{id: X, remove: true}`` removes X, and a list field written with a
trailing ``+`` (``aliases+: [...]``) is appended instead of replaced. :func:`check_theatre`
returns the problems of one file as one-line messages (``[]`` when it is valid).

Parsed files and built knowledge bases are cached in-process by (path, mtime), so repeated
calls are free and an edited file is re-read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from brinkwatch.errors import KnowledgeBaseError
from brinkwatch.kb.model import (
    ACTOR_TYPES,
    KBActor,
    OfficeTerm,
    PlaceEntry,
    Relation,
    Source,
    TheatreKB,
    norm_key,
)

FORMAT = "brinkwatch-theatre/1"
BUILTIN_FILE = "iraq.yaml"
PLACE_TYPES = ("country", "province", "city", "town", "base", "crossing", "site")
CONFIDENCES = ("high", "medium", "low")
WARNING_PREFIX = "warning: "
MAX_PROBLEMS_IN_ERROR = 5

_TOP_KEYS = frozenset({"format", "theatre", "include", "sources", "actors", "places"})
_ACTOR_KEYS = frozenset({
    "id", "name", "type", "aliases", "ambiguous_aliases", "context", "demonyms", "country",
    "sector", "parent", "relations", "offices", "description", "sources", "verified", "remove",
})
_PLACE_KEYS = frozenset({
    "id", "name", "type", "country", "lat", "lon", "aliases", "parent", "sources", "remove",
    "description",
})
_LIST_KEYS = frozenset({"aliases", "ambiguous_aliases", "context", "demonyms", "relations",
                        "offices", "sources"})
_RELATION_KEYS = frozenset({"type", "target", "confidence", "start", "end", "verified",
                            "sources", "note"})
_OFFICE_KEYS = frozenset({"office", "start", "end", "verified", "sources"})
_SOURCE_KEYS = frozenset({"id", "title", "url", "date", "publisher"})
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID_LIKE_RE = re.compile(r"^[a-z][a-z0-9]*_[a-z0-9_]+$")  # snake_case with a prefix: an id, not a name

try:  # the C loader is ~10x faster; fall back to the pure-Python one
    _BaseLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that keeps dates as written (strings): validation reports bad ones."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: node.value)


# --- reading files ----------------------------------------------------------------------------


def builtin_path() -> Path:
    """The path of the built-in Iraq theatre file (package data)."""
    return Path(str(resources.files("brinkwatch.kb").joinpath("data", BUILTIN_FILE)))


@functools.lru_cache(maxsize=64)
def _parse(path: str, mtime_ns: int) -> tuple[Any, str | None]:
    """(document, error message) of one YAML file; cached per (path, mtime)."""
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader), None  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, f"{path}: not valid YAML{where}: {problem}; fix the syntax"
    except UnicodeDecodeError:
        return None, f"{path}: not UTF-8 text; save the file as UTF-8"
    except ValueError as exc:  # e.g. a number the YAML constructor cannot build
        return None, f"{path}: unreadable value ({exc}); fix the value"


def _read(path: Path) -> tuple[Any, str | None, int]:
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return None, f"{path}: theatre file not found; check the path", 0
    if path.is_dir():
        return None, f"{path}: is a folder; give a theatre file (YAML)", 0
    doc, err = _parse(str(path), mtime)
    return doc, err, mtime


def _expand(path: Path, problems: list[str], stack: tuple[Path, ...] = ()
            ) -> list[tuple[Path, dict[str, Any], int]]:
    """The file and its includes (includes first, so the file can override them)."""
    path = path.resolve()
    if path in stack:
        chain = " -> ".join(p.name for p in (*stack, path))
        problems.append(f"{stack[-1]}: include cycle {chain}; remove one of the includes")
        return []
    doc, err, mtime = _read(path)
    if err:
        problems.append(err)
        return []
    if doc is None:
        doc = {}
    if not isinstance(doc, dict):
        problems.append(f"{path}: expected a mapping with format/theatre/actors/places at the "
                        f"top, found {type(doc).__name__}")
        return []
    out: list[tuple[Path, dict[str, Any], int]] = []
    includes = doc.get("include") or []
    if isinstance(includes, str):
        includes = [includes]
    if not isinstance(includes, list):
        problems.append(f"{path}: include: expected a list of relative file paths")
        includes = []
    for inc in includes:
        if not isinstance(inc, str) or not inc.strip() or not inc.isprintable():
            # a control character (NUL, a newline) names no file a user meant
            problems.append(f"{path}: include: expected a file path, found {inc!r}")
            continue
        target = path.parent / inc
        if target.is_dir():
            problems.append(f"{path}: include: {inc!r} is a folder; name a theatre file")
            continue
        out.extend(_expand(target, problems, (*stack, path)))
    out.append((path, doc, mtime))
    return out


# --- per-file validation ----------------------------------------------------------------------


def _as_str(value: Any) -> Any:
    """YAML turns 2020-01-03 into a date and 2006 into an int; keep dates as ISO strings."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _date_problem(value: Any, where: str, field: str) -> str | None:
    if value is None:
        return None
    text = _as_str(value)
    if not isinstance(text, str) or not _DATE_RE.match(text):
        return (f"{where}: {field} {value!r} is not a date; write YYYY-MM-DD "
                "(or YYYY-MM / YYYY when only that is known), or null")
    parts = [int(p) for p in text.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return f"{where}: {field} {text!r} is not a calendar date; check month and day"
    return None


def _span_problems(item: dict[str, Any], where: str) -> list[str]:
    out = [p for f in ("start", "end") if (p := _date_problem(item.get(f), where, f))]
    start, end = _as_str(item.get("start")), _as_str(item.get("end"))
    if not out and isinstance(start, str) and isinstance(end, str):
        if (start + "-01-01")[:10] > (end + "-99-99")[:10]:
            out.append(f"{where}: start {start} is after end {end}; swap or fix the dates")
    return out


def _str_list_problem(value: Any, where: str, field: str) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        return f"{where}: {field} must be a list of non-empty strings, found {value!r}"
    return None


def _entry_label(kind: str, entry: Any, index: int) -> str:
    ident = entry.get("id") if isinstance(entry, dict) else None
    return f"{kind}[{index}] '{ident}'" if ident else f"{kind}[{index}]"


def _unknown_fields(where: str, bad: Iterable[Any], valid: Iterable[str], *,
                    what: str = "field") -> str:
    """The one line naming the unknown fields (or keys) of an entry: a name that is not plain
    printable text (a newline, a number) is shown quoted, so the problem stays one line."""
    names = sorted(k if isinstance(k, str) and k and k.isprintable() and k.strip() == k
                   else repr(k) for k in bad)
    return (f"{where}: unknown {what}(s) {', '.join(names)}; valid {what}s: "
            f"{', '.join(sorted(valid))}")


def _keys_and_type_problems(entry: dict[str, Any], where: str, keys: Iterable[str],
                            types: Sequence[str], what: str) -> list[str]:
    """Unknown fields (a trailing '+' appends to a list field) and an unknown type."""
    valid = set(keys)
    out: list[str] = []
    unknown = {k.rstrip("+") if isinstance(k, str) else k for k in entry} - valid
    if unknown:
        out.append(_unknown_fields(where, unknown, valid))
    if "type" in entry and entry["type"] not in types:
        out.append(f"{where}: unknown {what} {entry['type']!r}; expected one of "
                   f"{', '.join(types)}")
    return out


def _actor_problems(entry: dict[str, Any], where: str) -> list[str]:
    out = _keys_and_type_problems(entry, where, _ACTOR_KEYS, ACTOR_TYPES, "type")
    if "name" in entry and (not isinstance(entry["name"], str) or not entry["name"].strip()):
        out.append(f"{where}: name must be a non-empty string")
    for key in ("aliases", "ambiguous_aliases", "context", "demonyms", "sources"):
        for k in (key, key + "+"):
            if k in entry and (p := _str_list_problem(entry[k], where, k)):
                out.append(p)
    if "verified" in entry and not isinstance(entry["verified"], bool):
        out.append(f"{where}: verified must be true or false")
    for key in ("relations", "relations+"):
        rels = entry.get(key)
        if rels is None:
            continue
        if not isinstance(rels, list):
            out.append(f"{where}: {key} must be a list of {{type, target, ...}} mappings")
            continue
        for j, rel in enumerate(rels):
            rw = f"{where} relations[{j}]"
            if not isinstance(rel, dict):
                out.append(f"{rw}: expected a mapping {{type, target, ...}}, found {rel!r}")
                continue
            bad = set(rel) - _RELATION_KEYS
            if bad:
                out.append(_unknown_fields(rw, bad, _RELATION_KEYS))
            if not rel.get("type") or not rel.get("target"):
                out.append(f"{rw}: a relation needs both type and target")
            conf = rel.get("confidence")
            if conf is not None and conf not in CONFIDENCES:
                out.append(f"{rw}: confidence {conf!r} must be one of {', '.join(CONFIDENCES)}")
            out.extend(_span_problems(rel, rw))
    for key in ("offices", "offices+"):
        terms = entry.get(key)
        if terms is None:
            continue
        if not isinstance(terms, list):
            out.append(f"{where}: {key} must be a list of {{office, start, end}} mappings")
            continue
        for j, term in enumerate(terms):
            tw = f"{where} offices[{j}]"
            if not isinstance(term, dict) or not term.get("office"):
                out.append(f"{tw}: expected a mapping with an office id, found {term!r}")
                continue
            bad = set(term) - _OFFICE_KEYS
            if bad:
                out.append(_unknown_fields(tw, bad, _OFFICE_KEYS))
            out.extend(_span_problems(term, tw))
    return out


def _place_problems(entry: dict[str, Any], where: str) -> list[str]:
    out = _keys_and_type_problems(entry, where, _PLACE_KEYS, PLACE_TYPES, "place type")
    for field, bound in (("lat", 90.0), ("lon", 180.0)):
        value = entry.get(field)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            out.append(f"{where}: {field} {value!r} must be a number")
        elif not -bound <= float(value) <= bound:
            out.append(f"{where}: {field} {value} is out of range (-{bound:g}..{bound:g}); "
                       "check the sign and the order of lat/lon")
    for key in ("aliases", "aliases+", "sources"):
        if key in entry and (p := _str_list_problem(entry[key], where, key)):
            out.append(p)
    return out


def _file_problems(path: Path, doc: dict[str, Any]) -> list[str]:
    """Problems visible in one file alone (shape, types, dates, duplicate ids)."""
    out: list[str] = []
    fmt = doc.get("format")
    if fmt != FORMAT:
        out.append(f"{path}: unknown format version {fmt!r}; expected {FORMAT} "
                   f"(write 'format: {FORMAT}' at the top)")
    unknown = set(doc) - _TOP_KEYS
    if unknown:
        out.append(_unknown_fields(str(path), unknown, _TOP_KEYS, what="top-level key"))
    theatre = doc.get("theatre")
    if theatre is not None and (not isinstance(theatre, dict) or not theatre.get("id")):
        out.append(f"{path}: theatre must be a mapping with at least an id "
                   "({id: iraq, name: ..., version: ...})")
    for kind, check in (("actors", _actor_problems), ("places", _place_problems),
                        ("sources", None)):
        entries = doc.get(kind) or []
        if not isinstance(entries, list):
            out.append(f"{path}: {kind} must be a list of mappings")
            continue
        seen: dict[str, int] = {}
        for i, entry in enumerate(entries):
            where = f"{path.name}: {_entry_label(kind, entry, i)}"
            if not isinstance(entry, dict):
                out.append(f"{where}: expected a mapping, found {entry!r}")
                continue
            ident = entry.get("id")
            if not isinstance(ident, str) or not ident.strip():
                out.append(f"{where}: missing id; give every entry a unique snake_case id")
                continue
            if ident in seen:
                out.append(f"{where}: duplicate id (also {kind}[{seen[ident]}]); ids must be "
                           "unique within a file (override in a later file instead)")
            seen.setdefault(ident, i)
            if check is not None:
                out.extend(check(entry, where))
            else:
                bad = set(entry) - _SOURCE_KEYS
                if bad:
                    out.append(_unknown_fields(where, bad, _SOURCE_KEYS))
                if (p := _date_problem(entry.get("date"), where, "date")):
                    out.append(p)
    return out


# --- merging ----------------------------------------------------------------------------------


def _merge(target: dict[str, dict[str, Any]], entries: Iterable[Any]) -> None:
    """Merge entries into ``target`` by id: override field by field, ``remove: true``, ``key+``."""
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        ident = entry["id"]
        if entry.get("remove") is True:
            target.pop(ident, None)
            continue
        merged = dict(target.get(ident, {}))
        for key, value in entry.items():
            if key.endswith("+"):
                base = key[:-1]
                merged[base] = [*(merged.get(base) or []), *(value or [])]
            else:
                merged[key] = value
        target[ident] = merged


def _merged_problems(actors: dict[str, dict[str, Any]], places: dict[str, dict[str, Any]],
                     sources: set[str], label: str) -> list[str]:
    """Problems that need every file: references, cycles, missing names, alias clashes."""
    out: list[str] = []
    warnings: list[str] = []
    for ident, a in actors.items():
        where = f"{label}: actor '{ident}'"
        if not a.get("name"):
            out.append(f"{where}: missing name; give the canonical name (or fix the id if this "
                       "entry was meant to override an existing actor)")
        if not a.get("type"):
            out.append(f"{where}: missing type; expected one of {', '.join(ACTOR_TYPES)}")
        parent = a.get("parent")
        if parent is not None and parent not in actors:
            out.append(f"{where}: parent {parent!r} is not an actor id; use the id of the body "
                       "it belongs to")
        elif parent == ident:
            out.append(f"{where}: parent is the actor itself")
        for j, rel in enumerate(a.get("relations") or []):
            tgt = rel.get("target") if isinstance(rel, dict) else None
            if isinstance(tgt, str) and _ID_LIKE_RE.match(tgt) and tgt not in actors:
                out.append(f"{where} relations[{j}]: target {tgt!r} looks like an id but no actor "
                           "has it; fix the id or write the target's name in words")
        for j, term in enumerate(a.get("offices") or []):
            office = term.get("office") if isinstance(term, dict) else None
            if office is None:
                continue
            if office not in actors:
                out.append(f"{where} offices[{j}]: office {office!r} is not an actor id; add an "
                           "actor of type office and refer to its id")
            elif actors[office].get("type") != "office":
                out.append(f"{where} offices[{j}]: {office!r} has type "
                           f"{actors[office].get('type')!r}; an office term must point to an "
                           "actor of type office")
        for src in a.get("sources") or []:
            if sources and src not in sources:
                out.append(f"{where}: source {src!r} is not defined under sources:")
    # parent cycles (each reported once, at its smallest id)
    reported: set[str] = set()
    for ident in sorted(actors):
        chain: list[str] = []
        cur: str | None = ident
        while cur is not None and cur in actors and cur not in chain:
            chain.append(cur)
            cur = actors[cur].get("parent")
        if cur is not None and cur in chain:
            cycle = chain[chain.index(cur):]
            if not reported.intersection(cycle):
                reported.update(cycle)
                out.append(f"{label}: actor '{min(cycle)}': parent cycle "
                           f"{' -> '.join([*cycle, cur])}; a parent chain must end at a state or "
                           "a top organisation")
    for ident, p in places.items():
        where = f"{label}: place '{ident}'"
        if not p.get("name"):
            out.append(f"{where}: missing name")
        if not p.get("type"):
            out.append(f"{where}: missing type; expected one of {', '.join(PLACE_TYPES)}")
        parent = p.get("parent")
        if parent is not None and parent not in places:
            out.append(f"{where}: parent {parent!r} is not a place id")
    # the same written form on two actors, neither marking it ambiguous
    owners: dict[str, str] = {}
    for ident, a in actors.items():
        amb = {norm_key(x) for x in a.get("ambiguous_aliases") or []}
        for form in {norm_key(x) for x in [a.get("name") or "", *(a.get("aliases") or [])]}:
            if not form or form in amb:
                continue
            other = owners.get(form)
            if other is None:
                owners[form] = ident
            elif other != ident:
                warnings.append(f"{WARNING_PREFIX}{label}: alias {form!r} is claimed by both "
                                f"'{other}' and '{ident}'; move it to ambiguous_aliases (with "
                                "context words) or drop it from one of them")
    return out + warnings


# --- building records -------------------------------------------------------------------------


def _tuple(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value or ())


def _opt(value: Any) -> str | None:
    value = _as_str(value)
    return None if value is None else str(value)


def _actor(a: dict[str, Any]) -> KBActor:
    return KBActor(
        id=a["id"], name=a["name"], type=a["type"], aliases=_tuple(a.get("aliases")),
        ambiguous_aliases=_tuple(a.get("ambiguous_aliases")), context=_tuple(a.get("context")),
        demonyms=_tuple(a.get("demonyms")), country=_opt(a.get("country")),
        sector=_opt(a.get("sector")), parent=_opt(a.get("parent")),
        relations=tuple(
            Relation(type=str(r["type"]), target=str(r["target"]), confidence=_opt(r.get("confidence")),
                     start=_opt(r.get("start")), end=_opt(r.get("end")),
                     verified=bool(r.get("verified", True)), sources=_tuple(r.get("sources")),
                     note=_opt(r.get("note")))
            for r in a.get("relations") or ()),
        offices=tuple(
            OfficeTerm(office=str(t["office"]), start=_opt(t.get("start")), end=_opt(t.get("end")),
                       verified=bool(t.get("verified", True)), sources=_tuple(t.get("sources")))
            for t in a.get("offices") or ()),
        description=_opt(a.get("description")), sources=_tuple(a.get("sources")),
        verified=bool(a.get("verified", True)),
    )


def _place(p: dict[str, Any]) -> PlaceEntry:
    lat, lon = p.get("lat"), p.get("lon")
    return PlaceEntry(
        id=p["id"], name=p["name"], type=p["type"], country=_opt(p.get("country")),
        lat=None if lat is None else float(lat), lon=None if lon is None else float(lon),
        aliases=_tuple(p.get("aliases")), parent=_opt(p.get("parent")),
        sources=_tuple(p.get("sources")),
    )


def _source(s: dict[str, Any]) -> Source:
    return Source(id=s["id"], title=_opt(s.get("title")), url=_opt(s.get("url")),
                  date=_opt(s.get("date")), publisher=_opt(s.get("publisher")))


# --- public API -------------------------------------------------------------------------------


def _collect(files: Sequence[Path], problems: list[str]
             ) -> tuple[list[tuple[Path, dict[str, Any], int]], list[str]]:
    expanded: list[tuple[Path, dict[str, Any], int]] = []
    for f in files:
        expanded.extend(_expand(Path(f), problems))
    file_problems: list[str] = []
    for path, doc, _ in expanded:
        file_problems.extend(_file_problems(path, doc))
    return expanded, file_problems


def _merge_all(expanded: Sequence[tuple[Path, dict[str, Any], int]],
               top: Sequence[str] = ()) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]],
                          dict[str, dict[str, Any]], dict[str, Any]]:
    actors: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}
    sources: dict[str, dict[str, Any]] = {}
    theatre: dict[str, Any] = {}
    # the theatre's name/version come from the first file given (not from its includes)
    for _path, doc, _ in sorted(expanded, key=lambda e: str(e[0]) not in top):
        if isinstance(doc.get("theatre"), dict) and not theatre:
            theatre = doc["theatre"]
    for _, doc, _ in expanded:
        for kind, target in (("actors", actors), ("places", places), ("sources", sources)):
            entries = doc.get(kind)
            if isinstance(entries, list):
                _merge(target, entries)
    return actors, places, sources, theatre


def check_theatre(path: str | Path, *, builtin: bool | None = None) -> list[str]:
    """Problems of one theatre file (with its includes), one line each; ``[]`` if valid.

    Ids the file refers to may live in the built-in theatre: by default a user file is checked
    on top of it (``builtin=None`` means "unless ``path`` is the built-in file itself").
    Lines starting with ``"warning: "`` are advice; :func:`load_theatre` does not fail on them.
    """
    path = Path(path)
    if builtin is None:
        try:
            builtin = path.resolve() != builtin_path().resolve()
        except OSError:
            builtin = True
    problems: list[str] = []
    base: list[tuple[Path, dict[str, Any], int]] = []
    if builtin:
        base, _ = _collect([builtin_path()], [])
    own, file_problems = _collect([path], problems)
    problems.extend(file_problems)
    if not own or any(not p.startswith(WARNING_PREFIX) for p in problems):
        return problems  # the cross-file checks need well-typed entries
    actors, places, sources, _ = _merge_all([*base, *own])
    problems.extend(_merged_problems(actors, places, set(sources), path.name))
    return problems


def load_theatre(paths: Sequence[str | Path] = (), *, builtin: bool = True) -> TheatreKB:
    """The built-in Iraq theatre (unless ``builtin=False``) plus user files, in order.

    Later entries override earlier ones with the same id (field by field); ``remove: true``
    deletes an entry. Raises :class:`KnowledgeBaseError` listing the first problems when a
    file is missing or does not validate. Cached per (paths, modification times).
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    files = ([builtin_path()] if builtin else []) + [Path(p) for p in paths]
    problems: list[str] = []
    expanded: list[tuple[Path, dict[str, Any], int]] = []
    for f in files:
        expanded.extend(_expand(f, problems))
    if problems:
        raise _error(problems)
    key = tuple((str(p), m) for p, _, m in expanded)
    return _build(key, tuple(str(f.resolve()) for f in files))


def _error(problems: list[str]) -> KnowledgeBaseError:
    shown = problems[:MAX_PROBLEMS_IN_ERROR]
    more = len(problems) - len(shown)
    tail = f" (+{more} more)" if more > 0 else ""
    return KnowledgeBaseError(
        f"theatre file does not validate: {' | '.join(shown)}{tail}; run 'brinkwatch kb check "
        "FILE' for the full list")


@functools.lru_cache(maxsize=16)
def _build(key: tuple[tuple[str, int], ...], top: tuple[str, ...] = ()) -> TheatreKB:
    expanded: list[tuple[Path, dict[str, Any], int]] = []
    problems: list[str] = []
    for path, mtime in key:
        doc, err = _parse(path, mtime)
        if err:
            problems.append(err)
            continue
        expanded.append((Path(path), doc or {}, mtime))
    for path, doc, _ in expanded:
        problems.extend(_file_problems(path, doc))
    if any(not p.startswith(WARNING_PREFIX) for p in problems):
        raise _error([p for p in problems if not p.startswith(WARNING_PREFIX)])
    actors, places, sources, theatre = _merge_all(expanded, top)
    label = Path(key[-1][0]).name if key else "theatre"
    problems.extend(_merged_problems(actors, places, set(sources), label))
    errors = [p for p in problems if not p.startswith(WARNING_PREFIX)]
    if errors:
        raise _error(errors)
    return TheatreKB(
        actors=[_actor(a) for a in actors.values()],
        places=[_place(p) for p in places.values()],
        sources=[_source(s) for s in sources.values()],
        name=str(theatre.get("name") or theatre.get("id") or "custom"),
        version=str(_as_str(theatre.get("version")) or "0"),
    )


def builtin_theatre_path() -> Path:
    """Alias of :func:`builtin_path` (the name the CLI uses)."""
    return builtin_path()


def clear_cache() -> None:
    """Forget parsed files and built knowledge bases (benchmarks measure a cold load)."""
    _parse.cache_clear()
    _build.cache_clear()


load_theatre.cache_clear = clear_cache  # type: ignore[attr-defined]
