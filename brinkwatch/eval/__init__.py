"""brinkwatch.eval: gold formats, scorers, the PLV benchmark and the quality gate's measures.

    gold.py     gold files -> GoldEvent / GoldActor; the name normalisation of the scoring rules
    events.py   score_events / evaluate_events (README of the gold set, exactly)
    actors.py   score_actors / evaluate_actors
    plv.py      evaluate_plv: PLV given the pair (macro-F1 over 15 roots) and end to end
    report.py   plain-text reports; every scores object also has ``to_json()``
    corpus.py   the one place eval runs the pipeline (imported lazily: scorers need no spaCy)

eval may import pipeline, records, contract and extract, never store.
"""

from brinkwatch.eval.actors import ActorScores, evaluate_actors, score_actors
from brinkwatch.eval.events import EventScores, evaluate_events, export_event, score_events
from brinkwatch.eval.gold import GoldActor, GoldEvent, load_gold_actors, load_gold_events, norm_name
from brinkwatch.eval.plv import PLV_ROOTS, PlvScores, evaluate_plv, load_plv
from brinkwatch.eval.report import format_actor_report, format_event_report, format_plv_report

__all__ = [
    "PLV_ROOTS",
    "ActorScores",
    "EventScores",
    "GoldActor",
    "GoldEvent",
    "PlvScores",
    "evaluate_actors",
    "evaluate_events",
    "evaluate_plv",
    "export_event",
    "format_actor_report",
    "format_event_report",
    "format_plv_report",
    "load_gold_actors",
    "load_gold_events",
    "load_plv",
    "norm_name",
    "score_actors",
    "score_events",
]
