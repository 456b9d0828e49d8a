"""Round 10 (asm12) classes of the story assembly, on short articles written for these tests.

Each table has rows that expect an event (or a value) next to rows that expect none. The develop
battery (tests/assemble/batteries/asm12_A, written the same way) is scored at the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.assemble.stories import names, of, run

BATTERIES = Path(__file__).parent / "batteries"


# --- a definite description names the party the story introduced with its noun ----------------
# (article, type, a name the actor must carry, or None: the description stays unresolved)
DESCRIPTIONS = [
    # a title before the name: "foreign ministry spokesman X ... the spokesman said"
    ("Iran warns Iraq over Kurdish camps\n\n"
     "TEHRAN – Iranian foreign ministry spokesman Nasser Kanaani briefed journalists on Monday."
     "\n\n\"Baghdad must disarm the separatist groups on its soil,\" the spokesman said.\n",
     "REQUEST", "Nasser Kanaani"),
    # a possessive: "Syria's foreign ministry ... The ministry called on"
    ("Damascus protests Israeli raid\n\n"
     "DAMASCUS – Syria's foreign ministry denounced an Israeli air raid near Homs on Sunday. "
     "The ministry also called on the United Nations to act.\n", "REQUEST", "Syria"),
    # a KB name with the noun: "the brigades" for the Hezbollah Brigades
    ("Militia threatens US forces\n\n"
     "BAGHDAD – Kataib Hezbollah issued a statement on Monday about the U.S. presence. The "
     "brigades urged the Iraqi government to expel the American troops.\n", "REQUEST",
     "Kata'ib Hezbollah"),
    # an envoy named before "the ambassador"
    ("US envoy presses Kurds\n\n"
     "ERBIL – Washington's envoy Alina Romanowski met Kurdish leaders in Erbil on Monday. The "
     "ambassador urged Baghdad to pay the region's salaries.\n", "REQUEST", "Alina Romanowski"),
    # negative: no spokesman introduced before: the description stays unknown
    ("Turkish jets bomb PKK sites\n\n"
     "ANKARA – Turkish jets bombed PKK sites in the Qandil mountains on Monday.\n\n"
     "\"Baghdad must stop the PKK from using its territory,\" the spokesman said.\n",
     "REQUEST", None),
    # a place of another state heads the sentence: Baghdad's ministry, not Tehran's
    ("Mob burns Iranian consulate\n\n"
     "NAJAF – Protesters set fire to the Iranian consulate in Najaf on Wednesday. Iranian "
     "foreign ministry spokesman Nasser Kanaani urged Iraq to protect the mission.\n\n"
     "In Baghdad, the foreign ministry urged the protesters to go home.\n", "REQUEST",
     "Iraqi Ministry of Foreign Affairs"),
    # negative: a place heads the sentence but "the ministry" alone may be any ministry
    ("Turkish jets bomb PKK sites\n\n"
     "ANKARA – Turkish jets bombed PKK sites in the Qandil mountains on Monday.\n\n"
     "In Ankara, the ministry urged Baghdad to stop the PKK from using its territory.\n",
     "REQUEST", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "who"), DESCRIPTIONS)
def test_a_description_names_the_party_introduced_with_its_noun(ctx: Any, text: str,
                                                                 type_: str,
                                                                 who: str | None) -> None:
    got = [e for e in of(run(ctx, text, every=True), type_)
           if any(s.sentence_index >= 2 for s in e.evidence)]
    described = [e for e in got if any(r.reason == "description" for r in e.reasons)]
    if who is None:
        assert not described, [(names(e.actors), names(e.targets)) for e in got]
    else:
        assert described and who in names(described[-1].actors), \
            [(names(e.actors), names(e.targets)) for e in got]


# --- a bare title the parse cut off its name is that name's holder ------------------------------
# (text, where the bare title ends, the name expected or None)
TITLED = [
    ("President of the Republic Barham Salih condemned the raids.", 9, "Barham Salih"),
    ("Foreign Minister Hakan Fidan urged Baghdad to act.", 16, "Hakan Fidan"),
    # negative: a verb between the title and the name: the name is the one met
    ("President met Barham Salih in Baghdad.", 9, None),
    # negative: a name of no person after the title
    ("President of the Republic Kurdistan24 reported the raids.", 9, None),
]


@pytest.mark.parametrize(("text", "end", "name"), TITLED)
def test_a_title_cut_off_its_name(text: str, end: int, name: str | None) -> None:
    import re

    from brinkwatch.assemble.story import _titled_name
    from brinkwatch.records import ActorRef, Mention

    def mention(word: str, label: str) -> Mention:
        at = text.index(word)
        return Mention(id=word, article_id="a", sentence_index=0, start=at, end=at + len(word),
                       text=word, label=label, kb_id=None, name=None, method="unknown",
                       confidence=0.5, extractor="test")

    names_ = [w for w in ("Barham Salih", "Hakan Fidan") if w in text]
    mentions = [mention(w, "PERSON") for w in names_]
    mentions += [mention(w, "ORG") for w in ("Republic", "Kurdistan24", "Baghdad")
                 if re.search(rf"\b{w}\b", text)]
    ref = ActorRef(name=None, kb_id=None, text=text[:end], start=0, end=end)
    got = _titled_name(ref, mentions, None, text)
    assert (got.text if got is not None else None) == name


# --- the accused, told by a kind noun, answers: the rejection aims at the accuser ---------------
# (article, the rejecting party, the accuser expected as target, or None)
ACCUSERS = [
    ("Jordan accuses Iraqi militia over drones\n\n"
     "AMMAN – Jordan accused an Iraqi militia on Sunday of flying drones over its border. Kataib "
     "Hezbollah dismissed the accusation on Monday.\n", "Kata'ib Hezbollah", "Jordan"),
    ("Turkey blames Kurdish party for unrest\n\n"
     "ANKARA – Turkey accused a Kurdish party on Sunday of stirring unrest in Sinjar. The "
     "Kurdistan Democratic Party rejected the charge on Monday.\n",
     "Kurdistan Democratic Party", "Turkey"),
    # negative: the accused is told as another state's militia
    ("Jordan accuses Syrian militia over drones\n\n"
     "AMMAN – Jordan accused a Syrian militia on Sunday of flying drones over its border. Kataib "
     "Hezbollah dismissed the accusation on Monday.\n", "Kata'ib Hezbollah", None),
    # negative: the accused is told by a noun of another kind ("a newspaper")
    ("Jordan accuses Iraqi newspaper over report\n\n"
     "AMMAN – Jordan accused an Iraqi newspaper on Sunday of spreading lies. Kataib Hezbollah "
     "dismissed the accusation on Monday.\n", "Kata'ib Hezbollah", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker", "accuser"), ACCUSERS)
def test_a_rejection_by_the_party_a_kind_noun_accused(ctx: Any, text: str, speaker: str,
                                                      accuser: str | None) -> None:
    got = [e for e in of(run(ctx, text, every=True), "REJECT") if speaker in names(e.actors)]
    assert got
    if accuser is None:
        assert all(accuser not in names(e.targets) for e in got)
        assert not any(r.reason == "accuser" for e in got for r in e.reasons)
    else:
        assert any(accuser in names(e.targets) for e in got), \
            [(names(e.actors), names(e.targets)) for e in got]


# --- a participle of a clause acts for that clause's subject; a passive's subject is no doer ----
# (article, type, the actor expected, or None: the subject must not be the actor)
GOVERNED = [
    ("Militia vows revenge\n\n"
     "BAGHDAD – Kataib Sayyid al-Shuhada, whose spokesman died with three fighters in an Israeli "
     "strike in June 2023, reacted with fury, vowing that Israel would pay a heavy price.\n",
     "THREATEN", "Kata'ib Sayyid al-Shuhada"),
    ("Kurds raise budget row\n\n"
     "BAGHDAD – The Kurdistan Democratic Party raised the budget dispute during talks with Iraqi "
     "Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday.\n", "CONSULT",
     "Kurdistan Democratic Party"),
    # negative: "were killed ..., raising fears": the soldiers did nothing
    ("Soldiers killed in Kirkuk\n\n"
     "KIRKUK – Two Iraqi soldiers were killed in Kirkuk on Monday, raising fears of an Islamic "
     "State comeback.\n", "ASSAULT", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "actor"), GOVERNED)
def test_a_participle_acts_for_its_clause_subject(ctx: Any, text: str, type_: str,
                                                  actor: str | None) -> None:
    got = [e for e in of(run(ctx, text, every=True), type_)
           if any(s.sentence_index > 0 for s in e.evidence)]
    assert got
    if actor is None:
        assert all("Iraqi security forces" not in names(e.actors) for e in got)
        assert not any(r.reason == "governing-subject" for e in got for r in e.reasons)
    else:
        assert any(actor in names(e.actors) for e in got), [names(e.actors) for e in got]


# --- a pronoun for a named party's members is that party ---------------------------------------
# (article, the actor expected of the threat, a name it must not carry)
MEMBERS = [
    ("Militia threatens Turkish troops\n\n"
     "DUHOK – Asaib Ahl al-Haq fighters attacked a Turkish convoy near Bashiqa on Sunday. They "
     "also threatened Turkish troops in Duhok.\n", "Asa'ib Ahl al-Haq", None),
    # negative: members of no named party stay who they are
    ("Gunmen threaten Turkish troops\n\n"
     "DUHOK – Kataib Hezbollah warned Ankara on Friday. Unknown fighters attacked a Turkish "
     "convoy near Bashiqa on Sunday. They also threatened Turkish troops in Duhok.\n", None,
     "Kata'ib Hezbollah"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actor", "not_actor"), MEMBERS)
def test_a_pronoun_for_members_is_their_party(ctx: Any, text: str, actor: str | None,
                                             not_actor: str | None) -> None:
    got = [e for e in of(run(ctx, text, every=True), "THREATEN")
           if any(s.trigger == "threatened" for s in e.evidence)]
    assert got
    if actor is not None:
        assert any(actor in names(e.actors) for e in got), [names(e.actors) for e in got]
    if not_actor is not None:
        assert all(not_actor not in names(e.actors) for e in got), [names(e.actors) for e in got]


# --- a rejection of a charge whose author the story leaves unnamed needs no target -------------
# (article, REJECT records expected)
CHARGES = [
    ("Militia rejects charges\n\n"
     "BAGHDAD – Kataib Hezbollah on Monday rejected the accusations and said its fighters had no "
     "part in the attack on the oil field.\n", 1),
    ("Party rejects allegations\n\n"
     "ERBIL – The Patriotic Union of Kurdistan on Monday rejected the allegations of vote "
     "rigging in Sulaymaniyah.\n", 1),
    # negative: a rejected proposal with no author named stays held back
    ("Iran rejects plan\n\n"
     "TEHRAN – Iran rejected the proposal on Monday.\n", 0),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "n"), CHARGES)
def test_a_rejected_charge_needs_no_target(ctx: Any, text: str, n: int) -> None:
    got = [e for e in of(run(ctx, text), "REJECT")
           if not any(s.sentence_index == 0 for s in e.evidence)]
    assert len(got) == n, [(names(e.actors), names(e.targets)) for e in got]


# --- background: a lasting past, and an earlier act told with its doer, target and day ----------
# (article, published, a name of the actor, background expected)
EARLIER = [
    # told with its day, its doer and its target: an event however long ago
    ("Militia mourns commander\n\n"
     "BAGHDAD – Kataib Hezbollah held a memorial in Baghdad on Monday. U.S. jets struck Kataib "
     "Hezbollah depots near Qaim on December 29, 2019, killing 25 fighters.\n",
     "2024-03-12", "United States", False),
    # a lasting past: "have fought ... for decades"
    ("Turkey strikes PKK\n\n"
     "ANKARA – Turkey's army said it struck PKK hideouts in Iraq on Monday. PKK fighters have "
     "attacked Turkish troops for decades.\n", "2024-03-12", "PKK", True),
    # negative: the year alone stays background
    ("Militia mourns commander\n\n"
     "BAGHDAD – Kataib Hezbollah held a memorial in Baghdad on Monday. U.S. jets struck Kataib "
     "Hezbollah depots near Qaim in 2019, killing 25 fighters.\n", "2024-03-12",
     "United States", True),
    # negative: a range "since ..." is a state, not a day
    ("Turkey strikes PKK\n\n"
     "ANKARA – Turkey's army said it struck PKK hideouts in Iraq on Monday. PKK fighters have "
     "attacked Turkish troops since July 20, 2015.\n", "2024-03-12", "PKK", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "actor", "background"), EARLIER)
def test_earlier_acts_background_or_news(ctx: Any, text: str, published: str, actor: str,
                                         background: bool) -> None:
    got = [e for e in of(run(ctx, text, published, every=True), "ASSAULT")
           if actor in names(e.actors) and not any(s.sentence_index == 0 for s in e.evidence)]
    assert got, [(names(e.actors), e.background) for e in run(ctx, text, published, every=True)]
    assert all(e.background is background for e in got), \
        [(names(e.actors), e.date.value, e.background) for e in got]


# --- an agentless attack: plain blame names the attacker, a guessed one does not -----------------
# (article, the attacker expected, or None: the unknown agent)
BLAME = [
    ("Drone hits Kurdish oil field\n\n"
     "ERBIL – A drone struck the Khor Mor gas field in Sulaymaniyah on Friday, wounding three "
     "workers.\n\nThe Kurdistan Regional Government blamed Asaib Ahl al-Haq for the attack.\n",
     "Asa'ib Ahl al-Haq"),
    # negative: "was probably behind": a guess names no attacker
    ("Drone hits Kurdish oil field\n\n"
     "ERBIL – A drone struck the Khor Mor gas field in Sulaymaniyah on Friday, wounding three "
     "workers.\n\nThe Kurdistan Regional Government said Asaib Ahl al-Haq was probably "
     "responsible for the attack.\n", None),
    # negative: "may have carried out"
    ("Drone hits Kurdish oil field\n\n"
     "ERBIL – A drone struck the Khor Mor gas field in Sulaymaniyah on Friday, wounding three "
     "workers.\n\nKurdish officials said Asaib Ahl al-Haq may have carried out the attack.\n",
     None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "attacker"), BLAME)
def test_plain_blame_names_the_attacker_a_guess_does_not(ctx: Any, text: str,
                                                          attacker: str | None) -> None:
    got = [e for e in of(run(ctx, text, every=True), "ASSAULT")
           if any("struck" in (s.trigger or "") for s in e.evidence)]
    assert len(got) == 1, [(names(e.actors), names(e.targets)) for e in got]
    if attacker is None:
        assert "Asa'ib Ahl al-Haq" not in names(got[0].actors)
    else:
        assert attacker in names(got[0].actors)


# --- an act by an agent the KB does not know is no fragment of another agent's act --------------
# (article, ASSAULT records expected)
OWN_AGENTS = [
    ("Turkish drone hits car\n\n"
     "SULAYMANIYAH – Turkish drones struck a car carrying PKK members near Sulaymaniyah.\n\n"
     "Iran has backed armed groups in Iraq for decades, and its Guards shelled Kurdish villages "
     "near Sidakan.\n", 2),
    # negative: the raids told again with no agent are the same act
    ("Turkish jets hit PKK\n\n"
     "ERBIL – Turkish jets struck PKK hideouts in the Qandil mountains on Monday. The raids "
     "killed four fighters, a Kurdish official said.\n", 1),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "n"), OWN_AGENTS)
def test_an_unknown_named_agent_is_no_fragment(ctx: Any, text: str, n: int) -> None:
    got = of(run(ctx, text), "ASSAULT")
    assert len(got) == n, [(names(e.actors), names(e.targets)) for e in got]


# --- merged tellings keep a class the KB knows beside a headline's capitals ----------------------
POOLED = [
    ("Iran Shells Kurdish Rebel Camps\n\n"
     "ERBIL – Iranian artillery shelled the bases of Iranian Kurdish opposition groups near "
     "Sidakan on Tuesday, residents said.\n", "Iranian Kurdish opposition groups", True),
    # negative: a specific party is told: the KB class is not added beside it
    ("Iran Shells PKK Camps\n\n"
     "ERBIL – Iranian artillery shelled PKK camps near Sidakan on Tuesday, residents said.\n",
     "Iranian Kurdish opposition groups", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target", "kept"), POOLED)
def test_merged_tellings_keep_the_class_the_kb_knows(ctx: Any, text: str, target: str,
                                                     kept: bool) -> None:
    got = of(run(ctx, text), "ASSAULT")
    assert len(got) == 1, [(names(e.actors), names(e.targets)) for e in got]
    assert (target in names(got[0].targets)) is kept, names(got[0].targets)


# --- the develop battery, whole ----------------------------------------------------------------
@pytest.mark.slow
def test_the_develop_battery_scores(ctx: Any) -> None:
    from brinkwatch.eval.events import evaluate_events

    d = BATTERIES / "asm12_A"
    scores = evaluate_events(d / "gold.events.jsonl", d / "articles.jsonl", ctx)
    assert scores.recall >= 0.80 and scores.precision >= 0.85, scores.to_json()
