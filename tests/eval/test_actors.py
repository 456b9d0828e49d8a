"""Actor scoring against gold actor rows, on hand-made mentions (no spaCy)."""

from __future__ import annotations

import json

from brinkwatch.eval.actors import score_actors
from brinkwatch.eval.gold import GoldActor
from brinkwatch.records import Mention


def mention(text: str, name: str | None, start: int = 0) -> Mention:
    return Mention(id=f"m{start}", article_id="a", sentence_index=0, start=start,
                   end=start + len(text), text=text, label="ORG", kb_id=name and name.lower(),
                   name=name, method="alias" if name else "unknown", confidence=1.0,
                   extractor="actors.kb.v1")


def row(actor: tuple[str, ...], *, surface: str | None = None, required: bool = True,
        must_not: tuple[str, ...] = (), doc: str = "d.txt") -> GoldActor:
    return GoldActor(doc=doc, actor=actor, surface=surface, required=required, must_not=must_not)


MENTIONS = {"d.txt": [
    mention("Hezbollah Brigades", "Kata'ib Hezbollah", 0),
    mention("Hezbollah", "Hezbollah (Lebanon)", 40),
    mention("the U.S.", "United States", 80),
    mention("Kadhimi", None, 100),
    mention("Iranian Revolutionary Guard Corps", "Islamic Revolutionary Guard Corps", 120),
]}


def test_required_linked_by_canonical_name() -> None:
    s = score_actors(MENTIONS, [row(("United States",)), row(("Kataib Hezbollah",)),
                                row(("Iraq",))])
    assert [r.found for r in s.rows] == [True, True, False]
    assert s.recall == 2 / 3 and [r.actor for r in s.missed] == [("Iraq",)]


def test_surface_must_be_the_linked_text() -> None:
    rows = [
        row(("Kata'ib Hezbollah",), surface="Hezbollah Brigades"),  # linked
        row(("Mustafa al-Kadhimi",), surface="Kadhimi"),  # present, unlinked
        # the surface is contained as whole words in a longer mention text
        row(("Islamic Revolutionary Guard Corps", "IRGC"), surface="Iranian Revolutionary Guard"),
        # right actor somewhere in the doc, but not through this written form
        row(("Kata'ib Hezbollah",), surface="Kataib Hezbollah"),
    ]
    s = score_actors(MENTIONS, rows)
    assert [r.found for r in s.rows] == [True, False, True, False]
    assert s.rows[1].linked_as == ("(unlinked)",)
    assert s.rows[3].linked_as == ()


def test_must_not_violations() -> None:
    rows = [
        # with a surface: only mentions of that text count ("Hezbollah" at 40 is not one)
        row(("Kata'ib Hezbollah",), surface="Hezbollah Brigades",
            must_not=("Hezbollah (Lebanon)", "Lebanese Hezbollah")),
        # without a surface: any mention of the document
        row(("Kata'ib Hezbollah",), must_not=("Hezbollah (Lebanon)",)),
    ]
    s = score_actors(MENTIONS, rows)
    assert len(s.violations) == 1
    v = s.violations[0]
    assert (v.mention, v.linked_to, v.start, v.surface) == ("Hezbollah", "Hezbollah (Lebanon)",
                                                            40, None)

    bad = {"d.txt": [mention("Hezbollah Brigades", "Hezbollah (Lebanon)")]}
    s2 = score_actors(bad, rows[:1])
    assert len(s2.violations) == 1 and not s2.rows[0].found


def test_optional_rows_and_unknown_mentions() -> None:
    s = score_actors(MENTIONS, [row(("United States",)), row(("Russia",), required=False),
                                row(("Kata'ib Hezbollah",), required=False)])
    assert (s.required, s.required_found, s.optional, s.optional_found) == (1, 1, 2, 1)
    assert (s.mentions, s.unknown_mentions) == (5, 1)


def test_documents_are_separate_and_missing_doc_finds_nothing() -> None:
    s = score_actors(MENTIONS, [row(("United States",), doc="other.txt")])
    assert s.recall == 0.0 and s.mentions == 0


def test_to_json() -> None:
    s = score_actors(MENTIONS, [row(("Kata'ib Hezbollah",), must_not=("Hezbollah (Lebanon)",))])
    data = json.loads(json.dumps(s.to_json()))
    assert data["recall"] == 1.0 and data["violations"][0]["mention"] == "Hezbollah"
    assert data["rows"][0]["found"] is True
