"""RSS 2.0 / RSS 1.0 (RDF) / Atom feeds -> one Article per item, from its content or description."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from brinkwatch.records import Article, ArticleStatus, text_id
from brinkwatch.sources.checks import bad_article, finish, first, normalise_date
from brinkwatch.sources.html import fragment_text
from brinkwatch.sources.options import SourceOptions

_PARSER_ARGS = {"resolve_entities": False, "no_network": True, "recover": True,
                "huge_tree": False, "remove_comments": True}
_DEFAULT_OPTIONS = SourceOptions()


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _parse(raw: bytes) -> etree._Element | None:
    try:
        root = etree.fromstring(raw, parser=etree.XMLParser(**_PARSER_ARGS))
    except (etree.XMLSyntaxError, ValueError):
        return None
    return root


def is_feed(raw: bytes) -> bool:
    root = _parse(raw)
    return root is not None and _local(root.tag) in ("rss", "feed", "rdf")


def _child_text(el: etree._Element, *names: str) -> str | None:
    for name in names:
        for child in el:
            if _local(child.tag) == name:
                if name == "link" and child.get("href"):
                    if child.get("rel", "alternate") == "alternate":
                        return child.get("href")
                    continue
                if name == "author" and len(child):
                    return _child_text(child, "name")
                text = "".join(child.itertext()).strip()
                if text:
                    return text
    return None


def read_feed(raw: bytes, *, origin: str, options: SourceOptions = _DEFAULT_OPTIONS,
              single: bool = False) -> Iterator[Article]:
    """One Article per item of an RSS/Atom feed (origin ``<feed>#item<n>``).

    XML that is not a feed yields nothing inside a folder, and one ``not-text`` Article
    when the file was given on its own.
    """
    root = _parse(raw)
    if root is None or _local(root.tag) not in ("rss", "feed", "rdf"):
        if single or root is None:
            what = "is not well-formed XML" if root is None else "is XML but not an RSS or Atom feed"
            status = ArticleStatus.FAILED if root is None else ArticleStatus.NOT_TEXT
            yield bad_article(origin=origin, raw=raw, fmt="feed", status=status,
                              reason=f"{status.value}: the file {what}; give an RSS/Atom feed "
                                     "or the articles as .txt/.html/.jsonl")
        return
    channel = next((el for el in root.iter() if _local(el.tag) == "channel"), root)
    outlet = _child_text(channel, "title")
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if not items:
        yield bad_article(origin=origin, raw=raw, fmt="feed", status=ArticleStatus.EMPTY,
                          outlet=outlet, reason="empty: the feed has no items; nothing to process")
        return
    for n, item in enumerate(items, 1):
        item_raw = etree.tostring(item)
        body = _child_text(item, "encoded", "content") or _child_text(item, "description",
                                                                       "summary")
        text = fragment_text(body or "")
        title = _child_text(item, "title")
        title = fragment_text(title) if title else None
        meta = {
            "title": title,
            "author": _child_text(item, "creator", "author"),
            "outlet": outlet,
            "url": _child_text(item, "link"),
            "published": normalise_date(first([_child_text(item, "pubdate", "published",
                                                           "date", "updated")])),
        }
        item_origin = f"{origin}#item{n}"
        if not text.strip():
            yield bad_article(origin=item_origin, raw=item_raw, fmt="feed",
                              status=ArticleStatus.EMPTY,
                              reason=f"empty: feed item {n} has no content or description; "
                                     "fetch its link to read the article", **meta)
            continue
        article = Article(id=text_id(text), origin=item_origin, text=text, format="feed",
                          size=len(item_raw), **meta)
        yield finish(article, raw=item_raw, check_language=options.check_language)
