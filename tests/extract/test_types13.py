"""Table tests of the type confusions of round 13 (types13): wording that a lone trigger codes as
one PLOVER type while the sentence tells another act. An own attack announced to go on through
a verb of aspect is a threat, not an attack done; a price promised to those responsible is a
threat; an expectation of compliance is a demand, and duties met
are no meeting; an order of military action is no deployment; a participle that tells someone's
role ("a contractor working with X", "a base hosting Y") is no cooperation and no visit; a
campaign vowed is a threat (not an agreement); a word of a proper name ("the Popular
Mobilisation") is no trigger; a truce agreed to is AGREE; a cease-fire split by the tokenizer is a ceasefire; permission given
concedes; a decision
taken ("has decided to lift the sanctions") is the act decided in the PLV pair task, no intent.
Each row pairs a sentence that must give an event with a close sentence that must not give that
reading, so an extractor that returns nothing fails every row. Sentences written for these tests
(not from any set).
"""

from __future__ import annotations

import pytest

from brinkwatch.extract.pairs import classify_pair
from tests.extract.coding import near_miss

# (positive sentence, (type, actors, targets) it must give,
#  negative sentence, (type, actors, targets) it must NOT give)
CLASSES = [
    # an own attack announced to go on, through a verb of aspect: a threat, no attack done
    pytest.param(
        "The Houthis said they would keep attacking Israeli ships until the siege ends.",
        ("THREATEN", {"Houthis"}, {"Israel"}),
        "The Houthis said they would keep attacking Israeli ships until the siege ends.",
        ("ASSAULT", set(), set()),
        id="would-keep-attacking-is-a-threat",
    ),
    pytest.param(
        "The PKK said it would continue attacking Turkish outposts in the mountains.",
        ("THREATEN", {"PKK"}, {"Turkey"}),
        "The PKK said it had kept attacking Turkish outposts for a decade.",
        ("THREATEN", set(), set()),
        id="kept-attacking-is-no-threat",
    ),
    # a price promised to those responsible: a threat beside the condemnation
    pytest.param(
        "The Jordanian king condemned the bombing and promised that those responsible "
        "would pay a heavy price.",
        ("THREATEN", {"Jordan"}, set()),
        "The Jordanian king condemned the bombing and promised that those responsible "
        "would be named.",
        ("THREATEN", set(), set()),
        id="those-responsible-will-pay",
    ),
    pytest.param(
        "The Kuwaiti emir pledged that those responsible would face a harsh punishment.",
        ("THREATEN", {"Kuwait"}, set()),
        "The Kuwaiti emir pledged that the families would face no charges.",
        ("THREATEN", set(), set()),
        id="pledged-those-responsible-face",
    ),
    # an expectation of compliance is a demand; a forecast is none
    pytest.param(
        "The spokesman said Tehran expects the Kuwaiti government to meet its "
        "obligations and stop the smugglers.",
        ("REQUEST", {"Iran"}, {"Kuwait"}),
        "Analysts expect Iran to retaliate against Israel within days.",
        ("REQUEST", set(), set()),
        id="expects-x-to-meet-obligations",
    ),
    pytest.param(
        "Washington expects the government of Lebanon to honour its commitments.",
        ("REQUEST", {"United States"}, {"Lebanon"}),
        "Economists expect the Lebanese government to devalue the pound again.",
        ("REQUEST", set(), set()),
        id="expects-government-of-x-to-honour",
    ),
    # duties met: no meeting
    pytest.param(
        "The Kuwaiti minister met his Jordanian counterpart in Amman.",
        ("CONSULT", {"Kuwait"}, {"Jordan"}),
        "The Kuwaiti government met its obligations to Jordan on time.",
        ("CONSULT", set(), set()),
        id="met-obligations-is-no-meeting",
    ),
    # an order of military action: the action is the event, no deployment
    pytest.param(
        "The French president ordered two warships to the eastern Mediterranean.",
        ("MOBILIZE", {"France"}, set()),
        "The first military action ordered by the French president struck a depot in Mali.",
        ("MOBILIZE", set(), set()),
        id="ordered-action-is-no-deployment",
    ),
    # a campaign vowed: a threat, not an agreement; a peaceful one is neither
    pytest.param(
        "The Houthis vowed more operations against Israeli ships.",
        ("THREATEN", {"Houthis"}, {"Israel"}),
        "The Houthis vowed more operations against Israeli ships.",
        ("AGREE", set(), set()),
        id="vowed-operations-is-a-threat",
    ),
    pytest.param(
        "The Houthis vowed that their operations against Israel would continue until the siege "
        "ends.",
        ("THREATEN", {"Houthis"}, {"Israel"}),
        "The charity vowed more relief operations against hunger in Yemen.",
        ("THREATEN", set(), set()),
        id="vowed-relief-operations-is-no-threat",
    ),
    # a word of a proper name is no trigger ("the Popular Mobilisation"); the common noun is
    pytest.param(
        "Jordan announced a general mobilisation of its reserves.",
        ("MOBILIZE", {"Jordan"}, set()),
        "The Turkish jets targeted a post of the Kurdish Mobilisation near Zakho that had guarded "
        "the border.",
        ("MOBILIZE", set(), set()),
        id="name-word-is-no-trigger",
    ),
    # a ceasefire agreed to is AGREE (ceasefire), a deal agreed stays a formal agreement
    pytest.param(
        "Armenia and Azerbaijan agreed to a truce.",
        ("AGREE", {"Armenia"}, {"Azerbaijan"}),
        "Armenia and Azerbaijan agreed a deal on water.",
        ("AGREE", set(), set()),
        id="agreed-to-a-truce",
    ),
    # "cease-fire" split by the tokenizer is the ceasefire of the lexicon
    pytest.param(
        "The Yemeni president announced a weeklong cease-fire with the Houthis.",
        ("RETREAT", {"Yemen"}, set()),
        "The Yemeni president announced a weeklong fire-safety campaign with the Houthis.",
        ("RETREAT", set(), set()),
        id="hyphenated-cease-fire",
    ),
    # permission or access given is a concession; a report given is none
    pytest.param(
        "Oman had given the French navy permission to use its ports.",
        ("CONCEDE", {"Oman"}, {"France"}),
        "Oman had given the French navy a report on its ports.",
        ("CONCEDE", set(), set()),
        id="gave-permission-concedes",
    ),
    # roles told by a participle
    pytest.param(
        "Jordan hosted the Iranian foreign minister on Sunday.",
        ("CONSULT", {"Jordan"}, set()),
        "Hezbollah warned civilians to keep away from any Jordanian base hosting Americans.",
        ("CONSULT", set(), set()),
        id="base-hosting-is-no-visit",
    ),
    pytest.param(
        "Turkey worked with the coalition against the smugglers.",
        ("COOPERATE", {"Turkey"}, set()),
        "A Turkish engineer working with the coalition was wounded in the blast.",
        ("COOPERATE", set(), set()),
        id="engineer-working-with-is-no-cooperation",
    ),
]


@pytest.mark.parametrize(("pos", "want", "neg", "not_want"), CLASSES)
def test_type_classes13(ctx, pos, want, neg, not_want) -> None:  # type: ignore[no-untyped-def]
    near_miss(ctx, pos, want, neg, not_want)


# PLV pairs: (sentence, source, target, root it must give (None: any), root it must not give)
PAIRS = [
    pytest.param(
        "Kuwait has decided to lift the sanctions imposed on Jordan.",
        "Kuwait",
        "Jordan",
        "YIELD",
        "AGREE",
        id="decided-to-lift-yields",
    ),
    pytest.param(
        "Qatar decided to expel the Iranian ambassador.",
        "Qatar",
        "the Iranian ambassador",
        "SANCTION",
        "THREATEN",
        id="decided-to-expel",
    ),
    pytest.param(
        "Kuwait will decide whether to lift the sanctions imposed on Jordan.",
        "Kuwait",
        "Jordan",
        None,
        "YIELD",
        id="will-decide-is-no-decision",
    ),
]


@pytest.mark.parametrize(("text", "source", "target", "root", "not_root"), PAIRS)
def test_decided_pairs13(ctx, text, source, target, root, not_root) -> None:  # type: ignore[no-untyped-def]
    s, t = text.index(source), text.index(target)
    got, _ = classify_pair(ctx.nlp(text), (s, s + len(source)), (t, t + len(target)))
    assert got != not_root and (root is None or got == root)
