"""The command line: a thin face. Each command parses flags, builds Settings once, and calls
one library function. Domain errors become one line on stderr; no traceback reaches a user
(set BRINKWATCH_DEBUG=1 to see one).

Exit codes: 0 success; 1 error; 2 usage error; 3 ingest finished but some documents were
recorded with a status other than ok (see `brinkwatch articles --status`); 130 interrupted.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from brinkwatch import __version__
from brinkwatch.config import Settings, load_settings
from brinkwatch.errors import BrinkwatchError, ConfigError, StoreError

EXIT_SOME_FAILED = 3


class _State:
    def __init__(self, db: str | None, config: str | None,
                 sets: tuple[str, ...] = ()) -> None:
        self.db_flag = db
        self.config = config
        self.sets = sets

    def settings(self, **flags: Any) -> Settings:
        given: dict[str, Any] = {}
        for item in self.sets:
            name, eq, value = item.partition("=")
            if not eq or not name.strip():
                raise ConfigError(f"--set takes NAME=VALUE, got {item!r}; "
                                  "'brinkwatch settings' lists the names")
            given[name.strip().replace("-", "_")] = value
        given.update({k: v for k, v in flags.items() if v is not None})
        return load_settings(config_file=self.config, db=self.db_flag, **given)


def _echo_err(message: str) -> None:
    click.echo(f"brinkwatch: error: {message}", err=True)


@contextmanager
def _store(settings: Settings, *, must_exist: bool = True, readonly: bool = False) -> Iterator[Any]:
    from brinkwatch.store import open_store

    target = settings.db
    if must_exist and "://" not in target and not Path(target).exists():
        raise StoreError(
            f"no database at {target}; run 'brinkwatch ingest PATH' first, or point --db "
            "(or BRINKWATCH_DB) at an existing database"
        )
    store = open_store(target, readonly=readonly)
    try:
        yield store
    finally:
        store.close()


def _print_json_lines(rows: Any) -> None:
    from brinkwatch.contract import json_line

    for row in rows:
        click.echo(json_line(row))


def _table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [len(h) for h in headers]
    for r in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, r, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(out)


def _short(text: str | None, n: int) -> str:
    from brinkwatch.contract import safe_text

    t = safe_text(" ".join((text or "").split()))
    return t if len(t) <= n else t[: n - 1] + "…"


def _hint(message: str) -> None:
    """A one-line hint on stderr (stdout stays clean for pipes)."""
    click.echo(f"brinkwatch: {message}", err=True)


def _check_type(type_: str | None) -> str | None:
    """A PLOVER type, upper-cased; an unknown one is a usage error listing the valid ones."""
    if type_ is None:
        return None
    from brinkwatch.extract.ontology import PLOVER_TYPES

    t = type_.strip().upper()
    if t not in PLOVER_TYPES:
        raise click.BadParameter(f"{type_!r} is not a PLOVER type; use one of: "
                                 + ", ".join(PLOVER_TYPES), param_hint="'--type'")
    return t


def _actor_ids(state: _State, actor: str | None, with_members: bool) -> tuple[str, ...] | None:
    """The kb ids ``--actor`` means (any alias, acronym, transliteration; members if asked)."""
    if actor is None:
        return None
    from brinkwatch.kb.loader import load_theatre

    kb = load_theatre(state.settings().theatre_paths)
    ids = kb.resolve_actor_query(actor, members=with_members)
    if not ids:
        _hint(f"no actor in the knowledge base is called {actor!r}; matching names and text "
              "as written (see 'brinkwatch kb show NAME', 'brinkwatch actors --unknown')")
    return ids


def _names(refs: list[dict[str, Any]]) -> str:
    return ", ".join(r.get("name") or f"?{r.get('text')}" for r in refs) or "-"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="brinkwatch")
@click.option("--db", default=None, metavar="PATH",
              help="Database file or SQLAlchemy URL [env BRINKWATCH_DB; default ./brinkwatch.db].")
@click.option("--config", default=None, metavar="FILE",
              help="TOML settings file [default ./brinkwatch.toml if present].")
@click.option("--set", "sets", multiple=True, metavar="NAME=VALUE",
              help="Any setting for this run (repeatable), e.g. --set min_event_confidence=0.6; "
                   "'brinkwatch settings' lists them.")
@click.pass_context
def cli(ctx: click.Context, db: str | None, config: str | None, sets: tuple[str, ...]) -> None:
    """brinkwatch: sourced, structured event data from news reports."""
    ctx.obj = _State(db, config, sets)


# --- ingest -----------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--urls", "urls_file", type=click.Path(path_type=str), default=None,
              help="A file of URLs to fetch, one per line (URLs can also be given as PATHS).")
@click.option("--theatre", multiple=True, help="Extra theatre file (repeatable).")
@click.option("--rules", multiple=True, help="Extra rule-data file (repeatable; docs/rules.md).")
@click.option("--max-bytes", type=int, default=None, help="Largest document read, in bytes.")
@click.option("--timeout", type=float, default=None, help="Seconds allowed per URL.")
@click.option("--allow-private", is_flag=True, default=None,
              help="Allow URLs on private or loopback addresses.")
@click.option("--n-process", type=int, default=None,
              help="Worker processes running the whole pipeline (one per core).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no per-document lines.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Where the pipeline runs: local processes or Dask.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler (tcp://host:8786) [default: a local cluster of "
                   "--n-process workers]. See docs/scale.md.")
@click.option("--shards", default=None, metavar="DIR",
              help="With --executor dask: workers write Parquet shards to DIR (a folder they "
                   "all reach) instead of sending results back; then 'brinkwatch load DIR'.")
@click.option("--no-stories", is_flag=True,
              help="Skip the cross-article stage (run it later with 'brinkwatch stories --update').")
@click.pass_obj
def ingest(state: _State, paths: tuple[str, ...], urls_file: str | None, theatre: tuple[str, ...],
           rules: tuple[str, ...], max_bytes: int | None, timeout: float | None,
           allow_private: bool | None, n_process: int | None, quiet: bool, executor: str,
           scheduler: str | None, shards: str | None, no_stories: bool) -> None:
    """Read articles from files/folders (.txt .md .html .jsonl), URLs (http:// or https://,
    on the command line or in a --urls list), code them, store them."""
    from itertools import chain

    from brinkwatch.ingest import ingest as run_ingest
    from brinkwatch.ingest import progress_callback
    from brinkwatch.pipeline import context_for
    from brinkwatch.sources import (
        count_documents,
        is_url,
        iter_path,
        iter_url_args,
        read_url_list,
    )

    if not paths and not urls_file:
        raise click.UsageError("give at least one PATH, URL or --urls FILE")
    if (scheduler or shards) and executor != "dask":
        raise click.UsageError("--scheduler and --shards need --executor dask")
    settings = state.settings(max_bytes=max_bytes, timeout=timeout, allow_private=allow_private,
                              n_process=n_process,
                              theatre=os.pathsep.join(theatre) if theatre else None,
                              rules=os.pathsep.join(rules) if rules else None)
    web = [p for p in paths if is_url(p)]
    files = [p for p in paths if not is_url(p)]
    for p in files:
        if not Path(p).exists():
            raise ConfigError(f"no such file or directory: {p}; give a file or a folder of "
                              ".txt/.md/.html/.jsonl articles, or a URL starting with http(s)://")
    if urls_file:
        web += read_url_list(urls_file)  # checked now: missing, binary or not a list of URLs
    opts = settings.source_options()
    sources = [iter_path(p, options=opts) for p in files]
    if web:
        sources.append(iter_url_args(web, options=opts))
    ctx = context_for(settings)
    show = {"auto": sys.stderr.isatty(), "always": True, "never": False}[settings.progress]
    total = sum(count_documents(p) for p in files) + len(web) if show and not quiet else None
    callback, close = progress_callback(show and not quiet, total)
    db_path = settings.db
    if "://" not in db_path:
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    mapper = None
    if executor == "dask":
        from functools import partial

        from brinkwatch.scale.dask import map_dask

        mapper = partial(map_dask, ctx=ctx, scheduler=scheduler,
                         n_workers=max(1, settings.n_process), batch_size=settings.batch_size)
        if shards:
            from brinkwatch.scale.dask import write_shards

            n_articles, n_events = write_shards(chain.from_iterable(sources), shards, mapper)
            click.echo(f"wrote {n_articles} articles ({n_events} events) as Parquet shards in "
                       f"{shards}; store them with 'brinkwatch load {shards}'")
            return
    with _store(settings, must_exist=False) as store:
        try:
            summary = run_ingest(chain.from_iterable(sources), store, ctx,
                                 batch_size=settings.batch_size, n_process=settings.n_process,
                                 on_document=callback, mapper=mapper,
                                 stories=not no_stories,
                                 outlets_file=settings.outlets or None,
                                 rules_file=settings.crossref_rules or None)
        finally:
            close()
    if not quiet:
        for line in summary.problems:
            click.echo(f"skipped {_short(line, 400)}", err=True)
        for line in summary.notes:
            click.echo(f"note {_short(line, 400)}", err=True)
    click.echo(f"ingested into {db_path}: {summary.line()}")
    if summary.failed:
        sys.exit(EXIT_SOME_FAILED)


# --- reading ----------------------------------------------------------------------------
_STATUSES = ("ok", "empty", "not-text", "too-large", "not-english", "failed", "duplicate")


@cli.command()
@click.option("--status", default=None, type=click.Choice(_STATUSES, case_sensitive=False),
              help="Only articles with this status.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@click.option("--limit", type=click.IntRange(min=0), default=None)
@click.pass_obj
def articles(state: _State, status: str | None, fmt: str, limit: int | None) -> None:
    """List stored articles with their status."""
    from brinkwatch.analysis.views import list_articles

    with _store(state.settings(), readonly=True) as store:
        if fmt == "jsonl":
            _print_json_lines(list_articles(store, status=status.lower() if status else None,
                                            limit=limit))
            return
        rows = store.articles(status=status.lower() if status else None, limit=limit)
        if not rows:
            counts = store.status_counts()
            _hint(f"no articles{' with status ' + status if status else ''}; stored: "
                  + (", ".join(f"{n} {s}" for s, n in counts.items()) or "none (run an ingest)"))
    click.echo(_table([[r.id[:12], r.status, str(r.n_events), r.published or "-",
                        _short(r.outlet, 18) or "-", _short(r.title or r.origin, 50),
                        _short(r.reason, 60)] for r in rows],
                      ["id", "status", "events", "published", "outlet", "title/origin", "reason"]))


def _event_filters(f: Any) -> Any:
    for opt in reversed([
        click.option("--actor", default=None,
                     help="Actor or target: any name, alias, acronym or kb id, or text."),
        click.option("--with-members", is_flag=True,
                     help="With --actor: also the actor's members (KB hierarchy)."),
        click.option("--type", "type_", default=None, help="PLOVER type, e.g. ASSAULT."),
        click.option("--since", default=None, help="Event date on or after (YYYY-MM-DD)."),
        click.option("--until", default=None, help="Event date on or before (YYYY-MM-DD)."),
        click.option("--doc", default=None, help="Article id (prefix) or origin substring."),
    ]):
        f = opt(f)
    return f


@cli.command()
@_event_filters
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@click.option("--limit", type=click.IntRange(min=0), default=None)
@click.option("--incomplete", is_flag=True,
              help="Only incomplete mentions (no resolved actor), kept apart from events.")
@click.option("--background", is_flag=True,
              help="Only background (events told as history, not news).")
@click.pass_obj
def events(state: _State, actor: str | None, with_members: bool, type_: str | None,
           since: str | None, until: str | None, doc: str | None, fmt: str,
           limit: int | None, incomplete: bool, background: bool) -> None:
    """List coded events (filters combine)."""
    type_ = _check_type(type_)
    with _store(state.settings(), readonly=True) as store:
        rows = store.events(actor=actor, type=type_, since=since, until=until, doc=doc,
                            limit=limit, actor_ids=_actor_ids(state, actor, with_members),
                            incomplete=True if incomplete else False if not background else None,
                            background=True if background else False if not incomplete
                            else None)
    if not rows:
        _hint("no events match these filters" if any((actor, type_, since, until, doc))
              else "no events stored yet; run 'brinkwatch ingest PATH'")
    if fmt == "jsonl":
        _print_json_lines(rows)
        return
    click.echo(_table([[r["id"][:12], r["type"], r["modality"], (r["date"] or {}).get("value") or "-",
                        _short(_names(r["actor"]), 28), _short(_names(r["target"]), 28),
                        _short(r["evidence"]["sentence"], 60)] for r in rows],
                      ["id", "type", "modality", "date", "actor", "target", "evidence"]))


@cli.command()
@click.argument("event_id")
@click.pass_obj
def show(state: _State, event_id: str) -> None:
    """Show one event with its sentence, article and extractor."""
    with _store(state.settings(), readonly=True) as store:
        ev = store.event(event_id)
    if ev is None:
        raise BrinkwatchError(f"no event with id '{event_id}'; list ids with 'brinkwatch events'")
    from brinkwatch.contract import safe_text

    click.echo(safe_text(format_event(ev)))


def format_event(ev: dict[str, Any]) -> str:
    art = ev["article"]
    att = ev.get("attribution") or {}
    speaker = att.get("speaker") or {}
    date = ev.get("date") or {}
    loc = ev.get("location") or {}
    lines = [
        f"event     {ev['id']}",
        f"type      {ev['type']}" + (f" / {ev['mode']}" if ev.get("mode") else "")
        + f"  (quad {ev['quad']}, intensity {ev['intensity']}, CAMEO {ev.get('cameo') or '-'})",
        f"modality  {ev['modality']}",
        f"actor     {_names(ev['actor'])}",
        f"target    {_names(ev['target'])}",
        f"date      {date.get('value') or 'unknown'}"
        + (f" ({date.get('precision')})" if date.get("precision") else "")
        + (f"  from \"{date['text']}\"" if date.get("text") else ""),
        f"place     {loc.get('name') or 'unknown'}",
        f"source    {att.get('kind', 'author')}"
        + (f": {speaker.get('name') or speaker.get('text')}" if speaker else "")
        + (f" ({att['verb']})" if att.get("verb") else ""),
    ]
    if att.get("quote"):
        lines.append(f"quote     \"{_short(att['quote'], 200)}\"")
    ev_span = ev["evidence"]
    lines += [
        f"sentence  \"{ev_span['sentence']}\"",
        f"offsets   {ev_span['start']}-{ev_span['end']}"
        + (f"  (+{len(ev.get('spans', [])) - 1} more spans)" if len(ev.get("spans", [])) > 1 else ""),
        f"article   {art['id']}  {art.get('title') or ''}",
        f"origin    {art['origin']}  outlet={art.get('outlet') or '-'}  "
        f"published={art.get('published') or 'undated'}",
        f"extractor {ev['extractor']}",
    ]
    return "\n".join(lines)


_FILE_FORMATS = ("parquet", "articles-parquet", "acled", "cameo", "geojson")


@cli.command()
@click.option("--format", "fmt", default=None,
              type=click.Choice(["jsonl", "csv", *_FILE_FORMATS]),
              help="jsonl (default), csv (default for --out x.csv): events; parquet: events; "
                   "articles-parquet: documents; acled, cameo: CSV tables; geojson: located "
                   "events. The last five need --out.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="Write here (replaced only when the export is complete) instead of "
                   "standard output.")
@_event_filters
@click.option("--include-incomplete", is_flag=True,
              help="Also export incomplete mentions (flagged \"incomplete\": true).")
@click.option("--include-background", is_flag=True,
              help="Also export background (flagged \"background\": true).")
@click.pass_obj
def export(state: _State, fmt: str | None, out: str | None, actor: str | None,
           with_members: bool, type_: str | None, since: str | None, until: str | None,
           doc: str | None, include_incomplete: bool, include_background: bool) -> None:
    """Export events (JSONL: one event a line; CSV: flattened). Fields: docs/export.md."""
    from brinkwatch.store.queries import check_event_filters

    by_suffix = {".csv": "csv", ".parquet": "parquet", ".geojson": "geojson"}
    fmt = fmt or by_suffix.get(Path(out).suffix.lower() if out else "", "jsonl")
    filters = {"actor": actor, "type": _check_type(type_), "since": since, "until": until,
               "doc": doc}
    check_event_filters(**filters)
    filters["actor_ids"] = _actor_ids(state, actor, with_members)
    filters["incomplete"] = None if include_incomplete else False
    filters["background"] = None if include_background else False
    if fmt in _FILE_FORMATS:
        from brinkwatch.exports import export_file

        if not out:
            raise click.UsageError(f"--format {fmt} writes a file: give --out PATH")
        settings = state.settings()
        with _store(settings, readonly=True) as store:
            n = export_file(store, fmt, out, theatre_paths=settings.theatre_paths, **filters)
        click.echo(f"wrote {n} rows to {out}", err=True)
        return
    with _store(state.settings(), readonly=True) as store:
        if out:
            n = store.export_file(out, format=fmt, **filters)
            click.echo(f"wrote {n} events to {out}", err=True)
        else:
            store.export(sys.stdout, format=fmt, **filters)


@cli.command()
@click.option("--doc", default=None, help="Article id (prefix) or origin substring.")
@click.option("--unknown", is_flag=True, help="Only mentions not linked to the knowledge base.")
@click.option("--total", is_flag=True,
              help="One row per actor over all (or the --doc) articles: mentions, articles, events.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@click.pass_obj
def actors(state: _State, doc: str | None, unknown: bool, total: bool, fmt: str) -> None:
    """Actors linked in the stored articles, with mention counts (per article, or --total)."""
    with _store(state.settings(), readonly=True) as store:
        if total:
            rows = store.actor_totals(doc=doc, unknown=unknown)
        else:
            rows = store.actor_counts(doc=doc, unknown=unknown)
    if not rows:
        _hint("no actors found" + (" for this --doc" if doc else "; run an ingest first"))
    if fmt == "jsonl":
        _print_json_lines(rows)
        return
    if total:
        click.echo(_table([[r["name"] or "(unknown)", r["kb_id"] or "-", str(r["mentions"]),
                            str(r["articles"]), str(r["events"]),
                            _short(" | ".join(r["texts"]), 50)] for r in rows],
                          ["actor", "kb_id", "mentions", "articles", "events", "as written"]))
        return
    if fmt == "jsonl":
        _print_json_lines(rows)
        return
    click.echo(_table([[r["article"]["id"][:12], r["name"] or "(unknown)", r["kb_id"] or "-",
                        str(r["count"]), _short(" | ".join(r["texts"]), 60)] for r in rows],
                      ["article", "actor", "kb_id", "count", "as written"]))


@cli.command()
@click.option("--limit", type=click.IntRange(min=0), default=12, help="Events shown.")
@click.pass_obj
def briefing(state: _State, limit: int) -> None:
    """A short briefing: articles, actors, events with their provenance."""
    from brinkwatch.analysis.briefing import briefing_text

    with _store(state.settings(), readonly=True) as store:
        from brinkwatch.contract import safe_text

        click.echo(safe_text(briefing_text(store, limit=limit)))


# --- removing articles (delete, prune) --------------------------------------------------
def _report_removal(rows: list[Any], dry_run: bool, what: str) -> None:
    for r in rows:
        click.echo(f"{'would delete' if dry_run else 'deleted'} {r.id[:12]}  {r.status:<11} "
                   f"{_short(r.origin, 70)}")
    click.echo(f"{len(rows)} article(s) {'would be ' if dry_run else ''}deleted {what}"
               + (" (nothing changed: --dry-run)" if dry_run else ""), err=True)


@cli.command()
@click.argument("targets", nargs=-1, required=True)
@click.option("--dry-run", is_flag=True, help="Only list what would be deleted.")
@click.pass_obj
def delete(state: _State, targets: tuple[str, ...], dry_run: bool) -> None:
    """Delete articles (by origin, or id prefix of 6+ characters) with all their records."""
    with _store(state.settings()) as store:
        rows: dict[str, Any] = {}
        for t in targets:
            found = store.find_articles(t)
            if not found:
                raise BrinkwatchError(f"no article with origin or id {t!r}; list them with "
                                      "'brinkwatch articles'")
            rows.update({r.id: r for r in found})
        if not dry_run:
            store.delete(list(rows))
    _report_removal(list(rows.values()), dry_run, "with their events")


@cli.command()
@click.option("--status", "statuses", multiple=True,
              type=click.Choice(_STATUSES, case_sensitive=False),
              help="Also delete articles with this status (repeatable), e.g. failed.")
@click.option("--dry-run", is_flag=True, help="Only list what would be deleted.")
@click.pass_obj
def prune(state: _State, statuses: tuple[str, ...], dry_run: bool) -> None:
    """Delete articles whose file is gone (and, with --status, those with that status)."""
    from brinkwatch.store.maintenance import prunable

    with _store(state.settings()) as store:
        rows = prunable(store, statuses=tuple(s.lower() for s in statuses))
        if not dry_run:
            store.delete([r.id for r in rows])
    _report_removal(rows, dry_run, "(files gone" + (", or status " + ", ".join(statuses)
                                                    if statuses else "") + ")")


# --- stories across outlets (brinkwatch.analysis) ----------------------------------------
@cli.command()
@click.option("--since", default=None, help="Stories on or after (YYYY-MM-DD).")
@click.option("--until", default=None, help="Stories on or before (YYYY-MM-DD).")
@click.option("--actor", default=None, help="A reported actor or target: name, kb id or text.")
@click.option("--type", "type_", default=None, help="PLOVER type of a report, e.g. ASSAULT.")
@click.option("--min-outlets", type=int, default=0, help="At least this many independent outlets.")
@click.option("--contradicted", is_flag=True, help="Only stories with competing claims.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@click.option("--limit", type=int, default=None)
@click.option("--update", is_flag=True, help="First analyse articles not analysed yet.")
@click.option("--rebuild", is_flag=True, help="First rebuild every story from the stored events.")
@click.pass_obj
def stories(state: _State, since: str | None, until: str | None, actor: str | None,
            type_: str | None, min_outlets: int, contradicted: bool, fmt: str,
            limit: int | None, update: bool, rebuild: bool) -> None:
    """Stories: one real event across outlets, with corroboration and contradictions."""
    from brinkwatch.analysis import views

    settings = state.settings()
    if update or rebuild:
        from brinkwatch.kb.loader import load_theatre

        with _store(settings) as store:
            done = views.update_stories(store, kb=load_theatre(settings.theatre_paths),
                                        rebuild=rebuild, outlets_file=settings.outlets,
                                        rules_file=settings.crossref_rules)
        click.echo(done.line(), err=True)
    with _store(settings, readonly=True) as store:
        rows = views.list_stories(store, since=since, until=until, actor=actor, type=type_,
                                  min_outlets=min_outlets, contradicted=contradicted, limit=limit)
    if fmt == "jsonl":
        _print_json_lines(rows)
        return
    click.echo(_table(*views.story_rows(rows)))


@cli.command()
@click.argument("story_id")
@click.option("--json", "as_json", is_flag=True, help="Print the story's JSON object.")
@click.pass_obj
def story(state: _State, story_id: str, as_json: bool) -> None:
    """One story: its reports side by side (outlet, date, sources, claims) and contradictions."""
    from brinkwatch.analysis import views

    with _store(state.settings(), readonly=True) as store:
        s = views.get_story(store, story_id)
    if s is None:
        raise BrinkwatchError(f"no story with id '{story_id}'; list ids with 'brinkwatch stories'")
    click.echo(json.dumps(s, ensure_ascii=False) if as_json else views.format_story(s))


@cli.command()
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print the article's JSON object.")
@click.pass_obj
def article(state: _State, article_id: str, as_json: bool) -> None:
    """One article: estimated date with its cues, credibility flags with reasons and evidence."""
    from brinkwatch.analysis import views

    with _store(state.settings(), readonly=True) as store:
        a = views.get_article(store, article_id)
    if a is None:
        raise BrinkwatchError(f"no article with id '{article_id}'; list ids with 'brinkwatch articles'")
    click.echo(json.dumps(a, ensure_ascii=False) if as_json else views.format_article(a))


# --- knowledge base ---------------------------------------------------------------------
@cli.group()
def kb() -> None:
    """The theatre knowledge base."""


@kb.command("show")
@click.argument("name")
@click.option("--theatre", multiple=True, help="Extra theatre file (repeatable).")
@click.pass_obj
def kb_show(state: _State, name: str, theatre: tuple[str, ...]) -> None:
    """Print an actor: aliases, relations, offices, sources."""
    from brinkwatch.kb.describe import describe_actor
    from brinkwatch.kb.loader import load_theatre

    settings = state.settings(theatre=os.pathsep.join(theatre) if theatre else None)
    click.echo(describe_actor(load_theatre(settings.theatre_paths), name))


@kb.command("check")
@click.argument("file", required=False, type=click.Path(path_type=str))
def kb_check(file: str | None) -> None:
    """Validate a theatre file (default: the built-in Iraq theatre)."""
    from brinkwatch.kb.loader import builtin_theatre_path, check_theatre

    path = file or str(builtin_theatre_path())
    if not Path(path).is_file():
        raise ConfigError(f"no such theatre file: {path}")
    problems = check_theatre(path)
    for p in problems:
        click.echo(p)
    if problems:
        raise BrinkwatchError(f"{len(problems)} problem(s) in {path}; fix them and run kb check again")
    click.echo(f"{path}: ok")


# --- evaluation and benchmark -----------------------------------------------------------
@cli.group("eval")
def eval_group() -> None:
    """Measure extractors against gold annotations and benchmarks."""


def _ctx_for_eval(state: _State) -> Any:
    from brinkwatch.pipeline import context_for

    return context_for(state.settings())


def _need_file(path: str, what: str) -> None:
    if not Path(path).exists():
        raise ConfigError(f"{what} not found: {path}")


def _gold_eval(state: _State, kind: str, gold: str, corpus: str, as_json: bool,
               summary: bool = False) -> None:
    """Shared body of `eval events` and `eval actors`: check the paths, score, print."""
    from brinkwatch import eval as ev

    _need_file(gold, "gold file")
    _need_file(corpus, "corpus folder or JSONL file")
    evaluate, fmt = {
        "events": (ev.evaluate_events, ev.format_event_report),
        "actors": (ev.evaluate_actors, ev.format_actor_report),
    }[kind]
    scores = evaluate(gold, corpus, _ctx_for_eval(state))
    opts = {"summary": True} if summary else {}
    click.echo(json.dumps(scores.to_json(**opts), ensure_ascii=False) if as_json
               else fmt(scores, **opts))


_GOLD_OPTIONS = (
    click.option("--corpus", required=True,
                 help="Folder of the articles the gold annotates, or a JSONL file of them."),
    click.option("--json", "as_json", is_flag=True, help="Print one JSON object."),
)


@eval_group.command("events")
@click.option("--gold", required=True, help="Gold events JSONL (see shared/gold/README.md).")
@_GOLD_OPTIONS[0]
@_GOLD_OPTIONS[1]
@click.option("--summary", is_flag=True,
              help="Figures and counts by kind only, no text of the set (for a set kept blind).")
@click.pass_obj
def eval_events(state: _State, gold: str, corpus: str, as_json: bool, summary: bool) -> None:
    """Precision, recall, F1 of events against gold, per type, with misses and false positives
    (each with its kind: why it was missed, what the false positive is)."""
    _gold_eval(state, "events", gold, corpus, as_json, summary)


@eval_group.command("actors")
@click.option("--gold", required=True, help="Gold actors JSONL.")
@_GOLD_OPTIONS[0]
@_GOLD_OPTIONS[1]
@click.pass_obj
def eval_actors(state: _State, gold: str, corpus: str, as_json: bool) -> None:
    """Actor linking against gold: required actors linked, must_not violations."""
    _gold_eval(state, "actors", gold, corpus, as_json)


@eval_group.command("plv")
@click.argument("file")
@click.option("--predictions", default=None, help="Write one JSON line per row here.")
@click.option("--limit", type=int, default=None, help="Only the first N rows.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def eval_plv(state: _State, file: str, predictions: str | None, limit: int | None,
             as_json: bool) -> None:
    """The PLV sentence benchmark: root given the pair (macro-F1, quad accuracy) and end to end."""
    from brinkwatch.eval import evaluate_plv, format_plv_report

    _need_file(file, "PLV file")
    scores = evaluate_plv(file, _ctx_for_eval(state), predictions_out=predictions, limit=limit)
    click.echo(json.dumps(scores.to_json(), ensure_ascii=False) if as_json
               else format_plv_report(scores))


@eval_group.command("stories")
@click.option("--dev", "dev_dir", required=True,
              help="Folder with articles.jsonl, gold.clusters.jsonl, gold.contradictions.jsonl "
                   "(ingest its articles.jsonl into --db first).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def eval_stories(state: _State, dev_dir: str, as_json: bool) -> None:
    """Stories against cross-document gold: pairwise F1 of grouping, mixed stories,
    contradiction topics surfaced on the right story."""
    from brinkwatch.analysis.rules import load_rules
    from brinkwatch.analysis.views import list_stories
    from brinkwatch.eval.stories import evaluate_stories, format_story_report

    for name in ("articles.jsonl", "gold.clusters.jsonl", "gold.contradictions.jsonl"):
        _need_file(str(Path(dev_dir) / name), "dev file")
    with _store(state.settings(), readonly=True) as store:
        stories = list_stories(store)
    scores = evaluate_stories(stories, dev_dir, load_rules().family_of)
    click.echo(json.dumps(scores.to_json(), ensure_ascii=False) if as_json
               else format_story_report(scores))


@cli.command()
@click.option("--corpus", default=None, help="Folder of articles [default: the bundled sample].")
@click.option("--n", "n", type=int, default=None, help="Number of articles (cycled if needed).")
@click.option("--repeats", type=int, default=3, help="Timed runs (the median is reported).")
@click.option("--n-process", type=int, default=None,
              help="Processes: workers for the pipeline, spaCy's n_process for the baseline "
                   "[default: the n_process setting].")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--generate", type=int, default=None, metavar="N",
              help="Write a generated corpus of N articles to --out and stop.")
@click.option("--out", default=None, metavar="DIR", help="Folder for --generate.")
@click.option("--ingest", "ingest_", is_flag=True,
              help="Time full ingests of --corpus per --workers count (docs/benchmarks.md).")
@click.option("--workers", default="1,2", show_default=True,
              help="Worker counts for --ingest, comma-separated.")
@click.option("--scratch-db", default=None, metavar="URL",
              help="For --ingest: a database to write to (EMPTIED before each run); for "
                   "--replay: a new database to write to [default: a temporary SQLite file].")
@click.option("--stories", "stories_n", type=int, default=None, metavar="N",
              help="Instead: the cross-article stage on N generated articles vs their ingest.")
@click.option("--replay", "replay_n", type=int, default=None, metavar="N",
              help="Instead: code --corpus once and ingest N replayed copies (new texts, ids "
                   "and dates), printing the parent's memory every --every articles.")
@click.option("--every", "every", type=int, default=1000, show_default=True,
              help="For --replay: articles between memory samples.")
@click.pass_obj
def bench(state: _State, corpus: str | None, n: int | None, repeats: int,
          n_process: int | None, as_json: bool, generate: int | None, out: str | None,
          ingest_: bool, workers: str, scratch_db: str | None, stories_n: int | None,
          replay_n: int | None, every: int) -> None:
    """Throughput of the whole pipeline vs the bare language pipeline, and peak memory
    (the pipeline the settings describe: theatre, rules, extractor options, batch size)."""
    from brinkwatch.bench import format_bench, run_bench

    settings = state.settings(n_process=n_process)

    if stories_n is not None:
        from brinkwatch.analysis.benchmark import format_stories_bench, run_stories_bench

        if stories_n < 10:
            raise click.UsageError("--stories needs at least 10 articles")
        sb = run_stories_bench(stories_n)
        click.echo(json.dumps(sb.to_json()) if as_json else format_stories_bench(sb))
        return
    if generate is not None:
        from brinkwatch.scale.corpus import write_corpus

        if not out:
            raise click.UsageError("--generate N needs --out DIR")
        files = write_corpus(out, generate, per_file=200 if generate <= 10_000 else 1000)
        click.echo(f"wrote {generate} articles in {len(files)} files under {out}")
        return
    if replay_n is not None:
        from brinkwatch.scale.replay import format_replay_bench, run_replay_bench

        if not corpus:
            raise click.UsageError("--replay needs --corpus DIR (make one with --generate)")
        from brinkwatch.scale.replay import REPLAY_HEADER, format_replay_sample

        if not as_json:  # one line per sample as it is taken: a long run can be watched
            click.echo(REPLAY_HEADER)
        rb = run_replay_bench(corpus, replay_n, every=every, settings=settings, db=scratch_db,
                              on_sample=None if as_json else
                              lambda s: click.echo(format_replay_sample(s)))
        click.echo(json.dumps(rb.to_json()) if as_json else format_replay_bench(rb, samples=False))
        return
    if ingest_:
        from brinkwatch.scale.bench import format_ingest_bench, run_ingest_bench

        if not corpus:
            raise click.UsageError("--ingest needs --corpus DIR (make one with --generate)")
        try:
            counts = tuple(int(w) for w in workers.split(",") if w.strip())
        except ValueError:
            raise click.UsageError(f"--workers takes numbers like 1,2 (got {workers!r})") from None
        if not counts or min(counts) < 1:
            raise click.UsageError("--workers takes positive numbers like 1,2")
        res = run_ingest_bench(corpus, workers=counts, db=scratch_db, settings=settings)
        click.echo(json.dumps(res.to_json()) if as_json else format_ingest_bench(res))
        return
    result = run_bench(corpus=corpus, n=n, repeats=repeats, settings=settings)
    click.echo(json.dumps(result.to_json()) if as_json else format_bench(result))


@cli.command()
@click.argument("folder", type=click.Path(path_type=str))
@click.pass_obj
def load(state: _State, folder: str) -> None:
    """Store the Parquet shards of 'ingest --executor dask --shards FOLDER'."""
    from brinkwatch.scale.shards import load_shards

    settings = state.settings()
    with _store(settings, must_exist=False) as store:
        c = load_shards(folder, store)
    click.echo(f"loaded into {settings.db}: {c['new']} new; {c['updated']} updated; "
               f"{c['unchanged']} unchanged; {c['events']} events")


# --- watch ------------------------------------------------------------------------------
@cli.command()
@click.option("--feeds", "feeds_file", required=True, type=click.Path(path_type=str),
              help="A file of RSS/Atom feed URLs, one per line.")
@click.option("--every", default="15m", show_default=True,
              help="Time between polls of a feed (30s, 15m, 1h).")
@click.option("--rounds", type=int, default=None,
              help="Stop after N rounds [default: run until Ctrl-C].")
@click.option("--theatre", multiple=True, help="Extra theatre file (repeatable).")
@click.option("--timeout", type=float, default=None, help="Seconds allowed per URL.")
@click.option("--allow-private", is_flag=True, default=None,
              help="Allow URLs on private or loopback addresses.")
@click.pass_obj
def watch(state: _State, feeds_file: str, every: str, rounds: int | None,
          theatre: tuple[str, ...], timeout: float | None, allow_private: bool | None) -> None:
    """Poll feeds, fetch new items' articles and ingest them; one status line per feed."""
    from brinkwatch.pipeline import context_for
    from brinkwatch.sources.urls import read_url_list
    from brinkwatch.watch import parse_interval
    from brinkwatch.watch import watch as run_watch

    seconds = parse_interval(every)
    if rounds is not None and rounds < 1:
        raise click.UsageError("--rounds takes a positive number")
    settings = state.settings(timeout=timeout, allow_private=allow_private,
                              theatre=os.pathsep.join(theatre) if theatre else None)
    feeds = read_url_list(feeds_file)
    opts = settings.source_options()
    ctx = context_for(settings)
    with _store(settings, must_exist=False) as store:
        try:
            run_watch(feeds, store, ctx, every=seconds, options=opts, rounds=rounds,
                      on_report=lambda r: click.echo(r.line()))
        except KeyboardInterrupt:
            click.echo("stopped; every article taken so far is stored; run the same command "
                       "to go on", err=True)


@cli.command()
@click.option("--defaults", is_flag=True,
              help="The table of settings instead: name, default, help.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@click.pass_obj
def settings(state: _State, defaults: bool, as_json: bool) -> None:
    """The settings in effect and where each came from (default, the toml file, a
    BRINKWATCH_* variable, a flag); set them in brinkwatch.toml or BRINKWATCH_*."""
    from brinkwatch.config import settings_in_effect, settings_table

    if defaults:
        rows = settings_table()
        if as_json:
            _print_json_lines({"setting": n, "default": d, "help": h} for n, d, h in rows)
        else:
            click.echo(_table([[n, repr(d), h] for n, d, h in rows],
                              ["setting", "default", "help"]))
        return
    current = settings_in_effect(state.settings())
    if as_json:
        _print_json_lines({"setting": n, "value": v, "from": o} for n, v, o in current)
    else:
        click.echo(_table([[n, repr(v), o] for n, v, o in current],
                          ["setting", "value", "from"]))


# --- serving and tension ----------------------------------------------------------------
@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback by default; anything wider is warned about).")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--workers", type=int, default=1, show_default=True,
              help="Server processes answering in parallel (about one per CPU core; each keeps its own cache).")
@click.pass_obj
def serve(state: _State, host: str, port: int, workers: int) -> None:
    """Serve the JSON API and the dashboard over the database (read-only)."""
    from brinkwatch.api.app import serve as run_server

    settings = state.settings()
    with _store(settings, readonly=True):
        pass  # one clear error when the database is missing or needs an upgrade
    run_server(settings, host=host, port=port, workers=workers,
               log=lambda m: click.echo(m, err=True))


@cli.command()
@click.option("--dyad", nargs=2, default=None, metavar="ACTOR TARGET",
              help="The ordered pair (names, aliases or kb ids); default: the most hostile dyads.")
@click.option("--alerts", is_flag=True, help="Only the periods that raised an alert.")
@click.option("--week", is_flag=True, help="Per week instead of per day.")
@click.option("--since", default=None, help="From this date (YYYY-MM-DD).")
@click.option("--until", default=None, help="To this date (YYYY-MM-DD).")
@click.option("--half-life", type=float, default=7.0, show_default=True, help="Decay, in days.")
@click.option("--no-rollup", is_flag=True, help="Exact actors only (not the bodies under them).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@click.pass_obj
def tension(state: _State, dyad: tuple[str, str] | None, alerts: bool, week: bool,
            since: str | None, until: str | None, half_life: float, no_rollup: bool,
            fmt: str) -> None:
    """The tension index of a dyad per day or week, with change-point alerts (docs/tension.md)."""
    from dataclasses import asdict

    from brinkwatch.analysis.tension import tension_report
    from brinkwatch.kb.loader import load_theatre

    settings = state.settings()
    kb = load_theatre(settings.theatre_paths)
    with _store(settings, readonly=True) as store, store.snapshot() as conn:
        report = tension_report(conn, kb, dyad=dyad, bucket="week" if week else "day",
                                half_life_days=half_life, since=since, until=until,
                                rollup=not no_rollup)
    if fmt == "jsonl":
        for _pair, series, _names in report:
            for p in (series.alerts if alerts else series.points):
                _print_json_lines([{"actor": series.actor, "target": series.target, **asdict(p)}])
        return
    from brinkwatch.analysis.tension import format_series

    if not report:
        click.echo("no dyad of KB actors in this database")
    for _pair, series, (a_name, t_name) in report:
        click.echo(format_series(series, actor_name=a_name, target_name=t_name, alerts_only=alerts))


def _stop_on_sigterm() -> None:
    """SIGTERM (a service manager, ``kill``) stops like Ctrl-C: the article being written is
    rolled back, the message says how to resume, the exit code is 130."""
    import signal

    def stop(signum: int, frame: Any) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # one is enough: the run is stopping
        raise KeyboardInterrupt

    try:
        signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread (embedded use): leave the default
        return
    _redeliver_lost_stops(stop)


def _redeliver_lost_stops(stop: Any) -> None:
    """A stop (Ctrl-C, SIGTERM) that lands while Python runs a callback of its own (a weakref
    or garbage-collection callback, as SQLAlchemy registers) cannot leave that callback: Python
    prints "Exception ignored" with a traceback and the run goes on. Such a stop is delivered
    again 50 ms later, by an alarm, to the command's own code, where it ends the run as usual."""
    import signal

    if not hasattr(signal, "setitimer"):  # Windows: no alarm to deliver it again with
        return
    previous = sys.unraisablehook

    def hook(args: Any) -> None:
        if args.exc_type is not None and issubclass(args.exc_type, KeyboardInterrupt):
            signal.signal(signal.SIGALRM, stop)
            signal.setitimer(signal.ITIMER_REAL, 0.05)
            return
        previous(args)

    sys.unraisablehook = hook


def _ignore_late_sigterm() -> None:
    """Once the command has finished (its work committed, its message written), a SIGTERM
    that lands while the interpreter tears down is moot. Python resets our handler to the
    default at that point, which would turn it into a kill (exit -15) of a run that in fact
    completed; ignoring it lets the process end with the status it earned."""
    import signal

    try:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    except ValueError:  # not the main thread
        pass


def main() -> None:
    _stop_on_sigterm()
    try:
        _main()
    finally:
        _ignore_late_sigterm()


def _main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        _echo_err("interrupted; run the same command again to resume (nothing is doubled)")
        sys.exit(130)
    except KeyboardInterrupt:
        _echo_err("interrupted; run the same command again to resume (nothing is doubled)")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BrinkwatchError as exc:
        _echo_err(str(exc))
        sys.exit(1)
    except SystemExit:
        raise
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        if os.environ.get("BRINKWATCH_DEBUG"):
            raise
        _echo_err(f"unexpected {type(exc).__name__}: {exc}. This is a bug; rerun with "
                  "BRINKWATCH_DEBUG=1 to see the traceback and report it")
        sys.exit(1)


if __name__ == "__main__":
    main()
