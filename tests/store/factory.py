"""Hand-built ArticleResult records for the store tests (no spaCy). Also imported by the
subprocess writers of the crash-safety and concurrency tests, so it only needs brinkwatch."""

from __future__ import annotations

from brinkwatch.records import (
    ActorRef,
    Article,
    ArticleResult,
    ArticleStatus,
    Attribution,
    DateRef,
    Event,
    Evidence,
    Mention,
    Place,
    Sentence,
    event_id,
    hash_id,
    text_id,
)

EXTRACTORS = ("actors.kb.v1", "events.rules.v1")

# (sentence template, trigger, event type, quad, actor (kb_id, name, text), target, date)
_LINES = (
    ("Kata’ib Hezbollah fighters fired rockets at the Ain al-Asad base on {day} October 2025.",
     "fired", "ASSAULT", 4, ("kataib_hezbollah", "Kata'ib Hezbollah", "Kata’ib Hezbollah fighters"),
     ("usa", "United States", "the Ain al-Asad base"), "2025-10-{day:02d}"),
    ("The United States threatened new sanctions against Iran, an official said.",
     "threatened", "THREATEN", 3, ("usa", "United States", "The United States"),
     ("irn", "Iran", "Iran"), None),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani met envoys in Baghdad in November 2025.",
     "met", "CONSULT", 1, ("irq_pm", "Mohammed Shia al-Sudani", "Iraqi Prime Minister Mohammed Shia al-Sudani"),
     (None, None, "envoys"), "2025-11"),
)


def make_text(n: int) -> tuple[str, list[tuple[int, int]]]:
    lines = [f"Report {n}: militias and Washington — تصعيد (escalation)."]
    for i, (tpl, *_rest) in enumerate(_LINES):
        lines.append(tpl.format(day=(n + i) % 27 + 1))
    text = "\n".join(lines)
    spans, pos = [], 0
    for line in lines:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return text, spans


def _ref(t: tuple[str | None, str | None, str], text: str, base: int) -> ActorRef:
    kb_id, name, surface = t
    start = text.find(surface, base)
    return ActorRef(name=name, kb_id=kb_id, text=surface,
                    ancestors=("Iraq",) if kb_id in ("kataib_hezbollah", "irq_pm") else (),
                    sector="MIL" if kb_id == "kataib_hezbollah" else ("GOV" if kb_id else None),
                    start=start, end=start + len(surface))


def make_result(n: int = 0, *, extractors: tuple[str, ...] = EXTRACTORS,
                n_events: int = 3, origin: str | None = None) -> ArticleResult:
    text, spans = make_text(n)
    aid = text_id(text)
    sentences = tuple(Sentence(article_id=aid, index=i, start=s, end=e, text=text[s:e])
                      for i, (s, e) in enumerate(spans))
    mentions: list[Mention] = []
    events: list[Event] = []
    for i, (_tpl, trigger, etype, quad, act, tgt, date) in enumerate(_LINES[:n_events]):
        sent = sentences[i + 1]
        actor = _ref(act, text, sent.start)
        target = _ref(tgt, text, sent.start)
        for ref in (actor, target):
            mentions.append(Mention(
                id=hash_id("m", aid, ref.start), article_id=aid, sentence_index=sent.index,
                start=ref.start or 0, end=ref.end or 0, text=ref.text,
                label="ORG" if ref.kb_id else "NORP", kb_id=ref.kb_id, name=ref.name,
                method="alias" if ref.kb_id else "unknown", confidence=0.9,
                extractor=extractors[0]))
        tstart = text.find(trigger, sent.start)
        speaker = ActorRef(name=None, kb_id=None, text="an official") if "official" in sent.text else None
        date_ref = (DateRef(value=date.format(day=(n + i) % 27 + 1), precision="day" if date.count("-") == 2 else "month",
                            text="October 2025" if "-10-" in date else "November 2025")
                    if date else DateRef())
        events.append(Event(
            id=event_id(aid, etype, (actor.kb_id or actor.text,), (target.kb_id or target.text,),
                        sent.start, tstart),
            article_id=aid, type=etype, mode=None, quad=quad,
            intensity=-9.0 if quad == 4 else 1.0, cameo=None,
            modality="asserted" if speaker is None else "alleged",
            actors=(actor,), targets=(target,), date=date_ref,
            location=Place(name="Baghdad", country="IRQ", lat=33.31, lon=44.36) if etype == "CONSULT" else None,
            attribution=Attribution(kind="anonymous", speaker=speaker, verb="said", hedges=("said",))
            if speaker else Attribution(),
            evidence=(Evidence(sentence_index=sent.index, start=sent.start, end=sent.end,
                               sentence=sent.text, trigger=trigger, trigger_start=tstart,
                               trigger_end=tstart + len(trigger)),),
            extractor=extractors[-1], confidence=0.7))
    article = Article(id=aid, origin=origin or f"corpus/report-{n:04d}.txt", text=text,
                      title=f"Report {n}", outlet="Test Wire", published="2025-10-20",
                      language="en", format="txt", size=len(text.encode()))
    return ArticleResult(article=article, sentences=sentences, mentions=tuple(mentions),
                         events=tuple(events), extractors=extractors)


def make_bad(n: int = 0, status: ArticleStatus = ArticleStatus.NOT_ENGLISH) -> ArticleResult:
    art = Article(id=hash_id("bad", n), origin=f"corpus/bad-{n}.html", text="",
                  status=status, reason=f"{status}: detected", format="html", size=10)
    return ArticleResult(article=art, extractors=EXTRACTORS)


def executed_plans(store, call) -> str:
    """The SQLite query plans of the statements ``call(conn)`` runs on the store."""
    seen: list[str] = []
    with store.snapshot() as conn:
        dbapi = conn.connection.dbapi_connection
        dbapi.set_trace_callback(seen.append)
        try:
            call(conn)
        finally:
            dbapi.set_trace_callback(None)
        sql = [s for s in seen if "FROM stories" in s]
        assert sql, seen
        return " | ".join(str(r[-1]) for s in sql
                          for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + s))
