"""Hand-built articles with events for the cross-article tests (no spaCy): the texts are
written for these tests; events point at the sentence that holds their trigger."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brinkwatch.records import (
    ActorRef,
    Article,
    ArticleResult,
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
QUAD = {"ASSAULT": 4, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "CONSULT": 1, "SANCTION": 4}
KNOWN = {  # name -> (kb id, ancestors, country)
    "United States": ("state_usa", (), "USA"),
    "U.S. military": ("org_us_military", ("United States",), "USA"),
    "Iraq": ("state_irq", (), "IRQ"),
    "Iran": ("state_irn", (), "IRN"),
    "Kata'ib Hezbollah": ("org_kh", ("Popular Mobilization Forces", "Iraq"), "IRQ"),
    "Badr Organization": ("org_badr", ("Popular Mobilization Forces", "Iraq"), "IRQ"),
    "Popular Mobilization Forces": ("org_pmf", ("Iraq",), "IRQ"),
    "Norway": ("state_nor", (), "NOR"),
    "Islamic State": ("org_islamic_state", (), None),
    "U.S. Department of Defense": ("org_us_dod", ("United States",), "USA"),
    "U.S. Central Command": ("org_centcom", ("U.S. Department of Defense", "United States"), "USA"),
    "Iraqi security forces": ("org_iraq_security_forces", ("Iraq",), "IRQ"),
    "Iraqi government": ("org_iraq_government", ("Iraq",), "IRQ"),
    "Iraqi Ministry of Defense": ("org_iraq_mod", ("Iraqi government", "Iraq"), "IRQ"),
}


def ref(name: str | None, text: str | None = None) -> ActorRef:
    """A KNOWN name as the KB resolves it; any other name as a report's own words that the KB
    did not resolve."""
    if name is None or name not in KNOWN:
        return ActorRef(name=None, kb_id=None, text=text or name or "unknown")
    kb_id, anc, country = KNOWN[name]
    return ActorRef(name=name, kb_id=kb_id, text=text or name, ancestors=anc, country=country)


@dataclass(frozen=True)
class Ev:
    trigger: str  # a word of the text; the event's sentence is the one holding it
    type: str
    actor: str | None = None
    target: str | None = None
    date: str | None = None
    place: str | None = None
    speaker: str | None = None  # a KNOWN name: the attribution's speaker
    kind: str = "author"
    quote: str | None = None
    modality: str = "asserted"


def article(text: str, events: list[Ev], *, outlet: str, published: str | None,
            url: str | None = None, names: tuple[str, ...] = ()) -> ArticleResult:
    """``names``: KNOWN names the text mentions outside any coded event (linked mentions of
    the article, as the actor linker finds them)."""
    aid = text_id(text)
    sents, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        sents.append(Sentence(article_id=aid, index=i, start=pos, end=pos + len(line), text=line))
        pos += len(line) + 1
    out, mentions = [], []
    for ev in events:
        t0 = text.index(ev.trigger)
        sent = next(s for s in sents if s.start <= t0 < s.end)
        actor = (ref(ev.actor),) if ev.actor else ()
        target = (ref(ev.target),) if ev.target else ()
        for r in (*actor, *target):
            at = text.find(r.text, sent.start)
            if at >= 0 and r.kb_id:
                mentions.append(Mention(id=hash_id("m", aid, at, r.kb_id), article_id=aid,
                                        sentence_index=sent.index, start=at, end=at + len(r.text),
                                        text=r.text, label="ORG", kb_id=r.kb_id, name=r.name,
                                        method="alias", confidence=0.9, extractor=EXTRACTORS[0]))
        att = Attribution(kind=ev.kind, speaker=ref(ev.speaker) if ev.speaker else None,
                          verb="said" if ev.speaker else None, quote=ev.quote)
        out.append(Event(
            id=event_id(aid, ev.type, tuple(r.kb_id or r.text for r in actor),
                        tuple(r.kb_id or r.text for r in target), sent.start, t0),
            article_id=aid, type=ev.type, mode=None, quad=QUAD.get(ev.type, 3), intensity=-5.0,
            cameo=None, modality=ev.modality, actors=actor, targets=target,
            date=DateRef(value=ev.date, precision={10: "day", 7: "month", 4: "year"}.get(
                len(ev.date)) if ev.date else None),
            location=Place(name=ev.place) if ev.place else None, attribution=att,
            evidence=(Evidence(sentence_index=sent.index, start=sent.start, end=sent.end,
                               sentence=sent.text, trigger=ev.trigger, trigger_start=t0,
                               trigger_end=t0 + len(ev.trigger)),),
            extractor=EXTRACTORS[1]))
    for name in names:
        r = ref(name)
        at = text.index(name)
        sent = next(s for s in sents if s.start <= at < s.end)
        mentions.append(Mention(id=hash_id("m", aid, at, r.kb_id), article_id=aid,
                                sentence_index=sent.index, start=at, end=at + len(name),
                                text=name, label="ORG", kb_id=r.kb_id, name=r.name,
                                method="alias", confidence=0.9, extractor=EXTRACTORS[0]))
    art = Article(id=aid, origin=url or f"tests/{aid}.txt", text=text, outlet=outlet, url=url,
                  published=published, language="en", format="txt", size=len(text))
    return ArticleResult(article=art, sentences=tuple(sents), mentions=tuple(mentions),
                         events=tuple(out), extractors=EXTRACTORS)


def staged_stories(tmp_path: Path, *results: ArticleResult, kb: Any) -> list[dict]:
    """Write ``results`` in order to a fresh store, run the cross-article stage, and return
    its stories as the library lists them."""
    from brinkwatch.analysis import views
    from brinkwatch.analysis.stage import run_stage
    from brinkwatch.store import open_store

    store = open_store(tmp_path / "bw.db")
    for r in results:
        store.write(r)
    run_stage(store, kb=kb)
    return views.list_stories(store)


# unrelated dated pages: the words of the corpus, so that text similarity means something
FILLERS = [article(t, [], outlet=f"filler{i}.example", published=f"2024-04-{10 + i:02d}",
                   url=f"https://filler{i}.example/p") for i, t in enumerate((
    "Wheat prices rose in Baghdad markets after a dry winter cut the harvest in Nineveh.\n"
    "Farmers blamed falling water levels in the Tigris.",
    "The national football team beat Jordan two goals to one in a friendly match in Basra.\n"
    "Fans celebrated in the streets late into the night.",
    "A new bridge over the Euphrates opened in Ramadi, easing traffic for commuters.\n"
    "The ministry of construction said it cost forty million dollars.",
    "Power cuts lasted twelve hours a day in Najaf as temperatures passed fifty degrees.\n"
    "Residents bought fuel for private generators.",
    "The central bank held its exchange rate steady and said inflation had slowed.\n"
    "Economists expected the dinar to stay stable.",
    "A book fair in Erbil drew publishers from twenty countries and record crowds.\n"
    "Organisers said poetry collections sold best.",
))]


def story_members(tmp_path: Path, named: dict[str, ArticleResult], order: str, *, kb: Any,
                  type_: str | None = None) -> list[set[str]]:
    """Stage the fillers, then ``named``'s articles in ``order`` (names separated by spaces);
    return the stories (of ``type_`` when given), each as the set of its named articles."""
    by_id = {r.article.id: n for n, r in named.items()}
    stories = staged_stories(tmp_path, *FILLERS, *(named[n] for n in order.split()), kb=kb)
    return [{by_id[r["article"]["id"]] for r in s["reports"] if r["article"]["id"] in by_id}
            for s in stories if type_ is None or s["type"] == type_]
