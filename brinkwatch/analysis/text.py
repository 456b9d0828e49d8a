"""Text fingerprints shared by the cross-article stage: content-word term vectors (for story
similarity) and MinHash signatures over word 5-gram shingles (for reprints; the MinHash itself is
:func:`brinkwatch.sources.neardup.minhash`, the stage keeps the LSH index)."""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from brinkwatch.sources import neardup

NUM_PERM = 64
SHINGLE = 5
TERMS_KEPT = 60
MIN_SHARED = 3

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# function words and reporting words that say nothing about which event an article tells
_STOP = frozenset("""
a about above after again against all also am an and any are as at be been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers him his how i if in into is it its itself just me more most my no nor not
now of off on once only or other our out over own same she should so some such than that the their
them then there these they this those through to too under until up very was we were what when
where which while who whom why will with would you your said says say told according reported
report reports statement added also one two three new last first year years week weeks day days
monday tuesday wednesday thursday friday saturday sunday news agency per cent percent mr ms
""".split())


def words(text: str) -> list[str]:
    plain = text.replace("’", "'")  # the pattern treats both apostrophes alike
    if plain.isascii():  # lower-casing ASCII changes no word's extent: the text at once
        return _WORD.findall(plain.lower())
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def term_vector(text: str, *, keep: int = TERMS_KEPT) -> dict[str, float]:
    """The ``keep`` most frequent content words (length >= 3, no stop words), L2-normalised."""
    counts = Counter(w for w in words(text) if len(w) >= 3 and w not in _STOP)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]
    norm = math.sqrt(sum(n * n for _, n in top)) or 1.0
    return {w: round(n / norm, 4) for w, n in top}


def term_counts(text: str, *, keep: int = 150) -> dict[str, int]:
    """The ``keep`` most frequent content words with their counts (ties: alphabetical)."""
    counts = Counter(w for w in words(text) if len(w) >= 3 and w not in _STOP)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])


#: ``1 + log(c)`` by count ``c``: the damped count of a word (the tf of the story similarity)
_TF: dict[int, float] = {}


class DocFreq:
    """Document frequencies of the articles seen so far: the IDF of the story similarity.
    Words seen in one document only carry no weight (they cannot link two reports)."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0
        # vectors computed since the last add, by the id of their counts (the counts are held
        # too, so an id is not reused while cached): an article is compared with many others
        # between two adds, and its vector is the same each time
        self._memo: dict[int, tuple[Mapping[str, int], dict[str, float]]] = {}
        # log((n + 1) / df) by df, for the current n: most words share a few small df values
        self._idf: dict[int, float] = {}

    def add(self, counts: Mapping[str, int]) -> None:
        self.df.update(counts.keys())
        self.n += 1
        self._memo.clear()
        self._idf.clear()

    def vector(self, counts: Mapping[str, int]) -> dict[str, float]:
        hit = self._memo.get(id(counts))
        if hit is not None and hit[0] is counts:
            return hit[1]
        df = self.df
        idf = self._idf
        tfs = _TF
        idf_n = self.n + 1
        v: dict[str, float] = {}
        for w, c in counts.items():
            d = df.get(w, 0)
            if d > 1:
                i = idf.get(d)
                if i is None:
                    i = idf[d] = math.log(idf_n / d)
                t = tfs.get(c)
                if t is None:
                    t = tfs[c] = 1 + math.log(c)
                v[w] = t * i
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out = {w: x / norm for w, x in v.items()}
        if len(self._memo) < 4096:
            self._memo[id(counts)] = (counts, out)
        return out

    def similarity(self, a: Mapping[str, int], b: Mapping[str, int], *,
                   at_least: float = 0.0) -> float:
        """Cosine of the tf-idf vectors, scaled down when fewer than ``MIN_SHARED`` informative
        words are shared (one common word between two short texts is no evidence).

        ``at_least``: the caller only asks whether the similarity reaches this value. When a
        bound says it cannot, 0.0 is returned without computing ``b``'s vector (an article is
        compared with many others, most of them unlike it): ``a``'s weight on the words ``b``
        has, times the same scaling (the cosine is at most that: ``b``'s vector has norm 1),
        below ``at_least`` by more than rounding."""
        va = self.vector(a)
        if at_least > 0.0:
            shared = va.keys() & b.keys()
            bound = math.sqrt(sum([va[k] * va[k] for k in shared])) \
                * min(1.0, len(shared) / MIN_SHARED)
            if bound < at_least - 1e-9:
                return 0.0
        vb = self.vector(b)
        if len(va) > len(vb):
            va, vb = vb, va
        # the cosine and the count of shared words in one pass over the smaller vector (the
        # same sum as :func:`cosine`: the words it does not share add 0.0 to it)
        products = [x * vb[k] for k, x in va.items() if k in vb]
        return sum(products) * min(1.0, len(products) / MIN_SHARED)


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


#: words of an article's beginning that its signature covers: copies share their beginnings
SIGNATURE_WORDS = 400


def shingles(text: str, n: int = SHINGLE) -> set[str]:
    w = words(text)[:SIGNATURE_WORDS]
    if len(w) < n:
        return {" ".join(w)} if w else set()
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def _affine32_params(seed: int = 1) -> list[tuple[int, int]]:
    """The permutations of datasketch's "affine32" scheme for ``seed`` (``a`` odd), drawn the
    way datasketch draws them, so signatures stored before are still comparable."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return [(int(x), int(y)) for x, y in zip(a, b, strict=True)]


_PARAMS = _affine32_params()


def _shingle_hashes(shingles: set[str]) -> np.ndarray:
    """CRC-32 of each shingle, pre-mixed with the MurmurHash3 finalizer (a bijection on 32
    bits; uint32 arithmetic wraps): stable across processes and fast."""
    h = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint32,
                    count=len(shingles))
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(text: str) -> list[int]:
    """A MinHash signature (``NUM_PERM`` ints, fixed seed: the same text gives the same list),
    computed by the one MinHash of brinkwatch (:func:`brinkwatch.sources.neardup.minhash`)."""
    return list(neardup.minhash(_shingle_hashes(shingles(text)), _PARAMS, 1 << 32))


def jaccard(sig_a: Sequence[int], sig_b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    if len(sig_a) != len(sig_b) or not sig_a:
        return 0.0
    return sum(x == y for x, y in zip(sig_a, sig_b, strict=True)) / len(sig_a)
