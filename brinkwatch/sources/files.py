"""Files and folders -> Articles: .txt, .md, .html/.htm, .jsonl (and RSS/Atom feeds).

Every document yields one Article (a JSONL file one per non-blank row, a feed one per
item), good or bad: nothing raises for a bad document. Only a path that does not
exist raises :class:`~brinkwatch.errors.SourceError`.

``max_bytes`` limits each document: a whole .txt/.md/.html/feed file (checked with
stat() before reading), and each row of a JSONL file (which is streamed line by line,
so a large JSONL corpus is fine as long as no single row is over the limit).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

import yaml

from brinkwatch.errors import SourceError
from brinkwatch.records import Article, ArticleStatus, text_id
from brinkwatch.sources.checks import (
    bad_article,
    clean_text,
    date_note,
    decode_bytes,
    encoding_reason,
    finish,
    first,
    headline,
    normalise_date,
    not_text_reason,
    sniff_binary,
    too_large_reason,
)
from brinkwatch.sources.html import read_html
from brinkwatch.sources.options import SourceOptions

TEXT_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                ".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl",
                ".rss": "feed", ".atom": "feed", ".xml": "feed"}
_HEAD = 65_536  # bytes hashed into the id of a too-large document (it is never read whole)
_DEFAULT_OPTIONS = SourceOptions()


def iter_path(path: str | Path, *, options: SourceOptions = _DEFAULT_OPTIONS) -> Iterator[Article]:
    """Articles from a file or a folder tree (sorted by relative path, hidden entries skipped).

    In a folder, files with other extensions are skipped silently; a single file with
    another extension yields one ``not-text`` Article that says so.
    """
    p = Path(path)
    if not p.exists():  # checked now, not at the first next(): the caller sees it at once
        raise SourceError(
            f"no such file or directory: {p}; give a file or a folder of "
            ".txt/.md/.html/.jsonl articles")
    return _iter_path(p, options)


def _iter_path(p: Path, options: SourceOptions) -> Iterator[Article]:
    files = [p] if not p.is_dir() else list(_walk(p))
    for file in files:
        try:
            yield from read_file(file, options=options, single=file == p)
        except Exception as err:  # noqa: BLE001 - a bug on one document must not stop the run
            yield bad_article(
                origin=str(file), raw=b"", size=_size(file), fmt=TEXT_FORMATS.get(
                    file.suffix.lower()), status=ArticleStatus.FAILED,
                reason=f"failed: unexpected {type(err).__name__} while reading ({err}); "
                       "please report it with the file")


def count_documents(path: str | Path) -> int:
    """About how many documents :func:`iter_path` will yield (for a progress bar's total):
    one per file, one per non-blank line of a JSONL file (feeds count as one)."""
    p = Path(path)
    total = 0
    for file in ([p] if p.is_file() else list(_walk(p)) if p.is_dir() else []):
        if TEXT_FORMATS.get(file.suffix.lower()) != "jsonl":
            total += 1
            continue
        try:
            with file.open("rb") as fh:
                total += max(1, sum(1 for line in fh if line.strip()))
        except OSError:
            total += 1
    return total


def _walk(root: Path) -> Iterator[Path]:
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or Path(name).suffix.lower() not in TEXT_FORMATS:
                continue
            file = Path(dirpath) / name
            found.append((file.relative_to(root).as_posix(), file))
    for _, file in sorted(found):
        yield file


def read_file(path: Path, *, options: SourceOptions = _DEFAULT_OPTIONS,
              single: bool = False) -> Iterator[Article]:
    """Articles from one file (one, or one per row/item for JSONL and feeds)."""
    origin = str(path)
    fmt = TEXT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        if single:
            ext = path.suffix or "(no extension)"
            yield bad_article(
                origin=origin, raw=b"", size=_size(path), fmt=None,
                status=ArticleStatus.NOT_TEXT,
                reason=f"not-text: {ext} files are not read; give .txt, .md, .html or .jsonl "
                       "(convert the document to text or HTML first)")
        return
    if not path.is_file():
        yield bad_article(
            origin=origin, raw=b"", size=0, fmt=fmt, status=ArticleStatus.FAILED,
            reason="failed: not a regular file (a pipe, socket or device?); give a file "
                   "or a folder of articles")
        return
    try:
        size = path.stat().st_size
        if fmt == "jsonl":
            with path.open("rb") as fh:
                yield from _read_jsonl(fh, origin=origin, size=size, options=options)
            return
        if size > options.max_bytes:
            with path.open("rb") as fh:
                head = fh.read(_HEAD)
            yield bad_article(origin=origin, raw=head, size=size, fmt=fmt,
                              status=ArticleStatus.TOO_LARGE,
                              reason=too_large_reason(size, options.max_bytes))
            return
        with path.open("rb") as fh:
            raw = fh.read(options.max_bytes + 1)  # the file may have grown since stat()
    except OSError as err:
        yield bad_article(
            origin=origin, raw=b"", size=0, fmt=fmt, status=ArticleStatus.FAILED,
            reason=f"failed: cannot read the file ({err.strerror or err}); check that it "
                   "exists and is readable")
        return
    if len(raw) > options.max_bytes:
        yield bad_article(origin=origin, raw=raw[:_HEAD], size=len(raw), fmt=fmt,
                          status=ArticleStatus.TOO_LARGE,
                          reason=too_large_reason(len(raw), options.max_bytes))
        return
    if fmt == "feed":
        from brinkwatch.sources.feeds import read_feed  # noqa: PLC0415 - lxml parse only for feeds

        yield from read_feed(raw, origin=origin, options=options, single=single)
        return
    yield read_bytes(raw, origin=origin, fmt=fmt, options=options)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def read_bytes(raw: bytes, *, origin: str, fmt: str, options: SourceOptions = _DEFAULT_OPTIONS,
               declared_charset: str | None = None, url: str | None = None) -> Article:
    """One document from its bytes: ``fmt`` is ``txt``, ``md`` or ``html``."""
    if not raw:
        return bad_article(origin=origin, raw=raw, fmt=fmt, url=url, status=ArticleStatus.EMPTY,
                           reason="empty: the file has no text; nothing to process")
    kind = sniff_binary(raw[:8192])
    if kind is not None:
        return bad_article(origin=origin, raw=raw, fmt=fmt, url=url,
                           status=ArticleStatus.NOT_TEXT, reason=not_text_reason(kind))
    decoded = decode_bytes(raw, declared=declared_charset)
    text = clean_text(decoded.text)
    if not text.strip():
        return bad_article(origin=origin, raw=raw, fmt=fmt, url=url, status=ArticleStatus.EMPTY,
                           reason="empty: the file has only whitespace; nothing to process")
    if fmt == "html":
        article = read_html(text, origin=origin, url=url, size=len(raw), fmt=fmt,
                            check_language=False)
        if article.status is not ArticleStatus.OK:
            return bad_article(origin=origin, raw=raw, fmt=fmt, url=article.url,
                               status=article.status, reason=article.reason or "",
                               title=article.title, author=article.author,
                               outlet=article.outlet, published=article.published,
                               language=article.language)
    else:
        article = _read_text(text, origin=origin, fmt=fmt, size=len(raw), url=url)
    note = join_notes(encoding_reason(decoded), article.reason)
    if note is not None:
        article = replace(article, reason=note)
    return finish(article, raw=raw, check_language=options.check_language)


def join_notes(*notes: str | None) -> str | None:
    """Notes on a good document (encoding guessed, a date not read), as one line, or None."""
    kept = [n for n in notes if n]
    return "; ".join(kept) if kept else None


def _front_matter(text: str) -> tuple[dict[str, object], str]:
    """YAML front matter of a Markdown file (``---`` ... ``---``), and the text after it."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    try:
        meta = yaml.safe_load(text[4:end])
    except yaml.YAMLError:
        return {}, text
    if not isinstance(meta, dict):
        return {}, text
    rest = text[end + 4:]
    return {str(k).lower(): v for k, v in meta.items()}, rest.lstrip("-").lstrip("\n")


def _str(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if value is not None and not isinstance(value, (dict, list, bool)):
        return str(value)
    return None


def _read_text(text: str, *, origin: str, fmt: str, size: int, url: str | None) -> Article:
    meta: dict[str, object] = {}
    if fmt == "md":
        meta, text = _front_matter(text)
    title = first([_str(meta.get("title")), headline(text, markdown=fmt == "md")])
    return Article(
        id=text_id(text), origin=origin, text=text, format=fmt, size=size,
        title=title,
        author=_str(meta.get("author")),
        outlet=first([_str(meta.get("outlet")), _str(meta.get("source")),
                      _str(meta.get("site"))]),
        url=first([url, _str(meta.get("url"))]),
        published=normalise_date(_str(meta.get("published")) or _str(meta.get("date"))),
        language=_str(meta.get("language")) or _str(meta.get("lang")),
        reason=date_note(meta.get("published") or meta.get("date")),
    )


# ---------------------------------------------------------------------------------------------
# JSONL


def _lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes, int]]:
    """(line number, bytes, full length) per line; a line over ``limit`` keeps only its head."""
    n = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        n += 1
        length = len(line)
        if len(line) > limit and not line.endswith(b"\n"):
            head = line[:_HEAD]
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = fh.readline(1 << 20)
                length += len(line)
            yield n, head, length
            continue
        yield n, line, length


def _read_jsonl(fh: BinaryIO, *, origin: str, size: int,
                options: SourceOptions) -> Iterator[Article]:
    if size == 0:
        yield bad_article(origin=origin, raw=b"", fmt="jsonl", status=ArticleStatus.EMPTY,
                          reason="empty: the file has no text; nothing to process")
        return
    kind = sniff_binary(fh.read(8192))
    fh.seek(0)
    if kind is not None:
        yield bad_article(origin=origin, raw=b"", size=size, fmt="jsonl",
                          status=ArticleStatus.NOT_TEXT, reason=not_text_reason(kind))
        return
    seen = False
    for n, line, length in _lines(fh, options.max_bytes):
        row_origin = f"{origin}#L{n}"
        if length > options.max_bytes:
            seen = True
            yield bad_article(origin=row_origin, raw=line, size=length, fmt="jsonl",
                              status=ArticleStatus.TOO_LARGE,
                              reason=too_large_reason(length, options.max_bytes,
                                                      what=f"line {n}"))
            continue
        if not line.strip():
            continue
        seen = True
        yield read_jsonl_row(line, n=n, origin=row_origin, options=options)
    if not seen:
        yield bad_article(origin=origin, raw=b"", size=size, fmt="jsonl",
                          status=ArticleStatus.EMPTY,
                          reason="empty: the file has only blank lines; nothing to process")


def read_jsonl_row(line: bytes, *, n: int, origin: str,
                   options: SourceOptions = _DEFAULT_OPTIONS) -> Article:
    """One JSONL row: ``text`` or ``html``, optional title/url/outlet/author/published/language."""

    def failed(reason: str) -> Article:
        return bad_article(origin=origin, raw=line, fmt="jsonl", status=ArticleStatus.FAILED,
                           reason=f"failed: line {n} {reason}")

    decoded = decode_bytes(line)
    try:
        row = json.loads(decoded.text)
    except json.JSONDecodeError as err:
        return failed(f"is not JSON ({err.msg}); fix the line or remove it")
    except RecursionError:
        return failed("is nested too deeply to read; fix the line or remove it")
    if not isinstance(row, dict):
        return failed(f"is a JSON {type(row).__name__}, not an object with 'text' or 'html'; "
                      "write one object per line")
    text, html = row.get("text"), row.get("html")
    if text is None and html is None:
        return failed("has neither 'text' nor 'html'; add one of them or remove the line")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            return failed(f"has a '{key}' that is a JSON {type(value).__name__}, not a string; "
                          "fix the line")
    size = len(line.rstrip(b"\r\n"))
    url = _str(row.get("url"))
    meta = {
        "title": _str(row.get("title")),
        "author": _str(row.get("author")),
        "outlet": _str(row.get("outlet")),
        "published": normalise_date(_str(row.get("published")) or _str(row.get("date"))),
        "language": _str(row.get("language")),
    }
    note = date_note(row.get("published") if row.get("published") is not None
                     else row.get("date"))
    if isinstance(text, str) and (text.strip() or not html):
        article = Article(id=text_id(clean_text(text)), origin=origin, text=clean_text(text),
                          format="jsonl", size=size, url=url, reason=note, **meta)
    else:
        assert isinstance(html, str)
        page = read_html(html, origin=origin, url=url, size=size, fmt="jsonl",
                         check_language=False)
        merged = {k: v if v is not None else getattr(page, k) for k, v in meta.items()}
        if page.status is not ArticleStatus.OK:
            return bad_article(origin=origin, raw=line, size=size, fmt="jsonl", url=page.url,
                               status=page.status,
                               reason=(page.reason or "").replace("HTML", f"HTML of line {n}"),
                               **merged)
        article = Article(id=page.id, origin=origin, text=page.text, format="jsonl",
                          size=size, url=page.url, reason=join_notes(note, page.reason), **merged)
    return finish(article, raw=line, check_language=options.check_language)
