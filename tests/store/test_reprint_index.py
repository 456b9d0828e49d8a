"""The stage's reprint index lives in the store (``profile_bands``): it finds what datasketch's
LSH finds, in the same order, without holding the corpus's signatures in memory."""

from __future__ import annotations

import json
import random
import sqlite3

from datasketch import MinHash, MinHashLSH

from brinkwatch.analysis import text
from brinkwatch.analysis.stage import _Reprints, band_keys, band_ranges
from brinkwatch.records import Article, ArticleResult, ArticleStatus, text_id
from brinkwatch.store import crossref as q
from brinkwatch.store import open_store


def _texts() -> list[str]:
    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(300)]
    bases = [[rng.choice(vocab) for _ in range(120)] for _ in range(12)]
    texts = []
    for i in range(80):  # copies of a few texts with more or fewer words changed
        words = list(bases[i % len(bases)])
        for _ in range(rng.choice([0, 3, 10, 30, 60])):
            words[rng.randrange(len(words))] = rng.choice(vocab)
        texts.append(" ".join(words) + f" tail{i}")
    return texts


def _store_article(store, body: str, n: int) -> str:
    aid = text_id(body)
    store.write(ArticleResult(article=Article(id=aid, origin=f"memory:{n}", text=body,
                                              status=ArticleStatus.OK, published="2025-01-01"),
                              extractors=("x.v1",)))
    return aid


def _profile(conn, aid: str, sig: list[int]) -> None:
    q.save_profile(conn, aid, terms={}, signature=sig, reprint_of=None, published_estimate=None,
                   credibility={"flags": []}, claims={}, actor_keys=(), day_start="2025-01-01",
                   day_end="2025-01-01")


def _postgres_fixture():
    """The ``pg_url`` fixture of test_postgres.py (a fresh schema on the test server)."""
    from brinkwatch_tests_store_postgres import pg_url  # registered by tests/conftest.py

    return pg_url


pg_url = _postgres_fixture()


def _check_against_lsh(target: str) -> tuple[int, int]:
    """Each of 80 texts looked up, then indexed, in a store: the original found is the one
    datasketch's LSH finds. Returns (originals found, band rows per article)."""
    texts = _texts()
    ours = _Reprints(0.6)
    lsh = MinHashLSH(threshold=0.6, num_perm=text.NUM_PERM)
    order: list[str] = []
    found = 0
    with open_store(target) as store:
        ids = [_store_article(store, t, i) for i, t in enumerate(texts)]
        for aid, t in zip(ids, texts, strict=True):
            sig = text.signature(t)
            m = MinHash(num_perm=text.NUM_PERM, seed=1, scheme="affine32", hashvalues=sig)
            expected = None
            for other in sorted(lsh.query(m), key=order.index):
                if text.jaccard(text.signature(texts[ids.index(other)]), sig) >= 0.6:
                    expected = other
                    break
            with store.transaction() as conn:
                got, _ = ours.original(conn, aid, sig)
                assert got == expected
                found += got is not None
                ours.add(conn, aid, sig, None)  # originals only: no chains to follow
                ours.add(conn, aid, sig, None)  # a second add changes nothing
                _profile(conn, aid, sig)
            lsh.insert(aid, m)
            order.append(aid)
    return found, len(ours.ranges)


def test_reprint_index_in_the_store_finds_what_datasketchs_lsh_finds(tmp_path) -> None:
    found, bands = _check_against_lsh(str(tmp_path / "r.db"))
    assert 10 < found < 80  # copies found, and texts changed too much left alone
    con = sqlite3.connect(tmp_path / "r.db")
    assert con.execute("SELECT count(*) FROM profile_bands").fetchone()[0] == 80 * bands
    plan = " ".join(r[-1] for r in con.execute(
        "EXPLAIN QUERY PLAN SELECT article_id, seq FROM profile_bands WHERE key IN (1, 2)"))
    assert "ix_profile_bands_key" in plan and "SCAN profile_bands" not in plan


def test_reprint_index_on_postgresql(pg_url: str) -> None:
    found, _ = _check_against_lsh(pg_url)  # signed 64-bit keys in a BIGINT
    assert 10 < found < 80


def test_band_keys_name_their_band_and_another_banding_is_reindexed(tmp_path) -> None:
    sig = text.signature(_texts()[0])
    ranges = band_ranges(0.6)
    keys = band_keys(__import__("numpy").asarray(sig, dtype="uint32"), ranges)
    assert len(set(keys)) == len(ranges) and all(-(1 << 63) <= k < (1 << 63) for k in keys)
    # the same values in two bands give two keys
    flat = [7] * text.NUM_PERM
    same = band_keys(__import__("numpy").asarray(flat, dtype="uint32"), ranges)
    assert len(set(same)) == len(ranges)
    with open_store(tmp_path / "k.db") as store:
        aid = _store_article(store, "one two three four five six seven", 1)
        with store.transaction() as conn:
            _profile(conn, aid, sig)
            _Reprints(0.6).add(conn, aid, sig, None)
        other = _Reprints(0.8)  # rules with another threshold: another banding
        with store.transaction() as conn:
            assert other.original(conn, "x", sig) == (None, 0.0)
            other.check(conn)
            got = other.original(conn, "x", sig)
        assert got[0] == aid and got[1] == 1.0
    con = sqlite3.connect(tmp_path / "k.db")
    stored = [r[0] for r in con.execute("SELECT key FROM profile_bands ORDER BY seq")]
    assert stored == other.keys(sig) and json.loads(
        con.execute("SELECT signature FROM article_profiles").fetchone()[0]) == sig


def test_old_stores_gain_the_reprint_index_filled_from_their_signatures(tmp_path) -> None:
    from sqlalchemy import text as sql

    from brinkwatch.store import MIGRATIONS

    texts = _texts()[:12]
    path = tmp_path / "old.db"
    with open_store(path) as store:
        ids = [_store_article(store, t, i) for i, t in enumerate(texts)]
        with store.transaction() as conn:
            index = _Reprints(0.6)
            for aid, t in zip(ids, texts, strict=True):
                index.add(conn, aid, text.signature(t), None)
                _profile(conn, aid, text.signature(t))
    with closing_db(path) as con:
        expected = con.execute("SELECT article_id, key FROM profile_bands ORDER BY seq").fetchall()
    with open_store(path) as store, store.transaction() as conn:  # as migration 14 left it
        version = 1 + next(i for i, m in enumerate(MIGRATIONS)
                           if m.apply.__name__ == "_flat_stage_lookups")
        conn.execute(sql("DROP TABLE profile_bands"))
        conn.execute(sql("DELETE FROM schema_migrations WHERE version >= :v"), {"v": version})
    with open_store(path) as store, store.transaction() as conn:
        assert _Reprints(0.6).original(conn, "x", text.signature(texts[5]))[0] == ids[5]
    with closing_db(path) as con:
        assert con.execute("SELECT article_id, key FROM profile_bands ORDER BY seq").fetchall() \
            == expected and len(expected) == 12 * len(band_ranges(0.6))


def closing_db(path):
    from contextlib import closing

    return closing(sqlite3.connect(path))
