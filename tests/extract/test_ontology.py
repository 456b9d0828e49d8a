"""The PLOVER ontology table and the trigger lexicon built on it."""

from __future__ import annotations

import pytest

from brinkwatch.errors import ConfigError
from brinkwatch.extract import lexicon, ontology
from brinkwatch.extract.rules import load_rules


def test_sixteen_types_in_four_quads() -> None:
    assert len(ontology.PLOVER_TYPES) == 16
    assert {int(t.quad) for t in ontology.EVENT_TYPES} == {1, 2, 3, 4}
    assert len(ontology.PLV_ROOTS) == 15


@pytest.mark.parametrize(("name", "quad", "cameo", "plv"), [
    ("AGREE", 1, "03", "AGREE"),
    ("CONSULT", 1, "04", "CONSULT"),
    ("CONCEDE", 2, "08", "YIELD"),
    ("RETREAT", 2, "087", "YIELD"),
    ("AID", 2, "07", "AID"),
    ("REQUEST", 3, "10", "REQUEST"),
    ("THREATEN", 3, "13", "THREATEN"),
    ("PROTEST", 4, "14", "PROTEST"),
    ("SANCTION", 4, "16", "SANCTION"),
    ("ASSAULT", 4, "18", "ASSAULT"),
])
def test_type_table(name: str, quad: int, cameo: str, plv: str) -> None:
    t = ontology.event_type(name)
    assert (int(t.quad), t.cameo, t.plv_root) == (quad, cameo, plv)
    assert ontology.quad_of(name) == quad and ontology.plv_root(name) == plv


def test_intensity_orders_cooperation_above_conflict() -> None:
    i = {t.name: t.intensity for t in ontology.EVENT_TYPES}
    assert i["AID"] > i["AGREE"] > 0 > i["ACCUSE"] > i["THREATEN"] > i["ASSAULT"]
    assert ontology.event_type("ASSAULT").intensity_of("aerial") == -10.0
    assert ontology.event_type("ASSAULT").cameo_of("CBRN") == "20"


@pytest.mark.parametrize(("name", "modes"), [
    ("ASSAULT", {"aerial", "drone", "explosives", "firearms", "heavy-weapons", "targeted",
                 "primitive", "CBRN"}),
    ("THREATEN", {"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    ("CONSULT", {"phone", "visit", "third-party", "multilateral"}),
    ("COERCE", {"seize", "arrest", "expel", "censor"}),
])
def test_codebook_modes(name: str, modes: set[str]) -> None:
    assert modes <= {m.name for m in ontology.event_type(name).modes}


@pytest.mark.parametrize(("call", "needle"), [
    (lambda: ontology.event_type("ATTACK"), "Valid types: AGREE"),
    (lambda: ontology.mode_of("ASSAULT", "nuclear-ish"), "Valid modes: aerial"),
    (lambda: ontology.quad_of("NOPE"), "YIELD"),
])
def test_errors_name_the_valid_options(call, needle: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match=needle):
        call()


@pytest.mark.parametrize(("name", "mode", "root"), [
    ("SANCTION", "economic", "COERCE"),  # the benchmark files imposed sanctions as COERCE
    ("SANCTION", "aid", "SANCTION"),  # and cuts of aid, relations or presence as SANCTION
    ("SANCTION", None, "SANCTION"),
    ("SANCTION", "no-such-mode", "SANCTION"),
    ("RETREAT", "troops", "YIELD"),
    ("COERCE", "arrest", "COERCE"),
])
def test_plv_root_of_a_mode(name: str, mode: str | None, root: str) -> None:
    assert ontology.plv_root(name, mode) == root


def test_a_mode_root_outside_plv_roots_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = ontology.ONTOLOGY_FILE.read_text(encoding="utf-8").replace(
        'plv_root: "COERCE"', 'plv_root: "PUNISH"', 1)
    path = tmp_path / "ontology.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(ConfigError, match="mode 'economic': plv_root 'PUNISH'"):
        ontology._load_ontology(path)


def test_yield_and_plv_matching() -> None:
    assert ontology.quad_of("YIELD") == 2
    assert ontology.plv_matches("RETREAT", "YIELD") and ontology.plv_matches("CONCEDE", "YIELD")
    assert not ontology.plv_matches("ASSAULT", "COERCE")


@pytest.mark.parametrize(("lemma", "pos", "types"), [
    ("attack", "V", {"ASSAULT"}),
    ("impose", "V", {"SANCTION", "COERCE", "ASSAULT"}),  # "imposed a blockade": CAMEO 191
    ("warning", "N", {"THREATEN"}),
    ("talk", "N", {"CONSULT"}),
    ("say", "V", set()),  # speech verbs are attribution, not events
    ("be", "V", set()),
])
def test_lexicon_lookup(lemma: str, pos: str, types: set[str]) -> None:
    senses = lexicon.verb_senses(lemma) if pos == "V" else lexicon.noun_senses(lemma)
    assert {s.type for s in senses} == types


def test_every_sense_is_valid() -> None:
    rules = load_rules()
    for table in (rules.verbs, rules.nouns):
        for senses in table.values():
            for s in senses:
                t = ontology.event_type(s.type)
                t.mode(s.mode)
                assert 0 < s.weight <= 1
