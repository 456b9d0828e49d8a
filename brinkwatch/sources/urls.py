"""URLs -> Articles: fetch with httpx, guard against private addresses, stream with a size cap.

Redirects are followed by hand so that every hop is checked: its host is resolved and
refused when it is a loopback, private, link-local or reserved address (unless
``allow_private``). The whole fetch of one URL (all hops and the body) has one time
budget, ``options.timeout``: httpx's timeouts are per operation (a server that trickles one
header line a second never trips them), so a watchdog shuts the socket down when the budget is
spent, whatever the request is doing (connecting, reading headers, reading the body). A bad URL yields an Article with a status; nothing raises.

Known limit: the address is checked when resolved here and resolved again by the
connection (a DNS answer that changes in between is not caught).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from brinkwatch import __version__
from brinkwatch.errors import FetchError, SourceError
from brinkwatch.records import Article, ArticleStatus
from brinkwatch.sources.checks import bad_article, human_size, sniff_binary, too_large_reason
from brinkwatch.sources.files import read_bytes
from brinkwatch.sources.options import SourceOptions

USER_AGENT = f"brinkwatch/{__version__}"
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
               "application/rdf+xml"}
_REDIRECTS = {301, 302, 303, 307, 308}
_DEFAULT_OPTIONS = SourceOptions()


def read_url_list(urls_file: str | Path) -> list[str]:
    """The URLs of a list file: one a line; blanks and ``#`` comments ignored."""
    p = Path(urls_file)
    if not p.is_file():
        raise SourceError(
            f"no such file: {p}; give a text file with one URL a line (http:// or https://)")
    raw = p.read_bytes()
    if sniff_binary(raw[:8192]) is not None:
        raise SourceError(f"{p} is not a list of URLs (it looks binary); give a text file "
                          "with one http:// or https:// URL a line")
    urls = []
    for line in raw.decode("utf-8", errors="replace").splitlines():
        line = line.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        urls.append(line.split(" #", 1)[0].split("\t#", 1)[0].strip())
    # a line with spaces inside is prose, not an address: an article given as a URL list
    prose = sum(1 for u in urls if len(u.split()) > 1)
    if urls and prose * 2 >= len(urls):
        raise SourceError(f"{p} is not a list of URLs: {prose} of {len(urls)} lines are "
                          "sentences, not addresses; give one http:// or https:// URL a line "
                          "(to read articles from files, give the files or their folder instead)")
    return urls


def is_url(text: str) -> bool:
    """True for an http(s) address (what ``ingest`` treats as a URL rather than a path)."""
    return text.strip().lower().startswith(("http://", "https://"))


def iter_url_args(urls: list[str], *, options: SourceOptions = _DEFAULT_OPTIONS,
                  transport: httpx.BaseTransport | None = None) -> Iterator[Article]:
    """Fetch URLs given directly (``brinkwatch ingest https://...``), like :func:`iter_urls`."""
    return _iter_urls(list(urls), options, transport)


def iter_urls(urls_file: str | Path, *, options: SourceOptions = _DEFAULT_OPTIONS,
              transport: httpx.BaseTransport | None = None) -> Iterator[Article]:
    """Fetch every URL of ``urls_file`` in order; one Article per URL (one per item for a feed)."""
    urls = read_url_list(urls_file)  # a missing list file raises now, not at the first next()
    return _iter_urls(urls, options, transport)


def _iter_urls(urls: list[str], options: SourceOptions,
               transport: httpx.BaseTransport | None) -> Iterator[Article]:
    with make_client(options=options, transport=transport) as client:
        for url in urls:
            yield from fetch_url(url, client=client, options=options)


def make_client(*, options: SourceOptions = _DEFAULT_OPTIONS,
                transport: httpx.BaseTransport | None = None) -> httpx.Client:
    return httpx.Client(
        transport=transport,
        follow_redirects=False,
        timeout=httpx.Timeout(options.timeout),
        headers={"User-Agent": USER_AGENT,
                 "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"},
    )


def check_address(host: str, port: int | None) -> None:
    """Raise FetchError when ``host`` is, or resolves to, a non-public address."""
    host = host.strip("[]")
    try:
        addrs = {ipaddress.ip_address(host)}
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, port or 80, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError, OSError) as err:
            raise FetchError(
                f"failed: host {host} not found ({err}); check the address") from err
        addrs = {ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos}
    for addr in addrs:
        if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
            addr = addr.ipv4_mapped
        if (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved
                or addr.is_multicast or addr.is_unspecified or not addr.is_global):
            raise FetchError(
                f"failed: {host} is a private or local address ({addr}); refused for safety "
                "(use --allow-private to fetch from your own network)")


def _content_type(resp: httpx.Response) -> tuple[str, str | None]:
    value = resp.headers.get("content-type", "")
    mime = value.split(";", 1)[0].strip().lower()
    charset = None
    for part in value.split(";")[1:]:
        k, _, v = part.partition("=")
        if k.strip().lower() == "charset":
            charset = v.strip().strip("\"'") or None
    return mime, charset


class _Deadline:
    """Shuts down every socket a request opens once ``at`` (a monotonic time) has passed.

    The sockets come from httpcore's ``trace`` extension (``connect_tcp``/``start_tls``
    complete events); a shut-down socket makes the blocked read return at once, and the
    fetch reports a timeout. Requests on a mock transport never open a socket.
    """

    def __init__(self, at: float) -> None:
        self.at = at
        self.expired = False
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, at - time.monotonic()), self._fire)
        self._timer.daemon = True

    def trace(self, name: str, info: dict[str, object]) -> None:
        if not name.endswith(("connect_tcp.complete", "start_tls.complete")):
            return
        stream = info.get("return_value")
        get = getattr(stream, "get_extra_info", None)
        sock = get("socket") if callable(get) else None
        if isinstance(sock, socket.socket):
            with self._lock:
                self._socks.append(sock)
                late = self.expired
            if late:
                self._shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.expired = True
            socks = list(self._socks)
        for sock in socks:
            self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


@contextmanager
def _deadline(at: float) -> Iterator[_Deadline]:
    guard = _Deadline(at)
    guard._timer.start()
    try:
        yield guard
    finally:
        guard._timer.cancel()


def fetch_url(url: str, *, client: httpx.Client, options: SourceOptions = _DEFAULT_OPTIONS
              ) -> list[Article]:
    """Fetch one URL: a list of one Article (or of a feed's items), each with a status."""
    started = time.monotonic()

    def bad(status: ArticleStatus, reason: str, *, raw: bytes = b"", size: int | None = None,
            final: str | None = None) -> list[Article]:
        return [bad_article(origin=url, raw=raw, size=size, fmt="url", url=final,
                            status=status, reason=reason)]

    current = url
    hops = 0
    timed_out = (f"failed: no complete answer within {options.timeout:g} s; check the "
                 "address, try again later or raise --timeout")
    with _deadline(started + options.timeout) as guard:
        try:
            while True:
                parts = urlsplit(current)
                if parts.scheme not in ("http", "https") or not parts.hostname:
                    where = "" if current == url else f" (redirected to {current})"
                    return bad(ArticleStatus.FAILED,
                               f"failed: {current!r}{where} is not an http(s) URL; "
                               "give addresses that start with http:// or https://")
                if not options.allow_private:
                    check_address(parts.hostname, parts.port)
                left = options.timeout - (time.monotonic() - started)
                if left <= 0:
                    raise httpx.ReadTimeout("time budget spent")
                request = client.build_request("GET", current, timeout=httpx.Timeout(left),
                                               extensions={"trace": guard.trace})
                resp = client.send(request, stream=True)
                try:
                    if resp.status_code in _REDIRECTS and "location" in resp.headers:
                        hops += 1
                        if hops > options.max_redirects:
                            return bad(ArticleStatus.FAILED,
                                       f"failed: more than {options.max_redirects} redirects; "
                                       "open the URL in a browser to find the page, or raise "
                                       "--max-redirects", final=current)
                        current = urljoin(current, resp.headers["location"])
                        continue
                    return _read_response(resp, url=url, final=current, options=options,
                                          started=started)
                finally:
                    resp.close()
        except FetchError as err:
            return bad(ArticleStatus.FAILED, str(err), final=current)
        except httpx.TimeoutException:
            return bad(ArticleStatus.FAILED, timed_out, final=current)
        except httpx.ConnectError as err:
            if guard.expired:
                return bad(ArticleStatus.FAILED, timed_out, final=current)
            return bad(ArticleStatus.FAILED,
                       f"failed: could not connect to {urlsplit(current).hostname} ({err}); "
                       "check the address or your network", final=current)
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as err:
            if guard.expired:
                return bad(ArticleStatus.FAILED, timed_out, final=current)
            return bad(ArticleStatus.FAILED,
                       f"failed: {type(err).__name__} while fetching ({err}); check the address "
                       "or try again later", final=current)
        except (ValueError, UnicodeError, OSError) as err:
            if guard.expired:
                return bad(ArticleStatus.FAILED, timed_out, final=current)
            return bad(ArticleStatus.FAILED,
                       f"failed: {type(err).__name__} while fetching ({err}); check the address",
                       final=current)


def read_body(resp: httpx.Response, *, options: SourceOptions,
              started: float) -> tuple[bytes, int | None]:
    """The body, streamed: (bytes, None), or (what was read, bytes read) once over the size
    cap; raises ``httpx.ReadTimeout`` when the time budget started at ``started`` is spent."""
    chunks: list[bytes] = []
    got = 0
    for chunk in resp.iter_bytes():
        chunks.append(chunk)
        got += len(chunk)
        if got > options.max_bytes:
            return b"".join(chunks), got
        if time.monotonic() - started > options.timeout:
            raise httpx.ReadTimeout("time budget spent")
    if time.monotonic() - started > options.timeout:  # the watchdog cut the body short
        raise httpx.ReadTimeout("time budget spent")
    return b"".join(chunks), None


def _read_response(resp: httpx.Response, *, url: str, final: str, options: SourceOptions,
                   started: float) -> list[Article]:
    def bad(status: ArticleStatus, reason: str, *, raw: bytes = b"",
            size: int | None = None) -> list[Article]:
        return [bad_article(origin=url, raw=raw, size=size, fmt="url", url=final,
                            status=status, reason=reason)]

    if resp.status_code >= 400:
        hint = ("the server had an error; try again later" if resp.status_code >= 500
                else "check the address")
        return bad(ArticleStatus.FAILED,
                   f"failed: HTTP {resp.status_code} {resp.reason_phrase or ''}".rstrip()
                   + f"; {hint}")
    if resp.status_code >= 300 or resp.status_code < 200:
        return bad(ArticleStatus.FAILED,
                   f"failed: HTTP {resp.status_code} with no page; check the address")
    mime, charset = _content_type(resp)
    is_text = (not mime or mime in _HTML_TYPES or mime in _FEED_TYPES or mime.startswith("text/")
               or mime.endswith("+xml"))
    if not is_text:
        return bad(ArticleStatus.NOT_TEXT,
                   f"not-text: the server sent {mime}, not HTML or text; download it and "
                   "convert it to text or HTML first")
    declared = resp.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > options.max_bytes:
        return bad(ArticleStatus.TOO_LARGE,
                   too_large_reason(int(declared), options.max_bytes, what="the response"),
                   size=int(declared))
    raw, over = read_body(resp, options=options, started=started)
    if over is not None:
        return bad(ArticleStatus.TOO_LARGE,
                   f"too-large: the response is over the {human_size(options.max_bytes)} "
                   "limit (stopped reading); raise --max-bytes to read it",
                   raw=raw[:65_536], size=over)
    if mime in _FEED_TYPES or mime.endswith(("rss+xml", "atom+xml")):
        from brinkwatch.sources.feeds import is_feed, read_feed  # noqa: PLC0415

        if is_feed(raw):
            return [replace(a, url=a.url or final) for a in
                    read_feed(raw, origin=url, options=options, single=True)]
    fmt = "html" if mime in _HTML_TYPES or (not mime and raw.lstrip()[:1] == b"<") else "txt"
    if mime.endswith("xml") and mime not in _HTML_TYPES:
        fmt = "html"
    article = read_bytes(raw, origin=url, fmt=fmt, options=options, declared_charset=charset,
                         url=final)
    return [replace(article, format="url", url=final)]
