"""The cross-article stage's reads and writes cut in round 14 (scale14) store the same rows:
the profiles of a page of story rebuilds are read once (``crossref.profiles(..., memo=)``), a
story rebuilt with the features it was stored with writes their stored text back (no encode,
no names sync), and joining stories by text reads the articles around a date, their profiles
and their term counts once per article."""

from __future__ import annotations

from pathlib import Path

import pytest
from brinkwatch_tests_store_factory import make_result  # registered by tests/conftest.py
from sqlalchemy import text

from brinkwatch.analysis.stage import run_stage
from brinkwatch.kb.loader import load_theatre
from brinkwatch.store import crossref as q
from brinkwatch.store import open_store

KB = load_theatre()

# what the stage writes, without the clocks (updated_at)
TABLES = {
    "stories": "id, family, date_start, date_end, date_span, wide, first_report, last_report, "
               "n_reports, n_outlets, n_independent, contradicted, dirty, features, record",
    "story_reports": "id, story_id, event_id, article_id, position, cues",
    "story_names": "story_id, name",
    "article_profiles": "article_id, terms, signature, reprint_of, published_estimate, "
                        "credibility, claims, actor_keys, day_start, day_end",
}


def _snapshot(store) -> dict[str, list[tuple[object, ...]]]:
    with store.snapshot() as conn:
        return {t: sorted(conn.execute(text(f"SELECT {cols} FROM {t}")).all(), key=repr)
                for t, cols in TABLES.items()}


def _staged(path: Path, n: int = 14):
    store = open_store(path)
    for i in range(n):
        store.write(make_result(i))
    run_stage(store, kb=KB)
    return store


def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reads and writes as before round 14: no memo, features always encoded."""
    for name in ("profiles", "profiles_for_text", "terms_of"):
        orig = getattr(q, name)
        monkeypatch.setattr(q, name, lambda conn, ids, _o=orig, memo=None, **kw: _o(conn, ids, **kw))
    save = q.save_story
    monkeypatch.setattr(q, "save_story", lambda conn, features_text=None, **kw: save(conn, **kw))


def test_the_stage_stores_the_same_rows_as_without_the_memos(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _snapshot(_staged(tmp_path / "fast.db"))
    with monkeypatch.context() as m:
        _plain(m)
        plain = _snapshot(_staged(tmp_path / "plain.db"))
    assert fast == plain
    # the comparison means something: stories of several reports, names, profiles
    assert len(fast["article_profiles"]) == 14
    assert any(row[8] > 1 for row in fast["stories"])  # n_reports
    assert fast["story_names"]


class _Counted:
    """Counts the statements the stage's reads run."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.n = 0
        orig = q._fetch

        def fetch(*a, **kw):
            self.n += 1
            return orig(*a, **kw)

        monkeypatch.setattr(q, "_fetch", fetch)


@pytest.mark.parametrize("read", ["profiles", "profiles_for_text", "terms_of"])
def test_a_memo_answers_again_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              read: str) -> None:
    store = _staged(tmp_path / "bw.db", n=4)
    with store.snapshot() as conn:
        ids = sorted(r[0] for r in conn.execute(text("SELECT article_id FROM article_profiles")))
        unknown = "f" * 64  # no such article: remembered as None, never in an answer
        plain = getattr(q, read)(conn, ids)
        memo: q.Memo = {}
        counted = _Counted(monkeypatch)
        first = getattr(q, read)(conn, [*ids[:2], unknown], memo=memo)
        assert counted.n == 1 and set(first) == set(ids[:2])
        assert memo[unknown] is None and unknown not in first
        # positive: the ids read before come from the memo, the new ones are read
        again = getattr(q, read)(conn, ids, memo=memo)
        assert counted.n == 2 and again == plain and list(again) == ids
        getattr(q, read)(conn, [unknown, *ids], memo=memo)
        assert counted.n == 2  # everything known: no statement at all


def test_a_story_saved_with_its_stored_features_keeps_text_and_names(tmp_path: Path) -> None:
    store = _staged(tmp_path / "bw.db", n=4)
    with store.transaction() as conn:
        sid = conn.execute(text("SELECT id FROM stories ORDER BY id LIMIT 1")).scalar_one()
        f, stored = q.story_features_stored(conn, sid)
        names = sorted(conn.execute(text("SELECT name FROM story_names WHERE story_id = :s"),
                                    {"s": sid}).scalars())
        args = dict(story_id=sid, family="x", date_start=f.get("start"), date_end=f.get("end"),
                    first_report=None, last_report=None, n_reports=1, n_outlets=1,
                    n_independent=1, contradicted=False, record={"id": sid})
        # positive: the text read is written back as it is; the names stay
        q.save_story(conn, features=f, features_text=stored, **args)
        assert q.story_features_stored(conn, sid)[1] == stored
        assert sorted(conn.execute(text("SELECT name FROM story_names WHERE story_id = :s"),
                                   {"s": sid}).scalars()) == names
        # near miss: other features (a new place) are encoded and their names synced
        moved = {**f, "places": ["Nowhere Town"]}
        q.save_story(conn, features=moved, **args)
        assert q.story_features(conn, sid) == moved
        assert "Nowhere Town" in set(conn.execute(
            text("SELECT name FROM story_names WHERE story_id = :s"), {"s": sid}).scalars())
