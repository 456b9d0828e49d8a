"""Reads and writes of the cross-article stage's tables (article profiles, stories, story
reports). The logic lives in :mod:`brinkwatch.analysis`; these functions only move rows, inside
the caller's transaction, so the stage, the CLI and the API share them."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    bindparam,
    delete,
    exists,
    func,
    or_,
    select,
    union_all,
    update,
)

from brinkwatch.errors import StoreError
from brinkwatch.records import hash_id
from brinkwatch.store import prepared, schema
from brinkwatch.store.codec import EventRow, event_columns, stored_event
from brinkwatch.store.migrations import now_iso


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleText:
    id: str
    origin: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    first_seen: str
    text: str


_STATEMENTS: dict[str, Any] = {}


def _stmt(name: str, build: Any) -> Any:
    """A statement built once (with bind parameters) and reused: building Core statements
    costs more than running them on this stage's small queries."""
    st = _STATEMENTS.get(name)
    if st is None:
        st = _STATEMENTS[name] = build()
    return st


# The stage runs tens of statements per article: the hot ones are compiled once and run on the
# driver's cursor (:mod:`brinkwatch.store.prepared`); rows come back as tuples.
_fetch = prepared.fetch
_run = prepared.run


def _upsert(conn: Connection, table: Any, key: str, row: dict[str, Any]) -> None:
    """Update ``row`` in place, or insert it (a delete + insert would cascade to the rows
    that point at it)."""
    cols = sorted(k for k in row if k != key)
    params = {"p__key": row[key], **{f"p_{k}": row[k] for k in cols}}
    done = _run(conn, f"update:{table.name}:{','.join(cols)}", lambda: (
        update(table).where(table.c[key] == bindparam("p__key"))
        .values({k: bindparam(f"p_{k}") for k in cols})), params)
    if done == 0:
        prepared.execute_many(conn, f"insert:{table.name}:{','.join(sorted(row))}", [row],
                              lambda: table.insert())


def pending_articles(conn: Connection) -> list[str]:
    """Ids of ok articles without a profile, or re-coded since it was made, in ingest order."""
    a, p = schema.articles.c, schema.article_profiles.c
    q = (select(a.id).outerjoin(schema.article_profiles, p.article_id == a.id)
         .where(a.status == "ok", or_(p.article_id.is_(None), p.updated_at < a.updated_at))
         .order_by(a.first_seen, a.id))
    return list(conn.execute(q).scalars())


def dated_copies(conn: Connection, article_id: str) -> list[tuple[str, str]]:
    """(id, published) of dated articles that ingest recorded as copies of this one, or that
    this one copies (the ``duplicates`` links of near-duplicate detection at ingest)."""
    a, d = schema.articles.c, schema.duplicates.c
    linked = or_(and_(d.original_id == article_id, a.id == d.article_id),
                 and_(d.article_id == article_id, a.id == d.original_id))
    q = (select(a.id, a.published).select_from(schema.articles.join(schema.duplicates, linked))
         .where(a.published.is_not(None)).order_by(a.published, a.id))
    return [(r[0], str(r[1])) for r in conn.execute(q)]


def all_ok_articles(conn: Connection) -> list[str]:
    a = schema.articles.c
    return list(conn.execute(select(a.id).where(a.status == "ok").order_by(a.first_seen, a.id))
                .scalars())


def clear(conn: Connection) -> None:
    for table in schema.CROSSREF_TABLES:
        conn.execute(delete(table))


def profile_terms(conn: Connection) -> Iterator[tuple[str, str | None, dict[str, int]]]:
    """(article id, reprint_of, term counts) of every profiled article."""
    p = schema.article_profiles.c
    for aid, rep, terms in conn.execute(select(p.article_id, p.reprint_of, p.terms)):
        yield aid, rep, json.loads(terms)


def band_rows(article_id: str, keys: Sequence[int]) -> list[dict[str, Any]]:
    """Rows of ``profile_bands`` for an article's band keys (signed 64-bit integers)."""
    return [{"article_id": article_id, "key": k} for k in keys]


def has_bands(conn: Connection, article_id: str) -> bool:
    b = schema.profile_bands.c
    return bool(_fetch(conn, "has_bands", lambda: select(b.seq).where(
        b.article_id == bindparam("aid")).limit(1), {"aid": article_id}))


def add_bands(conn: Connection, article_id: str, keys: Sequence[int]) -> None:
    prepared.execute_many(conn, "insert:profile_bands", band_rows(article_id, keys),
                          lambda: schema.profile_bands.insert())


def drop_bands(conn: Connection, article_ids: Sequence[str]) -> None:
    """Take articles out of the reprint index (re-coded: indexed again when analysed)."""
    b = schema.profile_bands.c
    for i in range(0, len(article_ids), 500):
        conn.execute(delete(schema.profile_bands).where(
            b.article_id.in_(list(article_ids[i:i + 500]))))


def band_matches(conn: Connection, keys: Sequence[int]) -> list[str]:
    """Ids of the indexed articles sharing a band key with ``keys``, in the order they were
    indexed (each once)."""
    b = schema.profile_bands.c
    rows = _fetch(conn, "band_matches", lambda: select(b.article_id, b.seq).where(
        b.key.in_(bindparam("keys", expanding=True))), {"keys": list(keys)}, lists=("keys",))
    return list(dict.fromkeys(aid for aid, _ in sorted(rows, key=lambda r: r[1])))


def first_banded(conn: Connection) -> tuple[str, list[int], list[int]] | None:
    """(article id, its stored band keys, its signature) of the first indexed article."""
    b, p = schema.profile_bands.c, schema.article_profiles.c
    first = conn.execute(select(b.article_id).order_by(b.seq).limit(1)).scalar()
    if first is None:
        return None
    keys = list(conn.execute(select(b.key).where(b.article_id == first).order_by(b.seq))
                .scalars())
    sig = conn.execute(select(p.signature).where(p.article_id == first)).scalar()
    return (first, keys, json.loads(sig)) if sig else None


def signatures_of(conn: Connection, article_ids: Sequence[str]) -> dict[str, list[int]]:
    """MinHash signatures of the given profiled articles, by id."""
    if not article_ids:
        return {}
    p = schema.article_profiles.c
    rows = _fetch(conn, "signatures_of", lambda: select(p.article_id, p.signature).where(
        p.article_id.in_(bindparam("ids", expanding=True))), {"ids": list(article_ids)},
        lists=("ids",))
    return {aid: json.loads(sig) for aid, sig in rows}


def article_text(conn: Connection, article_id: str) -> ArticleText | None:
    a = schema.articles.c
    rows = _fetch(conn, "article_text", lambda: select(
        a.id, a.origin, a.url, a.outlet, a.title, a.published, a.first_seen, a.text)
        .where(a.id == bindparam("aid")), {"aid": article_id})
    if not rows:
        return None
    i, origin, url, outlet, title, published, first_seen, text = rows[0]
    return ArticleText(id=i, origin=origin, url=url, outlet=outlet, title=title,
                       published=published, first_seen=first_seen, text=text)


def article_events(conn: Connection, article_id: str) -> list[dict[str, Any]]:
    e = schema.events.c
    rows = _fetch(conn, "article_events", lambda: select(*event_columns()).join(
        schema.articles, schema.articles.c.id == e.article_id).where(
        e.article_id == bindparam("aid")).order_by(e.position, e.id), {"aid": article_id})
    return [stored_event(EventRow(*r)).export() for r in rows]


def article_mentions(conn: Connection, article_id: str) -> list[tuple[int, int, str, str | None,
                                                                   str | None, str | None]]:
    """(start, end, text, kb_id, method, label) of an article's mentions, in text order."""
    m = schema.mentions.c
    return _fetch(conn, "article_mentions",  # type: ignore[return-value]
                  lambda: select(m.start, m.end, m.text, m.kb_id, m.method, m.label)
                  .where(m.article_id == bindparam("aid")).order_by(m.start), {"aid": article_id})


def signatures(conn: Connection) -> Iterator[tuple[str, list[int], str | None, dict[str, int]]]:
    """(article id, MinHash signature, reprint_of, term counts) of every profiled article."""
    p = schema.article_profiles.c
    for aid, sig, rep, terms in conn.execute(
            select(p.article_id, p.signature, p.reprint_of, p.terms)):
        yield aid, json.loads(sig), rep, json.loads(terms)


def save_profile(conn: Connection, article_id: str, *, terms: dict[str, int],
                 signature: Sequence[int], reprint_of: str | None,
                 published_estimate: dict[str, Any] | None, credibility: dict[str, Any],
                 claims: dict[str, Any], actor_keys: Sequence[str], day_start: str | None,
                 day_end: str | None) -> None:
    row = {"actor_keys": json.dumps(sorted(actor_keys), ensure_ascii=False),
           "day_start": day_start, "day_end": day_end,
           "day_span": span_class(day_start, day_end), "article_id": article_id,
           "terms": json.dumps(terms, sort_keys=True),
           "signature": json.dumps(list(signature)), "reprint_of": reprint_of,
           "published_estimate": None if published_estimate is None
           else json.dumps(published_estimate, ensure_ascii=False),
           "credibility": json.dumps(credibility, ensure_ascii=False),
           "claims": json.dumps(claims, ensure_ascii=False), "updated_at": now_iso()}
    _upsert(conn, schema.article_profiles, "article_id", row)


def set_reprint(conn: Connection, article_id: str, original: str,
                published_estimate: dict[str, Any], day_start: str | None,
                day_end: str | None) -> None:
    p = schema.article_profiles.c
    conn.execute(update(schema.article_profiles).where(p.article_id == article_id).values(
        reprint_of=original, day_start=day_start, day_end=day_end,
        day_span=span_class(day_start, day_end),
        published_estimate=json.dumps(published_estimate, ensure_ascii=False)))


#: what a caller read before of the given articles (by id; None: the article has no profile),
#: handed back by the reads below while nothing it holds is written (one transaction)
Memo = dict[str, Any]


def _memoised(memo: Memo, article_ids: Sequence[str],
              read: Callable[[list[str]], dict[str, Any]]) -> dict[str, Any]:
    """``read(ids)`` (a dict by id of the articles found) for the ids ``memo`` does not know
    yet, remembered; the answer for ``article_ids`` from ``memo``, in their order."""
    missing = [i for i in dict.fromkeys(article_ids) if i not in memo]
    if missing:
        got = read(missing)
        for i in missing:
            memo[i] = got.get(i)
    return {i: v for i in article_ids if (v := memo[i]) is not None}


def profiles(conn: Connection, article_ids: Sequence[str], *, terms: bool = True,
             memo: Memo | None = None) -> dict[str, dict[str, Any]]:
    """Profiles (decoded) with the article's metadata, by article id; without ``terms`` the
    term counts (the largest field, only text similarity needs them) are not read.

    ``memo``: the profiles read before with the same ``terms`` in this transaction, while
    no profile is written (the stories' rebuild, which writes stories only): only the ids
    it does not know are read (and put in it, None for an id without a profile). The
    profiles handed out are shared: callers read them, never change them."""
    if memo is not None:
        return _memoised(memo, article_ids, lambda ids: profiles(conn, ids, terms=terms))
    if not article_ids:
        return {}
    p, a = schema.article_profiles.c, schema.articles.c
    cols = (p.article_id, p.terms if terms else p.article_id, p.reprint_of,
            p.published_estimate, p.credibility, p.claims, p.actor_keys, p.day_start,
            p.day_end, a.origin, a.url, a.outlet, a.published, a.title)
    rows = _fetch(conn, "profiles" if terms else "profiles_no_terms", lambda: select(*cols)
                  .join(schema.articles, a.id == p.article_id)
                  .where(p.article_id.in_(bindparam("ids", expanding=True))),
                  {"ids": list(article_ids)}, lists=("ids",))
    out = {}
    for (aid, vec, reprint_of, estimate, cred, claims, keys, day_start, day_end, origin, url,
         outlet, published, title) in rows:
        out[aid] = {
            "id": aid, "origin": origin, "url": url, "outlet": outlet,
            "published": published, "title": title, "reprint_of": reprint_of,
            "published_estimate": json.loads(estimate) if estimate else None,
            "credibility": json.loads(cred), "claims": json.loads(claims),
            "actor_keys": json.loads(keys), "day_start": day_start, "day_end": day_end}
        if terms:
            out[aid]["terms"] = json.loads(vec)
    return out


def profiles_for_text(conn: Connection, article_ids: Sequence[str], *,
                      memo: Memo | None = None) -> dict[str, dict[str, Any]]:
    """Of the given profiled articles, by id, what :func:`profiles` gives as ``id``,
    ``published``, ``published_estimate``, ``actor_keys``, ``day_start`` and ``day_end`` (what
    joining a story by text asks of an earlier article), without decoding the rest.
    ``memo``: as :func:`profiles` (only for this function's own answers)."""
    if memo is not None:
        return _memoised(memo, article_ids, lambda ids: profiles_for_text(conn, ids))
    if not article_ids:
        return {}
    p, a = schema.article_profiles.c, schema.articles.c
    rows = _fetch(conn, "profiles_for_text", lambda: select(
        p.article_id, a.published, p.published_estimate, p.actor_keys, p.day_start, p.day_end)
        .join(schema.articles, a.id == p.article_id)
        .where(p.article_id.in_(bindparam("ids", expanding=True))),
        {"ids": list(article_ids)}, lists=("ids",))
    return {aid: {"id": aid, "published": published,
                  "published_estimate": json.loads(estimate) if estimate else None,
                  "actor_keys": json.loads(keys), "day_start": day_start, "day_end": day_end}
            for aid, published, estimate, keys, day_start, day_end in rows}


def _of_profiled(conn: Connection, name: str, column: Any,
                 article_ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """(article id, ``column``) of the given profiled articles (one column of the join that
    :func:`profiles` reads, without decoding the rest)."""
    if not article_ids:
        return []
    p, a = schema.article_profiles.c, schema.articles.c
    return _fetch(conn, name, lambda: select(p.article_id, column)
                  .join(schema.articles, a.id == p.article_id)
                  .where(p.article_id.in_(bindparam("ids", expanding=True))),
                  {"ids": list(article_ids)}, lists=("ids",))


def terms_of(conn: Connection, article_ids: Sequence[str], *,
             memo: Memo | None = None) -> dict[str, dict[str, int]]:
    """The stored term counts of the given profiled articles, by id (as :func:`profiles`
    gives them). ``memo``: as :func:`profiles` (only for this function's own answers)."""
    if memo is not None:
        return _memoised(memo, article_ids, lambda ids: terms_of(conn, ids))
    rows = _of_profiled(conn, "terms_of", schema.article_profiles.c.terms, article_ids)
    return {aid: json.loads(vec) for aid, vec in rows}


def published_of(conn: Connection, article_ids: Sequence[str]) -> dict[str, str | None]:
    """The publication dates of the given profiled articles, by id (what :func:`profiles`
    gives as ``published``)."""
    return dict(_of_profiled(conn, "published_of", schema.articles.c.published, article_ids))


def stories_of_article(conn: Connection, article_id: str) -> list[str]:
    r = schema.story_reports.c
    return sorted({row[0] for row in _fetch(conn, "stories_of_article", lambda: select(
        r.story_id).where(r.article_id == bindparam("aid")), {"aid": article_id})})


def drop_reports_of_article(conn: Connection, article_id: str) -> None:
    r = schema.story_reports.c
    _run(conn, "drop_reports", lambda: delete(schema.story_reports).where(
        r.article_id == bindparam("aid")), {"aid": article_id})


def _stories_near_stmt(*, family: bool) -> Any:
    """Stories (of the family ``fam`` when ``family``) whose dates meet [lo, hi]: one indexed
    search per width class (``date_span``), a bounded class starting at most its bound before
    ``lo``; with ``family``, the undated stories of the family as one more class. In the order
    of the full-table query it replaces (first report, id)."""
    s = schema.stories.c
    # the family lookup reads every story; the any-family one leaves the wide ones out
    where_family = [s.family == bindparam("fam")] if family else [s.wide == 0]
    cols = (s.id, s.family, s.date_start, s.date_end, s.features, s.first_report)
    arms = []
    for i in range(len(SPAN_CLASSES) + 1):
        cond = [*where_family, s.date_span == i, s.date_start <= bindparam("hi"),
                s.date_end >= bindparam("lo")]
        if i < len(SPAN_CLASSES):  # a bounded width: date_start is at most that far before lo
            cond.append(s.date_start >= bindparam(f"lo{i}"))
        arms.append(select(*cols).where(*cond))
    if family:
        arms.append(select(*cols).where(*where_family, s.date_span.is_(None),
                                        s.date_start.is_(None)))
    u = union_all(*arms)
    return u.order_by(u.selected_columns.first_report, u.selected_columns.id)


def _class_floors(lo: str) -> dict[str, str]:
    """The parameters ``lo0``, ``lo1``...: the earliest start of an interval of each bounded
    width class that can still end on or after ``lo``."""
    day = date.fromisoformat(lo[:10])
    return {f"lo{i}": (day - timedelta(days=min(bound, (day - date.min).days))).isoformat()
            for i, bound in enumerate(SPAN_CLASSES)}


#: decodes a story's stored features: (story id, the stored JSON) -> features (a caller that
#: reads many stories again and again may keep the decoded ones; it must not change them)
Decode = Callable[[str, str], dict[str, Any]]


def decode_features(_sid: str, text: str) -> dict[str, Any]:
    """The plain :data:`Decode`: ``json.loads``."""
    return json.loads(text)  # type: ignore[no-any-return]


def candidate_stories(conn: Connection, family: str, start: str | None,
                      end: str | None, *, decode: Decode = decode_features) -> list[dict[str, Any]]:
    """Stories of ``family`` whose date range meets [start, end], and its undated stories (all
    of them when the window is unknown). ``decode``: of the stored features (see
    :data:`Decode`)."""
    s = schema.stories.c
    if start is not None and end is not None:
        rows = [(i, ds, de, f) for i, _fam, ds, de, f, _first in _fetch(
            conn, "candidates_dated", lambda: _stories_near_stmt(family=True),
            {"fam": family, "lo": start, "hi": end, **_class_floors(start)})]
    else:
        rows = _fetch(conn, "candidates_all", lambda: select(
            s.id, s.date_start, s.date_end, s.features)
            .where(s.family == bindparam("fam")).order_by(s.first_report, s.id), {"fam": family})
    return [{"id": i, "date_start": ds, "date_end": de, "features": decode(i, f)}
            for i, ds, de, f in rows]


def story_name_keys(features: dict[str, Any]) -> set[str]:
    """The names of a story that ``story_names`` holds: its features' actors, targets and
    places."""
    return {*(features.get("actors") or ()), *(features.get("targets") or ()),
            *(features.get("places") or ())}


def sync_story_names(conn: Connection, story_id: str, features: dict[str, Any], *,
                     new: bool = False) -> None:
    """Make the story's rows of ``story_names`` its features' names (``new``: a story just
    founded, which has none yet)."""
    n = schema.story_names.c
    want = story_name_keys(features)
    have = set() if new else {r[0] for r in _fetch(conn, "story_names_of", lambda: select(
        n.name).where(n.story_id == bindparam("sid")), {"sid": story_id})}
    if have - want:
        _run(conn, "story_names_drop", lambda: delete(schema.story_names).where(
            n.story_id == bindparam("sid"), n.name.in_(bindparam("names", expanding=True))),
            {"sid": story_id, "names": sorted(have - want)}, lists=("names",))
    prepared.execute_many(conn, "insert:story_names",
                          [{"story_id": story_id, "name": k} for k in sorted(want - have)],
                          schema.story_names.insert)


def stories_naming(conn: Connection, family: str, names: Collection[str], *,
                   decode: Decode = decode_features) -> list[dict[str, Any]]:
    """The dated stories of ``family`` (a start and an end; not wide: ``stories.wide``) that
    hold one of ``names`` among their actors, targets or places (``story_names``, an indexed
    lookup), in the order of :func:`candidate_stories` (first report, id)."""
    if not names:
        return []
    s, n = schema.stories.c, schema.story_names.c
    rows = _fetch(conn, "stories_naming", lambda: select(
        s.id, s.date_start, s.date_end, s.features).where(
        s.family == bindparam("fam"), s.date_start.is_not(None), s.date_end.is_not(None),
        s.wide == 0, s.id.in_(select(n.story_id).where(
            n.name.in_(bindparam("names", expanding=True)))))
        .order_by(s.first_report, s.id), {"fam": family, "names": sorted(names)},
        lists=("names",))
    return [{"id": i, "date_start": ds, "date_end": de, "features": decode(i, f)}
            for i, ds, de, f in rows]


def story_features(conn: Connection, story_id: str) -> dict[str, Any] | None:
    stored = story_features_stored(conn, story_id)
    return stored[0] if stored else None


def story_features_stored(conn: Connection, story_id: str) -> tuple[dict[str, Any], str] | None:
    """A story's features and the stored text they were decoded from (which
    :func:`save_story` can write back as it is when they did not change)."""
    s = schema.stories.c
    rows = _fetch(conn, "story_features", lambda: select(s.features).where(
        s.id == bindparam("sid")), {"sid": story_id})
    return (json.loads(rows[0][0]), rows[0][0]) if rows and rows[0][0] else None


def add_report(conn: Connection, *, story_id: str, event_id: str | None, article_id: str,
               cues: Sequence[str]) -> None:
    r = schema.story_reports.c
    rid = hash_id("report", story_id, article_id, event_id)
    # one statement: whether the report is stored already, and the story's reports so far
    (exists_, position), = _fetch(conn, "report_exists_count", lambda: select(
        select(func.count()).where(r.id == bindparam("rid")).scalar_subquery(),
        select(func.count()).where(r.story_id == bindparam("sid")).scalar_subquery()),
        {"rid": rid, "sid": story_id})
    if exists_:
        return
    prepared.execute_many(conn, "insert:story_reports", [{
        "id": rid, "event_id": event_id,
        "story_id": story_id, "article_id": article_id, "position": int(position or 0),
        "cues": json.dumps(list(cues), ensure_ascii=False)}], schema.story_reports.insert)


def story_report_rows(conn: Connection, story_id: str) -> list[dict[str, Any]]:
    """The reports of a story in joining order: event export dict, article id, cues."""
    r, e = schema.story_reports.c, schema.events.c
    rows = _fetch(conn, "story_report_rows", lambda: select(r.event_id, r.article_id, r.cues,
                                                            *event_columns())
                  .outerjoin(schema.events, e.id == r.event_id)
                  .outerjoin(schema.articles, schema.articles.c.id == e.article_id)
                  .where(r.story_id == bindparam("sid")).order_by(r.position, r.id),
                  {"sid": story_id})
    return [{"event": stored_event(EventRow(*row[3:])).export() if row[3] else None,
             "article_id": row[1], "cues": json.loads(row[2])}
            for row in rows]


#: Upper bounds (days from day_start to day_end) of the classes in ``article_profiles.day_span``:
#: class i holds the intervals at most ``SPAN_CLASSES[i]`` days wide, the last class the wider
#: ones. A window query then reads, per class, only the day_start range that can meet the window
#: (an index on (day_span, day_start)), so its cost follows the articles near the window, not the
#: size of the corpus.
SPAN_CLASSES: tuple[int, ...] = (0, 7, 31, 120, 366, 1830)


def span_class(day_start: str | None, day_end: str | None) -> int | None:
    """The width class of [day_start, day_end] (``article_profiles.day_span``,
    ``stories.date_span``); None when there are no days."""
    if not day_start or not day_end:
        return None
    try:
        width = (date.fromisoformat(day_end[:10]) - date.fromisoformat(day_start[:10])).days
    except ValueError:  # not ISO days: the unbounded class, which no date_start bound limits
        return len(SPAN_CLASSES)
    return next((i for i, bound in enumerate(SPAN_CLASSES) if width <= bound), len(SPAN_CLASSES))


def _between_stmt() -> Any:
    p, a = schema.article_profiles.c, schema.articles.c
    arms = []
    for i in range(len(SPAN_CLASSES) + 1):
        cond = [p.day_span == i, p.day_start <= bindparam("hi"), p.day_end >= bindparam("lo"),
                or_(and_(p.day_start <= bindparam("end"), p.day_end >= bindparam("start")),
                    a.published.is_(None)),
                p.article_id != bindparam("exclude")]
        if i < len(SPAN_CLASSES):  # a bounded width: day_start is at most that far before lo
            cond.append(p.day_start >= bindparam(f"lo{i}"))
        arms.append(select(p.article_id, a.first_seen)
                    .join(schema.articles, a.id == p.article_id).where(*cond))
    return union_all(*arms)


def articles_between(conn: Connection, start: str, end: str, exclude: str, *,
                     loose_days: int = 0) -> list[str]:
    """Profiled articles whose date (or estimated interval) meets [start, end]; undated
    articles (estimated) within ``loose_days`` more on each side. In ingest order."""
    lo_day = date.fromisoformat(start) - timedelta(days=loose_days)
    lo, hi = lo_day.isoformat(), (date.fromisoformat(end) + timedelta(days=loose_days)).isoformat()
    params = {"start": start, "end": end, "lo": lo, "hi": hi, "exclude": exclude,
              **_class_floors(lo)}
    rows = _fetch(conn, "articles_between", _between_stmt, params)
    return [aid for _, aid in sorted((seen, aid) for aid, seen in rows)]


def candidate_stories_any(conn: Connection, start: str, end: str, *,
                          decode: Decode = decode_features) -> list[dict[str, Any]]:
    """Stories of any family whose date range meets [start, end] (undated ones never), except
    the wide ones (dated by a report wider than two weeks: ``features["wide"]``)."""
    rows = _fetch(conn, "candidates_any", lambda: _stories_near_stmt(family=False),
                  {"lo": start, "hi": end, **_class_floors(start)})
    return [{"id": i, "family": fam, "features": decode(i, f)}
            for i, fam, _ds, _de, f, _first in rows]


def save_story(conn: Connection, *, story_id: str, family: str, date_start: str | None,
               date_end: str | None, first_report: str | None, last_report: str | None,
               n_reports: int, n_outlets: int, n_independent: int, contradicted: bool,
               features: dict[str, Any], record: dict[str, Any],
               features_text: str | None = None) -> None:
    """``record``: the story's stored facts (:func:`brinkwatch.analysis.stories.story_facts`).
    ``features_text``: the stored text ``features`` were read from, when they are those
    features unchanged (:func:`story_features_stored`): the text is written back as it is
    (``json.dumps`` of its decoding gives that text again) and the story's names, kept with
    every write of its features, are left as they are."""
    row = {"id": story_id, "family": family, "date_start": date_start, "date_end": date_end,
           "date_span": span_class(date_start, date_end), "wide": _wide(features),
           "first_report": first_report,
           "last_report": last_report, "n_reports": n_reports,
           "n_outlets": n_outlets, "n_independent": n_independent,
           "contradicted": int(contradicted), "dirty": 0,
           "features": features_text if features_text is not None
           else json.dumps(features, ensure_ascii=False, sort_keys=True),
           "record": json.dumps(record, ensure_ascii=False), "updated_at": now_iso()}
    _upsert(conn, schema.stories, "id", row)
    if features_text is None:
        sync_story_names(conn, story_id, features)


def save_story_features(conn: Connection, story_id: str, features: dict[str, Any]) -> None:
    """New features (and dates) of a story whose reports changed; its record is rebuilt later."""
    s = schema.stories.c
    _run(conn, "story_features_update", lambda: update(schema.stories).where(
        s.id == bindparam("_id")).values(features=bindparam("_f"), date_start=bindparam("_s"),
                                          date_end=bindparam("_e"), date_span=bindparam("_c"),
                                          wide=bindparam("_w"), dirty=bindparam("_d")),
         {"_id": story_id, "_f": json.dumps(features, ensure_ascii=False, sort_keys=True),
          "_s": features.get("start"), "_e": features.get("end"),
          "_c": span_class(features.get("start"), features.get("end")),
          "_w": _wide(features), "_d": 1})
    sync_story_names(conn, story_id, features)


def _wide(features: dict[str, Any]) -> int:
    """``stories.wide``: 1 when the story's dates come from a report wider than two weeks."""
    return int(bool(features.get("wide")))


def new_story(conn: Connection, story_id: str, family: str, features: dict[str, Any]) -> None:
    prepared.execute_many(conn, "insert:stories", [{
        "id": story_id, "family": family, "date_start": features.get("start"),
        "date_end": features.get("end"),
        "date_span": span_class(features.get("start"), features.get("end")),
        "wide": _wide(features), "first_report": None, "last_report": None,
        "n_reports": 0, "n_outlets": 0, "n_independent": 0, "contradicted": 0, "dirty": 1,
        "features": json.dumps(features, ensure_ascii=False, sort_keys=True),
        "record": json.dumps({"id": story_id}), "updated_at": now_iso()}],
        schema.stories.insert)
    sync_story_names(conn, story_id, features, new=True)


def mark_dirty(conn: Connection, story_ids: Sequence[str]) -> None:
    if story_ids:
        _run(conn, "mark_dirty", lambda: update(schema.stories).where(
            schema.stories.c.id.in_(bindparam("ids", expanding=True))).values(
            dirty=bindparam("one")), {"ids": list(story_ids), "one": 1}, lists=("ids",))


def dirty_stories(conn: Connection, *, limit: int | None = None) -> list[str]:
    """Ids of the stories whose records wait for a rebuild: all of them in id order, or, with
    ``limit``, the first ``limit`` the dirty index gives (no sort): a caller that rebuilds them
    (which clears the mark) and asks again walks a million of them with flat memory and no
    sort of the rest on each page."""
    s = schema.stories.c
    query = select(s.id).where(s.dirty == 1)
    if limit is None:
        return list(conn.execute(query.order_by(s.id)).scalars())
    return list(conn.execute(query.limit(limit)).scalars())


def delete_story(conn: Connection, story_id: str) -> None:
    conn.execute(delete(schema.stories).where(schema.stories.c.id == story_id))


def orphan_stories(conn: Connection) -> list[str]:
    s, r = schema.stories.c, schema.story_reports.c
    q = select(s.id).where(~exists().where(r.story_id == s.id))
    return list(conn.execute(q).scalars())


def iter_stories(conn: Connection, *, since: str | None = None, until: str | None = None,
                 actor: str | None = None, type: str | None = None, min_outlets: int = 0,
                 contradicted: bool = False, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Story export dicts passing every filter, earliest first. ``actor`` matches a reported
    actor or target (name, kb id or text, case-insensitive); ``type`` a PLOVER type of a report."""
    s = schema.stories.c
    q = select(s.record).where(s.n_independent >= min_outlets)
    if contradicted:
        q = q.where(s.contradicted == 1)
    if since is not None:
        q = q.where(s.date_end >= since)
    if until is not None:
        q = q.where(s.date_start <= until)
    if actor is not None or type is not None:
        r, e = schema.story_reports.c, schema.events.c
        cond = [r.story_id == s.id, e.id == r.event_id]  # article-only reports have no type
        if type is not None:
            cond.append(e.type == type.strip().upper())
        if actor is not None:
            ea = schema.event_actors.c
            key = actor.strip().lower()
            cond.append(exists().where(and_(ea.event_id == e.id, or_(
                func.lower(ea.kb_id) == key, func.lower(ea.name) == key,
                func.lower(ea.text) == key))))
        q = q.where(exists().where(and_(*cond)))
    q = q.order_by(s.date_start, s.first_report, s.id)
    if limit is not None:
        q = q.limit(limit)
    rows = conn.execute(q).scalars()
    while batch := [json.loads(r) for r in itertools.islice(rows, 200)]:
        yield from _exports(conn, batch)


def _exports(conn: Connection, stored: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Export dicts of stories from their stored facts: the events (through the export
    contract) and the articles are read now, so a contract change needs no re-run."""
    from brinkwatch.analysis.stories import export_story

    facts = [d for d in stored if "__facts" in d]
    eids = sorted({r["event_id"] for d in facts for r in d["reports"] if r["event_id"]})
    aids = sorted({r["article_id"] for d in facts for r in d["reports"]})
    events = events_by_id(conn, eids)
    a = schema.articles.c
    articles: dict[str, dict[str, Any]] = {}
    for i in range(0, len(aids), 500):
        for row in conn.execute(_stmt("story_articles", lambda: select(
                a.id, a.origin, a.url, a.outlet, a.published).where(
                a.id.in_(bindparam("ids", expanding=True)))), {"ids": aids[i:i + 500]}):
            articles[row.id] = row._asdict()
    # a story founded but not yet summarised (a run killed before its rebuild) is its id
    return [export_story(d, events, articles) if "__facts" in d else d for d in stored]


def events_by_id(conn: Connection, event_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Export dicts of the given events (those still stored), by id."""
    e = schema.events.c
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(event_ids), 500):
        for row in conn.execute(_stmt("events_by_id", lambda: select(*event_columns()).join(
                schema.articles, schema.articles.c.id == e.article_id).where(
                e.id.in_(bindparam("ids", expanding=True)))), {"ids": list(event_ids[i:i + 500])}):
            d = stored_event(row).export()
            out[d["id"]] = d
    return out


def story(conn: Connection, story_id: str) -> dict[str, Any] | None:
    """One story's export dict (by id or unique prefix) plus its reports' cues."""
    s = schema.stories.c
    rows = conn.execute(select(s.id, s.record).where(
        s.id.startswith(story_id.strip(), autoescape=True)).limit(2)).all()
    if not rows:
        return None
    if len(rows) > 1:
        raise StoreError(f"story id prefix {story_id!r} matches several stories; give more characters")
    return _exports(conn, [json.loads(rows[0].record)])[0]



def iter_article_exports(conn: Connection, *, status: str | None = None,
                         article_id: str | None = None,
                         limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Articles with their cross-article profile, in ingest order (export: docs/export.md)."""
    a, p, r = schema.articles.c, schema.article_profiles.c, schema.story_reports.c
    q = (select(a.id, a.origin, a.url, a.outlet, a.published, a.title, a.status,
                p.published_estimate, p.credibility, p.reprint_of, p.article_id.label("profiled"))
         .outerjoin(schema.article_profiles, p.article_id == a.id))
    if status is not None:
        q = q.where(a.status == status)
    if article_id is not None:
        q = q.where(a.id == article_id)
    q = q.order_by(a.first_seen, a.id)
    if limit is not None:
        q = q.limit(limit)
    for row in conn.execute(q).all():
        stories = sorted(set(conn.execute(select(r.story_id).where(r.article_id == row.id))
                             .scalars()))
        yield {"id": row.id, "origin": row.origin, "url": row.url, "outlet": row.outlet,
               "published": row.published,
               "published_estimate": json.loads(row.published_estimate)
               if row.published_estimate else None,
               "credibility": json.loads(row.credibility) if row.credibility else {"flags": []},
               "title": row.title, "status": row.status, "reprint_of": row.reprint_of,
               "stories": stories, "analysed": row.profiled is not None}


def resolve_article(conn: Connection, prefix: str) -> str | None:
    a = schema.articles.c
    rows = conn.execute(select(a.id).where(a.id.startswith(prefix.strip(), autoescape=True))
                        .limit(2)).scalars().all()
    if len(rows) > 1:
        raise StoreError(f"article id prefix {prefix!r} matches several articles; give more characters")
    return rows[0] if rows else None
