"""The cross-article stage over a real store: stories, reprints, contradictions, dating,
incremental runs and rebuilds. Articles are hand-built (no spaCy); the texts are ours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brinkwatch.analysis import views
from brinkwatch.analysis.stage import run_stage
from brinkwatch.kb.loader import load_theatre
from brinkwatch.store import open_store

from .builders import Ev, article

KB = load_theatre()

A1 = article(
    "Drones struck the Harbour Brigade depot in Basra on Sunday, killing four guards, the U.S. "
    "military said.\nThe depot stored rockets and drones for the Harbour Brigade, a Kata'ib "
    "Hezbollah unit, according to the statement.\nThe brigade's commander vowed revenge.",
    [Ev("struck", "ASSAULT", actor="U.S. military", target="Kata'ib Hezbollah", place="Basra",
        speaker="U.S. military", kind="named")],
    outlet="wire.example", published="2024-05-05", url="https://wire.example/a1")
A2 = article(
    "Unidentified drones hit a Harbour Brigade depot in Basra, and two guards were killed, "
    "local police said.\nThe Kata'ib Hezbollah unit kept rockets and drones at the depot.\n"
    "Residents of Basra heard three explosions before dawn.",
    [Ev("hit", "ASSAULT", target="Kata'ib Hezbollah", place="Basra")],
    outlet="daily.example", published="2024-05-05", url="https://daily.example/a2")
A3 = article(A1.article.text + "\nThis story was first published by Wire.",
             [Ev("struck", "ASSAULT", actor="U.S. military", target="Kata'ib Hezbollah",
                 place="Basra", speaker="U.S. military", kind="named")],
             outlet="copy.example", published="2024-05-06", url="https://copy.example/a3")
A4 = article(
    "A roadside bomb hit a Norwegian patrol outside Kirkuk on Sunday, wounding one soldier.\n"
    "Norway's defence ministry said the convoy was returning from a training mission.",
    [Ev("hit", "ASSAULT", target="Norway", place="Kirkuk")],
    outlet="nordic.example", published="2024-05-05", url="https://nordic.example/a4")
A5 = article(  # undated: told on Sunday, about the same depot
    "On Sunday drones struck the Harbour Brigade depot in Basra, where the Kata'ib Hezbollah "
    "unit kept rockets and drones; guards were killed.\nThe brigade vowed revenge.",
    [Ev("struck", "ASSAULT", target="Kata'ib Hezbollah", place="Basra")],
    outlet="blog.example", published=None, url="https://blog.example/a5")


def _store(tmp_path: Path, *results):
    store = open_store(tmp_path / "bw.db")
    for r in results:
        store.write(r)
    return store


def _by_article(store) -> dict[str, dict]:
    out = {}
    for s in views.list_stories(store):
        for r in s["reports"]:
            out.setdefault(r["article"]["id"], s)
    return out


def _by_coded_article(store) -> dict[str, dict]:
    """The story of each article's coded event (not the stories it joined on its text)."""
    return {r["article"]["id"]: s for s in views.list_stories(store) for r in s["reports"]
            if r["event_id"]}


def test_one_event_across_outlets_is_one_story(tmp_path: Path) -> None:
    store = _store(tmp_path, A1, A2, A3, A4)
    summary = run_stage(store, kb=KB)
    assert summary.articles == 4
    stories = _by_article(store)
    s = stories[A1.article.id]
    assert stories[A2.article.id]["id"] == s["id"] == stories[A3.article.id]["id"]
    # a different real event of the same type on the same day stays apart
    assert stories[A4.article.id]["id"] != s["id"]
    assert s["outlets"] == ["copy.example", "daily.example", "wire.example"]
    assert s["independent_outlets"] == 2  # the reprint counts once
    assert s["reprints"] == [{"article_id": A3.article.id, "original": A1.article.id}]
    joined = [r for r in s["reports"] if r["article"]["id"] == A2.article.id]
    assert any(c.startswith("text similarity") for c in joined[0]["cues"])
    assert any(c.startswith("dates meet") for c in joined[0]["cues"])
    assert s["actor"][0]["name"] == "U.S. military"
    assert s["location"]["name"] == "Basra"
    rep = joined[0]
    assert rep["article"] == {"id": A2.article.id, "origin": "https://daily.example/a2",
                              "url": "https://daily.example/a2", "outlet": "daily.example",
                              "published": "2024-05-05"}
    assert rep["sourcing"] == {"source": "none", "party": "outlet"}


def test_competing_claims_side_by_side(tmp_path: Path) -> None:
    store = _store(tmp_path, A1, A2, A4)
    run_stage(store, kb=KB)
    s = _by_article(store)[A1.article.id]
    topics = {c["topic"]: c for c in s["contradictions"]}
    assert {"perpetrator", "casualties"} <= set(topics)
    claims = {c["article_id"]: c["claim"] for c in topics["casualties"]["claims"]}
    assert "four guards" in claims[A1.article.id] and "two guards" in claims[A2.article.id]
    who = {c["article_id"]: c for c in topics["perpetrator"]["claims"]}
    assert who[A1.article.id]["claim"] == "U.S. military"
    assert who[A1.article.id]["source"] == "U.S. military"
    assert who[A2.article.id]["claim"] == "names no one"
    # the lone story of the other event has nothing to contradict
    assert _by_article(store)[A4.article.id]["contradictions"] == []
    assert views.list_stories(store, contradicted=True) == [s]


def test_rerun_changes_nothing_and_rebuild_gives_the_same_stories(tmp_path: Path) -> None:
    store = _store(tmp_path, A1, A2, A3, A4)
    run_stage(store, kb=KB)
    before = views.list_stories(store)
    again = run_stage(store, kb=KB)
    assert again.articles == 0 and again.reports == 0
    assert views.list_stories(store) == before
    run_stage(store, kb=KB, rebuild=True)
    assert views.list_stories(store) == before


def test_a_new_article_joins_an_existing_story(tmp_path: Path) -> None:
    store = _store(tmp_path, A1, A4)
    run_stage(store, kb=KB)
    first = _by_article(store)[A1.article.id]["id"]
    store.write(A2)
    summary = run_stage(store, kb=KB)
    assert summary.articles == 1  # only the new article was read
    assert _by_article(store)[A2.article.id]["id"] == first


def test_undated_article_is_dated_from_its_story(tmp_path: Path) -> None:
    store = _store(tmp_path, A1, A2, A4, A5)
    run_stage(store, kb=KB)
    a5 = views.get_article(store, A5.article.id[:10])
    est = a5["published_estimate"]
    assert est is not None and est["cues"]
    assert any(c["kind"] == "story" for c in est["cues"])
    # 2024-05-05 is a Sunday: the article was written that day or within the week after
    assert est["start"] <= "2024-05-05" <= est["end"]
    assert a5["published"] is None  # the estimate is kept apart from the article's own date
    a1 = views.get_article(store, A1.article.id)
    assert a1["published_estimate"] is None and a1["published"] == "2024-05-05"
    # the event of the undated article keeps its own (empty) date
    s = _by_article(store)[A5.article.id]
    rep = [r for r in s["reports"] if r["article"]["id"] == A5.article.id][0]
    assert rep["date"]["value"] is None
    # ... and carries the range its article's estimate allows
    assert rep["date_range"]["from"].startswith("estimated article date")
    assert rep["date_range"]["start"] <= "2024-05-05" <= rep["date_range"]["end"]


def test_articles_export_fields(tmp_path: Path) -> None:
    store = _store(tmp_path, A1, A5)
    run_stage(store, kb=KB)
    rows = views.list_articles(store)
    assert [list(r)[:7] for r in rows][0] == ["id", "origin", "url", "outlet", "published",
                                              "published_estimate", "credibility"]
    assert all(isinstance(r["credibility"]["flags"], list) for r in rows)
    json.dumps(rows)


def test_story_filters(tmp_path: Path) -> None:
    store = _store(tmp_path, A1, A2, A4)
    run_stage(store, kb=KB)
    assert len(views.list_stories(store, min_outlets=2)) == 1
    assert [s["target"][0]["name"] for s in views.list_stories(store, actor="Norway")] == ["Norway"]
    assert views.list_stories(store, since="2024-06-01") == []
    assert len(views.list_stories(store, until="2024-05-31", type="ASSAULT")) == 2
    with pytest.raises(Exception, match="ISO date"):
        views.list_stories(store, since="last week")


def test_a_recoded_article_is_analysed_again(tmp_path: Path) -> None:
    from dataclasses import replace

    store = _store(tmp_path, A1, A2, A4)
    run_stage(store, kb=KB)
    story = _by_article(store)[A2.article.id]["id"]
    store.write(replace(A2, extractors=("actors.kb.v1", "events.rules.v2")))  # re-coded
    summary = run_stage(store, kb=KB)
    assert summary.articles == 1
    s = views.get_story(store, story)
    ids = {r["event_id"] for r in s["reports"]}
    assert {e.id for e in A2.events} <= ids  # its report is back, not duplicated
    assert len(s["reports"]) == len({(r["event_id"], r["article"]["id"]) for r in s["reports"]})


# --- two events that look alike, and denials about something else -----------------------------
R1 = article(  # the retaliation, a day later at the same place: the roles are reversed
    "Kata'ib Hezbollah fighters fired rockets at U.S. military advisers in Basra on Monday, a "
    "day after drones struck the Harbour Brigade depot.\nThe U.S. military said no one was hurt.",
    [Ev("fired", "ASSAULT", actor="Kata'ib Hezbollah", target="U.S. military", place="Basra")],
    outlet="gulf.example", published="2024-05-06", url="https://gulf.example/r1")


def test_an_attack_and_its_retaliation_are_two_stories(tmp_path: Path) -> None:
    store = _store(tmp_path, A1, A2, R1)
    run_stage(store, kb=KB)
    stories = _by_coded_article(store)
    strike, retaliation = stories[A1.article.id], stories[R1.article.id]
    assert stories[A2.article.id]["id"] == strike["id"]  # the same strike still joins
    assert retaliation["id"] != strike["id"]
    assert [a["name"] for a in retaliation["actor"]] == ["Kata'ib Hezbollah"]
    assert [a["name"] for a in retaliation["target"]] == ["U.S. military"]
    for s in views.list_stories(store):  # no summary reads "A -> A"
        assert not {a["name"] for a in s["actor"]} & {t["name"] for t in s["target"]}


D1 = article(
    "A roadside bomb planted by Kata'ib Hezbollah hit a Norwegian patrol in northern Kirkuk on "
    "Sunday, Norway said.\nThe defence ministry denied a report that the patrol had strayed "
    "from its route.",
    [Ev("hit", "ASSAULT", actor="Kata'ib Hezbollah", target="Norway", place="Kirkuk")],
    outlet="nordic.example", published="2024-05-05", url="https://nordic.example/d1")
D2 = article(
    "A bomb hit a Norwegian patrol in southern Kirkuk on Sunday, wounding one soldier.\n"
    "Kata'ib Hezbollah denied any involvement in the bombing of the patrol.",
    [Ev("hit", "ASSAULT", target="Norway", place="Kirkuk")],
    outlet="gulf.example", published="2024-05-05", url="https://gulf.example/d2")
D3 = article(
    "A bomb hit a Norwegian patrol in northern Kirkuk on Sunday, wounding one soldier.\n"
    "The governor denied a report that he had resigned.",
    [Ev("hit", "ASSAULT", target="Norway", place="Kirkuk")],
    outlet="gulf.example", published="2024-05-05", url="https://gulf.example/d3")


def test_a_denial_is_cited_only_when_it_is_about_the_accused(tmp_path: Path) -> None:
    store = _store(tmp_path, D1, D2)
    run_stage(store, kb=KB)
    s = _by_article(store)[D1.article.id]
    assert _by_article(store)[D2.article.id]["id"] == s["id"]
    topics = {c["topic"]: c for c in s["contradictions"]}
    claims = {c["article_id"]: c["claim"] for c in topics["denial"]["claims"]}
    assert claims[D1.article.id] == "Kata'ib Hezbollah did it: ASSAULT"
    assert "denied any involvement" in claims[D2.article.id]
    assert not any("strayed" in c["claim"] for c in topics["denial"]["claims"])
    # where in Kirkuk: north against south
    place = {c["article_id"]: c["claim"] for c in topics["place"]["claims"]}
    assert place == {D1.article.id: "northern Kirkuk", D2.article.id: "southern Kirkuk"}


def test_denials_of_other_matters_are_no_contested_denial(tmp_path: Path) -> None:
    store = _store(tmp_path, D1, D3)
    run_stage(store, kb=KB)
    s = _by_article(store)[D1.article.id]
    assert _by_article(store)[D3.article.id]["id"] == s["id"]
    topics = {c["topic"] for c in s["contradictions"]}
    assert "denial" not in topics and "place" not in topics  # both say northern Kirkuk


def test_a_contract_change_reaches_stories_without_a_rerun(tmp_path: Path, monkeypatch) -> None:
    """Stories keep their facts; the reports' events and articles are exported at read."""
    from brinkwatch import contract

    store = _store(tmp_path, A1, A2, A4)
    run_stage(store, kb=KB)
    before = views.list_stories(store)
    old = contract.event_to_export

    def newer(event, article):  # a later contract adds a field to every actor and target ref
        d = old(event, article)
        for role in ("actor", "target"):
            d[role] = [{**r, "v2": True} for r in d[role]]
        return d

    monkeypatch.setattr(contract, "event_to_export", newer)
    after = views.list_stories(store)
    assert [s["id"] for s in after] == [s["id"] for s in before]
    s = next(s for s in after if A1.article.id in {r["article"]["id"] for r in s["reports"]})
    assert s["actor"] and all(r["v2"] for r in s["actor"] + s["target"])
    assert all(r["v2"] for rep in s["reports"] for r in rep["actor"] + rep["target"])
    monkeypatch.setattr(contract, "event_to_export", old)
    # an article's row corrected after the stage ran shows in its stories' reports
    with store.transaction() as conn:
        from sqlalchemy import text
        conn.execute(text("UPDATE articles SET outlet = 'renamed.example' WHERE id = :i"),
                     {"i": A2.article.id})
    s = _by_article(store)[A2.article.id]
    assert {r["article"]["outlet"] for r in s["reports"]
            if r["article"]["id"] == A2.article.id} == {"renamed.example"}
    assert views.list_stories(store) != before


def test_stores_holding_story_exports_are_converted(tmp_path: Path) -> None:
    """A store written when stories.record held the export dict is migrated in place, and
    exports byte for byte what it did."""
    import sqlite3

    from brinkwatch.store import MIGRATIONS

    store = _store(tmp_path, A1, A2, A3, A4, A5)
    run_stage(store, kb=KB)
    expected = [json.dumps(s, ensure_ascii=False) for s in views.list_stories(store)]
    store.close()
    version = 1 + next(i for i, m in enumerate(MIGRATIONS) if m.apply.__name__ == "_story_facts")
    con = sqlite3.connect(tmp_path / "bw.db")
    with con:  # write the exports back as an older brinkwatch stored them
        for line in expected:
            d = json.loads(line)
            con.execute("UPDATE stories SET record = ? WHERE id = ?", (line, d["id"]))
        con.execute("DELETE FROM schema_migrations WHERE version = ?", (version,))
        assert len(expected) >= 2
    con.close()
    store = open_store(tmp_path / "bw.db")
    assert [json.dumps(s, ensure_ascii=False) for s in views.list_stories(store)] == expected
    with store.snapshot() as conn:
        from sqlalchemy import text
        records = [json.loads(r) for r in conn.execute(text("SELECT record FROM stories")).scalars()]
    assert all("__facts" in r and "article" not in r["reports"][0] for r in records)


def _with_people(result, *names: tuple[str, str]):
    """The article with person mentions linked to the KB (name as written, KB id)."""
    from dataclasses import replace

    from brinkwatch.records import Mention, hash_id

    text, aid = result.article.text, result.article.id
    extra = []
    for name, kb_id in names:
        at = text.index(name)
        sent = next(s for s in result.sentences if s.start <= at < s.end)
        extra.append(Mention(id=hash_id("m", aid, at, kb_id), article_id=aid,
                             sentence_index=sent.index, start=at, end=at + len(name), text=name,
                             label="PERSON", kb_id=kb_id, name=name, method="alias",
                             confidence=0.9, extractor="actors.kb.v1"))
    return replace(result, mentions=(*result.mentions, *extra))


# undated, and naming two officials who never served together: an anachronism
A6 = _with_people(article(
    "Drones struck the Harbour Brigade depot in Basra, where the Kata'ib Hezbollah unit kept "
    "rockets; guards were killed.\nTreasury Secretary Scott Bessent praised the strike, a blow "
    "the Biden administration had long sought against the brigade.",
    [Ev("struck", "ASSAULT", target="Kata'ib Hezbollah", place="Basra")],
    outlet="farm.example", published=None, url="https://farm.example/a6"),
    ("Scott Bessent", "p_scott_bessent"), ("Biden", "p_biden"))


def test_an_anachronistic_undated_article_joins_its_story(tmp_path: Path) -> None:
    store = _store(tmp_path, A1, A2, A6)
    run_stage(store, kb=KB)
    a6 = views.get_article(store, A6.article.id)
    est = a6["published_estimate"]
    # the two officials' terms cannot both hold: neither dates the text alone, the conflict
    # is the anachronism flag's evidence, and the story's dated reports date the article
    assert est["conflicts"] and est["confidence"] != "high"
    assert est["start"] <= "2024-05-05" <= est["end"]
    assert any(c["kind"] == "story" for c in est["cues"])
    assert "anachronism" in {f["flag"] for f in a6["credibility"]["flags"]}
    assert _by_article(store)[A6.article.id]["id"] == _by_article(store)[A1.article.id]["id"]


# an undated page the story of its own days dates with high confidence, and a later event
# with alike words and the same group: the page is not drawn months away by its text
J1 = article(
    "Rockets struck the Harbour Brigade depot in Basra on Wednesday, wounding three guards, "
    "Kata'ib Hezbollah said.\nThe depot held drones and rockets of the Kata'ib Hezbollah unit.",
    [Ev("struck", "ASSAULT", target="Kata'ib Hezbollah", place="Basra")],
    outlet="wire.example", published="2024-01-10", url="https://wire.example/j1")
JU = _with_people(article(
    "On Wednesday rockets struck the Harbour Brigade depot in Basra, where the Kata'ib "
    "Hezbollah unit kept drones; three guards were wounded.\nSmugglers near the Zubair fuel "
    "warehouse said tankers idled at the quay and traders counted losses.",
    [Ev("struck", "ASSAULT", target="Kata'ib Hezbollah", place="Basra")],
    outlet="blog.example", published=None, url="https://blog.example/ju"),
    ("Kata'ib", "org_kataib_hezbollah"))
M1 = article(
    "On Monday rockets struck the Harbour Brigade depot in Basra again, where the Kata'ib "
    "Hezbollah unit kept drones; two guards were wounded.\nSmugglers near the Zubair fuel "
    "warehouse said tankers idled at the quay and traders counted losses again.",
    [Ev("struck", "ASSAULT", target="Kata'ib Hezbollah", place="Basra")],
    outlet="daily.example", published="2024-05-20", url="https://daily.example/m1")


def test_an_undated_page_dated_by_its_story_is_not_drawn_to_another_months_away(
        tmp_path: Path) -> None:
    store = _store(tmp_path, J1, A4, JU, M1)
    run_stage(store, kb=KB)
    est = views.get_article(store, JU.article.id)["published_estimate"]
    assert est["confidence"] == "high" and est["start"] <= "2024-01-10" <= est["end"]
    stories_of_ju = {s["id"] for s in views.list_stories(store)
                     for r in s["reports"] if r["article"]["id"] == JU.article.id}
    stories_of_m1 = {s["id"] for s in views.list_stories(store)
                     for r in s["reports"] if r["article"]["id"] == M1.article.id}
    assert stories_of_ju and not stories_of_ju & stories_of_m1


def test_the_decoded_features_follow_the_stored_text_and_stay_bounded() -> None:
    from brinkwatch.analysis.stage import _Features

    cache = _Features(size=2)
    one = cache("s1", '{"actors": ["a"]}')
    assert one == {"actors": ["a"]} and cache("s1", '{"actors": ["a"]}') is one  # kept
    # the story's features changed in the store: decoded again, never the old ones
    assert cache("s1", '{"actors": ["a", "b"]}') == {"actors": ["a", "b"]}
    cache("s2", '{"actors": []}')
    cache("s1", '{"actors": ["a", "b"]}')  # used last: s2 is the least recently used
    cache("s3", '{"places": ["x"]}')
    assert set(cache.data) == {"s1", "s3"}
