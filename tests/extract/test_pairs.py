"""Table tests of the PLV pair classifier (extract/pairs.py): root and quad of a known pair."""

from __future__ import annotations

import pytest

from brinkwatch.extract.pairs import classify_pair


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from brinkwatch.nlp.pipeline import build_pipeline

    return build_pipeline(None)


PAIRS = [
    ("<s>Iraq</s> refused to meet <t>Iran</t>.", "REJECT", 3),
    ("<s>Iran</s> attacked <t>the base</t> with rockets.", "ASSAULT", 4),
    ("<s>The court</s> released <t>the activists</t> on bail.", "YIELD", 2),
    ("<s>France</s> withdrew its troops from <t>Mali</t>.", "YIELD", 2),
    ("<s>Germany</s> sent humanitarian aid to <t>Syria</t>.", "AID", 2),
    ("<s>Police</s> arrested <t>dozens of protesters</t>.", "COERCE", 4),
    ("<s>Japan</s> urged <t>China</t> to release the sailors.", "REQUEST", 3),
    ("<s>The minister</s> held talks with <t>his Turkish counterpart</t>.", "CONSULT", 1),
    ("<s>Hezbollah</s> threatened to shell <t>the city</t>.", "THREATEN", 3),
    # the benchmark files imposed sanctions under COERCE and cuts of what was given under
    # SANCTION (the ontology's mode-level plv_root)
    ("<s>The EU</s> imposed sanctions on <t>Russia</t>.", "COERCE", 4),
    ("<s>Washington</s> slapped an embargo on <t>the junta</t> last week.", "COERCE", 4),
    ("<s>Ottawa</s> suspended development aid to <t>the junta</t>.", "SANCTION", 4),
    ("<s>Oslo</s> recalled its ambassador from <t>Caracas</t>.", "SANCTION", 4),
    ("<s>The senator</s> praised <t>the president</t>.", "SUPPORT", 1),
    ("<s>Iran</s> accused <t>Israel</t> of sabotage.", "ACCUSE", 3),
    # a contact call is coded by its purpose; without one it stays a call
    ("<s>The king</s> phoned <t>the emir</t> to congratulate him on his victory.", "SUPPORT", 1),
    ("<s>The king</s> phoned <t>the emir</t> to convey his solidarity.", "SUPPORT", 1),
    ("<s>The king</s> phoned <t>the emir</t> on Monday.", "CONSULT", 1),
    # peacekeepers arriving protect; other troops arriving are a visit or a show of force
    ("<s>Ghanaian peacekeepers</s> arrived in <t>Bamako</t> on Friday.", "AID", 2),
    ("<s>The delegation</s> arrived in <t>Bamako</t> on Friday.", "CONSULT", 1),
    # a call for measures against X denounces X; a call on X asks X
    ("<s>Senators</s> called for sanctions against <t>the regime</t>.", "ACCUSE", 3),
    ("<s>Senators</s> called on <t>the regime</t> to free the prisoners.", "REQUEST", 3),
    # an offer to send troops is an offer; a vow to send them against X is a threat
    ("<s>Jordan</s> offered to dispatch soldiers to assist <t>the Iraqi army</t>.", "AGREE", 1),
    ("<s>Jordan</s> vowed to send troops against <t>the insurgents</t>.", "THREATEN", 3),
    # who a sentence holds to blame is accused; who it says acted is not
    ("<s>Kuwait</s> said <t>the cell</t> was responsible.", "ACCUSE", 3),
    ("<s>Kuwait</s> said <t>the cell</t> attacked the post.", "ASSAULT", 4),
    ("<s>Baghdad</s> holds <t>the smugglers</t> responsible for the fire.", "ACCUSE", 3),
    # a promise to cooperate is a promise (AGREE); a promised act of support is that act
    ("<s>Nicaragua</s> pledged to work with <t>Honduras</t> on border security.", "AGREE", 1),
    ("<s>Nicaragua</s> worked with <t>Honduras</t> on border security.", "COOPERATE", 2),
    ("<s>Tokyo</s> promised its support to <t>Manila</t>.", "SUPPORT", 1),
    ("<s>Tokyo</s> promised <t>Manila</t> a decision soon.", "AGREE", 1),
    # an authority that orders a release frees; one that orders an appearance asks
    ("<s>A judge in Lima</s> ordered the release of <t>the activists</t>.", "YIELD", 2),
    ("<s>A judge in Lima</s> ordered <t>the activists</t> to appear in court.", "REQUEST", 3),
    # people sent on a mission of inquiry or force: the mission is the act
    ("<s>Chile</s> sent a team of experts to <t>Bolivia</t> to investigate the crash.",
     "ACCUSE", 3),
    ("<s>Chile</s> sent a team of doctors to <t>Bolivia</t> to treat the injured.", "AID", 2),
    ("<s>Ankara</s> sent jets to bomb <t>the rebel camps</t>.", "ASSAULT", 4),
    # a boycott is a protest, and an announced one a threat
    ("<s>The opposition</s> is boycotting <t>the parliamentary vote</t>.", "PROTEST", 4),
    ("<s>The opposition</s> will boycott <t>the parliamentary vote</t>.", "THREATEN", 3),
    # talks ruled out are refused; talks begun are talks
    ("<s>The rebels</s> will not begin negotiations with <t>the government</t> until the "
     "prisoners are freed.", "REJECT", 3),
    ("<s>The rebels</s> began negotiations with <t>the government</t> on Monday.", "CONSULT", 1),
    # forces put on alert are mobilised; an audit sent for is an inquiry
    ("<s>The Pentagon</s> placed a marine unit on alert to fly to <t>Haiti</t> if needed.",
     "MOBILIZE", 4),
    ("<s>The African Union</s> is sending a team to carry out an audit of <t>the disputed "
     "vote</t>.", "ACCUSE", 3),
]


def _marked(marked: str) -> tuple[str, tuple[int, int], tuple[int, int]]:
    spans: dict[str, tuple[int, int]] = {}
    text = marked
    for tag in ("s", "t"):
        i = text.index(f"<{tag}>")
        text = text.replace(f"<{tag}>", "", 1)
        j = text.index(f"</{tag}>")
        text = text.replace(f"</{tag}>", "", 1)
        spans[tag] = (i, j)
    # the second tag removal shifts nothing before it only when <s> precedes <t>
    return text, spans["s"], spans["t"]


@pytest.mark.parametrize(("marked", "root", "quad"), PAIRS)
def test_classify_pair(nlp, marked: str, root: str, quad: int) -> None:  # type: ignore[no-untyped-def]
    text, s, t = _marked(marked)
    assert classify_pair(nlp(text), s, t) == (root, quad)


def test_classify_pair_without_spans(nlp) -> None:  # type: ignore[no-untyped-def]
    root, quad = classify_pair(nlp("Iran attacked Iraq."), (0, 0), (0, 0))
    assert (root, quad) == ("ASSAULT", 4)
