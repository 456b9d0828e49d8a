"""brinkwatch.sources.html: read_html metadata, explicit dates only, empty and broken pages."""

from __future__ import annotations

import pytest

from brinkwatch.records import ArticleStatus, text_id
from brinkwatch.sources import read_html
from brinkwatch.sources.html import fragment_text

BODY = (
    "Iraqi officials said on Tuesday that a drone struck a logistics base near the Syrian border "
    "overnight, and that no one was hurt. The government has asked the armed factions to stop "
    "the attacks, while a spokesman for the coalition said it would respond at a time of its "
    "choosing."
)
FRENCH = (
    "Le gouvernement irakien a déclaré lundi que les forces de sécurité ont arrêté plusieurs "
    "hommes armés à Bagdad, après une attaque de drone contre une base militaire près de la "
    "frontière avec la Syrie. Le porte-parole a ajouté que l'enquête est en cours."
)


def page(head: str = "", body: str = BODY, lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><title>Drone hits base | Example Times</title>{head}'
            f"</head><body><article><h1>Drone hits base</h1><p>{body}</p></article></body></html>")


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ('<meta property="article:published_time" content="2025-10-09T08:00:00Z">', "2025-10-09"),
        ('<meta name="date" content="2024-03-01">', "2024-03-01"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", '
         '"datePublished": "2025-01-20T10:00:00Z"}</script>', "2025-01-20"),
        # no stated date: a date in the URL or in the text is not a publication date
        ('<link rel="canonical" href="https://news.example/2024/01/05/drone-hits-base">', None),
        ("", None),
    ],
)
def test_published_only_when_stated(head: str, published: str | None) -> None:
    a = read_html(page(head, body=BODY + " The report was first filed on January 5, 2024."),
                  origin="p.html")
    assert a.status is ArticleStatus.OK
    assert a.published == published


def test_metadata_and_text() -> None:
    head = ('<meta name="author" content="Jane Roe">'
            '<meta property="og:site_name" content="Example Times">'
            '<link rel="canonical" href="https://news.example/drone">')
    a = read_html(page(head, lang="en-GB"), origin="saved/p.html")
    assert (a.title, a.author, a.outlet, a.url, a.language, a.origin, a.format) == (
        "Drone hits base", "Jane Roe", "Example Times", "https://news.example/drone", "en",
        "saved/p.html", "html")
    assert BODY in a.text and a.id == text_id(a.text)


def test_xml_declaration_is_accepted() -> None:
    a = read_html('<?xml version="1.0" encoding="utf-8"?>\n' + page(), origin="x.xhtml")
    assert a.status is ArticleStatus.OK and BODY in a.text


@pytest.mark.parametrize(
    ("html", "status"),
    [
        ("", ArticleStatus.EMPTY),
        ("   ", ArticleStatus.EMPTY),
        ("<html><body></body></html>", ArticleStatus.EMPTY),
        ("<html><head><style>p {color: red}</style></head><body><script>x()</script></body></html>",
         ArticleStatus.EMPTY),
        ("<html><body><nav><ul><li><a href='/a'>World</a></li></ul></nav></body></html>",
         ArticleStatus.EMPTY),
        ("<<<<>>>>", ArticleStatus.EMPTY),
        ("\x00\x01<p>", ArticleStatus.EMPTY),
        ("<p>Short English note about talks.</p>", ArticleStatus.OK),
        ("<div><p>" + BODY + "<p><b>unclosed", ArticleStatus.OK),
        (page(body=FRENCH, lang="fr"), ArticleStatus.NOT_ENGLISH),
    ],
)
def test_status_of_odd_pages(html: str, status: ArticleStatus) -> None:
    a = read_html(html, origin="odd.html")
    assert a.status is status
    if status is not ArticleStatus.OK:
        assert a.reason is not None and a.reason.startswith(status.value + ":")


def test_language_check_can_be_skipped() -> None:
    a = read_html(page(body=FRENCH, lang="fr"), origin="fr.html", check_language=False)
    assert (a.status, a.language) == (ArticleStatus.OK, "fr")


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>One.</p><p>Two &amp; three.</p>", "One.\nTwo & three."),
        ("Plain &lt;escaped&gt; text", "Plain <escaped> text"),
        ("<div>a<br>b<script>bad()</script></div>", "a\nb"),
        ("", ""),
    ],
)
def test_fragment_text(fragment: str, text: str) -> None:
    assert fragment_text(fragment) == text
