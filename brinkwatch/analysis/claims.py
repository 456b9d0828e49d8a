"""Countable claims read from an article's sentences, for contradictions across outlets:
casualty counts (killed / wounded), weapon counts (drones, missiles, rockets), denials, and
the quotes its events carry. Each claim keeps the words that gave it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUM = r"(?P<n>\d{1,4}|" + "|".join(_NUMBER_WORDS) + r"|a dozen|dozens of|several|a|an)"
_PEOPLE = (r"(?:people|persons|members|fighters|soldiers|civilians|militants|officers|guards|"
           r"personnel|individuals|troops|commanders|others|bodyguards|staff|employees|men|"
           r"children|women|americans|iraqis|iranians)")
_KILL = re.compile(
    r"\b" + _NUM + r"\s+(?:[\w-]+\s+){0,3}?" + _PEOPLE + r"\s*(?:were|was|have been|had been|"
    r"are|being)?\s*(?P<what>killed|dead|died|wounded|injured|hurt)\b", re.I)
# "one casualty and four injuries", "six wounded individuals": counted nouns
_TOLL_NOUN = re.compile(r"\b" + _NUM + r"\s+(?:[\w-]+\s+)?(?P<what>casualt(?:y|ies)|deaths?|"
                        r"fatalit(?:y|ies)|injur(?:y|ies)|wounded|dead)\b", re.I)
# "four ... killed and six wounded": a bare number right before the word
_AND_N = re.compile(r"\b(?:and|while|with)\s+" + _NUM + r"\s+(?P<what>killed|dead|wounded|injured|hurt)\b",
                    re.I)
_KILLING = re.compile(r"\b(?P<what>killing|killed|wounding|wounded|injuring|injured)\s+"
                      r"(?:at least\s+|up to\s+)?" + _NUM + r"\s+(?!of\b)[\w-]+", re.I)
# "six guards of the residence suffering injuries"
_SUFFER = re.compile(r"\b" + _NUM + r"\s+(?:[\w-]+\s+){0,4}?(?:suffer(?:ed|ing|s)?|sustain(?:ed|ing|s)?)\s+"
                     r"(?:(?:minor|light|slight|serious|severe)\s+)?(?P<what>injuries|wounds)\b", re.I)
# a toll of none: "no one was hurt or killed", "no casualties", "nobody was injured"
_NONE = re.compile(r"\b(?:no one|no-one|nobody)\s+(?:[\w']+\s+){0,3}?(?P<what>hurt|injured|wounded|"
                   r"killed|harmed|died)\b(?:\s+or\s+(?P<what2>hurt|injured|wounded|killed|harmed))?", re.I)
_NO_NOUN = re.compile(r"\bno\s+(?:(?:immediate|reported|human)\s+)?(?P<what>casualties|deaths|"
                      r"fatalities|injuries)\b", re.I)
# a toll without a number: "minor injuries", "some light injuries", "several guards injured"
_SOME = re.compile(r"\b(?P<q>some|minor|light|slight|several|many|numerous|heavy)\s+(?:(?:minor|light|"
                   r"slight|serious)\s+)?(?P<what>injuries|casualties|deaths|fatalities)\b", re.I)
_QUALIFIERS = {"some": "some", "several": "some", "minor": "minor", "light": "minor",
               "slight": "minor", "many": "many", "numerous": "many", "heavy": "many",
               "dozens of": "many"}
_WEAPON = re.compile(
    r"\b" + _NUM + r"\s+(?:[\w-]+\s+){0,2}?(?P<what>drones?|missiles?|rockets?|projectiles?|"
    r"mortars?|ballistic missiles?|explosive-laden drones?|uavs?)\b", re.I)
_DENIAL = re.compile(
    r"\b(den(?:y|ied|ies|ying)|rejected\s+(?:any\s+)?(?:involvement|responsibility|accusations?|"
    r"claims?|reports?)|had nothing to do with|was not involved|were not involved|"
    r"disclaimed responsibility|dismissed\s+(?:the\s+)?(?:accusations?|claims?|reports?)|"
    r"(?:was|were|is|are)\s+not\s+behind|no\s+[\w-]+\s+(?:group|party|faction|side)s?\s+(?:was|were)\s+"
    r"behind|had\s+no\s+(?:role|hand|part)\s+in)\b", re.I)
# a cheap test before the costly patterns: a sentence without these words holds no claim
_QUICK_TOLL = re.compile(r"kill|dead|died|death|casualt|fatalit|wound|injur|hurt|harm", re.I)
_QUICK_WEAPON = re.compile(r"drone|missile|rocket|projectile|mortar|uav", re.I)
_QUICK_DENIAL = re.compile(r"den(?:y|ied|ies)|reject|nothing to do|not involved|disclaim|dismiss|"
                           r"behind|no role|no hand|no part", re.I)
_QUICK_PLACE = re.compile(r"\b(?:north|south|east|west)|central|downtown", re.I)
_QUICK = re.compile("|".join(p.pattern for p in (_QUICK_TOLL, _QUICK_WEAPON, _QUICK_DENIAL,
                                                  _QUICK_PLACE)), re.I)
# where in a place: "eastern Baghdad", "north of the capital, Baghdad", "central Erbil"
_DIRECTION = r"(?i:(?P<dir>north-?east|north-?west|south-?east|south-?west|north|south|east|west))"
_PLACE_DETAIL = (
    re.compile(r"\b" + _DIRECTION + r"(?i:ern)?\s+(?P<place>[A-Z][\w'’-]+)"),
    re.compile(r"\b" + _DIRECTION + r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?i:capital|city|"
               r"province),?\s+)?(?P<place>[A-Z][\w'’-]+)"),
    re.compile(r"\b(?i:(?P<dir>central|downtown))\s+(?P<place>[A-Z][\w'’-]+)"),
)
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def _number(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w in ("a", "an"):
        return 1
    return _NUMBER_WORDS.get(w)


def _kind(word: str) -> str:
    w = word.lower()
    if w in ("killed", "dead", "died", "killing") or w.startswith(("casualt", "death", "fatalit")):
        return "killed"
    return "wounded"


def _coded_casualties(events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Casualty claims carried by exported events (``casualties``: kind, count, low, source)."""
    out: list[dict[str, Any]] = []
    for e in events:
        for c in e.get("casualties") or ():
            low = c.get("low")
            if c.get("kind") in ("killed", "wounded") and isinstance(low, int):
                item = {"kind": c["kind"], "number": low, "text": str(c.get("count") or low),
                        "sentence": None, "start": c.get("start"), "source": c.get("source"),
                        "event_id": e.get("id"),
                        "event_date": ((e.get("date") or {}).get("value") or "")[:10] or None}
                if item not in out:
                    out.append(item)
    return out


def _tolls_without_number(s: str, start: int) -> list[dict[str, Any]]:
    """Tolls of none ("no one was hurt", "no casualties") and tolls in words ("minor
    injuries"): ``number`` 0 or None with a ``qualifier``."""
    out: list[dict[str, Any]] = []

    def add(kind: str, number: int | None, qualifier: str | None, text: str) -> None:
        item = {"kind": kind, "number": number, "qualifier": qualifier, "text": text,
                "sentence": s[:300], "start": start}
        if not any((o["kind"], o["number"], o["qualifier"]) == (kind, number, qualifier)
                   for o in out):
            out.append(item)

    for m in _NONE.finditer(s):
        for what in filter(None, (m.group("what"), m.group("what2"))):
            add(_kind(what), 0, None, m.group(0))
    for m in _NO_NOUN.finditer(s):
        add(_kind(m.group("what")), 0, None, m.group(0))
    for m in _SOME.finditer(s):
        add(_kind(m.group("what")), None, _QUALIFIERS[m.group("q").lower()], m.group(0))
    for m in _KILL.finditer(s):  # "several bodyguards were injured"
        q = _QUALIFIERS.get(m.group("n").lower())
        if q:
            add(_kind(m.group("what")), None, q, m.group(0))
    return out


def _place_details(s: str, start: int) -> list[dict[str, Any]]:
    """Where in a place the sentence puts something: a direction or the centre of a named
    place ("eastern Baghdad", "north of the capital, Erbil", "central Basra")."""
    out: list[dict[str, Any]] = []
    for pat in _PLACE_DETAIL:
        for m in pat.finditer(s):
            d = m.group("dir").lower().replace("-", "")
            d = "centre" if d in ("central", "downtown") else d
            item = {"detail": d, "place": m.group("place"), "text": m.group(0),
                    "sentence": s[:300], "start": start}
            if not any((o["detail"], o["place"]) == (d, item["place"]) for o in out):
                out.append(item)
    return out


def toll_value(c: Mapping[str, Any]) -> str:
    """What a casualty claim says, comparable across articles: a number, or a word."""
    return str(c["number"]) if c.get("number") is not None else str(c.get("qualifier") or "?")


def sentences(text: str) -> Iterable[tuple[int, str]]:
    for m in _SENT.finditer(text):
        s = m.group(0).strip()
        if s:
            yield m.start(), s


def article_claims(text: str, events: Iterable[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """Casualty and weapon counts, denials and quotes of one article, with their sentences.
    Casualties come from the events' own ``casualties`` when the coder gives them, else from
    patterns over the sentences."""
    events = list(events)
    casualties: list[dict[str, Any]] = []
    weapons: list[dict[str, Any]] = []
    denials: list[dict[str, Any]] = []
    tolls: list[dict[str, Any]] = []
    places: list[dict[str, Any]] = []
    quick = _QUICK.search(text) is not None
    for start, s in sentences(text) if quick else ():
        if not _QUICK.search(s):
            continue
        if _QUICK_TOLL.search(s):
            for m in [*_KILL.finditer(s), *_KILLING.finditer(s), *_AND_N.finditer(s),
                      *_TOLL_NOUN.finditer(s), *_SUFFER.finditer(s)]:
                n = _number(m.group("n"))
                if n is None or n > 5000 or m.group("n").lower() in ("a", "an"):
                    continue
                if s[:m.start()].lower().split()[-1:] in (["no"], ["not"]):  # "no one was hurt"
                    continue
                kind = _kind(m.group("what"))
                if any(c["start"] == start and (c["kind"], c["number"]) == (kind, n)
                       for c in casualties):
                    continue
                casualties.append({"kind": kind, "number": n,
                                   "text": m.group(0), "sentence": s[:300], "start": start})
            tolls += _tolls_without_number(s, start)
        if _QUICK_PLACE.search(s):
            places += _place_details(s, start)
        if _QUICK_WEAPON.search(s):
            for m in _WEAPON.finditer(s):
                n = _number(m.group("n"))
                if n is None or n > 5000 or m.group("n").lower() in ("a", "an"):
                    continue
                what = m.group("what").lower().split()[-1].rstrip("s")
                weapons.append({"kind": what, "number": n, "text": m.group(0),
                                "sentence": s[:300], "start": start})
        dm = _DENIAL.search(s) if _QUICK_DENIAL.search(s) else None
        if dm:
            speaker = " ".join(s[:dm.start()].split()[-6:]).strip(" ,") or None
            denials.append({"speaker": speaker, "text": dm.group(0), "sentence": s[:300],
                            "start": start})
    coded = _coded_casualties(events)
    if coded:  # the event coder's own casualty claims (story-level assembly), when it gives them
        casualties = coded
    # tolls of none or without a number are claims too ("no one was hurt" against "seven
    # injured"); the coder gives numbers only
    casualties += [t for t in tolls if t not in casualties]
    quotes = []
    for e in events:
        att = e.get("attribution") or {}
        if att.get("quote"):
            sp = att.get("speaker") or {}
            quotes.append({"speaker": sp.get("name") or sp.get("text"), "kb_id": sp.get("kb_id"),
                           "quote": att["quote"], "event_id": e.get("id")})
    return {"casualties": casualties, "weapons": weapons, "denials": denials, "quotes": quotes,
            "places": places}
