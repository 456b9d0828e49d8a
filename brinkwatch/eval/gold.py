"""Gold formats and the name matching the scoring rules define (``../shared/gold/README.md``).

Two gold files, one JSON object a line:

- ``*.events.jsonl`` -> :class:`GoldEvent` (doc, id, required, type list, modality, actor and
  target name lists, date, evidence);
- ``*.actors.jsonl`` -> :class:`GoldActor` (doc, acceptable names, surface, required, must_not).

Names are compared after :func:`norm_name`: case, diacritics, apostrophes (and a possessive
``'s``), hyphens, a leading "the", and "U.S." = "US" = "U.S.A." = "United States (of America)".
The normaliser is the product's own (:func:`brinkwatch.names.norm_name`): the KB, linking and
queries key names the same way, so the scores measure the extractors, not a second normaliser.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from brinkwatch.errors import EvalError
from brinkwatch.names import norm_name

# CONCEDE and RETREAT are scored as YIELD (README rule 1; the PLV set merges them too).
TYPE_ALIASES: dict[str, str] = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}

def norm_type(type_: str) -> str:
    """A PLOVER type as scored: upper case, CONCEDE/RETREAT -> YIELD."""
    t = type_.strip().upper()
    return TYPE_ALIASES.get(t, t)


def contains_words(text_key: str, name_key: str) -> bool:
    """Whether normalised ``text_key`` contains normalised ``name_key`` as whole words
    ("its allies in iraq" contains "iraq"; "iraqis" does not)."""
    if not name_key or not text_key:
        return False
    return f" {name_key} " in f" {text_key} "


def name_matches(candidates: Iterable[str | None], surfaces: Iterable[str | None],
                 gold_names: Sequence[str]) -> bool:
    """README rules 2 and 3 for one side of an event.

    ``candidates`` are the predicted canonical name, surface text and KB ancestors (compared by
    equality); ``surfaces`` are texts that may also *contain* a gold name as whole words.
    An empty ``gold_names`` matches anything.
    """
    if not gold_names:
        return True
    gold = {norm_name(g) for g in gold_names} - {""}
    cand = {norm_name(c) for c in candidates if c}
    if gold & cand:
        return True
    for s in surfaces:
        if not s:
            continue
        key = norm_name(s)
        if any(contains_words(key, g) for g in gold):
            return True
    return False


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldEvent:
    doc: str
    id: str
    required: bool
    types: tuple[str, ...]
    actor: tuple[str, ...]
    target: tuple[str, ...]
    modality: str | None = None
    date: str | None = None
    evidence: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldActor:
    doc: str
    actor: tuple[str, ...]
    required: bool
    surface: str | None = None
    must_not: tuple[str, ...] = ()
    line: int = 0  # 1-based line in the gold file, to name the row in reports


def _read_jsonl(path: Path | str) -> list[tuple[int, dict[str, object]]]:
    p = Path(path)
    if not p.is_file():
        raise EvalError(f"gold file '{p}' not found: pass the path of a .jsonl gold file "
                        "(e.g. ../shared/gold/seeds.events.jsonl)")
    out: list[tuple[int, dict[str, object]]] = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{p}:{n}: not valid JSON ({exc.msg}); each line must be one "
                            "JSON object") from exc
        if not isinstance(obj, dict):
            raise EvalError(f"{p}:{n}: expected a JSON object, found {type(obj).__name__}")
        out.append((n, obj))
    return out


def _str_list(obj: dict[str, object], key: str, where: str, *, required: bool = True
              ) -> tuple[str, ...]:
    value = obj.get(key)
    if value is None and not required:
        return ()
    if key not in obj:
        _field(obj, key, where)  # raises: says which field is missing
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise EvalError(f"{where}: field '{key}' must be a list of strings, found {value!r}")
    return tuple(value)


def _field(obj: dict[str, object], key: str, where: str) -> object:
    if key not in obj:
        raise EvalError(f"{where}: missing field '{key}'; expected fields: "
                        "doc, id, required, type, actor, target (see gold/README.md)")
    return obj[key]


def load_gold_events(path: Path | str) -> list[GoldEvent]:
    """Read a gold events file (one JSON object a line) into :class:`GoldEvent` records."""
    out: list[GoldEvent] = []
    for n, obj in _read_jsonl(path):
        where = f"{path}:{n}"
        modality = obj.get("modality")
        date = obj.get("date")
        out.append(GoldEvent(
            doc=str(_field(obj, "doc", where)),
            id=str(_field(obj, "id", where)),
            required=bool(obj.get("required", True)),
            types=tuple(t.upper() for t in _str_list(obj, "type", where)),
            actor=_str_list(obj, "actor", where),
            target=_str_list(obj, "target", where),
            modality=str(modality) if modality else None,
            date=str(date) if date else None,
            evidence=str(obj.get("evidence") or ""),
        ))
    return out


def load_gold_actors(path: Path | str) -> list[GoldActor]:
    """Read a gold actors file (one JSON object a line) into :class:`GoldActor` records."""
    out: list[GoldActor] = []
    for n, obj in _read_jsonl(path):
        where = f"{path}:{n}"
        surface = obj.get("surface")
        out.append(GoldActor(
            doc=str(_field(obj, "doc", where)),
            actor=_str_list(obj, "actor", where),
            required=bool(obj.get("required", True)),
            surface=str(surface) if surface else None,
            must_not=_str_list(obj, "must_not", where, required=False),
            line=n,
        ))
    return out
