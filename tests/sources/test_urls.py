"""brinkwatch.sources.urls: fetching with redirects checked hop by hop, size caps, timeouts.

No network: httpx.MockTransport, a fake resolver for ``*.example`` hosts, and local
socket servers on 127.0.0.1.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from brinkwatch import __version__
from brinkwatch.errors import SourceError
from brinkwatch.records import Article, ArticleStatus
from brinkwatch.sources import SourceOptions, iter_urls
from brinkwatch.sources.urls import read_url_list

BODY = (
    "Iraqi officials said on Tuesday that a drone struck a logistics base near the Syrian border "
    "overnight, and that no one was hurt. The government has asked the armed factions to stop "
    "the attacks, while a spokesman for the coalition said it would respond at a time of its "
    "choosing."
)
PAGE = (f"<html><head><title>Drone hits base</title></head><body><article><p>{BODY}</p>"
        "</article></body></html>").encode()
PUBLIC = "93.184.216.34"
DNS = {"news.example": PUBLIC, "cdn.example": PUBLIC, "evil.example": "127.0.0.1",
       "intranet.example": "10.1.2.3", "meta.example": "169.254.169.254", "v6.example": "::1"}


@pytest.fixture(autouse=True)
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Resolve ``*.example`` from the table above; everything else as usual (127.0.0.1 only)."""
    real = socket.getaddrinfo

    def getaddrinfo(host: str, port: object, *args: object, **kwargs: object) -> list:
        if isinstance(host, str) and host.endswith(".example"):
            if host not in DNS:
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
            addr = DNS[host]
            family = socket.AF_INET6 if ":" in addr else socket.AF_INET
            sockaddr = (addr, port, 0, 0) if ":" in addr else (addr, port)
            return [(family, socket.SOCK_STREAM, 6, "", sockaddr)]
        return real(host, port, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def url_file(tmp_path: Path, *urls: str) -> Path:
    p = tmp_path / "urls.txt"
    p.write_text("\n".join(urls) + "\n")
    return p


def fetch(tmp_path: Path, handler: Callable[[httpx.Request], httpx.Response], *urls: str,
          **opts: object) -> list[Article]:
    return list(iter_urls(url_file(tmp_path, *urls),
                          options=SourceOptions(**opts),  # type: ignore[arg-type]
                          transport=httpx.MockTransport(handler)))


def html(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=PAGE, headers={"content-type": "text/html; charset=utf-8"})


def test_ok_page_records_origin_final_url_and_user_agent(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        if request.url.host == "news.example":
            return httpx.Response(302, headers={"location": "https://cdn.example/final"})
        return html(request)

    (a,) = fetch(tmp_path, handler, "https://news.example/old")
    assert a.status is ArticleStatus.OK
    assert (a.origin, a.url, a.format, a.title) == (
        "https://news.example/old", "https://cdn.example/final", "url", "Drone hits base")
    assert BODY in a.text and a.size == len(PAGE)
    assert [str(r.url) for r in seen] == ["https://news.example/old", "https://news.example/new",
                                          "https://cdn.example/final"]
    assert all(r.headers["user-agent"] == f"brinkwatch/{__version__}" for r in seen)


def test_url_list_comments_and_blanks(tmp_path: Path) -> None:
    p = url_file(tmp_path, "# a comment", "", "  https://news.example/a  ",
                 "https://news.example/b # why", "\t")
    assert read_url_list(p) == ["https://news.example/a", "https://news.example/b"]
    with pytest.raises(SourceError, match="^no such file: .*; give a text file"):
        read_url_list(tmp_path / "missing.txt")


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("http://127.0.0.1/x", "127.0.0.1"),
        ("http://localhost:8000/", "127.0.0.1"),
        ("http://[::1]/", "::1"),
        ("http://evil.example/", "127.0.0.1"),
        ("http://intranet.example/", "10.1.2.3"),
        ("http://meta.example/latest", "169.254.169.254"),
        ("http://v6.example/", "::1"),
        ("http://0.0.0.0/", "0.0.0.0"),
        ("http://[::ffff:10.0.0.1]/", "10.0.0.1"),
    ],
)
def test_private_addresses_are_refused(tmp_path: Path, url: str, fragment: str) -> None:
    calls: list[httpx.Request] = []
    (a,) = fetch(tmp_path, lambda r: calls.append(r) or html(r), url)
    assert a.status is ArticleStatus.FAILED
    assert a.reason is not None and fragment in a.reason
    assert a.reason.endswith("refused for safety (use --allow-private to fetch from your own network)")
    assert calls == []  # no request was sent


def test_private_address_allowed_when_asked(tmp_path: Path) -> None:
    (a,) = fetch(tmp_path, html, "http://evil.example/", allow_private=True)
    assert a.status is ArticleStatus.OK


def test_redirect_to_private_address_is_refused_at_that_hop(tmp_path: Path) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(302, headers={"location": "http://169.254.169.254/latest/meta-data"})

    (a,) = fetch(tmp_path, handler, "https://news.example/a")
    assert a.status is ArticleStatus.FAILED and "169.254.169.254" in (a.reason or "")
    assert calls == ["https://news.example/a"]
    assert a.origin == "https://news.example/a"


def test_too_many_redirects(tmp_path: Path) -> None:
    def loop(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params.get("n", "0"))
        return httpx.Response(302, headers={"location": f"/r?n={n + 1}"})

    (a,) = fetch(tmp_path, loop, "https://news.example/r", max_redirects=3)
    assert a.status is ArticleStatus.FAILED
    assert a.reason is not None and a.reason.startswith("failed: more than 3 redirects")


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (404, "failed: HTTP 404 Not Found; check the address"),
        (410, "failed: HTTP 410 Gone; check the address"),
        (500, "failed: HTTP 500 Internal Server Error; the server had an error; try again later"),
        (503, "failed: HTTP 503 Service Unavailable; the server had an error; try again later"),
        (304, "failed: HTTP 304 with no page; check the address"),
    ],
)
def test_http_errors(tmp_path: Path, code: int, reason: str) -> None:
    (a,) = fetch(tmp_path, lambda r: httpx.Response(code, text="oops"), "https://news.example/")
    assert (a.status, a.reason) == (ArticleStatus.FAILED, reason)


@pytest.mark.parametrize(
    ("ctype", "status"),
    [
        ("application/pdf", ArticleStatus.NOT_TEXT),
        ("image/png", ArticleStatus.NOT_TEXT),
        ("application/octet-stream", ArticleStatus.NOT_TEXT),
        ("text/plain; charset=utf-8", ArticleStatus.OK),
        ("", ArticleStatus.OK),
        ("text/html", ArticleStatus.OK),
    ],
)
def test_content_types(tmp_path: Path, ctype: str, status: ArticleStatus) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=BODY.encode(), headers={"content-type": ctype})

    (a,) = fetch(tmp_path, handler, "https://news.example/doc")
    assert a.status is status
    if status is ArticleStatus.NOT_TEXT:
        assert a.reason == (f"not-text: the server sent {ctype}, not HTML or text; download it "
                            "and convert it to text or HTML first")


def test_binary_body_with_text_content_type(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"%PDF-1.5\n\x00\x01", headers={"content-type": "text/html"})

    (a,) = fetch(tmp_path, handler, "https://news.example/doc")
    assert a.status is ArticleStatus.NOT_TEXT and a.format == "url"


def test_charset_from_header(tmp_path: Path) -> None:
    text = "Iraq’s “factions” said " + BODY

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=text.encode("cp1252"),
                              headers={"content-type": "text/plain; charset=windows-1252"})

    (a,) = fetch(tmp_path, handler, "https://news.example/doc")
    assert a.text == text


def test_declared_length_over_limit(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 5000, headers={"content-type": "text/html"})

    (a,) = fetch(tmp_path, handler, "https://news.example/big", max_bytes=1000)
    assert a.status is ArticleStatus.TOO_LARGE
    assert a.reason == ("too-large: the response is 5.0 kB, over the 1.0 kB limit; "
                        "raise --max-bytes to read it")


def test_streamed_body_over_limit_stops_reading(tmp_path: Path) -> None:
    produced: list[int] = []

    def chunks() -> Iterator[bytes]:
        for i in range(1000):
            produced.append(i)
            yield b"<p>" + b"y" * 1000 + b"</p>"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=chunks(), headers={"content-type": "text/html"})

    (a,) = fetch(tmp_path, handler, "https://news.example/stream", max_bytes=10_000)
    assert a.status is ArticleStatus.TOO_LARGE
    assert a.reason is not None and "stopped reading" in a.reason
    assert len(produced) < 20


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("ftp://news.example/file", "is not an http(s) URL"),
        ("news.example/no-scheme", "is not an http(s) URL"),
        ("https://unknown.example/", "host unknown.example not found"),
    ],
)
def test_bad_urls(tmp_path: Path, line: str, fragment: str) -> None:
    (a,) = fetch(tmp_path, html, line)
    assert a.status is ArticleStatus.FAILED and fragment in (a.reason or "")
    assert a.origin == line


def test_transport_errors_become_statuses(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/refused":
            raise httpx.ConnectError("connection refused", request=request)
        if request.url.path == "/slow":
            raise httpx.ReadTimeout("timed out", request=request)
        raise httpx.RemoteProtocolError("peer closed", request=request)

    got = fetch(tmp_path, handler, "https://news.example/refused", "https://news.example/slow",
                "https://news.example/broken", "https://news.example/refused")
    assert [a.status for a in got] == [ArticleStatus.FAILED] * 4
    assert got[0].reason is not None and got[0].reason.startswith("failed: could not connect")
    assert got[1].reason is not None and got[1].reason.startswith("failed: no complete answer")
    assert got[2].reason is not None and "RemoteProtocolError" in got[2].reason
    assert got[0].id == got[3].id  # same URL, same bytes: same id
    assert len({a.id for a in got[:3]}) == 3


# --- real sockets on 127.0.0.1 ----------------------------------------------------------------


@pytest.fixture
def silent_server() -> Iterator[int]:
    """Accepts connections and never answers."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(5)
    conns: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        srv.settimeout(0.1)
        while not stop.is_set():
            try:
                conns.append(srv.accept()[0])
            except OSError:
                continue

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield srv.getsockname()[1]
    stop.set()
    t.join()
    for c in conns:
        c.close()
    srv.close()


def test_real_timeout(tmp_path: Path, silent_server: int) -> None:
    started = time.monotonic()
    got = list(iter_urls(url_file(tmp_path, f"http://127.0.0.1:{silent_server}/hang"),
                         options=SourceOptions(timeout=0.5, allow_private=True)))
    elapsed = time.monotonic() - started
    (a,) = got
    assert a.status is ArticleStatus.FAILED
    assert a.reason == ("failed: no complete answer within 0.5 s; check the address, try "
                        "again later or raise --timeout")
    assert elapsed < 3


def test_real_server_refused_without_allow_private(tmp_path: Path, silent_server: int) -> None:
    started = time.monotonic()
    (a,) = iter_urls(url_file(tmp_path, f"http://127.0.0.1:{silent_server}/"),
                     options=SourceOptions(timeout=5))
    assert a.status is ArticleStatus.FAILED and "refused for safety" in (a.reason or "")
    assert time.monotonic() - started < 1  # refused before connecting


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        if self.path == "/go":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)
        self.server.agents.append(self.headers.get("User-Agent"))  # type: ignore[attr-defined]

    def log_message(self, *args: object) -> None:
        pass


def test_real_local_server(tmp_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.agents = []  # type: ignore[attr-defined]
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        port = server.server_address[1]
        (a,) = iter_urls(url_file(tmp_path, f"http://127.0.0.1:{port}/go"),
                         options=SourceOptions(allow_private=True, timeout=5))
    finally:
        server.shutdown()
        server.server_close()
        t.join()
    assert a.status is ArticleStatus.OK, a.reason
    assert a.url == f"http://127.0.0.1:{port}/page"
    assert server.agents == [f"brinkwatch/{__version__}"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("url", ["http://100.64.0.1/", "http://192.0.2.10/", "http://240.0.0.1/"])
def test_non_global_addresses_are_refused(tmp_path: Path, url: str) -> None:
    (a,) = fetch(tmp_path, html, url)
    assert a.status is ArticleStatus.FAILED and "refused for safety" in (a.reason or "")


def test_missing_url_list_raises_at_call_time(tmp_path: Path) -> None:
    with pytest.raises(SourceError):
        iter_urls(tmp_path / "missing.txt")
