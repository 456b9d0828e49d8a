"""Options of the source readers (one typed object, built once at the edge)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceOptions:
    max_bytes: int = 20_000_000  # larger file/response -> status too-large (never read whole)
    timeout: float = 10.0  # seconds per URL, all hops and the body together
    max_redirects: int = 5
    allow_private: bool = False  # loopback/private/link-local/reserved addresses refused unless True
    check_language: bool = True  # non-English text -> status not-english
