"""Round 9 (asm10) classes of the story assembly, on short articles written for these tests.

Each table has rows that expect an event (or a value) next to rows that expect none. The whole
develop battery (tests/assemble/batteries/asm10_A, written the same way) is scored at the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from brinkwatch.records import Article, text_id
from tests.assemble.stories import names, of, run

BATTERIES = Path(__file__).parent / "batteries"
PENDING = Path(__file__).parents[2] / "brinkwatch" / "kb" / "data" / "iraq_pending.yaml"


# --- opponents' acts are two acts ------------------------------------------------------------
# (article, ASSAULT records expected)
OPPONENTS = [
    # a crowd acting and a crowd acted on: two acts
    ("Police fired rubber bullets at the demonstrators as the protesters burned tyres outside "
     "the Turkish consulate in Mosul on Monday.\n", 2),
    ("Guards opened fire on the mob after rioters set fire to the gate of the provincial "
     "council building in Basra on Monday.\n", 2),
    # negative: one crowd told twice is one act
    ("Protesters stormed the Iranian consulate in Karbala on Monday. The protesters set fire "
     "to the consulate's walls.\n", 1),
]




# --- the lead's undated act is not an act recalled below dated before the lead ------------------
RECALLED = [
    # the Sunday strikes recalled at the end are not the Tuesday clash of the lead
    ("Militia fighters clash with Iraqi police in Baghdad\n\n"
     "BAGHDAD – Fighters of Kataib Hezbollah clashed with Iraqi police in Baghdad on Tuesday. "
     "U.S. forces fired warning shots at a militia convoy near the airport.\n\n"
     "The clashes came after U.S. air strikes on Sunday killed 12 Kataib Hezbollah fighters in "
     "Anbar.\n", "2024-03-12", 2),
    # negative: an undated lead act and its own day below join
    ("U.S. jets bombed Kataib Hezbollah depots near Qaim.\n"
     "The strikes on Tuesday killed four fighters, officials said.\n", "2024-03-13", 1),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "us_acts"), RECALLED)
def test_an_act_recalled_below_the_lead_is_another_act(ctx: Any, text: str, published: str,
                                                      us_acts: int) -> None:
    got = [e for e in of(run(ctx, text, published), "ASSAULT")
           if names(e.actors) & {"United States", "U.S. military"}]
    assert len(got) == us_acts, [(names(e.actors), names(e.targets), e.date.value) for e in got]


# --- a reaction to "the attack" when the story tells several acts -------------------------------
# (article, the reacting party, the target expected or None)
REACTIONS = [
    # never the reacting party's own camp: the State Department and U.S. troops
    ("Crowd storms US consulate in Basra\n\n"
     "BASRA – Hundreds of protesters stormed the U.S. consulate in Basra on Friday. U.S. troops "
     "fired tear gas at the crowd.\n\n"
     "The State Department condemned the attack.\n", "U.S. Department of State", "protesters"),
    # the act done to the reacting party's camp
    ("Protesters attack Turkish consulate in Mosul\n\n"
     "MOSUL – Protesters hurled stones at the Turkish consulate in Mosul on Friday. Iraqi police "
     "fired tear gas at the protesters.\n\n"
     "Turkey condemned the attack.\n", "Turkey", "Protesters"),
    # the act told with the reaction's own word: "the strikes", not the drone attack answered
    ("US strikes militia in Syria after drone attack\n\n"
     "WASHINGTON – U.S. warplanes struck Kataib Hezbollah sites in eastern Syria on Friday. "
     "Kataib Hezbollah said it carried out a drone attack on a U.S. base on Wednesday.\n\n"
     "Syria condemned the strikes.\n", "Syria", "United States"),
    # negative: two acts by two agents, neither done to the reacting party, no shared word
    ("US strikes militia in Syria as Iran fires missiles at Kurds\n\n"
     "U.S. warplanes struck Kataib Hezbollah sites in eastern Syria on Friday. Iran fired "
     "missiles at Kurdish opposition camps in Iraq on Friday.\n\n"
     "Germany condemned the attack.\n", "Germany", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker", "target"), REACTIONS)
def test_a_reaction_aims_at_the_act_it_is_about(ctx: Any, text: str, speaker: str,
                                               target: str | None) -> None:
    got = [e for e in run(ctx, text) if e.type in ("ACCUSE", "PROTEST")
           and speaker in names(e.actors)]
    if target is None:
        assert not got or not any(r.reason == "anaphora" for e in got for r in e.reasons)
    else:
        assert got and target.lower() in {n.lower() for n in names(got[0].targets)}, \
            [(names(e.actors), names(e.targets)) for e in got]


# --- combat verbs and nouns with an abstract object are no attack ------------------------------
# (sentence, ASSAULT expected)
ABSTRACT = [
    ("Iraqi troops battled Islamic State fighters near Kirkuk on Monday.", True),
    ("Kurdish forces clashed with Iraqi soldiers near Altun Kupri on Monday.", True),
    ("Peshmerga fighters fought Islamic State militants near Makhmour on Monday.", True),
    ("Iraq's cabinet vowed on Monday to battle corruption in the ministries.", False),
    ("The Kurdish government battled inflation and unemployment all year.", False),
    ("The two parties clashed over oil revenue in parliament on Monday.", False),
    ("Iraq's government waged a battle against corruption on Monday.", False),
    ("The ministry launched a war on smuggling at the border crossings on Monday.", False),
    ("Washington will fight the war on corruption with sanctions.", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "n"), OPPONENTS + [(s + "\n", int(a)) for s, a in ABSTRACT])
def test_assaults_counted(ctx: Any, text: str, n: int) -> None:
    """Opponents' acts are two; a combat word with an abstract object is none."""
    got = of(run(ctx, text), "ASSAULT")
    assert len(got) == n, [(names(e.actors), names(e.targets)) for e in got]


# --- dates: an act denied or charged is not dated by the denial ---------------------------------
DISPUTED = [
    # the act a denial is about takes the day the story gives it, not the denial's
    ("Iran rejects US blame for embassy attack\n\n"
     "TEHRAN – Iran on Tuesday rejected U.S. accusations that it was behind a rocket attack on "
     "the American embassy in Baghdad.\n\n"
     "U.S. officials blamed Iran-backed militias for the attack on Sunday, which damaged a "
     "guard tower.\n", "ASSAULT", "2024-03-10"),
    # negative: the denial itself keeps its own day
    ("Iran rejects US blame for embassy attack\n\n"
     "TEHRAN – Iran on Tuesday rejected U.S. accusations that it was behind a rocket attack on "
     "the American embassy in Baghdad.\n\n"
     "U.S. officials blamed Iran-backed militias for the attack on Sunday, which damaged a "
     "guard tower.\n", "REJECT", "2024-03-12"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "day"), DISPUTED)
def test_an_act_denied_takes_its_own_day(ctx: Any, text: str, type_: str, day: str) -> None:
    got = of(run(ctx, text), type_)
    assert got and got[0].date.value == day, [(e.type, e.date.value) for e in got]


# a landmark clause the parser hangs as a complement after a parenthetical ("..., the ministry
# said, three days after X killed Y") is counted back from the main clause's day
LANDMARKS = [
    ("Iraqi forces raided a militia depot near Basra on Friday, the interior ministry said, "
     "three days after Islamic State militants killed two policemen near Zubair.\n",
     {"Islamic State": "2024-03-05", "Iraqi security forces": "2024-03-08"}),
    # negative: the same clause without "after" is no landmark, its day is the sentence's
    ("Iraqi forces raided a militia depot near Basra on Friday, and the interior ministry said "
     "Islamic State militants killed two policemen near Zubair.\n",
     {"Iraqi security forces": "2024-03-08"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "days"), LANDMARKS)
def test_a_misparsed_landmark_clause_is_counted_back(ctx: Any, text: str,
                                                    days: dict[str, str]) -> None:
    got = {n: e.date.value for e in of(run(ctx, text), "ASSAULT") for n in names(e.actors)}
    assert {n: got.get(n) for n in days} == days, got


# --- Title Case headlines are parsed in sentence case -----------------------------------------
# (article, type expected from the headline or None, a word of the headline's trigger)
TITLES = [
    ("Turkey Bombs PKK Hideouts In Northern Iraq\n\n"
     "ERBIL – Turkish jets bombed PKK hideouts in the Qandil mountains on Monday.\n",
     "ASSAULT", "Bombs"),
    ("Iraqi Forces Arrest Five Islamic State Suspects In Anbar\n\n"
     "RAMADI – Iraqi forces arrested five suspected Islamic State members on Monday.\n",
     "COERCE", "Arrest"),
    # negative: a Title Case headline that tells no act codes none
    ("Iraqi Premier Visits Paris For Talks On Trade\n\n"
     "PARIS – Iraq's prime minister arrived in Paris on Monday.\n", None, None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "word"), TITLES)
def test_title_case_headlines_are_coded_with_their_lead(ctx: Any, text: str,
                                                        type_: str | None,
                                                        word: str | None) -> None:
    events = run(ctx, text)
    headline = [e for e in events if any(s.sentence_index == 0 for s in e.evidence)]
    if type_ is None:
        assert not [e for e in headline if e.type in ("ASSAULT", "COERCE")]
        return
    got = of(headline, type_)
    assert len(got) == 1 and any(s.trigger == word for s in got[0].evidence)
    assert any(s.sentence_index > 0 for s in got[0].evidence)  # merged with the lead


def test_title_case_detection_and_the_text_kept(ctx: Any) -> None:
    from brinkwatch.nlp import parse

    for text, recased in [("US Strikes Militia Sites In Western Iraq\n\nBody.", True),
                          ("Iran's Guards warn US over Gulf buildup\n\nBody.", False),
                          ("Rockets hit base. More text follows here.", False)]:
        art = Article(id=text_id(text), origin="t.txt", text=text)
        parsed = parse(ctx.nlp, art)
        assert parsed.doc.text == text
        assert (parsed.recased is not None) == recased
        if recased:
            assert [t.pos_ for t in parsed.doc][1] == "VERB"


# --- the held-back KB entries, now in the theatre ---------------------------------------------
PENDING_ROWS = [
    # a spokesman's statement is the state's condemnation told again: one record
    ("Iran condemns US sanctions on Iraqi armed group\n\n"
     "TEHRAN – Iran on Monday condemned new U.S. sanctions on Kataib Hezbollah.\n\n"
     "Foreign Ministry spokesman Abbas Mousavi said the sanctions were illegal and showed "
     "Washington's hostility.\n", "2020-02-11", "ACCUSE", 1),
    # the Marines' act and the stormers' act stay two
    ("Protesters storm US embassy compound in Baghdad\n\n"
     "BAGHDAD – Militia supporters stormed the U.S. embassy compound in Baghdad on Tuesday. "
     "U.S. Marines fired tear gas at the crowd.\n", "2019-12-31", "ASSAULT", 2),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "type_", "n"), PENDING_ROWS)
def test_the_held_back_entries_code_right(ctx: Any, text: str, published: str, type_: str,
                                          n: int) -> None:
    got = of(run(ctx, text, published), type_)
    assert len(got) == n, [(names(e.actors), names(e.targets)) for e in got]


# --- the develop battery, whole ----------------------------------------------------------------
@pytest.mark.slow
def test_the_develop_battery_scores(ctx: Any) -> None:
    from brinkwatch.eval.events import evaluate_events

    d = BATTERIES / "asm10_A"
    scores = evaluate_events(d / "gold.events.jsonl", d / "articles.jsonl", ctx)
    assert scores.recall >= 0.80 and scores.precision >= 0.85, scores.to_json()
