"""Table tests of event classes that world news words in many ways (events.rules.v1 through the
whole pipeline): each row pairs a sentence that must give an event with a close sentence that
must not give the wrong reading, so an extractor that returns nothing fails every row.
Sentences written for these tests; actors of any state, not only our theatre's.
"""

from __future__ import annotations

import pytest

from brinkwatch.records import Article, text_id


@pytest.fixture(scope="module")
def ctx():  # type: ignore[no-untyped-def]
    from brinkwatch.pipeline import build_context

    return build_context()


def _coded(ctx, text: str) -> list[tuple[str, set[str], set[str]]]:  # type: ignore[no-untyped-def]
    """(type, actor texts or names, target texts or names) of the reportable events."""
    from brinkwatch.pipeline import process

    article = Article(id=text_id(text), origin="test", text=text, published="2025-06-02")
    return [(e.type, {a.name or a.text for a in e.actors}, {t.name or t.text for t in e.targets})
            for e in process(article, ctx).events if e.reportable]


def _has(got: list, type_: str, actors: set[str], targets: set[str]) -> bool:  # type: ignore[type-arg]
    return any(t == type_ and actors <= a and targets <= tg for t, a, tg in got)


# A settlement is made between its parties: "A and B signed a deal" is A with B, and so is a
# failure to reach one; co-mediators who broker a deal are not its parties, and a bare
# "failed to" is no refusal.
SETTLEMENTS = [
    pytest.param("Chile and Peru signed a fisheries accord on Monday.",
                 ("SUPPORT", {"Chile"}, {"Peru"}),
                 "Chile and Peru criticised the fisheries accord on Monday.",
                 ("SUPPORT", {"Chile"}, {"Peru"}), id="signed-a-deal-vs-criticised-it"),
    pytest.param("Kenya and Uganda have reached a deal over the disputed island.",
                 ("SUPPORT", {"Kenya"}, {"Uganda"}),
                 "Kenya and Uganda have reached the disputed island.",
                 ("SUPPORT", set(), set()), id="reached-a-deal-vs-reached-a-place"),
    pytest.param("Ghana and Togo concluded a security pact in Accra.",
                 ("SUPPORT", {"Ghana"}, {"Togo"}),
                 "Qatar and Egypt brokered a truce between the two sides.",
                 ("SUPPORT", {"Qatar"}, {"Egypt"}), id="concluded-vs-brokered"),
    pytest.param("Sudan and the rebel movement failed to reach a deal after three days.",
                 ("REJECT", {"Sudan"}, {"the rebel movement"}),
                 "Sudan and the rebel movement failed to capture the town after three days.",
                 ("REJECT", set(), set()), id="failed-to-reach-a-deal-vs-failed-to-capture"),
    pytest.param("Ghana failed to sign the border accord with Togo.",
                 ("REJECT", {"Ghana"}, {"Togo"}),
                 "Ghana failed to attend the border meeting with Togo.",
                 ("REJECT", set(), set()), id="failed-to-sign-with-x-vs-failed-to-attend"),
]


# A contact's purpose clause names what the call or visit conveyed, to the one contacted
# ("phoned X to congratulate him"); a call without one is a call only.
CONTACT_PURPOSES = [
    pytest.param("The Kenyan president phoned Ghana's new leader on Sunday to congratulate him "
                 "on his election.", ("SUPPORT", {"Kenyan"}, {"Ghana"}),
                 "The Kenyan president phoned Ghana's new leader on Sunday about the election.",
                 ("SUPPORT", set(), set()), id="phoned-to-congratulate-vs-phoned-about"),
    pytest.param("The king of Jordan called the Egyptian president to express his condolences.",
                 ("SUPPORT", {"The king"}, {"Egypt"}),
                 "The king of Jordan called the Egyptian president on Friday.",
                 ("SUPPORT", set(), set()), id="called-to-express-condolences-vs-a-call"),
    pytest.param("Indian Prime Minister Narendra Modi called Japanese Prime Minister Fumio "
                 "Kishida on Tuesday to congratulate him on winning the vote.",
                 ("SUPPORT", {"Narendra Modi"}, {"Fumio Kishida"}),
                 "Indian Prime Minister Narendra Modi called Japanese Prime Minister Fumio "
                 "Kishida on Tuesday after the vote.",
                 ("SUPPORT", set(), set()), id="him-is-the-one-called-not-the-caller"),
]


# (positive sentence, (type, actors, targets) it must give,
#  negative sentence, (type, actors, targets) it must NOT give)
CLASSES = SETTLEMENTS + CONTACT_PURPOSES


@pytest.mark.parametrize(("pos", "want", "neg", "unwanted"), CLASSES)
def test_event_classes(ctx, pos: str, want: tuple, neg: str, unwanted: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    got = _coded(ctx, pos)
    assert _has(got, *want), got
    bad = _coded(ctx, neg)
    assert not _has(bad, *unwanted), bad
