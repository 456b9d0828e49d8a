"""actors.kb.v1: linking table tests on a small hand-made theatre (no seed text in here)."""

from __future__ import annotations

import pytest

from brinkwatch.extract import ExtractOptions
from brinkwatch.extract.actors import extract_mentions, mention_at, token_mentions
from brinkwatch.kb.model import KBActor, OfficeTerm, PlaceEntry, Relation, TheatreKB
from brinkwatch.nlp.pipeline import build_pipeline, parse
from brinkwatch.records import Article, Mention, hash_id


def mini_kb() -> TheatreKB:
    A = KBActor
    actors = [
        A(id="irq", name="Iraq", type="state", demonyms=("Iraqi",), country="IRQ"),
        A(id="irn", name="Iran", type="state", demonyms=("Iranian",), country="IRN"),
        A(id="usa", name="United States", type="state", aliases=("U.S.", "US", "America"),
          demonyms=("American",), country="USA"),
        A(id="lbn", name="Lebanon", type="state", demonyms=("Lebanese",), country="LBN"),
        A(id="org_kh", name="Kata'ib Hezbollah", type="armed_group", country="IRQ",
          aliases=("Kataib Hezbollah", "KH", "Hezbollah Brigades"), context=("Baghdad", "PMF"),
          relations=(Relation(type="member_of", target="org_pmf"),)),
        A(id="org_nujaba", name="Harakat Hezbollah al-Nujaba", type="armed_group", country="IRQ",
          aliases=("Harakat al-Nujaba", "Hezbollah al-Nujaba")),
        A(id="org_lh", name="Hezbollah (Lebanon)", type="armed_group", country="LBN",
          aliases=("Lebanese Hezbollah",), ambiguous_aliases=("Hezbollah",),
          context=("Beirut", "Nasrallah", "Israel")),
        A(id="org_pmf", name="Popular Mobilization Forces", type="state_body", parent="irq",
          aliases=("PMF", "Hashd al-Shaabi")),
        A(id="org_mod", name="Ministry of Defense of Iraq", type="state_body", parent="irq",
          aliases=("Iraqi Defense Ministry",)),
        A(id="off_pm", name="Prime Minister of Iraq", type="office", parent="irq"),
        A(id="off_sec", name="Secretary of State", type="office", parent="usa"),
        A(id="p_sudani", name="Mohammed Shia al-Sudani", type="person", parent="irq",
          offices=(OfficeTerm(office="off_pm", start="2022-10-27"),)),
        A(id="p_kadhimi", name="Mustafa al-Kadhimi", type="person", parent="irq",
          offices=(OfficeTerm(office="off_pm", start="2020-05-07", end="2022-10-27"),)),
        A(id="p_rubio", name="Marco Rubio", type="person", parent="usa",
          offices=(OfficeTerm(office="off_sec", start="2025-01-21"),)),
        A(id="p_khazali", name="Qais al-Khazali", type="person"),
        A(id="p_lkhazali", name="Laith al-Khazali", type="person"),
        A(id="p_hegseth", name="Pete Hegseth", type="person", parent="usa"),
        A(id="gen_usoff", name="U.S. officials", type="generic", parent="usa"),
        A(id="gen_ibm", name="Iran-backed militias", type="generic"),
        A(id="gen_prot", name="protesters", type="generic", aliases=("demonstrators",)),
    ]
    places = [PlaceEntry(id="pl_bgw", name="Baghdad", type="city", country="IRQ"),
              PlaceEntry(id="pl_bey", name="Beirut", type="city", country="LBN")]
    return TheatreKB(actors=actors, places=places, name="mini", version="1")


KB = mini_kb()


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return build_pipeline(KB)


def run(nlp, text: str, published: str | None = "2025-11-01") -> list[Mention]:  # type: ignore[no-untyped-def]
    art = Article(id="t", origin="test", text=text, published=published)
    return extract_mentions(parse(nlp, art), kb=KB, options=ExtractOptions())


def find(ms: list[Mention], surface: str, nth: int = 0) -> Mention | None:
    hits = [m for m in ms if m.text == surface]
    return hits[nth] if len(hits) > nth else None


@pytest.mark.parametrize(("text", "surface", "kb_id", "method"), [
    # apostrophe variants and none
    ("Fighters of Kata'ib Hezbollah fired.", "Kata'ib Hezbollah", "org_kh", "alias"),
    ("Fighters of Kata’ib Hezbollah fired.", "Kata’ib Hezbollah", "org_kh", "alias"),
    ("Fighters of Kataʼib Hezbollah fired.", "Kataʼib Hezbollah", "org_kh", "alias"),
    ("Fighters of Kataib Hezbollah fired.", "Kataib Hezbollah", "org_kh", "alias"),
    ("Fighters of kataib hezbollah fired.", "kataib hezbollah", "org_kh", "alias"),
    # possessives: the span stops before 's
    ("Kata'ib Hezbollah's leader spoke.", "Kata'ib Hezbollah", "org_kh", "alias"),
    ("Pete Hegseth’s warning was clear.", "Pete Hegseth", "p_hegseth", "alias"),
    # acronyms: case-sensitive
    ("KH claimed the attack.", "KH", "org_kh", "acronym"),
    ("The PMF deployed units.", "PMF", "org_pmf", "acronym"),
    # demonyms
    ("Iraqi officials met on Sunday.", "Iraqi officials", "irq", "demonym"),
    ("American forces withdrew from the base.", "American forces", "usa", "demonym"),
    ("The Iranian authorities denied it.", "Iranian authorities", "irn", "demonym"),
    # generic collectives are not named groups
    ("U.S. officials said Iran-backed militias were behind it.", "Iran-backed militias",
     "gen_ibm", "alias"),
    ("U.S. officials said Iran-backed militias were behind it.", "U.S. officials",
     "gen_usoff", "alias"),
    ("Thousands of protesters marched.", "protesters", "gen_prot", "alias"),
    # a British spelling of a KB name
    ("The Popular Mobilisation Forces said so.", "Popular Mobilisation Forces", "org_pmf",
     "alias"),
    # "Hezbollah Brigades" is always KH, even next to Lebanon
    ("Hezbollah Brigades, not the group in Lebanon, fired.", "Hezbollah Brigades", "org_kh",
     "alias"),
])
def test_linked(nlp, text: str, surface: str, kb_id: str, method: str) -> None:  # type: ignore[no-untyped-def]
    m = find(run(nlp, text), surface)
    assert m is not None, f"no mention {surface!r}"
    assert (m.kb_id, m.method) == (kb_id, method)
    assert m.name == KB.actors[kb_id].name
    assert text[m.start:m.end] == surface


@pytest.mark.parametrize(("text", "forbidden"), [
    ("Let us talk about it.", "usa"),  # "us" is not the U.S.
    ("He said kh twice in lowercase.", "org_kh"),
    ("Iranian opposition circles circulated reports.", "irn"),  # not the state
    ("Iraqi political analysts warn of it.", "irq"),
    ("Iran-backed groups attacked.", "irn"),  # a modifier, not the actor
])
def test_not_linked(nlp, text: str, forbidden: str) -> None:  # type: ignore[no-untyped-def]
    assert all(m.kb_id != forbidden for m in run(nlp, text))


def test_title_and_name_yields_the_person_only(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = run(nlp, "U.S. Secretary of State Marco Rubio met Iraqi leaders.")
    assert [m.kb_id for m in ms if m.kb_id in ("p_rubio", "off_sec")] == ["p_rubio"]
    assert find(ms, "Marco Rubio") is not None


@pytest.mark.parametrize(("published", "kb_id", "method"), [
    ("2021-03-01", "p_kadhimi", "office"),
    ("2024-03-01T10:00:00", "p_sudani", "office"),
    (None, "off_pm", "title"),  # no date: the office itself
    ("2019-01-01", "off_pm", "title"),  # no known holder then
])
def test_office_by_date(nlp, published: str | None, kb_id: str, method: str) -> None:  # type: ignore[no-untyped-def]
    ms = run(nlp, "The Iraqi prime minister rejected the demand.", published)
    m = find(ms, "Iraqi prime minister")
    assert m is not None and (m.kb_id, m.method) == (kb_id, method)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hezbollah fired rockets from southern Lebanon toward Israel.", "org_lh"),
    ("In Beirut, Hezbollah leader Nasrallah spoke.", "org_lh"),
    ("Kata'ib Hezbollah warned Baghdad. Hezbollah said the PMF would respond.", "org_kh"),
    ("Hezbollah said the PMF in Baghdad would respond.", None),  # Iraqi, but which group?
    ("Hezbollah issued a statement.", None),  # no context at all
])
def test_ambiguous_hezbollah(nlp, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    ms = [m for m in run(nlp, text) if m.text == "Hezbollah"]
    assert len(ms) == 1
    assert ms[0].kb_id == expected
    if expected is None:
        assert ms[0].method == "unknown" and ms[0].label == "ORG"


def test_defined_acronym_known_and_unknown(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = run(nlp, "The Hashd al-Shaabi (HAS) met. Later HAS said the Saraya Qubbat Brigades "
                  "(SQB) attacked. SQB denied it.")
    has = find(ms, "HAS")
    assert has is not None and (has.kb_id, has.method) == ("org_pmf", "acronym")
    full = find(ms, "Saraya Qubbat Brigades")
    sqb = find(ms, "SQB")
    assert full is not None and full.kb_id is None
    assert sqb is not None and sqb.kb_id is None and sqb.refers_to == full.id


def test_surname_coref(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = run(nlp, "Qais al-Khazali spoke on Monday. Khazali later warned the government.")
    m = find(ms, "Khazali")
    full = find(ms, "Qais al-Khazali")
    assert m is not None and full is not None
    assert (m.kb_id, m.method, m.refers_to) == ("p_khazali", "coref", full.id)
    assert m.confidence < full.confidence


@pytest.mark.parametrize("text", [
    "Khazali warned the government.",  # nobody named before
    "Qais al-Khazali and Laith al-Khazali met. Khazali spoke.",  # two persons, same surname
])
def test_surname_not_linked(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ms = run(nlp, text)
    assert all(m.kb_id is None for m in ms if m.text == "Khazali")


@pytest.mark.parametrize(("text", "surface", "kb_id"), [
    ("Kata'ib Hezbollah fired rockets. The group said more would follow.", "The group", "org_kh"),
    ("The Iraqi Defense Ministry said so. The ministry denied it.", "The ministry", "org_mod"),
    ("The Saraya Qubbat Brigades fired. The group said more would follow.", "The group", None),
])
def test_definite_coref(nlp, text: str, surface: str, kb_id: str | None) -> None:  # type: ignore[no-untyped-def]
    ms = run(nlp, text)
    m = find(ms, surface)
    assert m is not None and m.kb_id == kb_id and m.refers_to is not None


def test_pronouns_not_linked(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = run(nlp, "Pete Hegseth spoke. He said the group would pay.")
    assert find(ms, "He") is None


@pytest.mark.parametrize(("text", "surface", "kb_id"), [
    ("Fighters of Kataib Hizbolah fired.", "Kataib Hizbolah", "org_kh"),  # misspelt: fuzzy
    ("Fighters of Kataib Sayyid al-Nujaba fired.", "Kataib Sayyid al-Nujaba", None),
    ("Fighters of Harakat Ansar al-Nujaba fired.", "Harakat Ansar al-Nujaba", None),
])
def test_fuzzy_fallback(nlp, text: str, surface: str, kb_id: str | None) -> None:  # type: ignore[no-untyped-def]
    ms = run(nlp, text)
    linked = {m.kb_id for m in ms if m.start >= text.index(surface.split()[0])}
    if kb_id is None:
        assert "org_nujaba" not in linked and "org_kh" not in linked
    else:
        m = find(ms, surface)
        assert m is not None and (m.kb_id, m.method) == (kb_id, "fuzzy")


def test_unknown_keeps_label_and_ids_are_stable(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Saraya Awliya al-Dam claimed the attack on Monday."
    ms = run(nlp, text)
    unknown = [m for m in ms if m.kb_id is None]
    assert unknown and all(m.method == "unknown" and m.name is None for m in unknown)
    assert all(m.label in ("PERSON", "ORG", "GPE", "NORP") for m in unknown)
    assert [m.id for m in ms] == [m.id for m in run(nlp, text)]
    assert all(m.id == hash_id("t", m.start, m.end, m.kb_id) for m in ms)


def test_mention_at_and_token_index(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kata'ib Hezbollah attacked Iraqi forces."
    art = Article(id="t", origin="test", text=text)
    parsed = parse(nlp, art)
    ms = extract_mentions(parsed, kb=KB, options=ExtractOptions())
    m = mention_at(ms, 0, 7)
    assert m is not None and m.kb_id == "org_kh"
    assert mention_at(ms, text.index("attacked"), text.index("attacked") + 8) is None
    index = token_mentions(parsed, ms)
    assert index[0].kb_id == "org_kh" and index[len(parsed.doc) - 2].kb_id == "irq"
    assert 2 not in index or index[2].kb_id == "org_kh"
