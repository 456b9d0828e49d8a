"""Required events the coder missed (round 14, recall14, issue #7): each class of wording as a
positive row (the event, with its actor and target, must come out as the scorer counts it) and
a near miss (it must not). Our own sentences, about made-up or generic episodes.

- A named side's answer by force announced by a voice the KB knows: "the Pentagon said the
  United States would respond", "Tehran's foreign minister warned that Iran will hit back",
  and an answer coordinated after another act ("would defend its troops and respond") threaten;
  a forecast by a generic voice ("analysts said Iran would respond") and an answer to a
  request ("respond to the letter") do not.
- Relief from sanctions ended ("ended / cancelled / scrapped the waiver that let Iraq pay
  Iran") sanctions the party it let act; a relief extended does not.
- "X was to blame for the attack" accuses X (as "X was responsible for" did); "was not to
  blame" does not.
- A relief withheld ("did not renew the waiver", "refused to extend the exemption that let X
  ...") sanctions the party it let act; one renewed eases (CONCEDE), and a refusal to extend
  anything else ("the deadline") stays a refusal.
- A demand whose bare verb the parser reads as a noun ("demanded that Washington reconsider",
  "that the governor resign"): the one asked is that verb's subject, read as its compound.
- Armed men or vehicles ringing a place ("armed fighters surrounded the Green Zone")
  mobilise; a crowd or reporters doing it do not.
- A vow to catch the unnamed doers of a deed ("pledged to hunt down the killers", "vowed to
  pursue the perpetrators") threatens them: those nouns name actors.
- A weapon coming down "in" a site hit it ("a rocket landed in the Green Zone", "shells fell
  in the compound"); open ground is no target, and an aircraft landing is no attack."""

from __future__ import annotations

import pytest

from tests.extract.coding import near_miss

pytest.importorskip("spacy")

# (positive sentence, (type, actors, targets) it must give,
#  near miss, (type, actors, targets) it must NOT give)
CLASSES = [
    pytest.param("The Pentagon said the United States would respond at a time of its choosing.",
                 ("THREATEN", {"U.S. Department of Defense"}, set()),
                 "Analysts said the United States would respond at a time of its choosing.",
                 ("THREATEN", set(), set()), id="named-side-answer-forecast-by-analysts"),
    pytest.param("Iran's foreign minister warned that Tehran will respond forcefully to any "
                 "aggression by Israel.",
                 ("THREATEN", set(), {"Israel"}),
                 "Iran's foreign minister said Tehran would respond to the letter soon.",
                 ("THREATEN", set(), set()), id="named-side-answer-to-a-letter"),
    pytest.param("Defense Secretary Lloyd Austin said America will hit back hard.",
                 ("THREATEN", {"Lloyd Austin"}, set()),
                 "Defense Secretary Lloyd Austin said America will hit back hard.",
                 ("ACCUSE", set(), set()), id="named-side-hits-back-no-rebuke"),
    pytest.param("The Pentagon condemned the strike and said the United States would respond.",
                 ("THREATEN", {"U.S. Department of Defense"}, set()),
                 "Analysts condemned the strike and said the United States would respond.",
                 ("THREATEN", set(), set()), id="named-side-answer-after-a-condemnation"),
    pytest.param("The defense secretary said Washington would defend its troops and respond "
                 "as needed.",
                 ("THREATEN", set(), set()),
                 "The embassy said Washington would respond positively to the invitation.",
                 ("THREATEN", set(), set()), id="answer-coordinated-after-defence"),
    pytest.param("The United States ended the sanctions waiver that allowed Iraq to buy "
                 "Iranian electricity.",
                 ("SANCTION", {"United States"}, {"Iraq"}),
                 "The United States extended the waiver that allowed Iraq to buy Iranian "
                 "electricity.",
                 ("SANCTION", set(), set()), id="relief-ended-vs-extended"),
    pytest.param("The State Department scrapped the sanctions exemption letting Iraq import "
                 "Iranian gas.",
                 ("SANCTION", {"U.S. Department of State"}, {"Iraq"}),
                 "The State Department granted the exemption letting Iraq import Iranian gas.",
                 ("SANCTION", set(), set()), id="relief-scrapped-vs-granted"),
    pytest.param("Blinken said the Houthis were to blame for the attack on the ship.",
                 ("ACCUSE", {"Antony Blinken"}, {"Houthis"}),
                 "Blinken said the Houthis were not to blame for the attack on the ship.",
                 ("ACCUSE", {"Antony Blinken"}, {"Houthis"}), id="to-blame-vs-not"),
    pytest.param("Esper said Kataib Hezbollah was to blame for the rocket attack on the base.",
                 ("ACCUSE", {"Mark Esper"}, {"Kata'ib Hezbollah"}),
                 "The minister said the heat was to blame for the power cuts.",
                 ("ACCUSE", set(), set()), id="to-blame-vs-no-hostile-act"),
    pytest.param("The United States did not extend the waiver that lets Iraq import Iranian "
                 "gas.",
                 ("SANCTION", {"United States"}, {"Iraq"}),
                 "The United States renewed the waiver for Iraq for another 120 days.",
                 ("SANCTION", set(), set()), id="relief-not-renewed-vs-renewed"),
    pytest.param("The State Department declined to extend the sanctions waiver that allowed "
                 "Iraq to pay Iran.",
                 ("SANCTION", {"U.S. Department of State"}, {"Iraq"}),
                 "The council refused to extend the deadline for the elections.",
                 ("SANCTION", set(), set()), id="relief-refused-vs-deadline"),
    pytest.param("The ministry demanded that Washington reconsider.",
                 ("REQUEST", set(), {"United States"}),
                 "The ministry said that Washington would reconsider.",
                 ("REQUEST", set(), set()), id="subjunctive-demand-vs-forecast"),
    pytest.param("Hundreds of armed fighters of Kataib Hezbollah surrounded the Green Zone on "
                 "Wednesday.",
                 ("MOBILIZE", {"Kata'ib Hezbollah"}, set()),
                 "Protesters surrounded the parliament building on Friday.",
                 ("MOBILIZE", set(), set()), id="armed-ring-vs-crowd"),
    pytest.param("Kadhimi pledged to hunt down the killers of the activist.",
                 ("THREATEN", {"Mustafa al-Kadhimi"}, set()),
                 "Kadhimi met the family of the activist.",
                 ("THREATEN", set(), set()), id="vow-to-catch-the-killers"),
    pytest.param("Several rockets fell in the Green Zone on Wednesday night.",
                 ("ASSAULT", set(), {"the Green Zone"}),
                 "Several rockets fell in the desert west of the base.",
                 ("ASSAULT", set(), set()), id="rockets-fell-in-a-site-vs-open-ground"),
    pytest.param("A rocket landed in the Green Zone close to the US embassy on Sunday.",
                 ("ASSAULT", set(), {"the Green Zone"}),
                 "The plane landed in Baghdad on Monday.",
                 ("ASSAULT", set(), set()), id="rocket-landed-in-vs-plane"),
]


@pytest.mark.parametrize(("pos", "want", "neg", "not_want"), CLASSES)
def test_recall14_classes(ctx, pos, want, neg, not_want) -> None:  # type: ignore[no-untyped-def]
    near_miss(ctx, pos, want, neg, not_want)
