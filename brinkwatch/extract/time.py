"""Event dates from explicit and relative time expressions.

Conventions (news writing; documented in docs/ontology.md, "Time and place"):

* Relative expressions resolve against the article's publication date (``published``).
  Without one they stay unresolved: ``DateRef(value=None, precision=None, text=...)``.
* A weekday ("on Monday", "late on Monday", "Monday night") is the most recent such day
  on or before the publication date ("next Monday" the first one after it). The small hours
  of the day after publication ("early Thursday", "Thursday morning" in a Wednesday article)
  are that next day, not six days back: an outlet west of the theatre dates its story the
  evening before (Baghdad's dawn is the previous evening in New York).
* A month-day without a year ("Oct. 9", "on Dec. 29") and a bare month ("in January") take the
  year that puts them nearest to the publication date (Dec. 29 in an article of Jan. 3 is the
  previous December); without a publication date they stay unresolved.
* Ranges give ``value`` = first day and ``end`` = last day: "last week" is the previous Monday to
  Sunday, "in recent weeks" the 21 days before publication, "in recent days" 7, "in recent
  months" 90, "since 2003" from 2003-01-01 to the publication date (``end`` None if unknown).
* Words counted back from the story ("the night before", "a day earlier") count from the day
  the sentence's main clause gives, else from ``published``; an act told as the landmark
  another is counted from ("struck X on Saturday, two days after Y hit Z") is that day shifted
  back (:func:`landmark_clause`). Seasons ("last autumn") are three-month ranges.
* Words counting forward ("a day later", "the next morning", "the same night", "hours later")
  count from the day the sentence's main clause gives, else from the last day the three
  sentences before give; never forward from ``published``.
* A weekday of an act told as still to come ("will fly to Ankara on Saturday", "is expected to
  vote on Monday") is the coming one, the day of publication included.
* The day of a verbal reaction ("condemned on Monday the strike that hit X") does not date the
  act it is about; "the night of Dec. 30" and "the early hours of Monday" are one phrase; a
  participle opening the sentence ("Speaking to reporters on Monday, X condemned ...") and a
  relative clause saying when the subject act happened ("the raid, which took place on
  Monday, left ...") date their clause.
* Only the dates attached to the event trigger count first (a DATE/TIME expression that depends on
  the trigger or its clause verb); another date in the sentence counts only when it is the
  sentence's single time expression and does not modify another noun ("the 2003 invasion").

Pure functions; interpretation of a time expression is cached per (text, preposition, date).
"""

from __future__ import annotations

import calendar
import re
import weakref
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from brinkwatch.extract.rules import active
from brinkwatch.extract.syntax import clause_tokens, doc_text, sent_of
from brinkwatch.records import DateRef

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from brinkwatch.nlp.pipeline import ParsedArticle

__all__ = ["article_date_cues", "interpret", "landmark_clause", "publication_date",
           "reference_date", "resolve_date", "stated_publication"]

# --- lexicons -------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        _MONTHS[_name.lower()] = _i
        _MONTHS[_name[:3].lower()] = _i
_MONTHS["sept"] = 9
_WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAYS.update({k[:3]: v for k, v in list(_WEEKDAYS.items())})
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "a couple of": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3}
_NUM = r"(\d{1,3}|a couple of|couple of|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MONTH_RE = (r"(january|february|march|april|may|june|july|august|september|october|november|"
             r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)")
_WEEKDAY_RE = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d{2})"

# preposition words that may govern a time expression (kept in DateRef.text)
_TIME_PREPS = {"on", "in", "since", "during", "at", "by", "from", "until", "till", "through",
               "over", "throughout", "as", "of"}
_LEFT_MODIFIERS = {"late", "early", "earlier", "later", "mid", "mid-", "as", "recently",
                   "just", "only"}

# regex candidates the statistical NER may miss (searched in the sentence text)
_CANDIDATE_RE = re.compile(
    r"\b(?:(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+|couple\s+of\s+)?"
    r"(?:days|weeks|months|years)"
    r"|(?:late|early)\s+(?:on\s+)?(?:" + _WEEKDAY_RE + r")"
    r"|(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}"
    r"|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}"
    r"|(?:this\s+)?past\s+weekend"
    r"|(?:last|this|next)\s+(?:week|month|year|" + _WEEKDAY_RE + r")"
    r"|(?:last|this|past|previous)\s+(?:spring|summer|fall|autumn|winter)"
    r"|" + _WEEKDAY_RE + r"(?:\s+(?:night|morning|afternoon|evening))?"
    r"|yesterday|today|tonight|last\s+night"
    r"|(?:the\s+)?previous\s+(?:day|evening|night|morning|afternoon)"
    r"|(?:(?:a|one|two|three|four|five|six|seven|\d{1,2})\s+days?|hours|minutes|moments)\s+later"
    r"|(?:the\s+)?(?:next|following)\s+(?:day|morning|evening|night|afternoon)"
    r"|(?:later\s+)?(?:that|the\s+same)\s+(?:day|night|evening|morning|afternoon)"
    r"|the\s+(?:day|evening|night|morning|afternoon)\s+before(?=\s*[,.;:]|\s*$)"
    r"|(?<=\bon )the\s+\d{1,2}(?:st|nd|rd|th)(?=\s*[,.;:]|\s*$)"
    r"|(?:in|since|during|until|by)\s+" + _MONTH_RE.replace("may|", "") + r"\.?(?:\s+" + _YEAR + r")?"
    r")\b",
    re.IGNORECASE,
)


# --- interpretation of one expression -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Interp:
    """A time expression understood: ``resolve(published) -> (value, precision, end)``."""

    resolve: Callable[[date | None], tuple[str | None, str | None, str | None]]
    explicit_day: bool = False  # a full date written out (year, month, day)


def _iso(d: date) -> str:
    return d.isoformat()


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, pub: date) -> date | None:
    """The year for a month-day that puts it nearest to the publication date."""
    best: date | None = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        d = _safe_date(y, month, day)
        if d is not None and (best is None or abs((d - pub).days) < abs((best - pub).days)):
            best = d
    return best


def _month_shift(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _day(d: date | None) -> tuple[str | None, str | None, str | None]:
    return (_iso(d), "day", None) if d else (None, None, None)


def _range(a: date, b: date) -> tuple[str | None, str | None, str | None]:
    if b < a:
        a, b = b, a
    return _iso(a), "range", _iso(b)


_UNRESOLVED: tuple[str | None, str | None, str | None] = (None, None, None)


def _relative(fn: Callable[[date], tuple[str | None, str | None, str | None]]) -> _Interp:
    return _Interp(lambda pub: fn(pub) if pub is not None else _UNRESOLVED)


def _const(value: tuple[str | None, str | None, str | None], *, explicit_day: bool = False) -> _Interp:
    return _Interp(lambda pub: value, explicit_day=explicit_day)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word, 1)


def _normalise(text: str) -> str:
    t = text.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    t = re.sub(r"(?<=[a-z])\.", "", t)  # Oct. -> oct, a.m. -> am
    t = re.sub(r"\s+", " ", t).strip(" ,;:")
    t = re.sub(r"^(?:the|on|in|at|during|as of|as|over|from|of)\s+", "", t)
    t = re.sub(r"^(?:the)\s+", "", t)
    t = re.sub(r"^(?:night|morning|evening|afternoon|end|beginning|start|middle"
               r"|(?:early|small|wee) hours) of\s+", "", t)
    t = re.sub(r"^(?:late|early|mid|earlier|later)(?:\s*-\s*|\s+)(?!this\b|in the\b)(?:on\s+|in\s+)?", "", t)
    t = re.sub(r"^(?:the)\s+", "", t)
    t = re.sub(r"\s+(?:night|morning|afternoon|evening|overnight|local time)$", "", t)
    t = re.sub(r"\s+(?:at\s+)?(?:around\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)(?:\s+local time)?$", "", t)
    t = re.sub(r"^(?:at\s+)?(?:around\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)(?:\s+local time)?\s+(?:on\s+)?", "", t)
    return t.strip(" ,")


def _weekday_interp(wd: int, direction: str) -> _Interp:
    def fn(pub: date) -> tuple[str | None, str | None, str | None]:
        if direction == "next":
            delta = (wd - pub.weekday()) % 7 or 7
            return _day(pub + timedelta(days=delta))
        if direction == "ahead":  # a weekday of a future act: that day this week or the next
            return _day(pub + timedelta(days=(wd - pub.weekday()) % 7))
        delta = (pub.weekday() - wd) % 7
        if direction == "early" and delta == 6:
            return _day(pub + timedelta(days=1))  # the small hours there, still "yesterday" here
        if direction == "last" and delta == 0:
            delta = 7
        return _day(pub - timedelta(days=delta))
    return _relative(fn)


def _week_range(pub: date, offset: int, *, to_pub: bool = False) -> tuple[str | None, str | None, str | None]:
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=offset)
    end = pub if to_pub else monday + timedelta(days=6)
    return _range(monday, end)


def _month_value(y: int, m: int) -> tuple[str | None, str | None, str | None]:
    return f"{y:04d}-{m:02d}", "month", None


def _ago(n: int, unit: str, pub: date) -> tuple[str | None, str | None, str | None]:
    if unit == "day":
        return _day(pub - timedelta(days=n))
    if unit == "week":
        return _week_range(pub, -n)
    if unit == "month":
        return _month_value(*_month_shift(pub.year, pub.month, -n))
    return f"{pub.year - n:04d}", "year", None


def _recent(n_days: int) -> _Interp:
    return _relative(lambda pub: _range(pub - timedelta(days=n_days), pub))


# Words counting forward from the day the story last told ("Gunmen ambushed a patrol on
# Monday. A day later, ..."): days later, the next/following day, the same day or night.
# (_normalise drops a trailing "night"/"morning": "the same night" is read as "same")
_FORWARD_CORE = (r"(?:(?P<n>\S+) days? later|(?:hours|minutes|moments) later"
                 r"|(?P<n2>next|following)(?: day| morning| evening| night| afternoon)?"
                 r"|(?:that|same)(?: day| night| evening| morning| afternoon)?)")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_RECENT_DAYS = {"day": 7, "week": 21, "month": 90, "year": 3 * 365}


def _core(t: str) -> _Interp | None:  # noqa: C901 - a flat table of patterns reads best
    m = re.fullmatch(r"((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})", t)
    if m:
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return _const(_day(d), explicit_day=d is not None) if d else None
    m = _NUMERIC_RE.fullmatch(t)
    if m:
        return _numeric(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(rf"(?:{_WEEKDAY_RE},? )?{_MONTH_RE} {_ORD},? {_YEAR}", t)
    if m:
        d = _safe_date(int(m[4]), _MONTHS[m[2]], int(m[3]))
        return _const(_day(d), explicit_day=True) if d else None
    m = re.fullmatch(rf"(?:{_WEEKDAY_RE},? )?{_ORD} (?:of )?{_MONTH_RE},? {_YEAR}", t)
    if m:
        d = _safe_date(int(m[4]), _MONTHS[m[3]], int(m[2]))
        return _const(_day(d), explicit_day=True) if d else None
    m = re.fullmatch(rf"(?:{_WEEKDAY_RE},? )?{_MONTH_RE} {_ORD}", t) or None
    if m:
        month, dd = _MONTHS[m[2]], int(m[3])
        if not 1 <= dd <= 31:
            return None
        return _relative(lambda pub: _day(_nearest_year(month, dd, pub)))
    m = re.fullmatch(rf"(?:{_WEEKDAY_RE},? )?{_ORD} (?:of )?{_MONTH_RE}", t)
    if m:
        month, dd = _MONTHS[m[3]], int(m[2])
        if not 1 <= dd <= 31:
            return None
        return _relative(lambda pub: _day(_nearest_year(month, dd, pub)))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", t)
    if m and 1 <= int(m[1]) <= 31:  # "on the 3rd": the last such day of a month, on or
        return _month_day(int(m[1]))  # before publication
    m = re.fullmatch(rf"{_MONTH_RE},? (?:of )?{_YEAR}", t)
    if m:
        return _const(_month_value(int(m[2]), _MONTHS[m[1]]))
    m = re.fullmatch(rf"{_MONTH_RE},? (?:of )?(last|this|next|previous|past|the previous) year", t)
    if m:  # "in January of last year", "March this year"
        month, off = _MONTHS[m[1]], {"this": 0, "next": 1}.get(m[2], -1)
        return _relative(lambda pub: _month_value(pub.year + off, month))
    m = re.fullmatch(rf"(last|this past|past|this|next|this coming|coming) {_MONTH_RE}", t)
    if m:  # "last January": the latest January before this month; "next March"
        month, which = _MONTHS[m[2]], m[1]

        def named_month(pub: date) -> tuple[str | None, str | None, str | None]:
            if which in ("next", "this coming", "coming"):
                return _month_value(pub.year + (month <= pub.month), month)
            if which == "this":
                return _month_value(pub.year, month)
            return _month_value(pub.year - (month >= pub.month), month)
        return _relative(named_month)
    m = re.fullmatch(_MONTH_RE, t)
    if m:
        month = _MONTHS[m[1]]

        def nearest_month(pub: date) -> tuple[str | None, str | None, str | None]:
            y = min((pub.year - 1, pub.year, pub.year + 1),
                    key=lambda yy: abs((yy * 12 + month) - (pub.year * 12 + pub.month)))
            return _month_value(y, month)
        return _relative(nearest_month)
    m = re.fullmatch(_YEAR, t)
    if m:
        return _const((m[1], "year", None))
    m = re.fullmatch(r"((?:19|20)\d)0s", t)
    if m:
        y0 = int(m[1]) * 10
        return _const(_range(date(y0, 1, 1), date(y0 + 9, 12, 31)))
    m = re.fullmatch(rf"(last|this past|past|this|next|this coming|coming|ahead)? ?{_WEEKDAY_RE}", t)
    if m:
        mod = m[1] or ""
        direction = "next" if mod in ("next", "this coming", "coming") else (
            "last" if mod in ("last", "this past", "past") else mod)
        return _weekday_interp(_WEEKDAYS[m[2]], direction)
    m = re.fullmatch(rf"(?:(last|this|past|previous) )?(spring|summer|fall|autumn|winter)"
                     rf"(?:,? (?:of )?{_YEAR})?", t)
    if m and (m[1] or m[3]):
        return _season(m[2], m[1] or "", int(m[3]) if m[3] else None)
    if t in ("the year", "year"):  # "by the end of the year"
        return _relative(lambda pub: (f"{pub.year:04d}", "year", None))
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today",
             "later today", "now"):
        return _relative(lambda pub: _day(pub))
    if t in ("yesterday", "last night", "yesterday morning", "yesterday afternoon",
             "yesterday evening", "overnight"):
        return _relative(lambda pub: _day(pub - timedelta(days=1)))
    if t in ("previous", "previous day", "day before", "night before", "evening before",
             "morning before", "afternoon before"):  # "the previous evening", "the night before"
        return _relative(lambda pub: _day(pub - timedelta(days=1)))  # relative to the report
    if t == "day before yesterday":
        return _relative(lambda pub: _day(pub - timedelta(days=2)))
    m = re.fullmatch(_FORWARD_CORE, t)
    if m:  # "a day later", "the next morning", "that night": counted from the story's day
        n = 1 if m["n2"] else (_count(m["n"]) if m["n"] else 0)
        return _relative(lambda pub: _day(pub + timedelta(days=n)))
    if t in ("tomorrow", "tomorrow morning", "tomorrow night"):
        return _relative(lambda pub: _day(pub + timedelta(days=1)))
    m = re.fullmatch(rf"{_NUM} (day|week|month|year)s? (?:ago|earlier|before)", t)
    if m:
        n, unit = _count(m[1]), m[2]
        return _relative(lambda pub: _ago(n, unit, pub))
    m = re.fullmatch(r"(last|past|previous|this|current|next|coming) (week|month|year|weekend)", t)
    if m:
        which, unit = m[1], m[2]
        off = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
        if unit == "week":
            return _relative(lambda pub: _week_range(pub, off))
        if unit == "month":
            return _relative(lambda pub: _month_value(*_month_shift(pub.year, pub.month, off)))
        if unit == "year":
            return _relative(lambda pub: (f"{pub.year + off:04d}", "year", None))
        return _weekend_past() if off < 0 else _weekend(off)
    if t in ("weekend", "over weekend"):
        return _weekend(0)
    if t in ("past weekend", "this past weekend"):
        return _weekend_past()
    m = re.fullmatch(r"(?:earlier|late|early) (?:this|in the) (week|month|year)", t) or re.fullmatch(
        r"(?:earlier) (week|month|year)", t)
    if m:
        unit = m[1]

        def earlier(pub: date) -> tuple[str | None, str | None, str | None]:
            if unit == "week":
                return _week_range(pub, 0, to_pub=True)
            start = date(pub.year, pub.month, 1) if unit == "month" else date(pub.year, 1, 1)
            return _range(start, pub)
        return _relative(earlier)
    m = re.fullmatch(r"(?:recent|past|last|previous) (?:few |several |couple of )?(day|week|month|year)s", t)
    if m:
        return _recent(_RECENT_DAYS[m[1]])
    m = re.fullmatch(rf"(?:past|last|previous) {_NUM} (day|week|month|year)s?", t)
    if m:
        return _recent(_count(m[1]) * _UNIT_DAYS[m[2]])
    return None


_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def _month_day(day: int) -> _Interp:
    """A day of the month told alone ("on the 3rd"): that day of the month of publication, or
    of the month before when it is still to come (unresolved when that month has no such
    day)."""
    def fn(pub: date) -> tuple[str | None, str | None, str | None]:
        y, m = pub.year, pub.month
        for _ in range(2):  # the 31st in a month after one without: unresolved
            d = _safe_date(y, m, day)
            if d is not None and d <= pub:
                return _day(d)
            y, m = _month_shift(y, m, -1)
        return _UNRESOLVED
    return _relative(fn)


def _season(name: str, which: str, year: int | None) -> _Interp:
    """"last autumn", "this spring", "the summer of 2019": the three months of that season
    (winter runs into the next year); "last" is the latest one over before publication."""
    first = _SEASON_START[name]

    def span(y: int) -> tuple[date, date]:
        end_y, end_m = _month_shift(y, first, 2)
        return date(y, first, 1), date(end_y, end_m, calendar.monthrange(end_y, end_m)[1])

    if year is not None:
        a, b = span(year)
        return _const(_range(a, b))

    def fn(pub: date) -> tuple[str | None, str | None, str | None]:
        y = pub.year
        a, b = span(y)
        if which in ("last", "past", "previous"):
            while b >= pub:
                y -= 1
                a, b = span(y)
        else:  # "this spring": the one of this year (last year's winter in January)
            while a > pub:
                y -= 1
                a, b = span(y)
        return _range(a, b)
    return _relative(fn)


def _weekend_past() -> _Interp:
    """"last weekend", "this past weekend": the last whole weekend before publication (the
    one just gone in a Monday-to-Friday article, the one before in a weekend article)."""
    def fn(pub: date) -> tuple[str | None, str | None, str | None]:
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if pub.weekday() >= 5:
            sat -= timedelta(weeks=1)
        return _range(sat, sat + timedelta(days=1))
    return _relative(fn)


# "05/01/2024", "5.1.2024": day and month in either order (a day first in most of the world,
# a month first in the United States)
_NUMERIC_RE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})")


def _numeric(a: int, b: int, year: int) -> _Interp | None:
    """A numeric date: the one reading when only one is a calendar day (a number over 12 is a
    day), else the reading on or before the publication date (the story tells the past), else,
    when both readings could be meant, the range between them: never one of them guessed."""
    readings = sorted({d for d in (_safe_date(year, b, a), _safe_date(year, a, b)) if d})
    if not readings:
        return None
    if len(readings) == 1:
        return _const(_day(readings[0]), explicit_day=True)

    def fn(pub: date | None) -> tuple[str | None, str | None, str | None]:
        if pub is not None:
            told = [d for d in readings if d <= pub + timedelta(days=1)]
            if len(told) == 1:
                return _day(told[0])
        return _range(readings[0], readings[-1])
    return _Interp(fn)


def _weekend(offset: int) -> _Interp:
    def fn(pub: date) -> tuple[str | None, str | None, str | None]:
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7) + timedelta(weeks=offset)
        return _range(sat, sat + timedelta(days=1))
    return _relative(fn)


def _start_of(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


_PARSER: Any = None


def _dateparser_interp(text: str) -> _Interp | None:
    """Fallback for written forms the rules do not know (only on candidate DATE spans)."""
    if not re.search(rf"\b{_MONTH_RE}\b|\b(?:19|20)\d{{2}}\b", text, re.IGNORECASE):
        return None  # vague words ("the past", "the coming days") are not worth a parser call
    global _PARSER
    if _PARSER is None:
        from dateparser.date import DateDataParser

        _PARSER = DateDataParser(languages=["en"], settings={
            "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True,
            "RELATIVE_BASE": datetime(2000, 1, 1), "REQUIRE_PARTS": ["year"]})
    try:
        data = _PARSER.get_date_data(text)
    except (ValueError, TypeError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "month":
        return _const(_month_value(d.year, d.month))
    if data.period == "year":
        return _const((f"{d.year:04d}", "year", None))
    if data.period in ("day", "time"):
        return _const(_day(d), explicit_day=True)
    return None


_PROBE_DAY = date(2000, 1, 15)  # tells a day-type form from a month or a year
_SPAN_RE = re.compile(r"(?:between )?(.+?) (?:and|to|through|until|till|-) (.+)")


def _span_of_days(t: str) -> _Interp | None:
    """"between Sunday and Tuesday", "March 2 to March 5", "Tuesday and Wednesday": the range
    of the two days, when both are days (a day of one and a month of the other is no span)."""
    m = _SPAN_RE.fullmatch(t)
    if m is None:
        return None
    first, last = _core(m[1]), _core(m[2])
    if first is None or last is None or any(
            x.resolve(_PROBE_DAY)[1] != "day" for x in (first, last)):
        return None

    def fn(pub: date | None) -> tuple[str | None, str | None, str | None]:
        a, b = first.resolve(pub), last.resolve(pub)
        if a[1] != "day" or b[1] != "day" or a[0] is None or b[0] is None:
            return _UNRESOLVED
        return _range(date.fromisoformat(a[0]), date.fromisoformat(b[0]))
    return _Interp(fn)


# the small hours of a day: "early Sunday", "Sunday morning", "pre-dawn Sunday"
_EARLY_RE = re.compile(r"\b(?:early|dawn|pre-?dawn|morning)\b")


@lru_cache(maxsize=4096)
def interpret(text: str, prep: str | None = None) -> _Interp | None:
    """Understand one time expression (None if it is not one we can place on a calendar)."""
    t = _normalise(text)
    bare = re.fullmatch(_WEEKDAY_RE, t)
    if bare and prep != "since" and _EARLY_RE.search(text.lower()):
        return _weekday_interp(_WEEKDAYS[bare[1]], "early")
    since = prep == "since" or t.startswith("since ")
    t = re.sub(r"^since\s+(?:the\s+)?", "", t)
    core = _core(t) or _span_of_days(t) or _dateparser_interp(t)
    if core is None or not since:
        return core

    def since_range(pub: date | None) -> tuple[str | None, str | None, str | None]:
        value, precision, _ = core.resolve(pub)
        if value is None:
            return _UNRESOLVED
        start = _start_of(value)
        return _iso(start), "range", (_iso(pub) if pub is not None else None)
    return _Interp(since_range)


@lru_cache(maxsize=8192)
def _resolve_text(text: str, prep: str | None, published: str | None) -> DateRef | None:
    interp = interpret(text, prep)
    if interp is None:
        return None
    pub = _parse_published(published)
    value, precision, end = interp.resolve(pub)
    return DateRef(value=value, precision=precision, text=text, end=end)


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


# --- candidates in a sentence ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    span: Span
    text_start: int  # char offsets of the words kept in DateRef.text (with preposition)
    text_end: int
    prep: str | None


def _extend_left(span: Span) -> tuple[int, str | None]:
    """Start token index including modifiers/prepositions ("late on Monday", "in recent weeks")."""
    doc = span.doc
    i = span.start
    prep: str | None = None
    while i > 0 and i > sent_of(span.doc[span.start]).start:
        w = doc[i - 1].lower_
        if w in _LEFT_MODIFIERS or (w in _TIME_PREPS and prep is None):
            if w in _TIME_PREPS:
                prep = w
            i -= 1
            continue
        break
    return i, prep


_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                          "august", "september", "october", "november", "december", "jan",
                          "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                          "dec"})


def _with_day(span: Span) -> Span:
    """A month entity the model cut before its day ("his August 2 meeting": "August") is
    extended over the day number."""
    doc = span.doc
    last = span[-1]
    if last.lower_.rstrip(".") not in _MONTH_WORDS or span.end >= len(doc):
        return span
    nxt = doc[span.end]
    if nxt.text.isdigit() and 1 <= int(nxt.text) <= 31 and len(nxt.text) <= 2:
        return doc[span.start:span.end + 1]
    return span


_PARTS_OF_DAY = frozenset({"day", "night", "evening", "morning", "afternoon"})


def _comma_parts(span: Span) -> list[Span]:
    """An entity the model ran over a comma ("Saturday, two days" of "on Saturday, two days
    after ..."): its parts, when the whole is no time expression we can place."""
    if "," not in span.text or interpret(span.text) is not None:
        return [span]
    parts: list[Span] = []
    start = span.start
    for tok in span:
        if tok.text == ",":
            if tok.i > start:
                parts.append(span.doc[start:tok.i])
            start = tok.i + 1
    if start < span.end:
        parts.append(span.doc[start:span.end])
    return parts


# Candidates of a sentence, read once per parsed document (story assembly asks for the same
# sentence's dates with several anchors); weak keys: nothing outlives its document.
_CANDIDATE_CACHE: weakref.WeakKeyDictionary[Any, dict[int, list[_Candidate]]] = \
    weakref.WeakKeyDictionary()


def _candidates(parsed: ParsedArticle, sentence_index: int) -> list[_Candidate]:
    per_doc = _CANDIDATE_CACHE.setdefault(parsed.doc, {})
    got = per_doc.get(sentence_index)
    if got is None:
        got = per_doc[sentence_index] = _read_candidates(parsed, sentence_index)
    return got


def _read_candidates(parsed: ParsedArticle, sentence_index: int) -> list[_Candidate]:
    doc = parsed.doc
    sent = parsed.sentences[sentence_index]
    spans: list[Span] = []
    for e in doc.ents:
        if e.label_ not in ("DATE", "TIME") or e.start_char < sent.start or e.end_char > sent.end:
            continue
        e = _with_day(e)
        if (e[-1].lower_ in _PARTS_OF_DAY and e.end < len(doc) and doc[e.end].lower_ == "before"
                and e.end < sent_of(e[0]).end
                and not any(c.dep_ in ("pobj", "pcomp") for c in doc[e.end].children)):
            e = doc[e.start:e.end + 1]  # "the night" TIME + "before": the night before
        if spans and spans[-1].end == e.start:  # "Monday" DATE + "night" TIME
            spans[-1] = doc[spans[-1].start:e.end]
        elif spans and spans[-1].end + 1 == e.start and doc[e.start - 1].lower_ == "of" \
                and spans[-1][-1].lower_ in _PARTS_OF_DAY | {"hours"}:
            spans[-1] = doc[spans[-1].start:e.end]  # "the night" TIME + "of April 13" DATE
        else:
            spans.extend(_comma_parts(e))
    for m in _CANDIDATE_RE.finditer(sent.text):
        a, b = sent.start + m.start(), sent.start + m.end()
        if any(s.start_char < b and a < s.end_char for s in spans):
            continue
        sp = doc.char_span(a, b, alignment_mode="expand")
        if sp is not None:
            spans.append(sp)
    out = []
    for sp in sorted(spans, key=lambda s: s.start):
        start_tok, prep = _extend_left(sp)
        if sp[0].lower_ in _TIME_PREPS:  # regex candidates may include their preposition
            prep = sp[0].lower_
        out.append(_Candidate(span=sp, text_start=doc[start_tok].idx, text_end=sp.end_char,
                              prep=prep))
    return out


# --- attachment to the trigger --------------------------------------------------------------

_CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "csubj", "parataxis", "acl"}
_NOUN_POS = {"NOUN", "PROPN", "PRON", "ADJ", "NUM"}
_NP_MODIFIER_DEPS = {"nummod", "compound", "amod", "poss", "nmod", "quantmod"}


def _attachment(root: Token, clause: set[int], anchor: Token) -> int | None:
    """Path length from a time expression's root to the trigger's clause, or None."""
    cur = root
    steps = 0
    while steps < 5:
        if cur.i in clause:
            return steps
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in _NP_MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN") and head.i not in clause:
            if _act_day(cur, clause):
                return steps + 2  # "detained in Tuesday's raid": the raid's day is the act's
            return None  # "the 2003 invasion": the date belongs to another noun
        if cur.dep_ == "conj":
            if cur.pos_ in ("VERB", "AUX") and (
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
                    or not any(c.dep_ in ("cc", "preconj") for t in (cur, head)
                               for c in t.children)):
                return None  # "X killed Y, the group Z blames for ... last month": Z's clause
                # (also when the parser made that relative clause a conjunct with no "and")
            cur = head
            continue
        steps += 1
        if head.i in clause:
            return steps
        if head.pos_ == "ADP" or head.dep_ in ("prep", "agent"):
            cur = head
            continue
        if cur.dep_ == "prep" and head.dep_ == "advmod" and head.lower_ in _TIME_ADVERBS:
            cur = head  # "late on Monday", "early on Sunday": the adverb carries the day
            continue
        if cur.dep_ == "prep" and (head.ent_type_ == "TIME" or head.lower_ in _HOURS):
            cur = head  # "shortly after 2 a.m. on Tuesday": the day of the hour
            continue
        if cur.dep_ == "prep" and _describing(head):  # "bombed sites linked to X on Oct. 27"
            if head.head.i in clause or (head.dep_ == "acl" and _object_of_clause(head.head,
                                                                                clause)):
                return steps + 2
        if cur.dep_ in ("prep", "advmod") and _in_act_noun(head, clause):
            return steps + 2  # "fired missiles in strikes late on Monday": the strikes' day
        if head.pos_ in ("VERB", "AUX") and head.dep_ in ("acl", "xcomp") and _is_within(head, anchor):
            cur = head
            continue
        if cur.dep_ in ("npadvmod", "tmod", "advmod", "obl") and head.pos_ in ("VERB", "AUX", "ADV"):
            cur = head
            continue
        if cur.dep_ == "prep" and head.pos_ in ("NOUN", "PROPN") and _object_of_clause(head, clause):
            return steps + 2  # "fired rockets at the base on Monday": the parser hung it on "base"
        if cur.dep_ == "prep" and cur.lower_ in ("on", "at") and _act_noun_of_clause(head, clause):
            return steps + 3  # "a strike on a car on Wednesday killed X", "an attack on May 2
            # that wounded X": the day of the act noun is the day of its casualty clause
        if cur.dep_ in ("prep", "npadvmod") and head.dep_ == "advcl" and head.tag_ == "VBG" \
                and head.i < head.head.i and head.head.i in clause \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            return steps + 1  # "Speaking to reporters on Monday, the minister condemned ...":
            # the participle that opens the sentence tells the day of its clause
        if cur.dep_ in ("prep", "npadvmod", "advmod") and head.dep_ == "relcl" \
                and head.lemma_.lower() in _HAPPEN and _subject_act(head.head, clause):
            return steps + 2  # "the attack on the convoy, which happened on Sunday, killed ..."
        if cur.dep_ == "prep" and cur.lower_ in ("on", "in", "at", "during") \
                and head.dep_ in ("nsubj", "nsubjpass") and head.head.i in clause:
            return steps + 1  # "U.S. officials on Wednesday blamed ...": the parser hung the
            # day on the subject; it is the clause's
        return None
    return None


# Participles that describe a party, never an act with a day ("sites linked to the Guards",
# "groups backed by Iran"): a time phrase the parser hung on one is the clause's.
_DESCRIBING = frozenset({"link", "linked", "back", "backed", "base", "based", "ally", "allied",
                         "affiliate", "affiliated", "align", "aligned", "tie", "tied",
                         "associate", "associated", "connect", "connected", "loyal"})


def _describing(tok: Token) -> bool:
    """``tok`` is such a participle, without a subject of its own, describing a noun."""
    return (tok.pos_ in ("VERB", "ADJ") and tok.dep_ in ("acl", "advcl", "amod")
            and (tok.lemma_.lower() in _DESCRIBING or tok.lower_ in _DESCRIBING)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in tok.children))


_HOURS = frozenset({"midnight", "noon", "midday", "dawn", "daybreak", "sunrise", "sunset",
                    "dusk", "nightfall", "a.m.", "p.m.", "am", "pm"})
_TIME_ADVERBS = frozenset({"late", "early", "shortly", "just", "overnight"})
_HAPPEN = frozenset({"happen", "occur", "take", "unfold", "come"})  # "took place on Monday"


def _subject_act(noun: Token, clause: set[int]) -> bool:
    """``noun`` is (or is in a phrase hung on) an act noun that is the subject of the clause
    ("the attack [on the convoy] ... killed four")."""
    for _ in range(3):
        if noun.lower_ in _ACT_NOUNS_ALL | _ACT_NOUNS:
            return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i in clause
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head
    return False


def _in_act_noun(noun: Token, clause: set[int]) -> bool:
    """``noun`` is an act noun in which the clause's act took place ("fired missiles in
    strikes on Monday", "were killed during a raid early on Sunday")."""
    return (noun.lower_ in _ACT_NOUNS_ALL and noun.dep_ == "pobj"
            and noun.head.lower_ in ("in", "during") and noun.head.head.i in clause)


def _speech_day(root: Token) -> bool:
    """A day the parser hung on a reported clause though it stands before that clause's
    subject, right after the verb of saying ("X said on Tuesday they had fired ...",
    "announced Sunday that troops had entered ..."): the day of the saying, not of the act."""
    prep = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
    verb = prep.head
    if verb.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX") or prep.i > verb.i:
        return False
    saying = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subj is not None and saying.i < prep.i < subj.i
            and saying.lemma_.lower() in active().speech_verbs)


def _own_clause(anchor: Token) -> set[int]:
    """:func:`clause_tokens`, cut at a coordinated verb with a subject of its own ("X answered a
    barrage on Dec. 27, and it blames Y for it": the blaming is not the answering's day)."""
    clause = clause_tokens(anchor)
    out: set[int] = set()
    cur = anchor
    while cur.i in clause:
        out.add(cur.i)
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ == "conj" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            break
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return out


def _act_noun_of_clause(noun: Token, clause: set[int]) -> bool:
    """``noun`` is (or is in a phrase hung on) an act noun that is the subject of the clause
    or carries it as its relative clause ("a strike [on a truck] ... killed X", "an ambush ...
    that wounded X")."""
    for _ in range(3):
        if noun.lower_ in _ACT_NOUNS:
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i in clause:
                return True
            return any(c.dep_ == "relcl" and c.i in clause for c in noun.children)
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head
    return False


def _act_day(tok: Token, clause: set[int]) -> bool:
    """"detained in Tuesday's raid", "killed in Sunday night's strike": a day owned by an act
    noun in which the clause's act took place."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:  # "Thursday night's": "Thursday"
        tok = tok.head
    head = tok.head
    return (tok.dep_ == "poss" and head.lower_ in _ACT_NOUNS_ALL and head.dep_ == "pobj"
            and head.head.lower_ in ("in", "during") and head.head.head.i in clause)


_LANDMARK_PREPS = {"since", "than", "before", "after", "during", "until", "like", "unlike"}
# Nouns of an act that, as the subject of a clause, carry the clause's day ("the strike on
# Monday killed ...", "the raid late on Sunday left ...").
_ACT_NOUNS_ALL = frozenset({"raid", "raids", "strike", "strikes", "airstrike", "airstrikes",
                            "attack", "attacks", "sweep", "operation", "bombing", "assault",
                            "crackdown", "arrests", "ambush", "barrage", "shelling"})
_ACT_NOUNS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks",
                        "raid", "raids", "bombing", "bombings", "assault", "shelling", "barrage",
                        "ambush", "explosion", "blast", "operation", "incursion", "offensive"})


def _closed_act(cand: _Candidate) -> Token | None:
    """The act noun whose phrase the time phrase closes though the parser hung it on the verb
    ("summoned the envoy over a strike on Sinjar on Monday", "condemned the Turkish strike on
    Monday" when the condemnation has a day of its own): an act noun that is the object of
    the verb or of a preposition other than "in"/"during" (an act told in a raid shares the
    raid's day), whose phrase ends right before the time phrase and holds no date. None when
    the time phrase closes no such phrase, or already hangs in it."""
    doc = cand.span.doc
    i = cand.span.start
    while i > 0 and doc[i - 1].idx >= cand.text_start:
        i -= 1
    if i == 0:
        return None
    end = doc[i - 1]
    root = cand.span.root
    for noun in (end, *end.ancestors):
        if noun.right_edge.i != end.i:
            break
        if noun.pos_ != "NOUN" or noun.lower_ not in _ACT_NOUNS | _ACT_NOUNS_ALL:
            continue
        if noun.i in {t.i for t in root.ancestors} or any(t.ent_type_ in ("DATE", "TIME")
                                                          for t in noun.subtree):
            return None
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ not in (
                "in", "during", "since", "than", "like", "unlike")):
            hung = root.head.i == verb.i or (root.head.dep_ == "prep"
                                                and root.head.head.i == verb.i)
            return noun if hung and verb.pos_ in ("VERB", "AUX") else None
        return None
    return None


def _object_of_clause(noun: Token, clause: set[int]) -> bool:
    if noun.dep_ in ("dobj", "obj", "nsubjpass", "attr") and noun.head.i in clause:
        return True
    return (noun.dep_ == "pobj" and noun.head.lower_ not in _LANDMARK_PREPS
            and noun.head.head.i in clause)


def _is_within(tok: Token, anchor: Token) -> bool:
    """``tok`` is in the subtree of the anchor (a participle of the trigger noun)."""
    cur = tok
    for _ in range(6):
        if cur.i == anchor.i:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _modifies_other_noun(root: Token, clause: set[int]) -> bool:
    """"the 2003 invasion", "the invasion in 2003": the date belongs to another noun."""
    if (root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN")
            and root.head.head.i not in clause):
        return True
    cur = root
    for _ in range(3):
        if cur.dep_ in _NP_MODIFIER_DEPS and cur.head.pos_ in ("NOUN", "PROPN"):
            return cur.head.i not in clause
        if cur.dep_ in ("compound", "nummod", "npadvmod") and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return False


def _in_side_clause(root: Token, anchor: Token) -> bool:
    """The expression sits in a relative clause, apposition or adverbial clause that does not
    contain the trigger ("the militia, which was founded in 2003, ...", "the deadliest since
    2003", "struck X, saying it answered an airstrike on March 7")."""
    anchor_line = {t.i for t in anchor.ancestors} | {anchor.i}
    cur = root
    for _ in range(12):
        if cur.dep_ in ("relcl", "appos", "parataxis", "advcl") and cur.i not in anchor_line:
            return True
        if cur.dep_ == "ccomp" and cur.i not in anchor_line and cur.head.i not in anchor_line \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return True  # "vowed revenge after confirming that two men had been killed on
            # March 7": the day of the act another verb reports
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _past_context(cand: _Candidate) -> bool:
    """"than the 2003 war", "since the 2003 invasion": a year inside a comparison/landmark NP."""
    root = cand.span.root
    return root.dep_ in _NP_MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN")


def _sentence_root(parsed: ParsedArticle, sentence_index: int) -> Token:
    sent = parsed.sentences[sentence_index]
    span = parsed.doc.char_span(sent.start, sent.end, alignment_mode="expand")
    assert span is not None
    return span.root


def _to_ref(parsed: ParsedArticle, cand: _Candidate, published: str | None, *,
            ahead: bool = False) -> DateRef | None:
    text = doc_text(parsed.doc)[cand.text_start:cand.text_end]
    expr = cand.span.text
    left = doc_text(parsed.doc)[cand.text_start:cand.span.start_char].lower().split()
    if ahead and re.fullmatch(_WEEKDAY_RE + r"(?: (?:night|morning|afternoon|evening))?",
                              _normalise(expr)):
        expr = "ahead " + _normalise(expr).split()[0]  # "will meet on Thursday": the coming one
    elif "early" in left and not _EARLY_RE.search(expr.lower()):
        expr = "early " + expr  # "early on Sunday": the entity is only "Sunday"
    ref = _resolve_text(expr, cand.prep, published)
    if ref is None:
        return None
    return DateRef(value=ref.value, precision=ref.precision, text=text, end=ref.end)


# An event placed against another one ("on the eve of the vote on Sunday", "hours after the
# strike on Monday", "two days after the raid on Friday"): the landmark's day shifted, a day or
# a range of days (first, last), never the landmark's own day.
_LANDMARK_RE = re.compile(
    r"\b(?:(?P<eve>on\s+the\s+eve\s+of)"
    r"|(?:the|a|one)\s+(?P<day>day|night)\s+(?P<d_dir>after|before)"
    r"|(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+(?P<n_dir>after|before)"
    r"|(?:hours|minutes|moments|shortly|just|soon|immediately)\s+(?P<h_dir>after|before))\s",
    re.IGNORECASE)
_HOUR_RE = re.compile(r"\s*(?:midnight|noon|midday|dawn|daybreak|sunrise|sunset|dusk|nightfall"
                      r"|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b)", re.IGNORECASE)
_LANDMARK_GAP_RE = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|while|as)\b")


def _landmark(cand: _Candidate, anchor: Token) -> tuple[int, int] | None:
    """Day offsets (first, last) when the time phrase ``cand`` dates a landmark the event at
    ``anchor`` is placed against (the landmark phrase stands before the time phrase in the same
    clause, with the anchor outside it); None when it dates the event itself."""
    doc = cand.span.doc
    sent = sent_of(cand.span[0])
    before = doc_text(doc)[sent.start_char:cand.text_start]
    found = None
    for m in _LANDMARK_RE.finditer(before):
        found = m
    if found is None or _LANDMARK_GAP_RE.search(before[found.end():]) \
            or len(before[found.end():].split()) > 10 or _HOUR_RE.match(before[found.end():]):
        return None  # "shortly before midnight on Monday": an hour of that day, no landmark
    start = sent.start_char + found.start()
    if start <= anchor.idx < cand.text_end:
        return None  # the anchor is the landmark itself ("the strike on Sunday")
    if found["eve"]:
        return (-1, -1)
    if found["day"]:
        return (1, 1) if found["d_dir"].lower() == "after" else (-1, -1)
    if found["n"]:
        n = _count(found["n"].lower())
        return (n, n) if found["n_dir"].lower() == "after" else (-n, -n)
    return (0, 1) if found["h_dir"].lower() == "after" else (-1, 0)


_DAY_COUNT_WORDS = frozenset({"day", "days", "hours", "hour", "night", "week", "weeks"})


def landmark_clause(anchor: Token) -> tuple[Token, tuple[int, int]] | None:
    """The verb of the clause an act told as a landmark hangs on, with the day offsets of the
    act from that verb's day: in "X struck Y on Saturday, two days after Z hit W" (or "the raid
    came two days after Z hit W") Z's act is (-2, -2) from "struck"/"came"; "a day before"
    (+1, +1); "hours after" (-1, 0). An act noun there counts alike ("entered the compound on
    Tuesday, two days after U.S. strikes on its sites": the strikes are Sunday's). None when the
    anchor's clause is no such landmark."""
    noun = landmark_noun(anchor)
    if noun is not None:
        if any(t.ent_type_ == "DATE" for t in noun.subtree):
            return None  # "hours after the raid on Sunday": the raid has its own day
        return _counted_from(noun.head, noun.head.head, (noun.head,))
    verb = anchor
    for _ in range(8):
        if verb.pos_ == "VERB" and verb.dep_ == "conj":
            coordinated = _coordinated_landmark(verb)
            if coordinated is not None:
                return coordinated
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("xcomp", "conj", "aux", "auxpass"):
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    if verb.dep_ not in ("advcl", "ccomp") or verb.head.i == verb.i:
        return None
    # a clause marked "after"/"before" that the parser hung as a complement (a parenthetical
    # "the Pentagon said," before it) is the adverbial clause all the same
    mark = next((c for c in verb.children if c.dep_ in (("mark", "prep") if verb.dep_ == "advcl"
                                                        else ("mark",))
                 and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    return _counted_from(mark, verb.head, (verb, mark))


_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_FUTURE_HEADS = frozenset({"expect", "due", "set", "schedule", "plan", "intend", "go"})


def _future(anchor: Token) -> bool:
    """The anchor's act is told as still to come ("will travel to Tehran on Saturday", "is
    expected to vote on Sunday", "plans to visit on Monday"): a weekday there is the coming
    one, not the last."""
    cur = anchor
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in cur.children):
            return True
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        if cur.head.lemma_.lower() in _FUTURE_HEADS or cur.head.lower_ in _FUTURE_HEADS:
            return True
        cur = cur.head
    return False


def reacted_object(anchor: Token) -> Token | None:
    """The object of a verbal reaction the anchor's act is told in ("condemned on Monday the
    strike that targeted X", "denounced the raid", "blamed X for the attack"): the act is what
    the reaction is about, and the reaction's day is not the act's. None when the anchor is no
    such act (or is the reaction itself)."""
    from brinkwatch.extract.ontology import event_type
    from brinkwatch.extract.triggers import verb_sense

    cur = anchor
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in ("dobj", "pobj") and cur.pos_ in ("NOUN", "PROPN"):
            verb = head.head if cur.dep_ == "pobj" and head.dep_ == "prep" \
                and head.lower_ in ("for", "of", "over") else head
            if verb.pos_ == "VERB" and verb.i != anchor.i:
                sense = verb_sense(verb)
                if sense is not None and int(event_type(sense[0].type).quad) in (1, 3) \
                        and verb.lemma_.lower() not in active().speech_verbs:
                    return cur
            if cur.dep_ == "dobj":
                return None
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                and c.lower_ not in ("that", "which", "who")
                                                for c in cur.children):
            if cur.dep_ in ("ccomp", "acl") and (head.lemma_.lower() in DISPUTED_HEADS or (
                    head.pos_ == "NOUN" and head.lemma_.lower() in CLAIM_NOUNS)) \
                    and head.i != anchor.i:
                return cur  # "denied that it carried out the attack", "rejected accusations
                # that it was behind the bombing": the act the denial is about
            if cur.dep_ == "ccomp" and head.tag_ == "VBG" and head.dep_ == "advcl" \
                    and head.lemma_.lower() in active().speech_verbs and head.i != anchor.i:
                return cur  # "rejected the claim on Tuesday, saying the missiles fell on
                # homes": the act the statement reports, not one of the statement's day
            return None  # a clause with a subject of its own: its day is its own
        cur = head
    return None


# Words whose clause tells an act denied or charged ("denied that it carried out the attack",
# "accusations that it was behind the bombing"): the day of the denial is not the act's.
# Nouns of a claim whose clause tells the act claimed ("rejected Iran's claim that it had hit
# X"): the day the claim is told of is not the act's.
CLAIM_NOUNS = frozenset({"claim", "assertion", "contention"})
DISPUTED_HEADS = frozenset({"deny", "refute", "disavow", "disown", "reject", "dismiss",
                            "dispute", "rebuff", "accusation", "allegation", "charge",
                            "insinuation", "suggestion"})


def _coordinated_landmark(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """A landmark clause the parser joined to the clause it is counted from ("X came a day after
    troops and police opened fire": "after troops" a phrase of "came", "opened" its conjunct):
    an "after"/"before" phrase of the head verb that stands before this verb's subject, with
    no punctuation between."""
    head = verb.head
    mark = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("after", "before")
                 and c.i < verb.i), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if mark is None or subj is None or subj.left_edge.i <= mark.i:
        return None
    if any(t.is_punct for t in verb.doc[mark.i:subj.left_edge.i]):
        return None
    return _counted_from(mark, head, (mark,))


def landmark_noun(anchor: Token) -> Token | None:
    """The act noun of an "after"/"before" phrase the anchor is ("two days after U.S. strikes
    on X": "strikes"), or None."""
    noun = anchor.head if anchor.dep_ == "compound" else anchor
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in ("after", "before") \
            and noun.head.head.i != noun.head.i:
        return noun
    return None


def _counted_from(mark: Token, head: Token, holders: tuple[Token, ...]
                  ) -> tuple[Token, tuple[int, int]] | None:
    """``head`` with the day offsets that "two days after"/"a day before" (the count a child of
    one of ``holders``) puts between the landmark and ``head``'s act."""
    count = next((c for t in holders for c in t.children
                  if c.dep_ == "npadvmod" and c.lower_ in _DAY_COUNT_WORDS), None)
    if count is None:  # "came a day after X did Y": the count hung on "came", just before
        count = next((c for c in head.children if c.dep_ == "npadvmod"
                      and c.lower_ in _DAY_COUNT_WORDS and c.i == mark.i - 1), None)
    if count is None:
        return None
    after = mark.lower_ == "after"
    if count.lower_ in ("hours", "hour"):
        return head, ((-1, 0) if after else (0, 1))
    if count.lower_.startswith("week"):
        return None  # too loose to count back a day
    nums = [c for c in count.children if c.dep_ in ("nummod", "det")]
    if not nums and count.lower_ == "days":
        return None  # "days after": how many, the text does not say
    n = _count(nums[0].lower_) if nums else 1
    if nums and nums[0].lower_ == "the":
        n = 1
    return head, ((-n, -n) if after else (n, n))


def _shifted(ref: DateRef | None, shift: tuple[int, int]) -> DateRef:
    """The landmark's day moved by ``shift``; a landmark without a day gives no date."""
    if ref is None or ref.precision != "day" or ref.value is None:
        return DateRef()
    day = date.fromisoformat(ref.value)
    first, last = day + timedelta(days=shift[0]), day + timedelta(days=shift[1])
    if first == last:
        return DateRef(value=_iso(first), precision="day", text=ref.text)
    return DateRef(value=_iso(first), precision="range", text=ref.text, end=_iso(last))


# Expressions counted back from the day the sentence tells of, not from the day of writing:
# "the night before", "the previous evening", "a day earlier", "two days before" ("ago" and
# "yesterday" count from the day of writing).
_NARRATIVE_RE = re.compile(
    r"^(?:previous(?: day)?|(?:day|night|evening|morning|afternoon) before"
    r"|\S+(?: \S+)? (?:day|week|month|year)s? (?:earlier|before)|" + _FORWARD_CORE + r")$")
_FORWARD_RE = re.compile(r"^" + _FORWARD_CORE + r"$")
_BACK_SENTENCES = 3  # how far back the story's last day is looked for


def _told_day(parsed: ParsedArticle, sentence_index: int, cand: _Candidate,
              cands: list[_Candidate], published: str | None) -> str | None:
    """The day ``cand`` counts from: for an expression relative to the story ("the night
    before", "a day earlier"), the day the sentence's main clause gives ("condemned on Friday
    the strike of the night before": Thursday), else the last date the sentences just before
    give ("struck X on Tuesday. The day before, ...": Monday) when it is a day (a month or a
    range there leaves no day to count from: None), else the day of writing. Words counting
    forward ("a day later", "the same night") count from the day the sentence's main clause
    gives, else from the last day the sentences just before give, else from nothing (None):
    never forward from the day of writing."""
    text = _normalise(cand.span.text)
    if not _NARRATIVE_RE.match(text):
        return published
    forward = bool(_FORWARD_RE.match(text))
    root = _sentence_root(parsed, sentence_index)
    clause = clause_tokens(root)
    for other in cands:
        if other is cand or _NARRATIVE_RE.match(_normalise(other.span.text)):
            continue
        if _attachment(other.span.root, clause, root) is None:
            continue
        ref = _to_ref(parsed, other, published)
        if ref is not None and ref.precision == "day" and ref.value:
            return ref.value
    for k in range(sentence_index - 1, max(-1, sentence_index - 1 - _BACK_SENTENCES), -1):
        ref = resolve_date(parsed, k, published=published)
        if ref.precision == "day" and ref.value:
            return ref.value
        if ref.value and not forward:
            return None  # "... last month. The day before, ...": no day to count back from
    return None if forward else published


def resolve_date(parsed: ParsedArticle, sentence_index: int, *, anchor: int | None = None,
                 published: str | None = None) -> DateRef:
    """The date of an event told in sentence ``sentence_index``; ``anchor`` is the doc token
    index of the event trigger (dates attached to it win over others in the sentence).

    ``published`` defaults to :func:`reference_date` (the dateline's day, else the publication
    date). Returns ``DateRef()`` (all None)
    when the sentence gives no usable date for the event.
    """
    if not 0 <= sentence_index < len(parsed.sentences):
        raise IndexError(f"sentence_index {sentence_index} is out of range (0..{len(parsed.sentences) - 1}); "
                         "pass the index of a sentence of this article")
    if published is None:
        published = reference_date(parsed)
    cands = _candidates(parsed, sentence_index)
    if not cands:
        return DateRef()
    anchor_tok = parsed.doc[anchor] if anchor is not None else _sentence_root(parsed, sentence_index)
    clause = _own_clause(anchor_tok)
    if landmark_noun(anchor_tok) is not None:  # "stormed X on Tuesday, after strikes on Y":
        clause = {anchor_tok.i}  # Tuesday is not the strikes' day
    every = cands  # a phrase counted back from the story ("the night before") counts from any
    if len(cands) > 1:  # "summoned the envoy on Wednesday over a strike on X on Monday": the
        # parser hung Monday on "summoned"; it closes the strike's phrase and is the strike's
        closing = next((c for c in cands if _closed_act(c) == anchor_tok), None)
        if closing is not None:
            ref = _to_ref(parsed, closing, _told_day(parsed, sentence_index, closing, every,
                                                     published))
            if ref is not None:
                return ref
    reacted = reacted_object(anchor_tok)
    if reacted is not None:  # "condemned on Monday the strike that hit X": Monday is the
        # condemnation's day; only a time phrase inside the object dates the act
        cands = [c for c in cands if reacted.left_edge.i <= c.span.root.i <= reacted.right_edge.i]
        if not cands:
            return DateRef()
    recalled = landmark_clause(anchor_tok)
    if recalled is not None:  # "struck X on Saturday, two days after Y hit Z": Y's act is Thursday's
        head, shift = recalled
        told = resolve_date(parsed, sentence_index, anchor=head.i, published=published)
        return _shifted(told, shift) if told.precision == "day" else DateRef()
    ahead = _future(anchor_tok)
    scored: list[tuple[int, int, _Candidate]] = []
    for c in cands:
        if _speech_day(c.span.root):
            continue  # "said on Tuesday they had fired": the day of the saying
        dist = _attachment(c.span.root, clause, anchor_tok)
        if dist is not None and not (_past_context(c) and c.span.root.head.i not in clause
                                     and not _act_day(c.span.root, clause)):
            scored.append((dist, abs(c.span.root.i - anchor_tok.i), c))
    if len(scored) > 1:  # "condemned on Wednesday the strike of the night before": a day
        # counted back from the clause's own day is not that clause's day; nor is the day
        # that closes the phrase of an act the clause is about ("over a strike on Monday")
        scored = [(d + 3 if _NARRATIVE_RE.match(_normalise(c.span.text))
                   or _closed_act(c) not in (None, anchor_tok) else d, k, c)
                  for d, k, c in scored]
    for _, _, c in sorted(scored, key=lambda x: (x[0], x[1])):
        if _landmark(c, anchor_tok) is not None:
            continue  # a misparse: "on the eve of the vote on Sunday" hung "on Sunday" on the act
        ref = _to_ref(parsed, c, _told_day(parsed, sentence_index, c, every, published),
                      ahead=ahead)
        if ref is not None:
            return ref
    for c in cands:  # "hours after the strike on Sunday": the event placed against a landmark
        shift = _landmark(c, anchor_tok)
        if shift is not None:
            return _shifted(_to_ref(parsed, c, published), shift)
    understood = [c for c in cands if interpret(c.span.text, c.prep) is not None]
    if len(understood) == 1 and landmark_noun(anchor_tok) is None:
        c = understood[0]
        if (not _modifies_other_noun(c.span.root, clause) and c.prep not in ("than", "since")
                and not _in_side_clause(c.span.root, anchor_tok)):
            ref = _to_ref(parsed, c, _told_day(parsed, sentence_index, c, every, published),
                          ahead=ahead)
            if ref is not None:
                return ref
    return DateRef()


# --- dates written out in the article -------------------------------------------------------

_FULL_DATE_RE = re.compile(
    rf"\b(?:(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}"
    rf"|{_MONTH_RE}\.? {_ORD},? {_YEAR}"
    rf"|{_ORD} (?:of )?{_MONTH_RE}\.?,? {_YEAR})\b",
    re.IGNORECASE,
)


def article_date_cues(parsed: ParsedArticle) -> list[DateRef]:
    """Explicit full dates (year, month and day) written in the article, most frequent first
    (ties: first seen first); one DateRef per distinct day, ``text`` as first written."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, str]] = {}
    for m in _FULL_DATE_RE.finditer(parsed.article.text):
        interp = interpret(m[0])
        if interp is None or not interp.explicit_day:
            continue
        value = interp.resolve(None)[0]
        if value is None:
            continue
        counts[value] += 1
        first.setdefault(value, (m.start(), m[0]))
    order = sorted(counts, key=lambda v: (-counts[v], first[v][0]))
    return [DateRef(value=v, precision="day", text=first[v][1]) for v in order]


def dateline_date(parsed: ParsedArticle, *, published: str | None = None) -> DateRef | None:
    """The date of the article's dateline ("BAGHDAD, March 3 (Reuters) -"), resolved against
    the publication date (``published`` defaults to :func:`publication_date`), or None when
    the dateline gives no date (or there is no dateline)."""
    dl = getattr(parsed, "dateline", None)
    if dl is None or not dl.date_text:
        return None
    if published is None:
        published = publication_date(parsed)
    return _resolve_text(" ".join(dl.date_text.replace(".", " ").split()), None, published)


# A stamp the page prints in its first lines: "Published 2024-01-05", "Posted on: 5 January
# 2024, 10:35", "Updated Jan. 6, 2024"; or a line that is only a date ("Friday, January 5, 2024").
_STAMP_LINES = 8
_STAMP_RE = re.compile(
    r"^\W*(?:(?P<kind>first\s+published|published|posted|last\s+updated|updated|modified)\b"
    r"(?:\s+on)?\s*:?\s*)?(?P<rest>.{6,80})$", re.IGNORECASE)
_STAMP_DATE_RE = re.compile(
    rf"(?:{_WEEKDAY_RE},?\s+)?(?:(?:19|20)\d{{2}}[-/]\d{{1,2}}[-/]\d{{1,2}}"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.](?:19|20)\d{{2}}"
    rf"|{_MONTH_RE}\.? {_ORD},? {_YEAR}|{_ORD} (?:of )?{_MONTH_RE}\.?,? {_YEAR})",
    re.IGNORECASE)
_CLOCK_RE = re.compile(r"^[\s,|-]*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\W*$"
                       r"|^\W*$", re.IGNORECASE)


def stated_publication(text: str) -> DateRef | None:
    """The publication date the text itself states in its first lines (for a plain-text page
    with no metadata): a "Published"/"Posted" stamp first, else a line that is only a date,
    else an "Updated"/"Modified" stamp (a later day: still an upper bound of the news). A
    numeric date whose day and month could be swapped ("05/01/2024") gives no day: never a
    guessed one. ``text`` is the stamp's words."""
    found: dict[int, DateRef] = {}
    for line in text.split("\n", _STAMP_LINES)[:_STAMP_LINES]:
        m = _STAMP_RE.match(line.strip())
        if m is None:
            continue
        d = _STAMP_DATE_RE.search(m["rest"])
        kind = (m["kind"] or "").lower()
        # a line that is only a date (and a clock) without a stamp word
        if d is None or (not kind and (d.start() > 0 or not _CLOCK_RE.match(m["rest"][d.end():]))):
            continue
        interp = interpret(d[0])
        value = interp.resolve(None) if interp is not None else (None, None, None)
        if value[0] is None or value[1] != "day":
            continue
        rank = 2 if kind.endswith(("updated", "modified")) else 0 if kind else 1
        found.setdefault(rank, DateRef(value=value[0], precision="day", text=line.strip()))
    return next((found[r] for r in (0, 1, 2) if r in found), None)


_PUBLICATION_CACHE: weakref.WeakKeyDictionary[Any, tuple[str | None, str | None]] = \
    weakref.WeakKeyDictionary()


def _dates_of(parsed: ParsedArticle) -> tuple[str | None, str | None]:
    doc = parsed.doc  # the cache key; a record built without a parse (None) is not cached
    got = _PUBLICATION_CACHE.get(doc) if doc is not None else None
    if got is None:
        pub = parsed.article.published
        if not pub:
            stamp = stated_publication(parsed.article.text)
            pub = stamp.value if stamp is not None else None
        line = dateline_date(parsed, published=pub or "")
        ref = line.value if line is not None and line.precision == "day" and line.value else pub
        got = (pub, ref)
        if doc is not None:
            _PUBLICATION_CACHE[doc] = got
    return got


def publication_date(parsed: ParsedArticle) -> str | None:
    """The article's publication date: its metadata, else the stamp its text states
    (:func:`stated_publication`); None when neither gives one."""
    return _dates_of(parsed)[0]


def reference_date(parsed: ParsedArticle) -> str | None:
    """The day the story's relative words count from ("on Wednesday", "yesterday"): the
    dateline's day ("BASRA, Jan 4 (Wire) -": the story's own today, also when a page
    republishes it later), else :func:`publication_date`."""
    return _dates_of(parsed)[1]
