"""Table tests of speech-act classes (round 9, speech11): threats, rejections, accusations and
requests worded in ways a reporting verb alone does not catch. Each row pairs a sentence that
must give an event with a close sentence that must not give the wrong reading, so an extractor
that returns nothing fails every row. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.coding import near_miss

# (positive sentence, (type, actors, targets) it must give,
#  negative sentence, (type, actors, targets) it must NOT give)
CLASSES = [
    # a response threatened, vowed or promised: aimed at the author of the act it answers
    pytest.param("Pyongyang threatened a merciless response to the naval drills by Washington.",
                 ("THREATEN", set(), {"United States"}),
                 "Pyongyang welcomed the response to the naval drills by Washington.",
                 ("THREATEN", set(), set()), id="threatened-a-response-to-x-act"),
    pytest.param("The armed factions promised a crushing response to any Israeli aggression.",
                 ("THREATEN", set(), {"Israel"}),
                 "The armed factions promised a detailed response to the Israeli proposal.",
                 ("THREATEN", set(), {"Israel"}), id="promised-a-response-to-aggression"),
    pytest.param("Kata'ib Hezbollah swore to avenge the fighters killed in the American raid.",
                 ("THREATEN", {"Kata'ib Hezbollah"}, {"United States"}),
                 "Kata'ib Hezbollah buried the fighters killed in the American raid.",
                 ("THREATEN", set(), set()), id="avenge-the-victims-of-x-raid"),
    # ultimatums: a span of time, "until", or a deadline given to a party to do something
    pytest.param("Asa'ib Ahl al-Haq gave the American embassy 72 hours to leave Baghdad.",
                 ("THREATEN", {"Asa'ib Ahl al-Haq"}, {"United States"}),
                 "Asa'ib Ahl al-Haq gave the American embassy a list of demands.",
                 ("THREATEN", set(), set()), id="gave-x-hours-to-leave"),
    pytest.param("The tribal council gave Baghdad until Sunday to free the detained sheikhs.",
                 ("THREATEN", set(), {"Iraq"}),
                 "The tribal council met Baghdad's envoy until Sunday.",
                 ("THREATEN", set(), set()), id="gave-x-until-a-day-to-act"),
    pytest.param("Hezbollah set a deadline for Israel to pull out of the five hills.",
                 ("THREATEN", {"Hezbollah"}, {"Israel"}),
                 "Hezbollah did not set a deadline for Israel to pull out of the five hills.",
                 ("THREATEN", set(), set()), id="set-a-deadline-for-x-to-act"),
    pytest.param("Israel must free the prisoners or face the consequences, Hamas said.",
                 ("THREATEN", {"Hamas"}, {"Israel"}),
                 "Israel must free the prisoners, Hamas said.",
                 ("THREATEN", set(), set()), id="must-act-or-face"),
    # force not ruled out (decided: a threat, CAMEO 13); talks not ruled out are none
    pytest.param("Israel's defence minister refused to rule out strikes on Iranian oil sites.",
                 ("THREATEN", set(), {"Iran"}),
                 "Israel's defence minister refused to rule out talks with Iranian officials.",
                 ("THREATEN", set(), set()), id="refused-to-rule-out-strikes"),
    pytest.param("Ankara did not rule out military action against the PKK in Sinjar.",
                 ("THREATEN", {"Turkey"}, set()),
                 "Ankara ruled out military action against the PKK in Sinjar.",
                 ("THREATEN", set(), set()), id="did-not-rule-out-military-action"),
    # a break announced by a warning or on a hostile condition; a conditional promise is none
    pytest.param("Iraq said it would recall its ambassador from Ankara unless the shelling "
                 "stopped.", ("THREATEN", {"Iraq"}, {"Turkey"}),
                 "Iraq said it would recall its ambassador from Ankara for consultations.",
                 ("THREATEN", set(), set()), id="recall-unless-the-shelling-stops"),
    pytest.param("Tehran warned that it would quit the nuclear talks with Washington.",
                 ("THREATEN", {"Iran"}, {"United States"}),
                 "Tehran said it would withdraw its delegation if the hosts asked.",
                 ("THREATEN", set(), set()), id="warned-it-would-quit-vs-conditional-promise"),
    # a reported threat about a party named with "said of"
    pytest.param('"We will hit their bases," the Houthi leader said of the American forces.',
                 ("THREATEN", set(), {"U.S. military"}),
                 '"We will visit their bases," the Houthi leader said of the American forces.',
                 ("THREATEN", set(), set()), id="threat-said-of-x"),
    # a claim named false: a rejection of its author, not a phone call or an accusation
    pytest.param("The Iraqi foreign ministry called the Turkish report fabricated.",
                 ("REJECT", {"Iraqi Ministry of Foreign Affairs"}, {"Turkey"}),
                 "The Iraqi foreign ministry called the Turkish ambassador on Monday.",
                 ("REJECT", set(), set()), id="called-a-report-fabricated"),
    pytest.param("Tehran described the American accusations as lies.",
                 ("REJECT", {"Iran"}, {"United States"}),
                 "Tehran described the American accusations in detail.",
                 ("REJECT", set(), set()), id="described-accusations-as-lies"),
    # blame laid by a gesture or in a reported clause
    pytest.param("Riyadh pointed the finger at Tehran for the attack on the tanker.",
                 ("ACCUSE", {"Saudi Arabia"}, {"Iran"}),
                 "Riyadh pointed to Tehran's role in the talks.",
                 ("ACCUSE", set(), set()), id="pointed-the-finger-at-x"),
    pytest.param("The Kurdish government charged that Turkish jets had bombed a refugee camp.",
                 ("ACCUSE", set(), {"Turkey"}),
                 "The Kurdish government charged its own officials with fraud.",
                 ("ACCUSE", set(), {"Turkey"}), id="charged-that-x-had-bombed"),
    # the speaker of a clause opened by "in a statement/speech ..."
    pytest.param("In a statement blaming Israel for the killing, Hamas called for a general "
                 "strike.", ("ACCUSE", {"Hamas"}, {"Israel"}),
                 "In a statement about the killing, Hamas called for a general strike.",
                 ("ACCUSE", set(), set()), id="in-a-statement-blaming-x"),
    # a person denying something of himself refuses no one; a denial of a charge is coded
    pytest.param("The general denied that he had ordered the shelling of the village.",
                 ("REJECT", set(), set()),
                 "The foreign minister denied that he planned to resign.",
                 ("REJECT", set(), set()), id="denied-a-charge-vs-denied-a-plan"),
    pytest.param("The Sadrist movement gave the ministry until May to hand over the files.",
                 ("THREATEN", set(), {"the ministry"}),
                 "The Sadrist movement gave the ministry two weeks to write its report.",
                 ("THREATEN", set(), set()), id="ultimatum-needs-an-act-of-compliance"),
    # a refusal of a party's presence, terms or offer is aimed at that party
    pytest.param("Damascus will not accept any Turkish presence on Syrian soil.",
                 ("REJECT", {"Syria"}, {"Turkey"}),
                 "Damascus will accept the Turkish presence on Syrian soil.",
                 ("REJECT", set(), set()), id="will-not-accept-x-presence"),
    # a claim said to have no truth: a denial of whoever made it
    pytest.param("There is no basis for the Turkish claims, the Iraqi ministry said.",
                 ("REJECT", set(), {"Turkey"}),
                 "There is no basis for optimism, the Iraqi ministry said.",
                 ("REJECT", set(), set()), id="no-basis-for-x-claims"),
    # a rejection of criticism answers the critic the story tells
    pytest.param("Turkish jets bombed PKK hideouts in Duhok. Baghdad condemned the raids. "
                 "The Turkish defence ministry rejected the criticism.",
                 ("REJECT", set(), {"Iraq"}),
                 "Turkish jets bombed PKK hideouts in Duhok. Baghdad condemned the raids. "
                 "The Turkish defence ministry rejected the new budget.",
                 ("REJECT", set(), {"Iraq"}), id="rejected-the-criticism-of-the-critic"),
    # the one asked in the passive; the act one is warned off is not done
    pytest.param("Damascus was urged by Moscow to withdraw its heavy weapons.",
                 ("REQUEST", {"Russia"}, {"Syria"}),
                 "Damascus was visited by Moscow's envoy.",
                 ("REQUEST", set(), set()), id="was-urged-by-x-to"),
    pytest.param("Tehran warned Baghdad not to sign the security pact with Washington.",
                 ("THREATEN", {"Iran"}, {"Iraq"}),
                 "Tehran warned Baghdad not to sign the security pact with Washington.",
                 ("AGREE", {"Iraq"}, set()), id="warned-x-not-to-sign"),
    # an accusation noun's clause names the accused
    pytest.param("Tehran's accusation that Washington armed the rebels drew a sharp reply.",
                 ("ACCUSE", {"Iran"}, {"United States"}),
                 "Tehran's hope that Washington would join the talks drew a sharp reply.",
                 ("ACCUSE", set(), set()), id="accusation-that-x-did"),
    pytest.param("Washington's accusation that Tehran armed the rebels drew a sharp reply.",
                 ("ACCUSE", {"United States"}, {"Iran"}),
                 "Tehran rejected Washington's accusation that it armed the rebels.",
                 ("ACCUSE", {"United States"}, {"Iran"}), id="a-rejected-accusation-is-answered"),
    # a warning that any attack will be answered by force; an envoy summoned in the passive
    pytest.param('"Any strike on our bases will be met with a crushing response," the '
                 'Iranian army said.', ("THREATEN", {"Iranian armed forces"}, set()),
                 '"Any strike on our bases will be met with a formal complaint," the '
                 'Iranian army said.', ("THREATEN", set(), set()), id="met-with-a-response"),
    pytest.param("The Turkish ambassador was summoned by the Iraqi foreign ministry.",
                 ("ACCUSE", {"Iraqi Ministry of Foreign Affairs"}, {"Turkey"}),
                 "The Turkish ambassador was received by the Iraqi foreign ministry.",
                 ("ACCUSE", set(), set()), id="envoy-summoned-in-the-passive"),
    # a side's own force announced on a hostile condition is a threat; a forecast is not
    pytest.param("Turkey's president said Ankara would launch a ground offensive in Syria if "
                 "the attacks on its border posts continued.", ("THREATEN", {"Turkey"}, set()),
                 "Analysts said Ankara would launch a ground offensive in Syria if the attacks "
                 "on its border posts continued.", ("THREATEN", {"Turkey"}, set()),
                 id="own-force-on-a-hostile-condition"),
]


@pytest.mark.parametrize(("pos", "want", "neg", "unwanted"), CLASSES)
def test_speech_classes(ctx, pos: str, want: tuple, neg: str, unwanted: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    near_miss(ctx, pos, want, neg, unwanted)
