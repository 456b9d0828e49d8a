"""brinkwatch.sources: reading articles (files, HTML, JSONL, feeds, URLs), with a status for
every bad document.

    iter_path(path, options=)     a file or a folder tree of .txt .md .html .htm .jsonl (+ feeds)
    iter_urls(urls_file, options=, transport=)   one URL a line, fetched with httpx
    read_html(html, origin=)      one HTML page through trafilatura

Every yielded :class:`~brinkwatch.records.Article` carries a status and, when bad, a
one-line reason that says what to do; only a missing path raises SourceError.
"""

from brinkwatch.sources.checks import detect_language
from brinkwatch.sources.feeds import read_feed
from brinkwatch.sources.files import count_documents, iter_path, read_bytes
from brinkwatch.sources.html import read_html
from brinkwatch.sources.options import SourceOptions
from brinkwatch.sources.urls import fetch_url, is_url, iter_url_args, iter_urls, read_url_list

__all__ = [
    "SourceOptions",
    "count_documents",
    "detect_language",
    "fetch_url",
    "is_url",
    "iter_path",
    "iter_url_args",
    "iter_urls",
    "read_bytes",
    "read_feed",
    "read_html",
    "read_url_list",
]
