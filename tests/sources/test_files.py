"""brinkwatch.sources.files: iter_path over files and folders, with a status for every bad one."""

from __future__ import annotations

import hashlib
import json
import tracemalloc
from pathlib import Path

import pytest

from brinkwatch.errors import SourceError
from brinkwatch.records import Article, ArticleStatus, hash_id, text_id
from brinkwatch.sources import SourceOptions, iter_path

ENGLISH = (
    "Iraqi officials said on Tuesday that a drone struck a logistics base near the Syrian border "
    "overnight, and that no one was hurt. The government has asked the armed factions to stop "
    "the attacks, while a spokesman for the coalition said it would respond at a time of its "
    "choosing."
)
ARABIC = (
    "قالت الحكومة العراقية يوم الاثنين إن القوات الأمنية اعتقلت عددا من المسلحين في بغداد بعد "
    "هجوم بطائرة مسيرة على قاعدة عسكرية قرب الحدود مع سوريا وأكد المتحدث باسم الحكومة أن "
    "التحقيق مستمر وأن المسؤولين سيحاسبون على هذه الهجمات"
)
FRENCH = (
    "Le gouvernement irakien a déclaré lundi que les forces de sécurité ont arrêté plusieurs "
    "hommes armés à Bagdad, après une attaque de drone contre une base militaire près de la "
    "frontière avec la Syrie. Le porte-parole a ajouté que l'enquête est en cours."
)
PAGE = """<!doctype html><html lang="en"><head>
<title>Drone hits base near border | Example Times</title>
<meta name="author" content="Jane Roe">
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2025-10-09T08:00:00Z">
</head><body><nav><a href="/">Home</a></nav><article><h1>Drone hits base near border</h1>
<p>{body}</p></article><footer>Copyright</footer></body></html>"""


def one(path: Path, **opts: object) -> Article:
    articles = list(iter_path(path, options=SourceOptions(**opts)))  # type: ignore[arg-type]
    assert len(articles) == 1, articles
    return articles[0]


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode() if isinstance(data, str) else data)
    return p


# --- plain text ------------------------------------------------------------------------------


def test_txt_ok_with_headline_title(tmp_path: Path) -> None:
    text = "Drone hits base near border\n\n" + ENGLISH + "\n"
    a = one(write(tmp_path, "a.txt", text))
    assert a.status is ArticleStatus.OK and a.reason is None
    assert a.text == text  # the headline stays in the text
    assert a.title == "Drone hits base near border"
    assert a.id == text_id(text)
    assert (a.format, a.size, a.language, a.published) == ("txt", len(text.encode()), "en", None)
    assert a.origin == str(tmp_path / "a.txt")


def test_txt_without_headline_has_no_title(tmp_path: Path) -> None:
    assert one(write(tmp_path, "a.txt", ENGLISH)).title is None


def test_markdown_front_matter_and_heading(tmp_path: Path) -> None:
    md = ("---\ntitle: From front matter\ndate: 2025-10-09\nurl: https://news.example/a\n"
          "source: Example Times\n---\n# Heading\n\n" + ENGLISH)
    a = one(write(tmp_path, "a.md", md))
    assert a.status is ArticleStatus.OK
    assert (a.title, a.published, a.url, a.outlet) == (
        "From front matter", "2025-10-09", "https://news.example/a", "Example Times")
    assert a.text.startswith("# Heading")
    b = one(write(tmp_path, "b.md", "## Plain heading ##\n\n" + ENGLISH))
    assert b.title == "Plain heading"


@pytest.mark.parametrize(
    ("data", "status", "reason"),
    [
        (b"", ArticleStatus.EMPTY, "empty: the file has no text; nothing to process"),
        (b"  \n\t\r\n   \n", ArticleStatus.EMPTY,
         "empty: the file has only whitespace; nothing to process"),
        (b"\xef\xbb\xbf \n", ArticleStatus.EMPTY,
         "empty: the file has only whitespace; nothing to process"),
        (b"text\x00\x00\x01binary", ArticleStatus.NOT_TEXT,
         "not-text: binary content (PDF/ZIP/image?); convert it to text or HTML first"),
        (b"%PDF-1.4\n1 0 obj", ArticleStatus.NOT_TEXT,
         "not-text: binary content (PDF); convert it to text or HTML first"),
        (b"PK\x03\x04rest", ArticleStatus.NOT_TEXT,
         "not-text: binary content (ZIP/Office); convert it to text or HTML first"),
        (ARABIC.encode(), ArticleStatus.NOT_ENGLISH,
         "not-english: looks like Arabic; only English is processed for now"),
        (FRENCH.encode(), ArticleStatus.NOT_ENGLISH,
         "not-english: looks like French; only English is processed for now"),
    ],
)
def test_bad_text_files(tmp_path: Path, data: bytes, status: ArticleStatus, reason: str) -> None:
    p = write(tmp_path, "bad.txt", data)
    a = one(p)
    assert (a.status, a.reason) == (status, reason)
    assert a.id == hash_id("bad", str(p), hashlib.sha256(data).hexdigest())
    assert a.size == len(data)


def test_short_english_headlines_are_not_rejected(tmp_path: Path) -> None:
    a = one(write(tmp_path, "h.txt", "Militias threaten US\nStrike on base\nTalks resume\n"))
    assert a.status is ArticleStatus.OK
    assert a.language is None  # too short to tell


def test_language_check_can_be_turned_off(tmp_path: Path) -> None:
    a = one(write(tmp_path, "ar.txt", ARABIC), check_language=False)
    assert a.status is ArticleStatus.OK
    assert a.language == "ar"


def test_cp1252_curly_quotes_come_out_right(tmp_path: Path) -> None:
    text = "Iraq’s “armed factions” said – again – " + ENGLISH
    a = one(write(tmp_path, "w.txt", text.encode("cp1252")))
    assert a.status is ArticleStatus.OK
    assert a.text == text
    assert a.reason is None  # not lossy: no note


def test_lossy_decoding_is_noted(tmp_path: Path) -> None:
    a = one(write(tmp_path, "l.txt", ENGLISH.encode() + b" \x81\x8d\x8f"))
    assert a.status is ArticleStatus.OK
    assert a.reason is not None and a.reason.startswith("decoded with a guess")


def test_crlf_and_control_characters_are_cleaned(tmp_path: Path) -> None:
    a = one(write(tmp_path, "c.txt", ("Title line\r\n" + ENGLISH + "\x07\r\n").encode()))
    assert "\r" not in a.text and "\x07" not in a.text


def test_fifty_megabyte_file_is_not_read_into_memory(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.write(b"Some text. " * 1000)
        fh.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    try:
        a = one(p)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert a.status is ArticleStatus.TOO_LARGE
    assert a.reason == ("too-large: the file is 52 MB, over the 20 MB limit; "
                        "split the file or raise --max-bytes")
    assert a.size == 50 * 1024 * 1024
    assert peak < 2_000_000


def test_max_bytes_option(tmp_path: Path) -> None:
    p = write(tmp_path, "a.txt", ENGLISH)
    assert one(p, max_bytes=100).status is ArticleStatus.TOO_LARGE
    assert one(p, max_bytes=len(ENGLISH)).status is ArticleStatus.OK


# --- HTML ------------------------------------------------------------------------------------


def test_html_file_metadata(tmp_path: Path) -> None:
    a = one(write(tmp_path, "p.html", PAGE.format(body=ENGLISH)))
    assert a.status is ArticleStatus.OK
    assert ENGLISH in a.text and "Copyright" not in a.text and "Home" not in a.text
    assert (a.title, a.author, a.outlet, a.published, a.language, a.format) == (
        "Drone hits base near border", "Jane Roe", "Example Times",
        "2025-10-09", "en", "html")


def test_html_cp1252_declared_in_meta(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="windows-1252"><title>T</title></head><body><p>'
            "Iraq’s “factions” said " + ENGLISH + "</p></body></html>")
    a = one(write(tmp_path, "p.htm", page.encode("cp1252")))
    assert a.status is ArticleStatus.OK
    assert "Iraq’s “factions”" in a.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Nothing</title></head><body></body></html>",
        "<html><body><script>var a = 1;</script><nav><a href='/'>Home</a></nav></body></html>",
        "<html><body><div></div><span>   </span></body></html>",
    ],
)
def test_html_without_text_is_empty(tmp_path: Path, page: str) -> None:
    a = one(write(tmp_path, "e.html", page))
    assert a.status is ArticleStatus.EMPTY
    assert a.reason is not None and a.reason.startswith("empty: no main text found in the HTML")


@pytest.mark.parametrize(
    "page",
    [
        "<<<>>><p>Broken start " + ENGLISH,
        "<html><body><p>" + ENGLISH + "<div><b>unclosed <i>tags",
        "<p>" + ENGLISH + "</p></p></div></body></html></html>",
    ],
)
def test_broken_html_still_gives_its_text(tmp_path: Path, page: str) -> None:
    a = one(write(tmp_path, "b.html", page))
    assert a.status is ArticleStatus.OK
    assert "drone struck a logistics base" in a.text


# --- JSONL -----------------------------------------------------------------------------------


def test_jsonl_rows(tmp_path: Path) -> None:
    rows = [
        json.dumps({"text": ENGLISH, "title": "T1", "url": "https://news.example/1",
                    "outlet": "Example Times", "published": "2025-10-09", "language": "en",
                    "extra": {"ignored": True}}),
        "",
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"html": PAGE.format(body=ENGLISH), "url": "https://news.example/2"}),
        json.dumps({"text": ARABIC}),
        json.dumps(["a", "list"]),
        json.dumps({"text": 42}),
        json.dumps({"text": "   "}),
        json.dumps({"html": "<html><body></body></html>", "title": "Kept"}),
    ]
    p = write(tmp_path, "rows.jsonl", "\n".join(rows) + "\n")
    got = list(iter_path(p))
    assert [a.origin for a in got] == [f"{p}#L{n}" for n in (1, 3, 4, 5, 6, 7, 8, 9, 10)]
    ok, notjson, notext, html, arabic, alist, number, blank, emptyhtml = got
    assert ok.status is ArticleStatus.OK and ok.id == text_id(ENGLISH)
    assert (ok.title, ok.url, ok.outlet, ok.published, ok.language, ok.format) == (
        "T1", "https://news.example/1", "Example Times", "2025-10-09", "en", "jsonl")
    assert notjson.status is ArticleStatus.FAILED
    assert notjson.reason == ("failed: line 3 is not JSON (Expecting property name enclosed in "
                              "double quotes); fix the line or remove it")
    assert notext.reason == ("failed: line 4 has neither 'text' nor 'html'; add one of them or "
                             "remove the line")
    assert html.status is ArticleStatus.OK and ENGLISH in html.text
    assert (html.title, html.published, html.url) == (
        "Drone hits base near border", "2025-10-09", "https://news.example/2")
    assert arabic.status is ArticleStatus.NOT_ENGLISH
    assert alist.status is ArticleStatus.FAILED and "not an object" in (alist.reason or "")
    assert number.status is ArticleStatus.FAILED and "'text' that is a JSON int" in (number.reason or "")
    assert blank.status is ArticleStatus.EMPTY
    assert emptyhtml.status is ArticleStatus.EMPTY and emptyhtml.title == "Kept"
    assert len({a.id for a in got}) == len(got)


def test_jsonl_long_row_is_too_large_and_the_rest_still_read(tmp_path: Path) -> None:
    rows = [json.dumps({"text": "x " * 5000}), json.dumps({"text": ENGLISH})]
    p = write(tmp_path, "rows.jsonl", "\n".join(rows))
    big, ok = list(iter_path(p, options=SourceOptions(max_bytes=2000)))
    assert big.status is ArticleStatus.TOO_LARGE and big.origin.endswith("#L1")
    assert big.reason is not None and big.reason.startswith("too-large: line 1 is 10 kB")
    assert ok.status is ArticleStatus.OK and ok.origin.endswith("#L2")


@pytest.mark.parametrize(
    ("data", "status"),
    [(b"", ArticleStatus.EMPTY), (b"\n\n  \n", ArticleStatus.EMPTY),
     (b"\x00\x01\x02\x03binary", ArticleStatus.NOT_TEXT)],
)
def test_jsonl_bad_files(tmp_path: Path, data: bytes, status: ArticleStatus) -> None:
    p = write(tmp_path, "x.jsonl", data)
    a = one(p)
    assert (a.status, a.origin) == (status, str(p))


# --- folders and paths -----------------------------------------------------------------------


def test_folder_is_walked_in_sorted_order_skipping_other_files(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    write(tmp_path, "b/c/z.txt", ENGLISH)
    write(tmp_path, "b/a.md", ENGLISH + " md")
    write(tmp_path, "a.html", PAGE.format(body=ENGLISH))
    write(tmp_path, "c.pdf", b"%PDF-1.4")
    write(tmp_path, "d.docx", b"PK\x03\x04")
    write(tmp_path, ".hidden/x.txt", ENGLISH)
    write(tmp_path, ".secret.txt", ENGLISH)
    write(tmp_path, "e.TXT", ENGLISH + " upper")
    got = list(iter_path(tmp_path))
    rel = [Path(a.origin).relative_to(tmp_path).as_posix() for a in got]
    assert rel == ["a.html", "b/a.md", "b/c/z.txt", "e.TXT"]
    assert [a.id for a in iter_path(tmp_path)] == [a.id for a in got]  # deterministic


def test_single_file_of_other_type_says_so(tmp_path: Path) -> None:
    a = one(write(tmp_path, "report.pdf", b"%PDF-1.4"))
    assert a.status is ArticleStatus.NOT_TEXT
    assert a.reason == ("not-text: .pdf files are not read; give .txt, .md, .html or .jsonl "
                        "(convert the document to text or HTML first)")


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"^no such file or directory: .*nope; give a file"):
        list(iter_path(tmp_path / "nope"))


def test_bad_ids_differ_by_origin(tmp_path: Path) -> None:
    a, b = one(write(tmp_path, "a.txt", b"")), one(write(tmp_path, "b.txt", b""))
    assert a.id != b.id


def test_empty_folder_yields_nothing(tmp_path: Path) -> None:
    assert list(iter_path(tmp_path)) == []


def test_shared_seed_articles_read_ok() -> None:
    seeds = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip("shared seed corpus not present")
    got = list(iter_path(seeds))
    assert len(got) >= 5
    assert all(a.status is ArticleStatus.OK and a.language == "en" for a in got)
    assert all(a.published is None for a in got)  # plain text states no date: never today
    assert len({a.id for a in got}) == len(got)


@pytest.mark.parametrize(
    ("row", "status", "language"),
    [
        ({"text": "Talks resume in Baghdad", "language": "ar"}, ArticleStatus.NOT_ENGLISH, "ar"),
        ({"text": "Talks resume in Baghdad", "language": "en-US"}, ArticleStatus.OK, "en"),
        ({"text": "Talks resume in Baghdad"}, ArticleStatus.OK, None),
        # the text decides over a wrong declaration once it is long enough to tell
        ({"text": ENGLISH, "language": "fr"}, ArticleStatus.OK, "en"),
        ({"text": FRENCH, "language": "en"}, ArticleStatus.NOT_ENGLISH, "fr"),
    ],
)
def test_declared_language(tmp_path: Path, row: dict[str, str], status: ArticleStatus,
                           language: str | None) -> None:
    a = one(write(tmp_path, "r.jsonl", json.dumps(row)))
    assert (a.status, a.language) == (status, language)


def test_missing_path_raises_at_call_time(tmp_path: Path) -> None:
    with pytest.raises(SourceError):
        iter_path(tmp_path / "missing")


def test_fifo_is_not_read(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    a = one(fifo)
    assert a.status is ArticleStatus.FAILED and "not a regular file" in (a.reason or "")


def test_a_bug_on_one_document_does_not_stop_the_run(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from brinkwatch.sources import files

    real = files.read_bytes

    def flaky(raw: bytes, **kw: object) -> Article:
        if kw["origin"].endswith("a.txt"):  # type: ignore[union-attr]
            raise RuntimeError("boom")
        return real(raw, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(files, "read_bytes", flaky)
    write(tmp_path, "a.txt", ENGLISH)
    write(tmp_path, "b.txt", ENGLISH + " again")
    bad, good = iter_path(tmp_path)
    assert bad.status is ArticleStatus.FAILED
    assert bad.reason == ("failed: unexpected RuntimeError while reading (boom); please report "
                          "it with the file")
    assert good.status is ArticleStatus.OK
