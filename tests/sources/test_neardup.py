"""Near-duplicate fingerprints: the same story re-wrapped, re-titled or lightly cut is found;
different stories on the same topic are not."""

from __future__ import annotations

import pytest

from brinkwatch.sources import neardup

BASE = ("The United States carried out air strikes on militia positions near the Syrian border "
        "on Sunday, the Pentagon said, in response to a rocket attack that wounded two "
        "soldiers. Iraq's government condemned the strikes as a violation of its sovereignty "
        "and summoned the American ambassador. A spokesman for the group said it would "
        "respond at a time and place of its choosing, and thousands marched in Baghdad.")


@pytest.mark.parametrize(("other", "same"), [
    (BASE, True),
    (BASE.replace(", the Pentagon said,", ",\nthe Pentagon said,\n"), True),  # re-wrapped
    ("BREAKING: " + BASE + "\nBy a staff writer", True),  # a kicker and a byline
    (BASE.upper(), True),  # case
    (BASE.rsplit(" and thousands", 1)[0] + ".", True),  # the last clause cut
    # same topic, other story: not a duplicate
    ("Iran's foreign ministry accused the United States of economic terrorism on Tuesday after "
     "the Treasury imposed new sanctions on Iranian oil exports, state media reported, and "
     "Tehran said it would respond to any attack on its interests in the region.", False),
    (BASE[: len(BASE) // 3], False),  # only the first third
    ("Rockets struck near the airport in Erbil.", False),  # too short to call
])
def test_near_duplicates(other, same):
    assert neardup.is_near_duplicate(BASE, other) is same


def test_signatures_are_deterministic_and_round_trip():
    sig = neardup.signature(BASE)
    assert sig == neardup.signature(BASE) and len(sig) == neardup.NUM_HASHES
    assert neardup.decode(neardup.encode(sig)) == sig
    keys = neardup.bands(sig)
    assert len(keys) == neardup.NUM_HASHES // neardup.ROWS_PER_BAND
    rewrapped = neardup.signature(BASE.replace(" on Sunday,", "\non Sunday,"))
    assert set(keys) & set(neardup.bands(rewrapped))  # candidates share a band
    assert neardup.signature("too short") is None


@pytest.mark.parametrize(("params", "modulus", "hashes"), [
    ([(3, 7), (2**31 + 1, 5)], 2**32, {0, 1, 2**32 - 1, 123456789}),  # numpy path
    ([(3, 7), (2**60 + 3, 2**59)], (1 << 61) - 1, {5, 2**63 + 11}),  # numpy, in halves
    ([(3, 7), (2**62 + 3, 5)], (1 << 61) - 1, {5, 2**63 + 11}),  # Python integers
    ([(3, 7)], 2**32, set()),  # an empty set
])
def test_minhash_is_the_least_affine_image(params, modulus, hashes):
    expected = tuple(min(((a * h + b) % modulus for h in hashes), default=modulus - 1)
                     for a, b in params)
    assert neardup.minhash(hashes, params, modulus) == expected


def _reference(xs: list[int]) -> tuple[int, ...]:
    """MinHash in Python's unbounded integers: what the 64-bit numpy arithmetic must equal."""
    p = (1 << 61) - 1
    return tuple(min((a * x + b) % p for x in xs) for a, b in neardup._PARAMS)


@pytest.mark.parametrize("xs", [
    [0], [1], [(1 << 61) - 2], [(1 << 61) - 1], [1 << 61], [(1 << 64) - 1],
    [(1 << 64) - 1, 0, (1 << 61) - 1, 12345, 1 << 63],
])
def test_minhash_is_exact_at_the_edges(xs):
    import numpy as np

    got = neardup.minhash(np.array(xs, dtype=np.uint64), neardup._PARAMS, (1 << 61) - 1)
    assert got == _reference(xs)


def test_minhash_is_exact_on_random_shingles():
    import random

    import numpy as np

    rng = random.Random(7)
    for _ in range(50):
        xs = [rng.getrandbits(64) for _ in range(rng.randint(1, 400))]
        got = neardup.minhash(np.array(xs, dtype=np.uint64), neardup._PARAMS, (1 << 61) - 1)
        assert got == _reference(xs)
        assert neardup.minhash(set(xs), neardup._PARAMS, (1 << 61) - 1) == got
    text = " ".join(f"word{rng.randint(0, 40)}" for _ in range(200))
    assert neardup.signature(text) == _reference(sorted(neardup.shingles(text)))


@pytest.mark.parametrize(("raw", "expected"), [
    # plain ASCII: only the case changes
    ("Drones Hit Ain al-Asad", ["drones", "hit", "ain", "al", "asad"]),
    # accents and other combining marks go, wherever they sit in the text
    ("Café near Qā'im, naïve Résumé", ["cafe", "near", "qa", "im", "naive", "resume"]),
    ("Zürich e\u0301lan", ["zurich", "elan"]),
    # compatibility forms unfold (a ligature, full-width letters), case folds beyond ASCII
    ("\ufb01re ＡＢＣ Straße", ["fire", "abc", "strasse"]),
    # curly punctuation is not a word and does not glue words together
    ("Mosul\u2019s \u201ccrisis\u201d", ["mosul", "s", "crisis"]),
    # a letter that is not a mark stays: these are different words, not the same
    ("Łódź Ørsted", ["łodz", "ørsted"]),
])
def test_words_fold_case_and_marks(raw, expected):
    assert neardup.words(raw) == expected
