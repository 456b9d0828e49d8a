"""Property-based tests (hypothesis) over every reader, the KB loader, date parsing, the CLI's
option parsing and the export: no exception escapes; every document ends with a status and,
when good, text; offsets always slice the stored text.

Bounded in `make test` (profile "ci"); `make fuzz` runs the same properties for much longer.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from brinkwatch.errors import BrinkwatchError
from brinkwatch.records import Article, ArticleStatus, text_id
from brinkwatch.sources import SourceOptions, read_feed, read_html
from brinkwatch.sources.checks import date_note, normalise_date
from brinkwatch.sources.files import read_bytes, read_jsonl_row

pytestmark = pytest.mark.fuzz
LONG = settings().max_examples > 100  # `make fuzz`
#: examples for the costly properties (each loads a KB or runs the language pipeline)
FEW = settings().max_examples if LONG else 12

OPTS = SourceOptions(max_bytes=200_000)
WORDS = ["Iraq", "Iran", "Kata'ib", "Hezbollah", "U.S.", "forces", "struck", "said", "the",
         "militia", "Baghdad", "on", "Sunday", "\u202e", "\x00", "—", "’", "é", "العراق", "\n",
         "\n\n", "  ", "<p>", "</div>", "&amp;", "{", "\"", "1/2/2020", "1577836800"]
texty = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=60).map(" ".join)
any_bytes = st.binary(max_size=2000) | texty.map(lambda t: t.encode("utf-8", "surrogatepass"))


def check_article(a: Article) -> None:
    assert isinstance(a.status, ArticleStatus)
    if a.status is ArticleStatus.OK:
        assert a.text.strip() and a.id == text_id(a.text)
    else:
        assert a.reason and "\n" not in a.reason  # one line that says why


# --- readers ----------------------------------------------------------------------------------
@given(raw=any_bytes, fmt=st.sampled_from(["txt", "md", "html"]))
def test_read_bytes_always_gives_a_status(raw, fmt):
    check_article(read_bytes(raw, origin="x", fmt=fmt, options=OPTS))


@given(html=texty.map(lambda t: f"<html><body><div><p>{t}</p></div></body></html>") | texty)
def test_read_html_never_raises(html):
    check_article(read_html(html, origin="x"))


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texty,
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids,
                                                              max_size=3),
    max_leaves=8)
row = st.fixed_dictionaries({}, optional={
    "text": texty | json_value, "html": texty | json_value, "title": json_value,
    "published": json_value | st.integers(-10**14, 10**14) | st.sampled_from(
        ["03/01/2020", "13/01/2020", "2020-13-45", "1577836800", "1e308", "nan", ""]),
    "url": json_value, "outlet": json_value})


@given(line=row.map(lambda d: json.dumps(d).encode()) | any_bytes)
def test_read_jsonl_row_always_gives_a_status(line):
    a = read_jsonl_row(line, n=1, origin="f.jsonl#L1", options=OPTS)
    check_article(a)
    if a.published is not None:
        assert re.match(r"^-?\d{4}", a.published)


@given(items=st.lists(st.tuples(texty, texty, texty), max_size=4), junk=any_bytes)
def test_read_feed_never_raises(items, junk):
    from xml.sax.saxutils import escape

    body = "".join(f"<item><title>{escape(t)}</title><description>{escape(d)}</description>"
                   f"<pubDate>{escape(p)}</pubDate></item>" for t, d, p in items)
    for raw in (f"<rss><channel>{body}</channel></rss>".encode(), junk):
        for a in read_feed(raw, origin="feed.xml", options=OPTS, single=True):
            check_article(a)


@given(raw=any_bytes)
def test_read_url_list_takes_a_list_or_refuses_in_one_line(raw, tmp_path_factory):
    from brinkwatch.sources import read_url_list

    p = tmp_path_factory.mktemp("urls") / "u.txt"
    p.write_bytes(raw)
    try:
        urls = read_url_list(p)
    except BrinkwatchError as exc:
        assert "\n" not in str(exc)
        return
    assert all(u and u == u.strip() for u in urls)


# --- dates --------------------------------------------------------------------------------------
@given(value=json_value | st.integers(-10**15, 10**15) | st.datetimes().map(str)
       | st.dates().map(lambda d: d.strftime("%d/%m/%Y")) | st.floats())
def test_date_parsing_never_raises_and_gives_iso_or_a_note(value):
    out = normalise_date(value)
    if out is not None:
        head = out[:10]
        if len(head) == 10:
            date.fromisoformat(head)
        else:
            assert re.fullmatch(r"\d{4}(-\d{2})?", head)
    note = date_note(value)
    assert note is None or (out is None and "\n" not in note)


@given(d=st.dates(min_value=date(1974, 1, 1), max_value=date(2100, 1, 1)))  # 9+ digits
def test_unambiguous_and_epoch_dates_read_back(d):
    if d.day > 12:
        assert normalise_date(d.strftime("%d/%m/%Y")) == d.isoformat()
        assert normalise_date(d.strftime("%m/%d/%Y")) == d.isoformat()
    stamp = int(datetime(d.year, d.month, d.day).timestamp())
    assert normalise_date(stamp)[:4] in {str(d.year - 1), str(d.year), str(d.year + 1)}


# --- the knowledge-base loader ---------------------------------------------------------------------
actor = st.fixed_dictionaries(
    {"id": st.sampled_from(["a_x", "a_y", "bad id", 5]), "name": json_value},
    optional={k: json_value for k in ("type", "aliases", "relations", "sources",
                                      "ambiguous_aliases", "parent", "offices", "context",
                                      "demonyms", "verified")})
theatre = st.fixed_dictionaries(
    {"format": st.sampled_from(["brinkwatch-theatre/1", 1, None])},
    optional={"theatre": json_value, "actors": st.lists(actor, max_size=3) | json_value,
              "places": json_value, "sources": json_value, "include": json_value})


@settings(max_examples=FEW,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(doc=theatre)
def test_kb_check_and_load_never_crash(doc, tmp_path):
    from brinkwatch.kb.loader import check_theatre, clear_cache, load_theatre

    f = tmp_path / "t.yaml"
    f.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    problems = check_theatre(f)
    assert all(isinstance(p, str) and "\n" not in p for p in problems)
    clear_cache()
    try:
        load_theatre([f])
    except BrinkwatchError as exc:
        assert str(exc)


# --- the CLI's option parsing ------------------------------------------------------------------------
OPTION_VALUES = st.sampled_from(["-1", "0", "2", "1e9", "nan", "", "x", "2024-1-5x", "2030",
                                 "ASSAULT", "bogus", "KH", "Kata’ib", "\u202e", "--", "-",
                                 "/nonexistent/dir/x.jsonl", "jsonl", "csv", "table"])
COMMANDS = {
    "events": ["--actor", "--type", "--since", "--until", "--doc", "--limit", "--format",
               "--with-members"],
    "export": ["--actor", "--type", "--since", "--until", "--format", "--out", "--with-members"],
    "articles": ["--status", "--limit", "--format"],
    "actors": ["--doc", "--unknown", "--total", "--format"],
    "briefing": ["--limit"],
    "show": ["--help"],
    "delete": ["--dry-run"],
    "prune": ["--status", "--dry-run"],
    "ingest": ["--max-bytes", "--timeout", "--n-process", "--allow-private", "--quiet"],
    "kb": ["show", "check", "--theatre"],
}


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
    from factory import make_bad, make_result  # type: ignore[import-not-found]

    from brinkwatch.store import open_store

    db = tmp_path_factory.mktemp("fz") / "f.db"
    with open_store(db) as store:
        for i in range(4):
            store.write(make_result(i))
        store.write(make_bad())
    return db


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cmd=st.sampled_from(sorted(COMMANDS)), data=st.data())
def test_cli_options_never_give_a_traceback(cmd, data, fuzz_db, tmp_path, monkeypatch, capsys):
    from brinkwatch import cli

    opts = data.draw(st.lists(st.sampled_from(COMMANDS[cmd]) | OPTION_VALUES, max_size=6))
    argv = ["brinkwatch", "--db", str(fuzz_db), cmd, *opts]
    if cmd == "ingest":
        argv.append(str(tmp_path / "missing-file.txt"))  # never loads the language model
    if cmd in ("delete", "prune") and "--dry-run" not in opts:
        argv.append("--dry-run")
    monkeypatch.setattr(sys, "argv", argv)
    monkeypatch.delenv("BRINKWATCH_DEBUG", raising=False)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
        raise SystemExit(0)
    err = capsys.readouterr().err
    assert exit_info.value.code in (0, 1, 2, 3, None), (argv, err)
    assert "Traceback" not in err and "This is a bug" not in err, (argv, err)


# --- export -----------------------------------------------------------------------------------------
@given(title=texty, limit=st.integers(0, 5), fmt=st.sampled_from(["jsonl", "csv"]))
@example(title="\x85\u2028", limit=1, fmt="jsonl")  # found by this test: a NEL split a line
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_export_round_trips_and_escapes(title, limit, fmt, tmp_path, fuzz_db):
    import uuid
    from dataclasses import replace

    from factory import make_result  # type: ignore[import-not-found]

    from brinkwatch.store import open_store

    work = tmp_path / uuid.uuid4().hex  # the fixture's folder is shared by every example
    work.mkdir()
    db = work / "x.db"
    with open_store(db) as store:
        r = make_result(7)
        store.write(replace(r, article=replace(r.article, title=title)))
        out = work / f"e.{fmt}"
        n = store.export_file(out, format=fmt, limit=limit)
    data = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        rows = [json.loads(x) for x in data.splitlines()]
        assert len(rows) == n and all(x["article"]["title"] == title for x in rows)
    else:
        rows = list(csv.DictReader(io.StringIO(data)))
        assert len(rows) == n
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\u202a-\u202e\u2066-\u2069]", data)
    assert sorted(p.name for p in work.iterdir() if p.name.startswith(".")) == []


# --- the pipeline: offsets slice the text, whole or in parts ------------------------------------------
@pytest.fixture(scope="module")
def ctx():
    from brinkwatch.pipeline import build_context

    return build_context()


SENTENCES = ["U.S. forces struck Kata'ib Hezbollah sites in Iraq on Sunday, the Pentagon said.",
             "Iran's foreign minister accused Washington of escalation on Monday.",
             "The militia threatened to retaliate against American troops in Baghdad.",
             "Officials said talks would resume.", "\u202e\u2066", "— • ’", "KH", "\n", "\n\n"]


@settings(max_examples=FEW,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(parts=st.lists(st.sampled_from(SENTENCES) | st.text(max_size=20), min_size=1,
                      max_size=40), part_chars=st.sampled_from([None, 60, 300]))
def test_offsets_always_slice_the_text(ctx, parts, part_chars):
    from brinkwatch.nlp import parse
    from brinkwatch.pipeline import process_parsed
    from brinkwatch.sources.checks import clean_text

    text = clean_text(" ".join(parts))
    if not text.strip():
        return
    article = Article(id=text_id(text), origin="x", text=text)
    result = process_parsed(parse(ctx.nlp, article), ctx, part_chars=part_chars)
    assert result.error is None
    for s in result.sentences:
        assert text[s.start:s.end] == s.text
    assert [s.index for s in result.sentences] == list(range(len(result.sentences)))
    for m in result.mentions:
        assert text[m.start:m.end] == m.text and m.article_id == article.id
    for e in result.events:
        assert e.article_id == article.id
        for ev in e.evidence:
            assert text[ev.start:ev.end] == ev.sentence
            assert result.sentences[ev.sentence_index].start == ev.start
            if ev.trigger_start is not None:
                assert text[ev.trigger_start:ev.trigger_end] == ev.trigger
        for ref in (*e.actors, *e.targets):
            if ref.start is not None:
                assert text[ref.start:ref.end] == ref.text
