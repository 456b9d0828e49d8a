"""The newline sentencizer and the KB entity ruler."""

from __future__ import annotations

import time

import pytest

from brinkwatch.kb.matcher import kb_patterns
from brinkwatch.kb.model import KBActor, TheatreKB
from brinkwatch.nlp.components import RULER_NAME, add_kb_ruler, parse_ent_id
from brinkwatch.nlp.pipeline import build_pipeline

KB = TheatreKB(actors=[
    KBActor(id="irn", name="Iran", type="state", demonyms=("Iranian",), country="IRN"),
    KBActor(id="usa", name="United States", type="state", aliases=("U.S.", "US"),
            demonyms=("American",), country="USA"),
    KBActor(id="org_kh", name="Kata'ib Hezbollah", type="armed_group",
            aliases=("Kataib Hezbollah", "KH")),
    KBActor(id="org_aah", name="Asa'ib Ahl al-Haq", type="armed_group", aliases=("AAH",)),
    KBActor(id="org_lh", name="Hezbollah (Lebanon)", type="armed_group",
            ambiguous_aliases=("Hezbollah",)),
    KBActor(id="p_amiri", name="Hadi al-Amiri", type="person"),
    KBActor(id="p_hegseth", name="Pete Hegseth", type="person"),
    KBActor(id="gen_ibm", name="Iran-backed militias", type="generic"),
])


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return build_pipeline(KB)


def ents(nlp, text: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(e.text, e.label_, e.id_) for e in nlp(text).ents]


def test_ruler_sits_before_ner(nlp) -> None:  # type: ignore[no-untyped-def]
    names = nlp.pipe_names
    assert names.index(RULER_NAME) < names.index("ner")
    add_kb_ruler(nlp, KB)  # adding again refreshes, never duplicates
    assert nlp.pipe_names.count(RULER_NAME) == 1


@pytest.mark.parametrize(("text", "expected"), [
    # the statistical model tags militia names PERSON and Hadi al-Amiri GPE: the ruler wins
    ("Kataib Hezbollah and Asa'ib Ahl al-Haq rejected it.",
     [("Kataib Hezbollah", "ORG", "org_kh"), ("Asa'ib Ahl al-Haq", "ORG", "org_aah")]),
    ("Hadi al-Amiri met the envoy.", [("Hadi al-Amiri", "PERSON", "p_amiri")]),
    ("Pete Hegseth's warning.", [("Pete Hegseth", "PERSON", "p_hegseth")]),
    ("Kata’ib Hezbollah's fighters.", [("Kata’ib Hezbollah", "ORG", "org_kh")]),
    ("Hezbollah fired.", [("Hezbollah", "ORG", "?org_lh")]),
    ("Iran-backed militias fired.", [("Iran-backed militias", "NORP", "gen_ibm")]),
    ("U.S.-Iran talks resumed.", [("U.S.", "GPE", "usa"), ("Iran", "GPE", "irn")]),
])
def test_ruler_entities(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = ents(nlp, text)
    for e in expected:
        assert e in got


@pytest.mark.parametrize(("text", "not_expected"), [
    ("Let us see what kh means.", "usa"),
    ("Let us see what kh means.", "org_kh"),
    ("Iran-backed groups fired.", "irn"),  # a modifier, not the state
])
def test_ruler_does_not_mark(nlp, text: str, not_expected: str) -> None:  # type: ignore[no-untyped-def]
    assert all(not_expected not in i for _, _, i in ents(nlp, text))
    if not_expected == "irn":
        assert all(t != "Iran" for t, _, _ in ents(nlp, text))


def test_parse_ent_id() -> None:
    assert parse_ent_id("org_kh") == (("org_kh",), False)
    assert parse_ent_id("?org_lh|org_kh") == (("org_lh", "org_kh"), True)
    assert parse_ent_id("") == ((), False)


def test_patterns_are_cached_per_kb() -> None:
    t0 = time.perf_counter()
    first = kb_patterns(KB)
    assert kb_patterns(KB) is first
    assert time.perf_counter() - t0 < 1.0


def sentences(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize(("text", "expected"), [
    ("Story Highlights\n\n  • U.S. warns Iraq\n  • Sanctions imposed on banks\n",
     ["Story Highlights", "• U.S. warns Iraq", "• Sanctions imposed on banks"]),
    ("Baghdad Talks: What Comes Next\n\nThe warning came late.",
     ["Baghdad Talks: What Comes Next", "The warning came late."]),
    ("Headline without a stop\nThe minister spoke on Monday. Officials later denied it.",
     ["Headline without a stop", "The minister spoke on Monday.", "Officials later denied it."]),
    ("- first item\n- second item", ["- first item", "- second item"]),
    # a sentence never starts after a word: names with apostrophes stay whole
    ("The U.S. struck Kata'ib Hezbollah. Kata'ib Hezbollah vowed revenge.",
     ["The U.S. struck Kata'ib Hezbollah.", "Kata'ib Hezbollah vowed revenge."]),
    ("A drone hit the base. Kata\u2019ib Hizballah, an Iran-backed group, denied it.",
     ["A drone hit the base.", "Kata\u2019ib Hizballah, an Iran-backed group, denied it."]),
    # a dateline is a sentence of its own
    ("BAGHDAD (Reuters) - Iraq condemned the strike. The U.S. said nothing.",
     ["BAGHDAD (Reuters) -", "Iraq condemned the strike.", "The U.S. said nothing."]),
    ("Strike in Baghdad\nBAGHDAD, March 3 (AFP) \u2013 A drone hit a car.",
     ["Strike in Baghdad", "BAGHDAD, March 3 (AFP) \u2013", "A drone hit a car."]),
])
def test_newline_sentencizer(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sentences(nlp, text) == expected
