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
    def __init__(self, db: str | None, config: str | None) -> None:
        self.db_flag = db
        self.config = config

    def settings(self, **flags: Any) -> Settings:
        return load_settings(config_file=self.config, db=self.db_flag, **flags)


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
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))


def _table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [len(h) for h in headers]
    for r in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, r, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(out)


def _short(text: str | None, n: int) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[: n - 1] + "…"


def _names(refs: list[dict[str, Any]]) -> str:
    return ", ".join(r.get("name") or f"?{r.get('text')}" for r in refs) or "-"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="brinkwatch")
@click.option("--db", default=None, metavar="PATH",
              help="Database file or SQLAlchemy URL [env BRINKWATCH_DB; default ./brinkwatch.db].")
@click.option("--config", default=None, metavar="FILE",
              help="TOML settings file [default ./brinkwatch.toml if present].")
@click.pass_context
def cli(ctx: click.Context, db: str | None, config: str | None) -> None:
    """brinkwatch: sourced, structured event data from news reports."""
    ctx.obj = _State(db, config)


# --- ingest -----------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--urls", "urls_file", type=click.Path(path_type=str), default=None,
              help="A file of URLs to fetch, one per line.")
@click.option("--theatre", multiple=True, help="Extra theatre file (repeatable).")
@click.option("--max-bytes", type=int, default=None, help="Largest document read, in bytes.")
@click.option("--timeout", type=float, default=None, help="Seconds allowed per URL.")
@click.option("--allow-private", is_flag=True, default=None,
              help="Allow URLs on private or loopback addresses.")
@click.option("--n-process", type=int, default=None, help="Language-pipeline processes.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no per-document lines.")
@click.pass_obj
def ingest(state: _State, paths: tuple[str, ...], urls_file: str | None, theatre: tuple[str, ...],
           max_bytes: int | None, timeout: float | None, allow_private: bool | None,
           n_process: int | None, quiet: bool) -> None:
    """Read articles from files/folders (.txt .md .html .jsonl) or URLs, code them, store them."""
    from itertools import chain

    from brinkwatch.ingest import ingest as run_ingest
    from brinkwatch.ingest import progress_callback
    from brinkwatch.pipeline import build_context
    from brinkwatch.sources import SourceOptions, iter_path, iter_urls

    if not paths and not urls_file:
        raise click.UsageError("give at least one PATH or --urls FILE")
    settings = state.settings(max_bytes=max_bytes, timeout=timeout, allow_private=allow_private,
                              n_process=n_process,
                              theatre=os.pathsep.join(theatre) if theatre else None)
    for p in (*paths, *([urls_file] if urls_file else [])):
        if not Path(p).exists():
            raise ConfigError(f"no such file or directory: {p}; give a file or a folder of "
                              ".txt/.md/.html/.jsonl articles")
    opts = SourceOptions(max_bytes=settings.max_bytes, timeout=settings.timeout,
                         max_redirects=settings.max_redirects,
                         allow_private=settings.allow_private)
    sources = [iter_path(p, options=opts) for p in paths]
    if urls_file:
        sources.append(iter_urls(urls_file, options=opts))
    ctx = build_context(theatre_paths=settings.theatre_paths)
    show = {"auto": sys.stderr.isatty(), "always": True, "never": False}[settings.progress]
    callback, close = progress_callback(show and not quiet)
    db_path = settings.db
    if "://" not in db_path:
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    with _store(settings, must_exist=False) as store:
        try:
            summary = run_ingest(chain.from_iterable(sources), store, ctx,
                                 batch_size=settings.batch_size, n_process=settings.n_process,
                                 on_document=callback)
        finally:
            close()
    if not quiet:
        for line in summary.problems:
            click.echo(f"skipped {line}", err=True)
    click.echo(f"ingested into {db_path}: {summary.line()}")
    if summary.failed:
        sys.exit(EXIT_SOME_FAILED)


# --- reading ----------------------------------------------------------------------------
@cli.command()
@click.option("--status", default=None, help="Only articles with this status (ok, empty, ...).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@click.option("--limit", type=int, default=None)
@click.pass_obj
def articles(state: _State, status: str | None, fmt: str, limit: int | None) -> None:
    """List stored articles with their status."""
    from dataclasses import asdict

    with _store(state.settings(), readonly=True) as store:
        rows = store.articles(status=status, limit=limit)
    if fmt == "jsonl":
        _print_json_lines(asdict(r) for r in rows)
        return
    click.echo(_table([[r.id[:12], r.status, str(r.n_events), r.published or "-",
                        _short(r.outlet, 18) or "-", _short(r.title or r.origin, 50),
                        _short(r.reason, 60)] for r in rows],
                      ["id", "status", "events", "published", "outlet", "title/origin", "reason"]))


def _event_filters(f: Any) -> Any:
    for opt in reversed([
        click.option("--actor", default=None, help="Actor or target: name, kb id or text."),
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
@click.option("--limit", type=int, default=None)
@click.pass_obj
def events(state: _State, actor: str | None, type_: str | None, since: str | None,
           until: str | None, doc: str | None, fmt: str, limit: int | None) -> None:
    """List coded events (filters combine)."""
    with _store(state.settings(), readonly=True) as store:
        rows = store.events(actor=actor, type=type_.upper() if type_ else None, since=since,
                            until=until, doc=doc, limit=limit)
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
    click.echo(format_event(ev))


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


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), required=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="Write here instead of standard output.")
@_event_filters
@click.pass_obj
def export(state: _State, fmt: str, out: str | None, actor: str | None, type_: str | None,
           since: str | None, until: str | None, doc: str | None) -> None:
    """Export events (JSONL: one event a line; CSV: flattened). Fields: docs/export.md."""
    filters = {"actor": actor, "type": type_.upper() if type_ else None, "since": since,
               "until": until, "doc": doc}
    with _store(state.settings(), readonly=True) as store:
        if out:
            with open(out, "w", encoding="utf-8", newline="") as fp:
                n = store.export(fp, format=fmt, **filters)
            click.echo(f"wrote {n} events to {out}", err=True)
        else:
            store.export(sys.stdout, format=fmt, **filters)


@cli.command()
@click.option("--doc", default=None, help="Article id (prefix) or origin substring.")
@click.option("--unknown", is_flag=True, help="Only mentions not linked to the knowledge base.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@click.pass_obj
def actors(state: _State, doc: str | None, unknown: bool, fmt: str) -> None:
    """Actors linked in the stored articles, with mention counts."""
    with _store(state.settings(), readonly=True) as store:
        rows = store.actor_counts(doc=doc, unknown=unknown)
    if fmt == "jsonl":
        _print_json_lines(rows)
        return
    click.echo(_table([[r["article"]["id"][:12], r["name"] or "(unknown)", r["kb_id"] or "-",
                        str(r["count"]), _short(" | ".join(r["texts"]), 60)] for r in rows],
                      ["article", "actor", "kb_id", "count", "as written"]))


@cli.command()
@click.option("--limit", type=int, default=12, help="Events shown.")
@click.pass_obj
def briefing(state: _State, limit: int) -> None:
    """A short briefing: articles, actors, events with their provenance."""
    from brinkwatch.analysis.briefing import briefing_text

    with _store(state.settings(), readonly=True) as store:
        click.echo(briefing_text(store, limit=limit))


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
    from brinkwatch.pipeline import build_context

    return build_context(theatre_paths=state.settings().theatre_paths)


def _need_file(path: str, what: str) -> None:
    if not Path(path).exists():
        raise ConfigError(f"{what} not found: {path}")


def _gold_eval(state: _State, kind: str, gold: str, corpus: str, as_json: bool) -> None:
    """Shared body of `eval events` and `eval actors`: check the paths, score, print."""
    from brinkwatch import eval as ev

    _need_file(gold, "gold file")
    _need_file(corpus, "corpus folder")
    evaluate, fmt = {
        "events": (ev.evaluate_events, ev.format_event_report),
        "actors": (ev.evaluate_actors, ev.format_actor_report),
    }[kind]
    scores = evaluate(gold, corpus, _ctx_for_eval(state))
    click.echo(json.dumps(scores.to_json(), ensure_ascii=False) if as_json else fmt(scores))


_GOLD_OPTIONS = (
    click.option("--corpus", required=True, help="Folder of the articles the gold annotates."),
    click.option("--json", "as_json", is_flag=True, help="Print one JSON object."),
)


@eval_group.command("events")
@click.option("--gold", required=True, help="Gold events JSONL (see shared/gold/README.md).")
@_GOLD_OPTIONS[0]
@_GOLD_OPTIONS[1]
@click.pass_obj
def eval_events(state: _State, gold: str, corpus: str, as_json: bool) -> None:
    """Precision, recall, F1 of events against gold, per type, with misses and false positives."""
    _gold_eval(state, "events", gold, corpus, as_json)


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


@cli.command()
@click.option("--corpus", default=None, help="Folder of articles [default: the bundled sample].")
@click.option("--n", "n", type=int, default=None, help="Number of articles (cycled if needed).")
@click.option("--repeats", type=int, default=3, help="Timed runs (the median is reported).")
@click.option("--n-process", type=int, default=1, help="Language-pipeline processes.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def bench(corpus: str | None, n: int | None, repeats: int, n_process: int, as_json: bool) -> None:
    """Throughput of the whole pipeline vs the bare language pipeline, and peak memory."""
    from brinkwatch.bench import format_bench, run_bench

    result = run_bench(corpus=corpus, n=n, repeats=repeats, n_process=n_process)
    click.echo(json.dumps(result.to_json()) if as_json else format_bench(result))


@cli.command()
def settings() -> None:
    """The settings table: name, default, help (set them in brinkwatch.toml or BRINKWATCH_*)."""
    from brinkwatch.config import settings_table

    click.echo(_table([[n, repr(d), h] for n, d, h in settings_table()],
                      ["setting", "default", "help"]))


# --- serving and tension ----------------------------------------------------------------
@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback by default; anything wider is warned about).")
@click.option("--port", type=int, default=8000, show_default=True)
@click.pass_obj
def serve(state: _State, host: str, port: int) -> None:
    """Serve the JSON API and the dashboard over the database (read-only)."""
    from brinkwatch.api.app import serve as run_server

    settings = state.settings()
    with _store(settings, readonly=True):
        pass  # one clear error when the database is missing or needs an upgrade
    run_server(settings, host=host, port=port, log=lambda m: click.echo(m, err=True))


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
    with _store(settings, readonly=True) as store, store.reading() as conn:
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


def main() -> None:
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
