"""brinkwatch.sources.feeds: RSS/Atom files -> one Article per item."""

from __future__ import annotations

from pathlib import Path

import pytest

from brinkwatch.records import ArticleStatus
from brinkwatch.sources import SourceOptions, iter_path

BODY = (
    "Iraqi officials said on Tuesday that a drone struck a logistics base near the Syrian border "
    "overnight, and that no one was hurt. The government has asked the armed factions to stop "
    "the attacks, while a spokesman for the coalition said it would respond."
)
RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example Times</title>
<item><title>Drone hits base</title><link>https://news.example/1</link>
  <pubDate>Thu, 09 Oct 2025 08:30:00 GMT</pubDate><dc:creator>Jane Roe</dc:creator>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<p>{BODY}</p><p>Second paragraph.</p>]]></content:encoded></item>
<item><title>Summary only</title><link>https://news.example/2</link>
  <description>&lt;p&gt;{BODY} Again.&lt;/p&gt;</description></item>
<item><title>No body</title><link>https://news.example/3</link></item>
</channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Atom entry</title><link rel="alternate" href="https://wire.example/a"/>
<published>2025-10-10T12:00:00Z</published><author><name>John Doe</name></author>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""


def test_rss_items(tmp_path: Path) -> None:
    p = tmp_path / "feed.rss"
    p.write_text(RSS)
    full, summary, nobody = iter_path(p)
    assert full.status is ArticleStatus.OK
    assert full.text == BODY + "\nSecond paragraph."
    assert (full.title, full.url, full.outlet, full.author, full.published, full.origin,
            full.format) == ("Drone hits base", "https://news.example/1", "Example Times",
                             "Jane Roe", "2025-10-09T08:30:00+00:00", f"{p}#item1", "feed")
    assert summary.status is ArticleStatus.OK and summary.text == BODY + " Again."
    assert summary.published is None
    assert nobody.status is ArticleStatus.EMPTY and nobody.url == "https://news.example/3"


def test_atom_entries(tmp_path: Path) -> None:
    p = tmp_path / "wire.atom"
    p.write_text(ATOM)
    (a,) = iter_path(p)
    assert a.status is ArticleStatus.OK and a.text == BODY
    assert (a.title, a.url, a.outlet, a.author, a.published) == (
        "Atom entry", "https://wire.example/a", "Atom Wire", "John Doe",
        "2025-10-10T12:00:00+00:00")


@pytest.mark.parametrize(
    ("data", "single", "statuses"),
    [
        ("<sitemap><url>x</url></sitemap>", True, [ArticleStatus.NOT_TEXT]),
        ("<sitemap><url>x</url></sitemap>", False, []),
        ("<rss><channel><title>Empty</title></channel></rss>", True, [ArticleStatus.EMPTY]),
        ("not xml at all", True, [ArticleStatus.FAILED]),
        ("not xml at all", False, [ArticleStatus.FAILED]),
    ],
)
def test_odd_feeds(tmp_path: Path, data: str, single: bool, statuses: list[ArticleStatus]) -> None:
    (tmp_path / "f.xml").write_text(data)
    got = list(iter_path(tmp_path / "f.xml" if single else tmp_path, options=SourceOptions()))
    assert [a.status for a in got] == statuses
