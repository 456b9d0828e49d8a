"""Lookups on the built-in Iraq theatre (brinkwatch.kb.model.TheatreKB)."""

from __future__ import annotations

from datetime import date

import pytest

from brinkwatch.kb.loader import load_theatre
from brinkwatch.kb.model import TheatreKB, norm_key


@pytest.fixture(scope="module")
def kb() -> TheatreKB:
    return load_theatre()


@pytest.mark.parametrize(("surface", "kb_id"), [
    ("Kata'ib Hezbollah", "org_kataib_hezbollah"),
    ("Kataib Hezbollah", "org_kataib_hezbollah"),
    ("Kata’ib Hizballah", "org_kataib_hezbollah"),  # curly apostrophe
    ("KATAIB HIZBALLAH", "org_kataib_hezbollah"),
    ("Hezbollah Brigades", "org_kataib_hezbollah"),
    ("Hizballah Brigades", "org_kataib_hezbollah"),
    ("Iraqi Hezbollah", "org_kataib_hezbollah"),
    ("كتائب حزب الله", "org_kataib_hezbollah"),
    ("Asaib Ahl al-Haq", "org_asaib_ahl_al_haq"),
    ("Asa‘ib Ahl al‑Haq", "org_asaib_ahl_al_haq"),  # other apostrophe, non-breaking hyphen
    ("Harakat al-Nujaba", "org_harakat_al_nujaba"),
    ("Liwa Sayyid al-Shuhada", "org_kataib_sayyid_al_shuhada"),
    ("Badr Organisation", "org_badr"),
    ("Hakarat Ansar Allah al-Awfiya", "org_harakat_ansar_allah_al_awfiya"),  # note dropped
    ("Islamic Resistance in Iraq", "org_islamic_resistance_in_iraq"),
    ("Iranian Revolutionary Guard", "org_irgc"),
    ("Quds Force", "org_irgc_qf"),
    ("Mohammed Shia' al-Sudani", "p_sudani"),
    ("Mohammed Shia al-Sudani", "p_sudani"),
    ("Abu Hussein al-Humaidawi", "p_hamidawi"),
    ("Abu Hussein Hamdaoui", "p_hamidawi"),
    ("Akram al-Ka'bi", "p_akram_al_kaabi"),
    ("Akram al-Kabi", "p_akram_al_kaabi"),
    ("Qays al-Khazali", "p_qais_al_khazali"),
    ("Qais al-Khazaali", "p_qais_al_khazali"),
    ("Abu Mahdi al-Mohandes", "p_abu_mahdi_al_muhandis"),
    ("the U.S.", "state_usa"),
    ("U.S.", "state_usa"),
    ("Washington", "state_usa"),
    ("Baghdad", "state_irq"),
    ("Tehran", "state_irn"),
    ("Islamic Republic", "state_irn"),
    ("State Department", "org_us_state"),
    ("U.S. State Department", "org_us_state"),
    ("U.S. Treasury", "org_us_treasury"),
    ("OFAC", "org_us_treasury_ofac"),
    ("Pentagon", "org_us_dod"),
    ("Department of War", "org_us_dod"),
    ("Department of Defense", "org_us_dod"),
    ("American forces", "org_us_military"),
    ("U.S. forces", "org_us_military"),
    ("the Sudani government", "org_iraq_government"),
    ("the Iraqi government", "org_iraq_government"),
    ("Iraqi counterterrorism teams", "org_iraq_cts"),
    ("Secretary of War", "office_us_secdef"),
    ("Pentagon chief", "office_us_secdef"),
    ("Iraqi prime minister", "office_iraq_pm"),
    ("State Department spokesman", "office_us_state_spokesperson"),
    ("Iran-backed militias", "gen_iran_backed_militias"),
    ("Shi'ite militias", "gen_iran_backed_militias"),
    ("Daesh", "org_islamic_state"),
    ("Reuters", "media_reuters"),
])
def test_lookup_finds_written_variants(kb: TheatreKB, surface: str, kb_id: str) -> None:
    assert [a.id for a in kb.lookup(surface)] == [kb_id]


@pytest.mark.parametrize("surface", ["Hezbollah Brigades", "Hizballah Brigades", "Iraqi Hezbollah",
                                     "Kata'ib Hizballah"])
def test_kh_forms_never_link_to_lebanese_hezbollah(kb: TheatreKB, surface: str) -> None:
    assert "org_lebanese_hezbollah" not in {a.id for a in kb.lookup(surface)}
    assert not kb.is_ambiguous(surface)


@pytest.mark.parametrize(("surface", "kb_id"), [
    ("Hezbollah", "org_lebanese_hezbollah"),
    ("Hizballah", "org_lebanese_hezbollah"),
    ("KIA", "org_kataib_imam_ali"),
    ("IRI", "org_islamic_resistance_in_iraq"),
    ("Fatah", "party_fatah_alliance"),
    ("the coalition", "igo_global_coalition"),
])
def test_risky_forms_are_ambiguous_and_carry_context(kb: TheatreKB, surface: str, kb_id: str
                                                     ) -> None:
    assert kb.is_ambiguous(surface)
    assert kb_id in {a.id for a in kb.lookup(surface)}
    assert kb.get(kb_id).context


def test_context_words_separate_the_two_hezbollahs(kb: TheatreKB) -> None:
    lh = {norm_key(w) for w in kb.get("org_lebanese_hezbollah").context}
    kh = {norm_key(w) for w in kb.get("org_kataib_hezbollah").context}
    assert {"lebanon", "beirut", "nasrallah", "qassem"} <= lh
    assert {"iraq", "baghdad", "pmf"} <= kh
    assert not lh & kh


@pytest.mark.parametrize("word", ["KIA", "IS", "HAN", "PMC", "CF", "DoW", "the administration"])
def test_common_words_are_not_plain_aliases(kb: TheatreKB, word: str) -> None:
    plain = {norm_key(x) for a in kb.actors.values() for x in (a.name, *a.aliases)}
    assert norm_key(word) not in plain


def test_no_alias_keeps_a_parenthetical_note(kb: TheatreKB) -> None:
    bad = [f for f, _ in kb.surface_forms() if "sic" in f or "(PR arm)" in f or "(subunit)" in f]
    assert bad == []


@pytest.mark.parametrize(("kb_id", "chain"), [
    ("org_us_treasury_ofac", ("U.S. Department of the Treasury", "United States")),
    ("p_hegseth", ("U.S. Department of Defense", "United States")),
    ("org_centcom", ("U.S. Department of Defense", "United States")),
    ("org_irgc_qf", ("Islamic Revolutionary Guard Corps", "Iran")),
    ("p_sudani", ("Office of the Prime Minister of Iraq", "Iraqi government", "Iraq")),
    ("p_hamidawi", ("Kata'ib Hezbollah",)),
    ("office_iraq_pm", ("Office of the Prime Minister of Iraq", "Iraqi government", "Iraq")),
    ("gen_us_officials", ("United States",)),
    ("state_usa", ()),
    ("org_saraya_awliya_al_dam", ()),  # a suspected front is never merged into KH
])
def test_ancestors(kb: TheatreKB, kb_id: str, chain: tuple[str, ...]) -> None:
    assert kb.ancestors(kb_id) == chain


def test_generic_militias_are_not_a_named_group(kb: TheatreKB) -> None:
    gen = kb.get("gen_iran_backed_militias")
    assert gen.type == "generic" and gen.parent is None
    assert gen.country == "IRQ" and gen.sector == "UAF"
    assert [(r.type, r.target) for r in gen.relations] == [("backed_by", "state_irn")]


def test_fronts_keep_confidence(kb: TheatreKB) -> None:
    rels = {(r.target, r.confidence) for r in kb.get("org_saraya_awliya_al_dam").relations
            if r.type == "suspected_front_for"}
    assert rels == {("org_kataib_hezbollah", "medium"), ("org_asaib_ahl_al_haq", "low")}


@pytest.mark.parametrize(("office", "day", "holder"), [
    ("office_iraq_pm", "2021-06-01", "Mustafa al-Kadhimi"),
    ("office_iraq_pm", "2023-06-01", "Mohammed Shia al-Sudani"),
    ("office_iraq_pm", date(2019, 6, 1), "Adil Abdul-Mahdi"),
    ("office_iraq_pm", "2022-10-27", "Mohammed Shia al-Sudani"),  # hand-over day
    ("office_iraq_pm", "1995-01-01", None),  # before any known term
    ("office_us_secdef", "2025-10-01", "Pete Hegseth"),
    ("office_us_secdef", "2022-01-01", "Lloyd Austin"),
    ("office_us_secdef", "2020-12-01", "Christopher C. Miller"),  # acting secretary (round 8)
    ("office_us_secdef", "2019-07-18", None),  # a week-long acting secretary not in the KB
    ("office_us_president", "2019-01-01", "Donald Trump"),
    ("office_us_president", "2023-01-01", "Joe Biden"),
    ("office_us_state_spokesperson", "2023-03-20", "Vedant Patel"),  # partial end "2023-04"
    ("office_us_state_spokesperson", "2024-01-24", "Matthew Miller"),
    ("office_us_secstate", "2020-09-26", "Mike Pompeo"),
    ("office_iran_supreme_leader", "2010-01-01", "Ali Khamenei"),
    ("office_centcom_commander", "2025-09-01", "Brad Cooper"),
    ("no_such_office", "2023-01-01", None),
])
def test_office_holder_by_date(kb: TheatreKB, office: str, day: str | date,
                               holder: str | None) -> None:
    found = kb.office_holder(office, day)
    assert (found.name if found else None) == holder


def test_ref_fills_country_and_ancestors(kb: TheatreKB) -> None:
    ref = kb.ref("org_us_treasury_ofac", "OFAC", 10, 14)
    assert ref.name == "Office of Foreign Assets Control"
    assert ref.country == "USA"
    assert ref.ancestors == ("U.S. Department of the Treasury", "United States")


def test_demonyms(kb: TheatreKB) -> None:
    assert kb.demonym("Iranian").id == "state_irn"
    assert kb.demonym("American").id == "state_usa"
    assert kb.demonym("Iraqi").id == "state_irq"
    assert kb.demonym("Persian") is None
