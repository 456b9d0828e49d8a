"""Loading, merging and validating theatre files (brinkwatch.kb.loader)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brinkwatch.errors import KnowledgeBaseError
from brinkwatch.kb.loader import FORMAT, builtin_path, check_theatre, load_theatre

HEAD = f"format: {FORMAT}\ntheatre: {{id: test, name: Test theatre, version: '1'}}\n"

BASE_ACTORS = """
actors:
  - {id: st_a, name: Alphaland, type: state, country: ALP}
  - {id: org_a_army, name: Alphaland army, type: state_body, parent: st_a, sector: MIL}
  - {id: office_a_chief, name: Chief of the army, type: office, parent: org_a_army}
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the built-in theatre ---------------------------------------------------------------------


def test_builtin_theatre_is_valid_and_has_no_warnings() -> None:
    assert check_theatre(builtin_path()) == []


def test_builtin_theatre_loads_and_repeat_calls_are_cached() -> None:
    # how fast it loads is measured by `brinkwatch bench` (docs/benchmarks.md), not here
    from brinkwatch.kb.loader import clear_cache

    clear_cache()
    kb = load_theatre()
    again = load_theatre()
    assert again is kb
    assert len(kb.actors) > 100 and len(kb.places) > 50
    assert kb.name == "Iraq, Iran and the United States"
    assert kb.version == "2026.11"


def test_builtin_includes_the_gazetteer() -> None:
    kb = load_theatre()
    assert kb.places, "iraq_places.yaml should be merged through include:"
    assert kb.place("Baghdad") is not None


def test_every_source_of_the_reference_file_is_kept() -> None:
    ref = Path(__file__).resolve().parents[2] / ".." / "shared" / "reference" / "iraq_actors_facts.yaml"
    if not ref.is_file():
        pytest.skip("shared reference file not available")
    import yaml

    ids = set(yaml.safe_load(ref.read_text(encoding="utf-8"))["sources"])
    kb = load_theatre()
    assert ids - set(kb.sources) == set()
    assert all(kb.sources[i].url for i in ids)


# --- validation: each kind of problem, with a message that names the entry and the field ------

PROBLEMS = [
    pytest.param("format: brinkwatch-theatre/9\nactors: []\n", "expected brinkwatch-theatre/1",
                 id="unknown-format"),
    pytest.param(HEAD + "actors:\n  - {id: x, name: X, type: militia}\n",
                 "actors[0] 'x': unknown type 'militia'", id="unknown-type"),
    pytest.param(HEAD + "actors:\n  - {id: x, name: X, type: state}\n  - {id: x, name: Y, type: state}\n",
                 "actors[1] 'x': duplicate id", id="duplicate-id"),
    pytest.param(HEAD + "actors:\n  - {id: x, type: state}\n", "actor 'x': missing name",
                 id="missing-name"),
    pytest.param(HEAD + "actors:\n  - {name: X, type: state}\n", "actors[0]: missing id",
                 id="missing-id"),
    pytest.param(HEAD + "actors:\n  - {id: x, name: X, type: state_body, parent: org_nowhere}\n",
                 "actor 'x': parent 'org_nowhere' is not an actor id", id="parent-not-an-id"),
    pytest.param(HEAD + "actors:\n  - {id: a, name: A, type: state_body, parent: b}\n"
                 "  - {id: b, name: B, type: state_body, parent: a}\n",
                 "parent cycle a -> b -> a", id="parent-cycle"),
    pytest.param(HEAD + "actors:\n  - {id: x, name: X, type: armed_group, relations: "
                 "[{type: backed_by, target: org_typo_id}]}\n",
                 "relations[0]: target 'org_typo_id' looks like an id", id="relation-target-typo"),
    pytest.param(HEAD + "actors:\n  - {id: p_x, name: X, type: person, offices: "
                 "[{office: office_missing, start: 2020-01-01}]}\n",
                 "offices[0]: office 'office_missing' is not an actor id", id="office-not-an-id"),
    pytest.param(HEAD + "actors:\n  - {id: st, name: S, type: state}\n"
                 "  - {id: p_x, name: X, type: person, offices: [{office: st, start: 2020-01-01}]}\n",
                 "an office term must point to an actor of type office", id="office-wrong-type"),
    pytest.param(HEAD + "actors:\n  - {id: o, name: O, type: office}\n"
                 "  - {id: p_x, name: X, type: person, offices: [{office: o, start: 2020-13-01}]}\n",
                 "offices[0]: start '2020-13-01' is not a calendar date", id="bad-date"),
    pytest.param(HEAD + "actors:\n  - {id: o, name: O, type: office}\n"
                 "  - {id: p_x, name: X, type: person, offices: [{office: o, start: 'soon'}]}\n",
                 "start 'soon' is not a date; write YYYY-MM-DD", id="not-a-date"),
    pytest.param(HEAD + "actors:\n  - {id: o, name: O, type: office}\n"
                 "  - {id: p_x, name: X, type: person, offices: "
                 "[{office: o, start: 2022-10-27, end: 2020-05-07}]}\n",
                 "start 2022-10-27 is after end 2020-05-07", id="start-after-end"),
    pytest.param(HEAD + "actors:\n  - {id: x, name: X, type: armed_group, relations: "
                 "[{type: suspected_front_for, target: Somebody, confidence: sure}]}\n",
                 "confidence 'sure' must be one of high, medium, low", id="bad-confidence"),
    pytest.param(HEAD + "actors:\n  - {id: x, name: X, type: state, colour: red}\n",
                 "unknown field(s) colour", id="unknown-field"),
    # a field name with a newline, or a number, is named quoted: the message stays one line
    pytest.param(HEAD + 'actors:\n  - {id: x, name: X, type: state, relations: [{"\\n": 1}]}\n',
                 "relations[0]: unknown field(s) '\\n'", id="unknown-field-with-a-newline"),
    pytest.param(HEAD + "actors:\n  - {id: x, name: X, type: state, 7: red, colour: red}\n",
                 "unknown field(s) 7, colour", id="unknown-field-a-number"),
    pytest.param(HEAD + '"a\\nb": 1\n', "unknown top-level key(s) 'a\\nb'",
                 id="unknown-top-level-key-with-a-newline"),
    pytest.param(HEAD + "places:\n  - {id: pl_x, name: X, type: city, lat: 133.0, lon: 44.0}\n",
                 "places[0] 'pl_x': lat 133.0 is out of range", id="lat-out-of-range"),
    pytest.param(HEAD + "places:\n  - {id: pl_x, name: X, type: city, lat: 33.0, lon: -190}\n",
                 "lon -190 is out of range", id="lon-out-of-range"),
    pytest.param(HEAD + "places:\n  - {id: pl_x, name: X, type: village}\n",
                 "unknown place type 'village'", id="unknown-place-type"),
    pytest.param(HEAD + "actors:\n  - {id: x, name: X, type: state, aliases: Xland}\n",
                 "aliases must be a list of non-empty strings", id="aliases-not-a-list"),
    pytest.param(HEAD + "actors:\n  - {id: x, name: X, type: state, sources: [nowhere]}\n"
                 "sources:\n  - {id: somewhere, title: T}\n",
                 "source 'nowhere' is not defined", id="undefined-source"),
    pytest.param(HEAD + "include: [missing.yaml]\n", "missing.yaml: theatre file not found",
                 id="missing-include"),
    pytest.param(HEAD + "actors: [\n", "not valid YAML at line", id="yaml-syntax"),
    # a newline inside an include names no file, and never breaks the one-line message
    pytest.param(HEAD + 'include: "base\\n.yaml"\n', "include: expected a file path, found 'base\\n.yaml'",
                 id="include-with-a-newline"),
]


@pytest.mark.parametrize(("text", "expected"), PROBLEMS)
def test_check_theatre_reports_each_problem(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, "user.yaml", text)
    problems = check_theatre(path, builtin=False)
    assert any(expected in p for p in problems), problems
    assert all("\n" not in p for p in problems)  # one line each


@pytest.mark.parametrize(("text", "expected"), [p for p in PROBLEMS if p.id not in ()])
def test_load_theatre_raises_with_the_first_problems(tmp_path: Path, text: str, expected: str
                                                     ) -> None:
    path = _write(tmp_path, "user.yaml", text)
    with pytest.raises(KnowledgeBaseError) as err:
        load_theatre([path], builtin=False)
    assert expected in str(err.value)
    assert "brinkwatch kb check" in str(err.value)


def test_alias_claimed_by_two_actors_is_a_warning_not_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "user.yaml", HEAD + (
        "actors:\n  - {id: a, name: A, type: armed_group, aliases: [The Brigades]}\n"
        "  - {id: b, name: B, type: armed_group, aliases: [the brigades]}\n"
        "  - {id: c, name: C, type: armed_group, ambiguous_aliases: [Brigades]}\n"))
    problems = check_theatre(path, builtin=False)
    assert len(problems) == 1 and problems[0].startswith("warning: ")
    assert "'brigades' is claimed by both 'a' and 'b'" in problems[0]
    kb = load_theatre([path], builtin=False)  # warnings do not stop loading
    assert {a.id for a in kb.lookup("Brigades")} == {"a", "b", "c"}


@pytest.mark.parametrize("text", [
    HEAD + BASE_ACTORS,
    HEAD + BASE_ACTORS + "  - {id: p_x, name: X, type: person, parent: org_a_army, offices: "
    "[{office: office_a_chief, start: 2019-03, end: 2022}]}\n",
    HEAD + "actors:\n  - {id: x, name: X, type: armed_group, relations: "
    "[{type: split_from, target: Jaysh al-Mahdi (Mahdi Army), start: 2006}]}\n",  # free name ok
    HEAD + "actors: []\nplaces: []\nsources: []\n",
], ids=["plain", "partial-dates", "free-relation-target", "empty"])
def test_valid_files_have_no_problems(tmp_path: Path, text: str) -> None:
    assert check_theatre(_write(tmp_path, "ok.yaml", text), builtin=False) == []


def test_user_file_is_checked_against_the_builtin_ids(tmp_path: Path) -> None:
    path = _write(tmp_path, "user.yaml", f"format: {FORMAT}\nactors:\n"
                  "  - {id: org_new_front, name: New Front, type: armed_group, relations: "
                  "[{type: suspected_front_for, target: org_kataib_hezbollah, confidence: low}]}\n")
    assert check_theatre(path) == []
    assert any("looks like an id" in p for p in check_theatre(path, builtin=False))


# --- merging: override, remove, append, include ----------------------------------------------


def test_user_file_overrides_field_by_field_and_removes(tmp_path: Path) -> None:
    user = _write(tmp_path, "user.yaml", f"format: {FORMAT}\nactors:\n"
                  "  - {id: org_badr, sector: PTY}\n"
                  "  - {id: org_kataib_hezbollah, aliases+: [KH Iraq new spelling]}\n"
                  "  - {id: org_saraya_awliya_al_dam, remove: true}\n"
                  "  - {id: org_new_group, name: New Group, type: armed_group, country: IRQ}\n")
    base = load_theatre()
    kb = load_theatre([user])
    badr = kb.get("org_badr")
    assert badr is not None and badr.sector == "PTY"
    assert badr.aliases == base.get("org_badr").aliases  # untouched fields are kept
    assert kb.lookup("KH Iraq new spelling")[0].id == "org_kataib_hezbollah"
    assert kb.lookup("Hezbollah Brigades")[0].id == "org_kataib_hezbollah"  # appended, not replaced
    assert kb.get("org_saraya_awliya_al_dam") is None
    assert kb.lookup("Awliya al-Dam") == ()
    assert kb.get("org_new_group") is not None
    assert base.get("org_badr").sector == "REB"  # the cached built-in is not modified


def test_removing_a_parent_that_is_still_used_is_reported(tmp_path: Path) -> None:
    user = _write(tmp_path, "user.yaml", f"format: {FORMAT}\nactors:\n"
                  "  - {id: org_us_treasury, remove: true}\n")
    with pytest.raises(KnowledgeBaseError, match="parent 'org_us_treasury' is not an actor id"):
        load_theatre([user])


def test_include_is_relative_and_the_including_file_wins(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    _write(tmp_path, "sub/base.yaml", HEAD + BASE_ACTORS)
    main = _write(tmp_path, "main.yaml", HEAD.replace("Test theatre", "Main") +
                  "include: [sub/base.yaml]\nactors:\n  - {id: st_a, aliases: [Alpha]}\n")
    kb = load_theatre([main], builtin=False)
    assert kb.name == "Main"
    assert kb.lookup("Alpha")[0].id == "st_a"
    assert kb.ancestors("office_a_chief") == ("Alphaland army", "Alphaland")


def test_include_cycle_is_reported(tmp_path: Path) -> None:
    _write(tmp_path, "a.yaml", HEAD + "include: [b.yaml]\n")
    _write(tmp_path, "b.yaml", HEAD + "include: [a.yaml]\n")
    problems = check_theatre(tmp_path / "a.yaml", builtin=False)
    assert any("include cycle a.yaml -> b.yaml -> a.yaml" in p for p in problems)


def test_missing_user_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="theatre file not found"):
        load_theatre([tmp_path / "nope.yaml"])


def test_edited_file_is_reloaded(tmp_path: Path) -> None:
    import os

    path = _write(tmp_path, "t.yaml", HEAD + BASE_ACTORS)
    first = load_theatre([path], builtin=False)
    assert load_theatre([path], builtin=False) is first
    path.write_text(HEAD + BASE_ACTORS.replace("Alphaland army", "Alpha Army"), encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    second = load_theatre([path], builtin=False)
    assert second is not first
    assert second.get("org_a_army").name == "Alpha Army"


def test_dates_are_kept_as_iso_strings(tmp_path: Path) -> None:
    path = _write(tmp_path, "t.yaml", HEAD + BASE_ACTORS +
                  "  - {id: p_x, name: X, type: person, offices: "
                  "[{office: office_a_chief, start: 2019-03-28, end: 2022}]}\n")
    term = load_theatre([path], builtin=False).get("p_x").offices[0]
    assert (term.start, term.end) == ("2019-03-28", "2022")


def _iso_prefix(value: object) -> str | None:
    import re

    if not value or "?" in str(value):  # "2026-02?": the reference itself is unsure
        return None
    m = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", str(value))
    return m.group(0) if m else None


def test_kb_terms_match_the_sourced_dates_of_the_reference() -> None:
    """Every dated role of a person in the reference has a term (or a relation, or a title
    rule) in the KB that agrees at the reference's precision and is at least as precise: a
    day the reference gives is never widened to the 1st of its month."""
    ref = Path(__file__).resolve().parents[2] / ".." / "shared" / "reference" / "iraq_actors_facts.yaml"
    if not ref.is_file():
        pytest.skip("shared reference file not available")
    import yaml

    from brinkwatch.analysis.rules import load_rules

    kb = load_theatre()
    titles = {(t.start, t.end) for t in load_rules().titles}

    def agrees(kb_value: str | None, ref_value: str | None) -> bool:
        if ref_value is None:
            return True
        return kb_value is not None and kb_value.startswith(ref_value)

    checked, wrong = 0, []
    for person in yaml.safe_load(ref.read_text(encoding="utf-8"))["persons"]:
        actor = kb.get(person["id"])
        for role in person.get("roles") or []:
            start, end = _iso_prefix(role.get("start")), _iso_prefix(role.get("end"))
            if actor is None or not (start or end):
                continue
            spans = [(t.start, t.end) for t in actor.offices] + [
                (r.start, r.end) for r in actor.relations] + list(titles)
            checked += 1
            if not any(agrees(s, start) and agrees(e, end) for s, e in spans):
                wrong.append(f"{person['id']} {role['office']}: reference {start}..{end}, "
                             f"KB {[(t.start, t.end) for t in actor.offices]}")
    assert checked >= 30
    assert wrong == []
