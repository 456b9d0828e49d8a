"""Datelines: "BAGHDAD (Reuters) -", "ERBIL, Iraq, March 13 (AP) --", "Baghdad, Sept. 29 (KUNA)
--", "WASHINGTON —" at the start of the story (or of its first lines after a headline).

A dateline is metadata, not text to code: :func:`find_dateline` reads its place, date words and
outlet; the newline sentencizer makes it a sentence of its own (so no outlet or city becomes the
subject of the lead), and ``ParsedArticle.dateline`` carries it to the extractors and the story
assembly (``extract.time.dateline_date`` resolves its date against the publication date).
"""

from __future__ import annotations

import re

from brinkwatch.records import Dateline

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
         rf"|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?"
         r"|\d{4}-\d{2}-\d{2}"
         r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
_CAPS_PLACE = r"[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,2}"
_TITLE_PLACE = r"[A-Z][a-z'’\-]+(?:\s[A-Z][a-z'’\-]+){0,2}"
_DATELINE_RE = re.compile(
    rf"(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})"
    rf"(?:,\s*(?!{_DATE})(?P<region>{_TITLE_PLACE}))?"
    rf"(?:,\s*(?P<date>{_DATE}))?"
    r"(?(date)(?:,\s*(?P<wire>[A-Z][A-Za-z]{1,11}))?)"  # "Tehran, May 3, IRNA -"
    r"\s*(?:\((?P<outlet>[^()\n]{2,40})\))?"
    r"\s*(?P<dash>--|[–—-]|\||:)\s+(?=\S)"
)
_SCAN_CHARS = 600  # a dateline sits in the first lines
_SCAN_LINES = 4


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text`` or of one of its first lines, or None.

    An all-capital place with a dash is a dateline ("WASHINGTON — ..."); a place written in
    ordinary case needs a date or an outlet in parentheses as well ("Baghdad (AFP) - ..."), so
    that an ordinary sentence ("Iran - the hardliners ...") is not taken for one.
    """
    pos = 0
    for _ in range(_SCAN_LINES):
        while pos < len(text) and text[pos] in " \t\r\n\u00a0":
            pos += 1
        if pos >= min(len(text), _SCAN_CHARS):
            return None
        m = _DATELINE_RE.match(text, pos)
        if m is not None and _accept(m):
            outlet = m["outlet"] or m["wire"]
            return Dateline(place=_clean(m["place"]), region=m["region"],
                            date_text=m["date"], outlet=_clean(outlet) if outlet else None,
                            start=m.start(), end=m.end())
        nl = text.find("\n", pos)
        if nl < 0:
            return None
        pos = nl + 1
    return None


def _accept(m: re.Match[str]) -> bool:
    place = m["place"]
    caps = place.upper() == place and sum(c.isalpha() for c in place) >= 3
    if m["dash"] == ":":  # "KABUL (Agency): ...", "TEHRAN: ..."; "Iran: the talks" is a title
        return caps or bool(m["outlet"] or m["wire"])
    return caps or bool(m["date"] or m["outlet"] or m["wire"])


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" .")
