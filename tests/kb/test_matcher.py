"""kb.matcher: word keys and the dictionary scan shared by the ruler and the linker."""

from __future__ import annotations

import pytest

from brinkwatch.kb.matcher import KBPatterns, kb_patterns, phrase_key, word_key, words
from brinkwatch.kb.model import KBActor, TheatreKB

KB = TheatreKB(actors=[
    KBActor(id="irq", name="Iraq", type="state", demonyms=("Iraqi", "Iraqis"), country="IRQ"),
    KBActor(id="usa", name="United States", type="state", aliases=("U.S.", "US"),
            demonyms=("American",)),
    KBActor(id="org_aah", name="Asa'ib Ahl al-Haq", type="armed_group", aliases=("AAH",)),
    KBActor(id="org_badr", name="Badr Organization", type="armed_group", aliases=("Badr",)),
    KBActor(id="off_pm", name="Prime Minister of Iraq", type="office", parent="irq"),
    KBActor(id="gen_an", name="analysts", type="generic"),
])


@pytest.mark.parametrize(("raw", "key"), [
    ("Kata'ib", "kataib"), ("Kata’ib", "kataib"), ("Kataʼib", "kataib"), ("Hegseth's", "hegseth"),
    ("Hegseth’s", "hegseth"), ("U.S.", "us"), ("Organisation", "organization"),
    ("Shīʿa", "shia"), ("Defence", "defense"),
])
def test_word_key(raw: str, key: str) -> None:
    assert word_key(raw) == key


def test_phrase_key_and_spans() -> None:
    assert phrase_key("the Asa’ib Ahl al-Haq") == "asaib ahl al haq"
    text = "Hegseth's aide"
    w = words(text)[0]
    assert text[w.start:w.end] == "Hegseth"
    # a sentence mark between words stops a name
    assert [x.joins_next for x in words("Iraq. Badr")] == [False, True]


def scan(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(text[m.start:m.end], m.pattern.kb_ids, m.pattern.method)
            for m in kb_patterns(KB).scan(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Asaib Ahl al Haq fired.", [("Asaib Ahl al Haq", ("org_aah",), "alias")]),
    ("The Badr Organisation met.", [("Badr Organisation", ("org_badr",), "alias")]),
    ("AAH fired.", [("AAH", ("org_aah",), "acronym")]),
    ("aah, he said.", []),  # acronyms only in capitals
    ("let us go", []),
    ("badr is a word here", []),  # one-word names need a capital
    ("the Iraqi prime minister", [("Iraqi prime minister", ("off_pm",), "title")]),
    ("Iraq's prime minister", [("Iraq's prime minister", ("off_pm",), "title")]),
    ("Iraqi officials met", [("Iraqi officials", ("irq",), "demonym")]),
    ("Iraqi security officials met", [("Iraqi security officials", ("irq",), "demonym")]),
    ("Iraqi analysts warn", [("Iraqi analysts", (), "collective")]),
    ("Iraqis protested", [("Iraqis", (), "collective")]),
    ("Iraq-based groups", [("Iraq-based", (), "modifier")]),
    ("U.S.-Iraqi ties", [("U.S.", ("usa",), "acronym"), ("Iraqi", ("irq",), "demonym")]),
    ("talks with analysts", [("analysts", ("gen_an",), "alias")]),
])
def test_scan(text: str, expected: list[tuple[str, tuple[str, ...], str]]) -> None:
    assert scan(text) == expected


def test_patterns_cached() -> None:
    assert kb_patterns(KB) is kb_patterns(KB)
    assert isinstance(kb_patterns(KB), KBPatterns)
