"""An article whose own event chose its story is not added by text to another story of the same
type family on that event's days (two events of one day), but may be to one on other days (the
attack a retaliation answers, recalled)."""

import pytest

from brinkwatch.analysis.stage import _same_day_sibling

STRIKES_NIGHT = {"violence": [("2031-05-04", "2031-05-04")]}
UNDATED_EVENT = {"violence": [(None, None)]}


@pytest.mark.parametrize("family,story,coded,blocked", [
    # the other violent story of the same night: blocked
    ("violence", {"start": "2031-05-04", "end": "2031-05-04"}, STRIKES_NIGHT, True),
    ("violence", {"start": "2031-05-03", "end": "2031-05-05"}, STRIKES_NIGHT, True),
    # the attack two days before, which the strikes answer: may take the article by text
    ("violence", {"start": "2031-05-02", "end": "2031-05-02"}, STRIKES_NIGHT, False),
    # another family on the same day: the article coded nothing of it
    ("protest", {"start": "2031-05-04", "end": "2031-05-04"}, STRIKES_NIGHT, False),
    # an event of the family with no days at all blocks the whole family
    ("violence", {"start": "2031-05-02", "end": "2031-05-02"}, UNDATED_EVENT, True),
    # nothing coded: nothing blocked
    ("violence", {"start": "2031-05-04", "end": "2031-05-04"}, {}, False),
])
def test_same_day_sibling(family, story, coded, blocked):
    assert _same_day_sibling(family, story, coded) is blocked
