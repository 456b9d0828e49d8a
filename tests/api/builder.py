"""A small store for the API and browser tests, written through the real single writer with
hand-made records (no spaCy), with real KB ids so actor filters can follow aliases and the
KB hierarchy. Registered as ``brinkwatch_tests_api_builder`` by tests/conftest.py.

The texts are our own invented sentences (nothing from ../shared).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from brinkwatch.records import (
    ActorRef,
    Article,
    ArticleResult,
    ArticleStatus,
    Attribution,
    DateRef,
    Event,
    Evidence,
    Place,
    Sentence,
    event_id,
    hash_id,
    text_id,
)
from brinkwatch.store import open_store

EXTRACTORS = ("actors.kb.v1", "events.rules.v1")
NAMES = {
    "org_kataib_hezbollah": "Kata'ib Hezbollah",
    "state_usa": "United States",
    "org_irgc": "Islamic Revolutionary Guard Corps",
    "state_irn": "Iran",
    "p_sudani": "Mohammed Shia al-Sudani",
    "org_us_treasury": "U.S. Department of the Treasury",
    "state_irq": "Iraq",
}
BAGHDAD = Place(name="Baghdad", kb_id="pl_baghdad", country="IRQ", lat=33.31, lon=44.36)
ERBIL = Place(name="Erbil", kb_id="pl_erbil", country="IRQ", lat=36.19, lon=44.01)
BASRA = Place(name="Basra", kb_id="pl_basra", country="IRQ", lat=30.51, lon=47.78)

XSS_TITLE = "Alert <script>window.__xss = 'title'</script> report"
XSS_LINE = ("Witnesses said Kata'ib Hezbollah fired drones at the base <img src=x "
            "onerror=\"window.__xss='img'\"> near <script>window.__xss='text'</script> Basra.")


@dataclass(frozen=True)
class Spec:
    line: str
    trigger: str
    type: str
    quad: int
    intensity: float
    actor: str
    target: str
    day: str | None
    modality: str = "asserted"
    place: Place | None = None


def _ref(kb_id: str, text: str, start: int) -> ActorRef:
    return ActorRef(name=NAMES[kb_id], kb_id=kb_id, text=text, start=start, end=start + len(text))


def make_article(specs: list[Spec], *, title: str, outlet: str, published: str,
                 origin: str) -> ArticleResult:
    text = "\n".join(s.line for s in specs)
    aid = text_id(text)
    sentences, events, pos = [], [], 0
    for i, s in enumerate(specs):
        sentences.append(Sentence(article_id=aid, index=i, start=pos, end=pos + len(s.line),
                                  text=s.line))
        t0 = pos + s.line.index(s.trigger)
        actor_text = NAMES[s.actor] if NAMES[s.actor] in s.line else s.line.split()[0]
        target_text = NAMES[s.target] if NAMES[s.target] in s.line else s.line.split()[-1]
        a0 = pos + max(0, s.line.find(actor_text))
        g0 = pos + max(0, s.line.find(target_text))
        events.append(Event(
            id=event_id(aid, s.type, (s.actor,), (s.target,), pos, t0), article_id=aid,
            type=s.type, mode=None, quad=s.quad, intensity=s.intensity, cameo=None,
            modality=s.modality, actors=(_ref(s.actor, actor_text, a0),),
            targets=(_ref(s.target, target_text, g0),),
            date=DateRef(value=s.day, precision="day" if s.day else None, text=None),
            location=s.place, attribution=Attribution(),
            evidence=(Evidence(sentence_index=i, start=pos, end=pos + len(s.line),
                               sentence=s.line, trigger=s.trigger, trigger_start=t0,
                               trigger_end=t0 + len(s.trigger)),),
            extractor="events.rules.v1", confidence=0.8))
        pos += len(s.line) + 1
    art = Article(id=aid, origin=origin, text=text, title=title, outlet=outlet,
                  published=published, language="en", format="txt", size=len(text.encode()))
    return ArticleResult(article=art, sentences=tuple(sentences), events=tuple(events),
                         extractors=EXTRACTORS)


def results() -> list[ArticleResult]:
    """Three good articles (one whose title and text carry script and onerror markup), one
    bad document. 14 events: 10 dated ASSAULTs by KH on the US in October 2025 (a burst on
    the 20th for the tension alert), an alleged IRGC threat, a consultation in Erbil, a
    hypothetical US strike, a Treasury sanction (a part of the US, for rollups)."""
    burst = [Spec(line=f"Kata'ib Hezbollah fighters fired rockets at United States troops, report {i}.",
                  trigger="fired", type="ASSAULT", quad=4, intensity=-9.0,
                  actor="org_kataib_hezbollah", target="state_usa",
                  day=f"2025-10-{d:02d}", place=BAGHDAD)
             for i, d in enumerate((2, 9, 20, 20, 20, 20))]
    a1 = make_article(burst + [
        Spec(line="The Islamic Revolutionary Guard Corps threatened the United States, a source claimed.",
             trigger="threatened", type="THREATEN", quad=3, intensity=-4.0, actor="org_irgc",
             target="state_usa", day="2025-10-21", modality="alleged"),
        Spec(line="Mohammed Shia al-Sudani met United States envoys in Erbil.", trigger="met",
             type="CONSULT", quad=1, intensity=1.0, actor="p_sudani", target="state_usa",
             day="2025-11-03", place=ERBIL),
    ], title="Rockets and talks", outlet="Gulf Wire", published="2025-11-04",
        origin="tests/rockets.txt")
    a2 = make_article([
        Spec(line=f"Kata'ib Hezbollah fighters fired mortars at United States forces, dispatch {i}.",
             trigger="fired", type="ASSAULT", quad=4, intensity=-9.0,
             actor="org_kataib_hezbollah", target="state_usa", day=f"2025-10-{d:02d}")
        for i, d in enumerate((5, 12, 25))
    ] + [
        Spec(line="The United States could strike Kata'ib Hezbollah, an official warned.",
             trigger="strike", type="ASSAULT", quad=4, intensity=-9.0, actor="state_usa",
             target="org_kataib_hezbollah", day="2025-10-26", modality="hypothetical"),
        Spec(line="The U.S. Department of the Treasury sanctioned Kata'ib Hezbollah.",
             trigger="sanctioned", type="SANCTION", quad=3, intensity=-5.0,
             actor="org_us_treasury", target="org_kataib_hezbollah", day="2025-10-27"),
    ], title="Mortars and sanctions", outlet="Tigris Daily", published="2025-10-28",
        origin="tests/mortars.txt")
    a3 = make_article([
        Spec(line=XSS_LINE, trigger="fired", type="ASSAULT", quad=4, intensity=-9.0,
             actor="org_kataib_hezbollah", target="state_usa", day="2025-10-15", place=BASRA),
    ], title=XSS_TITLE, outlet="Levant Monitor", published="2025-10-16",
        origin="tests/hostile.html")
    bad = ArticleResult(article=Article(id=hash_id("bad", 1), origin="tests/arabic.txt", text="",
                                        status=ArticleStatus.NOT_ENGLISH,
                                        reason="not English (ar): skipped", format="txt", size=10),
                        extractors=EXTRACTORS)
    return [a1, a2, a3, bad]


def build(path: Path) -> Path:
    store = open_store(path)
    try:
        for r in results():
            store.write(r)
        from brinkwatch.analysis.stage import run_stage
        from brinkwatch.kb.loader import load_theatre

        run_stage(store, kb=load_theatre())  # stories across the articles, as ingest does
    finally:
        store.close()
    return path
