"""The PLV sentence benchmark (``PLV_train.tsv``, Zero-Shot-PLOVER): evaluation data only.

Two modes:

- **A, given the pair**: the gold (source, target) spans are located in the sentence and
  ``brinkwatch.extract.pairs.classify_pair`` names the root and quad class. Scored by macro-F1
  over the 15 PLV roots (the peer system's measure), accuracy and quad accuracy.
- **B, end to end**: the whole pipeline runs on the sentence alone. An extracted event matches a
  row when its type and mode map to the gold root (the ontology's ``plv_root``: CONCEDE/RETREAT
  -> YIELD, economic sanctions -> COERCE) and its actor and target
  match the gold source and target (see :func:`side_matches_span`). Precision = matching events /
  extracted events, recall = matched rows / rows. A sentence that carries several rows is run
  once; its events may match any of its rows.

Rows are the 0-based data rows of the TSV (the header is not a row).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brinkwatch.errors import ConfigError, EvalError
from brinkwatch.eval.gold import contains_words, norm_name, norm_type
from brinkwatch.extract.ontology import plv_root
from brinkwatch.records import ActorRef, Article, ArticleResult, Event, Mention, text_id

PLV_ROOTS: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "ACCUSE", "REQUEST", "REJECT",
    "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)
REQUIRED_COLUMNS = ("sentence", "marked_sentence", "source", "target", "gold_root", "gold_penta")
Span = tuple[int, int]
EMPTY_SPAN: Span = (0, 0)  # passed to classify_pair when the gold names no such party
_TAG = re.compile(r"</?[st]>")


@dataclass(frozen=True, slots=True, kw_only=True)
class PlvRow:
    row: int
    sentence: str
    source: str
    target: str
    source_span: Span | None  # char offsets in ``sentence``; None: the party is not in the text
    target_span: Span | None
    gold_root: str
    gold_quad: int


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def marked_spans(marked: str) -> tuple[str, dict[str, list[Span]]]:
    """The unmarked sentence and the char spans of every <s>..</s> and <t>..</t> in it."""
    plain: list[str] = []
    spans: dict[str, list[Span]] = {"s": [], "t": []}
    open_at: dict[str, int] = {}
    pos = 0
    length = 0
    for m in _TAG.finditer(marked):
        chunk = marked[pos:m.start()]
        plain.append(chunk)
        length += len(chunk)
        tag = m.group(0)
        name = tag.strip("</>")
        if tag.startswith("</"):
            if name in open_at:
                spans[name].append((open_at.pop(name), length))
        else:
            open_at[name] = length
        pos = m.end()
    plain.append(marked[pos:])
    text = "".join(plain)
    return text, {k: [_trim(text, a, b) for a, b in v] for k, v in spans.items()}


def locate(sentence: str, gold: str, marked: Sequence[Span]) -> Span | None:
    """The span of ``gold`` in ``sentence``: the marked span whose text is the gold string (else
    the first marked span), else the first ``str.find`` of it, else None (a placeholder such as
    "a recipient" that the sentence does not contain)."""
    want = gold.strip()
    for a, b in marked:
        if sentence[a:b] == want:
            return a, b
    if marked:
        return marked[0]
    i = sentence.find(want) if want else -1
    return (i, i + len(want)) if i >= 0 else None


def load_plv(path: Path | str, *, limit: int | None = None) -> list[PlvRow]:
    """Read the PLV TSV (tab-separated, with a header) into :class:`PlvRow` records."""
    p = Path(path)
    if not p.is_file():
        raise EvalError(f"PLV file '{p}' not found: pass the path of PLV_train.tsv "
                        "(e.g. ../shared/benchmarks/plv/PLV_train.tsv)")
    with p.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise EvalError(f"{p}: missing column(s) {', '.join(missing)}; a PLV TSV has "
                            f"{', '.join(REQUIRED_COLUMNS)}")
        rows: list[PlvRow] = []
        for n, rec in enumerate(reader):
            if limit is not None and n >= limit:
                break
            sentence = rec["sentence"] or ""
            plain, spans = marked_spans(rec["marked_sentence"] or "")
            if plain != sentence:  # marks do not line up: search the strings instead
                spans = {"s": [], "t": []}
            root = norm_type(rec["gold_root"] or "")
            if root not in PLV_ROOTS:
                raise EvalError(f"{p}: data row {n}: gold_root '{rec['gold_root']}' is not one "
                                f"of {', '.join(PLV_ROOTS)}")
            try:
                quad = int(rec["gold_penta"])
            except (TypeError, ValueError) as exc:
                raise EvalError(f"{p}: data row {n}: gold_penta '{rec['gold_penta']}' is not "
                                "a quad class 1-4") from exc
            rows.append(PlvRow(
                row=n, sentence=sentence, source=rec["source"] or "", target=rec["target"] or "",
                source_span=locate(sentence, rec["source"] or "", spans["s"]),
                target_span=locate(sentence, rec["target"] or "", spans["t"]),
                gold_root=root, gold_quad=quad,
            ))
    return rows


# --- scores -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True, kw_only=True)
class RootScore:
    root: str
    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def root_table(gold: Sequence[str], pred: Sequence[str],
               labels: Sequence[str] = PLV_ROOTS) -> tuple[RootScore, ...]:
    """Per-label TP/FP/FN of a single-label classification (a prediction outside ``labels``
    is simply wrong: a miss for the gold label, a false positive for no label)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
        else:
            fn[g] += 1
            fp[p] += 1
    return tuple(RootScore(root=r, tp=tp[r], fp=fp[r], fn=fn[r]) for r in labels)


def macro_f1(table: Sequence[RootScore]) -> float:
    """Mean F1 over the labels that occur in the gold or the predictions (a label absent from
    both is left out rather than counted as 0 or 1)."""
    used = [r for r in table if r.tp + r.fp + r.fn]
    return sum(r.f1 for r in used) / len(used) if used else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class EndToEnd:
    rows: int
    rows_matched: int
    extracted: int
    matching: int  # extracted events that match some row of their sentence

    @property
    def precision(self) -> float:
        return self.matching / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.rows_matched / self.rows if self.rows else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class PlvScores:
    rows: int
    roots: tuple[RootScore, ...]
    correct: int  # mode A root correct
    quad_correct: int
    confusions: tuple[tuple[str, str, int], ...]  # (gold, predicted, count), most frequent first
    e2e: EndToEnd | None = None

    @property
    def macro_f1(self) -> float:
        return macro_f1(self.roots)

    @property
    def accuracy(self) -> float:
        return self.correct / self.rows if self.rows else 0.0

    @property
    def quad_accuracy(self) -> float:
        return self.quad_correct / self.rows if self.rows else 0.0

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (``json.dumps(scores.to_json())``)."""
        out: dict[str, Any] = {
            "rows": self.rows, "macro_f1": self.macro_f1, "accuracy": self.accuracy,
            "quad_accuracy": self.quad_accuracy,
            "per_root": [{"root": r.root, "support": r.support, "tp": r.tp, "fp": r.fp,
                          "fn": r.fn, "precision": r.precision, "recall": r.recall, "f1": r.f1}
                         for r in self.roots],
            "confusions": [{"gold": g, "predicted": p, "count": c}
                           for g, p, c in self.confusions],
            "e2e": None,
        }
        if self.e2e is not None:
            e = self.e2e
            out["e2e"] = {"rows": e.rows, "rows_matched": e.rows_matched,
                          "extracted": e.extracted, "matching": e.matching,
                          "precision": e.precision, "recall": e.recall, "f1": e.f1}
        return out


def score_pairs(rows: Sequence[PlvRow], predictions: Sequence[tuple[str, int]],
                *, top_confusions: int = 10) -> PlvScores:
    """Mode A scores from one (root, quad) prediction per row."""
    gold = [r.gold_root for r in rows]
    pred = [norm_type(root) for root, _ in predictions]
    conf = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p)
    return PlvScores(
        rows=len(rows), roots=root_table(gold, pred),
        correct=sum(g == p for g, p in zip(gold, pred, strict=True)),
        quad_correct=sum(r.gold_quad == q for r, (_, q) in zip(rows, predictions, strict=True)),
        confusions=tuple((g, p, c) for (g, p), c in conf.most_common(top_confusions)),
    )


# --- mode B matching ----------------------------------------------------------------------------

def side_matches_span(actors: Sequence[ActorRef], gold: str, span: Span | None,
                      mentions: Sequence[Mention]) -> bool:
    """Whether an event side matches a gold PLV span: char overlap of an actor's text with the
    span, or normalised whole-word containment either way, or the actor's canonical name is the
    KB link of a mention overlapping the span. A gold party absent from the text matches any."""
    if span is None:
        return True
    gkey = norm_name(gold)
    linked = {m.name for m in mentions
              if m.name and m.start < span[1] and span[0] < m.end}
    for a in actors:
        if a.start is not None and a.end is not None and a.start < span[1] and span[0] < a.end:
            return True
        akey = norm_name(a.text)
        if contains_words(akey, gkey) or contains_words(gkey, akey):
            return True
        if a.name and a.name in linked:
            return True
    return False


def event_root(event: Event) -> str:
    """The PLV root an event is scored as: the ontology's root of its type and mode
    (CONCEDE/RETREAT -> YIELD; economic sanctions -> COERCE, as the benchmark files them)."""
    try:
        return plv_root(event.type, event.mode)
    except ConfigError:  # a type outside the ontology is scored as written
        return norm_type(event.type)


def event_matches_row(event: Event, row: PlvRow, mentions: Sequence[Mention]) -> bool:
    return (event_root(event) == row.gold_root
            and side_matches_span(event.actors, row.source, row.source_span, mentions)
            and side_matches_span(event.targets, row.target, row.target_span, mentions))


def score_end_to_end(rows: Sequence[PlvRow],
                     results: Iterable[tuple[str, ArticleResult]]) -> EndToEnd:
    """Mode B scores from the pipeline result of each distinct sentence (keyed by sentence)."""
    by_sentence: dict[str, list[PlvRow]] = {}
    for r in rows:
        by_sentence.setdefault(r.sentence, []).append(r)
    matched: set[int] = set()
    extracted = matching = 0
    for sentence, result in results:
        srows = by_sentence.get(sentence, [])
        for ev in (e for e in result.events if e.reportable):
            extracted += 1
            hits = [r.row for r in srows if event_matches_row(ev, r, result.mentions)]
            if hits:
                matching += 1
                matched.update(hits)
    return EndToEnd(rows=len(rows), rows_matched=len(matched), extracted=extracted,
                    matching=matching)


# --- running ------------------------------------------------------------------------------------

Classifier = Callable[[Any, Span, Span], tuple[str, int]]

def _classifier() -> Classifier:
    from brinkwatch.extract.pairs import classify_pair

    return classify_pair


def predict_pairs(rows: Sequence[PlvRow], ctx: Any, *, batch_size: int = 64,
                  classifier: Classifier | None = None) -> list[tuple[str, int]]:
    """Mode A: (root, quad) for each row, the sentences parsed with ``ctx.nlp.pipe``
    (``classifier`` defaults to ``brinkwatch.extract.pairs.classify_pair``)."""
    classify = classifier or _classifier()
    out: list[tuple[str, int]] = []
    docs = ctx.nlp.pipe((r.sentence for r in rows), batch_size=batch_size)
    for row, doc in zip(rows, docs, strict=True):
        root, quad = classify(doc, row.source_span or EMPTY_SPAN, row.target_span or EMPTY_SPAN)
        out.append((norm_type(root), int(quad)))
    return out


def run_sentences(rows: Sequence[PlvRow], ctx: Any, *, origin: str
                  ) -> list[tuple[str, ArticleResult]]:
    """Mode B: the pipeline over each distinct sentence alone, as a one-sentence article."""
    from brinkwatch.eval.corpus import run_articles

    articles: dict[str, Article] = {}
    for r in rows:
        if r.sentence not in articles:
            articles[r.sentence] = Article(id=text_id(r.sentence), origin=f"{origin}#{r.row}",
                                           text=r.sentence, format="txt",
                                           size=len(r.sentence.encode()))
    sentence_of = {a.id: s for s, a in articles.items()}
    results = list(run_articles(list(articles.values()), ctx))
    return [(sentence_of.get(res.article.id, res.article.text), res) for res in results]


def evaluate_plv(tsv_path: Path | str, ctx: Any, *, predictions_out: Path | str | None = None,
                 limit: int | None = None, end_to_end: bool = True,
                 classifier: Classifier | None = None) -> PlvScores:
    """Both PLV modes over the TSV (mode B unless ``end_to_end=False``). With
    ``predictions_out``, write one JSON line a row: row, root and quad given the pair, and the
    events extracted from the sentence alone (export shape)."""
    from dataclasses import replace

    from brinkwatch.eval.events import export_event

    rows = load_plv(tsv_path, limit=limit)
    pairs = predict_pairs(rows, ctx, classifier=classifier)
    scores = score_pairs(rows, pairs)
    results: list[tuple[str, ArticleResult]] = []
    if end_to_end:
        results = run_sentences(rows, ctx, origin=str(tsv_path))
        scores = replace(scores, e2e=score_end_to_end(rows, results))
    if predictions_out is not None:
        by_sentence = dict(results)
        out = Path(predictions_out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            for row, (root, quad) in zip(rows, pairs, strict=True):
                res = by_sentence.get(row.sentence)
                events = [] if res is None else [export_event(e, res.article)
                                                 for e in res.events]
                fh.write(json.dumps({"row": row.row, "root": root, "quad": quad,
                                     "events": events}, ensure_ascii=False) + "\n")
    return scores
