"""The cross-article stage: after ingest, each new (or re-coded) article is profiled (term
vector, MinHash signature, reprint link, estimated date, claims, credibility) and its events
join existing stories or found new ones. Incremental: only pending articles are read; stories
are found through the store by family and date; nothing of the corpus is recomputed. Articles
are taken in ingest order, so a rebuild gives the same stories and the same ids.

An undated article that its own cues date loosely or not at all (an estimate of low or no
confidence) is first placed by what it tells (:func:`_anchor`): its events without a day of
their own are grouped on the days of the dated story it is most like, and each of their joins
says so in its cues.

One transaction per article: a run killed half-way leaves every article either analysed or
pending, and the next run finishes the rest.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
from datasketch import MinHashLSH
from sqlalchemy import Connection

from brinkwatch.analysis import claims as claims_mod
from brinkwatch.analysis import credibility, dating, stories, text
from brinkwatch.analysis.rules import (
    CrossrefRules,
    OutletProfile,
    host_key,
    load_outlets,
    load_rules,
)
from brinkwatch.kb.model import TheatreKB
from brinkwatch.store import crossref as q

if TYPE_CHECKING:
    from brinkwatch.store import Store

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(slots=True, kw_only=True)
class StageSummary:
    articles: int = 0
    reports: int = 0
    new_stories: int = 0
    touched_stories: int = 0
    reprints: int = 0
    estimated: int = 0
    cpu_s: float = 0.0  # CPU seconds of this process in the stage (analysis and rebuilds)

    def line(self) -> str:
        return (f"stories: {self.articles} articles analysed, {self.reports} reports, "
                f"{self.new_stories} new stories, {self.touched_stories} stories updated, "
                f"{self.reprints} reprints, {self.estimated} undated articles dated")


def band_ranges(threshold: float) -> list[tuple[int, int]]:
    """The LSH banding (value ranges of the signature) that datasketch's ``MinHashLSH``
    chooses for ``threshold``: the same candidates as its index."""
    return list(MinHashLSH(threshold=threshold, num_perm=text.NUM_PERM).hashranges)


def band_keys(sig: np.ndarray, ranges: list[tuple[int, int]]) -> list[int]:
    """One 64-bit key per band: FNV-1a over the band's values, then over the band's number
    (a key names its band), as signed integers (a database's BIGINT)."""
    bands = np.stack([sig[a:b] for a, b in ranges]).astype(np.uint64)
    keys = np.full(len(ranges), 0xCBF29CE484222325, dtype=np.uint64)
    for j in range(bands.shape[1]):
        keys = (keys ^ bands[:, j]) * np.uint64(0x100000001B3)
    keys = (keys ^ np.arange(1, len(ranges) + 1, dtype=np.uint64)) * np.uint64(0x100000001B3)
    return [int(k) for k in keys.view(np.int64)]


class _Reprints:
    """Near-duplicate lookup over every profiled article: the LSH banding that datasketch's
    ``MinHashLSH`` chooses for the threshold (so the same candidates), its band keys kept in
    the store (``profile_bands``, one indexed lookup an article), so the run's memory does not
    grow with the corpus. Candidates are the articles sharing a band key; the earliest indexed
    one at or above the threshold is the original. Only the links of copies stay in memory."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.ranges = band_ranges(threshold)
        self.reprint_of: dict[str, str | None] = {}  # only the copies

    def keys(self, sig: list[int]) -> list[int]:
        return band_keys(np.asarray(sig, dtype=np.uint32), self.ranges)

    def check(self, conn: Connection) -> None:
        """Re-index the store when its keys were made with another banding (another
        threshold in the rules)."""
        first = q.first_banded(conn)
        if first is None or first[1] == self.keys(first[2]):
            return
        sigs = [(aid, sig) for aid, sig, _rep, _terms in q.signatures(conn)]
        q.drop_bands(conn, [aid for aid, _ in sigs])
        for aid, sig in sigs:
            q.add_bands(conn, aid, self.keys(sig))

    def add(self, conn: Connection, article_id: str, sig: list[int],
            reprint_of: str | None) -> None:
        if q.has_bands(conn, article_id):
            return
        q.add_bands(conn, article_id, self.keys(sig))
        if reprint_of:
            self.reprint_of[article_id] = reprint_of

    def original(self, conn: Connection, article_id: str, sig: list[int]) -> tuple[str | None, float]:
        found = [a for a in q.band_matches(conn, self.keys(sig)) if a != article_id]
        if not found:
            return None, 0.0
        arr = np.asarray(sig, dtype=np.uint32)
        sigs = q.signatures_of(conn, found)
        for other in found:  # in insertion order: the earliest match is the original
            if other not in sigs:
                continue
            j = float(np.mean(np.asarray(sigs[other], dtype=np.uint32) == arr))
            if j >= self.threshold:
                return stories.original_of(other, self.reprint_of), j
        return None, 0.0


class _TermCache:
    """Term counts of recently compared articles (least recently used ones leave first): the
    first and latest articles of the stories around the current dates. Bounded, so the
    stage's memory stays flat however long the run."""

    def __init__(self, size: int = 1000) -> None:
        self.size = size
        self.data: dict[str, dict[str, int]] = {}

    def get(self, conn: Connection, ids: list[str]) -> dict[str, dict[str, int]]:
        missing = [i for i in ids if i not in self.data]
        if missing:
            for aid, counts in q.terms_of(conn, missing).items():
                self.put(aid, counts)
        out = {}
        for i in ids:
            if i in self.data:
                out[i] = self.data[i] = self.data.pop(i)  # most recently used: to the end
        return out

    def put(self, aid: str, terms: dict[str, int]) -> None:
        self.data.pop(aid, None)
        if len(self.data) >= self.size:
            self.data.pop(next(iter(self.data)))
        self.data[aid] = terms


class _Features:
    """Decoded stored features of the stories read lately (least recently used ones leave
    first): the lookups of consecutive articles read mostly the same stories, and a story's
    features are decoded again only when their stored text changed. Bounded; the features
    handed out are shared, and the stage never changes them in place (it builds new ones)."""

    def __init__(self, size: int = 1000) -> None:
        self.size = size
        self.data: dict[str, tuple[str, dict[str, Any]]] = {}

    def __call__(self, sid: str, stored: str) -> dict[str, Any]:
        hit = self.data.pop(sid, None)
        if hit is None or hit[0] != stored:
            if hit is None and len(self.data) >= self.size:
                self.data.pop(next(iter(self.data)))
            hit = (stored, json.loads(stored))
        self.data[sid] = hit  # most recently used: to the end
        return hit[1]


class _Likeness:
    """The text similarities of one article (``vec``, its term counts) with others, each
    computed once while it is analysed: the document frequencies do not change meanwhile, and
    one article is in the samples of several stories (one story for each event it coded)."""

    def __init__(self, docfreq: text.DocFreq, vec: dict[str, int], terms: _TermCache) -> None:
        self.docfreq, self.vec, self.terms = docfreq, vec, terms
        self.memo: dict[tuple[str, float], float] = {}

    def best(self, conn: Connection, ids: list[str], at_least: float = 0.0) -> float:
        """The highest similarity with the articles ``ids`` that are profiled (0.0 for none);
        ``at_least``: as :meth:`text.DocFreq.similarity` (below it, the value is a bound)."""
        memo = self.memo
        todo = [i for i in ids if (i, at_least) not in memo]
        if todo:
            for aid, counts in self.terms.get(conn, todo).items():
                memo[(aid, at_least)] = self.docfreq.similarity(self.vec, counts,
                                                                at_least=at_least)
        return max((memo[k] for i in ids if (k := (i, at_least)) in memo), default=0.0)


def _outlet(outlets: dict[str, OutletProfile], host: str | None) -> OutletProfile | None:
    if not host:
        return None
    h = host_key(host)
    while h:
        if h in outlets:
            return outlets[h]
        h = h.partition(".")[2] if h.count(".") > 1 else ""
    return None


def _story_cues(conn: Connection, art_text: str, story_ids: Iterable[str],
                article_id: str) -> list[dating.DateCue]:
    cues: list[dating.DateCue] = []
    low = art_text.lower()
    for sid in story_ids:
        f = q.story_features(conn, sid) or {}
        others = [a for a in f.get("articles", []) if a != article_id]
        dated = [pub for pub in q.published_of(conn, others).values() if pub]
        if not dated:
            continue
        days = sorted(str(pub)[:10] for pub in dated)
        first = days[0]
        d0 = date.fromisoformat(first)
        # a weekday the article names that falls in the three days before the first dated report
        if any(c.source == sid for c in cues):
            continue
        for back in range(0, 4):
            day = d0 - timedelta(days=back)
            if re.search(r"\b" + _WEEKDAYS[day.weekday()] + r"\b", low):
                cues.append(dating.DateCue(
                    kind="story", text=f"'{_WEEKDAYS[day.weekday()].title()}' of a story first "
                    f"reported on {first} ({day.isoformat()})", start=day.isoformat(),
                    end=(day + timedelta(days=6)).isoformat(), source=sid))
                break
        else:
            cues.append(dating.DateCue(kind="story", text=f"same story as reports dated "
                                       f"{first}..{days[-1]}", start=(d0 - timedelta(days=3)).isoformat(),
                                       end=(date.fromisoformat(days[-1]) + timedelta(days=30)).isoformat(),
                                       source=sid))
    return cues


def _tenure_conflicts(text_: str, mentions: list[dating.MentionSpan], kb: TheatreKB,
                      published: str, today: str) -> list[str]:
    day = published[:10]
    out = []
    for c in dating.tenure_cues(text_, mentions, kb, today):
        if (c.start and day < c.start) or (c.end and day > c.end):
            out.append(f"'{c.text}' on {day}: outside {c.start or '…'}..{c.end or '…'}")
    return out


def analyse_article(conn: Connection, article_id: str, *, kb: TheatreKB, rules: CrossrefRules,
                    outlets: dict[str, OutletProfile], reprints: _Reprints, terms: _TermCache,
                    docfreq: text.DocFreq, summary: StageSummary,
                    decode: q.Decode = q.decode_features) -> None:
    art = q.article_text(conn, article_id)
    if art is None:
        return
    events = q.article_events(conn, article_id)
    touched = set(q.stories_of_article(conn, article_id))
    q.drop_reports_of_article(conn, article_id)
    vec = text.term_counts(art.text)
    docfreq.add(vec)
    sig = text.signature(art.text)
    original, _ = reprints.original(conn, article_id, sig)
    if original is not None and art.published:
        op = q.profiles(conn, [original]).get(original) or {}
        if not op.get("published"):
            # the earlier copy was undated: this dated article is the original it copies
            touched |= _adopt_reprint(conn, op, article_id, art.published)
            reprints.reprint_of[original] = article_id
            original = None
    reprints.add(conn, article_id, sig, original)
    summary.reprints += original is not None
    mention_rows = q.article_mentions(conn, article_id)
    mentions = [dating.MentionSpan(start=s, end=e, text=t, kb_id=k, method=m)
                for s, e, t, k, m, _ in mention_rows]
    person_spans = [(s, e) for s, e, _, k, _, label in mention_rows
                    if label == "PERSON" or (k and (kb.get(k) is not None and kb.get(k).type == "person"))]
    today = art.first_seen[:10]
    estimate = None
    if not art.published:
        extra = []
        if original:
            op = q.profiles(conn, [original]).get(original) or {}
            if op.get("published"):
                extra.append(_near_duplicate_cue(original, str(op["published"])))
        # copies that ingest recorded as duplicates (not coded) still date their original
        extra += [_near_duplicate_cue(cid, pub) for cid, pub in q.dated_copies(conn, article_id)]
        estimate = dating.estimate_publication(art.text, kb=kb, rules=rules, mentions=mentions,
                                               first_seen=today, extra=extra)
    art_view: dict[str, Any] = {"id": art.id, "published": art.published,
                                "published_estimate": estimate.to_json() if estimate else None}
    terms.put(article_id, vec)
    like = _Likeness(docfreq, vec, terms)
    claims = claims_mod.article_claims(art.text, events, rules=rules, kb=kb)

    keys = _actor_keys(kb, mention_rows)

    def days(est: dating.PublishedEstimate | None) -> tuple[str | None, str | None]:
        if art.published and len(art.published) >= 10:
            return art.published[:10], art.published[:10]
        if est is not None and est.start and est.end and est.confidence != "none":
            return est.start, est.end
        return None, None

    def save(est: dating.PublishedEstimate | None) -> None:
        conflicts = (_tenure_conflicts(art.text, mentions, kb, art.published, today)
                     if art.published else [])
        flags = credibility.article_flags(
            art.text, events=events, rules=rules, person_spans=person_spans,
            published=art.published, estimate=est, tenure_conflicts=conflicts,
            outlet=_outlet(outlets, art.outlet))
        q.save_profile(conn, article_id, terms=vec, signature=sig, reprint_of=original,
                       published_estimate=est.to_json() if est else None,
                       credibility={"flags": [f.to_json() for f in flags]}, claims=claims,
                       actor_keys=keys, day_start=days(est)[0], day_end=days(est)[1])

    joined: set[str] = set()
    founded: dict[str, str] = {}  # story id -> type family
    generic = _generic_names(kb)
    umbrellas = _umbrellas(kb)
    kept = [ev for ev in events if ev.get("modality") in rules.grouping.modalities]
    anchor = None
    if estimate is not None and estimate.confidence in ("none", "low"):
        anchor = _anchor(conn, article_id, kept, like, estimate, rules=rules, generic=generic,
                         umbrellas=umbrellas, decode=decode)
    for ev in kept:
        family = rules.family_of(ev["type"])
        s0, e0, why = stories.event_window(ev, art_view, rules)
        # an event with a date of its own (a day, an earlier month or year) keeps it
        anchored = anchor is not None and not why.startswith("event date")
        if anchored:
            s0, e0 = anchor.start, anchor.end
        lo = (date.fromisoformat(s0) - timedelta(days=rules.grouping.window_slack_days)).isoformat() if s0 else None
        hi = (date.fromisoformat(e0) + timedelta(days=rules.grouping.window_slack_days)).isoformat() if e0 else None
        best: tuple[float, str, dict[str, Any], tuple[str, ...]] | None = None
        candidates = q.candidate_stories(conn, family, lo, hi, decode=decode)
        sole = stories.one_story_of_day(ev, candidates)
        for cand in candidates:
            f = cand["features"]
            same = article_id in f["articles"]
            sample = [a for a in _text_sample(f, rules.grouping.compare_articles,
                                              dated=bool(art.published)) if a != article_id]
            # a story that already holds this article: its text is alike with the story's
            # whatever event of it is at hand. It counts (alike with itself, when the story
            # holds only this article) unless the article is undated (a rewrite telling an
            # attack and the retaliation in one breath), or the event hits other targets
            # than the story's (a strike and a second one elsewhere that night) or is dated
            # to another day (the attack that a strike answered): then the event joins only
            # on a shared actor, target or place
            if same and (not art.published or _other_targets(ev, f, umbrellas)
                         or _other_day(ev, f)):
                sim = 0.0
            elif same and not sample:
                sim = 1.0
            else:
                sim = like.best(conn, sample)
            d = stories.decide(ev, family, (s0, e0), cand, sim, same, rules, generic, umbrellas,
                               sole_of_day=cand["id"] == sole)
            if d.join and anchored and not _fits(ev, f, d):
                continue
            if d.join and (best is None or d.score > best[0]):
                best = (d.score, cand["id"], f, d.cues)
        if best is None:
            sid = stories.story_id(ev["id"])
            features = stories.new_features(ev, article_id, (s0, e0))
            features["context"] = sorted(set(keys) - generic)
            features = _mark_undated(features, article_id, bool(art.published))
            cues: tuple[str, ...] = ("founds the story",)
            if anchored:
                cues += (anchor.cue,)  # type: ignore[union-attr]
            summary.new_stories += 1
            founded[sid] = family
            q.new_story(conn, sid, family, features)
        else:
            _, sid, f, cues = best
            if anchored:
                cues += (anchor.cue,)  # type: ignore[union-attr]
            features = _mark_undated(stories.add_to_features(f, ev, article_id, (s0, e0)),
                                     article_id, bool(art.published))
            q.save_story_features(conn, sid, features)
        q.add_report(conn, story_id=sid, event_id=ev["id"], article_id=article_id, cues=cues)
        summary.reports += 1
        joined.add(sid)
        touched.add(sid)
    if estimate is not None:
        extra = _story_cues(conn, art.text, sorted(joined), article_id)
        if extra:
            estimate = dating.narrow(estimate, extra)
        summary.estimated += estimate.start is not None and estimate.confidence != "none"
    # saved once, with the estimate its stories narrowed: nothing above reads the article's
    # own profile (the lookups leave the article out)
    save(estimate)
    loose = estimate is not None and estimate.confidence != "high"
    touched |= _attach_by_text(conn, article_id, like, set(keys), days(estimate), joined, founded,
                               rules=rules, generic=generic, decode=decode,
                               summary=summary, loose=loose, dated=bool(art.published),
                               coded=_coded_days(kept, rules, days(estimate), art_view),
                               low=estimate is not None and estimate.confidence in ("low", "none"))
    q.mark_dirty(conn, sorted(touched))  # records are rebuilt once per run (run_stage)
    summary.touched_stories += len(touched)
    summary.articles += 1


@dataclass(frozen=True, slots=True, kw_only=True)
class _Anchor:
    """The days an undated article's events are taken to fall on: those of the story its
    article is most like (``cue`` says which, and why)."""

    start: str
    end: str
    story: str
    cue: str


def _coded_days(events: list[dict[str, Any]], rules: CrossrefRules,
                article_days: tuple[str | None, str | None], art_view: dict[str, Any]
                ) -> dict[str, list[tuple[str | None, str | None]]]:
    """The days of the article's own coded events, by type family (an event without a date
    of its own takes the article's days)."""
    out: dict[str, list[tuple[str | None, str | None]]] = {}
    for ev in events:
        day = (ev.get("date") or {}).get("value") or ""
        s0, e0, why = stories.event_window(ev, art_view, rules)
        span = (day[:10], day[:10]) if _own_day(ev) else (
            (s0, e0) if why.startswith("event date") else article_days)
        out.setdefault(rules.family_of(ev["type"]), []).append(span)
    return out


def _same_day_sibling(family: str, f: dict[str, Any],
                      coded: dict[str, list[tuple[str | None, str | None]]]) -> bool:
    """A story of a family the article coded an event of, on that event's days: the article's
    own event chose its story, and a text that tells two events of one type on one day (an
    attack and the retaliation that night) is alike with both, so text alone must not add it
    to the other one. A story of that family on other days (the attack a retaliation answers,
    recalled) can still take the article by text; an event with no days at all blocks its
    whole family."""
    for lo, hi in coded.get(family, ()):
        if lo is None or hi is None or not f.get("start") or not f.get("end"):
            return True
        if f["start"] <= hi and lo <= f["end"]:
            return True
    return False


def _told_apart(family: str, f: dict[str, Any], events: list[dict[str, Any]],
                profile: dict[str, Any], *, rules: CrossrefRules, generic: frozenset[str]) -> bool:
    """An earlier article is not added by text to a story founded later when it coded an event
    of the story's family on the story's days that is not the story's: one that names
    specific actors or targets and shares none with it, or happened at another place (its own event chose its
    story; the text of one day's news is alike with every event of that day). The same rule
    as :func:`_same_day_sibling`, the other way round, so that the order the articles come
    in does not decide."""
    article_days = (profile.get("day_start"), profile.get("day_end"))
    actors, targets = set(f.get("actors") or ()), set(f.get("targets") or ())
    places = set(f.get("places") or ())
    for ev in events:
        if ev.get("modality") not in rules.grouping.modalities \
                or rules.family_of(ev["type"]) != family \
                or not _same_day_sibling(family, f, _coded_days([ev], rules, article_days,
                                                                 profile)):
            continue
        # its own parties, not the groups above them (two member groups of one umbrella
        # share the umbrella, not the event), each in its role: the group a bomb wounded is
        # not the same event as the group whose member fired drones that day
        doers = stories.direct_keys(ev.get("actor") or []) - generic
        victims = stories.direct_keys(ev.get("target") or []) - generic
        place = stories.place_key(ev)
        if ((doers or victims) and not (doers & actors or victims & targets)) \
                or (place and places and place not in places):
            return True
    return False


def _own_day(event: dict[str, Any]) -> bool:
    return len((event.get("date") or {}).get("value") or "") >= 10


def _anchor(conn: Connection, article_id: str, events: list[dict[str, Any]],
            like: _Likeness, estimate: dating.PublishedEstimate, *, rules: CrossrefRules,
            generic: frozenset[str],
            umbrellas: dict[str, frozenset[str]] | None = None,
            decode: q.Decode = q.decode_features) -> _Anchor | None:
    """An undated article that its own cues date loosely or not at all (an estimate of low
    or no confidence: a lone role that may be an anachronism, a year the text gets wrong, a
    page's clock) is placed by what it tells: each of its events without a day of its own is
    matched, with no date window, against the dated stories of its family that share a
    specific name with it (an actor, target or place that is not a state), and the best
    match that joins on that name, in text alike at least halfway from ``text_weak`` to
    ``text_strong``, gives the days all those events are then grouped on
    (texts are compared with those stories only: a loose article costs one pass over its
    families' stories, not a text comparison with each). A date the
    text states is a floor: the story must not end before it. ``None`` when nothing
    matches: the events keep the estimate's window."""
    floor = max((c.start for c in estimate.cues if c.kind == "explicit-date" and c.start),
                default=None)
    g = rules.grouping
    middle = (g.text_weak + g.text_strong) / 2
    best: tuple[float, str, dict[str, Any], stories.Decision, float] | None = None
    placed = []  # the events to place: (event, family, specific names, place)
    for ev in events:
        if _own_day(ev):
            continue
        names = (stories.ref_keys(ev.get("actor") or []) | stories.ref_keys(ev.get("target") or [])
                 ) - generic
        place = stories.place_key(ev)
        if names or place:  # else nothing specific to match: no anchor from this event
            placed.append((ev, rules.family_of(ev["type"]), names, place))
    # the dated stories of each family that name one of the names or places of the family's
    # events, read once (nothing is written while the article is placed) through the index
    # of the stories' names (``story_names``); the check below is the rule for each event
    wanted: dict[str, set[str]] = {}
    for _ev, family, names, place in placed:
        wanted.setdefault(family, set()).update(names, (place,) if place else ())
    found = {family: q.stories_naming(conn, family, marks, decode=decode)
             for family, marks in wanted.items()}
    for ev, family, names, place in placed:
        for cand in found[family]:
            f = cand["features"]
            if not f.get("start") or not f.get("end") or f.get("wide") \
                    or article_id in f["articles"] or (floor and f["end"] < floor):
                continue
            # the texts are compared only with stories that share a specific name or the place
            if not (names & (set(f.get("actors") or ()) | set(f.get("targets") or ()))
                    or (place and place in (f.get("places") or ()))):
                continue
            sample = stories.sample_articles(f, g.compare_articles)
            # the days of every undated event of the article follow: a specific name and
            # text alike at least halfway from weak to strong (a name alone, in a text that
            # tells something else, is no anchor); below that the value is not needed
            sim = like.best(conn, sample, at_least=middle)
            if sim < middle:
                continue
            d = stories.decide(ev, family, (None, None), cand, sim, False, rules, generic,
                               umbrellas)
            if not d.join or not d.specific:
                continue
            if best is None or d.score > best[0]:
                best = (d.score, cand["id"], f, d, sim)
    if best is None:
        return None
    _, sid, f, d, sim = best
    why = [c for c in d.cues if c.startswith(("actor:", "target:", "place:"))]
    return _Anchor(start=f["start"], end=f["end"], story=sid,
                   cue=f"undated, loosely dated article: days {f['start']}..{f['end']} of the "
                       f"story it is most like ({sid[:12]}; text similarity {sim:.2f}"
                       + (f"; {'; '.join(why)}" if why else "") + ")")


def _near_duplicate_cue(original: str, published: str) -> dating.DateCue:
    pub = published[:10]
    return dating.DateCue(kind="near-duplicate", text=f"near-duplicate of a report dated {pub}",
                          start=pub, end=(date.fromisoformat(pub) + timedelta(days=30)).isoformat(),
                          source=original)


def _adopt_reprint(conn: Connection, copy: dict[str, Any], original: str,
                   published: str) -> set[str]:
    """An undated article read earlier turns out to copy ``original`` (dated): link it, date it
    from the original, and return its stories (their outlet counts change)."""
    est = copy.get("published_estimate")
    new_est = dating.narrow(dating.PublishedEstimate.from_json(est) if est else
                            dating.combine([]), [_near_duplicate_cue(original, published)])
    q.set_reprint(conn, copy["id"], original, new_est.to_json(),
                  new_est.start if new_est.confidence != "none" else None,
                  new_est.end if new_est.confidence != "none" else None)
    return set(q.stories_of_article(conn, copy["id"]))


#: kinds of gazetteer places an article names that tell one act from another: a town, a base,
#: a crossing, a site (a city, a province or a country holds the acts of many stories)
_FINE_PLACES = frozenset({"town", "base", "crossing", "site"})


def _actor_keys(kb: TheatreKB, mention_rows: Iterable[tuple[Any, ...]]) -> list[str]:
    """The KB actors an article names, with their ancestors, and the fine places of the
    gazetteer it names (``_FINE_PLACES``, as a story's ``places`` key them: the place's name,
    case-folded): the names it can share with a story it tells without a coded event."""
    keys: set[str] = set()
    for row in mention_rows:
        kb_id = row[3]
        actor = kb.get(kb_id) if kb_id else None
        if actor is not None:
            keys.add(actor.name.casefold())
            keys.update(n.casefold() for n in kb.ancestors(actor.id))
        elif row[2]:
            place = kb.place(row[2])
            if place is not None and place.type in _FINE_PLACES:
                keys.add(place.name.casefold())
    return sorted(keys)


#: days an undated article's loose estimate is widened by when it is matched to stories
LOOSE_DAYS = 180


def _attaches(sim: float, shared: list[str], g: Any, *, loose: bool = False,
              places: Iterable[str] = ()) -> bool:
    """Strongly alike text with one shared actor, or alike text with two; a fine place of the
    story's (a town, a base, a site: ``places``) counts as two, it names the act's ground. An
    article held to its date only loosely (an undated article, a low-confidence estimate)
    needs strong text."""
    weight = len(shared) + len(set(shared) & set(places))
    return sim >= g.text_strong or (not loose and sim >= g.text_attach and weight >= 2)


def _attach_floor(shared: list[str], g: Any, *, loose: bool = False,
                  places: Iterable[str] = ()) -> float:
    """The least text similarity at which :func:`_attaches` can hold for these names."""
    weight = len(shared) + len(set(shared) & set(places))
    return g.text_strong if loose or weight < 2 else min(g.text_strong, g.text_attach)


def _specific(f: dict[str, Any], generic: frozenset[str]) -> set[str]:
    """The story's own (non-state) actors and targets; when its events name fewer than two,
    also the actors its founding article names (``context``); and the places its events are
    located at (an article's keys hold fine places only: a town, a base, a site)."""
    own = (set(f.get("actors") or ()) | set(f.get("targets") or ())) - generic
    return (own if len(own) >= 2 else own | set(f.get("context") or ())) | set(f.get("places") or ())


def _names_speaker(family: str, f: dict[str, Any], keys: Iterable[str], *, rules: CrossrefRules,
                   generic: frozenset[str]) -> bool:
    """For a statement (a verbal family: the speaker identifies it), whether an article that
    tells it without a coded event names one of its specific speakers (the story's own actors,
    not the bodies above them, not a state). One day's statements on one event are told in
    alike words (a denial by the U.S. command and one by the Iraqi military of the same
    blast), and a name the article shares only with the story's context or the speaker's
    parent body ("the Pentagon" for a denial by one of its commands) does not say the
    article tells this speaker's words. A story whose speakers are only states or unknown
    names asks nothing more."""
    if not rules.speaker_decisive(family):
        return True
    speakers = set(f.get("speakers") or ()) - generic
    return not speakers or bool(speakers & set(keys))


def _attach_by_text(conn: Connection, article_id: str, like: _Likeness, keys: set[str],
                    window: tuple[str | None, str | None], joined: set[str],
                    founded: dict[str, str],
                    *, rules: CrossrefRules, generic: frozenset[str],
                    summary: StageSummary, loose: bool, decode: q.Decode = q.decode_features,
                    low: bool = False, dated: bool = True,
                    coded: dict[str, list[tuple[str | None, str | None]]] | None = None
                    ) -> set[str]:
    """Articles that tell a story in words the event coder did not code join it as reports
    without an event: their text is strongly alike and they name one of the story's own
    (non-state) actors or targets. Both ways: this article to the stories around its date,
    and the earlier articles around the date of each story it founded. An undated article
    whose estimate is not of high confidence is held to its estimate only loosely
    (``LOOSE_DAYS``): estimates can be misled (a page's clock date)."""
    g = rules.grouping
    touched: set[str] = set()
    start, end = window
    if not start or not end:
        return touched
    extra = LOOSE_DAYS if loose else 0
    lo = (date.fromisoformat(start) - timedelta(days=g.report_lag_days + g.window_slack_days
                                                + extra)).isoformat()
    hi = (date.fromisoformat(end) + timedelta(days=g.window_slack_days + extra)).isoformat()
    for cand in q.candidate_stories_any(conn, lo, hi, decode=decode):
        sid, f = cand["id"], cand["features"]
        if sid in joined or article_id in f["articles"] or f.get("wide") \
                or _same_day_sibling(cand["family"], f, coded or {}):
            continue
        shared = sorted(keys & _specific(f, generic))
        if not shared or not _names_speaker(cand["family"], f, keys, rules=rules,
                                            generic=generic):
            continue
        sample = _text_sample(f, g.compare_articles, dated=dated)
        if dated and not (set(sample) - set(f.get("undated") or ())):
            continue  # only undated rewrites to compare with: their words may tell another event
        # the widened window only: ask for strong text
        widened = loose and (low or not (f.get("start") and f.get("end") and f["start"] <= end
                                          and f["end"] >= start))
        floor = _attach_floor(shared, g, loose=widened, places=f.get("places") or ())
        sim = like.best(conn, sample, at_least=floor)
        if not _attaches(sim, shared, g, loose=widened, places=f.get("places") or ()):
            continue
        q.add_report(conn, story_id=sid, event_id=None, article_id=article_id,
                     cues=(f"text similarity {sim:.2f}", "names: " + ", ".join(shared[:3]),
                           "no event of this type coded in the article")
                     + (("estimated date used loosely",) if loose else ()))
        f = _mark_undated({**f, "articles": [*f["articles"], article_id]}, article_id, dated)
        q.save_story_features(conn, sid, f)
        summary.reports += 1
        touched.add(sid)
    if not dated:
        # an undated page (a rewrite that may tell two events of one day) does not pull the
        # earlier articles into the stories it founded by its text: its words are alike with
        # the reports of each event it tells, so they do not say which story is which
        return touched
    # the stories founded are mostly of the same days: the articles around them, their
    # profiles and term counts are read once (nothing below writes them)
    between: dict[tuple[str, str], list[str]] = {}
    prof_memo: q.Memo = {}
    terms_memo: q.Memo = {}
    for sid in sorted(founded):
        f = q.story_features(conn, sid) or {}
        if not f.get("start") or not f.get("end") or f.get("wide"):
            continue
        f0 = f
        spec = _specific(f, generic)
        lo = (date.fromisoformat(f["start"]) - timedelta(days=g.window_slack_days)).isoformat()
        hi = (date.fromisoformat(f["end"]) + timedelta(days=g.report_lag_days + g.window_slack_days)).isoformat()
        if (lo, hi) not in between:
            between[(lo, hi)] = q.articles_between(conn, lo, hi, article_id,
                                                   loose_days=LOOSE_DAYS)
        earlier = [a for a in between[(lo, hi)] if a not in f["articles"]]
        if not earlier or not spec:
            continue
        # the names first (the story's speakers and specific names do not change below);
        # the term counts are read for the articles that share one
        profs = q.profiles_for_text(conn, earlier, memo=prof_memo)
        named = {other: shared for other in earlier if (p := profs.get(other)) is not None
                 and (shared := sorted(set(p.get("actor_keys") or ()) & spec))
                 and _names_speaker(founded[sid], f, p.get("actor_keys") or (),
                                    rules=rules, generic=generic)}
        counts = q.terms_of(conn, list(named), memo=terms_memo)
        for other, shared in named.items():
            p = profs[other]
            est = p.get("published_estimate") or {}
            meets = bool(p.get("day_start") and p["day_start"] <= f["end"] and p["day_end"] >= f["start"])
            if not meets and est.get("confidence") == "high":
                continue  # an undated article its own cues or its story date to other days
            widened = not p.get("published") and (est.get("confidence") in ("low", "none") or not meets)
            sim = like.docfreq.similarity(like.vec, counts[other], at_least=_attach_floor(
                shared, g, loose=widened, places=f.get("places") or ()))
            if not _attaches(sim, shared, g, loose=widened, places=f.get("places") or ()):
                continue
            if _told_apart(founded[sid], f, q.article_events(conn, other), p, rules=rules,
                           generic=generic):
                continue
            q.add_report(conn, story_id=sid, event_id=None, article_id=other,
                         cues=(f"text similarity {sim:.2f}", "names: " + ", ".join(shared[:3]),
                               "no event of this type coded in the article"))
            f = _mark_undated({**f, "articles": [*f["articles"], other]}, other,
                              bool(p.get("published")))
            summary.reports += 1
            touched.add(sid)
        if f is not f0:  # else the story is stored with these features already
            q.save_story_features(conn, sid, f)
    return touched


def _fits(event: dict[str, Any], f: dict[str, Any], d: stories.Decision) -> bool:
    """An event of an undated article placed on a story's days (:func:`_anchor`) joins a story
    only on something it shares with it: an actor, target or place (not text alone, which a
    rewrite telling two events of one day shares with both), and not at another place than the
    story's."""
    place = stories.place_key(event)
    places = set(f.get("places") or ())
    shared = any(c.startswith(("actor:", "target:", "place:")) for c in d.cues)
    return shared and not (place and places and place not in places)


def _other_targets(event: dict[str, Any], f: dict[str, Any],
                   umbrellas: dict[str, frozenset[str]]) -> bool:
    """The event names targets and the story names targets, and none is shared, up the KB
    and through the groups they are members of (a militia's commander killed, and the
    headquarters of the umbrella force it belongs to struck: one strike)."""
    return stories.targets_apart(stories.ref_keys(event.get("target") or []),
                                 set(f.get("targets") or ()), umbrellas)


def _other_day(event: dict[str, Any], f: dict[str, Any]) -> bool:
    """The event is dated to a day of its own outside the story's days."""
    day = ((event.get("date") or {}).get("value") or "")[:10]
    return bool(_own_day(event) and f.get("start") and f.get("end")
                and not f["start"] <= day <= f["end"])


def _umbrellas(kb: TheatreKB) -> dict[str, frozenset[str]]:
    """Each actor's name (case-folded) -> the names of the groups it is a member or a part
    of (KB relations), transitively."""
    cached = _UMBRELLAS.get(id(kb))
    if cached is None:
        direct = {a.id: {r.target for r in a.relations if r.type in kb.MEMBER_RELATIONS}
                  for a in kb.actors.values()}
        cached = {}
        for a in kb.actors.values():
            seen: set[str] = set()
            todo = list(direct[a.id])
            while todo:
                cur = todo.pop()
                if cur not in seen and cur in kb.actors:
                    seen.add(cur)
                    todo.extend(direct[cur])
            if seen:
                cached[a.name.casefold()] = frozenset(kb.actors[i].name.casefold() for i in seen)
        _UMBRELLAS[id(kb)] = cached
    return cached


_UMBRELLAS: dict[int, dict[str, frozenset[str]]] = {}


def _mark_undated(f: dict[str, Any], article_id: str, dated: bool) -> dict[str, Any]:
    """Keep the story's undated articles apart (``features["undated"]``): see
    :func:`_text_sample`."""
    if dated or article_id in (f.get("undated") or ()):
        return f
    return {**f, "undated": [*(f.get("undated") or ()), article_id]}


def _text_sample(f: dict[str, Any], k: int, *, dated: bool) -> list[str]:
    """The story's articles a new article's text is compared with. A dated article is
    compared with the story's dated reports when it has any: an undated page that tells two
    events of one day (a content-farm rewrite of an attack and the retaliation) is alike with
    the reports of both, and would bridge them."""
    if dated and f.get("undated"):
        loose = set(f["undated"])
        own = [a for a in f["articles"] if a not in loose]
        if own:
            return stories.sample_articles({**f, "articles": own}, k)
    return stories.sample_articles(f, k)


def _generic_names(kb: TheatreKB) -> frozenset[str]:
    cached = _GENERIC.get(id(kb))
    if cached is None:
        cached = frozenset(a.name.casefold() for a in kb.actors.values() if a.type == "state")
        _GENERIC[id(kb)] = cached
    return cached


_GENERIC: dict[int, frozenset[str]] = {}


def _broad_places(kb: TheatreKB) -> frozenset[str]:
    """Names of the countries and provinces of the KB: they contain the cities."""
    key = ("broad", id(kb))
    cached = _BROAD.get(key)
    if cached is None:
        names = {n.casefold() for p in kb.places.values() if p.type in ("country", "province")
                 for n in (p.name, *p.aliases)}
        names |= {a.name.casefold() for a in kb.actors.values() if a.type == "state"}
        cached = _BROAD[key] = frozenset(names)
    return cached


_BROAD: dict[tuple[str, int], frozenset[str]] = {}


def rebuild_story(conn: Connection, sid: str, rules: CrossrefRules,
                  broad: frozenset[str] = frozenset(),
                  profiles: q.Memo | None = None) -> None:
    """``profiles``: a memo of the articles' profiles shared by the rebuilds of one
    transaction (:func:`brinkwatch.store.crossref.profiles`; a rebuild writes no profile)."""
    rows = q.story_report_rows(conn, sid)
    stored = q.story_features_stored(conn, sid)
    f, text_ = stored if stored else (None, None)
    if not rows or f is None:
        q.delete_story(conn, sid)
        return
    coded = [r for r in rows if r["event"] is not None]
    if not coded:
        q.delete_story(conn, sid)
        return
    family = rules.family_of(coded[0]["event"]["type"])
    profs = q.profiles(conn, list(dict.fromkeys(r["article_id"] for r in rows)), terms=False,
                       memo=profiles)
    # the originals of reprints count the outlets once: make sure they are in view
    extra = {p["reprint_of"] for p in profs.values() if p.get("reprint_of")} - set(profs)
    if extra:
        profs.update(q.profiles(conn, sorted(extra), terms=False, memo=profiles))
    articles = list(dict.fromkeys(r["article_id"] for r in rows))
    same = articles == f.get("articles")  # then the features are those stored
    f = {**f, "articles": articles}
    rec = stories.build_record(sid, family, rows, profs, rules, f, broad)
    q.save_story(conn, story_id=sid, family=family, date_start=f.get("start"),
                 date_end=f.get("end"),
                 first_report=(rec["first_report"] or {}).get("published"),
                 last_report=(rec["last_report"] or {}).get("published"),
                 n_reports=len(rows), n_outlets=len(rec["outlets"]),
                 n_independent=rec["independent_outlets"],
                 contradicted=bool(rec["contradictions"]), features=f,
                 record=stories.story_facts(rec, {r["event"]["id"]: r["event"] for r in coded}),
                 features_text=text_ if same else None)


class StageRun:
    """One run of the stage over a store, in three steps: :meth:`start` (the articles already
    profiled are loaded; returns the pending ones), :meth:`analyse` (one article, one
    transaction; call in ingest order) and :meth:`finish` (orphan stories dropped, the stories
    whose reports changed rebuilt once). :func:`run_stage` is the three in a row; ingest also
    uses them to analyse each article as soon as it is stored, while the workers code the next
    ones (see ``brinkwatch.ingest``)."""

    def __init__(self, store: Store, *, kb: TheatreKB, rebuild: bool = False,
                 rules_file: str | None = None, outlets_file: str | None = None,
                 on_article: Callable[[str], None] | None = None,
                 summary: StageSummary | None = None) -> None:
        self.store, self.kb, self.rebuild, self.on_article = store, kb, rebuild, on_article
        self.rules = load_rules(rules_file)
        self.outlets = load_outlets(outlets_file)
        self.summary = summary if summary is not None else StageSummary()
        self.reprints = _Reprints(self.rules.grouping.reprint_jaccard)
        self.docfreq = text.DocFreq()
        self.terms = _TermCache()
        self.features = _Features()

    def start(self) -> list[str]:
        """Load the profiled articles (reprint index, document frequencies); return the ids
        of the pending articles, in ingest order."""
        with self.store.transaction() as conn:
            if self.rebuild:
                q.clear(conn)
            pending = q.pending_articles(conn)
            waiting = set(pending)
            self.reprints.check(conn)
            # a re-coded article leaves the reprint index until it is analysed again
            q.drop_bands(conn, [aid for aid in pending if q.has_bands(conn, aid)])
            for aid, rep, counts in q.profile_terms(conn):
                if aid not in waiting:
                    if rep:
                        self.reprints.reprint_of[aid] = rep
                    self.docfreq.add(counts)
        return pending

    def pending(self) -> list[str]:
        """The articles still pending (stored since :meth:`start`, not analysed yet)."""
        with self.store.transaction() as conn:
            return q.pending_articles(conn)

    def analyse(self, article_id: str) -> None:
        t0 = time.process_time()
        with self.store.transaction() as conn:
            analyse_article(conn, article_id, kb=self.kb, rules=self.rules, outlets=self.outlets,
                            reprints=self.reprints, terms=self.terms, docfreq=self.docfreq,
                            summary=self.summary, decode=self.features)
        self.summary.cpu_s += time.process_time() - t0
        if self.on_article:
            self.on_article(article_id)

    def finish(self) -> StageSummary:
        # each story whose reports changed is rebuilt once, in batches (a story told by fifty
        # new articles is summarised once, not fifty times); a run killed before this leaves
        # them marked, and the next run rebuilds them
        # (200 at a time, each page read after the last is rebuilt, which clears their marks:
        # after a long run the list of a million ids alone would be ~85 MB)
        t0 = time.process_time()
        with self.store.transaction() as conn:
            for sid in q.orphan_stories(conn):
                q.delete_story(conn, sid)
        previous: list[str] = []
        while True:
            with self.store.transaction() as conn:
                page = q.dirty_stories(conn, limit=200)
                if page == previous:  # a rebuild that left its mark: never loop on it
                    break
                memo: q.Memo = {}  # the page's profiles
                for sid in page:
                    rebuild_story(conn, sid, self.rules, _broad_places(self.kb), memo)
            if len(page) < 200:
                break
            previous = page
        self.summary.cpu_s += time.process_time() - t0
        return self.summary


def run_stage(store: Store, *, kb: TheatreKB, rebuild: bool = False,
              rules_file: str | None = None, outlets_file: str | None = None,
              on_article: Callable[[str], None] | None = None) -> StageSummary:
    """Analyse every pending article (all of them with ``rebuild``); see the module docstring."""
    run = StageRun(store, kb=kb, rebuild=rebuild, rules_file=rules_file,
                   outlets_file=outlets_file, on_article=on_article)
    for aid in run.start():
        run.analyse(aid)
    return run.finish()
