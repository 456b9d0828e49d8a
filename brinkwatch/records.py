"""Typed, frozen records passed between the stages of brinkwatch.

Every record is a frozen, slotted, keyword-only dataclass. Nothing here imports
anything else from the package: this module is the shared vocabulary.

Character offsets (``start``/``end``) are always offsets into ``Article.text``
(Python string indices, end exclusive), so ``article.text[start:end]`` is the
evidence a record points at.

Ids are deterministic content hashes (:func:`hash_id`): the same input yields
the same ids on every run, so the store can upsert without duplicates.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


def hash_id(*parts: object, length: int = 16) -> str:
    """A deterministic hex id made from ``parts`` (None and nested tuples allowed)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(repr(part).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def text_id(text: str) -> str:
    """The id of an article: a hash of its (normalised) text alone."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


class ArticleStatus(StrEnum):
    """What happened to a document on its way in. Only ``ok`` articles are processed."""

    OK = "ok"
    EMPTY = "empty"
    NOT_TEXT = "not-text"
    TOO_LARGE = "too-large"
    NOT_ENGLISH = "not-english"
    FAILED = "failed"
    DUPLICATE = "duplicate"  # the same story as an article already stored (not coded twice)


class Modality(StrEnum):
    ASSERTED = "asserted"
    FUTURE = "future"
    HYPOTHETICAL = "hypothetical"
    ALLEGED = "alleged"
    DENIED = "denied"
    NEGATED = "negated"


class AttributionKind(StrEnum):
    NAMED = "named"
    ANONYMOUS = "anonymous"
    GROUP_STATEMENT = "group_statement"
    MEDIA_REPORT = "media_report"
    AUTHOR = "author"


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One document as read by a source, good or bad.

    ``published`` is an ISO date or datetime string when the document states one,
    else None (never "today"). Bad documents keep ``text`` empty (or what could be
    read) and say why in ``status`` and ``reason``.
    """

    id: str
    origin: str  # file path (with ``#line`` for JSONL rows) or URL
    text: str
    status: ArticleStatus = ArticleStatus.OK
    reason: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    format: str | None = None  # txt | md | html | jsonl | url
    size: int = 0  # bytes read
    duplicate_of: str | None = None  # id of the stored original when status is duplicate


@dataclass(frozen=True, slots=True, kw_only=True)
class Dateline:
    """The dateline of a story ("BAGHDAD, March 3 (Reuters) -"): metadata, never coded as text.

    ``place`` and ``region`` as written, ``date_text`` the date words (resolve them with
    ``extract.time.dateline_date``), ``outlet`` the wire or outlet in parentheses; ``start`` and
    ``end`` are character offsets into ``Article.text`` (``end`` after the dash).
    """

    place: str
    region: str | None = None
    date_text: str | None = None
    outlet: str | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A span of text naming an actor, linked to the knowledge base or explicitly unknown.

    ``kb_id``/``name`` are None for an unknown mention; ``label`` then keeps the
    statistical NER label (PERSON, ORG, GPE, NORP...) of the span.
    ``method`` says how the link was made: alias, acronym, demonym, title, office,
    coref, context, fuzzy, unknown.
    """

    id: str
    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    label: str
    kb_id: str | None
    name: str | None
    method: str
    confidence: float
    extractor: str
    # id of the mention this one refers back to (surname, "the group", a defined acronym),
    # also for unknown actors, so their mentions can be grouped; None otherwise
    refers_to: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorRef:
    """An actor as it appears in an event: canonical name (or None), kb id, the text as written."""

    name: str | None
    kb_id: str | None
    text: str
    ancestors: tuple[str, ...] = ()  # canonical names up the KB: organisation -> state
    sector: str | None = None  # PLOVER sector code (GOV, MIL, REB, ...)
    country: str | None = None  # ISO-3 / PLOVER country code
    start: int | None = None  # offsets of ``text`` in the article, when it is in the text
    end: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DateRef:
    value: str | None = None  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or None
    precision: str | None = None  # day | month | year | range | None
    text: str | None = None  # the words that gave the date
    end: str | None = None  # last day of a range, when precision is range


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    name: str
    kb_id: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """Who says an event happened. ``kind`` is an :class:`AttributionKind` value."""

    kind: str = AttributionKind.AUTHOR
    speaker: ActorRef | None = None
    verb: str | None = None
    quote: str | None = None
    hedges: tuple[str, ...] = ()
    text: str | None = None  # the source phrase ("a senior U.S. official", "Reuters")


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    sentence_index: int
    start: int  # sentence start offset in the article
    end: int  # sentence end offset in the article
    sentence: str
    trigger: str | None = None  # the word(s) that expressed the event
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Casualty:
    """A casualty or damage claim attached to an event, as the text states it.

    ``kind``: killed | wounded | damage. ``count`` is the words of the figure ("at least 3",
    "dozens", "two"); ``low`` the smallest number it allows when it states one (3 for "at least
    3"), else None. ``source`` names who makes the claim (the attribution's speaker, or None
    for the article's own voice).
    """

    kind: str
    count: str | None = None
    low: int | None = None
    who: str | None = None  # the victims as written ("security guards"), when stated
    source: str | None = None
    sentence_index: int = 0
    start: int = 0  # offsets of the sentence in the article
    end: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Completion:
    """Why an argument of an event was filled (or left unknown) by story-level assembly.

    ``role``: actor | target | date. ``value`` the filled value as text, ``reason`` a short
    code (anaphora, claim, framing, owner, member, unknown-agent, coreference, story-date,
    reported, ...), ``evidence`` the words that justify it.
    """

    role: str
    value: str | None
    reason: str
    evidence: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One coded event. ``evidence`` holds every span that tells it within the article."""

    id: str
    article_id: str
    type: str  # PLOVER type: ASSAULT, THREATEN, ...
    mode: str | None
    quad: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    intensity: float
    cameo: str | None
    modality: str
    actors: tuple[ActorRef, ...]
    targets: tuple[ActorRef, ...]
    date: DateRef
    location: Place | None
    attribution: Attribution
    evidence: tuple[Evidence, ...]
    extractor: str
    confidence: float = 0.5
    # story-level assembly (assemble.story.v1); defaults keep sentence-level events as they were
    casualties: tuple[Casualty, ...] = ()
    reasons: tuple[Completion, ...] = ()
    incomplete: bool = False  # a mention without a resolved actor (or target): not an event
    background: bool = False  # told as background (well before publication, "since ...")
    assembler: str | None = None  # versioned name of the story-level stage that shaped it

    @property
    def reportable(self) -> bool:
        """Whether this is an event proper: neither an incomplete mention nor background."""
        return not self.incomplete and not self.background


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleResult:
    """All records produced from one article: the unit the pipeline returns and the store writes."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    extractors: tuple[str, ...] = field(default_factory=tuple)
    error: str | None = None  # processing failure (article recorded as failed)


def event_id(article_id: str, type_: str, actor_ids: tuple[str, ...], target_ids: tuple[str, ...],
             sentence_start: int, trigger_start: int | None) -> str:
    """Deterministic event id: article, type, who, to whom, where in the text."""
    return hash_id("event", article_id, type_, actor_ids, target_ids, sentence_start, trigger_start)
