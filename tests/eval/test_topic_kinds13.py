"""Classes of topic wording read by the scorer in round 13 (topics13): each row a topic written
for this test and the kind that must answer it, or a near wording that must not map to it."""

from __future__ import annotations

import pytest

from brinkwatch.eval.stories import topic_kinds


@pytest.mark.parametrize(
    ("topic", "kind", "maps"),
    [
        # the role told beside the question: the person in office
        ("Who, as interior minister, announced the curfew", "office", True),
        ("Who as army chief ordered the withdrawal", "office", True),
        ("Who as the central bank governor froze the accounts", "office", True),
        ("Who ordered the withdrawal", "office", False),  # no role: the doer, not an office
        ("Who ordered the withdrawal", "perpetrator", True),
        # whom someone met or received: the counterparts named
        ("Whom the envoy met in Tartus", "target", True),
        ("Whom the envoy met in Tartus", "office", True),
        ("Who the minister received at the palace", "target", True),
        ("Who met the protesters", "target", False),  # the one meeting, not whom they met
        # a purpose told as a noun: the motive
        ("Aim of the blockade", "motive", True),
        ("The goal of the night raids", "motive", True),
        ("Purpose of the convoy", "motive", True),
        ("Goalkeeper's transfer fee", "motive", False),
        # damage told as a noun: the things hit
        ("Damage at the grain terminal", "struck", True),
        ("Destruction in the old market", "struck", True),
        ("Damage at the grain terminal", "casualties", False),
        # the verb keeps its own reading (the things hit, the sites and the targets)
        ("What the shelling damaged", "sites", True),
        ("Toll of the blast", "struck", False),
    ],
)
def test_topic_wordings_of_round_13(topic: str, kind: str, maps: bool) -> None:
    assert (kind in topic_kinds(topic)) is maps
