"""Scoring extracted events against gold events, exactly by ``../shared/gold/README.md``.

Predictions are events in the export shape (``brinkwatch.contract.event_to_export``), grouped by
document (the gold ``doc``: the article's file name).

Matching order (documented, deterministic). Each document is scored on its own:

1. Predictions with a ``hypothetical`` modality are set aside (neither TP nor FP) and listed.
2. The other predictions are visited in document order (evidence sentence start, then the
   order given). Each takes one gold event it matches that is not matched yet: a required one
   if any (TP), else an optional one (neutral). Among several candidates it prefers a gold whose
   evidence phrase lies in the prediction's sentence, then the first in the gold file.
3. A prediction that takes no gold event is a false positive: either a duplicate (it matches a
   gold event that an earlier prediction already took: merge duplicates) or a spurious event.

So the first prediction (in reading order) to match a gold event is the one credited, and
required gold events are served before optional ones.

Every miss and false positive also gets a **kind** (counts of kinds say *why* without showing
any text, so a set kept blind can be diagnosed): for a missed required gold, what the coder
holds on the gold's sentence (a record whose spans contain the gold's evidence) — nothing; only
records it held back (incomplete, background) or set aside (hypothetical); only other types; or
the right type with another actor, target or both (or one taken by another gold). For a false
positive: a duplicate of a matched gold; no gold on its sentence; a gold of its type on its
sentence (arguments differ); or only golds of other types there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brinkwatch.eval.gold import (
    GoldEvent,
    contains_words,
    load_gold_events,
    name_matches,
    norm_name,
    norm_type,
)
from brinkwatch.records import Article, ArticleResult, Event, Modality

if TYPE_CHECKING:
    from brinkwatch.eval.corpus import Context

HYPOTHETICAL = Modality.HYPOTHETICAL.value


# --- export shape ---------------------------------------------------------------------------

def _actor_dict(ref: Any) -> dict[str, Any]:
    return {"name": ref.name, "kb_id": ref.kb_id, "text": ref.text,
            "ancestors": list(ref.ancestors), "sector": ref.sector}


def _fallback_export(event: Event, article: Article) -> dict[str, Any]:
    ev = event.evidence[0] if event.evidence else None
    loc = event.location
    att = event.attribution
    return {
        "id": event.id,
        "article": {"id": article.id, "origin": article.origin, "title": article.title,
                    "outlet": article.outlet, "published": article.published},
        "type": event.type, "mode": event.mode, "quad": event.quad,
        "intensity": event.intensity, "modality": event.modality,
        "actor": [_actor_dict(a) for a in event.actors],
        "target": [_actor_dict(a) for a in event.targets],
        "date": {"value": event.date.value, "precision": event.date.precision,
                 "text": event.date.text},
        "location": None if loc is None else {"name": loc.name, "kb_id": loc.kb_id,
                                              "country": loc.country, "lat": loc.lat,
                                              "lon": loc.lon},
        "attribution": {"kind": str(att.kind),
                        "speaker": None if att.speaker is None else _actor_dict(att.speaker),
                        "verb": att.verb, "quote": att.quote},
        "evidence": None if ev is None else {"sentence": ev.sentence, "start": ev.start,
                                             "end": ev.end},
        "extractor": event.extractor,
    }


def export_event(event: Event, article: Article) -> dict[str, Any]:
    """The export dict of one event: ``brinkwatch.contract.event_to_export`` when the contract
    module is present, else the same documented shape built here."""
    try:
        from brinkwatch.contract import event_to_export
    except ImportError:
        return _fallback_export(event, article)
    return dict(event_to_export(event, article))


def result_exports(result: ArticleResult) -> list[dict[str, Any]]:
    return [export_event(e, result.article) for e in result.events if e.reportable]


# --- score records ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True, kw_only=True)
class TypeScore:
    type: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)


@dataclass(frozen=True, slots=True, kw_only=True)
class Miss:
    doc: str
    gold_id: str
    types: tuple[str, ...]
    evidence: str
    kind: str = ""  # see MISS_KINDS


@dataclass(frozen=True, slots=True, kw_only=True)
class FalsePositive:
    doc: str
    type: str
    actor: str
    target: str
    sentence: str
    duplicate_of: str | None = None  # gold id already matched by an earlier prediction
    kind: str = ""  # see FP_KINDS


@dataclass(frozen=True, slots=True, kw_only=True)
class Match:
    doc: str
    gold_id: str
    required: bool
    type: str
    actor: str
    target: str
    modality: str | None
    sentence: str
    gold_date: str | None = None  # the date the gold gives the event (None: the text fixes none)
    date: str | None = None  # the date the prediction carries (``date.value``)

    @property
    def date_right(self) -> bool:
        """Whether the prediction carries the gold date (day, month or year as the gold writes it)."""
        return self.gold_date is not None and self.date == self.gold_date


@dataclass(frozen=True, slots=True, kw_only=True)
class ModalityCheck:
    """Gold events that carry a modality: what the matched prediction said (reported only)."""

    doc: str
    gold_id: str
    gold: str
    predicted: str | None  # None when the gold event was not found

    @property
    def agrees(self) -> bool:
        return self.predicted == self.gold


@dataclass(frozen=True, slots=True, kw_only=True)
class EventScores:
    tp: int
    fp: int
    neutral: int
    excluded: int  # hypothetical predictions, left out of scoring
    required: int  # required gold events
    per_type: tuple[TypeScore, ...] = ()
    matches: tuple[Match, ...] = ()
    misses: tuple[Miss, ...] = ()
    false_positives: tuple[FalsePositive, ...] = ()
    modality_checks: tuple[ModalityCheck, ...] = ()
    docs: tuple[str, ...] = field(default_factory=tuple)

    def kind_counts(self, of: str = "misses") -> list[tuple[str, int]]:
        """(kind, count) of the misses (``of="misses"``) or false positives, in the order of
        :data:`MISS_KINDS` / :data:`FP_KINDS`; kinds with no case left out."""
        items, order = ((self.misses, MISS_KINDS) if of == "misses"
                        else (self.false_positives, FP_KINDS))
        counts = Counter(x.kind for x in items)
        return [(k, counts[k]) for k in order if counts[k]]

    @property
    def dated(self) -> int:
        """Matched required gold events that the gold dates."""
        return sum(1 for m in self.matches if m.required and m.gold_date is not None)

    @property
    def dated_right(self) -> int:
        """Of :attr:`dated`, those whose prediction carries the gold date."""
        return sum(1 for m in self.matches if m.required and m.date_right)

    @property
    def date_accuracy(self) -> float:
        return _ratio(self.dated_right, self.dated)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.required)

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def to_json(self, *, summary: bool = False) -> dict[str, Any]:
        """A JSON-ready dict (``json.dumps(scores.to_json())``); ``summary``: figures and counts
        only, no texts, ids or per-event lists (for a set kept blind)."""
        out = self._json()
        if summary:
            for key in ("docs", "matches", "misses", "false_positives", "modality"):
                out.pop(key)
        return out

    def _json(self) -> dict[str, Any]:
        return {
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "tp": self.tp, "fp": self.fp, "neutral": self.neutral, "excluded": self.excluded,
            "required": self.required, "docs": list(self.docs),
            "dated": self.dated, "dated_right": self.dated_right,
            "date_accuracy": self.date_accuracy,
            "per_type": [{"type": t.type, "tp": t.tp, "fp": t.fp, "fn": t.fn,
                          "precision": t.precision, "recall": t.recall, "f1": t.f1}
                         for t in self.per_type],
            "matches": [_asdict(m) for m in self.matches],
            "miss_kinds": dict(self.kind_counts("misses")),
            "false_positive_kinds": dict(self.kind_counts("false_positives")),
            "misses": [_asdict(m) for m in self.misses],
            "false_positives": [_asdict(f) for f in self.false_positives],
            "modality": [{**_asdict(m), "agrees": m.agrees} for m in self.modality_checks],
        }


def _asdict(obj: Any) -> dict[str, Any]:
    return {name: (list(v) if isinstance(v, tuple) else v)
            for name in obj.__slots__ for v in (getattr(obj, name),)}


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def f1_score(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# --- matching -----------------------------------------------------------------------------

def _side(pred: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = pred.get(key) or []
    return [a for a in value if isinstance(a, Mapping)]


def side_matches(actors: Sequence[Mapping[str, Any]], gold_names: Sequence[str]) -> bool:
    """Whether one of the predicted actors (export dicts) matches the gold names (README 2/3)."""
    if not gold_names:
        return True
    for a in actors:
        cands = [a.get("name"), a.get("text"), *(a.get("ancestors") or ())]
        if name_matches(cands, [a.get("text")], gold_names):
            return True
    return False


def type_matches(pred_type: str, gold_types: Sequence[str]) -> bool:
    t = str(pred_type).upper()
    gold = {g.upper() for g in gold_types}
    return t in gold or norm_type(t) in gold


def event_matches(pred: Mapping[str, Any], gold: GoldEvent) -> bool:
    """README rules 1-3: type, actor and target of one prediction against one gold event."""
    return (type_matches(str(pred.get("type", "")), gold.types)
            and side_matches(_side(pred, "actor"), gold.actor)
            and side_matches(_side(pred, "target"), gold.target))


def _sentence(pred: Mapping[str, Any]) -> str:
    ev = pred.get("evidence")
    return str(ev.get("sentence") or "") if isinstance(ev, Mapping) else ""


def _start(pred: Mapping[str, Any]) -> int | None:
    ev = pred.get("evidence")
    start = ev.get("start") if isinstance(ev, Mapping) else None
    return start if isinstance(start, int) else None


def _date_value(pred: Mapping[str, Any]) -> str | None:
    date = pred.get("date")
    value = date.get("value") if isinstance(date, Mapping) else None
    return str(value)[:10] if value else None


def _names(actors: Sequence[Mapping[str, Any]]) -> str:
    return "; ".join(str(a.get("name") or a.get("text") or "?") for a in actors) or "-"


def _document_order(preds: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    starts = [_start(p) for p in preds]
    if all(s is not None for s in starts):
        order = sorted(range(len(preds)), key=lambda i: (starts[i], i))
        return [preds[i] for i in order]
    return list(preds)


#: Why a required gold was missed, by what the coder holds on its sentence (first that applies).
MISS_KINDS = (
    "nothing coded on its sentence",
    "held back: incomplete mention",
    "held back: background",
    "set aside: hypothetical",
    "another type only",
    "right type, other target",
    "right type, other actor",
    "right type, other actor and target",
    "right type, taken by another gold",
)
#: What a false positive is, by the golds on its sentence.
FP_KINDS = (
    "duplicate of a matched gold",
    "no gold on its sentence",
    "gold of its type on its sentence, other arguments",
    "gold of another type on its sentence",
)


def _span_keys(pred: Mapping[str, Any]) -> list[str]:
    spans = [sp.get("sentence") for sp in pred.get("spans") or () if isinstance(sp, Mapping)]
    return [norm_name(str(x)) for x in [*spans, _sentence(pred)] if x]


def _on_sentence(pred: Mapping[str, Any], gold: GoldEvent) -> bool:
    key = norm_name(gold.evidence)
    return any(contains_words(s, key) for s in _span_keys(pred))


def miss_kind(gold: GoldEvent, here: Sequence[Mapping[str, Any]]) -> str:
    """The kind (:data:`MISS_KINDS`) of a missed gold, given every record of its document whose
    spans hold the gold's evidence (exported or not, with ``incomplete``/``background`` keys)."""
    same = [p for p in here if type_matches(str(p.get("type", "")), gold.types)]
    shown = [p for p in same if not p.get("incomplete") and not p.get("background")
             and str(p.get("modality") or "") != HYPOTHETICAL]
    if not shown:
        if any(p.get("incomplete") for p in same):
            return MISS_KINDS[1]
        if any(p.get("background") for p in same):
            return MISS_KINDS[2]
        if same:
            return MISS_KINDS[3]
        return MISS_KINDS[4] if here else MISS_KINDS[0]
    sides = [(side_matches(_side(p, "actor"), gold.actor),
              side_matches(_side(p, "target"), gold.target)) for p in shown]
    if any(a and t for a, t in sides):
        return MISS_KINDS[8]
    if any(a for a, _ in sides):
        return MISS_KINDS[5]
    if any(t for _, t in sides):
        return MISS_KINDS[6]
    return MISS_KINDS[7]


def fp_kind(pred: Mapping[str, Any], golds: Sequence[GoldEvent], duplicate: bool) -> str:
    """The kind (:data:`FP_KINDS`) of a false positive among its document's golds."""
    if duplicate:
        return FP_KINDS[0]
    here = [g for g in golds if _on_sentence(pred, g)]
    if not here:
        return FP_KINDS[1]
    if any(type_matches(str(pred.get("type", "")), g.types) for g in here):
        return FP_KINDS[2]
    return FP_KINDS[3]


def score_events(predicted: Mapping[str, Sequence[Mapping[str, Any]]],
                 gold: Sequence[GoldEvent],
                 held: Mapping[str, Sequence[Mapping[str, Any]]] | None = None) -> EventScores:
    """Score predictions (export dicts keyed by document) against gold events.

    Predictions for a document with no gold events are all false positives. ``held``: the
    records of each document that are not scored (incomplete mentions, background), used only
    to say why a gold was missed (:func:`miss_kind`).
    """
    gold_by_doc: dict[str, list[GoldEvent]] = {}
    for g in gold:
        gold_by_doc.setdefault(g.doc, []).append(g)
    docs = sorted(set(gold_by_doc) | set(predicted))

    tp_t: Counter[str] = Counter()
    fp_t: Counter[str] = Counter()
    fn_t: Counter[str] = Counter()
    matches: list[Match] = []
    misses: list[Miss] = []
    fps: list[FalsePositive] = []
    checks: list[ModalityCheck] = []
    neutral = excluded = 0

    for doc in docs:
        golds = gold_by_doc.get(doc, [])
        taken: dict[str, Mapping[str, Any]] = {}
        for pred in _document_order(predicted.get(doc, ())):
            if str(pred.get("modality") or "") == HYPOTHETICAL:
                excluded += 1
                continue
            ptype = norm_type(str(pred.get("type", "")))
            actor, target = _names(_side(pred, "actor")), _names(_side(pred, "target"))
            sentence = _sentence(pred)
            cands = [g for g in golds if event_matches(pred, g)]
            free = [g for g in cands if g.id not in taken]
            free_req = [g for g in free if g.required]
            pool = free_req or free
            if pool:
                skey = norm_name(sentence)
                pick = min(pool, key=lambda g: (not contains_words(skey, norm_name(g.evidence)),
                                                golds.index(g)))
                taken[pick.id] = pred
                matches.append(Match(doc=doc, gold_id=pick.id, required=pick.required,
                                     type=ptype, actor=actor, target=target,
                                     modality=pred.get("modality"), sentence=sentence,
                                     gold_date=pick.date, date=_date_value(pred)))
                if pick.required:
                    tp_t[_table_type(ptype, pick)] += 1
                else:
                    neutral += 1
                continue
            fp_t[ptype] += 1
            fps.append(FalsePositive(doc=doc, type=ptype, actor=actor, target=target,
                                     sentence=sentence,
                                     duplicate_of=cands[0].id if cands else None,
                                     kind=fp_kind(pred, golds, bool(cands))))
        records = [*predicted.get(doc, ()), *(held or {}).get(doc, ())]
        for g in golds:
            if g.required and g.id not in taken:
                fn_t[norm_type(g.types[0]) if g.types else "?"] += 1
                here = [p for p in records if _on_sentence(p, g)]
                misses.append(Miss(doc=doc, gold_id=g.id, types=g.types, evidence=g.evidence,
                                   kind=miss_kind(g, here)))
            if g.modality:
                p = taken.get(g.id)
                checks.append(ModalityCheck(doc=doc, gold_id=g.id, gold=g.modality,
                                            predicted=None if p is None
                                            else str(p.get("modality") or "")))

    types = sorted(set(tp_t) | set(fp_t) | set(fn_t))
    per_type = tuple(TypeScore(type=t, tp=tp_t[t], fp=fp_t[t], fn=fn_t[t]) for t in types)
    return EventScores(
        tp=sum(tp_t.values()), fp=len(fps), neutral=neutral, excluded=excluded,
        required=sum(1 for g in gold if g.required), per_type=per_type,
        matches=tuple(matches), misses=tuple(misses), false_positives=tuple(fps),
        modality_checks=tuple(checks), docs=tuple(docs),
    )


def _table_type(pred_type: str, gold: GoldEvent) -> str:
    """The row of the per-type table a TP counts in: the predicted type (YIELD for CONCEDE and
    RETREAT), which is always one of the gold's types."""
    return pred_type if pred_type in {t.upper() for t in gold.types} else norm_type(gold.types[0])


# --- running the pipeline -------------------------------------------------------------------

def predict_corpus(corpus_dir: Path | str, ctx: Context, *,
                   held: dict[str, list[dict[str, Any]]] | None = None,
                   ) -> dict[str, list[dict[str, Any]]]:
    """Run the pipeline over a corpus directory (export dicts keyed by file name) or a JSONL
    corpus (keyed by each row's ``doc`` field, found by its url or line). ``held``, when given,
    receives the records that are not events proper (incomplete mentions, background)."""
    from brinkwatch.eval.corpus import doc_key, jsonl_doc_map, process_corpus

    corpus = Path(corpus_dir)
    doc_map = jsonl_doc_map(corpus) if corpus.is_file() else None
    out: dict[str, list[dict[str, Any]]] = {}
    for result in process_corpus(corpus_dir, ctx):
        key = doc_key(result.article, doc_map)
        out.setdefault(key, []).extend(result_exports(result))
        if held is not None:
            held.setdefault(key, []).extend(export_event(e, result.article)
                                            for e in result.events if not e.reportable)
    return out


def evaluate_events(gold_path: Path | str, corpus_dir: Path | str, ctx: Context) -> EventScores:
    """Run the pipeline over ``corpus_dir`` and score its events against ``gold_path``."""
    gold = load_gold_events(gold_path)
    held: dict[str, list[dict[str, Any]]] = {}
    predicted = predict_corpus(corpus_dir, ctx, held=held)
    return score_events(predicted, gold, held)

