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


def test_similarity_is_the_damped_tf_idf_cosine() -> None:
    # the similarity is cos(tf-idf a, tf-idf b) with tf = 1 + log(count), idf = log((n+1)/df)
    # over words seen in more than one document, scaled down below MIN_SHARED shared words
    import math

    docs = [{"militia": 3, "rocket": 2, "base": 1, "convoy": 1},
            {"militia": 1, "rocket": 1, "base": 2, "embassy": 4},
            {"militia": 2, "convoy": 5, "embassy": 1, "border": 1},
            {"border": 2, "rocket": 1}]
    df = text.DocFreq()
    for d in docs:
        df.add(d)
    n = len(docs) + 1
    freq = {w: sum(w in d for d in docs) for d in docs for w in d}

    def vec(d: dict[str, int]) -> dict[str, float]:
        v = {w: (1 + math.log(c)) * math.log(n / freq[w]) for w, c in d.items() if freq[w] > 1}
        norm = math.sqrt(sum(x * x for x in v.values()))
        return {w: x / norm for w, x in v.items()}

    for a in docs:
        for b in docs:
            va, vb = vec(a), vec(b)
            shared = va.keys() & vb.keys()
            want = sum(va[w] * vb[w] for w in shared) * min(1.0, len(shared) / text.MIN_SHARED)
            assert df.similarity(a, b) == pytest.approx(want, abs=1e-12)
    assert df.similarity(docs[0], docs[3]) < df.similarity(docs[0], docs[1])


@pytest.mark.parametrize(("raw", "expected"), [
    ("Kata'ib Hezbollah FIRED rockets", ["kata'ib", "hezbollah", "fired", "rockets"]),
    # the typographic apostrophe reads as the plain one, inside a word only
    ("Kata’ib’s ’drones", ["kata'ib's", "drones"]),
    # hyphenated words stay whole; digits and underscores do not start a word
    ("pro-Iran 3rd _x", ["pro-iran", "rd", "x"]),
    # beyond ASCII each word is lower-cased on its own
    ("Qāʾim ΟΔΟΣ.Α Erbil", ["qāʾim", "οδος", "α", "erbil"]),
])
def test_words_are_lower_cased_content_words(raw: str, expected: list[str]) -> None:
    assert text.words(raw) == expected


def test_similarity_asked_for_a_floor_is_the_same_wherever_it_reaches_it() -> None:
    # the stage asks only whether two texts are alike enough (a floor): a text that reaches
    # the floor gets its exact similarity, one below it stays below it (0.0, its vector not
    # computed); random word bags of a small vocabulary, so that every case comes up
    import random

    rnd = random.Random(13)
    vocab = [f"w{i}" for i in range(60)]
    docs = [{w: rnd.randint(1, 4) for w in rnd.sample(vocab, rnd.randint(1, 40))}
            for _ in range(80)]
    df = text.DocFreq()
    for d in docs:
        df.add(d)
    reached = below = 0
    for a in docs[:20]:
        for b in docs:
            full = df.similarity(a, b)
            for floor in (0.12, 0.2, 0.235, 0.35, 0.6):
                got = df.similarity(a, b, at_least=floor)
                if full >= floor:
                    assert got == full
                    reached += 1
                else:
                    assert got < floor
                    below += got == 0.0 and full > 0.0  # left out by the bound
    assert reached and below  # both kinds of pairs were seen
