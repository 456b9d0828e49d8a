"""Reading an evaluation corpus and naming its documents as the gold does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brinkwatch.errors import EvalError
from brinkwatch.eval.corpus import doc_key, jsonl_doc_map, process_corpus, read_corpus
from brinkwatch.records import Article


@pytest.mark.parametrize(("origin", "key"), [
    ("/x/corpus/seeds/000_abc.txt", "000_abc.txt"),
    ("corpus/rows.jsonl#12", "rows.jsonl"),
    ("001.txt", "001.txt"),
])
def test_doc_key(origin: str, key: str) -> None:
    assert doc_key(Article(id="a", origin=origin, text="t")) == key


def test_read_corpus(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Iran warned Iraq.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("The US struck.\n", encoding="utf-8")
    arts = read_corpus(tmp_path)
    assert sorted(doc_key(a) for a in arts) == ["a.txt", "b.txt"]
    assert {a.text.strip() for a in arts} == {"Iran warned Iraq.", "The US struck."}


def test_missing_or_empty_corpus(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="not found"):
        read_corpus(tmp_path / "nope")
    with pytest.raises(EvalError, match="no articles"):
        process_corpus(tmp_path, ctx=None)


def test_jsonl_corpus_names_documents_by_doc_field(tmp_path: Path) -> None:
    rows = [
        {"doc": "x1", "url": "https://example.org/a", "published": "2024-02-03",
         "text": "Iran warned Iraq on Monday."},
        {"doc": "x2", "text": "The US struck a depot."},  # no url: found by its line
        {"url": "https://example.org/c", "text": "No doc field here."},  # keeps its file name
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    doc_map = jsonl_doc_map(path)
    arts = read_corpus(path)
    assert [doc_key(a, doc_map) for a in arts] == ["x1", "x2", "rows.jsonl"]
    assert arts[0].published == "2024-02-03" and arts[0].url == "https://example.org/a"
