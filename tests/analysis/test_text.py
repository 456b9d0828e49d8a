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
