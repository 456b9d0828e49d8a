"""actors.kb.v1: recognise every actor mention of an article and link it to the KB, or say unknown.

A mention is either linked (``kb_id`` + canonical ``name``) or explicitly unknown (both None,
``label`` = the statistical NER label, ``method`` = "unknown"): an uncertain link is left unknown,
never guessed. How links are made (``Mention.method``), in the order they are tried:

1. ``alias`` / ``acronym`` / ``title`` / ``demonym``: a KB phrase found by ``kb.matcher`` (the
   same matcher the spaCy ruler uses). A title directly followed by a name ("Secretary of War
   Pete Hegseth") yields only the person; a title standing alone ("the Iraqi prime minister")
   links to the person who held the office on the article's date (``office``, via
   ``kb.office_holder``) or, without a date or a known holder, to the office itself (``title``).
   Demonyms: "Iraqi officials"/"Iranian authorities"/"American forces" -> the state; a bare
   "Iranian" -> the state with low confidence; "Iranian opposition", "Iraqi analysts" -> unknown
   NORP (a collective that is not the state); "Iran-backed" is a modifier, not a mention.
2. ``context``: an ambiguous form ("Hezbollah") is scored against its candidates and the
   actors whose names contain it (Kata'ib Hezbollah, Harakat Hezbollah al-Nujaba) by context
   words of the KB, related actors and same-country actors/places in the sentence, then the
   paragraph, then the article. A unique best wins; a tie or no evidence leaves it unknown.
3. ``acronym``: "Harakat X (HX)" defines HX for the rest of the article (known or unknown actor).
4. ``coref``: a surname ("Khazali", "al-Sudani") -> the person with that surname named in the
   article (the last one before it, else the only one); "the group"/"the militia"/"the movement"
   -> the last armed group or coalition; "the ministry"/"the department" -> the last ministry /
   department. Pronouns are not linked here.
5. ``title``: a name after an office title ("Defense Minister al-Abbasi") -> the KB person who
   held that office and has that surname.
6. ``fuzzy``: a PERSON/ORG entity that nothing above linked, compared word by word with KB names
   of the same actor type (every word similar, whole name ratio >= 0.88, a unique best).
7. ``unknown``: everything else the NER tags PERSON/ORG/GPE/NORP.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from brinkwatch.extract.rules import active
from brinkwatch.kb.matcher import (
    KBPatterns,
    Pattern,
    Word,
    kb_patterns,
    label_for,
    phrase_key,
    words,
)
from brinkwatch.records import Mention, hash_id

if TYPE_CHECKING:
    from brinkwatch.extract import ExtractOptions
    from brinkwatch.kb.model import KBActor, TheatreKB
    from brinkwatch.nlp.pipeline import ParsedArticle

VERSION = "actors.kb.v1"
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "an", "az", "bin", "ibn", "abu",
                            "bint", "abd", "abdul"})
BODY_NOUNS = ("ministry", "department")
# A body named by the capitalised last word of its name ("the Guard said", "the Guards
# warned" after "the Revolutionary Guards"): never the common noun ("a guard was hurt").
NAMED_BODY_NOUNS = ("Guards", "Guard")


@lru_cache(maxsize=8)
def _definite_re(coref_nouns: tuple[str, ...]) -> re.Pattern[str]:
    """"the group", "the ministry": the coreference nouns of the rule data and the body nouns."""
    return re.compile(
        r"\b[Tt]he\s+(" + "|".join([*coref_nouns, *BODY_NOUNS, *NAMED_BODY_NOUNS])
        + r")(s)?\b(?![-‐‑–—]\w)")


_DEFINED_ACRONYM_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z]?[A-Z]{1,6}|[A-Z](?:\.[A-Z]){1,5}\.?)\s*\)")
# words that make a capitalised phrase the name of an organisation
ORG_WORDS = frozenset("""
brigade brigades battalion battalions saraya kataib katib liwa harakat asaib jaish tashkil
ashab forces movement organization army front corps militia party alliance coalition committee
council guard guards ministry department agency command hezbollah hizballah
""".split())
FUZZY_MIN_RATIO = 0.88
FUZZY_MIN_WORD_RATIO = 0.75
_FUZZY_TYPES = {  # the small model tags militia names PERSON: those may match armed groups
    "PERSON": ("person", "armed_group", "coalition"),
    "ORG": ("armed_group", "coalition", "party", "state_body", "igo", "media"),
}


@dataclass(slots=True)
class _Cand:
    """A mention being resolved (mutable working state, never leaves this module)."""

    start: int
    end: int
    label: str
    kb_id: str | None = None
    method: str = "unknown"
    confidence: float = 0.5
    pattern: Pattern | None = None
    refers_to: _Cand | None = None
    office: str | None = None  # a title directly before this name (kb id of the office)
    nested: bool = False  # inside a longer mention ("Kadhimi" in "the Kadhimi government")
    done: bool = False

    @property
    def linked(self) -> bool:
        return self.kb_id is not None

    def link(self, kb_id: str | None, method: str, confidence: float,
             refers_to: _Cand | None = None) -> None:
        self.kb_id, self.method, self.confidence = kb_id, method, confidence
        self.refers_to = refers_to
        self.done = True


# --- public helpers for the event coder -----------------------------------------------------


def mention_at(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    """The mention that covers the most of the character span [start, end) (None if none)."""
    best: Mention | None = None
    best_overlap = 0
    for m in mentions:
        overlap = min(end, m.end) - max(start, m.start)
        if overlap > best_overlap or (overlap == best_overlap and overlap > 0 and best is not None
                                      and best.kb_id is None and m.kb_id is not None):
            best, best_overlap = m, overlap
    return best


def token_mentions(parsed: ParsedArticle, mentions: Sequence[Mention]) -> dict[int, Mention]:
    """Doc token index -> the mention the token is part of."""
    out: dict[int, Mention] = {}
    doc = parsed.doc
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for i in range(span.start, span.end):
            out.setdefault(i, m)
    return out


# --- the extractor ----------------------------------------------------------------------------


def extract_mentions(parsed: ParsedArticle, *, kb: TheatreKB,
                     options: ExtractOptions | None = None) -> list[Mention]:
    """Every actor mention of ``parsed``, linked to ``kb`` or explicitly unknown (text order)."""
    text = parsed.article.text
    pats = kb_patterns(kb)
    ws = words(text)
    state = _Article(parsed=parsed, kb=kb, pats=pats, ws=ws)
    resolve_offices = True if options is None else options.resolve_offices
    state.collect()
    state.resolve_kb(resolve_offices=resolve_offices)
    state.resolve_ambiguous()
    state.resolve_rest()
    return state.mentions()


@dataclass(slots=True)
class _Article:
    parsed: ParsedArticle
    kb: TheatreKB
    pats: KBPatterns
    ws: list[Word]
    cands: list[_Cand] | None = None
    blocked: list[tuple[int, int]] | None = None  # modifiers ("Iran-backed"): never mentions
    starts: list[int] | None = None  # word start offsets (for bisect)

    @property
    def text(self) -> str:
        return self.parsed.article.text

    def words_in(self, start: int, end: int) -> list[Word]:
        lo = bisect.bisect_left(self._word_starts(), start)
        out = []
        for w in self.ws[lo:]:
            if w.start >= end:
                break
            if w.end <= end:
                out.append(w)
        return out

    def _word_starts(self) -> list[int]:
        if self.starts is None:
            self.starts = [w.start for w in self.ws]
        return self.starts

    # --- 1. candidates from the KB matcher and from NER -------------------------------
    def collect(self) -> None:
        text = self.text
        cands: list[_Cand] = []
        blocked: list[tuple[int, int]] = []
        for m in self.pats.scan(text, self.ws):
            if not m.pattern.label:
                blocked.append((m.start, m.end))
            else:
                cands.append(_Cand(start=m.start, end=m.end, label=m.pattern.label,
                                   pattern=m.pattern))
                if m.pattern.label != "PERSON" and m.pattern.kb_ids:
                    cands.extend(self._nested_persons(m.start, m.end))
        taken = [(c.start, c.end) for c in cands] + blocked
        for ent in self.parsed.doc.ents:
            if ent.label_ not in ACTOR_LABELS or ent.id_:
                continue
            toks = list(ent)
            while toks and (toks[0].lower_ in ("the", "a", "an") or toks[0].is_punct):
                toks = toks[1:]
            while toks and (toks[-1].is_punct or toks[-1].lower_ in ("'s", "’s", "ʼs")):
                toks = toks[:-1]
            if not toks or not any(ch.isupper() or not _has_case(ch)
                                   for t in toks for ch in t.text if ch.isalpha()):
                continue  # "n't" tagged GPE: a name has a capital (or a script without case)
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            if any(s < end and start < e for s, e in taken):
                continue
            cands.append(_Cand(start=start, end=end, label=ent.label_))
        taken = [(c.start, c.end) for c in cands] + blocked
        recased = getattr(self.parsed, "recased", None)
        if recased is not None:  # a Title Case headline: every word capitalised, no name run
            taken.append(recased)
        cands.extend(self._org_runs(taken))
        cands.sort(key=lambda c: (c.start, -c.end))
        self.cands, self.blocked = cands, blocked

    def _nested_persons(self, start: int, end: int) -> list[_Cand]:
        """A person named inside a longer KB name ("the Kadhimi government", "the Trump
        administration"): also a mention of that person, nested in the outer one."""
        inner = self.words_in(start, end)
        out: list[_Cand] = []
        for i in range(len(inner)):
            for j in range(len(inner), i, -1):
                if j - i == len(inner):
                    continue
                p = self.pats.table.get(" ".join(w.key for w in inner[i:j]))
                if (p is not None and p.label == "PERSON" and len(p.kb_ids) == 1
                        and not p.ambiguous and inner[i].capital):
                    c = _Cand(start=inner[i].start, end=inner[j - 1].end, label="PERSON",
                              pattern=p, nested=True)
                    out.append(c)
                    break
        return out[:1]

    def _org_runs(self, taken: list[tuple[int, int]]) -> list[_Cand]:
        """Capitalised names with an organisation word ("Saraya Qubbat Brigades") that the NER
        missed or tagged as a place or a work of art: unknown ORG candidates."""
        out: list[_Cand] = []
        ws, text = self.ws, self.text
        run: list[Word] = []

        def close() -> None:
            while run and (run[-1].key in NAME_PARTICLES or not text[run[-1].start].isupper()):
                run.pop()
            while run and (run[0].key in ("the", "a", "an") or run[0].key in NAME_PARTICLES):
                run.pop(0)
            if len(run) >= 2 and any(w.key in ORG_WORDS for w in run):
                out.append(_Cand(start=run[0].start, end=run[-1].end, label="ORG"))
            run.clear()

        mask = _mask(len(text), taken)
        for w in ws:
            free = mask.find(1, w.start, w.end) < 0
            word_ok = free and (text[w.start].isupper() or (run and w.key in NAME_PARTICLES))
            if word_ok and (not run or run[-1].joins_next):
                run.append(w)
            else:
                close()
                if word_ok:
                    run.append(w)
        close()
        return out

    # --- 2. unambiguous KB phrases, titles and offices --------------------------------
    def resolve_kb(self, *, resolve_offices: bool) -> None:
        assert self.cands is not None
        kb, text = self.kb, self.text
        drop: set[int] = set()
        for idx, c in enumerate(self.cands):
            p = c.pattern
            if p is None or p.ambiguous:
                continue
            if not p.kb_ids:  # a collective that is not the state: unknown, on purpose
                c.link(None, "unknown", p.confidence)
                continue
            kb_id = p.kb_ids[0]
            actor = kb.get(kb_id)
            if c.nested:
                c.link(kb_id, p.method, 0.6)
                continue
            if actor is not None and actor.type == "office":
                nxt = self.cands[idx + 1] if idx + 1 < len(self.cands) else None
                if nxt is not None and nxt.label == "PERSON" and _only_space(text, c.end, nxt.start):
                    nxt.office = kb_id  # "Secretary of War Pete Hegseth": the person only
                    drop.add(idx)
                    continue
                if _capitalised_name_follows(text, c.end):
                    drop.add(idx)  # a title before a name the NER did not tag
                    continue
                holder = None
                day = _article_day(self.parsed.article.published)
                if resolve_offices and day is not None:
                    holder = kb.office_holder(kb_id, day)
                if holder is not None:
                    c.link(holder.id, "office", 0.75)
                    c.label = "PERSON"
                else:
                    c.link(kb_id, "title", 0.7)
                continue
            c.link(kb_id, p.method, p.confidence)
        self.cands = [c for i, c in enumerate(self.cands) if i not in drop]

    # --- 3. ambiguous forms by context -------------------------------------------------
    def resolve_ambiguous(self) -> None:
        assert self.cands is not None
        pending = [c for c in self.cands if c.pattern is not None and c.pattern.ambiguous]
        if not pending:
            return
        ctx = _Context(self)
        for c in pending:
            assert c.pattern is not None
            explicit = tuple(i for i in c.pattern.kb_ids if i in self.kb.actors)
            others = tuple(i for i in self.pats.confusables(c.pattern.key, self.kb)
                           if i not in explicit)
            winner, level = ctx.decide(c, explicit + others)
            linked_elsewhere = {x.kb_id for x in self.cands if x.linked and x is not c}
            if winner is not None and (winner in explicit or winner in linked_elsewhere):
                c.link(winner, "context", (0.75, 0.65, 0.55)[level])
                c.label = label_for(self.kb.actors[winner])
            elif winner is None and len(explicit) == 1 and not others and self._modifier(c) \
                    and self._plural_named(c, explicit[0]):
                # "the Houthi attack", "Houthi rebels": the singular of a group named in the
                # plural ("Houthis"), shared with no other actor, used as a modifier: the group
                c.link(explicit[0], "context", 0.5)
                c.label = label_for(self.kb.actors[explicit[0]])
            else:
                c.link(None, "unknown", 0.5)

    def _plural_named(self, c: _Cand, kb_id: str) -> bool:
        a = self.kb.actors[kb_id]
        form = phrase_key(self.text[c.start:c.end])
        return any(phrase_key(n) == f"{form}s" for n in (a.name, *a.aliases))

    def _modifier(self, c: _Cand) -> bool:
        """One word, not after "al-", modifying the common noun that follows it."""
        span = self.parsed.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or len(span) != 1 or span.start == 0:
            return False
        tok, before = span[0], self.parsed.doc[span.start - 1]
        return (tok.dep_ in ("compound", "amod") and tok.head.i > tok.i
                and tok.head.pos_ == "NOUN" and before.lower_ not in ("al", "-", "el"))

    # --- 4. NER entities: defined acronyms, surnames, titles, fuzzy; "the group" --------
    def resolve_rest(self) -> None:
        assert self.cands is not None
        text, kb = self.text, self.kb
        acronyms: dict[str, _Cand] = {}
        surnames = _Surnames(kb)
        for c in self.cands:  # names linked by the KB, also those after a surname (headlines)
            if c.done:
                surnames.add(c, text)
        new: list[_Cand] = []
        for c in self.cands:
            if not c.done:
                self._resolve_entity(c, acronyms, surnames)
            m = _DEFINED_ACRONYM_RE.match(text, c.end)
            if m is not None and m.start(1) - c.end <= 3:
                acr = m.group(1)
                acronyms["".join(ch for ch in acr if ch.isalnum())] = c
            surnames.add(c, text)
        # surnames and defined acronyms the NER did not tag
        covered = [(c.start, c.end) for c in self.cands] + (self.blocked or [])
        mask = _mask(len(text), covered)
        for i, w in enumerate(self.ws):
            if mask.find(1, w.start, w.end) >= 0:
                continue
            raw = text[w.start:w.end]
            letters = "".join(ch for ch in raw if ch.isalnum())
            if letters in acronyms and acronyms[letters].start < w.start:
                c = _Cand(start=w.start, end=w.end, label=acronyms[letters].label)
                ante = acronyms[letters]
                c.link(ante.kb_id, "acronym" if ante.linked else "unknown",
                       0.85 if ante.linked else 0.5, refers_to=ante)
                new.append(c)
                continue
            if not w.capital or not raw[:1].isupper():
                continue
            keys = [w.key]
            if i > 0 and self.ws[i - 1].key in NAME_PARTICLES and self.ws[i - 1].joins_next:
                prev = self.ws[i - 1]
                if mask.find(1, prev.start, prev.end) < 0:
                    keys.insert(0, f"{prev.key} {w.key}")
            for k in keys:
                ante = surnames.find(k, w.start)
                if ante is not None:
                    start = self.ws[i - 1].start if " " in k else w.start
                    c = _Cand(start=start, end=w.end, label="PERSON")
                    c.link(ante.kb_id, "coref", 0.65 if ante.start < start else 0.55,
                           refers_to=ante)
                    new.append(c)
                    break
        # "the group", "the ministry" ...
        all_cands = sorted([*self.cands, *new], key=lambda c: c.start)
        starts = [c.start for c in all_cands]
        for m in _definite_re(tuple(active().coref_nouns)).finditer(text):
            if mask.find(1, m.start(), m.end()) >= 0:
                continue
            noun = m.group(1).lower()
            if m.group(2) and noun not in active().coref_nouns:
                continue  # "the Guardss" is no word; "the ministries" name no one body
            ante = self._last_compatible(all_cands[:bisect.bisect_left(starts, m.start())], noun,
                                         plural=bool(m.group(2)))
            if ante is None:
                continue
            c = _Cand(start=m.start(), end=m.end(), label="ORG")
            if ante.linked:
                c.link(ante.kb_id, "coref", 0.6, refers_to=ante)
            else:
                c.link(None, "unknown", 0.5, refers_to=ante)
            new.append(c)
        self.cands = sorted([*self.cands, *new], key=lambda c: (c.start, -c.end))

    def _resolve_entity(self, c: _Cand, acronyms: dict[str, _Cand], surnames: _Surnames) -> None:
        text, kb = self.text, self.kb
        surface = text[c.start:c.end]
        letters = "".join(ch for ch in surface if ch.isalnum())
        if letters in acronyms:
            ante = acronyms[letters]
            if ante.linked:
                c.link(ante.kb_id, "acronym", 0.85, refers_to=ante)
                c.label = ante.label
            else:
                c.link(None, "unknown", 0.5, refers_to=ante)
            return
        key_words = [w.key for w in self.words_in(c.start, c.end)]
        key = " ".join(key_words)
        if not key:
            c.link(None, "unknown", 0.5)
            return
        ante = surnames.find(key, c.start)
        if ante is not None and len(key_words) <= 2:
            c.link(ante.kb_id, "coref", 0.65 if ante.start < c.start else 0.55, refers_to=ante)
            c.label = "PERSON"
            return
        ante = self._short_form(c, key_words)
        if ante is not None:
            c.link(ante.kb_id, "coref", 0.6, refers_to=ante)
            c.label = ante.label
            return
        if c.office is not None and c.label == "PERSON":
            holder = _office_person(kb, c.office, key_words)
            if holder is not None:
                c.link(holder, "title", 0.7)
                return
        if c.label in _FUZZY_TYPES:
            hit = _fuzzy(self.pats, kb, key_words, _FUZZY_TYPES[c.label])
            if hit is not None:
                c.label = label_for(kb.actors[hit[0]])
            if hit is not None:
                kb_id, ratio = hit
                c.link(kb_id, "fuzzy", round(0.75 * ratio, 3))
                return
        c.link(None, "unknown", 0.5)

    def _short_form(self, c: _Cand, key_words: list[str]) -> _Cand | None:
        """The organisation a definite short form continues: "the Guards" after "Iran's
        Revolutionary Guards", "the Mobilisation Committee" after "the Popular Mobilisation
        Committee" (the last words of the nearest linked organisation's name, said with
        "the"); never a person's surname (surnames do that) nor a one-word class ("the
        militia")."""
        if not key_words or len(key_words) > 3:
            return None
        if not re.search(r"\b[Tt]he\s+$", self.text[max(0, c.start - 5):c.start]):
            return None
        assert self.cands is not None
        for ante in reversed([a for a in self.cands if a.end <= c.start]):
            if not ante.linked or ante.label == "PERSON":
                continue
            words = [w.key for w in self.words_in(ante.start, ante.end)]
            if len(words) > len(key_words) and words[-len(key_words):] == key_words:
                return ante
        return None

    def _last_compatible(self, before: list[_Cand], noun: str, *, plural: bool = False
                         ) -> _Cand | None:
        """The mention "the group" (or, ``plural``, "the groups") continues: the last one of a
        compatible KB type; for a plural only a class of such groups the KB knows ("the
        groups" after "Iran-backed militias"), and none when a named group comes nearer."""
        kb = self.kb
        for c in reversed(before):
            actor = kb.get(c.kb_id) if c.kb_id else None
            if plural and actor is not None and actor.type == "generic" and any(
                    w in actor.name.lower() for w in ("militia", "group", "faction")):
                return c
            if plural:
                if actor is not None and actor.type in active().coref_nouns[noun]:
                    return None  # one named group is not "the groups"
                continue
            if noun in BODY_NOUNS or noun.title() in NAMED_BODY_NOUNS:
                if actor is not None and actor.type == "state_body" \
                        and noun.rstrip("s") in actor.name.lower():
                    return c
                continue
            types = active().coref_nouns[noun]
            if actor is not None and actor.type in types:
                return c
            if actor is None and c.label == "ORG" and c.method == "unknown" and c.refers_to is None:
                return c  # the nearest group is one we do not know: keep "the group" unknown
        return None

    # --- output -------------------------------------------------------------------------
    def mentions(self) -> list[Mention]:
        assert self.cands is not None
        article = self.parsed.article
        sent_starts = [s.start for s in self.parsed.sentences]
        ids: dict[int, str] = {}
        out: list[Mention] = []
        for c in self.cands:
            ids[id(c)] = hash_id(article.id, c.start, c.end, c.kb_id)
        for c in self.cands:
            actor = self.kb.get(c.kb_id) if c.kb_id else None
            if c.kb_id is not None and actor is None:
                continue
            si = max(0, bisect.bisect_right(sent_starts, c.start) - 1)
            label = c.label
            if actor is not None and c.method not in ("demonym",):
                label = label_for(actor)
            out.append(Mention(
                id=ids[id(c)], article_id=article.id,
                sentence_index=self.parsed.sentences[si].index if self.parsed.sentences else 0,
                start=c.start, end=c.end, text=article.text[c.start:c.end], label=label,
                kb_id=c.kb_id, name=actor.name if actor else None,
                method=c.method if actor is not None else "unknown",
                confidence=c.confidence, extractor=VERSION,
                refers_to=ids.get(id(c.refers_to)) if c.refers_to is not None else None))
        return out


# --- helpers ----------------------------------------------------------------------------------


def _mask(n: int, spans: list[tuple[int, int]]) -> bytearray:
    """A byte per character of the text: 1 where one of ``spans`` covers it."""
    mask = bytearray(n)
    for s, e in spans:
        mask[s:e] = b"\x01" * (e - s)
    return mask


def _has_case(ch: str) -> bool:
    return ch.lower() != ch.upper()


def _only_space(text: str, a: int, b: int) -> bool:
    return a <= b and text[a:b].strip() == "" and "\n" not in text[a:b]


_NAME_AFTER_TITLE = re.compile(r"[ \t]+((?:al|el)[-‐‑]\w+|[A-Z][\w'’ʼ]*)")
_NOT_A_NAME = frozenset("""
The A An On In At And But Or Of For To From By With As After Before During While When Monday
Tuesday Wednesday Thursday Friday Saturday Sunday
""".split())


def _capitalised_name_follows(text: str, end: int) -> bool:
    """A title directly followed by what looks like a name ("Defense Minister Thabet ...")."""
    m = _NAME_AFTER_TITLE.match(text, end)
    return m is not None and m.group(1) not in _NOT_A_NAME


def _article_day(published: str | None) -> str | None:
    if not published or len(published) < 10:
        return None
    day = published[:10]
    try:
        date.fromisoformat(day)
    except ValueError:
        return None
    return day


def _surname_keys(name_keys: list[str]) -> list[str]:
    if len(name_keys) < 2:
        return []
    out = [name_keys[-1]]
    if name_keys[-2] in NAME_PARTICLES:
        out.append(f"{name_keys[-2]} {name_keys[-1]}")
    return out


@lru_cache(maxsize=16384)
def _form_surnames(form: str) -> tuple[str, ...]:
    form = re.sub(r"\([^)]*\)", " ", form)  # "Vedant Patel (State Department)"
    return tuple(_surname_keys([w.key for w in words(form)]))


class _Surnames:
    """Surnames of the persons linked so far in the article (from the text and the KB names)."""

    def __init__(self, kb: TheatreKB) -> None:
        self.kb = kb
        self.by_key: dict[str, list[_Cand]] = {}

    def add(self, c: _Cand, text: str) -> None:
        actor = self.kb.get(c.kb_id) if c.kb_id else None
        if actor is None or actor.type != "person" or c.method in ("coref", "office", "title"):
            return
        forms = [text[c.start:c.end]]
        if actor is not None:
            forms += [actor.name, *actor.aliases]
        keys: set[str] = set()
        for f in forms:
            keys.update(_form_surnames(f))
        for k in keys:
            lst = self.by_key.setdefault(k, [])
            if not lst or lst[-1] is not c:
                lst.append(c)

    def find(self, key: str, pos: int) -> _Cand | None:
        """The person this surname refers to: the last one before ``pos``, if one person only."""
        cands = self.by_key.get(key)
        if not cands:
            return None
        if len({c.kb_id for c in cands}) > 1:
            before = [c for c in cands if c.start < pos]
            if not before or len({c.kb_id for c in before}) > 1:
                return None
            return before[-1]
        before = [c for c in cands if c.start < pos]
        return before[-1] if before else cands[0]


def _office_person(kb: TheatreKB, office: str, key_words: list[str]) -> str | None:
    """The KB person who held ``office`` and whose surname is the last word(s) given."""
    if not key_words:
        return None
    last = key_words[-1]
    hits = []
    for a in kb.actors.values():
        if a.type != "person" or not any(t.office == office for t in a.offices):
            continue
        for f in (a.name, *a.aliases):
            keys = [w.key for w in words(f)]
            if keys and keys[-1] == last:
                hits.append(a.id)
                break
    return hits[0] if len(set(hits)) == 1 else None


def _fuzzy(pats: KBPatterns, kb: TheatreKB, key_words: list[str],
           types: tuple[str, ...]) -> tuple[str, float] | None:
    """The one KB actor of the given types whose name is close to ``key_words`` word by word."""
    if not key_words or (len(key_words) == 1 and len(key_words[0]) < 6):
        return None
    n = len(key_words)
    target = " ".join(key_words)
    scored: dict[str, float] = {}
    for key, actor in pats.names_by_length(kb).get(n, ()):
        if actor.type not in types:
            continue
        if key[0] != target[0] and key.split(" ")[-1][:1] != key_words[-1][:1]:
            continue
        sm = SequenceMatcher(None, target, key, autojunk=False)
        if sm.real_quick_ratio() < FUZZY_MIN_RATIO or sm.quick_ratio() < FUZZY_MIN_RATIO:
            continue
        ratio = sm.ratio()
        if ratio < FUZZY_MIN_RATIO:
            continue
        if any(a != b and SequenceMatcher(None, a, b, autojunk=False).ratio() < FUZZY_MIN_WORD_RATIO
               for a, b in zip(key_words, key.split(" "), strict=True)):
            continue
        scored[actor.id] = max(scored.get(actor.id, 0.0), ratio)
    if not scored:
        return None
    ranked = sorted(scored.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 0.02:
        return None
    return ranked[0]


class _Context:
    """Evidence around a mention, for choosing between the actors an ambiguous form may name."""

    def __init__(self, art: _Article) -> None:
        self.art = art
        self.kb = art.kb
        text = art.text
        self.sent_bounds = [(s.start, s.end) for s in art.parsed.sentences] or [(0, len(text))]
        self._countries: dict[str, str | None] = {}
        self._place_country: list[str | None] = []
        for w in art.ws:
            place = self.kb.place(text[w.start:w.end]) if w.capital else None
            self._place_country.append(place.country if place else None)

    def country(self, kb_id: str) -> str | None:
        if kb_id not in self._countries:
            a = self.kb.get(kb_id)
            c = a.country if a else None
            if c is None and a is not None:
                st = self.kb.state_of(kb_id)
                c = st.country if st else None
            self._countries[kb_id] = c
        return self._countries[kb_id]

    def windows(self, c: _Cand) -> list[tuple[int, int]]:
        text = self.art.text
        sent = next(((s, e) for s, e in self.sent_bounds if s <= c.start < max(e, s + 1)),
                    (c.start, c.end))
        para_start = text.rfind("\n", 0, c.start) + 1
        para_end = text.find("\n", c.end)
        para = (para_start, len(text) if para_end < 0 else para_end)
        return [sent, para, (0, len(text))]

    def score(self, actor: KBActor, c: _Cand, win: tuple[int, int]) -> int:
        art, kb = self.art, self.kb
        a, b = win
        score = 0
        keys = " " + " ".join(w.key for w in art.ws if a <= w.start and w.end <= b
                              and not (c.start <= w.start < c.end)) + " "
        for cue in actor.context:
            ck = " ".join(w.key for w in words(cue))
            if ck and f" {ck} " in keys:
                score += 1
        related = {actor.parent} | {r.target for r in actor.relations}
        my_country = self.country(actor.id)
        seen_countries = 0
        assert art.cands is not None
        for other in art.cands:
            if other is c or not other.linked or not (a <= other.start < b):
                continue
            oid = other.kb_id
            assert oid is not None
            if oid == actor.id:
                score += 2
            elif oid in related or actor.id in {r.target for r in kb.actors[oid].relations}:
                score += 1
            elif my_country is not None and self.country(oid) == my_country:
                seen_countries += 1
        for w, pc in zip(art.ws, self._place_country, strict=True):
            if pc is not None and my_country == pc and a <= w.start < b and not (
                    c.start <= w.start < c.end):
                seen_countries += 1
        return score + min(seen_countries, 3)

    def decide(self, c: _Cand, candidates: tuple[str, ...]) -> tuple[str | None, int]:
        """(winner, window level 0-2) or (None, level) when the evidence is absent or tied."""
        actors = [self.kb.actors[i] for i in candidates if i in self.kb.actors]
        for level, win in enumerate(self.windows(c)):
            scores = [(self.score(a, c, win), a.id) for a in actors]
            best = max((s for s, _ in scores), default=0)
            if best <= 0:
                continue
            winners = [i for s, i in scores if s == best]
            return (winners[0] if len(winners) == 1 else None), level
        return None, 2
