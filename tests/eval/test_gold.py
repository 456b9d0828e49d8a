"""Gold files and the name normalisation of the scoring rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brinkwatch.errors import EvalError
from brinkwatch.eval.gold import (
    contains_words,
    load_gold_actors,
    load_gold_events,
    name_matches,
    norm_name,
    norm_type,
)


@pytest.mark.parametrize(("a", "b"), [
    ("U.S.", "United States"),
    ("US", "the United States"),
    ("U.S.A.", "United States of America"),
    ("USA", "united states"),
    ("Kata'ib Hezbollah", "Kataib Hezbollah"),
    ("Kata’ib Hezbollah", "kata'ib hezbollah"),
    ("Asa'ib Ahl al-Haq", "Asaib Ahl al Haq"),
    ("Abū Mahdī", "Abu Mahdi"),
    ("The Pentagon", "pentagon"),
    ("Shi‘ite militias", "Shiite militias"),
    ("Iraq's", "Iraq"),
])
def test_same_name_after_normalisation(a: str, b: str) -> None:
    assert norm_name(a) == norm_name(b)


@pytest.mark.parametrize(("a", "b"), [
    ("us", "United States"),  # the pronoun is not the country
    ("Iraqis", "Iraq"),
    ("Iran", "Iraq"),
    ("Hezbollah", "Kata'ib Hezbollah"),
    ("theater", "ater"),  # only a leading "the " word is dropped
])
def test_different_names_stay_different(a: str, b: str) -> None:
    assert norm_name(a) != norm_name(b)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("its allies in Iraq", "Iraq", True),
    ("Iraqis", "Iraq", False),
    ("the U.S. Treasury", "United States", True),
    ("U.S.-led coalition", "United States", True),
    ("Iraq's sovereignty", "Iraq", True),
    ("Iran-backed militias", "Iran", True),
    ("Iranian-backed militias", "Iran", False),
    ("", "Iraq", False),
    ("Iraq", "", False),
])
def test_contains_whole_words(text: str, name: str, expected: bool) -> None:
    assert contains_words(norm_name(text), norm_name(name)) is expected


def test_name_matches_equality_vs_containment() -> None:
    # equality on candidates (name, text, ancestors); containment on surfaces only
    assert name_matches(["OFAC", "Treasury", "United States"], [], ["U.S."])
    assert not name_matches(["Iraqi Ministry of Defense"], [], ["Iraq"])
    assert name_matches([], ["the Iraqi Ministry of Defense of Iraq"], ["Iraq"])
    assert name_matches([None], [None], [])  # gold [] matches anything


@pytest.mark.parametrize(("given", "scored"), [
    ("CONCEDE", "YIELD"), ("RETREAT", "YIELD"), ("assault", "ASSAULT"), ("YIELD", "YIELD"),
])
def test_norm_type(given: str, scored: str) -> None:
    assert norm_type(given) == scored


def _write(tmp_path: Path, lines: list[object]) -> Path:
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
                 encoding="utf-8")
    return p


def test_load_gold_events(tmp_path: Path) -> None:
    p = _write(tmp_path, [
        {"doc": "a.txt", "id": "a-1", "required": True, "type": ["threaten"],
         "modality": "future", "actor": ["United States"], "target": [], "date": None,
         "evidence": "warned"},
        "",
        {"doc": "a.txt", "id": "a-2", "required": False, "type": ["AID"], "actor": [],
         "target": ["Iraq"]},
    ])
    g = load_gold_events(p)
    assert [e.id for e in g] == ["a-1", "a-2"]
    assert g[0].types == ("THREATEN",) and g[0].modality == "future" and g[0].target == ()
    assert g[1].required is False and g[1].modality is None


def test_load_gold_actors(tmp_path: Path) -> None:
    p = _write(tmp_path, [
        {"doc": "a.txt", "actor": ["Kata'ib Hezbollah"], "surface": "Hezbollah Brigades",
         "required": True, "must_not": ["Hezbollah (Lebanon)"]},
        {"doc": "a.txt", "actor": ["Iraq"], "required": False},
    ])
    g = load_gold_actors(p)
    assert g[0].surface == "Hezbollah Brigades" and g[0].must_not == ("Hezbollah (Lebanon)",)
    assert g[1].surface is None and g[1].must_not == () and g[1].line == 2


@pytest.mark.parametrize(("lines", "message"), [
    (["{not json"], "not valid JSON"),
    (["[1, 2]"], "expected a JSON object"),
    ([{"doc": "a.txt", "id": "x", "type": ["AID"], "actor": []}], "missing field 'target'"),
    ([{"doc": "a.txt", "id": "x", "type": "AID", "actor": [1], "target": []}],
     "must be a list of strings"),
])
def test_bad_gold_file_says_what_is_wrong(tmp_path: Path, lines: list[object],
                                          message: str) -> None:
    with pytest.raises(EvalError, match=message):
        load_gold_events(_write(tmp_path, lines))


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="not found"):
        load_gold_events(tmp_path / "nope.jsonl")


def test_shared_gold_files_load() -> None:
    shared = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold"
    if not shared.is_dir():
        pytest.skip("../shared is absent")
    events = load_gold_events(shared / "seeds.events.jsonl")
    actors = load_gold_actors(shared / "seeds.actors.jsonl")
    assert events and actors
    assert all(e.types for e in events)
    assert len({e.id for e in events}) == len(events)
