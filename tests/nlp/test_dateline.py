"""Datelines (nlp/dateline.py): place, date words and outlet read at the start of a story;
ordinary first sentences are not datelines."""

from __future__ import annotations

import pytest

from brinkwatch.nlp.dateline import find_dateline

# (text, place, region, date words, outlet) of the dateline it must find
FOUND = [
    pytest.param("BAGHDAD (Reuters) - Iraq said", "BAGHDAD", None, None, "Reuters", id="city-wire"),
    pytest.param("ERBIL, Iraq, March 13 (AP) -- Missiles hit", "ERBIL", "Iraq", "March 13", "AP",
                 id="city-region-date-wire"),
    pytest.param("Baghdad, Sept. 29 (KUNA) -- Iraq and", "Baghdad", None, "Sept. 29", "KUNA",
                 id="ordinary-case-with-date-and-wire"),
    pytest.param("WASHINGTON \u2014 The United States", "WASHINGTON", None, None, None,
                 id="capital-city-dash"),
    pytest.param("NEW YORK, Jan 5 (Reuters) - x", "NEW YORK", None, "Jan 5", "Reuters",
                 id="two-word-city"),
    pytest.param("Militia leader killed\nBASRA (Local News) \u2013 A drone", "BASRA", None, None,
                 "Local News", id="after-a-headline"),
    pytest.param("KIRKUK (Gulf Wire) : Two rockets", "KIRKUK", None, None, "Gulf Wire",
                 id="wire-then-colon"),
    pytest.param("AMMAN: Jordan sent", "AMMAN", None, None, None, id="capital-city-colon"),
    pytest.param("Tehran, May 4, IRNA - The envoy", "Tehran", None, "May 4", "IRNA",
                 id="date-then-wire-without-parentheses"),
]


@pytest.mark.parametrize(("text", "place", "region", "date", "outlet"), FOUND)
def test_dateline_found(text: str, place: str, region: str | None, date: str | None,
                        outlet: str | None) -> None:
    dl = find_dateline(text)
    assert dl is not None
    assert (dl.place, dl.region, dl.date_text, dl.outlet) == (place, region, date, outlet)
    assert text[dl.end:dl.end + 1].strip()  # the story starts right after it


@pytest.mark.parametrize("text", [
    pytest.param("Iran - the hardliners attacked the deal.", id="ordinary-case-needs-date-or-wire"),
    pytest.param("Iraq condemns strike\nThe government said it was a violation.",
                 id="headline-is-no-dateline"),
    pytest.param("US CARRIES OUT STRIKE TARGETING MILITIA LEADER IN BAGHDAD: OFFICIAL",
                 id="capital-headline-without-dash"),
    pytest.param("", id="empty"),
    pytest.param("Iran: the hardliners won the vote.", id="ordinary-case-title-with-colon"),
    pytest.param("Tehran, May 4 the envoy said.", id="date-without-dash"),
])
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_dateline_date_resolves_against_publication() -> None:
    from brinkwatch.extract.time import dateline_date
    from brinkwatch.nlp.pipeline import ParsedArticle
    from brinkwatch.records import Article

    text = "BAGHDAD, Sept. 29 (KUNA) -- Iraq and the United States agreed."
    art = Article(id="x", origin="t", text=text, published="2024-09-30")
    parsed = ParsedArticle(article=art, doc=None, sentences=(),  # type: ignore[arg-type]
                           dateline=find_dateline(text))
    ref = dateline_date(parsed)
    assert ref is not None and ref.value == "2024-09-29"
    no_date = ParsedArticle(article=art, doc=None, sentences=(),  # type: ignore[arg-type]
                            dateline=find_dateline("BAGHDAD (Reuters) - x"))
    assert dateline_date(no_date) is None
