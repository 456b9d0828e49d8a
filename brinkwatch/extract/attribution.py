"""Who says so: speaker, speech verb and quote of each event, built once per article.

:class:`AttributionIndex` walks the article once, sentence by sentence, and resolves the
speaker of every reporting verb ("said", "told", "according to", "reported"...) and of every
direct quote, keeping the last named speaker so that "he said", "the spokesman added" and an
open quote that runs on into the next sentence refer back to it. Asking for the attribution
of an event trigger then climbs the parse from the trigger to the verb that reports it
(``ccomp`` of "said", the ``according to`` phrase, a ``parataxis`` "..., officials said"), in
O(depth).

Kinds (:class:`~brinkwatch.records.AttributionKind`):

* ``named``: a named person, or the spokesperson / minister of a named body (speaker = the
  person, else the body, linked to the KB when the mention is);
* ``anonymous``: "a senior U.S. official speaking on condition of anonymity", "sources said",
  "a security source", "officials who declined to be named", witnesses, residents;
* ``group_statement``: an organisation or a state speaking ("Kata'ib Hezbollah said on
  Telegram", "the ministry said in a statement", "Iran said");
* ``media_report``: "Reuters reported", "according to Al Jazeera", "state media said";
* ``author``: no attribution, the writer's own voice.

Reporting verbs versus events (``is_speech``): neutral speech verbs (said, told, added,
stated, noted, announced/claimed/reported *that*, wrote, tweeted, posted, "according to")
are attribution only, and the event coder skips them. "warned", "threatened", "denied",
"accused", "condemned", "demanded" are events of their own (``is_speech`` is False for them),
but when they take a that-clause ("X warned that Y would attack", "X denied that it
attacked", "X accused Y of attacking") the embedded event is attributed to X with that verb.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from brinkwatch.extract.rules import active
from brinkwatch.extract.syntax import doc_text, sent_of
from brinkwatch.records import ActorRef, Attribution, AttributionKind, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["AttributionIndex", "quote_spans"]

# The speech verbs, reporting events, group nouns and outlets are rule data
# (extract/data/rules.yaml, read through rules.active()).
_REPORT_EDGES = frozenset({"ccomp", "parataxis", "conj", "dobj", "prep", "pcomp", "pobj",
                           "acl", "advcl", "npadvmod", "xcomp"})
_SUBJECT_EDGES = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "expl"})

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "i"})
PRONOUNS_GROUP = frozenset({"it", "they", "we", "them", "us"})
# Individual offices: identifiable by their body even without a name.
SPOKES_TITLES = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president",
    "premier", "ambassador", "envoy", "chairman", "chairwoman", "chief", "director",
    "commander", "governor", "mayor", "speaker", "leader", "head", "general", "prime",
    "representative", "undersecretary", "adviser", "advisor", "emir", "cleric", "ayatollah",
})
# People who stay unnamed.
ANON_NOUNS = frozenset({
    "official", "source", "diplomat", "officer", "aide", "insider", "person", "people",
    "member", "figure", "analyst", "expert", "witness", "resident", "observer", "lawmaker",
    "politician", "legislator", "fighter", "militant", "activist", "staffer", "employee",
    "individual", "informant", "negotiator", "mediator", "investigator", "doctor", "medic",
})
ANON_CUES = ("anonymity", "declined to be named", "not authorized", "not authorised",
             "asked not to be", "unnamed", "on condition", "not be named", "not to be named",
             "not to be identified", "speaking privately")
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration",
                             "announcement", "notice", "release", "bulletin"})
MEDIA_NOUNS = frozenset({"media", "newspaper", "outlet", "channel", "television", "tv",
                         "broadcaster", "report", "reports", "daily", "website", "press",
                         "newswire", "wire", "radio", "tabloid", "magazine", "journal"})
_ORG_TYPES = frozenset({"state", "state_body", "armed_group", "coalition", "party", "igo",
                        "generic", "office"})
_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the text inside double quotes, marks excluded.

    Curly quotes open and close; a straight quote toggles. A quote still open at the end of
    a line (a quoted paragraph that goes on in the next one) closes there.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        open_at: int | None = None
        for k, ch in enumerate(line):
            i = pos + k
            if open_at is None and (ch in _OPEN_QUOTES or ch == '"'):
                open_at = i + 1
            elif open_at is not None and (ch in _CLOSE_QUOTES or ch == '"'):
                if i > open_at:
                    spans.append((open_at, i))
                open_at = None
        if open_at is not None:
            end = pos + len(line.rstrip("\r\n"))
            if end > open_at:
                spans.append((open_at, end))
        pos += len(line)
    return spans


def _subject_at(doc: Any, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are (part of) a clause's subject."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("compound", "appos", "conj") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def role_in_sentence(tok: Token) -> Token | None:
    """The last person named by role, not as a subject, before ``tok`` in its own sentence
    ("... a car carrying the militia commander because he had ordered ..."): whom "he"/"she"
    inside that sentence names rather than a person named sentences before."""
    sent = sent_of(tok)
    if tok.i == sent.start:
        return None
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp":
        teller = verb.head  # "X met the envoy and said he would ...": X's own words
        while teller.dep_ == "conj" and teller.head.i != teller.i:
            teller = teller.head
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in teller.children):
            return None
    roles = active().member_nouns | SPOKES_TITLES
    found = [t for t in tok.doc[sent.start:tok.i] if t.tag_ == "NN" and not t.ent_type_
             and t.lemma_.lower() in roles and t.dep_ not in ("nsubj", "nsubjpass", "compound")]
    return found[-1] if found else None


def role_subject(tok: Token) -> Token | None:
    """The last subject of the sentence before ``tok``'s that names one person by role ("The
    leader of X", "the spokesman"): what "he"/"she" opening the next sentence continues unless
    a person is named as a subject after it."""
    sent = sent_of(tok)
    if sent.start == 0:
        return None
    lo = sent_of(tok.doc[sent.start - 1]).start
    roles = active().member_nouns | SPOKES_TITLES
    found = [t for t in tok.doc[lo:sent.start] if t.dep_ in ("nsubj", "nsubjpass")
             and t.tag_ == "NN" and t.lemma_.lower() in roles]
    return found[-1] if found else None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Ment:
    start: int
    end: int
    text: str
    kb_id: str | None
    kind: str  # person | org | media | place | other
    label: str = ""  # statistical NER label


@dataclass(frozen=True, slots=True, kw_only=True)
class _Source:
    kind: str
    speaker: ActorRef | None
    text: str | None
    hedges: tuple[str, ...] = ()
    person: bool = False  # a single person (antecedent for "he"/"she"/"the spokesman")
    kb_type: str | None = None  # KB actor type of the speaker, for "the group"/"the ministry"


class AttributionIndex:
    """Built once per article; answers the attribution of any event trigger in it.

    ``parsed`` is a :class:`brinkwatch.nlp.ParsedArticle`; ``kb`` a
    :class:`brinkwatch.kb.model.TheatreKB` (or None); ``mentions`` the linked actor mentions
    of the article (the statistical entities of the doc fill in where they are missing).
    """

    def __init__(self, parsed: Any, *, kb: Any, mentions: Sequence[Mention]) -> None:
        self.parsed = parsed
        self.doc: Doc = parsed.doc
        self.kb = kb
        text: str = doc_text(self.doc)
        self._text = text
        self._ments = self._collect_mentions(mentions)
        self._ment_starts = [m.start for m in self._ments]
        self._quotes = quote_spans(text)
        self._quote_starts = [q[0] for q in self._quotes]
        self._speech: dict[int, Attribution] = {}  # reporting token index -> attribution
        self._reporting_event: dict[int, Attribution] = {}
        self._order: list[tuple[int, Attribution]] = []  # (char offset, attribution)
        self._last_person: _Source | None = None
        self._groups: list[_Source] = []  # organisations that spoke, in order
        self._last_any: _Source | None = None
        for sent in self.doc.sents:
            for tok in sent:
                self._index_token(tok)
        self._order_starts = [o for o, _ in self._order]
        self._quote_attr = [self._attribute_quote(k) for k in range(len(self._quotes))]

    # --- public -------------------------------------------------------------------------
    def is_speech(self, token: int) -> bool:
        """True when doc token ``token`` is a speech verb that introduces reported content
        ("said", "told", "according to"): such a verb is attribution, not an event."""
        return _is_speech(self.doc[token])

    def for_trigger(self, trigger: int) -> Attribution:
        """The attribution of the event whose trigger is doc token index ``trigger``."""
        if not 0 <= trigger < len(self.doc):
            raise IndexError(
                f"trigger token {trigger} is outside the document (0..{len(self.doc) - 1}); "
                "pass a doc token index (token.i), not a character offset"
            )
        tok = self.doc[trigger]
        q = self._quote_of(tok.idx)
        if q is not None:
            return self._quote_attr[q]
        node = tok
        for _ in range(16):
            for c in node.children:
                if c.i in self._speech and (
                    c.dep_ == "parataxis" or (c.dep_ == "advcl" and not _temporal(c))
                    or (c.dep_ == "prep" and c.lower_ == "according")
                ):
                    return self._speech[c.i]
            head = node.head
            if head.i == node.i:
                return self._sentence_report(tok)
            edge = node.dep_
            if edge in _SUBJECT_EDGES and (head.i in self._speech or head.i in self._reporting_event):
                break  # the trigger is part of who speaks, not of what is said
            if head.i in self._speech and edge in _REPORT_EDGES and edge != "advcl":
                return self._speech[head.i]
            if head.i in self._reporting_event and edge in ("ccomp", "pcomp", "prep", "xcomp"):
                if not (edge == "xcomp" and head.lemma_ not in ("deny", "accuse", "blame")):
                    return self._reporting_event[head.i]
            node = head
        return Attribution(kind=AttributionKind.AUTHOR.value)

    def _sentence_report(self, tok: Token) -> Attribution:
        """"X struck Y on Sunday, the Pentagon said, two days after Z": a reporting clause
        set off in the sentence (a parataxis "..., officials said", or "according to Z"
        hung on a clause) reports the whole sentence, wherever the parser attached it. The
        nearest one to the trigger wins; the author's voice when there is none."""
        in_quote = self._quote_of(tok.idx) is not None
        best: tuple[int, Attribution] | None = None
        for t in sent_of(tok):
            if t.i not in self._speech or t.i == tok.i:
                continue
            framing = t.dep_ == "parataxis" or (
                t.lower_ == "according" and t.dep_ in ("prep", "advcl") and t.head.pos_ in (
                    "VERB", "AUX"))
            if not framing or (self._quote_of(t.idx) is not None) != in_quote:
                continue
            if t.left_edge.i <= tok.i <= t.right_edge.i:
                continue  # the trigger is inside the reporting clause ("officials who ... said")
            dist = abs(t.i - tok.i)
            if best is None or dist < best[0]:
                best = (dist, self._speech[t.i])
        return best[1] if best else Attribution(kind=AttributionKind.AUTHOR.value)

    # --- building -----------------------------------------------------------------------
    def _collect_mentions(self, mentions: Sequence[Mention]) -> list[_Ment]:
        out: list[_Ment] = []
        taken: list[tuple[int, int]] = []
        for m in mentions:
            out.append(_Ment(start=m.start, end=m.end, text=m.text, kb_id=m.kb_id,
                             kind=self._kind_of(m.kb_id, m.label), label=m.label))
            taken.append((m.start, m.end))
        for ent in self.doc.ents:
            s, e = ent.start_char, ent.end_char
            if any(s < te and ts < e for ts, te in taken):
                continue
            kb_id = None
            if self.kb is not None:
                found = self.kb.lookup(ent.text)
                if len(found) == 1:
                    kb_id = found[0].id
            out.append(_Ment(start=s, end=e, text=ent.text, kb_id=kb_id,
                             kind=self._kind_of(kb_id, ent.label_, ent.text), label=ent.label_))
        out.sort(key=lambda m: (m.start, -m.end))
        return out

    def _kind_of(self, kb_id: str | None, label: str, text: str | None = None) -> str:
        a = self.kb.get(kb_id) if (self.kb is not None and kb_id) else None
        if a is not None:
            if a.type == "person":
                return "person"
            if a.type == "media":
                return "media"
            if a.type in _ORG_TYPES:
                return "org"
        if text is not None and _norm(text) in active().outlets:
            return "media"
        if label == "PERSON":
            return "person"
        if label in ("ORG", "NORP", "GPE"):
            return "org"
        return "other"

    def _mentions_in(self, start: int, end: int) -> list[_Ment]:
        """Mentions that begin inside [start, end) (a name the parse cut in two still counts)."""
        k = bisect.bisect_left(self._ment_starts, start)
        out = []
        while k < len(self._ments) and self._ments[k].start < end:
            out.append(self._ments[k])
            k += 1
        return out

    def _mention_at(self, tok: Token) -> _Ment | None:
        k = bisect.bisect_right(self._ment_starts, tok.idx) - 1
        while k >= 0 and self._ments[k].end > tok.idx - 200:
            m = self._ments[k]
            if m.start <= tok.idx < m.end:
                return m
            k -= 1
        return None

    def _last_mention_before(self, offset: int, kind: str,
                             types: frozenset[str] | None = None) -> _Ment | None:
        k = bisect.bisect_left(self._ment_starts, offset) - 1
        while k >= 0:
            m = self._ments[k]
            if m.kind == kind and (types is None or self._kb_type(m) in types):
                return m
            k -= 1
        return None

    def _kb_type(self, m: _Ment | None) -> str | None:
        if m is None:
            return None
        a = self.kb.get(m.kb_id) if (self.kb is not None and m.kb_id) else None
        if a is not None:
            return str(a.type)
        return "state" if m.label in ("GPE", "NORP") else None  # unknown ORG: any body

    def _ref(self, m: _Ment) -> ActorRef:
        if self.kb is not None and m.kb_id:
            return self.kb.ref(m.kb_id, m.text, m.start, m.end)  # type: ignore[no-any-return]
        return ActorRef(name=None, kb_id=None, text=m.text, start=m.start, end=m.end)

    def _quote_of(self, offset: int) -> int | None:
        k = bisect.bisect_right(self._quote_starts, offset) - 1
        if k >= 0 and self._quotes[k][0] <= offset < self._quotes[k][1]:
            return k
        return None

    def _index_token(self, tok: Token) -> None:
        in_quote = self._quote_of(tok.idx) is not None
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            obj = next((g for c in tok.children if c.lower_ == "to"
                        for g in c.children if g.dep_ == "pobj"), None)
            if obj is None:
                return
            src = self._classify(obj, "according to", in_quote=in_quote)
            self._record(tok, src, "according to", in_quote, speech=True)
            return
        lemma = tok.lemma_.lower()
        if _is_speech(tok):
            subj = _subject(tok)
            src = self._classify(subj, tok.lower_, in_quote=in_quote) if subj is not None else None
            if src is None:
                return
            self._record(tok, src, tok.lower_, in_quote, speech=True)
        elif lemma in active().reporting_events and tok.pos_ in ("VERB", "AUX"):
            subj = _subject(tok)
            if subj is None:
                return
            src = self._classify(subj, tok.lower_, in_quote=in_quote)
            if src is not None:
                self._record(tok, src, tok.lower_, in_quote, speech=False)

    def _record(self, tok: Token, src: _Source, verb: str, in_quote: bool, *, speech: bool) -> None:
        hedges = src.hedges
        if verb in ("claimed", "claims", "claim", "alleged", "alleges") or verb == "according to":
            hedges = (*hedges, verb)
        att = Attribution(kind=src.kind, speaker=src.speaker, verb=verb, hedges=hedges,
                          text=src.text)
        (self._speech if speech else self._reporting_event)[tok.i] = att
        if in_quote:
            return  # speech reported inside a quote does not change who is speaking
        self._order.append((tok.idx, att))
        self._last_any = src
        if src.person:
            self._last_person = src
        elif src.kind in (AttributionKind.GROUP_STATEMENT, AttributionKind.MEDIA_REPORT):
            self._groups.append(src)

    def _classify(self, head: Token, verb: str, *, in_quote: bool) -> _Source | None:
        """Who the noun phrase headed by ``head`` is, as a source."""
        low, lem = head.lower_, head.lemma_.lower()
        full = head.doc[head.left_edge.i: head.right_edge.i + 1]
        full_low = full.text.lower()
        core = _core_span(head)
        core_text = core.text
        hedges = tuple(c for c in ANON_CUES if c in full_low)
        if head.pos_ == "PRON" or low in PRONOUNS_PERSON | PRONOUNS_GROUP:
            if low in ("they", "we", "them", "us") and self._last_any is not None \
                    and not self._last_any.person:
                return self._last_any  # "analysts warn ... they argue"
            return self._coref(head, person=low in PRONOUNS_PERSON)
        ments = self._mentions_in(full.start_char, full.end_char)
        own = self._mention_at(head)
        persons = [m for m in ments if m.kind == "person"]
        orgs = [m for m in ments if m.kind in ("org", "media")]
        # media first: "Reuters", "state media", "local media reports", "the report"
        if (own is not None and own.kind == "media") or _norm(core_text) in active().outlets:
            sp = self._ref(own) if own is not None else _plain(core)
            return _Source(kind=AttributionKind.MEDIA_REPORT.value, speaker=sp, text=core_text)
        if lem in MEDIA_NOUNS or low in MEDIA_NOUNS:
            media = [m for m in ments if m.kind == "media"]
            sp = self._ref(media[0]) if media else None
            return _Source(kind=AttributionKind.MEDIA_REPORT.value, speaker=sp, text=core_text)
        if (own is not None and own.kind == "person") or head.ent_type_ == "PERSON":
            sp = self._ref(own) if own is not None else _plain(core)
            return _Source(kind=AttributionKind.NAMED.value, speaker=sp, text=core_text,
                           person=True)
        if lem in STATEMENT_NOUNS:
            if orgs:
                return _Source(kind=AttributionKind.GROUP_STATEMENT.value,
                               speaker=self._ref(orgs[0]), text=orgs[0].text)
            return self._coref(head, person=False, default=AttributionKind.GROUP_STATEMENT)
        definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "his", "her")
                       for c in head.children) and head.tag_ in ("NN", "NNP")
        if lem in SPOKES_TITLES or low in SPOKES_TITLES:
            if persons:
                return _Source(kind=AttributionKind.NAMED.value, speaker=self._ref(persons[0]),
                               text=core_text, person=True)
            if orgs:
                return _Source(kind=AttributionKind.NAMED.value, speaker=self._ref(orgs[-1]),
                               text=core_text, person=True)
            body = _body_noun(head)  # "a spokesman for the group"
            if body is not None:
                src = self._coref(body, person=False, noun=body.lemma_.lower())
                if src.speaker is not None:
                    return _Source(kind=AttributionKind.NAMED.value, speaker=src.speaker,
                                   text=core_text, person=True)
            if definite:
                return self._coref(head, person=True)
            return _Source(kind=AttributionKind.ANONYMOUS.value, speaker=None, text=core_text,
                           hedges=hedges, person=True)
        if lem in ANON_NOUNS or low in ANON_NOUNS:
            if persons:
                return _Source(kind=AttributionKind.NAMED.value, speaker=self._ref(persons[0]),
                               text=core_text, person=True)
            if definite and not hedges:
                return self._coref(head, person=True, default=AttributionKind.ANONYMOUS)
            return _Source(kind=AttributionKind.ANONYMOUS.value, speaker=None, text=core_text,
                           hedges=hedges, person=head.tag_ == "NN")
        if own is not None and own.kind == "org":
            if lem in ("report", "publish", "broadcast") or verb in ("reported", "reports"):
                if own.kb_id is None:  # an unknown organisation that reports: an outlet
                    return _Source(kind=AttributionKind.MEDIA_REPORT.value,
                                   speaker=self._ref(own), text=core_text)
            return _Source(kind=AttributionKind.GROUP_STATEMENT.value, speaker=self._ref(own),
                           text=_union_text(core, own), kb_type=self._kb_type(own))
        if lem in active().group_nouns or low in active().group_nouns or head.ent_type_ in ("ORG", "GPE", "NORP"):
            if orgs:
                return _Source(kind=AttributionKind.GROUP_STATEMENT.value,
                               speaker=self._ref(orgs[-1]), text=core_text,
                               kb_type=self._kb_type(orgs[-1]))
            if definite and head.pos_ != "PROPN":
                src = self._coref(head, person=False, default=AttributionKind.GROUP_STATEMENT,
                                  noun=lem)
                if src.speaker is not None:
                    return replace(src, text=core_text)
            return _Source(kind=AttributionKind.GROUP_STATEMENT.value, speaker=_plain(core),
                           text=core_text)
        if head.pos_ == "PROPN":
            return _Source(kind=AttributionKind.NAMED.value, speaker=_plain(core), text=core_text,
                           person=True)
        if head.pos_ in ("NOUN", "PROPN"):
            return _Source(kind=AttributionKind.ANONYMOUS.value, speaker=None, text=core_text,
                           hedges=hedges)
        return None

    def _coref(self, head: Token, *, person: bool,
               default: AttributionKind = AttributionKind.ANONYMOUS,
               noun: str | None = None) -> _Source:
        """"he said", "the spokesman added", "it said": the last compatible speaker before."""
        if person and head.lower_ in PRONOUNS_PERSON:
            role = role_subject(head)
            named = self._last_mention_before(head.idx, "person")
            if role is not None and (named is None or named.start < role.idx
                                     or not _subject_at(head.doc, named.start, named.end)):
                # "The leader of X issued a statement ... He warned": the leader, not a
                # person named in between as an object
                src = self._classify(role, "", in_quote=False)
                if src is not None and src.speaker is not None:
                    return src
                if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                           for c in role.children):  # "A spokesman for the group ... He"
                    return _Source(kind=default.value, speaker=None, text=role.text,
                                   person=True)
        if person:
            if self._last_person is not None:
                return self._last_person
            m = self._last_mention_before(head.idx, "person")
            if m is not None:
                return _Source(kind=AttributionKind.NAMED.value, speaker=self._ref(m),
                               text=m.text, person=True)
        else:
            want = active().group_nouns.get(noun or "") or None
            for src in reversed(self._groups):
                if want is None or src.kb_type is None or src.kb_type in want:
                    return src
            m = self._last_mention_before(head.idx, "org", want)
            if m is not None:
                kind = AttributionKind.GROUP_STATEMENT
                return _Source(kind=kind.value, speaker=self._ref(m), text=m.text)
        return _Source(kind=default.value, speaker=None, text=head.text)

    def _attribute_quote(self, k: int) -> Attribution:
        qs, qe = self._quotes[k]
        quote = self._text[qs:qe].strip()
        doc = self.doc
        span = doc.char_span(qs, qe, alignment_mode="expand")
        best: tuple[int, Attribution] | None = None
        if span is not None:
            sents = {s.start: s for s in (sent_of(t) for t in span)}
            for sent in sents.values():
                for t in sent:
                    if t.i not in self._speech or self._quote_of(t.idx) is not None:
                        continue
                    sub = t.doc[t.left_edge.i: t.right_edge.i + 1]
                    covers = sub.start_char <= qs and qe <= sub.end_char
                    dist = 0 if covers else min(abs(t.idx - qs), abs(t.idx - qe))
                    if best is None or dist < best[0]:
                        best = (dist, self._speech[t.i])
        if best is None and span is not None and sent_of(doc[span.start]).start_char >= qs - 1:
            # a quoted sentence or paragraph of its own ("He said:" before it, or the quote
            # goes on from the last speaker); a scare quote inside a sentence stays the author's
            prev = bisect.bisect_left(self._order_starts, qs) - 1
            if prev >= 0:
                best = (0, self._order[prev][1])
        if best is None:
            return Attribution(kind=AttributionKind.AUTHOR.value, quote=quote)
        return replace(best[1], quote=quote)


# --- helpers -----------------------------------------------------------------------------
def _norm(text: str) -> str:
    from brinkwatch.kb.model import norm_key

    return norm_key(text)


def _plain(span: Any) -> ActorRef:
    return ActorRef(name=None, kb_id=None, text=span.text, start=span.start_char,
                    end=span.end_char)


def _core_span(head: Token) -> Any:
    """The noun phrase without appositions, relative clauses and participles."""
    drop = {"appos", "acl", "relcl", "advcl", "punct", "cc", "conj", "parataxis"}
    keep = [head]
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in drop:
                continue
            keep.append(c)
            stack.append(c)
    lo = min(t.i for t in keep)
    hi = max(t.i for t in keep)
    doc = head.doc
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > head.i and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return doc[lo: hi + 1]


def _union_text(core: Any, m: _Ment) -> str:
    """The phrase covering both the noun phrase and the mention at its head."""
    doc = core.doc
    lo, hi = min(core.start_char, m.start), max(core.end_char, m.end)
    return doc_text(doc)[lo:hi]


def _body_noun(head: Token) -> Token | None:
    """"spokesman for the group" -> "group" (a generic body named by a common noun)."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and active().group_nouns.get(obj.lemma_.lower()):
                    return obj
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a speech verb (its head's for a coordinated "and added"); the agent of a
    passive ("was reported by state media")."""
    cur = verb
    for _ in range(3):
        for c in cur.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not (
                c.dep_ == "nsubjpass" and c.lower_ == "it"
            ):
                if c.dep_ == "nsubjpass":
                    break
                return c
        for c in cur.children:
            if c.dep_ == "agent":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        if cur.head is not cur and (cur.dep_ == "conj" or (
                cur.dep_ in ("advcl", "xcomp") and cur.tag_ == "VBG")):
            # "... and added that", "..., warning that": the subject of the main verb
            cur = cur.head
            continue
        return None
    return None


_CLAUSE_MARKS = frozenset({"after", "before", "since", "when", "while", "because", "until",
                           "although", "though", "if", "unless", "once", "whereas"})


def _temporal(verb: Token) -> bool:
    """"two days after Washington said ...": a speech verb in an adverbial clause with a
    subordinator other than "as" dates or explains the event; it does not report it."""
    return any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in verb.children)


def _is_speech(tok: Token) -> bool:
    """A neutral reporting verb used to report ("said", "told reporters that", "according to")."""
    if tok.lower_ == "according":
        return any(c.lower_ == "to" for c in tok.children) or (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
        )
    if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB"):
        return False
    lemma = tok.lemma_.lower()
    if lemma not in active().speech_verbs:
        return False
    deps = {c.dep_ for c in tok.children}
    if "xcomp" in deps and lemma == "tell":
        return False  # "told Iraq to disarm": a demand
    if lemma in active().always_speech:
        return True
    if deps & {"ccomp", "parataxis"} or tok.dep_ in ("parataxis",):
        return True
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if objects:
        return all(o.lemma_.lower() in STATEMENT_NOUNS | {"it", "this", "that"} for o in objects)
    return "xcomp" not in deps
