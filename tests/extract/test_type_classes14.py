"""Table tests of the type classes of round 12 (types14): the type a trigger is coded as when
its wording tells another act than the verb alone. A report of what a party used for a hostile
act, or of its part in planning and carrying one out, accuses that party; troops sent for
peacekeeping and borders opened to refugees are help (AID), not a deployment or an opening.
Each row pairs a sentence that must give an event with a close sentence that must not give that
reading, so an extractor that returns nothing fails every row. Aid counted by its worth is aid,
a call made to voice support is that support, a claim countered by another party ("but Y
insist that ...") is rejected by it, war games are a show of force, no war, people held as human shields are hostages, an attack on a decision is criticism, and a commitment reinforced no deployment. Sentences written for these
tests (not from any set).
"""

from __future__ import annotations

import pytest

from tests.extract.coding import near_miss

# (positive sentence, (type, actors, targets) it must give,
#  negative sentence, (type, actors, targets) it must NOT give)
CLASSES = [
    # a part in planning AND carrying out attacks: the conjoined gerund names the act
    pytest.param("Turkey said the PKK was actively involved in planning and carrying out "
                 "attacks on its soldiers.", ("ACCUSE", {"Turkey"}, {"PKK"}),
                 "Turkey said the PKK was actively involved in planning and carrying out the "
                 "talks with its envoys.", ("ACCUSE", set(), set()),
                 id="involved-in-planning-and-carrying-out"),
    # what a party used to launch attacks: the user is accused
    pytest.param("The Jordanian army said the militias had used the farms to launch drone "
                 "attacks on its patrols.", ("ACCUSE", {"Jordan"}, {"Iran-backed militias"}),
                 "The Jordanian army said the militias had used the farms to grow wheat.",
                 ("ACCUSE", set(), set()), id="used-x-to-launch-attacks"),
    pytest.param("Iran said Mossad had used the house to plan terrorist acts against the "
                 "country.", ("ACCUSE", {"Iran"}, {"Mossad"}),
                 "Iran said Mossad had not used the house to plan terrorist acts against the "
                 "country.", ("ACCUSE", set(), set()), id="used-x-to-plan-terrorist-acts"),
    # a use feared or set as a condition accuses no one
    pytest.param("The Jordanian army said the militias had used the farms to launch drone "
                 "attacks on its patrols.", ("ACCUSE", {"Jordan"}, set()),
                 "The Jordanian army said the militias would use the farms to launch drone "
                 "attacks on its patrols.", ("ACCUSE", set(), set()), id="a-use-foretold"),
    pytest.param("Iran said Mossad had used the house to plan terrorist acts against the "
                 "country.", ("ACCUSE", {"Iran"}, set()),
                 "Iran warned that any state which lets its soil be used for an attack on the "
                 "country will be a target.", ("ACCUSE", set(), set()),
                 id="any-state-whose-soil-is-used"),
    # told in the passive: the places used stand for their owner, and attacked no one
    pytest.param("Israel claimed that the militia sites were used for rocket attacks on its "
                 "towns.", ("ACCUSE", {"Israel"}, {"the militia sites"}),
                 "Israel claimed that the militia sites were used for rocket attacks on its "
                 "towns.", ("ASSAULT", {"the militia sites"}, set()),
                 id="sites-were-used-for-attacks"),
    pytest.param("Israel claimed that the militia sites were used for rocket attacks on its "
                 "towns.", ("ACCUSE", {"Israel"}, set()),
                 "Israel claimed that the militia sites were used for storing grain.",
                 ("ACCUSE", set(), set()), id="sites-used-for-storage-accuse-no-one"),
    # troops sent for peacekeeping protect; troops sent to a border mobilise
    pytest.param("Ireland is sending troops to the UN peacekeeping force in Lebanon.",
                 ("AID", {"Ireland"}, set()),
                 "Ireland is sending troops to the border with Lebanon.",
                 ("AID", set(), set()), id="troops-to-a-peacekeeping-force"),
    pytest.param("Germany deployed soldiers as peacekeepers in Kosovo.",
                 ("AID", {"Germany"}, set()),
                 "The US sent troops to Syria to fight the militants after the peacekeeping "
                 "force left.", ("AID", set(), set()), id="deployed-as-peacekeepers"),
    pytest.param("Ireland is sending troops to the border with Lebanon.",
                 ("MOBILIZE", {"Ireland"}, set()),
                 "Ireland is sending troops to the UN peacekeeping force in Lebanon.",
                 ("MOBILIZE", set(), set()), id="a-deployment-stays-a-deployment"),
    # borders opened to refugees shelter them; opened to trucks they open access
    pytest.param("Turkey opened its borders to refugees fleeing the war.",
                 ("AID", {"Turkey"}, {"refugees"}),
                 "Turkey opened its borders to trucks carrying fuel.",
                 ("AID", set(), set()), id="borders-opened-to-refugees"),
    pytest.param("Turkey opened its borders to trucks carrying fuel.",
                 ("RETREAT", {"Turkey"}, set()),
                 "Turkey opened its borders to refugees fleeing the war.",
                 ("RETREAT", set(), set()), id="borders-opened-to-trade"),
    # aid counted by its value or lot is aid ("$2 million worth of medicine")
    pytest.param("Kuwait handed over more than $2 million worth of medicines and tents to "
                 "Jordan.",
                 ("AID", {"Kuwait"}, {"Jordan"}),
                 "Kuwait handed over the border crossing to Jordan.",
                 ("AID", set(), set()), id="worth-of-aid-handed-over"),
    # a call made to voice support is the support; a call to discuss is a consultation
    pytest.param("The Turkish president phoned Putin to congratulate him on his victory.",
                 ("SUPPORT", {"Recep Tayyip Erdoğan"}, {"Putin"}),
                 "The Turkish president phoned Putin to congratulate him on his victory.",
                 ("CONSULT", set(), set()), id="call-to-congratulate"),
    pytest.param("The Jordanian king called the Iraqi prime minister to offer his condolences "
                 "after the fire.", ("SUPPORT", {"Jordan"}, set()),
                 "The Jordanian king called the Iraqi prime minister to offer help after the "
                 "fire.", ("SUPPORT", set(), set()), id="call-to-offer-condolences"),
    pytest.param("The Turkish president phoned Putin to discuss the war in Syria.",
                 ("CONSULT", {"Recep Tayyip Erdoğan"}, {"Putin"}),
                 "The Turkish president phoned Putin to discuss the war in Syria.",
                 ("SUPPORT", set(), set()), id="call-to-discuss"),
    # a claim countered in the same sentence by another party is rejected by it
    pytest.param("Turkey claimed its jets had struck PKK bases, but the Kurdistan Regional "
                 "Government maintains that only farmers lived there.",
                 ("REJECT", {"Kurdistan Regional Government"}, {"Turkey"}),
                 "Turkey claimed its jets had struck PKK bases, and the Kurdistan Regional "
                 "Government said that the strikes hit two villages.",
                 ("REJECT", set(), set()), id="claim-countered-with-but"),
    pytest.param("Iran said the talks had gone well, but Iraqi officials insist that the "
                 "envoy left early.", ("REJECT", set(), {"Iran"}),
                 "Iran said the talks had gone well, but Iraqi officials said the next round "
                 "would be in Baghdad.", ("REJECT", set(), set()),
                 id="a-contrast-is-no-rebuttal"),
    # war games and war drills are a show of force (joint ones cooperation), no attack
    pytest.param("Iran launched war drills near the Strait of Hormuz.",
                 ("MOBILIZE", {"Iran"}, set()),
                 "Iran launched war drills near the Strait of Hormuz.",
                 ("ASSAULT", set(), set()), id="war-drills-are-no-war"),
    pytest.param("Iran and Russia launched joint war exercises in the Gulf.",
                 ("COOPERATE", {"Iran"}, {"Russia"}),
                 "Iran and Russia launched joint war exercises in the Gulf.",
                 ("ASSAULT", set(), set()), id="joint-war-exercises"),
    pytest.param("Iran launched missiles at the US base during the drills.",
                 ("ASSAULT", {"Iran"}, {"United States"}),
                 "Iran launched war games near the US base.",
                 ("ASSAULT", set(), set()), id="an-attack-during-drills-stays"),
    # people held or used as human shields are hostages; a missile shield takes no one
    pytest.param("The Islamic State held thousands of civilians as human shields in Mosul.",
                 ("ASSAULT", {"Islamic State"}, {"civilians"}),
                 "Israel used its missile shield to stop the Houthi drones.",
                 ("ASSAULT", set(), set()), id="human-shields"),
    # an attack noun aimed at a decision or a law is criticism of its author
    pytest.param("Sadr launched a fierce attack on the Iraqi government's decision to host "
                 "US troops.", ("ACCUSE", {"Sadr"}, {"Iraqi government"}),
                 "Sadr launched a fierce attack on the Iraqi government's decision to host "
                 "US troops.", ("ASSAULT", set(), set()), id="attack-on-a-decision"),
    pytest.param("Kataib Hezbollah launched an attack on the US embassy in Baghdad.",
                 ("ASSAULT", {"Kata'ib Hezbollah"}, set()),
                 "Kataib Hezbollah launched an attack on the US embassy in Baghdad.",
                 ("ACCUSE", set(), set()), id="attack-on-an-embassy-stays"),
    # a commitment reinforced is no deployment; a contribution of money is aid
    pytest.param("Iran reinforced its positions on the border with Iraq.",
                 ("MOBILIZE", {"Iran"}, set()),
                 "Norway has reinforced its commitment to Syrian refugees in Lebanon with a "
                 "contribution of 20 million euros.", ("MOBILIZE", set(), set()),
                 id="reinforced-a-commitment"),
    pytest.param("Norway made a contribution of 20 million euros to the UN refugee agency.",
                 ("AID", {"Norway"}, set()),
                 "Norway praised the contribution of the UN refugee agency.",
                 ("AID", set(), set()), id="a-contribution-of-money"),
]


@pytest.mark.parametrize(("pos", "want", "neg", "unwanted"), CLASSES)
def test_type_classes14(ctx, pos: str, want: tuple, neg: str, unwanted: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    near_miss(ctx, pos, want, neg, unwanted)
