"""Dating undated articles: an estimated publication interval with the cues that gave it.

Cues, each an interval the publication date must lie in:
- explicit past dates in the text ("On October 9, 2025, ...") are lower bounds;
- a person named with an office (``Defense Minister Thabet al-Abbasi``) dates the text inside
  that person's tenure in the KB; "former <title> <name>" after its end;
- titles that exist only from a date ("Secretary of War", rules data);
- forward references ("the upcoming elections") put it before the next scheduled event;
- past events it names (rules data: "the storming of the embassy") put it after them, and
  within ``RECENT_DAYS`` when it tells them as news ("has warned", "amid the protests");
- a near-duplicate of a dated article, and dated reports of the same story (applied by the
  stage, :func:`narrow`);
- the day the article was first read is always an upper bound.
When only lower bounds exist, a recency assumption (news is published within ``RECENCY_DAYS`` of
the latest date it mentions) closes the interval, and says so with a low confidence.
The estimate is the article's; its events keep their own dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from brinkwatch.analysis.rules import CrossrefRules
from brinkwatch.kb.model import TheatreKB, norm_key

RECENCY_DAYS = 60
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_PATTERNS = (
    re.compile(_MON + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?:in|since|of|during|early|late|mid-?)\s+" + _MON + r"\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?:in|since|during)\s+(?P<year>(?:19|20)\d{2})\b", re.I),
)
# words right before a date that make it a deadline or a plan, not something that happened
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_FUTURE_BEFORE = re.compile(
    r"\b(by|until|till|through|before|ahead of|next|scheduled for|expected in|due in|due by|"
    r"(?:end|middle|close|beginning)\s+of|"
    r"no later than|end of|set for|planned for|slated for|deadline)\s*(the\s+)?(\w+\s+of\s*)?$",
    re.I)
_WILL = re.compile(r"\b(will|would|to be held|is due|are due|plans to|is expected)\b", re.I)
_FORWARD = re.compile(r"\b(upcoming|forthcoming|coming|next|looming|scheduled)\s+((?:\w+\s+){0,2})$", re.I)
_FORMER = re.compile(r"\b(former|ex-|then-|late|outgoing|erstwhile)\s*[\w\s.'’-]{0,40}$", re.I)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateCue:
    kind: str  # explicit-date | office-tenure | former-office | title | forward-reference |
    #            past-event | near-duplicate | story | first-seen | recency
    text: str  # the words (or the fact) that gave the cue
    start: str | None  # earliest publication day this cue allows
    end: str | None  # latest publication day this cue allows
    source: str | None = None  # KB id or rules source behind the cue
    group: str | None = None  # cues of one group are alternatives (several terms of one office)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
                "source": self.source}


@dataclass(frozen=True, slots=True, kw_only=True)
class PublishedEstimate:
    start: str | None
    end: str | None
    confidence: str  # high | medium | low | none
    cues: tuple[DateCue, ...] = field(default_factory=tuple)
    conflicts: tuple[str, ...] = ()  # cues that could not all hold (a sign of anachronism)

    @property
    def width_days(self) -> int | None:
        if not self.start or not self.end:
            return None
        return (date.fromisoformat(self.end) - date.fromisoformat(self.start)).days + 1

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "confidence": self.confidence,
                "cues": [c.to_json() for c in self.cues], "conflicts": list(self.conflicts)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PublishedEstimate:
        return cls(start=d.get("start"), end=d.get("end"), confidence=d.get("confidence", "none"),
                   cues=tuple(DateCue(kind=c["kind"], text=c["text"], start=c.get("start"),
                                      end=c.get("end"), source=c.get("source"))
                              for c in d.get("cues") or ()),
                   conflicts=tuple(d.get("conflicts") or ()))


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionSpan:
    """A linked mention as the stage reads it from the store."""

    start: int
    end: int
    text: str
    kb_id: str | None
    method: str | None


def _day(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def explicit_dates(text: str) -> list[tuple[str, str, int]]:
    """(first day, the words, offset) of every date the text states as past, in text order."""
    found: dict[int, tuple[str, str, int]] = {}
    # every pattern holds a year: look only at the words around the years the text has
    spans: list[tuple[int, int]] = []
    for y in _YEAR.finditer(text):
        lo, hi = max(0, y.start() - 30), y.end() + 1
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    matches = [m for pat in _DATE_PATTERNS for lo, hi in spans for m in pat.finditer(text, lo, hi)]
    for m in sorted(matches, key=lambda m: (_DATE_PATTERNS.index(m.re), m.start())):
        if any(m.start() < e and s < m.end() for s, e in
               ((o, o + len(w)) for _, w, o in found.values())):
            continue
        g = m.groupdict()
        year = int(g["year"])
        mon = (g.get("mon") or "").lower().rstrip(".")
        month = int(g["month"]) if g.get("month") else (_MONTHS[mon[:3]] if mon else 1)
        day = int(g["day"]) if g.get("day") else 1
        iso = _day(year, month, day)
        if iso is None:
            continue
        lead = m.group(0).split()[0]
        before = text[max(0, m.start() - 30):m.start()] + (
            lead if lead.lower() in ("in", "since", "of", "during") else "")
        sent_start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        stop = text.find(".", m.end())
        sentence = text[sent_start:stop if stop >= 0 else len(text)]
        if _FUTURE_BEFORE.search(before) or _WILL.search(sentence):
            continue
        found[m.start()] = (iso, m.group(0), m.start())
    return [found[k] for k in sorted(found)]


def _office_aliases(kb: TheatreKB, office_id: str) -> list[str]:
    off = kb.get(office_id)
    if off is None:
        return []
    keys = [norm_key(x) for x in (off.name, *off.aliases) if x]
    # the title without its state ("Prime Minister" of "Iraqi Prime Minister"): before a person
    # who held this very office it is not ambiguous, and it is how wire copy writes titles
    st = kb.state_of(office_id)
    states = {norm_key(x) for x in (st.name, *st.aliases, *st.demonyms)} - {""} if st else set()
    bare = [k[len(p) + 1:] for k in keys for p in states if k.startswith(p + " ")]
    return list(dict.fromkeys(keys + bare))


_HEAD_WORDS = ("prime minister", "president", "supreme leader")
_AFTER_GOV = re.compile(r"^[’']?s?\s*(government|administration|cabinet|presidency|premiership)\b", re.I)


def tenure_cues(text: str, mentions: Iterable[MentionSpan], kb: TheatreKB,
                today: str) -> list[DateCue]:
    """Cues from people named with an office (inside its term), "former <title> <name>" (after
    it), and "the <name> government/administration" (inside a head-of-government term). A
    person with several terms of one office gives alternatives (``group``)."""
    cues: list[DateCue] = []
    seen: set[tuple[str, str, str]] = set()
    for m in mentions:
        person = kb.get(m.kb_id) if m.kb_id else None
        if person is None or person.type != "person" or not person.offices or m.method in (
                "title", "office", "coref"):
            continue
        before = text[max(0, m.start - 70):m.start]
        before_key = norm_key(before)
        tail = before.strip().split("\n")[-1][-50:].strip()
        former = _FORMER.search(before[-60:]) is not None
        after = _AFTER_GOV.match(text[m.end:m.end + 20])
        by_office: dict[str, list[Any]] = {}
        for term in person.offices:
            if term.start:
                by_office.setdefault(term.office, []).append(term)
        # the longest title wins: "Vice President" is not also "President"
        longest = {o: max((len(a) for a in _office_aliases(kb, o) if a and (
            before_key.endswith(a) or (len(a) > 6 and a in before_key[-(len(a) + 12):]))),
            default=0) for o in by_office}
        for office, terms in by_office.items():
            off = kb.get(office)
            aliases = _office_aliases(kb, office)
            hit = longest[office] > 0 and longest[office] == max(longest.values())
            if not hit and former and off is not None:
                words = norm_key(before[-60:]).split()
                title = " ".join(words[words.index("former") + 1:]) if "former" in words else ""
                hit = bool(title) and any(title in a for a in aliases)
            head = after is not None and off is not None and any(
                w in off.name.lower() for w in _HEAD_WORDS)
            if not hit and not head:
                continue
            kind = "former-office" if former and hit else "office-tenure"
            key = (person.id, office, kind)
            if key in seen:
                continue
            seen.add(key)
            words_ = f"{tail} {m.text}".strip() if hit else f"{m.text}{after.group(0) if after else ''}"
            group = f"{person.id}:{office}" if len(terms) > 1 else None
            for term in terms:
                start = _first(term.start)
                end = _last(term.end) if term.end else None
                if kind == "former-office":
                    if end:
                        cues.append(DateCue(kind=kind, text=words_, start=end, end=None,
                                            source=person.id, group=group))
                else:
                    cues.append(DateCue(kind=kind, text=words_, start=start, end=end or today,
                                        source=person.id, group=group))
    return cues


def _first(value: str) -> str:
    parts = value.split("-")
    return _day(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                int(parts[2]) if len(parts) > 2 else 1) or value


def _last(value: str) -> str:
    parts = value.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return f"{y}-12-31"
    m = int(parts[1])
    if len(parts) == 2:
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return (nxt - timedelta(days=1)).isoformat()
    return value


def _title_cues(text: str, rules: CrossrefRules) -> list[DateCue]:
    low = text.lower()
    cues = []
    for t in rules.titles:
        i = low.find(t.phrase.lower())
        if i >= 0:
            cues.append(DateCue(kind="title", text=text[i:i + len(t.phrase)], start=t.start,
                                end=t.end, source="; ".join(t.sources)))
    return cues


def _forward_cues(text: str, rules: CrossrefRules, lower: str | None) -> list[DateCue]:
    low = text.lower()
    cues = []
    for s in sorted(rules.scheduled, key=lambda s: s.date):
        if lower is not None and s.date < lower:
            continue
        for w in sorted(s.words, key=len, reverse=True):
            for m in re.finditer(r"\b" + re.escape(w) + r"\b", low):
                fm = _FORWARD.search(low[max(0, m.start() - 40):m.start()])
                if fm:
                    cues.append(DateCue(kind="forward-reference",
                                        text=text[m.start() - len(fm.group(0)):m.end()],
                                        start=None, end=s.date,
                                        source=f"{s.what} ({s.date}); " + "; ".join(s.sources)))
                    break
            if cues:
                break
        if cues:
            break
    return cues


#: a text that tells a past event as news (see ``_RECENT``) was written within this many days
RECENT_DAYS = 90
# words of a sentence that tell its event as news: "has warned", "recent", "amid the unrest"
_RECENT = re.compile(r"\b(has|have|recent|recently|latest|ongoing|continuing|amid|this week|"
                     r"last week|days ago|in recent (?:days|weeks))\b", re.I)
_SENTENCE = re.compile(r"[^.!?\n]+")


def _past_event_cues(text: str, rules: CrossrefRules) -> list[DateCue]:
    """Sentences that name a dated past event (rules ``past_events``): written after it, and
    within ``RECENT_DAYS`` of it when the sentence tells it as news. Events of one ``what``
    are alternatives (a kind of event that recurs)."""
    if not rules.past_events:
        return []
    cues: list[DateCue] = []
    sentences: list[str] | None = None
    for ev in rules.past_events:
        pats = [[re.compile(r"\b(?:" + t + r")", re.I) for t in ws] for ws in ev.terms]
        pats = [ps for ps in pats if all(p.search(text) for p in ps)]  # cheap: the whole text
        if not pats:
            continue
        if sentences is None:
            sentences = [m.group(0) for m in _SENTENCE.finditer(text)]
        for s in sentences:
            if not any(all(p.search(s) for p in ps) for ps in pats):
                continue
            recent = _RECENT.search(s) is not None
            end = ((date.fromisoformat(ev.date) + timedelta(days=RECENT_DAYS)).isoformat()
                   if recent else None)
            words = " ".join(s.split())
            cues.append(DateCue(kind="past-event", text=words[:120], start=ev.date, end=end,
                                source=f"{ev.what} ({ev.date}" + (", told as news" if recent else "")
                                + "); " + "; ".join(ev.sources), group=f"past-event {ev.what}"))
            break
    return cues


#: cues that name a person in a role or a title of a period: when they disagree, one of them
#: is an anachronism (a credibility flag), not a firm date
_ROLE_KINDS = frozenset({"office-tenure", "former-office", "title"})
#: the order cues are taken in: the dated reports of the article's own story (``story``) come
#: before people in roles and titles, so a role out of its time is the conflict, not the story
_ORDER = {"first-seen": 0, "explicit-date": 1, "near-duplicate": 1, "story": 2, "title": 3,
          "office-tenure": 4, "former-office": 4, "forward-reference": 5, "past-event": 6,
          "recency": 9}
_Item = DateCue | list[DateCue]


def _overlap(a: _Item, b: _Item) -> bool:
    for x in a if isinstance(a, list) else [a]:
        for y in b if isinstance(b, list) else [b]:
            lo = max(filter(None, (x.start, y.start)), default=None)
            hi = min(filter(None, (x.end, y.end)), default=None)
            if not (lo and hi and lo > hi):
                return True
    return False


def _kind(item: _Item) -> str:
    return item[0].kind if isinstance(item, list) else item.kind


def _intersect(items: Sequence[_Item]) -> tuple[str | None, str | None, list[DateCue],
                                                 list[tuple[_Item, str]]]:
    """Intersect in order; an item that cannot hold with those before it is rejected."""
    start: str | None = None
    end: str | None = None
    used: list[DateCue] = []
    rejected: list[tuple[_Item, str]] = []

    def meets(c: DateCue) -> bool:
        s = max(filter(None, (start, c.start)), default=None)
        e = min(filter(None, (end, c.end)), default=None)
        return not (s and e and s > e)

    for item in items:
        c: DateCue
        if isinstance(item, list):
            fits = [x for x in item if meets(x)]
            if not fits:
                rejected.append((item, f"{item[0].kind} '{item[0].text}': no term fits "
                                       f"{start or '…'}..{end or '…'}"))
                continue
            lo = None if any(x.start is None for x in fits) else min(x.start for x in fits if x.start)
            hi = None if any(x.end is None for x in fits) else max(x.end for x in fits if x.end)
            c = DateCue(kind=fits[0].kind, text=fits[0].text, start=lo, end=hi,
                        source=fits[0].source)
        else:
            c = item
        if not meets(c):
            rejected.append((item, f"{c.kind} '{c.text}' ({c.start or '…'}..{c.end or '…'}) "
                                   f"cannot hold with {start or '…'}..{end or '…'}"))
            continue
        start = max(filter(None, (start, c.start)), default=None)
        end = min(filter(None, (end, c.end)), default=None)
        used.append(c)
    return start, end, used, rejected


def _confidence(used: Sequence[DateCue], start: str | None, end: str | None,
                conflicted: bool) -> str:
    hard = [c for c in used if c.kind not in ("first-seen", "recency")]
    width = None
    if start and end:
        width = (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    if not hard:
        return "none"
    if any(c.kind == "recency" for c in used) or width is None or width > 120:
        level = 0
    elif width <= 31:
        level = 2
    else:
        level = 1
    # cues that disagree are a sign of anachronism: the estimate is one step less sure
    return ("low", "medium", "high")[max(0, level - conflicted)]


def combine(cues: Sequence[DateCue]) -> PublishedEstimate:
    """Intersect the cues' intervals; cues that contradict the rest are reported, not used.
    People in roles and titles (``_ROLE_KINDS``) are taken in the order of how many other
    cues agree with them, so the consistent majority dates the text and the odd one out is
    the conflict; when two of them disagree and as many cues back each, neither wins: the
    interval spans both readings. Any conflict lowers the confidence one step."""
    groups: dict[str, list[DateCue]] = {}
    single: list[_Item] = []
    for c in cues:
        if c.group:
            groups.setdefault(c.group, []).append(c)
        else:
            single.append(c)
    items: list[_Item] = [*single, *groups.values()]
    hard = [i for i in items if _kind(i) not in ("first-seen", "recency")]
    support = {id(i): sum(1 for o in hard if o is not i and _overlap(i, o)) for i in items}

    def key(i: _Item) -> tuple[int, int]:
        return (_ORDER.get(_kind(i), 6), -support[id(i)] if _kind(i) in _ROLE_KINDS else 0)

    ordered = sorted(items, key=key)  # stable: groups after single cues of their rank
    start, end, used, rejected = _intersect(ordered)
    # a role cue rejected by another role cue that no more cues back: a tie, no majority
    tied = [i for i, _ in rejected if _kind(i) in _ROLE_KINDS and any(
        _kind(o) in _ROLE_KINDS and not _overlap(i, o) and support[id(o)] <= support[id(i)]
        for o in ordered if o not in [r for r, _ in rejected])]
    conflicts = [why for _, why in rejected]
    if tied:
        rivals = [o for o in ordered if _kind(o) in _ROLE_KINDS and o not in [r for r, _ in rejected]
                  and any(not _overlap(t, o) for t in tied)]
        s2, e2, used2, _ = _intersect([o for o in ordered if not any(o is r for r in rivals)])
        start = None if start is None or s2 is None else min(start, s2)
        end = None if end is None or e2 is None else max(end, e2)
        # both readings stay among the cues: a later cue (the story's dated reports) decides
        used = used + [c for c in used2 if c not in used]
        conflicts = [f"{_kind(t)} '{(t[0] if isinstance(t, list) else t).text}' and "
                     f"{_kind(r)} '{(r[0] if isinstance(r, list) else r).text}' cannot both hold; "
                     "the interval spans both" for t in tied for r in rivals if not _overlap(t, r)] \
            + [why for i, why in rejected if not any(i is t for t in tied)]
    return PublishedEstimate(start=start, end=end,
                             confidence=_confidence(used, start, end, bool(conflicts)),
                             cues=tuple(used), conflicts=tuple(conflicts))


def estimate_publication(text: str, *, kb: TheatreKB, rules: CrossrefRules,
                         mentions: Iterable[MentionSpan] = (), first_seen: str,
                         extra: Sequence[DateCue] = ()) -> PublishedEstimate:
    """The publication interval of an undated article (``first_seen``: ISO day it was read)."""
    today = first_seen[:10]
    cues: list[DateCue] = [DateCue(kind="first-seen", text="the day brinkwatch first read it",
                                   start=None, end=today)]
    latest: str | None = None
    for iso, words, _ in explicit_dates(text):
        if iso <= today and (latest is None or iso > latest):
            latest = iso
            best = DateCue(kind="explicit-date", text=words, start=iso, end=None)
    if latest:
        cues.append(best)
    cues += _title_cues(text, rules)
    cues += tenure_cues(text, mentions, kb, today)
    cues += extra
    lower = combine(cues).start
    cues += _forward_cues(text, rules, lower)
    cues += _past_event_cues(text, rules)
    est = combine(cues)
    if est.start and est.end and est.width_days and est.width_days > 120 and latest \
            and latest == est.start:
        rec_end = (date.fromisoformat(latest) + timedelta(days=RECENCY_DAYS)).isoformat()
        cues.append(DateCue(kind="recency", text=f"news is usually published within {RECENCY_DAYS} "
                            "days of the latest date it mentions", start=None, end=rec_end))
        est = combine(cues)
    return est


def narrow(est: PublishedEstimate, extra: Sequence[DateCue]) -> PublishedEstimate:
    """The estimate with more cues (story or near-duplicate), recombined."""
    if not extra:
        return est
    return replace(combine((*est.cues, *extra)), conflicts=est.conflicts)
