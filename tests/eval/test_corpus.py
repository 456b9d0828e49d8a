"""Reading an evaluation corpus and naming its documents as the gold does."""

from __future__ import annotations

from pathlib import Path

import pytest

from brinkwatch.errors import EvalError
from brinkwatch.eval.corpus import doc_key, process_corpus, read_corpus
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
