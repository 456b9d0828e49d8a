"""Fingerprints: MinHash signatures for reprints, tf-idf similarity for stories."""

from __future__ import annotations

import zlib

import pytest
from datasketch import MinHash

from brinkwatch.analysis import text

BASE = ("Rockets struck a logistics base near the northern city of Mosul late on Tuesday, "
        "wounding three contractors, according to the local police chief, who said the launch "
        "site was found in an orchard east of the river and that an investigation had begun.")


def test_signature_is_deterministic() -> None:
    assert text.signature(BASE) == text.signature(BASE)
    assert len(text.signature(BASE)) == text.NUM_PERM


@pytest.mark.parametrize(("other", "reprint"), [
    (BASE, True),
    (BASE + " The ministry declined to comment.", True),  # a syndicated copy with a tail
    ("Monsoon rains flooded villages in the south of the country on Tuesday, and the "
     "government sent boats and food to thousands of stranded families.", False),
    ("Rockets struck a base. Contractors were wounded in the north, police said on Tuesday, "
     "and investigators searched an orchard for the launchers used in the attack.", False),
])
def test_reprints_by_jaccard(other: str, reprint: bool) -> None:
    j = text.jaccard(text.signature(BASE), text.signature(other))
    assert (j >= 0.6) is reprint, j


def test_similarity_weighs_shared_rare_words() -> None:
    df = text.DocFreq()
    a = text.term_counts("Drone strike on the Qaim warehouse kills the Nujaba logistics chief.")
    b = text.term_counts("The Nujaba logistics chief died when a drone hit a Qaim warehouse.")
    c = text.term_counts("Parliament debated the budget and the electricity subsidies again.")
    d = text.term_counts("Parliament passed the budget; the warehouse subsidies stay.")
    for x in (a, b, c, d):
        df.add(x)
    assert df.similarity(a, b) > 0.5
    assert df.similarity(a, c) == 0.0
    assert df.similarity(a, b) > df.similarity(a, d)


@pytest.mark.parametrize("body", [
    "",
    "short text",
    "The convoy left the port at dawn and reached the border crossing before noon, officials said.",
    " ".join(f"word{i % 37} other{i % 11}" for i in range(700)),  # past the signature's 400 words
])
def test_signature_is_datasketchs_affine32_minhash(body: str) -> None:
    # signatures stored before the MinHash moved into neardup stay comparable: the same values
    # as datasketch's "affine32" MinHash (seed 1) over CRC-32 shingle hashes
    m = MinHash(num_perm=text.NUM_PERM, seed=1, scheme="affine32", hashfunc=zlib.crc32)
    m.update_batch([s.encode("utf-8") for s in sorted(text.shingles(body))])
    assert text.signature(body) == [int(v) for v in m.hashvalues]


def test_reprint_index_finds_what_datasketchs_lsh_finds() -> None:
    import random

    from datasketch import MinHashLSH

    from brinkwatch.analysis.stage import _Reprints

    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(300)]
    bases = [[rng.choice(vocab) for _ in range(120)] for _ in range(12)]
    texts = []
    for i in range(80):  # copies of a few texts with more or fewer words changed
        words = list(bases[i % len(bases)])
        for _ in range(rng.choice([0, 3, 10, 30, 60])):
            words[rng.randrange(len(words))] = rng.choice(vocab)
        texts.append(" ".join(words))
    ours = _Reprints(0.6)
    lsh = MinHashLSH(threshold=0.6, num_perm=text.NUM_PERM)
    order: list[str] = []
    found = 0
    for i, t in enumerate(texts):
        sig = text.signature(t)
        m = MinHash(num_perm=text.NUM_PERM, seed=1, scheme="affine32", hashvalues=sig)
        expected = None
        for other in sorted(lsh.query(m), key=order.index):
            if text.jaccard(text.signature(texts[int(other)]), sig) >= 0.6:
                expected = other
                break
        got, _ = ours.original(str(i), sig)
        assert got == expected
        found += got is not None
        ours.add(str(i), sig, None)  # originals only: no chains to follow
        lsh.insert(str(i), m)
        order.append(str(i))
    assert 10 < found < 80  # copies found, and texts changed too much left alone
