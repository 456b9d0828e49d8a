"""Running the product over an evaluation corpus: the one place eval calls the pipeline.

The pipeline is imported when a run starts (not when ``brinkwatch.eval`` is imported), so the
scorers stay usable, and testable, without spaCy.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol

from brinkwatch.errors import EvalError
from brinkwatch.records import Article, ArticleResult, ArticleStatus, text_id

CORPUS_SUFFIXES = (".txt", ".md")


class Context(Protocol):
    """What eval needs of ``brinkwatch.pipeline.build_context()``."""

    @property
    def nlp(self) -> Any: ...  # spaCy Language

    @property
    def kb(self) -> Any: ...


def doc_key(article: Article, doc_map: Mapping[str, str] | None = None) -> str:
    """The gold ``doc`` of an article.

    For a JSONL corpus, ``doc_map`` (from :func:`jsonl_doc_map`) maps the row's ``url`` or its
    origin (``path#L<n>``) to the row's ``doc`` field; otherwise the gold ``doc`` is the file
    name of the origin (``#line`` suffix dropped).
    """
    if doc_map:
        for key in (article.url, article.origin):
            if key and key in doc_map:
                return doc_map[key]
    return Path(article.origin.split("#", 1)[0]).name


def jsonl_doc_map(path: Path | str) -> dict[str, str]:
    """url -> doc and ``origin#L<n>`` -> doc for the rows of a JSONL corpus that carry a
    ``doc`` field (rows without one keep their origin as the key; bad lines are skipped, the
    reader reports them)."""
    import json

    out: dict[str, str] = {}
    path = Path(path)
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, start=1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            doc = row.get("doc") if isinstance(row, dict) else None
            if not isinstance(doc, str) or not doc:
                continue
            out[f"{path}#L{n}"] = doc
            if isinstance(row.get("url"), str) and row["url"]:
                out[row["url"]] = doc
    return out


def _plain_files(corpus: Path) -> Iterator[Article]:
    for path in sorted(corpus.iterdir()):
        if path.is_file() and path.suffix.lower() in CORPUS_SUFFIXES:
            text = path.read_text(encoding="utf-8", errors="replace")
            yield Article(id=text_id(text), origin=str(path), text=text,
                          status=ArticleStatus.OK if text.strip() else ArticleStatus.EMPTY,
                          format=path.suffix.lower().lstrip("."), size=len(text.encode()))


def read_corpus(corpus_dir: Path | str) -> list[Article]:
    """The articles of a corpus directory or JSONL file, read by
    ``brinkwatch.sources.iter_path`` (or, while that reader is absent, as plain-text files)."""
    corpus = Path(corpus_dir)
    if corpus.is_file() and corpus.suffix.lower() == ".jsonl":
        from brinkwatch.sources import iter_path

        return list(iter_path(corpus))
    if not corpus.is_dir():
        raise EvalError(f"corpus '{corpus}' not found: pass the folder of the articles the gold "
                        "file annotates (e.g. ../shared/corpus/seeds) or a JSONL file of them")
    try:
        from brinkwatch.sources import iter_path
    except ImportError:
        return list(_plain_files(corpus))
    return list(iter_path(corpus))


def process_corpus(corpus_dir: Path | str, ctx: Any) -> Iterator[ArticleResult]:
    """Every article of ``corpus_dir`` through ``brinkwatch.pipeline.run_batch``."""
    articles = read_corpus(corpus_dir)
    if not articles:
        raise EvalError(f"no articles found in '{corpus_dir}': expected .txt files named as the "
                        "gold 'doc' field")
    return run_articles(articles, ctx)


def run_articles(articles: list[Article], ctx: Any) -> Iterator[ArticleResult]:
    from brinkwatch.pipeline import run_batch

    return iter(run_batch(articles, ctx))
