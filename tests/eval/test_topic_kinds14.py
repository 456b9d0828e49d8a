"""Topic wordings the scorer reads from round 14 (topics14): what a party is charged with or
punished for ("what X is accused of", "the charges against X", "why X was sanctioned") is
answered by the ``charge`` contradictions (and why: ``motive``); who arrested or detained
someone is the doer, while who was arrested are those taken, and who made an accusation is a
speaker. Topics are written for these tests."""

from __future__ import annotations

import pytest

from brinkwatch.eval.stories import topic_kinds


@pytest.mark.parametrize(("topic", "kind", "maps"), [
    ("What the commander is accused of", "charge", True),
    ("The charges against the exchange house", "charge", True),
    ("Why the bank was sanctioned", "charge", True),
    ("Who arrested the commander", "perpetrator", True),
    ("Who detained the journalists", "perpetrator", True),
    # near misses: those taken are not the doers; who made the accusation is a speaker
    ("Who was arrested in the raid", "perpetrator", False),
    ("Who was arrested in the raid", "detained", True),
    ("Who accused Baghdad of the attack", "charge", False),
    ("Who accused Baghdad of the attack", "actor", True),
    ("Number of people arrested", "charge", False),
])
def test_topic_kinds_of_charges_and_arrests(topic: str, kind: str, maps: bool) -> None:
    assert (kind in topic_kinds(topic)) is maps
