"""HTML pages -> Articles: main text and metadata with trafilatura.

Only dates the page states (meta tags, JSON-LD, ``<time>``) are kept: the extensive
date search (guessing from the URL or from any date in the text) is turned off, so a
page with no date gives ``published=None``.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from htmldate import find_date
from lxml import etree

from brinkwatch.records import Article, ArticleStatus, text_id
from brinkwatch.sources.checks import (
    bad_article,
    clean_text,
    finish,
    first,
    normalise_date,
    normalise_language,
)

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# trafilatura and htmldate log an ERROR for every page they cannot parse; the status and
# reason of the Article say it once. A NullHandler keeps Python's last-resort handler from
# printing those lines when the application has not configured logging.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def stated_date(html: str) -> str | None:
    """The publication date the page states in its markup (meta, JSON-LD, <time>), or None.

    htmldate with the extensive text search off and ``url=""``: trafilatura passes the
    page's canonical URL, whose path (``/2024/01/05/...``) would otherwise give a date.
    """
    try:
        value = find_date(html, url="", **_DATE_PARAMS)
    except Exception:  # noqa: BLE001 - htmldate raises many kinds on broken input
        return None
    return normalise_date(value) if value else None


_HTML_LANG = re.compile(r"""<html[^>]*\blang\s*=\s*["']?([A-Za-z_-]+)""", re.IGNORECASE)
_OG_URL = re.compile(
    r"""<(?:link[^>]+rel\s*=\s*["']canonical["'][^>]+href|meta[^>]+property\s*=\s*["']og:url["'][^>]+content)"""
    r"""\s*=\s*["']([^"']+)["']""",
    re.IGNORECASE,
)
_FALLBACK_TAGS = ("p", "h1", "h2", "h3", "li", "blockquote", "pre")
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
              "template", "svg")


def _deep_parser() -> lxml.html.HTMLParser:
    """libxml2 drops everything nested deeper than 255 elements unless told otherwise (a page
    of 300 nested <div>s came out empty); the input is already capped by ``max_bytes``."""
    return lxml.html.HTMLParser(huge_tree=True)


def _fallback_text(html: str) -> str:
    """Text of paragraph-like elements, for pages too small or too broken for trafilatura;
    a "page" with no markup at all is read as plain text."""
    if "<" not in html:
        return _unescape(html)
    try:
        root = lxml.html.fromstring(html, parser=_deep_parser())
    except (etree.ParserError, ValueError):
        return ""
    for bad in list(root.iter(*_DROP_TAGS)):
        if bad.getparent() is not None:
            bad.drop_tree()
    parts = [" ".join(el.text_content().split()) for el in root.iter(*_FALLBACK_TAGS)]
    return "\n".join(p for p in parts if p)


def _has_own_text(html: str) -> bool:
    """Whether the page has any text outside menus, links, scripts and page furniture."""
    try:
        root = lxml.html.fromstring(html, parser=_deep_parser())
    except (etree.ParserError, ValueError):
        return False
    for bad in list(root.iter(*_DROP_TAGS, "a", "title", "head")):
        if bad.getparent() is not None:
            bad.drop_tree()
    return bool(root.text_content().strip())


def _strip_xml_declaration(html: str) -> str:
    # lxml refuses str input that carries an encoding declaration
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)


def read_html(html: str, *, origin: str, url: str | None = None, size: int | None = None,
              fmt: str = "html", check_language: bool = True) -> Article:
    """Read one HTML page: main text, title, author, date, site name, language.

    ``origin`` is where the page came from (path or URL); ``url`` the page's own
    address when known (else the canonical/og:url of the page). A page with no main
    text gives status ``empty``, one in another language ``not-english`` (when
    ``check_language``). Nothing here raises for bad HTML.
    """
    raw = html.encode("utf-8", errors="replace")
    size = len(raw) if size is None else size
    html = _strip_xml_declaration(html)
    doc = None
    if "<" in html:
        try:
            doc = trafilatura.bare_extraction(
                html, with_metadata=True, include_comments=False, include_tables=True,
                date_extraction_params=_DATE_PARAMS,
            )
        except Exception:  # noqa: BLE001 - trafilatura/lxml raise many kinds on broken input
            doc = None
    text = clean_text(doc.text or "") if doc is not None else ""
    if not text.strip():
        text = clean_text(_fallback_text(html)) if html.strip() else ""
    elif len(text) < 200 and not _has_own_text(html):
        text = ""  # only link or menu text (trafilatura's last-resort fallback)
    m = _HTML_LANG.search(html[:5000])
    page_url = url
    if page_url is None:
        m_url = _OG_URL.search(html[:20000])
        if m_url and urlsplit(m_url.group(1)).scheme in ("http", "https"):
            page_url = m_url.group(1)
    meta: dict[str, str | None] = {
        "title": first([doc.title if doc else None]),
        "author": first([doc.author if doc else None]),
        "outlet": first([doc.sitename if doc else None]),
        "published": stated_date(html) if "<" in html else None,
        "language": normalise_language(m.group(1)) if m else None,
    }
    if not text.strip():
        return bad_article(
            origin=origin, raw=raw, size=size, fmt=fmt, url=page_url,
            status=ArticleStatus.EMPTY,
            reason="empty: no main text found in the HTML (only scripts, menus or markup?); "
                   "give the article page itself or its text",
            **meta,
        )
    article = Article(id=text_id(text), origin=origin, text=text, format=fmt, size=size,
                      url=page_url, **meta)
    return finish(article, raw=raw, check_language=check_language)


_BLOCKS = frozenset(("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                     "pre", "tr", "section", "article", "ul", "ol", "table", "figure"))


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), one line per block element."""
    if "<" not in fragment:
        return clean_text(_unescape(fragment)).strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for bad in list(root.iter(*_DROP_TAGS)):
        if bad.getparent() is not None:
            bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return clean_text("\n".join(line for line in lines if line))


def _unescape(text: str) -> str:
    import html as _html  # noqa: PLC0415 - the module name shadows the stdlib here

    return _html.unescape(text)
