"""Event scoring by the rules of the gold README, on small hand-made tables (no spaCy)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from brinkwatch.eval.events import EventScores, event_matches, export_event, score_events
from brinkwatch.eval.gold import GoldEvent
from brinkwatch.records import (
    ActorRef,
    Article,
    Attribution,
    DateRef,
    Event,
    Evidence,
)


def actor(name: str | None, text: str | None = None, ancestors: tuple[str, ...] = ()
          ) -> dict[str, Any]:
    return {"name": name, "kb_id": None, "text": text or name or "", "ancestors": list(ancestors),
            "sector": None}


def pred(type_: str, actors: list[dict[str, Any]], targets: list[dict[str, Any]], *,
         start: int = 0, modality: str = "asserted", sentence: str = "") -> dict[str, Any]:
    return {"type": type_, "modality": modality, "actor": actors, "target": targets,
            "evidence": {"sentence": sentence, "start": start, "end": start + len(sentence)}}


def gold(id_: str, types: tuple[str, ...], actor_: tuple[str, ...], target: tuple[str, ...], *,
         required: bool = True, doc: str = "d.txt", modality: str | None = None,
         evidence: str = "") -> GoldEvent:
    return GoldEvent(doc=doc, id=id_, required=required, types=types, actor=actor_,
                     target=target, modality=modality, evidence=evidence)


US = actor("United States", "Washington")
IRAQ = actor("Iraq")


@pytest.mark.parametrize(("p", "g", "expected"), [
    # type: any of the gold list; CONCEDE and RETREAT match a gold YIELD
    (pred("THREATEN", [US], [IRAQ]), gold("g", ("THREATEN",), ("United States",), ("Iraq",)), True),
    (pred("COERCE", [US], [IRAQ]), gold("g", ("SANCTION", "COERCE"), ("U.S.",), ("Iraq",)), True),
    (pred("CONCEDE", [US], [IRAQ]), gold("g", ("YIELD",), ("US",), ("Iraq",)), True),
    (pred("RETREAT", [US], [IRAQ]), gold("g", ("YIELD",), ("US",), ("Iraq",)), True),
    (pred("YIELD", [US], [IRAQ]), gold("g", ("CONCEDE",), ("US",), ("Iraq",)), False),
    (pred("ASSAULT", [US], [IRAQ]), gold("g", ("THREATEN",), ("US",), ("Iraq",)), False),
    # actor by an ancestor: a person's country, an agency's state
    (pred("SANCTION", [actor("OFAC", ancestors=("Department of the Treasury", "United States"))],
          [IRAQ]), gold("g", ("SANCTION",), ("U.S.",), ("Iraq",)), True),
    # actor by its surface text
    (pred("REQUEST", [actor(None, "Washington")], [IRAQ]),
     gold("g", ("REQUEST",), ("Washington",), ("Iraq",)), True),
    # surface containing a gold name as whole words
    (pred("AID", [actor("Iran")], [actor(None, "its allies in Iraq")]),
     gold("g", ("AID",), ("Iran",), ("Iraq",)), True),
    (pred("AID", [actor("Iran")], [actor(None, "Iraqis")]),
     gold("g", ("AID",), ("Iran",), ("Iraq",)), False),
    # a canonical name is compared whole, not by containment
    (pred("AID", [actor("Iran")], [actor("Iraqi Ministry of Defense", "the ministry")]),
     gold("g", ("AID",), ("Iran",), ("Iraq",)), False),
    # gold [] matches anything, even no actor at all
    (pred("ASSAULT", [], [US]), gold("g", ("ASSAULT",), (), ("United States",)), True),
    (pred("PROTEST", [actor("Iran")], []), gold("g", ("PROTEST",), ("Iran",), ()), True),
    # a named gold side does not match a missing predicted side
    (pred("ASSAULT", [], [US]), gold("g", ("ASSAULT",), ("Iran",), ("United States",)), False),
    # swapped roles do not match
    (pred("THREATEN", [IRAQ], [US]), gold("g", ("THREATEN",), ("United States",), ("Iraq",)), False),
])
def test_event_matches(p: dict[str, Any], g: GoldEvent, expected: bool) -> None:
    assert event_matches(p, g) is expected


def test_tp_fp_and_duplicate() -> None:
    g = [gold("g1", ("THREATEN",), ("United States",), ("Iraq",), evidence="warned Iraq")]
    preds = {"d.txt": [
        pred("THREATEN", [US], [IRAQ], start=10, sentence="The US warned Iraq."),
        pred("THREATEN", [US], [IRAQ], start=50, sentence="Washington warned Baghdad again."),
        pred("ASSAULT", [IRAQ], [US], start=80, sentence="Iraq struck."),
    ]}
    s = score_events(preds, g)
    assert (s.tp, s.fp, s.neutral, s.required) == (1, 2, 0, 1)
    assert s.precision == pytest.approx(1 / 3) and s.recall == 1.0
    assert s.f1 == pytest.approx(0.5)
    dup, spurious = s.false_positives
    assert dup.duplicate_of == "g1" and dup.sentence.startswith("Washington")
    assert spurious.duplicate_of is None and spurious.type == "ASSAULT"
    assert spurious.actor == "Iraq" and spurious.target == "United States"


def test_first_in_document_order_is_credited() -> None:
    g = [gold("g1", ("THREATEN",), ("United States",), ("Iraq",))]
    preds = {"d.txt": [pred("THREATEN", [US], [IRAQ], start=90, sentence="later"),
                       pred("THREATEN", [US], [IRAQ], start=5, sentence="earlier")]}
    s = score_events(preds, g)
    assert s.matches[0].sentence == "earlier"
    assert s.false_positives[0].sentence == "later"


def test_optional_gold_is_neutral_and_required_served_first() -> None:
    g = [gold("opt", ("THREATEN",), ("United States",), ("Iraq",), required=False),
         gold("req", ("THREATEN",), ("United States",), ()),
         gold("opt2", ("CONSULT",), ("United States",), ("Iraq",), required=False)]
    preds = {"d.txt": [pred("THREATEN", [US], [IRAQ], start=0),
                       pred("THREATEN", [US], [IRAQ], start=10),
                       pred("CONSULT", [US], [IRAQ], start=20)]}
    s = score_events(preds, g)
    # the first prediction takes the required gold, the second the optional one
    assert [m.gold_id for m in s.matches] == ["req", "opt", "opt2"]
    assert (s.tp, s.fp, s.neutral) == (1, 0, 2)
    assert s.precision == 1.0 and s.recall == 1.0


def test_evidence_breaks_ties_between_golds() -> None:
    g = [gold("g1", ("THREATEN",), ("United States",), (), evidence="warned the militias"),
         gold("g2", ("THREATEN",), ("United States",), (), evidence="threatened to close")]
    preds = {"d.txt": [pred("THREATEN", [US], [], sentence="The US threatened to close it.")]}
    s = score_events(preds, g)
    assert s.matches[0].gold_id == "g2"
    assert [m.gold_id for m in s.misses] == ["g1"]


def test_hypothetical_left_out_of_scoring() -> None:
    g = [gold("g1", ("ASSAULT",), ("United States",), ("Iran",))]
    preds = {"d.txt": [pred("ASSAULT", [US], [actor("Iran")], modality="hypothetical"),
                       pred("ASSAULT", [actor("Iran")], [US], modality="hypothetical")]}
    s = score_events(preds, g)
    assert (s.tp, s.fp, s.excluded) == (0, 0, 2)
    assert [m.gold_id for m in s.misses] == ["g1"]
    assert s.precision == 0.0 and s.recall == 0.0


def test_documents_are_scored_apart() -> None:
    g = [gold("g1", ("AID",), ("Iran",), (), doc="a.txt")]
    preds = {"b.txt": [pred("AID", [actor("Iran")], [])],
             "a.txt": [pred("AID", [actor("Iran")], [])]}
    s = score_events(preds, g)
    assert (s.tp, s.fp) == (1, 1)
    assert s.false_positives[0].doc == "b.txt"
    assert s.docs == ("a.txt", "b.txt")


def test_per_type_table_and_modality_check() -> None:
    g = [gold("g1", ("YIELD",), ("Iraq",), (), modality="future"),
         gold("g2", ("THREATEN",), ("United States",), (), modality="alleged"),
         gold("g3", ("ACCUSE",), ("Iran",), ())]
    preds = {"d.txt": [pred("CONCEDE", [IRAQ], [], modality="future"),
                       pred("ACCUSE", [US], [])]}
    s = score_events(preds, g)
    table = {t.type: t for t in s.per_type}
    assert (table["YIELD"].tp, table["YIELD"].fn) == (1, 0)
    assert (table["THREATEN"].tp, table["THREATEN"].fn) == (0, 1)
    assert (table["ACCUSE"].tp, table["ACCUSE"].fp, table["ACCUSE"].fn) == (0, 1, 1)
    assert table["ACCUSE"].precision == 0.0 and table["YIELD"].f1 == 1.0
    checks = {c.gold_id: c for c in s.modality_checks}
    assert checks["g1"].agrees and checks["g1"].predicted == "future"
    assert checks["g2"].predicted is None and not checks["g2"].agrees
    assert "g3" not in checks


def test_empty_inputs() -> None:
    s = score_events({}, [])
    assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)


def test_to_json_is_serialisable() -> None:
    g = [gold("g1", ("AID",), ("Iran",), ("Iraq",), modality="alleged", evidence="gave arms")]
    s: EventScores = score_events({"d.txt": [pred("AID", [actor("Iran")], [IRAQ]),
                                             pred("AID", [actor("Iran")], [IRAQ])]}, g)
    data = json.loads(json.dumps(s.to_json()))
    assert data["tp"] == 1 and data["fp"] == 1 and data["precision"] == 0.5
    assert data["false_positives"][0]["duplicate_of"] == "g1"
    assert data["modality"][0]["gold"] == "alleged"
    assert {"type", "tp", "fp", "fn", "precision", "recall", "f1"} <= set(data["per_type"][0])


def test_export_event_shape() -> None:
    text = "The US warned Iraq."
    article = Article(id="a1", origin="/corpus/x.txt", text=text)
    ev = Event(id="e1", article_id="a1", type="THREATEN", mode=None, quad=3, intensity=-4.0,
               cameo=None, modality="asserted",
               actors=(ActorRef(name="United States", kb_id="us", text="US"),),
               targets=(ActorRef(name="Iraq", kb_id="iraq", text="Iraq"),),
               date=DateRef(), location=None, attribution=Attribution(),
               evidence=(Evidence(sentence_index=0, start=0, end=len(text), sentence=text),),
               extractor="events.rules.v1")
    d = export_event(ev, article)
    assert d["type"] == "THREATEN" and d["article"]["origin"] == "/corpus/x.txt"
    assert d["actor"][0]["name"] == "United States" and d["target"][0]["text"] == "Iraq"
    assert d["evidence"] == {"sentence": text, "start": 0, "end": len(text)}
    g = gold("g1", ("THREATEN",), ("U.S.",), ("Iraq",), doc="x.txt")
    assert score_events({"x.txt": [d]}, [g]).tp == 1


def test_date_accuracy_counts_matched_required_dated_gold() -> None:
    def dated(p: dict[str, Any], value: str | None) -> dict[str, Any]:
        return {**p, "date": {"value": value, "precision": "day" if value else None}}

    golds = [
        GoldEvent(doc="d", id="a", required=True, types=("ASSAULT",), actor=("US",),
                  target=("Iraq",), date="2024-01-04"),
        GoldEvent(doc="d", id="b", required=True, types=("ACCUSE",), actor=("Iraq",),
                  target=("US",), date="2024-01-05"),
        GoldEvent(doc="d", id="c", required=True, types=("REQUEST",), actor=("Iraq",),
                  target=("US",)),  # undated gold: not counted
        GoldEvent(doc="d", id="e", required=False, types=("THREATEN",), actor=("Iraq",),
                  target=("US",), date="2024-01-05"),  # optional: not counted
    ]
    preds = [dated(pred("ASSAULT", [US], [IRAQ], start=0), "2024-01-04"),
             dated(pred("ACCUSE", [IRAQ], [US], start=10), "2024-01-04"),
             dated(pred("REQUEST", [IRAQ], [US], start=20), "2024-01-04"),
             dated(pred("THREATEN", [IRAQ], [US], start=30), None)]
    s = score_events({"d": preds}, golds)
    assert (s.dated, s.dated_right) == (2, 1)
    assert s.date_accuracy == 0.5
    assert s.to_json()["date_accuracy"] == 0.5


# --- why a gold was missed, what a false positive is (counts that can be read on a blind set) ---

S1 = "Rockets hit the base near the airport on Tuesday, officials said."
S2 = "The ministry condemned the attack on Wednesday."
IRAN = actor("Iran")


def _held(p: dict[str, Any], **flags: bool) -> dict[str, Any]:
    return {**p, **flags}


@pytest.mark.parametrize(("records", "kind"), [
    # the gold is found: no miss at all (the row that fails an extractor returning nothing)
    ([pred("ASSAULT", [IRAN], [US], sentence=S1)], None),
    ([], "nothing coded on its sentence"),
    # a record on another sentence of the article is not on the gold's (the scorer itself
    # matches across sentences: only a non-matching one can be there)
    ([pred("ACCUSE", [IRAN], [US], sentence=S2)], "nothing coded on its sentence"),
    ([_held(pred("ASSAULT", [], [US], sentence=S1), incomplete=True)],
     "held back: incomplete mention"),
    ([_held(pred("ASSAULT", [IRAN], [US], sentence=S1), background=True)],
     "held back: background"),
    ([pred("ASSAULT", [IRAN], [US], sentence=S1, modality="hypothetical")],
     "set aside: hypothetical"),
    ([pred("ACCUSE", [IRAN], [US], sentence=S1)], "another type only"),
    ([pred("ASSAULT", [IRAN], [IRAQ], sentence=S1)], "right type, other target"),
    ([pred("ASSAULT", [IRAQ], [US], sentence=S1)], "right type, other actor"),
    ([pred("ASSAULT", [IRAQ], [IRAN], sentence=S1)], "right type, other actor and target"),
])
def test_a_miss_says_what_the_coder_holds_on_the_gold_sentence(records: list[dict[str, Any]],
                                                                kind: str | None) -> None:
    g = gold("g1", ("ASSAULT",), ("Iran",), ("United States",), evidence="Rockets hit the base")
    shown = [r for r in records if not r.get("incomplete") and not r.get("background")]
    held = [r for r in records if r.get("incomplete") or r.get("background")]
    s = score_events({"d.txt": shown}, [g], {"d.txt": held})
    assert [m.kind for m in s.misses] == ([] if kind is None else [kind])
    assert dict(s.kind_counts()) == ({} if kind is None else {kind: 1})


def test_a_miss_whose_match_another_gold_took_says_so() -> None:
    g1 = gold("g1", ("ASSAULT",), ("Iran",), ("United States",), evidence="Rockets hit the base")
    g2 = gold("g2", ("ASSAULT",), ("Iran",), ("United States",), evidence="near the airport")
    s = score_events({"d.txt": [pred("ASSAULT", [IRAN], [US], sentence=S1)]}, [g1, g2])
    assert s.tp == 1 and [m.kind for m in s.misses] == ["right type, taken by another gold"]


@pytest.mark.parametrize(("p", "kind"), [
    (pred("ASSAULT", [IRAN], [US], sentence=S1), None),  # a true positive
    (pred("ASSAULT", [IRAQ], [US], sentence=S1), "gold of its type on its sentence, other arguments"),
    (pred("REQUEST", [IRAN], [US], sentence=S1), "gold of another type on its sentence"),
    (pred("ACCUSE", [IRAQ], [IRAN], sentence=S2), "no gold on its sentence"),
])
def test_a_false_positive_says_what_it_is(p: dict[str, Any], kind: str | None) -> None:
    g = gold("g1", ("ASSAULT",), ("Iran",), ("United States",), evidence="Rockets hit the base")
    s = score_events({"d.txt": [p]}, [g])
    assert [f.kind for f in s.false_positives] == ([] if kind is None else [kind])


def test_a_second_telling_of_a_matched_gold_is_a_duplicate() -> None:
    g = gold("g1", ("ASSAULT",), ("Iran",), ("United States",), evidence="Rockets hit the base")
    s = score_events({"d.txt": [pred("ASSAULT", [IRAN], [US], sentence=S1, start=0),
                                pred("ASSAULT", [IRAN], [US], sentence=S2, start=80)]}, [g])
    assert s.tp == 1 and [f.kind for f in s.false_positives] == ["duplicate of a matched gold"]


def test_the_summary_report_and_json_carry_no_text_of_the_set() -> None:
    from brinkwatch.eval.report import format_event_report

    g = gold("g1", ("ASSAULT",), ("Iran",), ("United States",), evidence="Rockets hit the base")
    s = score_events({"d.txt": [pred("ACCUSE", [IRAQ], [IRAN], sentence=S2)]}, [g])
    full, short = format_event_report(s), format_event_report(s, summary=True)
    assert "Rockets hit the base" in full and "condemned" in full
    assert "Rockets" not in short and "condemned" not in short and "g1" not in short
    assert "nothing coded on its sentence" in short and "no gold on its sentence" in short
    js = json.dumps(s.to_json(summary=True))
    assert "Rockets" not in js and "condemned" not in js
    assert s.to_json(summary=True)["miss_kinds"] == {"nothing coded on its sentence": 1}
    assert "misses" in s.to_json() and "misses" not in s.to_json(summary=True)
