"""Modality of event triggers: negated, future, hypothetical, alleged, denied, asserted."""

from __future__ import annotations

import pytest

from brinkwatch.extract.modality import modality_of
from brinkwatch.nlp import build_pipeline
from brinkwatch.records import Modality


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(None)


def _trigger(doc, word: str) -> int:
    """Index of the first token spelled ``word`` (the event trigger of a case)."""
    for tok in doc:
        if tok.text == word:
            return tok.i
    raise AssertionError(f"trigger {word!r} not in {doc.text!r}")


CASES = [
    # negated
    ("The militia did not attack the base.", "attack", Modality.NEGATED),
    ("The militia never struck the base.", "struck", Modality.NEGATED),
    ("No rockets were fired at the embassy.", "fired", Modality.NEGATED),
    ("There was no attack on the base.", "attack", Modality.NEGATED),
    ("Iraq refused to withdraw its troops.", "withdraw", Modality.NEGATED),
    ("The militia did not attack or threaten the base.", "threaten", Modality.NEGATED),
    ("Washington ruled out strikes on the militias.", "strikes", Modality.NEGATED),
    # "will not hesitate" / "will not be tolerated" are warnings: future, not negated
    ("Iran will not hesitate to act against any aggression.", "act", Modality.FUTURE),
    ("Iran will not hesitate to act against any aggression.", "hesitate", Modality.FUTURE),
    ("Meddling by such groups will not be tolerated.", "tolerated", Modality.FUTURE),
    ("The U.S. cannot tolerate attacks on its personnel.", "tolerate", Modality.FUTURE),
    # future / planned
    ("The U.S. will strike the militias.", "strike", Modality.FUTURE),
    ("The U.S. is poised to launch a broad offensive.", "launch", Modality.FUTURE),
    ("Washington plans to impose new sanctions.", "impose", Modality.FUTURE),
    ("Iraq is preparing to deploy troops.", "deploy", Modality.FUTURE),
    ("Kata'ib Hezbollah threatened to strike U.S. bases.", "strike", Modality.FUTURE),
    ("The group vowed to avenge the killing.", "avenge", Modality.FUTURE),
    ("The army is set to launch an offensive.", "launch", Modality.FUTURE),
    ("Iran intends to enrich uranium.", "enrich", Modality.FUTURE),
    ("He said the U.S. would retaliate.", "retaliate", Modality.FUTURE),
    ("The militia will strike if the U.S. attacks.", "strike", Modality.FUTURE),
    ("The planned attack was foiled.", "attack", Modality.FUTURE),
    # purposes: what an act is for is not an act done; the act itself stays as told
    ("The penalties are intended to curb the group's efforts to smuggle weapons.", "curb",
     Modality.HYPOTHETICAL),
    ("The sanctions, designed to punish Tehran, took effect on Monday.", "punish",
     Modality.HYPOTHETICAL),
    ("Iran intends to enrich uranium to a higher level.", "enrich", Modality.FUTURE),
    ("The sanctions, designed to punish Tehran, took effect on Monday.", "took",
     Modality.ASSERTED),
    ("Washington will aim at weakening the militia by targeting its oil income.", "targeting",
     Modality.HYPOTHETICAL),
    ("U.S. troops will continue to operate from Iraq until 2026 to support Iraqi forces.",
     "support", Modality.HYPOTHETICAL),
    ("U.S. troops will continue to operate from Iraq until 2026 to support Iraqi forces.",
     "operate", Modality.FUTURE),
    ("Iraqi forces raided the camp in order to arrest the suspects.", "arrest",
     Modality.HYPOTHETICAL),
    ("Iraqi forces raided the camp in order to arrest the suspects.", "raided",
     Modality.ASSERTED),
    ("Iraqi forces raided the camp and arrested the suspects.", "arrested", Modality.ASSERTED),
    # "told X that <finite clause>" reports; "told X to" asks
    ("The envoy told reporters that the raid was a violation.", "raid", Modality.ASSERTED),
    ("The envoy told the militia to halt the raid.", "halt", Modality.HYPOTHETICAL),
    # hypothetical
    ("If Iran attacks, the U.S. would retaliate.", "attacks", Modality.HYPOTHETICAL),
    ("If Iran attacks, the U.S. would retaliate.", "retaliate", Modality.HYPOTHETICAL),
    ("Washington should encourage Baghdad to disarm the militias.", "encourage",
     Modality.HYPOTHETICAL),
    ("Washington should encourage Baghdad to disarm the militias.", "disarm",
     Modality.HYPOTHETICAL),
    ("The conflict could escalate.", "escalate", Modality.HYPOTHETICAL),
    ("Militias might attack U.S. forces.", "attack", Modality.HYPOTHETICAL),
    ("Iran may retaliate.", "retaliate", Modality.HYPOTHETICAL),
    ("Will Iran attack Israel?", "attack", Modality.HYPOTHETICAL),
    ("There is a risk of escalation.", "escalation", Modality.HYPOTHETICAL),
    ("Analysts warn of the potential for escalation.", "escalation", Modality.HYPOTHETICAL),
    ("Officials urged Baghdad to consider disbanding the militias.", "disbanding",
     Modality.HYPOTHETICAL),
    ("The U.S. did not rule out strikes on the militias.", "strikes", Modality.HYPOTHETICAL),
    # alleged
    ("The group reportedly fired rockets at the base.", "fired", Modality.ALLEGED),
    ("The militia allegedly attacked the convoy.", "attacked", Modality.ALLEGED),
    # what a recording shows is told as far as the showing is
    ("The clip allegedly shows gunmen storming the checkpoint.", "storming", Modality.ALLEGED),
    ("The clip shows gunmen storming the checkpoint.", "storming", Modality.ASSERTED),
    ("Police stopped gunmen storming the checkpoint.", "storming", Modality.ASSERTED),
    ("The drone was purportedly launched from Iraq.", "launched", Modality.ALLEGED),
    ("The group claimed that it attacked the base.", "attacked", Modality.ALLEGED),
    ("According to opposition reports, the militia shelled the town.", "shelled",
     Modality.ALLEGED),
    ("The militia is said to have attacked the base.", "attacked", Modality.ALLEGED),
    ("The group is believed to have carried out the attack.", "carried", Modality.ALLEGED),
    ("The militia is suspected of attacking the base.", "attacking", Modality.ALLEGED),
    ("Iraqi officials accused the militia of attacking the base.", "attacking",
     Modality.ALLEGED),
    # denied
    ("Iran denied attacking the tanker.", "attacking", Modality.DENIED),
    ("Iran denied that it attacked the tanker.", "attacked", Modality.DENIED),
    ("Iraq rejected reports that its forces attacked the camp.", "attacked", Modality.DENIED),
    # asserted: the cue is elsewhere in the sentence, not on the trigger's chain
    ("The militia attacked the base.", "attacked", Modality.ASSERTED),
    # acts a plot verb takes as its object are planned, not done; a definite act stays told
    ("The cell had planned attacks on the consulate.", "attacks", Modality.FUTURE),
    ("The rebels are preparing new raids on the garrison.", "raids", Modality.FUTURE),
    ("The colonel planned the raid that freed the hostages.", "raid", Modality.ASSERTED),
    ("The group, which did not comment, attacked the base.", "attacked", Modality.ASSERTED),
    ("The militia attacked the base and did not claim responsibility.", "attacked",
     Modality.ASSERTED),
    ("The militia attacked the base but did not kill anyone.", "attacked", Modality.ASSERTED),
    ("The militia did not hesitate to strike the base.", "strike", Modality.ASSERTED),
    ("The group claimed responsibility for the attack.", "attack", Modality.ASSERTED),
    ("According to Reuters, the militia shelled the town.", "shelled", Modality.ASSERTED),
    ("He said the militia fired three drones.", "fired", Modality.ASSERTED),
    ("Iraqi officials accused the militia of attacking the base.", "accused",
     Modality.ASSERTED),
    ("The warning, delivered by phone, angered Baghdad.", "delivered", Modality.ASSERTED),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CASES,
                         ids=[f"{c[1]}:{c[0][:40]}" for c in CASES])
def test_modality_table(nlp, sentence: str, trigger: str, expected: Modality) -> None:
    doc = nlp(sentence)
    modality, hedges = modality_of(doc, _trigger(doc, trigger))
    assert modality == expected.value
    assert isinstance(hedges, tuple)


@pytest.mark.parametrize(("sentence", "trigger", "hedge"), [
    ("The group reportedly fired rockets at the base.", "fired", "reportedly"),
    ("The conflict could escalate.", "escalate", "could"),
    ("According to opposition reports, the militia shelled the town.", "shelled",
     "according to"),
    ("According to Reuters, the militia shelled the town.", "shelled", "according to"),
    ("Kata'ib Hezbollah threatened to strike U.S. bases.", "strike", "threatened"),
    ("Iran won't negotiate.", "negotiate", "not"),
])
def test_hedge_words_are_reported(nlp, sentence: str, trigger: str, hedge: str) -> None:
    doc = nlp(sentence)
    assert hedge in modality_of(doc, _trigger(doc, trigger))[1]


def test_plain_assertion_has_no_hedges(nlp) -> None:
    doc = nlp("U.S. forces struck a militia headquarters near Baghdad on Monday.")
    assert modality_of(doc, _trigger(doc, "struck")) == (Modality.ASSERTED.value, ())


def test_scope_is_per_trigger_within_one_sentence(nlp) -> None:
    doc = nlp("Iran denied that it attacked the tanker, but it seized a ship.")
    assert modality_of(doc, _trigger(doc, "attacked"))[0] == Modality.DENIED.value
    assert modality_of(doc, _trigger(doc, "seized"))[0] == Modality.ASSERTED.value


@pytest.mark.parametrize("index", [-1, 99])
def test_out_of_range_trigger_says_what_to_pass(nlp, index: int) -> None:
    doc = nlp("The militia attacked the base.")
    with pytest.raises(IndexError, match="token.i"):
        modality_of(doc, index)
