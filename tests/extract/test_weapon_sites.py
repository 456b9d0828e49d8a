"""A weapon that went into a site hit it (round 9, lead): "rockets landed inside the embassy
compound", "a drone slammed into the airport" are attacks on the site (its owner when the text
names one), whoever fired; one that came down on open ground hit nothing the text says was
hit. Each row: a positive sentence (an ASSAULT with the target) and a near miss (no
ASSAULT). Our own sentences."""

from __future__ import annotations

import pytest

from tests.extract.coding import coded

pytest.importorskip("spacy")


def _assaults(ctx, text: str) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return [tg for t, _, tg in coded(ctx, text, published="2025-05-12",
                                     keep=lambda e: e.reportable) if t == "ASSAULT"]


@pytest.mark.parametrize(("pos", "target", "neg"), [
    pytest.param("Three rockets landed inside the U.S. embassy compound on Sunday.",
                 "United States",
                 "Three rockets landed inside the desert west of the city on Sunday.",
                 id="embassy-compound-vs-desert"),
    pytest.param("Two mortar rounds crashed into the Turkish base at Bashiqa overnight.",
                 "Turkey",
                 "Two mortar rounds crashed into an empty field outside the town overnight.",
                 id="into-a-base-vs-a-field"),
])
def test_a_weapon_that_went_into_a_site_hit_it(ctx, pos: str, target: str, neg: str) -> None:  # type: ignore[no-untyped-def]
    got = _assaults(ctx, pos)
    assert any(any(target in x for x in tg) for tg in got), got
    assert not _assaults(ctx, neg), _assaults(ctx, neg)
