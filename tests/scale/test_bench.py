"""`brinkwatch bench --ingest`: one row per worker count, same events, ratios computed."""

from __future__ import annotations

import pytest

from brinkwatch.errors import ConfigError
from brinkwatch.scale.bench import format_ingest_bench, run_ingest_bench
from brinkwatch.scale.corpus import write_corpus


@pytest.mark.slow
def test_ingest_bench_measures_each_worker_count(tmp_path):
    write_corpus(tmp_path / "c", 6, median_words=50)
    r = run_ingest_bench(tmp_path / "c", workers=(1, 2))
    assert r.articles == 6 and [run.workers for run in r.runs] == [1, 2]
    assert r.runs[0].events == r.runs[1].events > 0
    assert r.runs[0].vs_one_worker == 1.0
    assert all(run.articles_per_s > 0 and run.vs_pipeline > 0 and run.cpu_vs_pipeline > 0
               for run in r.runs)
    text = format_ingest_bench(r)
    assert "ingest x2" in text and "of the pipeline" in text and "CPU:" in text
    # the parent codes with one worker, the workers with two (who did the coding, not a comparison
    # of two CPU timings: on six short articles those differ by less than the noise of a busy box)
    assert r.runs[0].workers_cpu_ms == 0 < r.runs[1].workers_cpu_ms
    assert all(0 < run.tail_ms < run.parent_cpu_ms for run in r.runs)
    assert "parent" in text and "workers" in text


def test_missing_corpus_says_how_to_make_one(tmp_path):
    with pytest.raises(ConfigError, match="--generate"):
        run_ingest_bench(tmp_path / "none")
