"""Checks on raw documents: binary sniffing, decoding, language, headline titles, dates.

Pure functions (no I/O): the readers in ``files``, ``html`` and ``urls`` call them on
bytes or text they have read, and turn a failed check into an
:class:`~brinkwatch.records.ArticleStatus` with a reason that says what to do.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

from brinkwatch.records import Article, ArticleStatus, hash_id

# ---------------------------------------------------------------------------------------------
# sizes and bad-document records


def human_size(n: int) -> str:
    """``52 MB``, ``3.4 kB``, ``12 bytes`` (decimal units, as the --max-bytes option)."""
    if n >= 1_000_000:
        v, unit = n / 1_000_000, "MB"
    elif n >= 1_000:
        v, unit = n / 1_000, "kB"
    else:
        return f"{n} bytes"
    return f"{v:.0f} {unit}" if v >= 10 else f"{v:.1f} {unit}"


def too_large_reason(size: int, limit: int, *, what: str = "the file") -> str:
    if what == "the file":
        advice = "split the file or raise --max-bytes"
    else:
        advice = "raise --max-bytes to read it"
    return f"too-large: {what} is {human_size(size)}, over the {human_size(limit)} limit; {advice}"


def bad_article(*, origin: str, raw: bytes, status: ArticleStatus, reason: str,
                fmt: str | None, size: int | None = None, text: str = "",
                url: str | None = None, **meta: str | None) -> Article:
    """An Article for a document that will not be processed.

    Its id is ``hash_id("bad", origin, sha256(raw))``: stable across runs, distinct per
    origin (two empty files are two records).
    """
    digest = hashlib.sha256(raw).hexdigest()
    return Article(
        id=hash_id("bad", origin, digest),
        origin=origin,
        text=text,
        status=status,
        reason=reason,
        format=fmt,
        size=len(raw) if size is None else size,
        url=url,
        **meta,
    )


# ---------------------------------------------------------------------------------------------
# binary sniffing

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP/Office"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"RIFF", "RIFF media"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf", "7z"),
    (b"Rar!", "RAR"),
    (b"\xd0\xcf\x11\xe0", "old MS Office"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3", "SQLite"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def sniff_binary(head: bytes) -> str | None:
    """The kind of binary content ``head`` (the first few kB) starts with, or None for text."""
    for bom, _ in _BOMS:
        if head.startswith(bom):
            return None
    stripped = head.lstrip()
    for magic, kind in _MAGIC:
        if head.startswith(magic) or (magic[:1] == b"%" and stripped.startswith(magic)):
            return kind
    # many NULs, or many C0 control bytes (other than tab, newline, CR, form feed, ESC), mean
    # binary; a text with a few stray control characters is text (clean_text drops them)
    nuls = head.count(b"\x00")
    if head and nuls > 1 and nuls / len(head) > 0.01:
        return "binary"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and controls / len(head) > 0.05:
        return "binary"
    return None


def not_text_reason(kind: str) -> str:
    if kind == "binary":
        return "not-text: binary content (PDF/ZIP/image?); convert it to text or HTML first"
    return f"not-text: binary content ({kind}); convert it to text or HTML first"


# ---------------------------------------------------------------------------------------------
# decoding

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


@dataclass(frozen=True, slots=True, kw_only=True)
class Decoded:
    text: str
    encoding: str
    lossy: bool = False  # some bytes were replaced or the encoding is a guess that may be wrong
    note: str | None = None  # what to tell the user when lossy


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def sniff_declared_charset(head: bytes) -> str | None:
    """A charset declared in the document itself (HTML ``<meta charset>``, XML declaration)."""
    m = _XML_ENCODING.search(head[:200]) or _META_CHARSET.search(head[:4096])
    return _codec(m.group(1).decode("ascii", "ignore")) if m else None


def decode_bytes(raw: bytes, *, declared: str | None = None) -> Decoded:
    """Decode a document: BOM, then strict UTF-8, then a declared charset, then cp1252, latin-1.

    ``declared`` is a charset from outside the bytes (an HTTP Content-Type header). A
    charset declared inside the bytes (``<meta charset>``) is used when UTF-8 fails.
    UTF-8 with a few broken bytes is decoded as UTF-8 with replacement characters
    (lossy) rather than as cp1252 mojibake.
    """
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return Decoded(text=raw.decode(enc), encoding=enc)
            except UnicodeDecodeError:
                text = raw.decode(enc, errors="replace")
                return Decoded(text=text, encoding=enc, lossy=True,
                               note=f"some bytes are not valid {enc} and were replaced")
    try:
        return Decoded(text=raw.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError:
        pass
    for name in (_codec(declared), sniff_declared_charset(raw)):
        if name and name not in ("utf-8", "ascii"):
            try:
                return Decoded(text=raw.decode(name), encoding=name)
            except UnicodeDecodeError:
                continue
    # Mostly UTF-8 with a few broken bytes (a truncated or spliced file)?
    replaced = raw.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if multibyte >= 3 and bad <= multibyte // 2:
        return Decoded(text=replaced, encoding="utf-8", lossy=True,
                       note=f"{bad} bytes are not valid UTF-8 and were replaced")
    try:
        return Decoded(text=raw.decode("cp1252"), encoding="cp1252")
    except UnicodeDecodeError:
        pass
    return Decoded(text=raw.decode("latin-1"), encoding="latin-1", lossy=True,
                   note="not UTF-8 or cp1252; decoded as latin-1, a guess")


def encoding_reason(decoded: Decoded) -> str | None:
    """A one-line note for an OK article whose text was decoded with a guess, else None."""
    if not decoded.lossy:
        return None
    return f"decoded with a guess ({decoded.note}); re-save the file as UTF-8 if characters look wrong"


# ---------------------------------------------------------------------------------------------
# text clean-up

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Normalise newlines, drop control characters and a BOM, NFC-normalise."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------------------------------------
# language

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in a is was for on that with as by at from it has have had said are were "
        "be been he she they his her their an this which will not but or after its who also would "
        "over against than more about into we i you our after while could there these those "
        "when what".split()),
    "fr": frozenset(
        "le la les des du de et est une un dans pour que qui sur au aux pas par avec il elle "
        "ils sont été ont cette ce ses leur mais plus comme".split()),
    "de": frozenset(
        "der die das und ist nicht mit den dem ein eine sich auf für von zu im des auch wird "
        "wurde sind bei nach aus einer hat werden oder wie".split()),
    "es": frozenset(
        "el la los las de y que en un una por con para del se no es al lo su sus como más pero "
        "ha fue son está sobre".split()),
    "it": frozenset(
        "il la di e che è un una per con del della non sono gli le dei delle nel alla ha più "
        "anche come ma essere".split()),
    "pt": frozenset(
        "o a os as de e que em um uma para com do da dos das não por se foi são mais ao na no "
        "como mas está".split()),
    "nl": frozenset(
        "de het een en van in is dat op te zijn met voor niet die aan er ook als bij door maar "
        "heeft werd worden".split()),
    "tr": frozenset(
        "ve bir bu da de için ile olarak daha çok gibi ama olan ancak kadar sonra değil ise "
        "diye".split()),
    "id": frozenset(
        "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena oleh ada "
        "adalah sudah".split()),
}
_LANG_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "tr": "Turkish", "id": "Indonesian", "ar": "Arabic",
    "fa": "Persian", "ku": "Kurdish (Sorani)", "ur": "Urdu", "ru": "Russian", "uk": "Ukrainian",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "he": "Hebrew", "el": "Greek",
    "hi": "Hindi", "und": "a language other than English",
}
_PERSIAN_LETTERS = frozenset("پچژگکی")
_ARABIC_ONLY = frozenset("ةيكى")
_SORANI_LETTERS = frozenset("ڕڵۆێە")
_URDU_LETTERS = frozenset("ٹڈڑںھےۓ")
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
MIN_WORDS = 20


def language_name(code: str | None) -> str:
    return _LANG_NAMES.get(code or "und", code or "unknown")


def _script(ch: str) -> str | None:
    o = ord(ch)
    if o < 0x0250:
        return "latin" if ch.isalpha() else None
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        return "arabic"
    if 0x0400 <= o <= 0x052F:
        return "cyrillic"
    if 0x3040 <= o <= 0x30FF:
        return "kana"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
        return "han"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF:
        return "hangul"
    if 0x0590 <= o <= 0x05FF:
        return "hebrew"
    if 0x0370 <= o <= 0x03FF:
        return "greek"
    if 0x0900 <= o <= 0x097F:
        return "devanagari"
    return "latin" if ch.isalpha() and o < 0x2000 else None


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguageGuess:
    """``code`` is an ISO 639-1 code, ``und`` (not English, unknown), or None (undecided)."""

    code: str | None
    words: int
    english_share: float = 0.0

    @property
    def decided(self) -> bool:
        return self.code is not None

    @property
    def is_english(self) -> bool:
        return self.code == "en"


def detect_language(text: str) -> LanguageGuess:
    """A small, dependency-free language guess for news text.

    Non-Latin scripts (Arabic, Persian, Cyrillic, CJK, ...) are told by their letters;
    Latin-script languages by the share of common function words. Fewer than
    :data:`MIN_WORDS` words (a headline, a caption) gives an undecided guess (code None):
    callers must not reject a text on it.
    """
    counts: dict[str, int] = {}
    letters: list[str] = []
    for ch, k in Counter(text).items():  # each distinct character once (counted in C)
        s = _script(ch)
        if s is not None:
            counts[s] = counts.get(s, 0) + k
            if s == "arabic" or s == "cyrillic":
                letters.append(ch)
    raw_words = _WORD.findall(text)
    words = [w.lower() for w in raw_words]
    cjk = counts.get("han", 0) + counts.get("kana", 0) + counts.get("hangul", 0)
    units = len(words) + cjk  # CJK is not space-separated: count characters as words
    if units < MIN_WORDS:
        return LanguageGuess(code=None, words=units)
    total = sum(counts.values()) or 1
    script, n = max(counts.items(), key=lambda kv: kv[1]) if counts else ("latin", 0)
    en_share = sum(1 for w in words if w in _FUNCTION_WORDS["en"]) / max(len(words), 1)
    if script != "latin" and n / total > 0.4:
        letterset = set(letters)
        if script == "arabic":
            if letterset & _SORANI_LETTERS:
                code = "ku"
            elif letterset & _URDU_LETTERS:
                code = "ur"
            elif letterset & _PERSIAN_LETTERS and not (letterset & {"ة"}):
                code = "fa"
            else:
                code = "ar"
        elif script == "cyrillic":
            code = "uk" if letterset & _UKRAINIAN_LETTERS else "ru"
        elif script in ("han", "kana", "hangul"):
            code = "ja" if counts.get("kana", 0) else "ko" if counts.get("hangul", 0) else "zh"
        else:
            code = {"hebrew": "he", "greek": "el", "devanagari": "hi"}.get(script, "und")
        return LanguageGuess(code=code, words=units, english_share=en_share)
    scores = {
        lang: sum(1 for w in words if w in vocab) / len(words)
        for lang, vocab in _FUNCTION_WORDS.items()
    }
    best = max(scores, key=lambda k: scores[k])
    if scores["en"] >= 0.15 or (best == "en" and scores["en"] > 0):
        return LanguageGuess(code="en", words=units, english_share=en_share)
    if scores[best] >= 0.12 and scores[best] > 1.5 * scores["en"]:
        return LanguageGuess(code=best, words=units, english_share=en_share)
    # No known function words at all in a long run of ordinary lower-case prose.
    lower = sum(1 for w in raw_words if w.islower()) / len(words)
    if len(words) >= 50 and scores["en"] < 0.03 and lower >= 0.5:
        return LanguageGuess(code="und", words=units, english_share=en_share)
    return LanguageGuess(code="en" if scores["en"] >= 0.05 else None, words=units,
                         english_share=en_share)


def not_english_reason(code: str) -> str:
    return f"not-english: looks like {language_name(code)}; only English is processed for now"


def normalise_language(value: str | None) -> str | None:
    """``en-US`` -> ``en``; ``English`` -> ``en``; junk -> None."""
    if not value or not isinstance(value, str):
        return None
    v = value.strip().lower().replace("_", "-")
    for code, name in _LANG_NAMES.items():
        if v == name.lower():
            return code
    primary = v.split("-")[0]
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


# ---------------------------------------------------------------------------------------------
# titles and dates

_MD_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s+|[*_]{1,3})")
_MD_SUFFIX = re.compile(r"(?:\s+#+|[*_]{1,3})\s*$")


def headline(text: str, *, markdown: bool = False) -> str | None:
    """The first non-empty line when it looks like a headline: short, with no final period."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if markdown:
            line = _MD_SUFFIX.sub("", _MD_PREFIX.sub("", line)).strip()
        words = line.split()
        if (
            not words
            or len(line) > 200
            or len(words) > 25
            or line.endswith((".", ",", ";", ":", "…"))
            or line.startswith(("-", "•", "*", "|", ">"))
        ):
            return None
        if not any(ch.isalpha() for ch in line):
            return None
        return line
    return None


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y",
                 "%B %d %Y", "%b %d %Y", "%Y-%m")


_SLASHED = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_EPOCH = re.compile(r"-?\d{9,13}(?:\.\d+)?")


def _epoch(v: str) -> str | None:
    """Seconds (9-11 digits) or milliseconds (12-13 digits) since 1970 -> ISO datetime (UTC)."""
    if not _EPOCH.fullmatch(v):
        return None
    seconds = float(v)
    if len(v.split(".")[0].lstrip("-")) >= 12:
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _slashed(v: str) -> str | None:
    """``31/01/2020`` or ``01/31/2020``: parsed when only one reading is a real date."""
    m = _SLASHED.fullmatch(v)
    if m is None:
        return None
    a, b, year = int(m[1]), int(m[2]), int(m[3])
    readings = set()
    for day, month in ((a, b), (b, a)):
        try:
            readings.add(date(year, month, day).isoformat())
        except ValueError:
            pass
    return readings.pop() if len(readings) == 1 else None


def date_note(value: object, *, field: str = "published") -> str | None:
    """A one-line note when a document states a date that :func:`normalise_date` cannot read
    (so it is not dropped without a word); None when it reads, or nothing was stated."""
    if value is None or isinstance(value, bool) or (isinstance(value, str) and not value.strip()):
        return None
    if normalise_date(value) is not None:
        return None
    shown = str(value)[:40]
    if isinstance(value, str) and _SLASHED.fullmatch(value.strip()):
        return (f"note: {field} {shown!r} could be day/month or month/day; it was left out "
                "(write dates as YYYY-MM-DD)")
    return (f"note: {field} {shown!r} is not a date brinkwatch reads; it was left out "
            "(write dates as YYYY-MM-DD, or seconds since 1970)")


def normalise_date(value: object) -> str | None:
    """An ISO date/datetime string from what a document states, or None (never today).

    Reads ISO 8601, RFC 2822, written-out dates ("9 October 2025"), numbers of seconds or
    milliseconds since 1970, and day/month/year or month/day/year when only one reading is
    a real date.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _epoch(repr(value) if isinstance(value, float) else str(value))
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip()
    from_number = _epoch(v) or _slashed(v)
    if from_number is not None:
        return from_number
    try:
        dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        dt = None
    if dt is not None:
        return dt.date().isoformat() if len(v) <= 10 else dt.isoformat()
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return v
    if re.fullmatch(r"\d{4}", v):
        return v
    try:
        return parsedate_to_datetime(v).isoformat()  # RFC 2822 (RSS, HTTP)
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", v)
    for fmt in _DATE_FORMATS:
        try:
            dt = datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
        return dt.strftime("%Y-%m") if fmt == "%Y-%m" else dt.date().isoformat()
    return None


def first(values: Iterable[str | None]) -> str | None:
    for v in values:
        if v and v.strip():
            return v.strip()
    return None


# ---------------------------------------------------------------------------------------------
# the last step of every reader


def finish(article: Article, *, raw: bytes, check_language: bool = True) -> Article:
    """Apply the checks common to every format to an article read without error.

    Empty/whitespace-only text -> ``empty``; a decided non-English language ->
    ``not-english`` (when ``check_language``); otherwise the language found is recorded
    (the detected one, or the declared one when the text is too short to tell).
    """
    if article.status is not ArticleStatus.OK:
        return article
    meta = {
        "title": article.title, "author": article.author, "outlet": article.outlet,
        "published": article.published,
    }
    if not article.text.strip():
        what = "has only whitespace" if article.text else "has no text"
        where = "the row" if article.format == "jsonl" else "the document"
        return bad_article(
            origin=article.origin, raw=raw, size=article.size, fmt=article.format,
            url=article.url, status=ArticleStatus.EMPTY, language=article.language,
            reason=f"empty: {where} {what}; nothing to process", **meta,
        )
    guess = detect_language(article.text)
    declared = normalise_language(article.language)
    language = guess.code if guess.decided else declared
    if check_language and language is not None and language != "en":
        return bad_article(
            origin=article.origin, raw=raw, size=article.size, fmt=article.format,
            url=article.url, status=ArticleStatus.NOT_ENGLISH, text=article.text,
            language=language, reason=not_english_reason(language), **meta,
        )
    return replace(article, language=language)
