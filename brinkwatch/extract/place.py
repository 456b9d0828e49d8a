"""Where an event happened, linked to the theatre gazetteer.

Rules (documented in docs/ontology.md, "Time and place"):

* Places are gazetteer names and aliases found in the sentence (longest match first, normalised
  with :func:`brinkwatch.kb.model.norm_key`); a name inside a longer non-place entity ("Islamic
  Resistance in Iraq", "Bashar al-Asad") is not a place.
* A place counts when it is attached to the trigger or its clause verb by a locative preposition
  ("in/at/near/outside/across/inside/over/into X", "north of X", "on the outskirts of X"), or is
  the target or a compound of the target of the trigger ("strikes on Ain al-Asad", "struck the
  Erbil base", "the embassy in Baghdad was attacked"). Countries and provinces count only through
  a locative preposition: "Iraq warned Iran", "sanctions on Iran" and "US strikes" name actors.
* When the sentence has none, the paragraph (text between blank lines; between newlines when the
  article has no blank line) is searched for places set by a locative preposition on a verb; it
  gives one only if all it finds lie on one chain of the gazetteer (Ain al-Asad < Anbar < Iraq),
  and never a bare country.
* The most specific place wins: base/site/crossing > town/city > province > country.

No place rather than a wrong one: unknown names give None.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from brinkwatch.extract.syntax import clause_tokens
from brinkwatch.kb.model import PlaceEntry, TheatreKB, norm_key
from brinkwatch.records import Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from brinkwatch.nlp.pipeline import ParsedArticle

__all__ = ["SPECIFICITY", "find_places", "locate", "paragraph_bounds"]

SPECIFICITY = {"base": 0, "site": 0, "crossing": 0, "town": 1, "city": 1, "province": 2,
               "country": 3}
_BROAD = {"country", "province"}
_LOC_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "within",
              "into", "over", "along", "off", "onto", "toward", "towards", "beyond", "by"}
_TARGET_PREPS = {"on", "against", "at", "targeting", "upon"}
_BROAD_PREPS = {"in", "inside", "across", "throughout", "within", "into", "near", "outside",
                "around", "along"}
_AREA_WORDS = {"outskirts", "vicinity", "suburbs", "suburb", "edge", "area", "areas", "north",
               "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
               "northern", "southern", "eastern", "western", "parts", "part", "heart", "centre",
               "center", "countryside", "environs", "border", "borders", "outside", "province",
               "city", "town", "district", "region", "desert", "kilometres", "kilometers", "miles",
               "km"}
# Seats of government that the press uses for the government itself ("Baghdad warned Erbil").
_METONYM_SEATS = frozenset(norm_key(x) for x in (
    "Baghdad", "Tehran", "Washington", "Damascus", "Beirut", "Amman", "Riyadh", "Ankara",
    "Kuwait", "Doha", "Abu Dhabi", "Sanaa", "Manama", "Cairo", "Moscow", "Erbil", "Jerusalem",
    "Tel Aviv", "Muscat"))
# Heads under which such a name is a physical target, hence a place ("drone attack on Erbil").
_PHYSICAL = frozenset({
    "attack", "strike", "hit", "shell", "bomb", "bombard", "target", "fire", "launch", "raid",
    "storm", "rocket", "drone", "missile", "blast", "explosion", "explode", "land", "assault",
    "shelling", "bombing", "airstrike", "barrage", "ambush", "invade", "invasion", "besiege",
    "siege", "capture", "seize", "overrun", "deploy", "deployment", "evacuate", "evacuation"})
_OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "attr", "pobj", "appos"}
_CONTAINER_LABELS = {"GPE", "LOC", "FAC"}
_NAME_PARTICLES = {"al", "el"}
_MAX_NGRAM = 8


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return norm_key(text)


@dataclass(frozen=True, slots=True)
class _Index:
    forms: dict[str, str]  # normalised written form -> place id
    max_len: int  # longest form, in words (an upper bound on tokens is taken generously)


_INDEXES: weakref.WeakKeyDictionary[TheatreKB, _Index] = weakref.WeakKeyDictionary()


def _index(kb: TheatreKB) -> _Index:
    idx = _INDEXES.get(kb)
    if idx is None:
        forms: dict[str, str] = {}
        longest = 1
        for form, pid in kb.place_forms():
            k = _key(form)
            if k:
                forms.setdefault(k, pid)
                longest = max(longest, len(k.split()))
        idx = _Index(forms=forms, max_len=min(_MAX_NGRAM, longest * 2 + 1))
        _INDEXES[kb] = idx
    return idx


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A gazetteer name found in the text."""

    entry: PlaceEntry
    span: Span


def _entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` built once per Doc (each access builds every Span anew)."""
    got = doc.user_data.get("brinkwatch.ents")
    if got is None:
        got = doc.user_data["brinkwatch.ents"] = tuple(doc.ents)
    return got


def _inside_other_entity(doc: Doc, start: int, end: int) -> bool:
    for ent in _entities(doc):
        if ent.start <= start and end <= ent.end and (ent.start, ent.end) != (start, end):
            if ent.label_ not in _CONTAINER_LABELS and not _is_place_words(ent, start, end):
                return True
        if ent.start >= end:
            break
    return False


def _is_place_words(ent: Span, start: int, end: int) -> bool:
    """An entity that only adds articles/punctuation around the name ("the Green Zone")."""
    extra = [t for t in ent if not start <= t.i < end]
    return all(t.is_punct or t.lower_ in ("the", "'s") for t in extra)


def find_places(doc: Doc, start_char: int, end_char: int, kb: TheatreKB) -> list[PlaceMatch]:
    """Gazetteer names in ``doc`` between two character offsets, longest match first,
    non-overlapping, left to right. A name never runs over a sentence break, so the Doc is
    scanned once (kept in ``doc.user_data``, keyed by KB) and each call takes its range."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return []
    key = ("brinkwatch.places", id(kb))
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = tuple(_scan_places(doc, kb))
    return [m for m in found if span.start <= m.span.start and m.span.end <= span.end]


def _scan_places(doc: Doc, kb: TheatreKB) -> list[PlaceMatch]:
    idx = _index(kb)
    if not idx.forms:
        return []
    n = len(doc)
    texts = [t.text for t in doc]
    spaces = [t.whitespace_ for t in doc]
    stops = [t.is_space or bool(t.is_sent_start) for t in doc]
    out: list[PlaceMatch] = []
    i = 0
    while i < n:
        tok = doc[i]
        if not (texts[i][:1].isupper() or (tok.lower_ in _NAME_PARTICLES and i + 1 < n)):
            i += 1
            continue
        found: PlaceMatch | None = None
        limit = min(n, i + idx.max_len)
        for k in range(i + 1, limit):
            if stops[k]:
                limit = k  # a name never runs over a line or sentence break
                break
        for j in range(limit, i, -1):
            if doc[j - 1].is_punct:
                continue
            text = "".join(texts[k] + spaces[k] for k in range(i, j - 1)) + texts[j - 1]
            pid = idx.forms.get(_key(text))
            if pid is None:
                continue
            if not any(c.isupper() for c in text):
                continue
            if j - i == 1 and tok.pos_ != "PROPN" and tok.ent_type_ not in _CONTAINER_LABELS:
                continue  # "Hit" the verb, not the town
            if _inside_other_entity(doc, i, j):
                continue
            entry = kb.places.get(pid)
            if entry is not None:
                found = PlaceMatch(entry=entry, span=doc[i:j])
            break
        if found is not None:
            out.append(found)
            i = found.span.end
        else:
            i += 1
    return out


# --- attachment ------------------------------------------------------------------------------


# Prepositions that name another act the event is placed against ("after", "since", ...).
_LANDMARK_PREPS = frozenset({"after", "before", "since", "until", "than", "like", "unlike",
                             "following"})


def _is_object_of(tok: Token, clause: set[int]) -> bool:
    """``tok`` is the object/target of the clause ("struck the base", "attack on the base")."""
    if tok.dep_ not in _OBJECT_DEPS:
        return False
    head = tok.head
    if head.i in clause:
        return True
    if head.lower_ in _LANDMARK_PREPS:
        return False  # "struck X after an attack near Kirkuk": the place of the other act
    return head.dep_ in ("prep", "agent") and head.head.i in clause


def _role(root: Token, clause: set[int], broad: bool, seat: bool = False) -> int | None:
    """Steps from a place name to the trigger's clause, or None when it is not the event's place.

    ``broad``: a country/province (only through a locative preposition). ``seat``: a name also
    used for a government: object/target only of a physical act ("struck Baghdad")."""
    x = root
    for _ in range(3):
        if x.dep_ != "conj" or x.head.i == x.i:
            break
        x = x.head
    via_area = False
    for _ in range(4):
        if x.dep_ == "compound" and x.head.pos_ in ("NOUN", "PROPN"):
            if broad:
                return None  # "US strikes", "the Iraq war": a country in a compound is an actor
            head = x.head
            if head.i in clause:
                return 0
            if _is_object_of(head, clause):
                return 1
            x = head
            continue
        if x.dep_ in ("dobj", "obj", "nsubjpass") and x.head.i in clause:
            if broad or (seat and x.head.lemma_.lower() not in _PHYSICAL):
                return None
            return 1
        if x.dep_ == "pobj":
            prep = x.head
            word = prep.lower_
            if word == "of" and prep.head.lower_ in _AREA_WORDS:
                x = prep.head  # "the outskirts of Baghdad", "north of Kirkuk"
                via_area = True
                if x.dep_ in ("advmod", "npadvmod") and x.head.i in clause:
                    return 1
                continue
            allowed = _BROAD_PREPS if broad else (_LOC_PREPS | _TARGET_PREPS)
            if word not in allowed:
                return None
            head = prep.head
            if (seat and word in _TARGET_PREPS and word not in _LOC_PREPS
                    and head.lemma_.lower() not in _PHYSICAL):
                return None  # "pressure on Tehran"
            if head.i in clause:
                return 0
            if (word in _LOC_PREPS or via_area) and _is_object_of(head, clause):
                return 1  # "targets in Syria", "the base in Anbar"
            if head.lower_ in _AREA_WORDS and head.dep_ in ("advmod", "npadvmod") and head.head.i in clause:
                return 1  # "north of ... in ..."
            return None
        return None
    return None


def _acts_as_actor(m: PlaceMatch, kb: TheatreKB) -> bool:
    """Countries, provinces and names that are also actors in the KB are places only through a
    locative preposition ("in Iraq"; "Iraq warned Iran" names actors)."""
    return m.entry.type in _BROAD or bool(kb.lookup(m.span.text)) or bool(kb.lookup(m.entry.name))


def _is_seat(m: PlaceMatch) -> bool:
    return _key(m.span.text) in _METONYM_SEATS or _key(m.entry.name) in _METONYM_SEATS


def _sentence_root(parsed: ParsedArticle, sentence_index: int) -> Token:
    sent = parsed.sentences[sentence_index]
    span = parsed.doc.char_span(sent.start, sent.end, alignment_mode="expand")
    assert span is not None
    return span.root


def _to_place(m: PlaceMatch) -> Place:
    e = m.entry
    return Place(name=e.name, kb_id=e.id, country=e.country, lat=e.lat, lon=e.lon,
                 text=m.span.text, start=m.span.start_char, end=m.span.end_char)


def _specificity(entry: PlaceEntry) -> int:
    return SPECIFICITY.get(entry.type, 1)


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph around ``text[start:end]``: between blank lines, or between newlines when
    the text has no blank line at all."""
    sep = re.compile(r"\n[ \t\r\f\v]*\n") if re.search(r"\n[ \t\r\f\v]*\n", text) else re.compile(r"\n")
    a = 0
    for m in sep.finditer(text, 0, start):
        a = m.end()
    m2 = sep.search(text, end)
    b = m2.start() if m2 else len(text)
    return a, b


def _chain(kb: TheatreKB, pid: str) -> list[str]:
    out = [pid]
    cur = kb.places.get(pid)
    while cur is not None and cur.parent and cur.parent not in out:
        out.append(cur.parent)
        cur = kb.places.get(cur.parent)
    return out


def _paragraph_place(parsed: ParsedArticle, sentence_index: int, kb: TheatreKB) -> Place | None:
    sent = parsed.sentences[sentence_index]
    a, b = paragraph_bounds(parsed.article.text, sent.start, sent.end)
    found: list[PlaceMatch] = []
    for m in find_places(parsed.doc, a, b, kb):
        if m.entry.type == "country" or _acts_as_actor(m, kb):
            continue
        root = m.span.root
        x = root
        while x.dep_ == "conj" and x.head.i != x.i:
            x = x.head
        if x.dep_ != "pobj" or x.head.lower_ not in (_LOC_PREPS | _TARGET_PREPS):
            continue
        if _is_seat(m) and x.head.lower_ not in _LOC_PREPS:
            continue  # "pressure on Tehran"
        head = x.head.head
        if head.pos_ not in ("VERB", "AUX") and head.dep_ not in ("dobj", "nsubjpass"):
            continue
        found.append(m)
    if not found:
        return None
    ids = {m.entry.id for m in found}
    deepest = max(ids, key=lambda pid: len(_chain(kb, pid)))
    if not ids <= set(_chain(kb, deepest)):
        return None  # places of different events: no guess
    best = min(found, key=lambda m: (_specificity(m.entry), m.span.start))
    return _to_place(best)


def locate(parsed: ParsedArticle, sentence_index: int, *, kb: TheatreKB,
           anchor: int | None = None) -> Place | None:
    """The place of an event told in sentence ``sentence_index`` (its paragraph as fallback);
    ``anchor`` is the doc token index of the trigger (default: the sentence root).
    None rather than a wrong place."""
    if not 0 <= sentence_index < len(parsed.sentences):
        raise IndexError(f"sentence_index {sentence_index} is out of range (0..{len(parsed.sentences) - 1}); "
                         "pass the index of a sentence of this article")
    sent = parsed.sentences[sentence_index]
    anchor_tok = parsed.doc[anchor] if anchor is not None else _sentence_root(parsed, sentence_index)
    clause = clause_tokens(anchor_tok)
    scored: list[tuple[int, int, int, PlaceMatch]] = []
    for m in find_places(parsed.doc, sent.start, sent.end, kb):
        steps = _role(m.span.root, clause, _acts_as_actor(m, kb), _is_seat(m))
        if steps is not None:
            scored.append((_specificity(m.entry), steps, m.span.start, m))
    if scored:
        return _to_place(min(scored, key=lambda s: s[:3])[3])
    return _paragraph_place(parsed, sentence_index, kb)
