"""Plain-text reports: the numbers a user reads, misses and false positives named."""

from __future__ import annotations

from typing import Any

from brinkwatch.eval.actors import score_actors
from brinkwatch.eval.events import score_events
from brinkwatch.eval.gold import GoldActor, GoldEvent
from brinkwatch.eval.plv import EndToEnd, PlvScores, root_table
from brinkwatch.eval.report import format_actor_report, format_event_report, format_plv_report


def _pred(type_: str, actor: str, target: str, sentence: str) -> dict[str, Any]:
    a = {"name": actor, "text": actor, "ancestors": []}
    t = {"name": target, "text": target, "ancestors": []}
    return {"type": type_, "modality": "asserted", "actor": [a], "target": [t],
            "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)}}


def test_event_report() -> None:
    gold = [GoldEvent(doc="d.txt", id="d-e1", required=True, types=("THREATEN",),
                      actor=("United States",), target=("Iraq",), evidence="warned Iraq",
                      modality="future"),
            GoldEvent(doc="d.txt", id="d-e2", required=True, types=("AID",), actor=("Iran",),
                      target=(), evidence="sent drones")]
    s = score_events({"d.txt": [_pred("THREATEN", "United States", "Iraq", "US warned Iraq."),
                                _pred("ASSAULT", "Iraq", "Iran", "Iraq hit Iran.")]}, gold)
    text = format_event_report(s)
    assert text.startswith("events: precision 0.500  recall 0.500  F1 0.500")
    assert "d-e2 [AID] sent drones" in text
    assert "d.txt ASSAULT: Iraq -> Iran" in text and "Iraq hit Iran." in text
    assert "d-e1: gold future, predicted asserted" in text
    assert "THREATEN" in text.split("missed")[0]  # per-type table before the lists


def test_actor_report() -> None:
    gold = [GoldActor(doc="d.txt", actor=("Mustafa al-Kadhimi",), surface="Kadhimi",
                      required=True)]
    text = format_actor_report(score_actors({}, gold))
    assert text.startswith("actors: recall 0.000 (0/1 required linked)")
    assert 'd.txt: Mustafa al-Kadhimi as "Kadhimi"' in text


def test_plv_report() -> None:
    s = PlvScores(rows=4, roots=root_table(["AGREE", "AGREE", "ACCUSE", "YIELD"],
                                           ["AGREE", "ACCUSE", "ACCUSE", "YIELD"]),
                  correct=3, quad_correct=2, confusions=(("AGREE", "ACCUSE", 1),),
                  e2e=EndToEnd(rows=4, rows_matched=1, extracted=2, matching=1))
    text = format_plv_report(s)
    assert "accuracy 0.750  quad accuracy 0.500" in text
    assert "AGREE -> ACCUSE: 1" in text
    assert "precision 0.500 (1/2 events)  recall 0.250 (1/4 rows)" in text
    assert len([line for line in text.splitlines() if line.split()[:1] == ["ASSAULT"]]) == 1
