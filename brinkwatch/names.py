"""The one name normaliser: the key under which two written forms of a name are the same name.

Used by the knowledge base (look-up keys, ``kb.model.norm_key``), actor linking and argument
merging, attribution (outlets), the read queries (grouping unknown surfaces) and evaluation
(``eval.gold.norm_name``), so that scores measure the product, not a difference between two
normalisers. Rules, in order:

- the written forms of the United States ("U.S.", "US", "U.S.A.", "USA", "United States (of
  America)") become "united states"; "US"/"USA" only in capitals ("us" is a pronoun);
- diacritics dropped, lower case;
- a possessive ``'s`` dropped ("Iraq's" names Iraq), then every apostrophe ("Kata'ib" = "Kataib",
  straight or curly);
- hyphens and dashes become spaces ("al-Haq" = "al Haq");
- dots of initials dropped ("U.N." = "UN"), other punctuation becomes a space;
- whitespace collapsed, a leading "the" dropped.

Arabic script is kept as is. Imports nothing internal (every room may use it).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "'’‘ʼʻ`´"
DASHES = "-‐‑‒–—"
_US_FORMS = re.compile(
    r"(?<![\w.])(?:U\.\s?S\.?(?:\s?A\.?)?|USA|US)(?![\w])"
    r"|\bunited\s+states(?:\s+of\s+america)?\b",
    re.IGNORECASE,
)
_US_KEY = "united states"
_POSSESSIVE = re.compile(rf"[{APOSTROPHES}]s\b")
_APOS = re.compile(rf"[{APOSTROPHES}]")
_DASH = re.compile(rf"[{DASHES}]")
_INITIAL_DOT = re.compile(r"(?<=\b[a-z])\.")
_PUNCT = re.compile(r"[^\w\s]")


def _us_sub(match: re.Match[str]) -> str:
    text = match.group(0)
    if text.lower().startswith("united"):
        return f" {_US_KEY} "
    if "." not in text and not text.isupper():
        return text  # "us", "Us": the pronoun
    return f" {_US_KEY} "


@lru_cache(maxsize=65536)
def norm_name(text: str) -> str:
    """The comparison key of a name (see the module docstring); ``""`` for an empty name."""
    t = _US_FORMS.sub(_us_sub, text)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.lower().strip()
    t = _POSSESSIVE.sub("", t)
    t = _APOS.sub("", t)
    t = _DASH.sub(" ", t)
    t = _INITIAL_DOT.sub("", t)
    t = _PUNCT.sub(" ", t)
    t = " ".join(t.split())
    if t.startswith("the "):
        t = t[4:]
    return t
