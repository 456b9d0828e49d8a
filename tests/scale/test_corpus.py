"""The generated benchmark corpus: deterministic, realistic lengths, every article distinct."""

from __future__ import annotations

import json
import statistics

import pytest

from brinkwatch.errors import ConfigError
from brinkwatch.records import ArticleStatus
from brinkwatch.scale.corpus import generate_articles, write_corpus
from brinkwatch.sources import iter_path


def test_same_seed_same_corpus_other_seed_other_corpus():
    a = list(generate_articles(20, seed=1))
    assert a == list(generate_articles(20, seed=1))
    assert a != list(generate_articles(20, seed=2))


def test_lengths_are_news_like_and_texts_distinct():
    rows = list(generate_articles(300))
    words = [len(r["text"].split()) for r in rows]
    assert 400 <= statistics.median(words) <= 650
    assert min(words) >= 100 and max(words) <= 2600
    assert len({r["text"] for r in rows}) == 300


def test_written_files_read_back_as_ok_articles(tmp_path):
    paths = write_corpus(tmp_path, 25, per_file=10, median_words=60)
    assert [p.name for p in paths] == ["generated-00001.jsonl", "generated-00002.jsonl",
                                      "generated-00003.jsonl"]
    assert sum(len(p.read_text().splitlines()) for p in paths) == 25
    articles = list(iter_path(tmp_path))
    assert len(articles) == 25 and all(a.status is ArticleStatus.OK for a in articles)
    assert len({a.id for a in articles}) == 25
    assert json.loads(paths[0].read_text().splitlines()[0])["published"] == "2024-01-01"


def test_zero_articles_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="positive number"):
        write_corpus(tmp_path, 0)
