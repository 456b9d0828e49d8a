"""Credibility flags, per article and per claim: each flag names what was seen, why it matters
and the words that show it. Never one opaque score.

Article flags: anonymous-sourcing, anonymous-only, unnamed-collective, hedging, single-source,
interested-source, anachronism, internal-inconsistency, content-farm, injected-link,
outlet-profile. Claim flags (on the reports of a story): anonymous, hedged, interested-source,
single-source; quote drift is found across outlets (see :mod:`brinkwatch.analysis.stories`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from brinkwatch.analysis.claims import sentences
from brinkwatch.analysis.dating import PublishedEstimate, explicit_dates
from brinkwatch.analysis.rules import CrossrefRules, OutletProfile

_SPEECH = r"(?:said|says|say|told|stated|added|warned|noted|argued|explained|believes?|claimed|according to)"
_ANON_SOURCE = re.compile(
    r"\b(?:a|an|the|another|multiple|several|two|three|some|other)\s+(?:senior\s+|former\s+|top\s+|"
    r"high-ranking\s+|local\s+|western\s+)*(?:(?:u\.s\.|us|american|iraqi|iranian|israeli|western|"
    r"kurdish|security|intelligence|defen[cs]e|military|government|political|diplomatic|"
    r"middle east|regional|militia|police)\s+){0,3}(?:officials?|sources?|analysts?|experts?|"
    r"diplomats?|insiders?|officers?|commanders?)\b", re.I)
_COLLECTIVE = re.compile(r"\b(?:(?:many|some|most|other|western|iraqi|regional|political)\s+)?"
                         r"(analysts|experts|observers|critics|commentators|insiders|"
                         r"many believe|some say|sources)\s+(?:\w+\s+)?" + _SPEECH, re.I)
_COLLECTIVE_WORDS = ("analyst", "expert", "observer", "critic", "commentator", "insider",
                     "many believe", "some say", "sources")
_QUOTE = re.compile(r"[\"“][^\"”]{20,}[\"”]")
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b", re.I)
_BULLET = re.compile(r"^\s*(?:[-•*▪●]|\d+[.)])\s+\S", re.M)
_TABLE = re.compile(r"^\s*\|.*\|\s*$", re.M)
_OPERATION = re.compile(r"\b(operation|offensive|campaign|crackdown|strikes?|assault)\b", re.I)


@dataclass(frozen=True, slots=True, kw_only=True)
class Flag:
    flag: str
    reason: str
    evidence: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"flag": self.flag, "reason": self.reason, "evidence": list(self.evidence)}


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


@functools.lru_cache(maxsize=64)
def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a word list (whole words, any case): one pass over the text."""
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.I)


def _sentences_with(text: str, pattern: re.Pattern[str]) -> list[str]:
    """The sentences that hold a match of ``pattern`` (searched once over the whole text)."""
    hits = [m.start() for m in pattern.finditer(text)]
    if not hits:
        return []
    out = []
    i = 0
    for start, s in sentences(text):
        end = start + len(s) + 2
        while i < len(hits) and hits[i] < start:
            i += 1
        if i < len(hits) and hits[i] <= end:
            out.append(s)
    return out


def _phrase_sentences(text: str, phrases: Iterable[str]) -> list[str]:
    low = text.lower()
    present = tuple(p for p in phrases if p in low)  # substring tests first: C speed
    return _sentences_with(text, _alternation(present)) if present else []


_SPEECH_RE = re.compile(_SPEECH, re.I)


_ANON_NOUN = re.compile(r"\b(?:officials?|sources?|analysts?|experts?|diplomats?|insiders?|"
                        r"officers?|commanders?)\b", re.I)


def anonymous_sentences(text: str, rules: CrossrefRules) -> list[str]:
    listed = set(_phrase_sentences(text, rules.words["anonymous"]))
    # find the nouns first (cheap), then check the words before each against the full pattern
    sourced = set()
    for m in _ANON_NOUN.finditer(text):
        lo = max(0, m.start() - 80)
        if _ANON_SOURCE.search(text, lo, m.end()):
            sent_start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            stop = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
            sourced.add(text[sent_start:(min(stop) + 1) if stop else len(text)].strip())
    return [s for _, s in sentences(text)
            if s in listed or (any(s in x or x in s for x in sourced) and _SPEECH_RE.search(s))]


def named_source_sentences(text: str, person_spans: Sequence[tuple[int, int]]) -> list[str]:
    """Sentences where a named person speaks (a person mention and a speech verb)."""
    out = []
    for start, s in sentences(text):
        end = start + len(s) + 5
        if any(start <= ps < end for ps, _ in person_spans) and re.search(_SPEECH, s, re.I):
            out.append(s)
    return out


def template_signals(text: str, rules: CrossrefRules, *, has_person: bool) -> list[str]:
    """The signs of a template / content-farm page, each as a short description with evidence."""
    signals = []
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    pat = _alternation(rules.words["template"])
    heads = [ln for ln in lines if pat.match(ln) or
             (len(ln) < 90 and not ln.endswith(".") and pat.search(ln))]
    if heads:
        signals.append("boilerplate sections: " + " | ".join(_clip(h, 50) for h in heads[:4]))
    tables = _TABLE.findall(text)
    if len(tables) >= 3:
        signals.append(f"generic tables: {len(tables)} table rows, e.g. {_clip(tables[0], 60)}")
    bullets = _BULLET.findall(text)
    if len(bullets) >= 4:
        signals.append(f"bullet lists: {len(bullets)} bullet lines")
    if not has_person:
        signals.append("no named person")
    if not explicit_dates(text) and not _WEEKDAY.search(text):
        signals.append("no date")
    if not _QUOTE.search(text):
        signals.append("no quotation")
    return signals


def article_flags(text: str, *, events: Sequence[Mapping[str, Any]], rules: CrossrefRules,
                  person_spans: Sequence[tuple[int, int]] = (), published: str | None = None,
                  estimate: PublishedEstimate | None = None, tenure_conflicts: Sequence[str] = (),
                  outlet: OutletProfile | None = None) -> list[Flag]:
    """The credibility flags of one article (see the module docstring)."""
    flags: list[Flag] = []
    anon = anonymous_sentences(text, rules)
    named = named_source_sentences(text, person_spans)
    if anon:
        flags.append(Flag(flag="anonymous-sourcing",
                          reason=f"{len(anon)} sentence(s) rest on unnamed sources",
                          evidence=tuple(_clip(s) for s in anon[:3])))
    if len(anon) >= 3 and len(anon) > 2 * len(named):
        flags.append(Flag(flag="anonymous-only",
                          reason=f"the claims rest on anonymous sources: {len(anon)} sentences cite "
                                 f"unnamed sources, {len(named)} a named person",
                          evidence=tuple(_clip(s) for s in anon[:4])))
    low = text.lower()
    coll = (_sentences_with(text, _COLLECTIVE) if any(w in low for w in _COLLECTIVE_WORDS)
            else [])
    if coll:
        flags.append(Flag(flag="unnamed-collective",
                          reason="opinions given to unnamed groups (analysts, experts, observers)",
                          evidence=tuple(_clip(s) for s in coll[:3])))
    hedged = _phrase_sentences(text, rules.words["hedges"])
    if len(hedged) >= 2:
        flags.append(Flag(flag="hedging", reason=f"{len(hedged)} sentences hedge their claims",
                          evidence=tuple(_clip(s) for s in hedged[:3])))
    speakers = {s for s in (_speaker(e) for e in events) if s}
    if len(speakers) == 1 and len(events) >= 2:
        flags.append(Flag(flag="single-source",
                          reason="every attributed claim comes from one source",
                          evidence=tuple(sorted(speakers))))
    party = sorted({s for e in events if _is_party(e, rules) and (s := _speaker(e))})
    if party and len(party) == len(speakers) and speakers:
        flags.append(Flag(flag="interested-source",
                          reason="every attributed claim comes from a party to the conflict",
                          evidence=tuple(party[:4])))
    if tenure_conflicts:
        flags.append(Flag(flag="anachronism",
                          reason="a person or title is named outside the time it existed",
                          evidence=tuple(tenure_conflicts[:3])))
    elif estimate is not None and estimate.conflicts:
        flags.append(Flag(flag="anachronism",
                          reason="dating cues cannot all hold: a name or title is out of its time",
                          evidence=tuple(estimate.conflicts[:3])))
    imminent = [s for s in _phrase_sentences(text, rules.words["imminent"]) if _OPERATION.search(s)]
    underway = [s for s in _phrase_sentences(text, rules.words["underway"]) if _OPERATION.search(s)]
    if imminent and underway:
        flags.append(Flag(flag="internal-inconsistency",
                          reason="the same operation is told as about to start and as under way",
                          evidence=(_clip(imminent[0]), _clip(underway[0]))))
    signals = template_signals(text, rules, has_person=bool(person_spans))
    if len(signals) >= 3:
        flags.append(Flag(flag="content-farm",
                          reason=f"{len(signals)} signs of a template or machine-written page",
                          evidence=tuple(signals)))
    lead = _alternation(rules.words["link_lead"])
    links = [ln.strip() for ln in text.splitlines() if lead.match(ln.strip())]
    if links:
        flags.append(Flag(flag="injected-link",
                          reason="headlines of other stories inside the text (links, not content)",
                          evidence=tuple(_clip(x, 100) for x in links[:3])))
    if outlet is not None and (outlet.lean or outlet.type in (
            "state-media", "partisan", "aggregator", "content-farm", "government")):
        flags.append(Flag(flag="outlet-profile",
                          reason=f"{outlet.name}: {outlet.type}; owner: {outlet.ownership or 'unknown'}"
                                 + (f"; known lean: {outlet.lean}" if outlet.lean else ""),
                          evidence=outlet.sources))
    return flags


def _speaker(e: Mapping[str, Any]) -> str | None:
    sp = (e.get("attribution") or {}).get("speaker") or {}
    return sp.get("name") or sp.get("text")


def _is_party(e: Mapping[str, Any], rules: CrossrefRules) -> bool:
    sp = (e.get("attribution") or {}).get("speaker") or {}
    return bool(sp) and party_of(sp, rules) is not None


def party_of(ref: Mapping[str, Any], rules: CrossrefRules) -> str | None:
    """The party to the conflict an actor ref belongs to (its country code), else None."""
    country = ref.get("country")
    if country in rules.parties:
        return str(country)
    names = " ".join([ref.get("name") or "", *(ref.get("ancestors") or [])]).lower()
    for code, words in (("USA", ("united states",)), ("IRQ", ("iraq",)), ("IRN", ("iran",))):
        if code in rules.parties and any(w in names for w in words):
            return code
    return None


def claim_flags(event: Mapping[str, Any], rules: CrossrefRules, *,
                independent_outlets: int) -> list[Flag]:
    """Flags of one report's claim inside a story."""
    att = event.get("attribution") or {}
    flags = []
    if att.get("kind") == "anonymous":
        flags.append(Flag(flag="anonymous", reason="the claim's source is not named",
                          evidence=tuple(x for x in (att.get("text"),) if x)))
    hedges = event.get("hedges") or att.get("hedges") or []
    if hedges:
        flags.append(Flag(flag="hedged", reason="the claim is hedged", evidence=tuple(hedges)))
    if _is_party(event, rules):
        flags.append(Flag(flag="interested-source", reason="the source is a party to the conflict",
                          evidence=(_speaker(event) or "",)))
    if independent_outlets <= 1:
        flags.append(Flag(flag="single-source", reason="no independent outlet reports it"))
    return flags
