"""Process articles: language pipeline -> extractors -> one ArticleResult per article.

``process`` is the only function a worker runs: pure (no I/O, no database), so a Dask or
multiprocessing run can map it over partitions and hand results to the single writer.
``run_batch`` streams any number of articles through spaCy in batches (constant memory) and
yields results in input order; articles whose status is not ``ok`` pass straight through.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING, Any

from brinkwatch.assemble import run_assemble
from brinkwatch.extract import ExtractOptions, run_events, run_mentions
from brinkwatch.extract.rules import Rules, load_rules, use_rules
from brinkwatch.extract.rules import active as active_rules
from brinkwatch.nlp import MODEL_NAME, ParsedArticle, build_pipeline, parse, parse_many
from brinkwatch.nlp.pipeline import sentences_of
from brinkwatch.records import Article, ArticleResult, ArticleStatus, hash_id

if TYPE_CHECKING:
    from spacy.language import Language

    from brinkwatch.config import Settings
    from brinkwatch.kb.model import TheatreKB


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """What processing needs, built once: the knowledge base, the language pipeline, options."""

    kb: TheatreKB
    nlp: Language
    options: ExtractOptions
    rules: Rules | None = None  # rule data the extractors use (None: whatever is active)
    theatre_paths: tuple[str, ...] = ()  # what built ``kb``: a spawned worker rebuilds from it
    rules_paths: tuple[str, ...] = ()  # user rule files behind ``rules``, likewise

    @property
    def extractors(self) -> tuple[str, ...]:
        """Versioned names of everything that shaped the records (stored with each article)."""
        import spacy

        user_rules = (f"rules:{self.rules.digest}",) if self.rules and self.rules.files else ()
        return (
            self.options.mentions,
            self.options.events,
            *((self.options.assemble,) if self.options.assemble else ()),
            f"kb:{self.kb.name}@{self.kb.version}",
            f"nlp:{MODEL_NAME}@spacy-{spacy.__version__}",
            *user_rules,
            *_options_tag(self.options),
        )


def _options_tag(options: ExtractOptions) -> tuple[str, ...]:
    """``options:<hash>`` when an extractor option other than the names differs from its
    default, so a store re-codes its articles when the options that shaped them change (and a
    store coded with the defaults is left as it is)."""
    tuned = {f.name: getattr(options, f.name) for f in fields(options)
             if f.name not in ("mentions", "events", "assemble")
             and getattr(options, f.name) != f.default}
    return (f"options:{hash_id(sorted(tuned.items()), length=12)}",) if tuned else ()


def context_for(settings: Settings) -> Context:
    """The context the settings in effect describe: theatre and rule files, extractor options."""
    return build_context(theatre_paths=settings.theatre_paths, rules_paths=settings.rules_paths,
                         options=settings.extract_options())


def build_context(*, theatre_paths: Sequence[str] = (), rules_paths: Sequence[str] = (),
                  options: ExtractOptions | None = None) -> Context:
    """Load the theatre knowledge base and the rule data (built-in + user files, validated)
    and the language pipeline; install the rules for this process's extractors."""
    from brinkwatch.kb.loader import load_theatre

    rules = use_rules(load_rules(rules_paths))
    kb = load_theatre(theatre_paths)
    return Context(kb=kb, nlp=build_pipeline(kb), options=options or ExtractOptions(),
                   rules=rules, theatre_paths=tuple(theatre_paths),
                   rules_paths=tuple(rules_paths))


#: A document longer than this is coded part by part (parts of whole sentences, at most this
#: long): the extractors look across a whole article, which costs time that grows faster than
#: its length; parts keep a book-length document in linear time. News articles are far shorter.
EXTRACT_PART_CHARS = 12_000

_OFFSET_FIELDS = frozenset({"start", "end", "trigger_start", "trigger_end"})
_INDEX_FIELDS = frozenset({"sentence_index", "index"})


def _shift(record: Any, *, chars: int, sentences: int, article_id: str) -> Any:
    """A copy of ``record`` (any nested record) with character offsets moved by ``chars``,
    sentence indexes by ``sentences``, and ``article_id`` set: part -> whole article."""
    if isinstance(record, tuple):
        return tuple(_shift(r, chars=chars, sentences=sentences, article_id=article_id)
                     for r in record)
    if not is_dataclass(record) or isinstance(record, type):
        return record
    changes: dict[str, Any] = {}
    for f in fields(record):
        value = getattr(record, f.name)
        if f.name in _OFFSET_FIELDS and isinstance(value, int) and not isinstance(value, bool):
            changes[f.name] = value + chars
        elif f.name in _INDEX_FIELDS and isinstance(value, int) and not isinstance(value, bool):
            changes[f.name] = value + sentences
        elif f.name == "article_id":
            changes[f.name] = article_id
        elif isinstance(value, tuple) or is_dataclass(value):
            changes[f.name] = _shift(value, chars=chars, sentences=sentences,
                                     article_id=article_id)
    return replace(record, **changes)


def _parts(parsed: ParsedArticle, limit: int) -> Iterator[tuple[int, int]]:
    """Token ranges of consecutive whole sentences, each at most ``limit`` characters (a single
    longer sentence is a part of its own)."""
    doc = parsed.doc
    start = 0
    start_char = 0
    for sent in doc.sents:
        end_char = sent.end_char
        if sent.start > start and end_char - start_char > limit:
            yield start, sent.start
            start, start_char = sent.start, doc[sent.start].idx
    if start < len(doc):
        yield start, len(doc)


def _process_in_parts(parsed: ParsedArticle, ctx: Context, limit: int) -> ArticleResult:
    article = parsed.article
    doc = parsed.doc
    sentences: list[Any] = []
    mentions: list[Any] = []
    events: list[Any] = []
    for s, e in _parts(parsed, limit):
        char_s = doc[s].idx
        char_e = doc[e - 1].idx + len(doc[e - 1].text_with_ws)
        part_doc = doc[s:e].as_doc()
        part = replace(article, id=hash_id(article.id, "part", char_s),
                       text=article.text[char_s:char_e])
        result = process_parsed(ParsedArticle(article=part, doc=part_doc,
                                              sentences=sentences_of(part, part_doc),
                                              recased=parsed.recased if char_s == 0 else None),
                                ctx, part_chars=None)
        if result.error:
            return ArticleResult(article=_failed(article, result.error.removeprefix("failed: ")),
                                 extractors=ctx.extractors, error=result.error)
        moved = _shift((result.sentences, result.mentions, result.events), chars=char_s,
                       sentences=len(sentences), article_id=article.id)
        sentences += moved[0]
        mentions += moved[1]
        events += moved[2]
    return ArticleResult(article=article, sentences=tuple(sentences), mentions=tuple(mentions),
                         events=tuple(events), extractors=ctx.extractors)


def process_parsed(parsed: ParsedArticle, ctx: Context, *,
                   part_chars: int | None = EXTRACT_PART_CHARS) -> ArticleResult:
    """Run the extractors on a parsed article. An extractor failure is recorded, not raised.
    An article longer than ``part_chars`` is coded in parts (offsets stay offsets into the
    whole text)."""
    article = parsed.article
    if part_chars is not None and len(article.text) > part_chars:
        return _process_in_parts(parsed, ctx, part_chars)
    if ctx.rules is not None and active_rules() is not ctx.rules:
        use_rules(ctx.rules)  # a worker process: code with the rules of the context
    try:
        mentions = run_mentions(parsed, kb=ctx.kb, options=ctx.options)
        events = run_events(parsed, kb=ctx.kb, mentions=mentions, options=ctx.options)
        events = run_assemble(parsed, events, kb=ctx.kb, mentions=mentions, options=ctx.options)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
        failed = _failed(article, f"an extractor raised {type(exc).__name__}: {exc}; "
                                  "the article is kept, please report this as a bug")
        return ArticleResult(article=failed, extractors=ctx.extractors,
                             error=failed.reason)
    return ArticleResult(article=article, sentences=parsed.sentences, mentions=tuple(mentions),
                         events=tuple(events), extractors=ctx.extractors)


def process(article: Article, ctx: Context) -> ArticleResult:
    """All records of one article. Articles with a bad status come back with no records."""
    if article.status is not ArticleStatus.OK:
        return ArticleResult(article=article, extractors=ctx.extractors)
    return process_parsed(parse(ctx.nlp, article), ctx)


def run_batch(articles: Iterable[Article], ctx: Context, *, batch_size: int = 16,
              n_process: int = 1) -> Iterator[ArticleResult]:
    """Stream articles through the pipeline, ``batch_size`` at a time, in input order.

    ``n_process`` > 1 runs the whole of :func:`process` (parse and extract) in that many worker
    processes (:mod:`brinkwatch.scale.local`); the caller's process only feeds and collects."""
    if n_process > 1:
        from brinkwatch.scale.local import map_processes

        yield from map_processes(articles, ctx, workers=n_process, batch_size=batch_size)
        return
    it = iter(articles)
    while chunk := list(islice(it, batch_size)):
        good = [a for a in chunk if a.status is ArticleStatus.OK]
        # nlp.pipe keeps input order, also with several processes
        parsed = iter(parse_many(ctx.nlp, good, batch_size=batch_size))
        for article in chunk:
            if article.status is ArticleStatus.OK:
                yield process_parsed(next(parsed), ctx)
            else:
                yield ArticleResult(article=article, extractors=ctx.extractors)


def _failed(article: Article, reason: str) -> Article:
    return replace(article, status=ArticleStatus.FAILED, reason=f"failed: {reason}")
