"""Event places: gazetteer matching, attachment to the trigger, paragraph fallback, the YAML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from brinkwatch.extract.place import find_places, locate, paragraph_bounds
from brinkwatch.kb.model import KBActor, PlaceEntry, TheatreKB, norm_key
from brinkwatch.records import Article

GAZETTEER = Path(__file__).resolve().parents[2] / "brinkwatch" / "kb" / "data" / "iraq_places.yaml"
PLACE_TYPES = ("country", "province", "city", "town", "base", "crossing", "site")


def _p(id_: str, name: str, type_: str, country: str | None, parent: str | None = None,
       *aliases: str) -> PlaceEntry:
    return PlaceEntry(id=id_, name=name, type=type_, country=country, lat=33.0, lon=44.0,
                      aliases=aliases, parent=parent)


@pytest.fixture(scope="module")
def kb() -> TheatreKB:
    places = [
        _p("iraq", "Iraq", "country", "IRQ"),
        _p("iran", "Iran", "country", "IRN"),
        _p("syria", "Syria", "country", "SYR"),
        _p("anbar", "Anbar Governorate", "province", "IRQ", "iraq", "Anbar", "Anbar province"),
        _p("baghdad", "Baghdad", "city", "IRQ", "iraq"),
        _p("tehran", "Tehran", "city", "IRN", "iran"),
        _p("erbil", "Erbil", "city", "IRQ", "iraq", "Arbil"),
        _p("kirkuk", "Kirkuk", "city", "IRQ", "iraq"),
        _p("qaim", "Al-Qaim", "town", "IRQ", "anbar", "Qaim"),
        _p("hit", "Hit", "town", "IRQ", "anbar"),
        _p("jurf", "Jurf al-Sakhar", "town", "IRQ", "iraq", "Jurf al-Nasr"),
        _p("asad", "Ain al-Asad Air Base", "base", "IRQ", "anbar", "Ain al-Asad", "Al-Asad"),
        _p("biap", "Baghdad International Airport", "site", "IRQ", "baghdad", "Baghdad airport"),
        _p("embassy", "U.S. Embassy Baghdad", "site", "IRQ", "baghdad", "U.S. Embassy in Baghdad"),
    ]
    actors = [
        KBActor(id="st_iran", name="Iran", type="state", country="IRN"),
        KBActor(id="st_iraq", name="Iraq", type="state", country="IRQ"),
        KBActor(id="org_iri", name="Islamic Resistance in Iraq", type="coalition"),
    ]
    return TheatreKB(actors=actors, places=places)


@pytest.fixture(scope="module")
def nlp():
    from brinkwatch.nlp import build_pipeline

    return build_pipeline()


def _parse(nlp, text: str):
    from brinkwatch.nlp import parse

    return parse(nlp, Article(id="t", origin="test", text=text))


def _locate(nlp, kb, text: str, trigger: str | None, sentence: int = 0):
    parsed = _parse(nlp, text)
    anchor = None
    if trigger is not None:
        s = parsed.sentences[sentence]
        anchor = next(t.i for t in parsed.doc if t.text == trigger and s.start <= t.idx < s.end)
    return parsed, locate(parsed, sentence, kb=kb, anchor=anchor)


@pytest.mark.parametrize(("sentence", "trigger", "kb_id", "text"), [
    ("Militants fired rockets at Ain al-Asad Air Base on Monday.", "fired", "asad",
     "Ain al-Asad Air Base"),
    ("The US carried out strikes on Jurf al-Sakhar.", "strikes", "jurf", "Jurf al-Sakhar"),
    ("The strike came near Baghdad airport, officials said.", "strike", "biap", "Baghdad airport"),
    ("Protesters stormed the U.S. Embassy in Baghdad.", "stormed", "embassy",
     "U.S. Embassy in Baghdad"),
    ("The attack killed five soldiers in Erbil.", "killed", "erbil", "Erbil"),
    ("A drone hit a checkpoint on the outskirts of Kirkuk.", "hit", "kirkuk", "Kirkuk"),
    ("Fighters gathered north of Baghdad.", "gathered", "baghdad", "Baghdad"),
    ("Drones struck the base in Anbar province.", "struck", "anbar", "Anbar province"),
    ("US forces have been in Iraq for two decades.", "been", "iraq", "Iraq"),
    ("The US struck targets in Syria and Iraq.", "struck", "syria", "Syria"),
    # the most specific place wins
    ("Rockets struck a base in Anbar, near Al-Qaim.", "struck", "qaim", "Al-Qaim"),
    ("Rockets hit Ain al-Asad in Anbar province, Iraq.", "hit", "asad", "Ain al-Asad"),
    # a capital is a place when it is the physical target
    ("Rockets struck Baghdad overnight.", "struck", "baghdad", "Baghdad"),
    ("The convoy stopped near Hit.", "stopped", "hit", "Hit"),
    # the act's own place stays when a landmark act elsewhere follows it
    ("Jets bombed a depot near Al-Qaim, days after a drone attack near Erbil wounded two guards.",
     "bombed", "qaim", "Al-Qaim"),
])
def test_place_from_sentence(nlp, kb, sentence, trigger, kb_id, text):
    parsed, place = _locate(nlp, kb, sentence, trigger)
    assert place is not None
    assert (place.kb_id, place.text) == (kb_id, text)
    assert parsed.article.text[place.start:place.end] == text
    entry = kb.places[kb_id]
    assert (place.name, place.country, place.lat, place.lon) == (
        entry.name, entry.country, entry.lat, entry.lon)


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Iraq warned Iran against interference.", "warned"),  # countries that are actors
    ("The Treasury imposed sanctions on Iran.", "imposed"),
    ("The US warned Tehran of military action.", "warned"),  # a capital for its government
    ("Washington increased the pressure on Tehran.", "increased"),
    ("US strikes killed militia members.", "killed"),
    ("The Islamic Resistance in Iraq claimed the attack.", "claimed"),  # inside an actor's name
    ("Officials in Baghdad said the militia attacked a convoy.", "attacked"),  # speaker's place
    ("Militias attacked a convoy in Springfield.", "attacked"),  # unknown place
    ("Hit by a drone, the convoy stopped.", "stopped"),  # a verb, not the town
    ("The militia attacked a convoy.", "attacked"),  # no place at all
    # the place of the act another is placed against ("after an attack near X") is not its own
    ("Jets bombed the depots, which the army raided after a drone attack near Erbil wounded "
     "two guards.", "raided"),
    ("Drones struck the camp a week before the ambush in Kirkuk.", "struck"),
])
def test_no_place(nlp, kb, sentence, trigger):
    assert _locate(nlp, kb, sentence, trigger)[1] is None


def test_place_from_paragraph(nlp, kb):
    text = ("Rockets struck a base near Al-Qaim on Monday.\nThe attack wounded two soldiers.\n\n"
            "Iran denied any role.")
    _, place = _locate(nlp, kb, text, "wounded", sentence=1)
    assert place is not None and place.kb_id == "qaim"
    _, other = _locate(nlp, kb, text, "denied", sentence=2)  # another paragraph
    assert other is None


def test_paragraph_with_conflicting_places_gives_none(nlp, kb):
    text = ("Rockets landed near Erbil.\nDrones were shot down near Kirkuk.\n"
            "The attacks caused no casualties.")
    _, place = _locate(nlp, kb, text, "caused", sentence=2)
    assert place is None


def test_paragraph_fallback_never_gives_a_bare_country(nlp, kb):
    text = "Militias operate in Iraq.\nThe group threatened US forces."
    assert _locate(nlp, kb, text, "threatened", sentence=1)[1] is None


@pytest.mark.parametrize(("text", "probe", "expected"), [
    ("One.\n\nTwo.\nThree.\n\nFour.", "Three", "Two.\nThree."),
    ("One.\nTwo.\nThree.", "Two", "Two."),  # no blank line: lines are paragraphs
    ("Only one paragraph.", "one", "Only one paragraph."),
])
def test_paragraph_bounds(text, probe, expected):
    i = text.index(probe)
    a, b = paragraph_bounds(text, i, i + len(probe))
    assert text[a:b] == expected


def test_find_places_longest_match_first(nlp, kb):
    doc = _parse(nlp, "Rockets hit Baghdad International Airport and Baghdad.").doc
    found = [(m.entry.id, m.span.text) for m in find_places(doc, 0, len(doc.text), kb)]
    assert found == [("biap", "Baghdad International Airport"), ("baghdad", "Baghdad")]


def test_bad_sentence_index_says_what_to_do(nlp, kb):
    parsed = _parse(nlp, "Rockets struck Erbil.")
    with pytest.raises(IndexError, match="out of range"):
        locate(parsed, 3, kb=kb)


# --- the shipped gazetteer -------------------------------------------------------------------

@pytest.fixture(scope="module")
def gazetteer() -> list[PlaceEntry]:
    doc = yaml.safe_load(GAZETTEER.read_text(encoding="utf-8"))
    assert doc["format"] == "brinkwatch-theatre/1"
    assert doc["theatre"]["id"] == "iraq-places"
    return [PlaceEntry(id=p["id"], name=p["name"], type=p["type"], country=p.get("country"),
                       lat=p.get("lat"), lon=p.get("lon"), aliases=tuple(p.get("aliases") or ()),
                       parent=p.get("parent"), sources=tuple(p.get("sources") or ()))
            for p in doc["places"]]


def test_gazetteer_entries_are_valid(gazetteer):
    ids = [p.id for p in gazetteer]
    assert len(ids) == len(set(ids)), "duplicate ids"
    by_id = {p.id: p for p in gazetteer}
    for p in gazetteer:
        assert re.fullmatch(r"pl_[a-z0-9_]+", p.id), p.id
        assert p.type in PLACE_TYPES, p.id
        assert p.lat is not None and -90 <= p.lat <= 90, p.id
        assert p.lon is not None and -180 <= p.lon <= 180, p.id
        assert p.country is None or re.fullmatch(r"[A-Z]{3}", p.country), p.id
        assert p.parent is None or p.parent in by_id, f"{p.id}: parent {p.parent} missing"
        if p.parent is not None:  # parents are broader places
            assert by_id[p.parent].type != "base" or p.type in ("site", "base"), p.id


def test_gazetteer_parent_chains_end(gazetteer):
    by_id = {p.id: p for p in gazetteer}
    for p in gazetteer:
        seen = {p.id}
        cur = p
        while cur.parent:
            assert cur.parent not in seen, f"parent cycle at {p.id}"
            seen.add(cur.parent)
            cur = by_id[cur.parent]


def test_gazetteer_forms_are_unambiguous(gazetteer):
    owner: dict[str, str] = {}
    for p in gazetteer:
        for form in {norm_key(f) for f in (p.name, *p.aliases)}:
            assert form, p.id
            assert owner.setdefault(form, p.id) == p.id, f"{form!r}: {owner[form]} and {p.id}"


def test_gazetteer_iraqi_places_lie_in_iraq(gazetteer):
    for p in gazetteer:
        if p.country == "IRQ" and p.type != "country":
            assert 29.0 <= p.lat <= 37.5 and 38.7 <= p.lon <= 48.8, p.id


@pytest.mark.parametrize("surface", [
    "Iraq", "Iran", "Syria", "Jordan", "Kuwait", "Saudi Arabia", "Turkey", "Lebanon", "Israel",
    "Yemen", "Bahrain", "Qatar", "UAE", "Kurdistan Region", "Anbar province", "Nineveh",
    "Salahuddin", "Diyala", "Dhi Qar", "Baghdad", "Basra", "Mosul", "Erbil", "Kirkuk",
    "Jurf al-Nasr", "Al-Qaim", "Abu Kamal", "Deir ez-Zor", "Ain al-Assad", "Al Asad Air Base",
    "Harir", "Baghdad airport", "Victory Base", "Green Zone", "U.S. Embassy in Baghdad", "K-1",
    "Camp Taji", "Balad Air Base", "Al-Tanf", "Tower 22", "MSS Euphrates", "Conoco", "Shaddadi",
    "Rmeilan", "Trebil", "Safwan", "Mandali", "Zurbatiyah", "Shalamcheh", "Tehran", "Beirut",
    "Amman", "Damascus",
])
def test_gazetteer_knows_the_theatre(gazetteer, surface):
    kb = TheatreKB(actors=[], places=gazetteer)
    assert kb.place(surface) is not None, surface


def test_gazetteer_has_all_iraqi_provinces(gazetteer):
    provinces = [p for p in gazetteer if p.type == "province" and p.country == "IRQ"
                 and p.id != "pl_kurdistan_region"]
    assert len(provinces) >= 18


def test_gazetteer_validates_with_the_theatre_loader():
    loader = pytest.importorskip("brinkwatch.kb.loader")
    problems = [p for p in loader.check_theatre(GAZETTEER, builtin=False)
                if not p.startswith("warning")]
    assert problems == []
