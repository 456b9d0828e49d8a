"""Contradiction classes of round 14 (topics14): what a party is charged with or punished for
("arrested on charges of killing X" against "suspected of ordering the killing of Y"), and an
office held by two people told on the stories where the office has a part, not on every story
the two articles share. Each table has rows that must give the claim or the topic (with who
claims what) and near misses that must not. Texts, people and offices are made up for these
tests; the rows marked "check" were written after the reader was done."""

from __future__ import annotations

from typing import Any

import pytest

from brinkwatch.analysis.claims import article_claims
from brinkwatch.analysis.stories import find_contradictions
from brinkwatch.kb.model import KBActor, OfficeTerm, TheatreKB


# --- what a party is charged with ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "names"), [
    # development battery
    ("Police arrested the former governor on charges of embezzling reconstruction funds in Anbar.",
     ["anbar"]),
    ("Washington sanctioned the businessman for smuggling Iranian oil through the port of Umm Qasr.",
     ["qasr", "umm"]),
    ("The commander is suspected of ordering the assassination of Hisham al-Hashimi.",
     ["hashimi", "hisham"]),
    ("Prosecutors charged the two officers with the abduction of a journalist in Nasiriyah.",
     ["nasiriyah"]),
    ("The Treasury designated the bank for its role in financing Kataib Hezbollah.",
     ["hezbollah", "kataib"]),
    ("The government accused him of plotting the attack on the Green Zone.", ["green", "zone"]),
    ("A court sentenced the militiaman over his part in the killing of protesters in Tahrir Square.",
     ["square", "tahrir"]),
    ("The case concerns the murder of Ali Karim in Diwaniyah, a lawyer said.",
     ["ali", "diwaniyah", "karim"]),
    ("He was detained in connection with the bombing of a liquor store in Basra.", ["basra"]),
    # check battery (written after the reader)
    ("Investigators held the driver on suspicion of planting the bomb at the Safwan crossing.",
     ["safwan"]),
    ("The cleric was indicted on Tuesday for inciting the storming of the Dutch embassy.",
     ["dutch"]),
    ("Two brothers were convicted of kidnapping Elias Haddad, a contractor, in 2023.",
     ["elias", "haddad"]),
    ("The charges against him relate to the rocket fire on Balad air base.", ["balad"]),
    ("London blacklisted the exchange house for laundering money for the Quds Force.",
     ["force", "quds"]),
    ("She is wanted for her role in the attack on the Kuwaiti consulate in Erbil.",
     ["erbil", "kuwaiti"]),
    # near misses: held for questioning or for a time, a sentence's length, no charge
    ("Police detained the man for questioning on Monday.", None),
    ("The suspects were held for two days in a Basra prison.", None),
    ("He was sentenced for life, the court said.", None),
    ("The militia said the men were arrested at a checkpoint near Samarra.", None),
    ("The spokesman was charged by the party with handling the talks.", None),
    ("The court will hear the case on Sunday in Najaf.", None),
])
def test_charge_read(text: str, names: list[str] | None) -> None:
    found = [c["names"] for c in article_claims(text)["charges"]]
    assert found == ([names] if names is not None else [])


def _topics(family: str, texts: dict[str, str], kb: TheatreKB | None = None,
            rows: list[dict[str, Any]] | None = None,
            events: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, dict]:
    profiles = {aid: {"id": aid, "outlet": f"{aid}.example",
                      "claims": article_claims(t, (events or {}).get(aid, ()), kb=kb)}
                for aid, t in texts.items()}
    rows = rows if rows is not None else [
        {"article_id": aid, "event": {"type": "COERCE", "actor": [], "target": [], "date": {},
                                      "location": None}} for aid in texts]
    return {c["topic"]: c for c in find_contradictions(family, rows, profiles, list(texts))}


@pytest.mark.parametrize(("family", "a", "b", "disputed"), [
    # development battery
    ("pressure", "Police arrested the commander on charges of killing the activist Samir Nouri.",
     "The commander is suspected of ordering rocket fire on Balad air base.", True),
    ("pressure", "Washington sanctioned the firm for smuggling oil to the Houthis.",
     "The Treasury designated the firm for its role in financing Kataib Sayyid al-Shuhada.", True),
    # one deed in fewer words, or spelt another way: agreement
    ("pressure", "The case concerns the murder of Samir Nouri in Kut.",
     "He is accused of being behind the killing of Samir Nuri.", False),
    # one report alone tells the charge; charges that name nothing particular
    ("pressure", "Police arrested the commander on charges of killing Samir Nouri.",
     "Police arrested the commander at dawn on Monday.", False),
    ("pressure", "The firm was sanctioned for smuggling oil.",
     "The firm was sanctioned for financing militias.", False),
    # check battery
    ("pressure", "The cleric was indicted for inciting the storming of the Dutch embassy.",
     "The cleric was charged with organising the attack on the Swedish embassy.", True),
    ("criticism", "Two brothers were convicted of kidnapping Elias Haddad in Sulaimani.",
     "The brothers are accused of the abduction of Rania Toma.", True),
    ("pressure", "He was held on suspicion of planting the bomb at the Safwan crossing.",
     "He was detained in connection with the Safwan crossing bombing, police said.", False),
    # in an attack's story, the accused is its doer (who did it), not one charged
    ("violence", "Baghdad accused the faction of firing rockets at the Taji base.",
     "Officials accused the group of killing two guards at Camp Victory.", False),
])
def test_charge_disputed(family: str, a: str, b: str, disputed: bool) -> None:
    topics = _topics(family, {"a": a, "b": b})
    assert ("charge" in topics) is disputed, topics
    if disputed:
        assert {c["article_id"] for c in topics["charge"]["claims"]} == {"a", "b"}


# --- an office held by two people, on the story where it has a part -----------------------------
KB = TheatreKB(actors=[
    KBActor(id="o_pm", name="Prime Minister of Ostland", type="office",
            aliases=("Ostlandic Prime Minister",)),
    KBActor(id="p_varg", name="Ada Varg", type="person", aliases=("Varg",),
            offices=(OfficeTerm(office="o_pm", start="2020"),)),
    KBActor(id="p_holm", name="Ivo Holm", type="person", aliases=("Holm",),
            offices=(OfficeTerm(office="o_pm", start="2010", end="2014"),)),
])
OFFICE_TEXTS = {
    "a": "Police stormed the warehouse at dawn. Prime Minister Ada Varg ordered an inquiry.",
    "b": "Police stormed the warehouse at dawn. Prime Minister Ivo Holm ordered an inquiry.",
}


def _row(aid: str, start: int, end: int, actor: str | None, index: int = 3) -> dict[str, Any]:
    refs = [{"name": actor, "text": actor, "ancestors": []}] if actor else []
    return {"article_id": aid, "event": {"type": "COERCE", "actor": refs, "target": [],
                                         "date": {}, "location": None,
                                         "spans": [{"start": start, "end": end,
                                                    "sentence_index": index}]}}


#: each article's events: the raid (first sentence) and the inquiry (second)
CODED = {aid: [_row(aid, 0, 38, None)["event"], _row(aid, 39, 81, None)["event"]]
         for aid in OFFICE_TEXTS}


@pytest.mark.parametrize(("rows", "events", "disputed"), [
    # the story of the inquiry: the office's sentence is a report of it
    ([_row("a", 39, 81, None), _row("b", 39, 81, None)], CODED, True),
    # the office holder a party of the story's reports, told in another sentence
    ([_row("a", 0, 38, "Ada Varg"), _row("b", 0, 38, None)], CODED, True),
    # the story of the article's lead
    ([_row("a", 0, 38, None, index=0), _row("b", 0, 38, None, index=0)], CODED, True),
    # the inquiry left uncoded: the office's sentence has no story of its own, so each story
    # of the two articles tells it
    ([_row("a", 0, 38, None), _row("b", 0, 38, None)], None, True),
    # a story the two articles share below their leads, where the office has no part
    ([_row("a", 0, 38, None), _row("b", 0, 38, None)], CODED, False),
    # one article's holder told in a coded sentence: the dispute's home is that event's story,
    # not every story of the two articles
    ([_row("a", 0, 38, None), _row("b", 0, 38, None)], {"a": CODED["a"]}, False),
    ([_row("a", 39, 81, None), _row("b", 0, 38, None)], {"a": CODED["a"]}, True),
])
def test_office_dispute_on_the_story_where_it_is_told(rows: list, events: dict | None,
                                                      disputed: bool) -> None:
    topics = _topics("pressure", OFFICE_TEXTS, kb=KB, rows=rows, events=events)
    assert ("office" in topics) is disputed, topics


# --- through the stage: two outlets' reports of one arrest ---------------------------------------
def _arrest_stories(tmp_path, charge_a: str, charge_b: str) -> list[dict]:
    from brinkwatch.kb.loader import load_theatre

    from .builders import Ev, article, staged_stories

    texts = [f"Iraqi security forces arrested a militia commander in Baghdad on Wednesday.\n{c}\n"
             f"Separately, Kata'ib Hezbollah fired rockets at Balad air base." for c in (charge_a, charge_b)]
    results = [article(t, [Ev("arrested", "COERCE", actor="Iraq", date="2031-05-07", place="Baghdad"),
                           Ev("fired", "ASSAULT", actor="Kata'ib Hezbollah", target="United States",
                              date="2031-05-07")],
                       outlet=outlet, published="2031-05-07")
               for t, outlet in zip(texts, ("gulfwire.example", "basra-daily.example"), strict=True)]
    return [s for s in staged_stories(tmp_path, *results, kb=load_theatre()) if len(s["outlets"]) == 2]


@pytest.mark.parametrize(("charge_a", "charge_b", "disputed"), [
    ("Officials said he is suspected of the killing of activist Samir Nouri in Kut.",
     "A judge said the case concerns rocket attacks on the Turkish consulate in Mosul.", True),
    ("Officials said he is suspected of the killing of activist Samir Nouri in Kut.",
     "He is accused of the murder of Samir Nouri, police said.", False),
])
def test_charges_compared_on_the_arrest_story_only(tmp_path, charge_a: str, charge_b: str,
                                                    disputed: bool) -> None:
    stories = _arrest_stories(tmp_path, charge_a, charge_b)
    by_family = {s["family"]: s for s in stories}
    assert {"pressure", "violence"} <= set(by_family)
    charge = [c for c in by_family["pressure"]["contradictions"] if c["topic"] == "charge"]
    assert bool(charge) is disputed
    if disputed:
        assert len({c["article_id"] for c in charge[0]["claims"]}) == 2
    # the rocket attack's story shares the two articles but is not about the charge
    assert not [c for c in by_family["violence"]["contradictions"] if c["topic"] == "charge"]
