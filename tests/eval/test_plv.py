"""The PLV benchmark: reading the TSV, locating the pair, macro-F1, end-to-end matching."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from brinkwatch.errors import EvalError
from brinkwatch.eval import plv
from brinkwatch.eval.plv import (
    PLV_ROOTS,
    PlvRow,
    evaluate_plv,
    event_matches_row,
    load_plv,
    locate,
    macro_f1,
    marked_spans,
    root_table,
    score_end_to_end,
    score_pairs,
    side_matches_span,
)
from brinkwatch.records import (
    ActorRef,
    Article,
    ArticleResult,
    Attribution,
    DateRef,
    Event,
    Mention,
)

HEADER = ["", "sentence_id", "sentence", "marked_sentence", "source", "target", "gold_penta",
          "gold_root", "silver_root"]


def write_tsv(path: Path, rows: list[tuple[str, str, str, str, str, str]]) -> Path:
    """rows: (sentence, marked, source, target, penta, root)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(HEADER)
        for i, (s, m, src, tgt, penta, root) in enumerate(rows):
            w.writerow([i, i, s, m, src, tgt, penta, root, "IGNORED"])
    return path


ROWS = [
    ("Iran condemned the US strike.", "<s>Iran</s> condemned <t>the US strike</t>.",
     "Iran", "the US strike", "3", "ACCUSE"),
    ("Turkey agreed to lift the blockade.", "<s>Turkey </s>agreed to lift the blockade.",
     "Turkey", "a recipient", "1", "AGREE"),
    ("Iraq and Kuwait signed a deal.", "Iraq and Kuwait signed a deal.",
     "Iraq", "Kuwait", "1", "AGREE"),
    ("Iraq and Kuwait signed a deal.", "<s>Iraq</s> and Kuwait signed a deal.",
     "Kuwait", "Iraq", "1", "AGREE"),
    ("Rebels retreated from the town.", "<s>Rebels</s> retreated from <t>the town</t>.",
     "Rebels", "the town", "2", "YIELD"),
]


@pytest.fixture()
def tsv(tmp_path: Path) -> Path:
    return write_tsv(tmp_path / "plv.tsv", ROWS)


def test_marked_spans_give_offsets_in_the_plain_sentence() -> None:
    text, spans = marked_spans("<s>Hun Sen</s> met <t>the envoy</t> and <s>Hun Sen</s>'s aide.")
    assert text == "Hun Sen met the envoy and Hun Sen's aide."
    assert [text[a:b] for a, b in spans["s"]] == ["Hun Sen", "Hun Sen"]
    assert [text[a:b] for a, b in spans["t"]] == ["the envoy"]


@pytest.mark.parametrize(("sentence", "gold", "marked", "expected"), [
    ("Iraq and Iran met.", "Iran", [(9, 13)], (9, 13)),
    ("Iraq and Iran met.", "Iran", [(0, 4)], (0, 4)),  # the mark wins over the string
    ("Iraq and Iran met.", "Iran", [], (9, 13)),  # no mark: find the string
    ("Iraq and Iran met.", "a recipient", [], None),  # a placeholder not in the text
    ("Iraq met Iran and Iraq.", "Iraq", [(18, 22), (0, 4)], (18, 22)),
])
def test_locate(sentence: str, gold: str, marked: list[tuple[int, int]],
                expected: tuple[int, int] | None) -> None:
    assert locate(sentence, gold, marked) == expected


def test_load_plv(tsv: Path) -> None:
    rows = load_plv(tsv)
    assert [r.row for r in rows] == [0, 1, 2, 3, 4]
    r0, r1, r2, r3, _ = rows
    assert r0.sentence[slice(*r0.source_span)] == "Iran"
    assert r0.sentence[slice(*r0.target_span)] == "the US strike"
    assert r1.sentence[slice(*r1.source_span)] == "Turkey"  # trailing space trimmed
    assert r1.target_span is None
    assert r2.source_span == (0, 4) and r2.target_span == (9, 15)  # by str.find
    assert r3.source_span == (0, 4)  # the marked span, although the gold string differs
    assert (r0.gold_root, r0.gold_quad) == ("ACCUSE", 3)
    assert len(load_plv(tsv, limit=2)) == 2


@pytest.mark.parametrize(("change", "message"), [
    ({"gold_root": "DANCE"}, "not one of"),
    ({"gold_penta": "x"}, "not a quad class"),
])
def test_bad_rows_are_reported(tmp_path: Path, change: dict[str, str], message: str) -> None:
    s, m, src, tgt, penta, root = ROWS[0]
    root = change.get("gold_root", root)
    penta = change.get("gold_penta", penta)
    path = write_tsv(tmp_path / "bad.tsv", [(s, m, src, tgt, penta, root)])
    with pytest.raises(EvalError, match=message):
        load_plv(path)


def test_missing_file_and_columns(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="not found"):
        load_plv(tmp_path / "nope.tsv")
    p = tmp_path / "cols.tsv"
    p.write_text("sentence\tsource\nx\ty\n", encoding="utf-8")
    with pytest.raises(EvalError, match="missing column"):
        load_plv(p)


def test_macro_f1_by_hand() -> None:
    gold = ["AGREE", "AGREE", "ACCUSE", "ASSAULT"]
    pred = ["AGREE", "ACCUSE", "ACCUSE", "OTHER"]
    table = {r.root: r for r in root_table(gold, pred)}
    assert (table["AGREE"].tp, table["AGREE"].fn, table["AGREE"].fp) == (1, 1, 0)
    assert table["ACCUSE"].precision == 0.5 and table["ACCUSE"].recall == 1.0
    # AGREE: P 1, R .5 -> 2/3; ACCUSE: P .5, R 1 -> 2/3; ASSAULT: 0; other roots unused
    assert macro_f1(list(table.values())) == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert macro_f1(root_table([], [])) == 0.0
    assert len(table) == len(PLV_ROOTS) == 15


def test_score_pairs(tsv: Path) -> None:
    rows = load_plv(tsv)
    s = score_pairs(rows, [("ACCUSE", 3), ("AGREE", 2), ("CONSULT", 1), ("AGREE", 1),
                           ("RETREAT", 2)])
    assert s.correct == 4 and s.accuracy == 0.8  # RETREAT counts as YIELD
    assert s.quad_correct == 4 and s.quad_accuracy == 0.8
    assert s.confusions == (("AGREE", "CONSULT", 1),)
    # ACCUSE 1.0; AGREE P 1 R 2/3 -> 0.8; YIELD 1.0; CONSULT (predicted only) 0
    assert s.macro_f1 == pytest.approx((1 + 0.8 + 1 + 0) / 4)
    data = json.loads(json.dumps(s.to_json()))
    assert data["e2e"] is None and data["per_root"][0]["root"] == "AGREE"


def ref(text: str, name: str | None = None, start: int | None = None) -> ActorRef:
    return ActorRef(name=name, kb_id=None, text=text, start=start,
                    end=None if start is None else start + len(text))


def event(article_id: str, type_: str, actors: tuple[ActorRef, ...],
          targets: tuple[ActorRef, ...]) -> Event:
    return Event(id=f"{type_}-{len(actors)}", article_id=article_id, type=type_, mode=None,
                 quad=1, intensity=0.0, cameo=None, modality="asserted", actors=actors,
                 targets=targets, date=DateRef(), location=None, attribution=Attribution(),
                 evidence=(), extractor="test")


def _mention(text: str, name: str, start: int) -> Mention:
    return Mention(id="m", article_id="a", sentence_index=0, start=start, end=start + len(text),
                   text=text, label="GPE", kb_id="k", name=name, method="alias",
                   confidence=1.0, extractor="test")


@pytest.mark.parametrize(("actors", "gold", "span", "mentions", "expected"), [
    ((ref("Zarif", start=38),), "Iranian Foreign Minister Mohammad Javad Zarif", (0, 43), (),
     True),  # character overlap
    ((ref("Mohammad Javad Zarif"),), "Iranian Foreign Minister Mohammad Javad Zarif", (0, 43),
     (), True),  # the gold contains the actor text
    ((ref("The ACLU"),), "ACLU", (4, 8), (), True),  # the actor text contains the gold
    ((ref("Tehran", name="Iran"),), "the Iranian government", (0, 22),
     (_mention("Iranian", "Iran", 4),), True),  # the KB link of the gold span
    ((ref("Iraq", start=30),), "Iran", (0, 4), (), False),
    ((ref("Iraqis"),), "Iraq", (0, 4), (), False),
    ((), "Iran", (0, 4), (), False),
    ((), "a recipient", None, (), True),  # a party absent from the text matches any
])
def test_side_matches_span(actors: tuple[ActorRef, ...], gold: str,
                           span: tuple[int, int] | None, mentions: tuple[Mention, ...],
                           expected: bool) -> None:
    assert side_matches_span(actors, gold, span, mentions) is expected


def result_for(sentence: str, events: list[Event]) -> ArticleResult:
    return ArticleResult(article=Article(id="a", origin="x#0", text=sentence),
                         events=tuple(events))


def test_score_end_to_end(tsv: Path) -> None:
    rows = load_plv(tsv)
    deal = rows[2].sentence
    results = [
        (rows[0].sentence, result_for(rows[0].sentence, [
            event("a", "ACCUSE", (ref("Iran"),), (ref("the US strike"),)),  # match
            event("a", "ACCUSE", (ref("the US"),), (ref("Iran"),)),  # roles swapped
        ])),
        (rows[1].sentence, result_for(rows[1].sentence, [
            event("a", "AGREE", (ref("Turkey"),), ()),  # "a recipient" matches anything
        ])),
        # one sentence, two rows: each event may match either row
        (deal, result_for(deal, [event("a", "AGREE", (ref("Iraq"),), (ref("Kuwait"),)),
                                 event("a", "AGREE", (ref("Kuwait"),), (ref("Iraq"),))])),
        (rows[4].sentence, result_for(rows[4].sentence, [
            event("a", "RETREAT", (ref("Rebels"),), (ref("the town"),))])),  # -> YIELD
    ]
    e = score_end_to_end(rows, results)
    assert (e.rows, e.rows_matched, e.extracted, e.matching) == (5, 5, 6, 5)
    assert e.recall == 1.0 and e.precision == pytest.approx(5 / 6)
    assert e.f1 == pytest.approx(2 * (5 / 6) / (1 + 5 / 6))


@pytest.mark.parametrize(("type_", "mode", "gold", "expected"), [
    ("SANCTION", "economic", "COERCE", True),  # imposed sanctions: COERCE in the benchmark
    ("SANCTION", "economic", "SANCTION", False),
    ("SANCTION", "aid", "SANCTION", True),  # suspended aid: SANCTION
    ("SANCTION", "aid", "COERCE", False),
    ("RETREAT", None, "YIELD", True),
])
def test_event_root_follows_the_mode(type_: str, mode: str | None, gold: str,
                                     expected: bool) -> None:
    ev = replace(event("a", type_, (ref("Oslo", start=0),), (ref("Minsk", start=15),)),
                 mode=mode)
    row = PlvRow(row=0, sentence="Oslo sanctions Minsk.", source="Oslo", target="Minsk",
                 source_span=(0, 4), target_span=(15, 20), gold_root=gold, gold_quad=4)
    assert event_matches_row(ev, row, ()) is expected


class FakeNlp:
    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[str]:
        yield from texts


class FakeCtx:
    nlp = FakeNlp()
    kb = None


def test_evaluate_plv_writes_predictions(tsv: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, tuple[int, int], tuple[int, int]]] = []

    def classify(doc: Any, source: tuple[int, int], target: tuple[int, int]) -> tuple[str, int]:
        seen.append((doc, source, target))
        return ("CONCEDE", 2) if "retreated" in doc else ("AGREE", 1)

    def run_articles(articles: list[Article], ctx: Any) -> Iterator[ArticleResult]:
        for a in articles:
            evs = [event(a.id, "AGREE", (ref("Turkey"),), ())] if "Turkey" in a.text else []
            yield ArticleResult(article=a, events=tuple(evs))

    monkeypatch.setattr("brinkwatch.eval.corpus.run_articles", run_articles)
    out = tmp_path / "sub" / "pred.jsonl"
    s = evaluate_plv(tsv, FakeCtx(), predictions_out=out, classifier=classify)
    assert s.rows == 5 and s.correct == 4  # CONCEDE counts as YIELD
    assert seen[1][2] == plv.EMPTY_SPAN  # "a recipient" is not in the sentence
    assert s.e2e is not None and s.e2e.extracted == 1 and s.e2e.rows_matched == 1
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["row"] for x in lines] == [0, 1, 2, 3, 4]
    assert lines[4]["root"] == "YIELD" and lines[4]["quad"] == 2
    assert lines[1]["events"][0]["type"] == "AGREE"
    assert lines[1]["events"][0]["actor"][0]["text"] == "Turkey"
    assert lines[0]["events"] == []

    only_a = evaluate_plv(tsv, FakeCtx(), end_to_end=False, limit=2, classifier=classify)
    assert only_a.rows == 2 and only_a.e2e is None


def test_shared_plv_file_reads_cleanly() -> None:
    path = Path(__file__).resolve().parents[2] / ".." / "shared" / "benchmarks" / "plv"
    if not (path / "PLV_train.tsv").is_file():
        pytest.skip("../shared is absent")
    rows = load_plv(path / "PLV_train.tsv")
    assert len(rows) == 1050
    assert {r.gold_root for r in rows} == set(PLV_ROOTS)
    located = [r for r in rows if r.source_span and r.target_span]
    assert len(located) > 1000
    for r in located:
        assert r.sentence[slice(*r.source_span)].strip()
