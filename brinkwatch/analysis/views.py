"""Library faces of the cross-article stage: typed, importable functions the CLI and the API
call (``list_stories``, ``get_story``, ``get_article``, ``list_articles``, ``update_stories``)
and the plain-text layouts of ``brinkwatch stories`` / ``story`` / ``article``."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from brinkwatch.analysis.stage import StageSummary, run_stage
from brinkwatch.errors import BrinkwatchError, StoreError
from brinkwatch.kb.model import TheatreKB
from brinkwatch.store import crossref as q
from brinkwatch.store.writer import expand_day

if TYPE_CHECKING:
    from brinkwatch.store import Store

#: keys of a story line (``brinkwatch stories --format jsonl``), in order; docs/export.md
STORY_FIELDS = ("id", "type", "date", "actor", "target", "location", "reports", "outlets",
                "independent_outlets", "contradictions", "flags",
                # extras
                "family", "reprints", "first_report", "last_report", "cues")
#: keys of an article line (``brinkwatch articles --format jsonl``), in order
ARTICLE_FIELDS = ("id", "origin", "url", "outlet", "published", "published_estimate",
                  "credibility",
                  # extras
                  "status", "reason", "title", "language", "format", "size", "n_sentences",
                  "n_events", "reprint_of", "stories", "analysed")


def _day(value: str | None, *, last: bool, what: str) -> str | None:
    if value is None:
        return None
    day = expand_day(value, last=last)
    if day is None:
        raise StoreError(f"{what} must be an ISO date like 2025-10-09 (or 2025-10, 2025), got {value!r}")
    return day


def _ordered(d: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {k: d.get(k) for k in fields} | {k: v for k, v in d.items() if k not in fields}


def update_stories(store: Store, *, kb: TheatreKB, rebuild: bool = False,
                   outlets_file: str | None = None, rules_file: str | None = None) -> StageSummary:
    """Run the cross-article stage over pending articles (every article with ``rebuild``)."""
    return run_stage(store, kb=kb, rebuild=rebuild, outlets_file=outlets_file or None,
                     rules_file=rules_file or None)


def list_stories(store: Store, *, since: str | None = None, until: str | None = None,
                 actor: str | None = None, type: str | None = None, min_outlets: int = 0,
                 contradicted: bool = False, limit: int | None = None) -> list[dict[str, Any]]:
    """Stories passing every filter (dates overlap [since, until]; ``min_outlets`` counts
    independent outlets), earliest first."""
    lo = _day(since, last=False, what="since")
    hi = _day(until, last=True, what="until")
    with store.snapshot() as conn:
        return [_ordered(s, STORY_FIELDS) for s in q.iter_stories(
            conn, since=lo, until=hi, actor=actor, type=type, min_outlets=min_outlets,
            contradicted=contradicted, limit=limit)]


def get_story(store: Store, story_id: str) -> dict[str, Any] | None:
    with store.snapshot() as conn:
        s = q.story(conn, story_id)
    return _ordered(s, STORY_FIELDS) if s else None


def list_articles(store: Store, *, status: str | None = None,
                  limit: int | None = None) -> list[dict[str, Any]]:
    """Every article with its estimated date (undated ones) and its credibility flags."""
    rows = {r.id: asdict(r) for r in store.articles(status=status, limit=limit)}
    with store.snapshot() as conn:
        out = []
        for d in q.iter_article_exports(conn, status=status, limit=limit):
            out.append(_ordered({**rows.get(d["id"], {}), **d}, ARTICLE_FIELDS))
    return out


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    with store.snapshot() as conn:
        full = q.resolve_article(conn, article_id)
        if full is None:
            return None
        d = next(q.iter_article_exports(conn, article_id=full))
    rows = store.articles(doc=full)
    base = asdict(rows[0]) if rows else {}
    return _ordered({**base, **d}, ARTICLE_FIELDS)


def article_profile(store: Store, article_id: str) -> dict[str, Any]:
    """What the cross-article stage says of an article: ``published_estimate``,
    ``credibility`` and ``reprint_of`` ({} when it has not profiled the article, or the
    database has no stage tables yet)."""
    try:
        d = get_article(store, article_id)
    except BrinkwatchError:
        return {}
    return {k: d.get(k) for k in ("published_estimate", "credibility", "reprint_of")} if d else {}


# --- plain text -------------------------------------------------------------------------------
def _names(refs: list[dict[str, Any]] | None) -> str:
    return ", ".join(r.get("name") or f"?{r.get('text')}" for r in refs or []) or "-"


def _short(text: str | None, n: int) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[: n - 1] + "…"


def story_rows(stories: list[dict[str, Any]]) -> tuple[list[list[str]], list[str]]:
    rows = []
    for s in stories:
        d = s.get("date") or {}
        date = d.get("value") or "-"
        if d.get("end"):
            date += f"..{d['end']}"
        rows.append([s["id"][:12], s.get("type") or "-", date, _short(_names(s.get("actor")), 26),
                     _short(_names(s.get("target")), 26), str(len(s.get("reports") or [])),
                     str(s.get("independent_outlets", 0)),
                     ",".join(sorted({c["topic"] for c in s.get("contradictions") or []})) or "-"])
    return rows, ["id", "type", "date", "actor", "target", "reports", "outlets", "contradictions"]


def format_story(s: dict[str, Any]) -> str:
    d = s.get("date") or {}
    loc = s.get("location") or {}
    lines = [
        f"story     {s['id']}  ({s.get('family')})",
        f"type      {s.get('type')}",
        f"date      {d.get('value') or 'unknown'}" + (f"..{d['end']}" if d.get("end") else ""),
        f"actor     {_names(s.get('actor'))}",
        f"target    {_names(s.get('target'))}",
        f"place     {loc.get('name') or 'unknown'}",
        f"outlets   {len(s.get('outlets') or [])} ({s.get('independent_outlets')} independent): "
        + ", ".join(s.get("outlets") or []),
    ]
    for r in s.get("reprints") or []:
        lines.append(f"reprint   {r['article_id']} copies {r['original']}")
    for f in s.get("flags") or []:
        lines.append(f"flag      {f['flag']}: {f['reason']}")
    lines.append("")
    lines.append("REPORTS")
    for r in s.get("reports") or []:
        a = r["article"]
        src = r.get("sourcing") or {}
        att = r.get("attribution") or {}
        sp = (att.get("speaker") or {})
        who = sp.get("name") or sp.get("text") or att.get("text") or "-"
        lines.append(f"- {a.get('outlet') or a.get('origin')}  {a.get('published') or 'undated'}  "
                     f"article {a['id'][:12]}" + (f"  event {r['event_id'][:12]}" if r.get("event_id") else "  (no coded event)"))
        if r.get("event_id"):
            lines.append(f"    {r.get('type')} [{r.get('modality')}]  {_names(r.get('actor'))} -> "
                         f"{_names(r.get('target'))}; source: {src.get('source')} ({who}; "
                         f"{src.get('party')})")
            lines.append(f"    \"{_short(r.get('evidence'), 150)}\"")
        for f in r.get("flags") or []:
            lines.append(f"    flag {f['flag']}: {f['reason']}")
        lines.append(f"    joined on: {'; '.join(r.get('cues') or [])}")
    if s.get("contradictions"):
        lines.append("")
        lines.append("CONTRADICTIONS")
        for c in s["contradictions"]:
            lines.append(f"- {c['topic']}")
            for cl in c["claims"]:
                lines.append(f"    {cl['article_id'][:12]}  {_short(cl['source'], 40)}: "
                             f"{_short(cl['claim'], 110)}")
    return "\n".join(lines)


def format_article(a: dict[str, Any]) -> str:
    lines = [f"article   {a['id']}", f"origin    {a.get('origin')}",
             f"outlet    {a.get('outlet') or '-'}  url {a.get('url') or '-'}",
             f"status    {a.get('status')}" + (f" ({a['reason']})" if a.get("reason") else ""),
             f"published {a.get('published') or 'not stated'}"]
    est = a.get("published_estimate")
    if est:
        lines.append(f"estimated {est.get('start') or '…'} .. {est.get('end') or '…'} "
                     f"(confidence {est.get('confidence')})")
        for c in est.get("cues") or []:
            lines.append(f"    cue {c['kind']}: {_short(c['text'], 70)} -> "
                         f"{c.get('start') or '…'}..{c.get('end') or '…'}")
        for c in est.get("conflicts") or []:
            lines.append(f"    conflict: {c}")
    if a.get("reprint_of"):
        lines.append(f"reprint   of article {a['reprint_of']}")
    flags = (a.get("credibility") or {}).get("flags") or []
    lines.append(f"flags     {len(flags)}" + ("" if a.get("analysed") else
                                              "  (not analysed yet: run 'brinkwatch stories --update')"))
    for f in flags:
        lines.append(f"  {f['flag']}: {f['reason']}")
        for e in f.get("evidence") or []:
            lines.append(f"      \"{_short(e, 140)}\"")
    if a.get("stories"):
        lines.append("stories   " + ", ".join(s[:12] for s in a["stories"]))
    return "\n".join(lines)
