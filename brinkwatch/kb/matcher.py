"""Finding the names of a :class:`TheatreKB` in raw text: a word-level dictionary matcher.

Both the spaCy entity ruler (``nlp.components.add_kb_ruler``) and the actor linker
(``extract.actors``) use this module, so they agree on what a name is.

How text is read: words are runs of letters/digits with inner apostrophes (``Kata'ib``,
``Kata’ib``, ``Kataʼib``) or dotted acronyms (``U.S.``). A word's key is lower-cased, without
diacritics or apostrophes, with a possessive ``'s`` cut off (``Hegseth's`` -> ``hegseth``) and a few
British spellings made American (``Organisation`` -> ``organization``). Hyphens and spaces both
separate words, so ``al-Amiri`` and ``al Amiri`` read the same; words joined by a sentence mark
(``.`` ``,`` ``:``) or a line break never form one name.

What is matched (longest match wins, left to right):

- every name, alias and ambiguous alias of the KB (``alias``; ``acronym`` for all-capital forms,
  which match only when written in capitals, so "us" or "kh" in running text never match);
- single-word names only when capitalised (multi-word names in any case), except generic
  collectives and office titles ("protesters", "the prime minister"), which match in any case;
- office titles prefixed by their state ("Iraqi Prime Minister", "U.S. Secretary of State",
  "Iraq's prime minister"), generated from each office and the state above it (``title``);
- demonyms: "Iraqi officials", "Iranian authorities", "American forces" (demonym + a noun of
  state power) link to the **state** (``demonym``); a bare demonym ("Iranian") also links to
  the state, with less confidence; demonym + a non-state collective ("Iranian opposition",
  "Iraqi analysts") is an actor that is NOT the state: it matches with no KB id (``collective``)
  unless the KB has that phrase; "Iran-backed", "Iranian-linked", "pro-Iran", "anti-American"
  ... are modifiers, not actors, and match with no id and no label (``modifier``) so nobody
  links them to the state.

Patterns are built once per KB object (cached) in a few milliseconds.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from brinkwatch.kb.model import KBActor, TheatreKB

APOSTROPHES = "'’‘ʼʻʿʾ`´"
_WORD_RE = re.compile(rf"(?:[^\W\d_]\.)+[^\W\d_](?!\w)\.?|\w+(?:[{APOSTROPHES}]\w+)*")
_POSSESSIVE_RE = re.compile(rf"[{APOSTROPHES}][sS]$")
_JOINABLE_GAP_RE = re.compile(rf"[ \t\u00a0\-‐‑‒–—/{APOSTROPHES}]*")
MAX_WORDS = 12

# British -> American spellings that occur in actor names.
_SPELLING = {
    "organisation": "organization", "organisations": "organizations", "defence": "defense",
    "centre": "center", "programme": "program", "labour": "labor", "mobilisation": "mobilization",
}

# Nouns that, after a demonym, name the state's own power: "Iraqi officials" -> Iraq.
STATE_NOUNS = frozenset("""
authorities authority officials official government governments administration regime
leadership leaders leader forces force troops soldiers military militaries army armies navy
commanders officers diplomats diplomat negotiators envoy envoys delegation delegations
lawmakers parliament ministers minister intelligence warplanes jets aircraft security
""".split())
# Nouns that, after a demonym, name a collective that is NOT the state.
COLLECTIVE_NOUNS = frozenset("""
people public citizens civilians opposition dissidents protesters demonstrators activists
observers analysts experts journalists media press exiles diaspora students merchants workers
voters militias militia factions faction fighters groups militants clerics parties politicians
shiites sunnis kurds christians tribes tribesmen businessmen community communities youth
""".split())
# "Iran-backed", "Iranian-linked": modifiers, not actors.
MODIFIER_WORDS = frozenset("""
backed linked aligned allied sponsored affiliated supported funded made controlled led
based born owned friendly leaning oriented dominated trained armed inspired
""".split())

# Words before a state's name that make it a stance, not the state: "pro-Iran blocs",
# "pro-American lawmakers", "anti-Iranian protesters" (prec14).
MODIFIER_PREFIXES = ("pro", "anti")

_FUNCTION_WORDS = frozenset("""
a an the and or but of in on at to for from by with against about as into over under than that
which who whom whose this these those its their his her is are was were be been has have had
""".split())

_LABELS = {"person": "PERSON", "state": "GPE", "generic": "NORP"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Word:
    """One word of a text: its key and its character span in the text."""

    key: str
    start: int
    end: int
    joins_next: bool  # False when a sentence mark or a line break follows before the next word
    capital: bool  # first letter upper case (or a script without case)


@dataclass(frozen=True, slots=True, kw_only=True)
class Pattern:
    """What a word sequence (``key``) means in the KB."""

    key: str
    kb_ids: tuple[str, ...]  # () = a known phrase that links to no actor (collective, modifier)
    method: str  # alias | acronym | title | demonym | collective | modifier
    label: str  # PERSON | GPE | NORP | ORG ; "" for modifiers (not an entity)
    ambiguous: bool  # needs context: an ambiguous alias, or a form shared by several actors
    case: str  # "acronym": written in capitals · "proper": capitalised · "any"
    confidence: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Match:
    start: int
    end: int
    pattern: Pattern


@lru_cache(maxsize=65536)
def word_key(raw: str) -> str:
    """The key of one word (see the module docstring)."""
    w = _POSSESSIVE_RE.sub("", raw)
    w = unicodedata.normalize("NFKD", w)
    w = "".join(c for c in w if not unicodedata.combining(c)).lower()
    w = "".join(c for c in w if c not in APOSTROPHES and c != ".")
    return _SPELLING.get(w, w)


def _has_case(c: str) -> bool:
    return c.lower() != c.upper()


def words(text: str) -> list[Word]:
    """The words of ``text`` with their keys and spans (possessive ``'s`` excluded from the span)."""
    out: list[Word] = []
    found = list(_WORD_RE.finditer(text))
    for i, m in enumerate(found):
        raw = m.group()
        end = m.end()
        if _POSSESSIVE_RE.search(raw) and len(raw) > 2:
            end -= 2
        key = word_key(raw)
        if not key:
            continue
        nxt = found[i + 1].start() if i + 1 < len(found) else m.end()
        joins = _JOINABLE_GAP_RE.fullmatch(text, m.end(), nxt) is not None
        first = raw[0]
        out.append(Word(key=key, start=m.start(), end=end, joins_next=joins,
                        capital=first.isupper() or not _has_case(first) or first.isdigit()))
    return out


def phrase_key(text: str) -> str:
    """The key of a whole name: its word keys joined by spaces, a leading "the" dropped."""
    keys = [w.key for w in words(text)]
    if len(keys) > 1 and keys[0] == "the":
        keys = keys[1:]
    return " ".join(keys)


def is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return (0 < len(letters) <= 6 and all(c.isupper() for c in letters)
            and " " not in form.strip())


def label_for(actor: KBActor) -> str:
    return _LABELS.get(actor.type, "ORG")


class KBPatterns:
    """The pattern table of one KB: key -> :class:`Pattern`, plus prefixes for the scan."""

    def __init__(self, kb: TheatreKB) -> None:
        self.table: dict[str, Pattern] = {}
        self.acronym_forms: dict[str, set[str]] = {}  # key -> letters as written (case-exact)
        self._confusables: dict[str, tuple[str, ...]] = {}
        self.demonym_keys: set[str] = set()
        self._by_length: dict[int, list[tuple[str, KBActor]]] | None = None
        self._build(kb)
        self.prefixes: set[str] = set()
        self.max_words = 1
        for key in self.table:
            parts = key.split(" ")
            self.max_words = max(self.max_words, min(len(parts), MAX_WORDS))
            for n in range(1, len(parts)):
                self.prefixes.add(" ".join(parts[:n]))

    # --- building -------------------------------------------------------------------------
    def _put(self, key: str, pattern: Pattern, *, override: bool) -> None:
        old = self.table.get(key)
        if old is None or (override and old.method in ("demonym", "collective", "modifier", "title")
                           and pattern.method not in ("demonym", "collective", "modifier")):
            self.table[key] = pattern
            return
        if not pattern.kb_ids or not old.kb_ids:
            return
        ids = tuple(dict.fromkeys((*old.kb_ids, *pattern.kb_ids)))
        case = old.case if old.case == pattern.case else ("proper" if "proper" in (
            old.case, pattern.case) else "any")
        self.table[key] = Pattern(
            key=key, kb_ids=ids, method=old.method, label=old.label,
            ambiguous=old.ambiguous or pattern.ambiguous or len(ids) > 1, case=case,
            confidence=min(old.confidence, pattern.confidence))

    def _build(self, kb: TheatreKB) -> None:
        states = [a for a in kb.actors.values() if a.type == "state"]
        # demonym phrases first: KB names override them
        for st in states:
            for dem in st.demonyms:
                dk = phrase_key(dem)
                if not dk:
                    continue
                self.demonym_keys.add(dk)
                singular = {phrase_key(d) for d in st.demonyms}
                if dk.endswith("s") and dk[:-1] in singular:  # "Iraqis": the people, not the state
                    self._put(dk, Pattern(key=dk, kb_ids=(), method="collective", label="NORP",
                                          ambiguous=False, case="proper", confidence=0.5),
                              override=False)
                    continue
                self._put(dk, Pattern(key=dk, kb_ids=(st.id,), method="demonym", label="NORP",
                                      ambiguous=False, case="proper", confidence=0.6),
                          override=False)
                for noun in STATE_NOUNS:
                    k = f"{dk} {noun}"
                    self._put(k, Pattern(key=k, kb_ids=(st.id,), method="demonym", label="NORP",
                                         ambiguous=False, case="proper", confidence=0.8),
                              override=False)
                for noun in COLLECTIVE_NOUNS:
                    k = f"{dk} {noun}"
                    self._put(k, Pattern(key=k, kb_ids=(), method="collective", label="NORP",
                                         ambiguous=False, case="proper", confidence=0.5),
                              override=False)
            for form in (st.name, *st.aliases, *st.demonyms):
                fk = phrase_key(form)
                if not fk:
                    continue
                for k in (*(f"{fk} {mod}" for mod in MODIFIER_WORDS),
                          *(f"{pre} {fk}" for pre in MODIFIER_PREFIXES)):
                    self._put(k, Pattern(key=k, kb_ids=(), method="modifier", label="",
                                         ambiguous=False, case="proper", confidence=0.0),
                              override=False)
        # office titles prefixed by their state
        for office in (a for a in kb.actors.values() if a.type == "office"):
            st = kb.state_of(office.id)
            if st is None:
                continue
            prefixes = {phrase_key(f) for f in (st.name, *st.aliases, *st.demonyms)} - {""}
            for form in (office.name, *office.aliases):
                fk = phrase_key(form)
                bare = [fk]
                parts = fk.split(" of ")
                for cut in range(1, len(parts)):  # "minister of defense of iraq" -> "minister of defense"
                    if " of ".join(parts[cut:]) in prefixes:
                        bare.append(" of ".join(parts[:cut]))
                for b in bare:
                    for p in prefixes:
                        k = f"{p} {b}"
                        self._put(k, Pattern(key=k, kb_ids=(office.id,), method="title",
                                             label="ORG", ambiguous=False, case="any",
                                             confidence=0.8), override=False)
        # the KB's own names
        for actor in kb.actors.values():
            label = label_for(actor)
            any_case = actor.type in ("generic", "office")
            method_base = "title" if actor.type == "office" else "alias"
            forms = [(f, False) for f in (actor.name, *actor.aliases)]
            forms += [(f, True) for f in actor.ambiguous_aliases]
            for form, amb in forms:
                key = phrase_key(form)
                if not key:
                    continue
                acr = is_acronym(form)
                if acr:
                    letters = "".join(c for c in form if c.isalnum())
                    self.acronym_forms.setdefault(key, set()).add(letters)
                case = "acronym" if acr else (
                    "any" if any_case or " " in key else "proper")
                self._put(key, Pattern(
                    key=key, kb_ids=(actor.id,), method="acronym" if acr else method_base,
                    label=label, ambiguous=amb, case=case,
                    confidence=0.9 if acr else (0.7 if amb else 0.95)), override=True)

    # --- matching -------------------------------------------------------------------------
    def _case_ok(self, pattern: Pattern, text: str, ws: list[Word], i: int, j: int) -> bool:
        if pattern.case == "any":
            return True
        if pattern.case == "proper":
            return ws[i].capital or ws[j - 1].capital
        written = "".join(c for c in text[ws[i].start:ws[j - 1].end] if c.isalnum())
        return written in self.acronym_forms.get(pattern.key, ())

    def scan(self, text: str, ws: list[Word] | None = None) -> list[Match]:
        """Every KB phrase in ``text``, longest first, left to right, never overlapping."""
        ws = words(text) if ws is None else ws
        out: list[Match] = []
        i, n = 0, len(ws)
        table, prefixes = self.table, self.prefixes
        while i < n:
            best: tuple[int, Pattern] | None = None
            key = ""
            j = i
            while j < n and j - i < self.max_words:
                key = ws[j].key if j == i else f"{key} {ws[j].key}"
                j += 1
                p = table.get(key)
                if p is not None and self._case_ok(p, text, ws, i, j):
                    best = (j, p)
                if key not in prefixes or not ws[j - 1].joins_next:
                    break
            if best is None:
                i += 1
                continue
            j, p = best
            if p.method == "demonym" and p.key in self.demonym_keys:
                j, p = self._demonym_phrase(ws, j, p)
            elif p.method in ("demonym", "collective") and j < n and ws[j - 1].joins_next \
                    and not ws[j].capital and ws[j].key in STATE_NOUNS | COLLECTIVE_NOUNS:
                # "Iraqi security officials": the last noun decides
                first = p.key.split(" ")[0]
                j, p = self._demonym_phrase(ws, j, self.table.get(first, p))
            out.append(Match(start=ws[i].start, end=ws[j - 1].end, pattern=p))
            i = j
        return out

    def _demonym_phrase(self, ws: list[Word], j: int, p: Pattern) -> tuple[int, Pattern]:
        """"Iraqi political analysts", "Iraqi security officials": one lower-case word
        between a demonym and the noun that decides between the state and a collective."""
        k = j
        while k < len(ws) and k - j < 2 and ws[k - 1].joins_next and not ws[k].capital:
            noun = ws[k].key
            if noun in _FUNCTION_WORDS:
                break
            if noun in STATE_NOUNS or noun in COLLECTIVE_NOUNS:
                key = f"{p.key} {noun}"
                q = self.table.get(key)
                if q is not None:
                    return k + 1, Pattern(key=q.key, kb_ids=q.kb_ids, method=q.method,
                                          label=q.label, ambiguous=q.ambiguous, case=q.case,
                                          confidence=q.confidence - 0.05)
                break
            k += 1
        return j, p

    def names_by_length(self, kb: TheatreKB) -> dict[int, list[tuple[str, KBActor]]]:
        """Unambiguous KB names (aliases) by number of words: the candidates of fuzzy matching."""
        if self._by_length is None:
            by: dict[int, list[tuple[str, KBActor]]] = {}
            for key, p in self.table.items():
                if len(p.kb_ids) == 1 and p.method == "alias" and p.kb_ids[0] in kb.actors:
                    by.setdefault(key.count(" ") + 1, []).append((key, kb.actors[p.kb_ids[0]]))
            self._by_length = by
        return self._by_length

    def get(self, text: str) -> Pattern | None:
        return self.table.get(phrase_key(text))

    def confusables(self, key: str, kb: TheatreKB) -> tuple[str, ...]:
        """Actors one of whose names contains ``key`` as whole words (e.g. "hezbollah" ->
        Kata'ib Hezbollah, Harakat Hezbollah al-Nujaba): the competitors of an ambiguous form."""
        if key not in self._confusables:
            needle = f" {key} "
            ids: list[str] = []
            for k, p in self.table.items():
                if k != key and needle in f" {k} " and p.method in ("alias", "acronym"):
                    ids.extend(i for i in p.kb_ids if i not in ids and i in kb.actors)
            self._confusables[key] = tuple(ids)
        return self._confusables[key]


_CACHE: weakref.WeakKeyDictionary[TheatreKB, KBPatterns] = weakref.WeakKeyDictionary()


def kb_patterns(kb: TheatreKB) -> KBPatterns:
    """The pattern table of ``kb`` (built once per KB object)."""
    pats = _CACHE.get(kb)
    if pats is None:
        pats = KBPatterns(kb)
        _CACHE[kb] = pats
    return pats


def iter_matches(text: str, kb: TheatreKB) -> Iterator[Match]:
    yield from kb_patterns(kb).scan(text)
