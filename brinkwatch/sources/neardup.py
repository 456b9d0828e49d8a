"""Near-duplicate fingerprints of article texts: MinHash over word shingles, with LSH bands.

Pure functions, no I/O, so the store, the ingest and analysis (cross-outlet reprints) can all
use them. Two texts whose shingle sets have a Jaccard similarity of ``t`` get the same
minimum under each hash with probability ``t``; :func:`similarity` estimates it from two
:func:`signature` values. :func:`bands` cuts a signature into keys such that two texts with
similarity >= ~0.8 share at least one key with high probability (the candidates to compare).

    sig = signature(text)            # tuple of NUM_HASHES ints
    keys = bands(sig)                # strings to index
    similarity(sig, other) >= THRESHOLD   -> the same story (a copy, reformatted or lightly cut)
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Collection, Sequence

import numpy as np

NUM_HASHES = 64
ROWS_PER_BAND = 4  # 16 bands of 4: P(candidate) is ~0.9997 at similarity 0.8, ~0.05 at 0.4
SHINGLE_WORDS = 5
THRESHOLD = 0.8
MIN_WORDS = 8  # shorter texts are too small to call near-duplicates (exact ids still apply)

_PRIME = (1 << 61) - 1
_WORD = re.compile(r"\w+")


def _params() -> list[tuple[int, int]]:
    out = []
    for i in range(NUM_HASHES):
        h = hashlib.blake2b(f"brinkwatch-minhash-{i}".encode(), digest_size=16).digest()
        a = int.from_bytes(h[:8], "big") % (_PRIME - 1) + 1
        b = int.from_bytes(h[8:], "big") % _PRIME
        out.append((a, b))
    return out


_PARAMS = _params()


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _strip_marks(run: re.Match[str]) -> str:
    return "".join(c for c in run.group() if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Lower-cased words without diacritics: the same story in another layout has the same words."""
    if text.isascii():  # NFKD and case folding change nothing but the case of ASCII letters
        return _WORD.findall(text.lower())
    t = unicodedata.normalize("NFKD", text)
    # combining marks are never ASCII: only the runs of other characters are looked at
    return _WORD.findall(_NON_ASCII.sub(_strip_marks, t).casefold())


def shingles(text: str, k: int = SHINGLE_WORDS, *, ws: list[str] | None = None) -> set[int]:
    """64-bit hashes of every run of ``k`` consecutive words (of all words when fewer);
    ``ws``: the text's :func:`words`, when the caller has them already."""
    ws = words(text) if ws is None else ws
    if len(ws) < k:
        grams = [" ".join(ws)] if ws else []
    else:
        grams = [" ".join(ws[i:i + k]) for i in range(len(ws) - k + 1)]
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big")
            for g in grams}


def minhash(hashes: Collection[int], params: Sequence[tuple[int, int]],
            modulus: int) -> tuple[int, ...]:
    """The MinHash signature of a set of shingle hashes, the one implementation brinkwatch
    has: for each permutation ``(a, b)``, the least ``(a * h + b) mod modulus``. Ingest's
    near-duplicates (64-bit hashes, the Mersenne prime 2^61-1) and the cross-article stage's
    reprints (32-bit hashes, modulus 2^32) are two parameter sets of it. When every number
    fits 32 bits the products fit 64 and numpy computes it exactly; for the Mersenne prime numpy
    computes it exactly in halves (:func:`_min_hashes`); else Python integers do.
    An empty set gives ``modulus - 1`` everywhere."""
    if not len(hashes):
        return tuple(modulus - 1 for _ in params)
    if isinstance(hashes, np.ndarray):
        hashes = hashes.astype(np.uint64) if hashes.min() >= 0 else [int(x) for x in hashes]
    if modulus <= 1 << 32 and all(a < 1 << 32 and b < 1 << 32 for a, b in params):
        h = hashes if isinstance(hashes, np.ndarray) else np.fromiter(
            hashes, dtype=np.uint64, count=len(hashes))
        if int(h.max()) < 1 << 32:
            a = np.array([p[0] for p in params], dtype=np.uint64)[:, None]
            b = np.array([p[1] for p in params], dtype=np.uint64)[:, None]
            return tuple(int(v) for v in ((a * h[None, :] + b) % np.uint64(modulus)).min(axis=1))
    if modulus == _PRIME and all(a < _PRIME and b < _PRIME for a, b in params):
        h = hashes if isinstance(hashes, np.ndarray) else np.fromiter(
            hashes, dtype=np.uint64, count=len(hashes))
        a = np.array([p[0] for p in params], dtype=np.uint64)[:, None]
        b = np.array([p[1] for p in params], dtype=np.uint64)[:, None]
        return tuple(int(v) for v in _min_hashes(h, a, b))
    ints = [int(x) for x in hashes]
    return tuple(min((a * x + b) % modulus for x in ints) for a, b in params)


def signature(text: str) -> tuple[int, ...] | None:
    """The MinHash signature of ``text``, or None when it has fewer than MIN_WORDS words:
    for each hash (a, b), the least ``(a * x + b) mod (2**61 - 1)`` over the shingles x."""
    ws = words(text)
    if len(ws) < MIN_WORDS:
        return None
    return minhash(shingles(text, ws=ws), _PARAMS, _PRIME)


_P = np.uint64(_PRIME)
_LO32 = np.uint64(0xFFFFFFFF)
_LO29 = np.uint64((1 << 29) - 1)
_S61, _S32, _S29, _S3 = np.uint64(61), np.uint64(32), np.uint64(29), np.uint64(3)


def _mod_p(v: np.ndarray) -> np.ndarray:
    """``v mod p`` for p = 2**61 - 1 (a Mersenne prime: 2**61 = 1), for any uint64 ``v``."""
    r = (v & _P) + (v >> _S61)
    return np.where(r >= _P, r - _P, r)


def _min_hashes(x: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``min over x of (a * x + b) mod p`` for every (a, b), exactly, in 64-bit arithmetic:
    the 122-bit products are cut into 32-bit halves and folded with 2**61 = 1 (mod p), so no
    intermediate value reaches 2**64 (the same values as Python's unbounded integers)."""
    x = _mod_p(x)[None, :]
    a_hi, a_lo = a >> _S32, a & _LO32
    x_hi, x_lo = x >> _S32, x & _LO32
    hh = a_hi * x_hi  # < 2**58, stands for hh * 2**64 = hh * 8 (mod p)
    mid = a_hi * x_lo + a_lo * x_hi  # < 2**62, stands for mid * 2**32
    ll = a_lo * x_lo  # < 2**64
    total = ((hh << _S3) + (mid >> _S29) + ((mid & _LO29) << _S32)
             + (ll & _P) + (ll >> _S61) + b)  # six terms below 2**61 each: < 2**64
    return _mod_p(total).min(axis=1)  # type: ignore[no-any-return]


def bands(sig: Sequence[int]) -> list[str]:
    """LSH band keys of a signature: texts sharing a key are candidates to compare."""
    out = []
    for i in range(0, len(sig), ROWS_PER_BAND):
        chunk = ",".join(str(v) for v in sig[i:i + ROWS_PER_BAND])
        out.append(f"{i // ROWS_PER_BAND}:" + hashlib.blake2b(chunk.encode(),
                                                              digest_size=8).hexdigest())
    return out


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures (0..1)."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def encode(sig: Sequence[int]) -> str:
    """A signature as text (for storage)."""
    return " ".join(format(v, "x") for v in sig)


def decode(text: str) -> tuple[int, ...]:
    return tuple(int(v, 16) for v in text.split())


def is_near_duplicate(a: str, b: str) -> bool:
    """True when two texts tell the same story in (nearly) the same words."""
    sa, sb = signature(a), signature(b)
    return sa is not None and sb is not None and similarity(sa, sb) >= THRESHOLD
