"""Table tests of speech-act classes (round 7): who speaks in a coordinated speech act, directives
and votes that ask for an act, the government a domestic body asks, the victims inside a
judgement, headline labels, and a title with the name in apposition.

Sentences written for these tests. Each row pairs a sentence that must give an event with a close
sentence that must not give the wrong reading, so an extractor that returns nothing fails every
row. Run through the whole pipeline with the shipped theatre.
"""

from __future__ import annotations

import pytest

from brinkwatch.records import Article, text_id


@pytest.fixture(scope="module")
def ctx():  # type: ignore[no-untyped-def]
    from brinkwatch.pipeline import build_context

    return build_context()


def _coded(ctx, text: str) -> list[tuple[str, set[str], set[str]]]:  # type: ignore[no-untyped-def]
    from brinkwatch.pipeline import process

    article = Article(id=text_id(text), origin="test", text=text, published="2025-03-10")
    return [(e.type, {a.name or a.text for a in e.actors}, {t.name or t.text for t in e.targets})
            for e in process(article, ctx).events if e.reportable]


def _has(got: list, type_: str, actors: set[str], targets: set[str]) -> bool:  # type: ignore[type-arg]
    return any(t == type_ and actors <= a and targets <= tg for t, a, tg in got)


# (positive sentence, (type, actors, targets) it must give,
#  negative sentence, (type, actors, targets) it must NOT give)
CLASSES = [
    # a speech act the parse coordinates with the reported clause is the speaker's
    pytest.param("The Iraqi foreign ministry said the shelling was unacceptable and called on "
                 "Ankara to withdraw its troops.",
                 ("REQUEST", {"Iraqi Ministry of Foreign Affairs"}, {"Turkey"}),
                 "U.S. officials said Kataib Hezbollah fired the rockets and threatened more "
                 "attacks on American bases.",
                 ("THREATEN", {"U.S. officials"}, set()), id="said-x-and-called-on-y"),
    pytest.param("Kataib Hezbollah said three of its fighters were killed and vowed revenge "
                 "against Washington.",
                 ("THREATEN", {"Kata'ib Hezbollah"}, {"United States"}),
                 "\u201cThese raids serve only Tehran and threaten to drag Iraq into a war,\u201d "
                 "Kataib Hezbollah said.",
                 ("THREATEN", {"Kata'ib Hezbollah"}, set()), id="said-x-and-vowed-revenge"),
    # a directive told to an addressee, a decision a body votes: a request of the act
    pytest.param("On Friday, Asaib Ahl al-Haq had told the Iraqi police to keep away from its "
                 "offices.",
                 ("REQUEST", {"Asa'ib Ahl al-Haq"}, {"Iraqi Ministry of Interior"}),
                 "The Pentagon told reporters to expect more strikes in the coming days.",
                 ("REQUEST", set(), set()), id="told-x-to-do"),
    pytest.param("Iraqi lawmakers voted to expel the American forces from the country.",
                 ("REQUEST", {"Council of Representatives of Iraq"}, {"U.S. military"}),
                 "The parliament voted on Monday to approve the budget.",
                 ("REQUEST", set(), set()), id="voted-to-expel"),
    pytest.param("Iraqi lawmakers have voted to kick the Turkish soldiers out of Iraqi territory.",
                 ("REQUEST", {"Council of Representatives of Iraq"}, {"Turkey"}),
                 "Iraqi lawmakers voted to expel the American forces from the country.",
                 ("COERCE", {"Council of Representatives of Iraq"}, set()),
                 id="a-vote-to-expel-expels-no-one-yet"),
    pytest.param("In a late session, Iraqi lawmakers voted on Monday to expel the Turkish troops, "
                 "citing repeated shelling.",
                 ("REQUEST", {"Council of Representatives of Iraq"}, {"Turkey"}),
                 "The new law obliges the government to close all foreign bases.",
                 ("REQUEST", set(), set()), id="voted-on-a-day-to-expel-and-a-law-in-force"),
    pytest.param("The Iraqi parliament approved a decision obliging the government to end the "
                 "presence of foreign forces.",
                 ("REQUEST", {"Council of Representatives of Iraq"}, {"Iraq"}),
                 "Iraq was obliged to cancel the contract with the Iranian company.",
                 ("REQUEST", set(), set()), id="a-decision-obliging-the-government"),
    # "the government" asked by a domestic body is its own state's; a foreign official's is not
    pytest.param("Asaib Ahl al-Haq demanded that the government close the American embassy.",
                 ("REQUEST", {"Asa'ib Ahl al-Haq"}, {"Iraq"}),
                 "The State Department urged the government to protect American diplomats.",
                 ("REQUEST", set(), {"United States"}), id="the-government-of-the-speaker"),
    # readiness to answer by force is a threat; a right to something else is not
    pytest.param("Asaib Ahl al-Haq said it reserved the right to respond to the Turkish raids.",
                 ("THREATEN", {"Asa'ib Ahl al-Haq"}, {"Turkey"}),
                 "Iraq said it reserved the right to appeal the court ruling.",
                 ("THREATEN", set(), set()), id="reserves-the-right-to-respond"),
    pytest.param("Kataib Hezbollah said it would not hesitate to respond to any Turkish raid.",
                 ("THREATEN", {"Kata'ib Hezbollah"}, set()),
                 "The Iraqi government did not hesitate to sign the deal with Ankara.",
                 ("THREATEN", set(), set()), id="will-not-hesitate-to-respond"),
    # a party named as a foe to be, or as one who will pay for an act: a threat to it
    pytest.param("Qais al-Khazali said the vote was final and that Turkish troops would be "
                 "regarded as invaders unless they left.",
                 ("THREATEN", {"Qais al-Khazali"}, {"Turkey"}),
                 "The minister said the detainees will be treated as prisoners of war.",
                 ("THREATEN", set(), set()), id="will-be-treated-as-occupiers"),
    pytest.param("Hassan Nasrallah declared that the Israeli army would pay the price for the "
                 "crime.",
                 ("THREATEN", {"Hassan Nasrallah"}, {"Israel Defense Forces"}),
                 "Analysts said consumers would pay a higher price for fuel.",
                 ("THREATEN", set(), set()), id="will-pay-the-price-for-the-crime"),
    pytest.param("Asaib Ahl al-Haq warned that any Israeli attack would be met with a crushing "
                 "response.",
                 ("THREATEN", {"Asa'ib Ahl al-Haq"}, {"Israel"}),
                 "The ministry said the request would be met with a formal reply.",
                 ("THREATEN", set(), set()), id="will-be-met-with-a-response"),
    # each reported clause counts: "said that A and that B must ..."
    pytest.param("The spokesman said the resistance had never sought permission and that the "
                 "Turkish troops must leave Iraq.",
                 ("REQUEST", set(), {"Turkey"}),
                 "The spokesman said the talks had gone well and that the delegation will return "
                 "next week.",
                 ("REQUEST", set(), set()), id="said-a-and-that-b-must"),
    # "insist that" + a subjunctive demands; + an indicative clause claims
    pytest.param("Baghdad insisted that Turkish troops leave the camp.",
                 ("REQUEST", {"Iraq"}, {"Turkey"}),
                 "Iraqi officials insisted that the Turkish base had been empty for months.",
                 ("REQUEST", set(), set()), id="insist-that-a-fact-is-no-demand"),
    # a claim judged false is denied, aimed at its author; a report told to the press is asserted
    pytest.param("Iraq's national security adviser told reporters that the Turkish account was "
                 "baseless.",
                 ("REJECT", {"Qasim al-Araji"}, {"Turkey"}),
                 "The Iraqi spokesman said the Iranian claims were not false.",
                 ("REJECT", set(), set()), id="the-account-was-baseless"),
    # the victims inside a judgement are not the accused
    pytest.param("Baghdad described the Turkish strikes as an assault on Iraqi sovereignty.",
                 ("ACCUSE", {"Iraq"}, {"Turkey"}),
                 "The Iraqi foreign ministry called the Turkish bombardment a crime against Iraqi "
                 "civilians.",
                 ("ACCUSE", set(), {"Iraqi civilians"}), id="a-crime-against-x-names-the-victim"),
    # a headline label the parse does not see
    pytest.param("Sudani calls Turkish shelling a violation of sovereignty",
                 ("ACCUSE", {"Mohammed Shia al-Sudani"}, {"Turkey"}),
                 "Sudani calls Erdogan to discuss the border attacks",
                 ("ACCUSE", set(), set()), id="headline-calls-x-a-crime"),
    pytest.param("Sudani calls Turkish shelling a violation of sovereignty",
                 ("ACCUSE", {"Mohammed Shia al-Sudani"}, set()),
                 "Sudani calls Turkish shelling a violation of sovereignty",
                 ("ASSAULT", {"Mohammed Shia al-Sudani"}, set()),
                 id="the-judged-act-is-not-the-speakers"),
    # pulling one's envoy out of a capital is a diplomatic sanction, not a retreat
    pytest.param("Jordan pulled its envoy out of Damascus on Monday over the shelling.",
                 ("SANCTION", {"Jordan"}, {"Syria"}),
                 "Jordan pulled its envoy out of Damascus on Monday over the shelling.",
                 ("RETREAT", {"Jordan"}, set()), id="pulled-its-ambassador-out"),
    # a member "for" / "from" an organisation speaks for it; a place is no organisation
    pytest.param("A spokesman for Asaib Ahl al-Haq dismissed claims on Monday that Iraqi "
                 "factions were behind the drone attack on the embassy.",
                 ("REJECT", {"Asa'ib Ahl al-Haq"}, set()),
                 "A commander from Basra threatened the protesters.",
                 ("THREATEN", {"Basra"}, set()), id="a-spokesman-for-x"),
    # a title with the name in apposition, or parsed as a second subject: the name acts
    pytest.param("Pro-Iran faction Kataib Hezbollah warned Iraqi police to leave the area.",
                 ("THREATEN", {"Kata'ib Hezbollah"}, set()),
                 "Pro-Iran faction Kataib Hezbollah warned Iraqi police to leave the area.",
                 ("THREATEN", {"Iran-backed militias"}, set()), id="class-noun-then-name"),
    pytest.param("From Kufa, the Shiite cleric Muqtada al-Sadr urged the armed factions to disarm.",
                 ("REQUEST", {"Muqtada al-Sadr"}, set()),
                 "In Basra, Shiite clerics urged the armed factions to disarm.",
                 ("REQUEST", {"Muqtada al-Sadr"}, set()), id="the-cleric-x"),
]


@pytest.mark.parametrize(("pos", "want", "neg", "unwanted"), CLASSES)
def test_speech_act_classes(ctx, pos: str, want: tuple, neg: str, unwanted: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    got = _coded(ctx, pos)
    assert _has(got, *want), got
    bad = _coded(ctx, neg)
    assert not _has(bad, *unwanted), bad
