"""Stories: one real event told by many reports. Grouping cues, the story record, corroboration
and contradictions. Pure functions over export dicts; :mod:`brinkwatch.analysis.stage` runs them
over the store.

A report (one event of one article) joins a story when the type families agree, the date
windows meet (an undated event takes its article's date, or estimated interval; one dated to an
earlier month or year, that window), nothing rules it out (another speaker for verbal families,
also by a name the KB does not know unless a target or place is shared; another target and
another place together; another target with nothing specific in common, for a speech act
no speaker either; for acts, another doer and another target, whatever the place; stated days
two or more apart), and the texts are alike (strongly, or
weakly with a matching actor, target or place up the KB).
Every join records the cues that matched.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from brinkwatch.analysis.claims import (
    QUOTE_RUN,
    SENIOR_DEAD,
    count_bounds,
    counts_agree,
    quote_words,
    time_of,
    toll_text,
)
from brinkwatch.analysis.credibility import claim_flags, party_of
from brinkwatch.analysis.rules import CrossrefRules, MeaningKind, load_rules
from brinkwatch.records import hash_id

#: a report whose date window is wider than this many days (an undated article with a loose
#: estimate) is compared with a story's dates but does not stretch them
MAX_STORY_SPREAD = 14


def story_id(founding_event_id: str) -> str:
    return hash_id("story", founding_event_id)


def ref_keys(refs: Sequence[Mapping[str, Any]]) -> set[str]:
    """Names of the actors and every KB ancestor, case-folded (unknown actors give nothing)."""
    keys: set[str] = set()
    for r in refs:
        if r.get("name"):
            keys.add(r["name"].casefold())
            keys.update(a.casefold() for a in r.get("ancestors") or ())
    return keys


def direct_keys(refs: Sequence[Mapping[str, Any]]) -> set[str]:
    return {r["name"].casefold() for r in refs if r.get("name")}


#: capitalised words that name no one in particular: a headline's or a sentence's first word
#: ("Government condemns…", "Officials said…"), roles and collectives
_NOT_NAMES = frozenset("""
a an the this that these those its his her their our it they he she we you i
government governments officials official authorities authority forces force militia militias
group groups faction factions spokesman spokeswoman spokesperson source sources minister
ministry president army police people residents witnesses analysts experts observers state
states country unidentified unknown attackers gunmen fighters troops security leaders leader
members member supporters protesters demonstrators statement reports report media
""".split())


def name_words(refs: Sequence[Mapping[str, Any]]) -> set[str]:
    """The capitalised words of the actors the KB does not know ("Masrour Barzani", "the
    Kurdish people"), case-folded, less the words that name no one in particular: a name a
    report gives that the KB could not resolve, to compare with another report's."""
    words: set[str] = set()
    for r in refs:
        if r.get("name") or not r.get("text"):
            continue
        # word by word, hyphenated parts apart: "al-Fayyadh" ~ "Fayyadh"
        for w in re.findall(r"[^\W\d_]+", str(r["text"])):
            if len(w) > 1 and w[0].isupper() and w.casefold() not in _NOT_NAMES:
                words.add(w.casefold())
    return words


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def event_window(event: Mapping[str, Any], article: Mapping[str, Any],
                 rules: CrossrefRules) -> tuple[str | None, str | None, str]:
    """The days the event may have happened on, and where that came from."""
    d = event.get("date") or {}
    value = d.get("value")
    if value and len(value) >= 10:
        end = (d.get("end") or value)[:10]
        return value[:10], end, f"event date {value[:10]}"
    window = _article_window(article, rules)
    own = coarse_window(value)
    if own is not None and (window[0] is None or own[1] < window[0]):
        # an event the article dates to an earlier month or year ("in September 2022",
        # "last year") happened then, not in the days before the article: it is one the
        # article recalls, and it must not join the stories of the article's own days (a
        # month still to come is a deadline the article's own event sets: its days stay)
        return own[0], own[1], f"event date {value}"
    return window


def _article_window(article: Mapping[str, Any], rules: CrossrefRules
                    ) -> tuple[str | None, str | None, str]:
    pub = (article.get("published") or "")[:10]
    if len(pub) == 10:
        return _shift(pub, -rules.grouping.report_lag_days), pub, f"article date {pub}"
    est = article.get("published_estimate") or {}
    if est.get("start") and est.get("end"):
        return (_shift(est["start"], -rules.grouping.report_lag_days), est["end"],
                f"estimated article date {est['start']}..{est['end']}")
    return None, None, "date unknown"


def stated_day(event: Mapping[str, Any]) -> str | None:
    """The day the report's words give the event ("on Sunday", "on Dec. 27"), not one read
    off the article's own date."""
    d = event.get("date") or {}
    value = d.get("value") or ""
    return value[:10] if len(value) >= 10 and d.get("precision") == "day" else None


def coarse_window(value: str | None) -> tuple[str, str] | None:
    """The first and last day of a month (``YYYY-MM``) or a year (``YYYY``); ``None`` for
    anything else."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", value or "")
    if m is None:
        return None
    year, month = int(m.group(1)), int(m.group(2) or 0)
    if not 1 <= year <= 9999 or month > 12 or (m.group(2) and not month):
        return None
    if not month:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)) if year < 9999 \
        else date(year, 12, 31)
    return f"{year:04d}-{month:02d}-01", last.isoformat()


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision:
    join: bool
    score: float
    cues: tuple[str, ...]
    #: how many of the matches (actor, target, place) name something specific (not a state)
    specific: int = 0


def place_key(event: Mapping[str, Any]) -> str | None:
    loc = event.get("location") or {}
    name = loc.get("kb_id") or loc.get("name")
    return name.casefold() if name else None


def decide(event: Mapping[str, Any], family: str, window: tuple[str | None, str | None],
           story: Mapping[str, Any], similarity: float, same_article: bool,
           rules: CrossrefRules, generic: frozenset[str] = frozenset(),
           umbrellas: Mapping[str, frozenset[str]] | None = None,
           sole_of_day: bool = False) -> Decision:
    """Whether ``event`` joins ``story`` (its stored features), with the cues that decided.
    ``generic`` names (states) match only weakly: "United States" is in half the reports.
    ``sole_of_day``: the story is the only one of the family whose reports state the day the
    event's report states (:func:`one_story_of_day`)."""
    g = rules.grouping
    f = story["features"]
    cues = [f"type family {family}"]
    s0, e0 = window
    if s0 and e0 and f.get("start") and f.get("end"):
        if _shift(s0, -g.window_slack_days) > f["end"] or _shift(e0, g.window_slack_days) < f["start"]:
            return Decision(join=False, score=0.0, cues=("dates apart",))
        cues.append(f"dates meet ({s0}..{e0} ~ {f['start']}..{f['end']})")
    else:
        cues.append("date unknown on one side")
    day, days = stated_day(event), f.get("days") or ()
    if day and days and min(abs((date.fromisoformat(day) - date.fromisoformat(x)).days)
                            for x in days) > 1:
        # the reports state days two or more apart: two events (the attack, and the strike
        # that answered it two days later), however alike the words; one day apart is
        # the same night told in two time zones
        return Decision(join=False, score=0.0, cues=("another stated day",))
    akeys, tkeys = ref_keys(event.get("actor") or []), ref_keys(event.get("target") or [])
    sa, st = set(f.get("actors") or ()), set(f.get("targets") or ())
    actor_match = sorted(akeys & sa)
    target_match = sorted(tkeys & st)
    speakers = set(f.get("speakers") or ())
    direct = direct_keys(event.get("actor") or [])
    if rules.speaker_decisive(family) and direct and speakers and not (akeys & speakers or
                                                                      direct & sa):
        return Decision(join=False, score=0.0, cues=("another speaker",))
    # names the KB does not know, compared word by word ("Barzani" ~ "Masrour Barzani")
    anames = name_words(event.get("actor") or [])
    actor_named = sorted(anames & set(f.get("actor_names") or ()))
    target_named = sorted(name_words(event.get("target") or [])
                          & set(f.get("target_names") or ()))
    if not rules.speaker_decisive(family) and _roles_reversed(akeys, tkeys, sa, st, generic):
        # "A struck B" and "B struck A" are two events (an attack and the retaliation), even
        # on neighbouring days and at one place
        return Decision(join=False, score=0.0, cues=("roles reversed",))
    place = place_key(event)
    places = set(f.get("places") or ())
    place_match = bool(place and place in places)
    place_conflict = bool(place and places and not place_match)
    # another target: none in common, or a specific one the story does not hold beside one of
    # the story's that the event does not hold (two member groups of one umbrella: the
    # umbrella matches, the groups do not)
    other_target = bool(direct_keys(event.get("target") or []) - st - generic) \
        and bool(st - tkeys - generic)
    target_conflict = bool(tkeys and st and (not target_match or other_target))
    # alike words do not join them: two raids of one day told in one template are two raids
    if place_conflict and target_conflict and (similarity < g.text_strong or other_target):
        return Decision(join=False, score=0.0, cues=("another target and another place",))
    if not rules.speaker_decisive(family) and target_conflict and not target_named \
            and targets_apart(akeys - generic, sa - generic, umbrellas or {}):
        # another doer and another target: two acts, even in one city on one night (a
        # militia's rockets at a compound, and a bomb at a market) and told alike; the place
        # is all they share
        return Decision(join=False, score=0.0, cues=("another actor and another target",))
    if rules.speaker_decisive(family) and (direct or anames) \
            and (speakers or f.get("actor_names")) \
            and not (akeys & speakers or direct & sa or actor_named) \
            and not (set(target_match) - generic or target_named or place_match):
        # a speaker named on both sides, not the same one (one of them unknown to the KB):
        # in the reports of one day's news every reaction is told in alike words, so the
        # text does not say whose words these are; only a shared specific target or a place
        # does (a state is what every reaction of the day is aimed at)
        return Decision(join=False, score=0.0, cues=("another speaker, by name",))
    if actor_match:
        cues.append("actor: " + ", ".join(actor_match[:3]))
    if target_match:
        cues.append("target: " + ", ".join(target_match[:3]))
    if place_match:
        cues.append(f"place: {place}")
    if actor_named:
        cues.append("actor named: " + ", ".join(actor_named[:3]))
    if target_named:
        cues.append("target named: " + ", ".join(target_named[:3]))
    cues.append(f"text similarity {similarity:.2f}")
    if same_article:
        cues.append("same article")
    specific = bool(set(actor_match) - generic) + bool(set(target_match) - generic) + place_match
    matches = bool(actor_match) + bool(target_match) + place_match
    middle = (g.text_weak + g.text_strong) / 2
    # a state as the only actor in common, at other targets (a country's strike on a city,
    # and its strike on a group elsewhere that night) says nothing: the text must
    weak_match = matches > 0 and (specific > 0 or not target_conflict)
    if not (specific or actor_named or (rules.speaker_decisive(family) and actor_match)) \
            and targets_apart(tkeys, st, umbrellas or {}):
        # an act at other targets, not even up the groups they belong to, with nothing
        # specific in common (a state at most; for a speech act, not the speaker): another
        # act (the text of an article that tells both is alike with the reports of each,
        # and one day's reactions are told in alike words)
        return Decision(join=False, score=0.0, cues=("another target, nothing specific shared",))
    join = (similarity >= g.text_strong or (similarity >= g.text_weak and specific > 0)
            or (similarity >= middle and weak_match) or (same_article and weak_match))
    if not join and sole_of_day and similarity >= g.text_weak and not rules.speaker_decisive(family) \
            and not (place_conflict or target_conflict or same_article) and day in days:
        # short reports of one act told in unlike words ("a drone hit a convoy of X near A"
        # against "two members of Y died when an aircraft bombed their car"): the same stated
        # day, the one story of the family told on that day, and nothing apart (another
        # place, another target) stand in for the words they do not share
        join = True
        cues.append(f"the one {family} story stated on {day}")
    named = bool(actor_named) + bool(target_named)
    return Decision(join=join, score=similarity + 0.15 * matches + 0.1 * named
                    + 0.3 * same_article,
                    cues=tuple(cues), specific=specific)


def one_story_of_day(event: Mapping[str, Any], candidates: Sequence[Mapping[str, Any]]
                     ) -> str | None:
    """The id of the one candidate story whose reports state the day the event's report
    states; ``None`` when the report states no day, or none or several stories do (two acts
    of one family on one day: the day tells them apart no more)."""
    day = stated_day(event)
    if day is None:
        return None
    found = [c["id"] for c in candidates if day in (c["features"].get("days") or ())]
    return found[0] if len(found) == 1 else None


def targets_apart(mine: set[str], theirs: set[str],
                  umbrellas: Mapping[str, frozenset[str]]) -> bool:
    """Both name targets and none is shared, up the KB and through the groups each target is
    a member of."""
    def up(names: set[str]) -> set[str]:
        return names.union(*(umbrellas.get(n, frozenset()) for n in names))

    return bool(mine and theirs and not up(mine) & up(theirs))


def _roles_reversed(akeys: set[str], tkeys: set[str], story_actors: set[str],
                    story_targets: set[str], generic: frozenset[str]) -> bool:
    """The event's actor is only ever a target of the story, and its target only ever an
    actor of it (or one side of that, named specifically, with the other side unknown)."""
    a_as_target = bool(akeys & story_targets) and not akeys & story_actors
    t_as_actor = bool(tkeys & story_actors) and not tkeys & story_targets
    if a_as_target and t_as_actor:
        return True
    # one side only counts when the name is specific (not a state: states are on both sides)
    if a_as_target and not tkeys:
        return bool((akeys & story_targets) - generic)
    if t_as_actor and not akeys:
        return bool((tkeys & story_actors) - generic)
    return False


def new_features(event: Mapping[str, Any], article_id: str,
                 window: tuple[str | None, str | None]) -> dict[str, Any]:
    return add_to_features({"actors": [], "targets": [], "speakers": [], "places": [],
                            "actor_names": [], "target_names": [],
                            "articles": [], "start": None, "end": None}, event, article_id, window)


def add_to_features(f: dict[str, Any], event: Mapping[str, Any], article_id: str,
                    window: tuple[str | None, str | None]) -> dict[str, Any]:
    f = dict(f)
    f["actors"] = sorted(set(f["actors"]) | ref_keys(event.get("actor") or []))
    f["targets"] = sorted(set(f["targets"]) | ref_keys(event.get("target") or []))
    f["speakers"] = sorted(set(f["speakers"]) | direct_keys(event.get("actor") or []))
    for role, key in (("actor", "actor_names"), ("target", "target_names")):
        words = name_words(event.get(role) or [])
        if words or key in f:
            f[key] = sorted(set(f.get(key) or ()) | words)
    p = place_key(event)
    f["places"] = sorted(set(f["places"]) | ({p} if p else set()))
    day = stated_day(event)
    if day or "days" in f:
        f["days"] = sorted(set(f.get("days") or ()) | ({day} if day else set()))
    if article_id not in f["articles"]:
        f["articles"] = [*f["articles"], article_id]
    s, e = window
    if s and e:
        narrow = (date.fromisoformat(e) - date.fromisoformat(s)).days <= MAX_STORY_SPREAD
        if narrow and f.get("wide"):
            f["start"], f["end"], f["wide"] = s, e, False
        elif narrow or f["start"] is None:
            f["start"] = min(filter(None, (f["start"], s)))
            f["end"] = max(filter(None, (f["end"], e)))
            f["wide"] = not narrow
    return f


def sample_articles(f: Mapping[str, Any], k: int) -> list[str]:
    arts = list(f["articles"])
    if len(arts) <= k:
        return arts
    return arts[: k // 2] + arts[-(k - k // 2):]


# --- the story record ------------------------------------------------------------------------
def _article_ref(p: Mapping[str, Any]) -> dict[str, Any]:
    return {"id": p["id"], "origin": p["origin"], "url": p.get("url"), "outlet": p.get("outlet"),
            "published": p.get("published")}


def _pub_day(p: Mapping[str, Any]) -> str | None:
    if p.get("published"):
        return str(p["published"])[:10]
    est = p.get("published_estimate") or {}
    return est.get("start")


def _best_refs(reports: Sequence[Mapping[str, Any]], role: str,
               exclude: set[str] | frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """The most often named refs of ``role`` (two at most); names in ``exclude`` (the summary's
    actors, when choosing its targets) are left out: a summary never reads "A -> A"."""
    counts: Counter[str] = Counter()
    first: dict[str, dict[str, Any]] = {}
    for r in reports:
        seen = set(exclude)
        for ref in r["event"].get(role) or []:
            if ref.get("name") and ref["name"] not in seen:
                seen.add(ref["name"])
                counts[ref["name"]] += 1
                first.setdefault(ref["name"], ref)
    if not counts:
        return []
    top = max(counts.values())
    return [first[n] for n in sorted(counts, key=lambda n: (-counts[n], n)) if counts[n] == top][:2]


def _source_of(event: Mapping[str, Any], outlet: str | None) -> str:
    att = event.get("attribution") or {}
    sp = att.get("speaker") or {}
    if sp:
        return sp.get("name") or sp.get("text") or att.get("kind", "author")
    if att.get("text"):
        return str(att["text"])
    return f"{outlet or 'the outlet'} (the outlet itself)"


def sourcing(event: Mapping[str, Any], rules: CrossrefRules) -> dict[str, Any]:
    """Named / anonymous / none, and whose: a party to the conflict, a third party, the outlet."""
    att = event.get("attribution") or {}
    kind = att.get("kind") or "author"
    sp = att.get("speaker") or {}
    if kind == "author":
        return {"source": "none", "party": "outlet"}
    named = "named" if kind in ("named", "group_statement") or sp.get("name") else (
        "anonymous" if kind == "anonymous" else "named")
    party = party_of(sp, rules) if sp else None
    return {"source": named, "party": "party to the conflict" if party else "third party",
            "country": party}


def original_of(article_id: str, reprint_of: Mapping[str, str | None]) -> str:
    seen = set()
    while reprint_of.get(article_id) and article_id not in seen:
        seen.add(article_id)
        article_id = reprint_of[article_id]  # type: ignore[assignment]
    return article_id


def _date_range(ev: Mapping[str, Any], article: Mapping[str, Any],
                rules: CrossrefRules) -> dict[str, Any] | None:
    """The days the event may have happened on: its own date, else its article's date (or the
    article's estimated interval, for an undated article) and the days before it."""
    start, end, why = event_window(ev, article, rules)
    return None if start is None else {"start": start, "end": end, "from": why}


def core_rows(report_rows: Sequence[Mapping[str, Any]], actors: Sequence[Mapping[str, Any]],
              targets: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The reports that tell the story's own event: their actor or target is the summary's
    (up the KB), and the roles are not reversed. A report of an earlier attack the articles
    recall ("two days after a rocket attack on the base") names other parties, or the same
    parties the other way round, and gives neither the story's date nor its place. A story
    without a summary actor or target keeps every report."""
    sa, st = ref_keys(actors), ref_keys(targets)
    if not sa and not st:
        return list(report_rows)
    out = []
    for r in report_rows:
        ak, tk = ref_keys(r["event"].get("actor") or []), ref_keys(r["event"].get("target") or [])
        reversed_ = bool(ak & st) and not ak & sa or bool(tk & sa) and not tk & st
        if (ak & sa or tk & st) and not reversed_:
            out.append(r)
    return out


def summary_day(core: Sequence[Mapping[str, Any]], profiles: Mapping[str, Mapping[str, Any]],
                start: str | None, end: str | None) -> str | None:
    """The day the story's own reports give, by the number of articles that give it (then of
    reports, then the day told by the earliest article: first reports tell the event, later
    ones recall it). Days the coder read off the article's own date ("on or before the
    publication date") count only when no report states one. A day more than one day (time
    zones) after the publication of an article that already tells the event is ruled out:
    it is the day of a later event the article mentions (the protest that followed the
    strike), unless every day is."""
    lo, hi = start or "", end or "9999"
    stated: dict[str, list[tuple[str, str]]] = defaultdict(list)
    inferred: dict[str, list[tuple[str, str]]] = defaultdict(list)
    told_by = "9999"
    for r in core:
        d = r["event"].get("date") or {}
        v = (d.get("value") or "")[:10]
        if len(v) < 10 or not lo <= v <= hi:
            continue
        pub = ((profiles.get(r["article_id"]) or {}).get("published") or "")[:10]
        (inferred if d.get("precision") == "reported" else stated)[v].append(
            (r["article_id"], pub or "9999"))
        if r["event"].get("modality") != "future" and len(pub) == 10 and v <= pub:
            told_by = min(told_by, _shift(pub, 1))

    def rank(v: str, votes: Mapping[str, list[tuple[str, str]]]) -> tuple[int, int, str, str]:
        return (-len({a for a, _ in votes[v]}), -len(votes[v]), min(p for _, p in votes[v]), v)

    for votes in ({v: a for v, a in stated.items() if v <= told_by},
                  {v: a for v, a in inferred.items() if v <= told_by}, stated, inferred):
        if votes:
            return min(votes, key=lambda v, votes=votes: rank(v, votes))
    return None


def summary_place(rows: Sequence[Mapping[str, Any]], day: str | None) -> dict[str, Any] | None:
    """The place the story's own reports give (those of its day first, then those that state
    no day more than a day from it), by how many articles give it (then reports); ``None``
    when they give none (not the place of another event they recall: a report that states
    another day tells of another event, and its place is that event's)."""
    def near(r: Mapping[str, Any]) -> bool:
        stated = stated_day(r["event"])
        return not (stated and day and len(day) >= 10 and abs(
            (date.fromisoformat(stated) - date.fromisoformat(day[:10])).days) > 1)

    for group in ([r for r in rows if ((r["event"].get("date") or {}).get("value") or "")[:10]
                   == day], [r for r in rows if near(r)]):
        arts: dict[str, set[str]] = defaultdict(set)
        n: Counter[str] = Counter()
        loc_of: dict[str, Any] = {}
        for r in group:
            k = place_key(r["event"])
            if k:
                arts[k].add(r["article_id"])
                n[k] += 1
                loc_of.setdefault(k, r["event"]["location"])
        if arts:
            return loc_of[min(arts, key=lambda k: (-len(arts[k]), -n[k], k))]
    return None


def build_record(sid: str, family: str, all_rows: Sequence[Mapping[str, Any]],
                 profiles: Mapping[str, Mapping[str, Any]], rules: CrossrefRules,
                 features: Mapping[str, Any],
                 broad_places: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The export dict of a story (docs/export.md) from its reports and their articles.
    Reports without an event (articles joined on their text) count as outlets and give their
    counted claims; the summary and the who/whom claims come from coded events only."""
    report_rows = [r for r in all_rows if r["event"] is not None]
    reprint = {a: p.get("reprint_of") for a, p in profiles.items()}
    arts = list({r["article_id"]: profiles[r["article_id"]] for r in all_rows
                 if r["article_id"] in profiles}.values())
    outlets = sorted({p.get("outlet") or p["origin"] for p in arts})
    originals: dict[str, str] = {}
    for p in arts:
        orig = original_of(p["id"], reprint)
        op = profiles.get(orig, p)
        originals.setdefault(op.get("outlet") or op["origin"], orig)
    independent = len(originals)
    reprints = sorted({(p["id"], original_of(p["id"], reprint)) for p in arts
                       if original_of(p["id"], reprint) != p["id"]})
    types = Counter(r["event"]["type"] for r in report_rows)
    actor_refs = _best_refs(report_rows, "actor")
    target_refs = _best_refs(report_rows, "target", exclude={r["name"] for r in actor_refs})
    core = core_rows(report_rows, actor_refs, target_refs)
    value = summary_day(core, profiles, features.get("start"), features.get("end"))
    if value is None:  # the story's own reports date nothing: the summary's roles are no guide
        core = report_rows
        value = summary_day(core, profiles, features.get("start"), features.get("end"))
    location = summary_place(core, value)
    by_day = sorted(((_pub_day(p) or "9999"), p["id"]) for p in arts)
    first = by_day[0] if by_day else None
    last = by_day[-1] if by_day else None
    if value:
        date = {"value": value, "precision": "day" if len(value) == 10 else None,
                "text": None, "end": None}
    elif features.get("start"):
        date = {"value": features["start"], "precision": "range", "text": None,
                "end": features.get("end")}
    else:
        date = {"value": None, "precision": None, "text": None, "end": None}
    reports = []
    for r in all_rows:
        ev = r["event"]
        p = profiles.get(r["article_id"], {"id": r["article_id"], "origin": ""})
        if ev is None:
            reports.append({
                "event_id": None, "article": _article_ref(p), "type": None, "modality": None,
                "attribution": None, "sourcing": None, "actor": [], "target": [], "date": None,
                "evidence": None, "reprint_of": reprint.get(r["article_id"]), "flags": [],
                "cues": r["cues"]})
            continue
        reports.append({
            "event_id": ev["id"], "article": _article_ref(p), "type": ev["type"],
            "modality": ev.get("modality"), "attribution": ev.get("attribution"),
            "sourcing": sourcing(ev, rules),
            "actor": ev.get("actor") or [], "target": ev.get("target") or [],
            "date": ev.get("date"), "date_range": _date_range(ev, p, rules),
            "evidence": (ev.get("evidence") or {}).get("sentence"),
            "reprint_of": reprint.get(r["article_id"]),
            "flags": [f.to_json() for f in claim_flags(ev, rules, independent_outlets=independent)],
            "cues": r["cues"]})
    slack = rules.grouping.window_slack_days
    window = ((_shift(features["start"], -slack), _shift(features["end"], slack))
              if features.get("start") and features.get("end") else (None, None))
    contradictions = find_contradictions(family, report_rows, profiles,
                                         [p["id"] for p in arts], broad_places, window, core,
                                         meanings=rules.meanings)
    flags = []
    if independent <= 1:
        flags.append({"flag": "single-source", "reason": "one independent outlet tells it",
                      "evidence": outlets})
    drift = [c for c in contradictions if c["topic"] == "quote"]
    if drift:
        flags.append({"flag": "quote-drift", "reason": "outlets quote the same speaker differently",
                      "evidence": [c["claim"] for c in drift[0]["claims"]][:3]})
    sourced = [r for r in reports if r["sourcing"]]
    if sourced and all(r["sourcing"]["party"] == "party to the conflict" for r in sourced):
        flags.append({"flag": "interested-source",
                      "reason": "every report's source is a party to the conflict", "evidence": []})
    return {
        "id": sid, "type": sorted(types, key=lambda t: (-types[t], t))[0] if types else None,
        "family": family, "date": date, "actor": actor_refs, "target": target_refs,
        "location": location,
        "reports": reports, "outlets": outlets, "independent_outlets": independent,
        "reprints": [{"article_id": a, "original": o} for a, o in reprints],
        "first_report": {"article_id": first[1], "published": None if first[0] == "9999" else first[0]}
        if first else None,
        "last_report": {"article_id": last[1], "published": None if last[0] == "9999" else last[0]}
        if last else None,
        "contradictions": contradictions, "flags": flags,
        "cues": sorted({c for r in all_rows for c in r["cues"]}),
    }


# --- stored facts and the export at read -----------------------------------------------------
#: report keys the export takes from the report's event (docs/export.md), filled at read
_FROM_EVENT = ("type", "modality", "attribution", "actor", "target", "date", "evidence")


def _pointer(reports: Sequence[Mapping[str, Any]], role: str,
             ref: Mapping[str, Any]) -> dict[str, int]:
    """Where the summary's ``ref`` of ``role`` first appears among the reports' events."""
    for i, r in enumerate(reports):
        for j, x in enumerate(r.get(role) or []):
            if x == ref:
                return {"report": i, "index": j}
    raise ValueError(f"the story's {role} is not among its reports")


def story_facts(record: Mapping[str, Any],
                events: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """What the store keeps of a story (``stories.record``): the stage's own findings (type,
    date, outlets, contradictions, flags, cues, each report's sourcing, flags and cues), with
    pointers to the reports' events and articles where the export shows their fields. The
    export contract is applied at read (:func:`export_story`), so a change of the event
    contract needs no re-run of the stage. ``events``: export dicts of the reports' events."""
    reports = record["reports"]
    loc = None
    if record.get("location") is not None:
        loc = next(i for i, r in enumerate(reports) if r["event_id"] is not None
                   and (events.get(r["event_id"]) or {}).get("location") == record["location"])
    kept = []
    for r in reports:
        k = {"event_id": r["event_id"], "article_id": r["article"]["id"]}
        k |= {key: v for key, v in r.items() if key not in _FROM_EVENT and key not in k
              and key != "article"}
        kept.append(k)
    facts = {k: v for k, v in record.items() if k not in ("actor", "target", "location", "reports")}
    return {**facts, "__facts": 1,
            "actor": [_pointer(reports, "actor", x) for x in record.get("actor") or []],
            "target": [_pointer(reports, "target", x) for x in record.get("target") or []],
            "location": loc, "reports": kept}


def export_story(facts: Mapping[str, Any], events: Mapping[str, Mapping[str, Any]],
                 articles: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The export dict of a story (docs/export.md) from its stored facts, the export dicts of
    its reports' events and its articles' rows (id, origin, url, outlet, published)."""
    reports = []
    for k in facts["reports"]:
        aid = k["article_id"]
        art = _article_ref(articles.get(aid) or {"id": aid, "origin": ""})
        ev = events.get(k["event_id"]) if k["event_id"] else None
        if ev is None:
            reports.append({"event_id": k["event_id"], "article": art, "type": None,
                            "modality": None, "attribution": None, "sourcing": None, "actor": [],
                            "target": [], "date": None, "evidence": None,
                            "reprint_of": k.get("reprint_of"), "flags": k.get("flags") or [],
                            "cues": k["cues"]})
            continue
        reports.append({
            "event_id": k["event_id"], "article": art, "type": ev["type"],
            "modality": ev.get("modality"), "attribution": ev.get("attribution"),
            "sourcing": k.get("sourcing"), "actor": ev.get("actor") or [],
            "target": ev.get("target") or [], "date": ev.get("date"),
            "date_range": k.get("date_range"),
            "evidence": (ev.get("evidence") or {}).get("sentence"),
            "reprint_of": k.get("reprint_of"), "flags": k["flags"], "cues": k["cues"]})

    def refs(role: str) -> list[dict[str, Any]]:
        return [x for p in facts.get(role) or []
                for x in (reports[p["report"]][role] or [])[p["index"]:p["index"] + 1]]

    loc = facts.get("location")
    loc_ev = events.get(facts["reports"][loc]["event_id"] or "") if loc is not None else None
    out = {k: v for k, v in facts.items() if k != "__facts"}
    return {"id": out["id"], "type": out["type"], "family": out["family"], "date": out["date"],
            "actor": refs("actor"), "target": refs("target"),
            "location": (loc_ev or {}).get("location") if loc is not None else None,
            "reports": reports,
            **{k: v for k, v in out.items()
               if k not in ("id", "type", "family", "date", "actor", "target", "location",
                            "reports")}}


# --- contradictions ---------------------------------------------------------------------------
def _claim(article_id: str, source: str, claim: str) -> dict[str, Any]:
    return {"article_id": article_id, "source": source, "claim": claim}


def _names(refs: Sequence[Mapping[str, Any]]) -> str:
    return ", ".join(r.get("name") or f"\"{r.get('text')}\" (unidentified)" for r in refs)


def _word_stems(words: set[str]) -> set[str]:
    """Words cut to their first four letters, the plural dropped: "Swedish" ~ "Sweden",
    "Guards" ~ "Guard"."""
    return {w[:4] for w in words if len(w) >= 4}


def _same_named(role: str, ka: set[str], ra: Sequence[Mapping[str, Any]], kb_: set[str],
                rb: Sequence[Mapping[str, Any]]) -> bool:
    """One article names the party through the KB, the other only in its own words, and the
    two can be the same: the words name it too ("the Guards" beside the Islamic Revolutionary
    Guard Corps, "Swedish" beside Sweden), or, for the target, the words name no one in
    particular ("an army post", "20 people"): a vaguer report is no competing answer. Who did
    it, left to no one ("unidentified attackers", no actor), still competes with a name."""
    named, vague = (ra, rb) if ka else (rb, ra)
    keys = ka or kb_
    words = name_words(vague)
    if not words:
        return role == "target"
    theirs = {w for k in keys for w in re.findall(r"[^\W\d_]+", k)}
    theirs |= {w.casefold() for r in named for w in re.findall(r"[^\W\d_]+", str(r.get("text") or ""))}
    return bool(_word_stems(words) & _word_stems(theirs))


def _role_topic(topic: str, role: str, report_rows: Sequence[Mapping[str, Any]],
                profiles: Mapping[str, Mapping[str, Any]]) -> dict[str, Any] | None:
    """Competing answers to 'who' (actor) or 'whom' (target) across articles: two articles
    disagree when their named refs share no name or KB ancestor, or one names nobody."""
    per_article: dict[str, tuple[set[str], list[dict[str, Any]], Mapping[str, Any]]] = {}
    for r in report_rows:
        refs = r["event"].get(role) or []
        keys, rs, ev = per_article.get(r["article_id"], (set(), [], r["event"]))
        keys = keys | ref_keys(refs)
        per_article[r["article_id"]] = (keys, rs + [x for x in refs if x not in rs], ev)
    if len(per_article) < 2:
        return None
    items = list(per_article.items())
    disagree = False
    for i, (_, (ka, ra, _)) in enumerate(items):
        for _, (kb_, rb, _) in items[i + 1:]:
            if (ka and kb_ and not ka & kb_) or (bool(ka) != bool(kb_) and (ra or rb)
                                                  and not _same_named(role, ka, ra, kb_, rb)):
                disagree = True
    if not disagree:
        return None
    claims = []
    for aid, (_keys, refs, ev) in items:
        outlet = (profiles.get(aid) or {}).get("outlet")
        claims.append(_claim(aid, _source_of(ev, outlet),
                             _names(refs) if refs else "names no one"))
    return {"topic": topic, "claims": claims}


def _categories_differ(per: Mapping[str, Sequence[Mapping[str, Any]]]) -> bool:
    """Two articles say who the dead (or the wounded) were, and say different things: "two
    civilians were killed" against "two fighters were killed"; "a commander and his two
    bodyguards" against "a commander and a passer-by" (civilians beside combatants)."""
    def cats(items: Sequence[Mapping[str, Any]], kind: str) -> set[str]:
        out: set[str] = set()
        for c in items:
            if c["kind"] == kind and c.get("category"):
                out |= {"civilians", "combatants"} if c["category"] == "mixed" else {c["category"]}
        return out

    ids = list(per)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            for kind in ("killed", "wounded"):
                ca, cb = cats(per[a], kind), cats(per[b], kind)
                if ca and cb and ca != cb:
                    return True
    return False


_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "abd", "abdul", "umm", "bint"})


def _dead_named_apart(per: Mapping[str, Sequence[Mapping[str, Any]]]) -> bool:
    """Two articles name the dead, and name no one in common: "among the dead was commander
    Abu Ali al-Basri" against "killed Hadi Kadhim, a senior official". A name shares a word
    written either way ("Abu Ali" and "Abu Ali al-Basri"; "Saedi" and "Saidi")."""
    def words(items: Sequence[Mapping[str, Any]]) -> set[str]:
        return {_skeleton(w) for c in items if c["kind"] == "killed" for n in c.get("names") or ()
                for w in re.split(r"[\s-]+", n) if w.casefold() not in _NAME_PARTICLES}

    named = [w for items in per.values() if (w := words(items))]
    return any(not a & b for i, a in enumerate(named) for b in named[i + 1:]) or _ranks_apart(per)


# the dead by a role that leaves out a leader: "two guards were killed"
_ONLY_ESCORTS = re.compile(r"\b(?:guards?|bodyguards?|drivers?|escorts?|conscripts?|recruits?)\b", re.I)


def _ranks_apart(per: Mapping[str, Sequence[Mapping[str, Any]]]) -> bool:
    """One article counts a leader among the dead ("among the dead was a senior commander",
    "killed commander X and two guards"), another gives its whole toll as men of a role that
    leaves the leader out ("two guards were killed") and lists no leader nor any name."""
    leader = {aid for aid, items in per.items() if any(c.get("senior") for c in items)}
    escorts = {aid for aid, items in per.items()
               if any(c["kind"] == "killed" and "number" in c
                      and _ONLY_ESCORTS.search(said := f"{c['text']} {c.get('who') or ''}")
                      and not SENIOR_DEAD.search(said) for c in items)
               and not any(c.get("senior") or c.get("names") for c in items)}
    return bool(leader and escorts)


def _covers(topic: str, x: Mapping[str, Any], y: Mapping[str, Any]) -> bool:
    """Whether claim ``x`` counts what ``y`` counts: the same kind; for casualties, a toll of
    none said of the hurt or of casualties ("nobody was hurt", "no casualties") counts the
    dead too."""
    if x["kind"] == y["kind"]:
        return True
    if topic != "casualties":
        return False
    return any(c.get("number") == 0 and (c["kind"] == "wounded"
                                         or re.search(r"casualt", str(c.get("text") or ""), re.I))
               for c in (x, y))


_ANY = (1.0, float("inf"))


def _counts_differ(topic: str, per: Mapping[str, Sequence[Mapping[str, Any]]]) -> bool:
    """Two articles count one thing (the dead, the wounded, the rockets) and one of them gives
    a count that none of the other's counts of that thing allows: "five" against "seven", "no
    one was hurt" against "two killed"; not "at least five" against "seven", nor "several"
    against "four" (claims.counts_agree). Counts of different things differ too, side by side
    (one article gives the dead and the wounded, another only the dead; rockets against
    drones); tolls of none ("no casualties", "no one was hurt") agree whatever they name."""
    def one_sided(xs: Sequence[Mapping[str, Any]], ys: Sequence[Mapping[str, Any]]) -> bool:
        for x in xs:
            same = [y for y in ys if _covers(topic, x, y)]
            # a claim that allows any count ("rockets struck", "some injuries") says nothing
            # against a count when its article also counts that thing
            same = [y for y in same if count_bounds(y) != _ANY] or same
            if same and not any(counts_agree(x, y) for y in same):
                return True
        return False

    ids = list(per)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if all(c.get("number") == 0 for c in (*per[a], *per[b])):
                continue  # "no casualties" and "no one was hurt": none either way
            if {c["kind"] for c in per[a]} != {c["kind"] for c in per[b]}:
                return True
            if one_sided(per[a], per[b]) or one_sided(per[b], per[a]):
                return True
    return False


def _count_topic(topic: str, key: str, profiles: Mapping[str, Mapping[str, Any]],
                 article_ids: Sequence[str],
                 window: tuple[str | None, str | None] = (None, None)) -> dict[str, Any] | None:
    """Counts (casualties, weapons) that differ between articles. A count the coder tied to
    an event dated outside the story's days is left out (an article also tells earlier
    attacks with their own tolls)."""
    lo, hi = window
    per: dict[str, list[dict[str, Any]]] = {}
    for aid in article_ids:
        items = [c for c in ((profiles.get(aid) or {}).get("claims") or {}).get(key) or []
                 if not (lo and hi and c.get("event_date")
                         and not lo <= c["event_date"] <= hi)]
        if items:
            per[aid] = items
    # who the dead were, as lists of them say ("among the dead were ..."), beside the tolls
    listed = {aid: items for aid in article_ids
              if (items := [*per.get(aid, ()), *(((profiles.get(aid) or {}).get("claims") or {})
                                                 .get("victims") or [])])} \
        if topic == "casualties" else per
    if len(listed) < 2:
        return None
    if not (len(per) >= 2 and _counts_differ(topic, per)) and not _categories_differ(listed) \
            and not (topic == "casualties" and _dead_named_apart(listed)):
        return None
    claims = []
    for aid, items in listed.items():
        outlet = (profiles.get(aid) or {}).get("outlet") or aid
        said = "; ".join(dict.fromkeys(toll_text(c) if "number" in c else c["text"] for c in items))
        sources = sorted({c["source"] for c in items if c.get("source")})
        claims.append(_claim(aid, ", ".join(sources) or outlet, said))
    return {"topic": topic, "claims": claims}


def _place_detail_topic(report_rows: Sequence[Mapping[str, Any]],
                        profiles: Mapping[str, Mapping[str, Any]],
                        article_ids: Sequence[str]) -> dict[str, Any] | None:
    """Where in the story's place it happened, when two articles put it in different parts
    ("eastern" vs "central" of one city; "in Jadiriya" vs "near the airport") and no part is
    shared. A direction is compared with directions only, a named part or a landmark with
    those: "eastern Baghdad" may hold a named district; the outskirts lie in some direction
    ("outside Mosul" and "north of Mosul" agree), not in the centre."""
    names = {n.casefold() for r in report_rows
             for n in ((r["event"].get("location") or {}).get("name"),
                       (r["event"].get("location") or {}).get("text")) if n}
    if not names:
        return None
    # the city a landmark is named by ("Baghdad International Airport" is in Baghdad)
    words = {w for n in names for w in re.findall(r"[^\W\d_][\w'’-]+", n)}
    per: dict[str, list[dict[str, Any]]] = {}
    for aid in article_ids:
        items = [d for d in ((profiles.get(aid) or {}).get("claims") or {}).get("places") or []
                 if d["place"].casefold() in names | words]
        if items:
            per[aid] = items
    sets = {aid: {(d["detail"], d["place"].casefold()) for d in items} for aid, items in per.items()}

    def apart(x: set[tuple[str, str]], y: set[tuple[str, str]]) -> bool:
        if x & y:
            return False
        dx, dy = ({d for d, _ in z if " " not in d} for z in (x, y))  # directions
        nx, ny = ({d for d, _ in z if " " in d} for z in (x, y))  # named parts and landmarks
        # the edge of a city lies in some direction from it, not in its centre
        edge = any("outskirts" in a and "centre" not in b for a, b in ((dx, dy), (dy, dx)))
        return bool(dx and dy and not edge) or bool(nx and ny)

    ids = list(sets)
    if not any(apart(sets[a], sets[b]) for i, a in enumerate(ids) for b in ids[i + 1:]):
        return None
    return {"topic": "place", "claims": [
        _claim(aid, (profiles.get(aid) or {}).get("outlet") or aid,
               "; ".join(dict.fromkeys(d["text"] for d in items))) for aid, items in per.items()]}


def _actor_terms(event: Mapping[str, Any], generic: frozenset[str]) -> set[str]:
    """How the article names the event's actors (KB name and the words of the text), states
    left out: "the U.S." is in every other sentence and identifies no one's denial."""
    terms: set[str] = set()
    for ref in event.get("actor") or []:
        name = ref.get("name")
        if not name or name.casefold() in generic:
            continue
        terms.update(t.casefold() for t in (name, ref.get("text")) if t and len(t) >= 3)
    return terms


def _mentions(sentence: str, terms: set[str]) -> bool:
    low = sentence.casefold()
    return any(re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", low) for t in terms)


def _denial_topic(report_rows: Sequence[Mapping[str, Any]],
                  profiles: Mapping[str, Mapping[str, Any]], article_ids: Sequence[str],
                  generic: frozenset[str]) -> dict[str, Any] | None:
    """A report that names who did it, beside a denial that names that same actor (in its
    sentence or as its speaker), or that denies the deed took place at all ("no attack had
    taken place", "reports of strikes on the base were false"). A denial about something else in the article (a casualty
    report, another person's job) is not a denial of this event."""
    accusers = [(r, terms) for r in report_rows
                if (terms := _actor_terms(r["event"], generic))]
    pairs: list[tuple[Mapping[str, Any], str, Mapping[str, Any]]] = []
    for aid in article_ids:
        for d in ((profiles.get(aid) or {}).get("claims") or {}).get("denials", []):
            said = f"{d.get('speaker') or ''} {d.get('sentence') or ''}"
            for r, terms in accusers:
                # a denial that the deed took place at all answers every other article's report
                if _mentions(said, terms) or (d.get("deed") and r["article_id"] != aid):
                    pairs.append((r, aid, d))
    if not pairs:
        return None
    claims: list[dict[str, Any]] = []
    for r, _aid, _d in pairs:
        ev = r["event"]
        c = _claim(r["article_id"], _source_of(ev, (profiles.get(r["article_id"]) or {}).get("outlet")),
                   f"{_names(ev['actor'])} did it: {ev['type']}")
        if c not in claims and len(claims) < 3:
            claims.append(c)
    denied = []
    for _r, aid, d in pairs:
        c = _claim(aid, d.get("speaker") or "unnamed", f"denial: {d['sentence']}")
        if c not in denied and len(denied) < 3:
            denied.append(c)
    return {"topic": "denial", "claims": claims + denied}


_ABOUT_BLAME = re.compile(r"involve|responsib|\brole\b|behind|accusation|allegation|claims?\b|"
                         r"orchestrat|direct|hand in|to do with", re.I)


def _accusation_denied(report_rows: Sequence[Mapping[str, Any]],
                       profiles: Mapping[str, Mapping[str, Any]],
                       article_ids: Sequence[str]) -> dict[str, Any] | None:
    """In a statement's story: an accusation (who is accused: its target) beside a denial of
    blame by the accused ("rejected accusations that Tehran was behind the attack"), in another
    article. The accused may be a state: the denial must name it and speak of blame."""
    accused = [(r, terms) for r in report_rows if r["event"].get("type") == "ACCUSE"
               and (terms := {t.casefold() for ref in r["event"].get("target") or []
                              for t in (ref.get("name"), ref.get("text")) if t and len(t) >= 3})]
    claims: list[dict[str, Any]] = []
    denied: list[dict[str, Any]] = []
    for aid in article_ids:
        for d in ((profiles.get(aid) or {}).get("claims") or {}).get("denials", []):
            said = f"{d.get('speaker') or ''} {d.get('sentence') or ''}"
            if not _ABOUT_BLAME.search(d.get("sentence") or ""):
                continue
            for r, terms in accused:
                if r["article_id"] == aid or not _mentions(said, terms):
                    continue
                ev = r["event"]
                c = _claim(r["article_id"], _source_of(ev, _outlet(profiles, r["article_id"])),
                           f"accuses {_names(ev.get('target') or [])}: {ev.get('type')}")
                if c not in claims and len(claims) < 3:
                    claims.append(c)
                c = _claim(aid, d.get("speaker") or "unnamed", f"denial: {d['sentence']}")
                if c not in denied and len(denied) < 3:
                    denied.append(c)
    return {"topic": "denial", "claims": claims + denied} if claims and denied else None


def _article_items(profiles: Mapping[str, Mapping[str, Any]], article_ids: Sequence[str],
                   key: str) -> dict[str, list[dict[str, Any]]]:
    per: dict[str, list[dict[str, Any]]] = {}
    for aid in article_ids:
        items = ((profiles.get(aid) or {}).get("claims") or {}).get(key) or []
        if items:
            per[aid] = list(items)
    return per


def _said(items: Sequence[Mapping[str, Any]], show: Any = None) -> str:
    return "; ".join(dict.fromkeys((show(x) if show else x["text"]) for x in items))


def _responsibility_claims(profiles: Mapping[str, Mapping[str, Any]],
                           article_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Who did it, as each article tells it, when the articles tell it differently: one
    says nobody has claimed it, another that a group was behind it, a third that the group
    denies it. Claimants are compared by name."""
    per = _article_items(profiles, article_ids, "responsibility")
    if len(per) < 2:
        return []
    sig = {aid: frozenset((x["stance"], (x.get("who") or "").casefold()
                           if x["stance"] == "claimed" else "") for x in items)
           for aid, items in per.items()}
    if len(set(sig.values())) < 2 and not _disputing_pairs(
            {aid: blamed for aid, items in per.items() if (blamed := _blamed_names(items))},
            lambda a, b: not a & b, profiles):
        return []
    return [_claim(aid, (profiles.get(aid) or {}).get("outlet") or aid,
                   _said(items, lambda x: f"{x['stance']}: {x['sentence']}"))
            for aid, items in per.items()]


def _blamed_names(items: Sequence[Mapping[str, Any]]) -> set[str]:
    """The names an article blames the deed on ("was carried out by Islamic State", "the
    Pentagon blamed Kataib Hezbollah"), as the first five letters of their capitalised words:
    two articles that blame no name in common tell it differently."""
    return {w[:5].casefold() for x in items if x["stance"] == "attributed"
            for w in re.findall(r"\b[A-Z][\w'’-]+", str(x.get("who") or ""))
            if w not in ("The", "A", "An")}


def _director(item: Mapping[str, Any]) -> str | None:
    """The name a claim of who directed it gives, as its last capitalised word without its
    vowels ("Prime Minister Mohammed Shia al-Sudani" -> "sdn"), or ``None``."""
    names = re.findall(r"\b[A-Z][\w'’-]+", str(item.get("who") or ""))
    return _skeleton(re.sub(r"^(?:al|el)-", "", names[-1], flags=re.I)) if names else None


def _director_claims(profiles: Mapping[str, Mapping[str, Any]],
                     article_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Who ordered or directed it, when two outlets name different people ("X personally
    ordered the operation" against "carried out on Y's orders"): each such article's claims."""
    per = {aid: kept for aid, items in _article_items(profiles, article_ids, "responsibility").items()
           if (kept := [x for x in items if x.get("directed") and _director(x)])}

    def differ(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]) -> bool:
        return not {_director(x) for x in a} & {_director(x) for x in b}

    if not _disputing_pairs(per, differ, profiles):
        return []
    return [_claim(aid, _outlet(profiles, aid), _said(items, lambda x: f"directed: {x['sentence']}"))
            for aid, items in per.items()]


def _lengths_differ(a: Sequence[float], b: Sequence[float]) -> bool:
    def near(x: float, ys: Sequence[float]) -> bool:
        return any(abs(x - y) <= 0.1 * max(x, y) for y in ys)
    return any(not near(x, b) for x in a) or any(not near(y, a) for y in b)


def _ends_differ(a: Sequence[str], b: Sequence[str]) -> bool:
    def near(x: str, ys: Sequence[str]) -> bool:  # "2026" holds "2026-09"
        return any(x.startswith(y) or y.startswith(x) for y in ys)
    return any(not near(x, b) for x in a) or any(not near(y, a) for y in b)


def _timeline_topic(profiles: Mapping[str, Mapping[str, Any]], article_ids: Sequence[str],
                    terms: set[str]) -> dict[str, Any] | None:
    """How long it lasts or lasted, and by when it ends, when two articles give lengths (or
    end points) that do not match: "over two years" against "two and a half years";
    "no later than September 2025" against "until at least 2027". Lengths within a tenth
    of each other match ("twelve months", "a year"). Only sentences that name one of the
    story's parties (``terms``, when it has any) count: a length said of something else is
    not this story's."""
    per = {aid: kept for aid, items in _article_items(profiles, article_ids, "timeline").items()
           if (kept := [x for x in items if not terms or _mentions(x["sentence"], terms)])}
    ids = list(per)
    differ = False
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            la = [x["value"] for x in per[a] if x["kind"] == "length"]
            lb = [x["value"] for x in per[b] if x["kind"] == "length"]
            ea = [x["value"] for x in per[a] if x["kind"] == "end"]
            eb = [x["value"] for x in per[b] if x["kind"] == "end"]
            if (la and lb and _lengths_differ(la, lb)) or (ea and eb and _ends_differ(ea, eb)):
                differ = True
    if not differ:
        return None
    return {"topic": "timeline", "claims": [
        _claim(aid, (profiles.get(aid) or {}).get("outlet") or aid, _said(items))
        for aid, items in per.items()]}


def _administration_topic(profiles: Mapping[str, Mapping[str, Any]],
                          article_ids: Sequence[str]) -> dict[str, Any] | None:
    """Whose administration took the measure, when two articles name different ones and no
    name in common ("the Trump administration" against "the Biden administration")."""
    per = _article_items(profiles, article_ids, "administrations")
    names = {aid: {x["who"].casefold() for x in items} for aid, items in per.items()}
    ids = list(names)
    if not any(not names[a] & names[b] for i, a in enumerate(ids) for b in ids[i + 1:]):
        return None
    return {"topic": "administration", "claims": [
        _claim(aid, (profiles.get(aid) or {}).get("outlet") or aid, _said(items))
        for aid, items in per.items()]}


def _holder(item: Mapping[str, Any]) -> str:
    """Who an office claim names: the KB person, else the first letter and the surname, the
    surname either way ("Kadhim al-Nouri" and "Kazim Nouri", "Rasool" and "Rasul" are one;
    "David Fagen" and "Stephen Fagin" are two)."""
    if item.get("person"):
        return str(item["person"])
    words = str(item.get("who") or "").split() or [""]
    surname = re.sub(r"^(?i:al|el)[-\s]", "", words[-1])
    return words[0][:1].casefold() + " " + (_skeleton(surname) or surname.casefold())


def _out_of_office(item: Mapping[str, Any], window: tuple[str | None, str | None]) -> bool:
    """The person named held the office (KB terms) at no time of the story's days: the
    article names a holder of another time. Unknown terms, or no days, say nothing; a year
    or a month alone stands for all its days."""
    lo, hi = window
    terms = item.get("tenure") or []
    if not lo or not hi or not terms:
        return False
    for start, end in terms:
        first = (start + "-01-01"[len(start) - 4:]) if start else None
        last = (end + "-12-31"[len(end) - 4:]) if end else None
        if (first is None or first <= hi) and (last is None or last >= lo):
            return False
    return True


def _told_offices(per: Mapping[str, Sequence[Mapping[str, Any]]],
                  report_rows: Sequence[Mapping[str, Any]]) -> set[str]:
    """The offices whose holder an article names on this story: in a sentence of its reports
    here, as a party (actor or target) of them, or in a sentence that names a party or the
    place of its reports here ("Prime Minister X condemned the strike in Basra"); else on the
    stories of the article's headline and lead. An office whose holders every article names in
    sentences the coder made no event of (``coded`` false: statements left uncoded) has no
    story of its own, and is told on every story of the articles. Two articles that name two
    holders of one office share many stories; the dispute is told on those where the office
    has a part, not on every story of the two articles."""
    homeless = {x["office"] for items in per.values() for x in items} - {
        x["office"] for items in per.values() for x in items if x.get("coded") is not False}
    lead = {r["article_id"] for r in report_rows
            if any((x.get("sentence_index") or 0) <= 1 for x in r["event"].get("spans") or ())}
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    parties: dict[str, set[str]] = defaultdict(set)
    named: dict[str, set[str]] = defaultdict(set)
    for r in report_rows:
        ev, aid = r["event"], r["article_id"]
        spans[aid] += [(int(x["start"]), int(x["end"])) for x in ev.get("spans") or ()
                       if x.get("start") is not None and x.get("end") is not None]
        refs = [*(ev.get("actor") or []), *(ev.get("target") or [])]
        parties[aid] |= direct_keys(refs)
        named[aid] |= {t.casefold() for ref in refs for t in (ref.get("name"), ref.get("text"))
                       if t and len(t) >= 4}
        if (ev.get("location") or {}).get("name"):
            named[aid].add(ev["location"]["name"].casefold())

    def told(aid: str, x: Mapping[str, Any]) -> bool:
        # the sentence splits of the claims and of the coder may differ by the spaces before it
        if x["office"] in homeless or aid in lead or x["who"].casefold() in parties[aid] or any(
                a <= int(x.get("start") or -9) + 3 < b for a, b in spans[aid]):
            return True
        rest = str(x.get("sentence") or "").casefold().replace(str(x.get("text") or "").casefold(), " ")
        return any(re.search(r"\b" + re.escape(n) + r"\b", rest) for n in named[aid])

    return {x["office"] for aid, items in per.items() for x in items if told(aid, x)}


def _office_topic(profiles: Mapping[str, Mapping[str, Any]], article_ids: Sequence[str],
                  window: tuple[str | None, str | None] = (None, None),
                  report_rows: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any] | None:
    """Who holds an office, when two outlets name different people for one office of the KB
    and neither names the other's ("Prime Minister Adil Abdul-Mahdi" against "Prime Minister
    Mustafa al-Kadhimi"): one of them names a holder of another time, or gets the name wrong.
    So does an article that names someone in an office they held at no time of the story's
    days (``window``; KB terms), whatever the others name: "Foreign Minister X" speaking for a
    government years before X took the post. Beside it, each other article that names no
    one in that office says whom its reports give the story to.
    A sentence that names a year before the story's (``window``) tells the past ("the 2003
    invasion ordered by President ..."): no claim about the story's days. Each claim says the
    office and the person, with the words of the article."""
    first = int(window[0][:4]) if window[0] else None
    per = {aid: kept for aid, items in _article_items(profiles, article_ids, "offices").items()
           if (kept := [x for x in items
                        if first is None or not any(y < first for y in x.get("years") or ())])}
    disputed: set[str] = set()
    ids = list(per)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if _outlet(profiles, a) == _outlet(profiles, b):
                continue
            for office in {x["office"] for x in per[a]} & {x["office"] for x in per[b]}:
                xa = [x for x in per[a] if x["office"] == office]
                xb = [x for x in per[b] if x["office"] == office]
                # a body's spokesman told in words: one country's body, or a country told once
                if not any(x.get("country") in (y.get("country"), None) or y.get("country") is None
                           for x in xa for y in xb):
                    continue
                if not {_holder(x) for x in xa} & {_holder(x) for x in xb}:
                    disputed.add(office)
    # a holder of another time counts on the story where the article gives them a part in
    # it (its reports' actors), not on every story the article tells
    acting: dict[str, set[str]] = defaultdict(set)
    for r in report_rows:
        acting[r["article_id"]] |= direct_keys(r["event"].get("actor") or [])
    stale = {x["office"] for aid, items in per.items() for x in items
             if x["who"].casefold() in acting[aid] and _out_of_office(x, window)}
    disputed |= stale
    if any(r["event"].get("spans") for r in report_rows):
        disputed &= _told_offices(per, report_rows)
    if not disputed:
        return None

    def show(x: Mapping[str, Any]) -> str:
        said = f"{x['office_name']}: {x['who']} (\"{x['text']}\")"
        if _out_of_office(x, window):
            said += " — not in that office on the story's days (" + ", ".join(
                f"{s or '…'}..{e or '…'}" for s, e in x.get("tenure") or []) + ")"
        return said

    claims = [_claim(aid, _outlet(profiles, aid), _said(kept, show))
              for aid, items in per.items()
              if (kept := [x for x in items if x["office"] in disputed])]
    named = {c["article_id"] for c in claims}
    if stale:
        actors: dict[str, list[dict[str, Any]]] = {}
        for r in report_rows:
            if r["article_id"] not in named:
                refs = actors.setdefault(r["article_id"], [])
                refs += [x for x in r["event"].get("actor") or [] if x not in refs]
        outlets = {_outlet(profiles, a) for a in named}
        claims += [_claim(aid, _outlet(profiles, aid),
                          "names no one in that office; its reports give it to " + _names(refs))
                   for aid, refs in actors.items()
                   if refs and _outlet(profiles, aid) not in outlets]
    if len({_outlet(profiles, c["article_id"]) for c in claims}) < 2:
        return None
    return {"topic": "office", "claims": claims}


def _skeleton(name: str) -> str:
    """A name without its vowels, doubled letters and plural: "Soleimani" and "Suleimani",
    "Qasem" and "Qasim" are one name written two ways."""
    word = re.sub(r"[^a-z]", "", name.casefold())
    word = word[:-1] if len(word) > 4 and word.endswith("s") else word
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", word))


def _motive_topic(profiles: Mapping[str, Mapping[str, Any]],
                  article_ids: Sequence[str]) -> dict[str, Any] | None:
    """Why it was done, when two outlets give causes that name nothing in common ("in response
    to the bombing in Kerman" against "revenge for the killing of Razi Mousavi"). A cause that
    names no particular person, place or event ("in response to attacks on American troops")
    is compared with none."""
    per = {aid: kept for aid, items in _article_items(profiles, article_ids, "motives").items()
           if (kept := [x for x in items if x["names"]])}

    def differ(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]) -> bool:
        return not ({_skeleton(n) for x in a for n in x["names"]}
                    & {_skeleton(n) for x in b for n in x["names"]})

    if not _disputing_pairs(per, differ, profiles):
        return None
    return {"topic": "motive", "claims": [_claim(aid, _outlet(profiles, aid), _said(items))
                                         for aid, items in per.items()]}


#: the families of stories whose matter a charge is (see ``_charge_topic``)
_CHARGED_FAMILIES = frozenset({"pressure", "criticism", "refusal"})


def _charge_topic(profiles: Mapping[str, Mapping[str, Any]],
                  article_ids: Sequence[str]) -> dict[str, Any] | None:
    """What a party is charged with or punished for, when each of two outlets names something
    the other does not ("on charges of killing X in Karbala" against "suspected of ordering the
    killing of Y"); one naming the deed in fewer words ("the murder of X" against "the killing
    of X in Karbala") agrees. A charge that names no particular person, place or deed is
    compared with none."""
    per = {aid: kept for aid, items in _article_items(profiles, article_ids, "charges").items()
           if (kept := [x for x in items if x["names"]])}

    def differ(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]) -> bool:
        na = {_skeleton(n) for x in a for n in x["names"]}
        nb = {_skeleton(n) for x in b for n in x["names"]}
        return not (na <= nb or nb <= na)

    if not _disputing_pairs(per, differ, profiles):
        return None
    return {"topic": "charge", "claims": [_claim(aid, _outlet(profiles, aid), _said(items))
                                         for aid, items in per.items()]}


def _runs(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _quote_drift_topic(profiles: Mapping[str, Mapping[str, Any]],
                       article_ids: Sequence[str]) -> dict[str, Any] | None:
    """One quote worded differently by two articles: the quoted passages share a run of
    ``QUOTE_RUN`` words (the same words, so the same quote) and neither holds the other (a
    shorter excerpt of a quote is no drift)."""
    per = _article_items(profiles, article_ids, "text_quotes")
    ids = list(per)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            for qa in per[a]:
                wa = quote_words(qa["quote"])
                for qb in per[b]:
                    wb = quote_words(qb["quote"])
                    if not _runs(wa, QUOTE_RUN) & _runs(wb, QUOTE_RUN):
                        continue
                    ja, jb = " ".join(wa), " ".join(wb)
                    if ja in jb or jb in ja:
                        continue
                    return {"topic": "quote", "claims": [
                        _claim(aid, (profiles.get(aid) or {}).get("outlet") or aid, q["quote"])
                        for aid, q in ((a, qa), (b, qb))]}
    return None


def _misattributed_quote_topic(profiles: Mapping[str, Mapping[str, Any]],
                               article_ids: Sequence[str]) -> dict[str, Any] | None:
    """One quote given to two different speakers: two outlets quote the same words (a run of
    ``QUOTE_RUN`` words in common) and the names of the sentences that say who said them have
    nothing in common ("..., Foreign Minister Abbas Araghchi said" against "said Guards
    spokesman Ramezan Sharif"). A sentence that names no one ("the minister said") is no
    competing answer."""
    per = {aid: kept for aid, items in _article_items(profiles, article_ids, "text_quotes").items()
           if (kept := [q for q in items if q.get("speaker")])}
    ids = list(per)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if _outlet(profiles, a) == _outlet(profiles, b):
                continue
            for qa in per[a]:
                runs = _runs(quote_words(qa["quote"]), QUOTE_RUN)
                for qb in per[b]:
                    if not runs & _runs(quote_words(qb["quote"]), QUOTE_RUN):
                        continue
                    if {_skeleton(w) for w in qa["speaker"]} & {_skeleton(w) for w in qb["speaker"]}:
                        continue
                    return {"topic": "quote", "claims": [
                        _claim(aid, _outlet(profiles, aid),
                               f"{' '.join(q['speaker']).title()}: {q['quote']}")
                        for aid, q in ((a, qa), (b, qb))]}
    return None


#: words of a holder that do not tell one holder from another
_HOLDER_GENERIC = frozenset("iraqi iranian american turkish kurdish syrian security forces force "
                            "government own federal local state national group armed brigade "
                            "brigades unit units branch directorate service agency police army "
                            "militia faction authorities officials border".split())


def _holders_agree(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Two holders that can be the same: their distinctive words (all of them when one has
    none) meet, cut to five letters ("Hashd" ~ "Hashd's", the KB's names of an acronym)."""
    wa, wb = set(a["words"]), set(b["words"])
    da, db = wa - _HOLDER_GENERIC, wb - _HOLDER_GENERIC
    if da and db:
        wa, wb = da, db
    return bool({w[:5] for w in wa} & {w[:5] for w in wb})


def _custody_topic(profiles: Mapping[str, Mapping[str, Any]],
                   article_ids: Sequence[str]) -> dict[str, Any] | None:
    """Who holds the captives or the detainees, when one of two outlets names a holder that
    cannot be any the other names ("held by Asa'ib Ahl al-Haq" against "handed over to the PMF's security
    directorate" against "in the custody of Iraqi intelligence")."""
    per = _article_items(profiles, article_ids, "custody")

    def differ(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]) -> bool:
        # one of them names a holder the other names nowhere
        return any(not any(_holders_agree(x, y) for y in ys) for xs, ys in ((a, b), (b, a))
                   for x in xs)

    if not _disputing_pairs(per, differ, profiles):
        return None
    return {"topic": "custody", "claims": [
        _claim(aid, _outlet(profiles, aid), _said(items, lambda x: f"{x['holder']}: {x['sentence']}"))
        for aid, items in per.items()]}


def _found_topic(profiles: Mapping[str, Mapping[str, Any]],
                 article_ids: Sequence[str]) -> dict[str, Any] | None:
    """What a raid or a search found, when each of two outlets names things the other does
    not ("a drone workshop" against "rocket launchers and explosives"; "a cache of weapons"
    against "nothing")."""
    per = {aid: {w for x in items for w in x["items"]}
           for aid, items in _article_items(profiles, article_ids, "found").items()}

    def differ(a: set[str], b: set[str]) -> bool:
        return bool(a - b) and bool(b - a)

    if not _disputing_pairs(per, differ, profiles):
        return None
    items = _article_items(profiles, article_ids, "found")
    return {"topic": "found", "claims": [_claim(aid, _outlet(profiles, aid), _said(items[aid]))
                                         for aid in per]}


def _damage_claims(profiles: Mapping[str, Mapping[str, Any]],
                   article_ids: Sequence[str]) -> list[dict[str, Any]]:
    """What the deed damaged, when each of two outlets names things the other does not ("set
    fire to a reception room and a guard post" against "smashed a gate and set parts of the
    embassy on fire"): each such article's claims."""
    items = _article_items(profiles, article_ids, "damaged")
    per = {aid: {w for x in xs for w in x["items"]} for aid, xs in items.items()}
    if not _disputing_pairs(per, lambda a, b: bool(a - b) and bool(b - a), profiles):
        return []
    return [_claim(aid, _outlet(profiles, aid), "damaged: " + _said(items[aid])) for aid in per]


def _outlet(profiles: Mapping[str, Mapping[str, Any]], aid: str) -> str:
    return str((profiles.get(aid) or {}).get("outlet") or aid)


def _disputing_pairs(per: Mapping[str, Any], differ: Any,
                     profiles: Mapping[str, Mapping[str, Any]]) -> bool:
    """Whether two articles of different outlets in ``per`` (article -> what it says)
    ``differ``."""
    ids = list(per)
    return any(_outlet(profiles, a) != _outlet(profiles, b) and differ(per[a], per[b])
               for i, a in enumerate(ids) for b in ids[i + 1:])


def _meaning_topics(family: str, profiles: Mapping[str, Mapping[str, Any]],
                    article_ids: Sequence[str],
                    kinds: Sequence[MeaningKind]) -> list[dict[str, Any]]:
    """Claims of meaning (what an agreement means, how a captive came to be freed, a bill's
    prospects) on which two outlets disagree: one gives a value the other does not, the other
    one the first does not, and the two values are not compatible (rules ``meanings``)."""
    out = []
    per_article = _article_items(profiles, article_ids, "meanings")
    for kind in kinds:
        if kind.families and family not in kind.families:
            continue
        per = {aid: kept for aid, items in per_article.items()
               if (kept := [x for x in items if x["topic"] == kind.topic])}

        def differ(a: list[dict[str, Any]], b: list[dict[str, Any]], kind: MeaningKind = kind) -> bool:
            va, vb = {x["value"] for x in a}, {x["value"] for x in b}
            if kind.one_sided:  # one outlet gives a reading the other does not, against one of its
                return any(kind.disagree(x, y) for x in va for y in vb if x not in vb or y not in va)
            return any(kind.disagree(x, y) for x in va - vb for y in vb - va)

        if _disputing_pairs(per, differ, profiles):
            out.append({"topic": kind.topic, "claims": [
                _claim(aid, _outlet(profiles, aid),
                       _said(items, lambda x: f"{x['value']}: {x['sentence']}"))
                for aid, items in per.items()]})
    return out


_MONTH_NAMES = ("January February March April May June July August September October November "
                "December").split()


def _recalled_topic(profiles: Mapping[str, Mapping[str, Any]], article_ids: Sequence[str],
                    window: tuple[str | None, str | None]) -> dict[str, Any] | None:
    """Earlier measures recalled differently: two outlets recall an earlier measure with
    nothing in common (no target's name word, no count) or in different months. A measure
    told only with a month counts when that month is before the story's (``window``)."""
    first = int(window[0][5:7]) if window[0] else None

    def earlier(x: Mapping[str, Any]) -> bool:
        if x.get("cue", "earlier") == "earlier":
            return True
        return first is not None and bool(x["months"]) and all(
            _MONTH_NAMES.index(m) + 1 < first for m in x["months"])

    def marks(items: Sequence[Mapping[str, Any]]) -> tuple[set[str], set[str]]:
        words = {w.casefold() for x in items for n in x["names"] for w in n.split() if len(w) > 3}
        counts = {c.split()[0] for x in items for c in x["counted"]}
        return words | counts, {m for x in items for m in x["months"]}

    def differ(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]) -> bool:
        (ta, ma), (tb, mb) = marks(a), marks(b)
        return bool((ta and tb and not ta & tb) or (ma and mb and not ma & mb))

    per = {aid: kept for aid, items in _article_items(profiles, article_ids, "recalled").items()
           if (kept := [x for x in items if earlier(x)])}
    if not _disputing_pairs(per, differ, profiles):
        return None
    return {"topic": "recalled", "claims": [_claim(aid, _outlet(profiles, aid), _said(items))
                                            for aid, items in per.items()]}


_DAY = 24.0
_WEEK = 7 * _DAY



def _spans(when: Mapping[str, Any], frame: str) -> list[tuple[float, float, bool]]:
    """The hours a claim of time allows, as (from, to, spill), counted in ``frame``: from
    day 0 of the calendar (``date``), from a Monday (``week``: its day of the week) or from
    an unknown midnight (``day``). ``spill``: the hours a night runs past midnight, which meet
    only a part of the next day said as such."""
    base = (date.fromisoformat(when["date"]).toordinal() * _DAY if frame == "date"
            else when["weekday"] * _DAY if frame == "week" else 0.0)
    lo, hi, spill = when.get("hours") or (0.0, _DAY, 0.0)
    out = [(base + lo, base + hi, False)]
    if spill:
        out.append((base + hi, base + hi + spill, True))
    return out


def _times_agree(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Two claims of when that can both be true: on the calendar when both have a date, on
    the days of the week when both name (or have) one, else by the part of the day when both
    say one ("late on Tuesday" and "at dawn" do not agree; "overnight" and "in the early hours
    of Thursday" do; "on Wednesday night" and "on Thursday" do not)."""
    if a.get("date") and b.get("date"):
        frame, mod = "date", 0.0
    elif a.get("weekday") is not None and b.get("weekday") is not None:
        frame, mod = "week", _WEEK
    elif a.get("hours") and b.get("hours"):
        frame, mod = "day", _DAY
    else:
        return True
    for la, ha, sa in _spans(a, frame):
        for lb, hb, sb in _spans(b, frame):
            if (sa and (sb or not b.get("hours"))) or (sb and not a.get("hours")):
                continue
            for k in ((0.0,) if not mod else (-mod, 0.0, mod)):
                if la < hb + k and lb + k < ha:
                    return True
    return False


def _when_claims(rows: Sequence[Mapping[str, Any]], profiles: Mapping[str, Mapping[str, Any]],
                 article_ids: Sequence[str], material: bool) -> dict[str, list[dict[str, Any]]]:
    """When each article puts the story's event: the dates and words of time its reports
    carry ("late on Tuesday": a day of the week and a part of the day); for an article whose
    reports say no time, the time of the first deed its text tells. Words of time without a
    date count in material stories only (a statement's "on Sunday" may be the deed's day)."""
    per: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        d = r["event"].get("date") or {}
        value = d.get("value")
        t = time_of(d.get("text"), said_days=True) or {}
        day = str(value) if value and len(str(value)) == 10 else None
        weekday = t.get("weekday")
        if day is not None:
            weekday = date.fromisoformat(day).weekday()
        if not material and not value:
            # a statement's words of time without a date: the day of the saying or of the
            # deed it speaks of, told apart by nothing here
            continue
        if value or t:
            item = {"date": day, "value": str(value) if value else None, "weekday": weekday,
                    "hours": t.get("hours"), "text": d.get("text") or str(value)}
            if item not in per[r["article_id"]]:
                per[r["article_id"]].append(item)
    if material:
        for aid in article_ids:
            if aid in per:
                continue
            for x in ((profiles.get(aid) or {}).get("claims") or {}).get("times") or ():
                per[aid].append({"date": None, "value": None, "weekday": x["weekday"],
                                 "hours": tuple(x["hours"]) if x.get("hours") else None,
                                 "text": x["sentence"]})
    return per


def _date_topic(rows: Sequence[Mapping[str, Any]], profiles: Mapping[str, Mapping[str, Any]],
                article_ids: Sequence[str], material: bool) -> dict[str, Any] | None:
    """When it happened, when two articles put it at times that cannot both hold: one says a
    date or time the other's claims all rule out (another day; the night against the dawn).
    Dates of a coarser precision (a month) compare as before, by value."""
    per = _when_claims(rows, profiles, article_ids, material)
    ids = list(per)

    def one_sided(xs: Sequence[Mapping[str, Any]], ys: Sequence[Mapping[str, Any]]) -> bool:
        for x in xs:
            if x.get("date") is None and x.get("value"):  # a month or a year: by value
                if not any(x["value"] == y.get("value") for y in ys):
                    return True
                continue
            if not any(_times_agree(x, y) for y in ys if not (y.get("date") is None
                                                                and y.get("value"))):
                return True
        return False

    if not any(one_sided(per[a], per[b]) or one_sided(per[b], per[a])
               for i, a in enumerate(ids) for b in ids[i + 1:]):
        return None
    src = {r["article_id"]: r["event"] for r in rows}
    return {"topic": "date", "claims": [
        _claim(aid, _source_of(src[aid], (profiles.get(aid) or {}).get("outlet")) if aid in src
               else _outlet(profiles, aid),
               ", ".join(dict.fromkeys(
                   (f"{x['value']} ({x['text']})" if x.get("value") and x["text"] != x["value"]
                    else str(x.get("value") or x["text"])) for x in items)))
        for aid, items in per.items()]}


def _words(s: str) -> set[str]:
    return {w for w in s.lower().split() if len(w) > 2}


def find_contradictions(family: str, report_rows: Sequence[Mapping[str, Any]],
                        profiles: Mapping[str, Mapping[str, Any]],
                        article_ids: Sequence[str] = (),
                        broad_places: frozenset[str] = frozenset(),
                        window: tuple[str | None, str | None] = (None, None),
                        own_rows: Sequence[Mapping[str, Any]] | None = None,
                        meanings: Sequence[MeaningKind] | None = None) -> list[dict[str, Any]]:
    """Competing claims across the story's articles, side by side; nothing is averaged.
    ``report_rows`` are the coded reports; ``article_ids`` every article of the story;
    ``broad_places`` (countries, provinces) contain the cities and do not compete with them;
    ``window`` (the story's days) leaves out counts tied to events of other days;
    ``own_rows`` (the reports of the story's own event, :func:`core_rows`) give the dates and
    places compared, so an earlier attack the articles recall does not compete; ``meanings``:
    the kinds of claims of meaning (the built-in rules' when ``None``)."""
    out: list[dict[str, Any]] = []
    article_ids = list(dict.fromkeys([*article_ids, *(r["article_id"] for r in report_rows)]))
    if len(article_ids) < 2:
        return out
    material = family in ("violence", "pressure", "posture", "yield")
    for topic, role in (("perpetrator" if material else "actor", "actor"), ("target", "target")):
        c = _role_topic(topic, role, report_rows, profiles)
        if c:
            out.append(c)
    # date and place
    def place(e: Mapping[str, Any]) -> str | None:
        name = (e.get("location") or {}).get("name")
        return None if not name or name.casefold() in broad_places else name

    c = _date_topic(own_rows if own_rows is not None else report_rows, profiles, article_ids,
                    material)
    if c:
        out.append(c)
    for topic, getter in (("place", place),):
        per: dict[str, set[str]] = defaultdict(set)
        src: dict[str, Mapping[str, Any]] = {}
        for r in own_rows if own_rows is not None else report_rows:
            v = getter(r["event"])
            if v:
                per[r["article_id"]].add(str(v))
                src.setdefault(r["article_id"], r["event"])
        if len({frozenset(v) for v in per.values()}) >= 2 and len(per) >= 2:
            out.append({"topic": topic, "claims": [
                _claim(aid, _source_of(src[aid], (profiles.get(aid) or {}).get("outlet")),
                       ", ".join(sorted(v))) for aid, v in per.items()]})
    if material:
        for topic, key in (("casualties", "casualties"), ("weapons", "weapons"),
                           ("detained", "detained"), ("sites", "sites")):
            c = _count_topic(topic, key, profiles, article_ids, window)
            if c:
                out.append(c)
        c = _place_detail_topic(report_rows, profiles, article_ids)
        if c:
            out.append(c)
        c = _denial_topic(report_rows, profiles, article_ids, broad_places)
        if c:
            out.append(c)
        c = _found_topic(profiles, article_ids)
        if c:
            out.append(c)
        # what each article says of who did it, when that is open: no report names a known
        # actor, or the reports already name different ones (when every report names the
        # same actor, such sentences are about other attacks the articles recall)
        said = _responsibility_claims(profiles, article_ids)
        who = next((c for c in out if c["topic"] == "perpetrator"), None)
        if said and who is None and not any(ref.get("name") for r in report_rows
                                            for ref in r["event"].get("actor") or []):
            out.append({"topic": "perpetrator", "claims": said})
        elif said and who is not None:  # beside the coded actors, what each article says of it
            who["claims"] += [c for c in said if c not in who["claims"]]
    else:
        c = _accusation_denied(report_rows, profiles, article_ids)
        if c:
            out.append(c)
    directed = _director_claims(profiles, article_ids)
    if directed:  # who ordered it: beside the coded doers, or as the story's question of who
        topic = "perpetrator" if material else "actor"
        who = next((c for c in out if c["topic"] == topic), None)
        if who is None:
            out.append({"topic": topic, "claims": directed})
        else:
            who["claims"] += [c for c in directed if c not in who["claims"]]
    parties = {t.casefold() for r in report_rows for role in ("actor", "target")
               for ref in r["event"].get(role) or []
               for t in (ref.get("name"), ref.get("text"))
               if t and len(t) >= 3 and t.casefold() not in broad_places}
    for c in (_timeline_topic(profiles, article_ids, parties),
              _administration_topic(profiles, article_ids),
              _office_topic(profiles, article_ids, window, report_rows),
              _motive_topic(profiles, article_ids),
              # what a party is charged with: the matter of a punitive act (an arrest, a
              # sanction), of an accusation or of its rejection; in an attack's story the
              # accused is its doer (the ``perpetrator`` topic)
              _charge_topic(profiles, article_ids) if family in _CHARGED_FAMILIES else None,
              _custody_topic(profiles, article_ids),
              _count_topic("votes", "votes", profiles, article_ids),
              _count_topic("deployed", "deployed", profiles, article_ids),
              _recalled_topic(profiles, article_ids, window)):
        if c:
            out.append(c)
    out += _meaning_topics(family, profiles, article_ids,
                           load_rules().meanings if meanings is None else meanings)
    damage = _damage_claims(profiles, article_ids) if material else []
    if damage:  # what was hit, as what each outlet says the deed damaged
        hit = next((c for c in out if c["topic"] == "struck"), None)
        if hit is None:
            out.append({"topic": "struck", "claims": damage})
        else:
            hit["claims"] += [c for c in damage if c not in hit["claims"]]
    # quotes of one speaker that differ between outlets (quote drift)
    by_speaker: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for aid in article_ids:
        for q in ((profiles.get(aid) or {}).get("claims") or {}).get("quotes", []):
            if q.get("speaker"):
                by_speaker[q["speaker"].casefold()].append((aid, q["quote"]))
    for speaker, quotes in sorted(by_speaker.items()):
        arts = {a for a, _ in quotes}
        if len(arts) < 2:
            continue
        pairs = [(a, qa, b, qb) for i, (a, qa) in enumerate(quotes) for b, qb in quotes[i + 1:]
                 if a != b and qa.strip() != qb.strip()]
        drift = [(a, qa, b, qb) for a, qa, b, qb in pairs
                 if 0.3 <= len(_words(qa) & _words(qb)) / max(1, len(_words(qa) | _words(qb))) < 0.9]
        if drift:
            a, qa, b, qb = drift[0]
            out.append({"topic": "quote", "claims": [_claim(a, speaker, qa), _claim(b, speaker, qb)]})
    if not any(c["topic"] == "quote" for c in out):
        c = _misattributed_quote_topic(profiles, article_ids) or _quote_drift_topic(profiles, article_ids)
        if c:
            out.append(c)
    return out
