"""Polling one feed with a conditional GET (ETag / Last-Modified), under the URL safety rules.

Every hop of a redirect is checked like :func:`brinkwatch.sources.urls.fetch_url` checks it
(http(s) only, no private or loopback address unless ``allow_private``, one time budget, a
size cap). Nothing raises: a failure comes back as a :class:`FeedPoll` with ``error`` set.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from brinkwatch.errors import FetchError
from brinkwatch.records import Article
from brinkwatch.sources.checks import human_size
from brinkwatch.sources.feeds import is_feed, read_feed
from brinkwatch.sources.options import SourceOptions
from brinkwatch.sources.urls import check_address, read_body

_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedPoll:
    """What one poll of a feed gave: items (empty when not modified), validators, or an error."""

    url: str
    not_modified: bool = False
    items: tuple[Article, ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None


def poll_feed(url: str, *, client: httpx.Client, options: SourceOptions, etag: str | None = None,
              last_modified: str | None = None) -> FeedPoll:
    """GET ``url`` with ``If-None-Match`` / ``If-Modified-Since`` when known."""
    started = time.monotonic()
    headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    try:
        for _hop in range(options.max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                return FeedPoll(url=url, error=f"{current!r} is not an http(s) URL")
            if not options.allow_private:
                check_address(parts.hostname, parts.port)
            left = options.timeout - (time.monotonic() - started)
            if left <= 0:
                raise httpx.ReadTimeout("time budget spent")
            resp = client.send(client.build_request("GET", current, headers=headers,
                                                    timeout=httpx.Timeout(left)), stream=True)
            try:
                if resp.status_code in _REDIRECTS and "location" in resp.headers:
                    current = urljoin(current, resp.headers["location"])
                    continue
                if resp.status_code == 304:
                    return FeedPoll(url=url, not_modified=True, etag=etag,
                                    last_modified=last_modified)
                if resp.status_code != 200:
                    return FeedPoll(url=url, error=f"HTTP {resp.status_code}")
                raw = _body(resp, options, started)
            finally:
                resp.close()
            if not is_feed(raw):
                return FeedPoll(url=url, error="the answer is not an RSS or Atom feed")
            return FeedPoll(url=url, items=tuple(read_feed(raw, origin=url, options=options)),
                            etag=resp.headers.get("etag"),
                            last_modified=resp.headers.get("last-modified"))
        return FeedPoll(url=url, error=f"more than {options.max_redirects} redirects")
    except FetchError as err:
        return FeedPoll(url=url, error=str(err).removeprefix("failed: "))
    except httpx.TimeoutException:
        return FeedPoll(url=url, error=f"no complete answer within {options.timeout:g} s")
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, ValueError, OSError) as err:
        return FeedPoll(url=url, error=f"{type(err).__name__}: {err}")


def _body(resp: httpx.Response, options: SourceOptions, started: float) -> bytes:
    raw, over = read_body(resp, options=options, started=started)
    if over is not None:
        raise ValueError(f"the feed is over the {human_size(options.max_bytes)} limit")
    return raw
