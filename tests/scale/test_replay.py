"""`bench --replay`: replayed copies are distinct, self-consistent articles the writer and the
stage take as new ones (new text, ids and dates; every offset still slices its words)."""

from __future__ import annotations

import pytest

from brinkwatch.ingest import ingest
from brinkwatch.records import Article, ArticleStatus, text_id
from brinkwatch.scale.replay import YEARS_PER_COPY, replay, replay_copy
from brinkwatch.sources import neardup
from brinkwatch.store import open_store

TEXTS = (
    "BASRA, 12 June 2024 - Turkish jets bombed positions of the Kurdistan Workers' Party near "
    "Zakho on Tuesday, the defence ministry in Ankara said, and the regional government in "
    "Erbil protested the strikes as a breach of its territory.\n\nA spokesman for the party "
    "said two of its fighters were killed and promised to keep resisting.",
    "AMMAN, 3 February 2024 - Jordan's foreign minister met his Iraqi counterpart in the "
    "capital to talk about water sharing and border trade, officials said.\n\nThe two sides "
    "agreed to meet again after the harvest season, a statement from the ministry said.",
)


@pytest.fixture(scope="module")
def base():
    from brinkwatch.pipeline import build_context, process

    ctx = build_context()
    arts = [Article(id=text_id(t), origin=f"memory:{i}", text=t, published="2024-06-12",
                    status=ArticleStatus.OK) for i, t in enumerate(TEXTS)]
    return ctx, [process(a, ctx) for a in arts]


def test_replayed_copies_are_new_consistent_articles(base):
    ctx, results = base
    assert any(r.events for r in results)
    copies = list(replay(results, 6))
    assert len({c.article.id for c in copies}) == 6
    assert len({e.id for c in copies for e in c.events}) == sum(len(c.events) for c in copies)
    for i, c in enumerate(copies):
        k, j = divmod(i, len(results))
        orig = results[j]
        art = c.article
        assert art.id == text_id(art.text) and len(art.text) == len(orig.article.text)
        assert art.published == f"{2024 + YEARS_PER_COPY * k}-06-12"
        for m in c.mentions:  # the named words are kept, at their offsets
            assert m.article_id == art.id and art.text[m.start:m.end] == m.text
        for s in c.sentences:
            assert s.text == art.text[s.start:s.end]
        for e, oe in zip(c.events, orig.events, strict=True):
            assert e.article_id == art.id and e.type == oe.type
            assert (e.date.value or "")[4:] == (oe.date.value or "")[4:]
            for ev in e.evidence:
                if ev.trigger_start is not None:
                    assert art.text[ev.trigger_start:ev.trigger_end] == ev.trigger
    # copies of one article are not near-duplicates of each other (else ingest would not code them)
    same = [c.article.text for c in copies[0::2]]
    assert len(set(same)) == 3 and not neardup.is_near_duplicate(same[0], same[1])


def test_any_copy_can_be_made_without_the_ones_before_it(base):
    # benchmarks/neardup_lookup.py makes copy 30,000 without making the 29,999 before it
    _ctx, results = base
    copies = list(replay(results, 5))
    assert [replay_copy(results, i) for i in (4, 1)] == [copies[4], copies[1]]
    assert replay_copy(results, 2).article.text != replay_copy(results, 4).article.text


def test_the_writer_stores_every_replayed_copy(base, tmp_path):
    ctx, results = base
    copies = {c.article.id: c for c in replay(results, 6)}
    with open_store(tmp_path / "r.db") as store:
        summary = ingest([c.article for c in copies.values()], store, ctx,
                         mapper=lambda todo: (copies[a.id] for a in todo))
        stored = store.status_counts()
    assert summary.new == 6 and summary.duplicates == 0
    assert stored.get("ok") == 6
    assert summary.events + summary.kept_apart == sum(len(c.events) for c in copies.values())


def test_the_replay_bench_reports_each_sample_as_taken_and_the_stages_share(tmp_path):
    import json

    from brinkwatch.scale.replay import format_replay_bench, run_replay_bench

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text("".join(json.dumps({"text": t, "published": "2024-06-12"})
                                            + "\n" for t in TEXTS), encoding="utf-8")
    seen = []
    r = run_replay_bench(corpus, 6, every=3, db=str(tmp_path / "replay.db"),
                         on_sample=seen.append)
    assert [s.articles for s in seen] == [3, 6] and seen == r.samples
    assert r.base_articles == 2 and r.pipeline_ms_per_article > 0
    assert all(s.rss_mb > 0 and s.cpu_ms_per_article >= s.stage_ms_per_article >= 0 for s in seen)
    assert 0 < r.stage_cpu_s <= r.parent_cpu_s and 0 < r.stage_share < 1
    out = format_replay_bench(r, samples=False)
    assert "stage / whole ingest with one process" in out and "6 articles analysed" in out
    assert "RSS" not in out and "RSS" in format_replay_bench(r)
    with open_store(tmp_path / "replay.db") as store:  # --scratch-db keeps the store
        assert store.status_counts().get("ok") == 6
