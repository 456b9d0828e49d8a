"""Round 13 (lead): a sentence that opens with the occasion of the telling before it
("Speaking at a news conference, X ...", "In a sermon read on his behalf, X ...") continues that
telling: an undated act of the same speaker there takes the day the sentence before gave him.
Beside each such row stands one where the frame is not a continuation (another occasion named
with its own day, or a sentence that opens with a place or a new actor), so the day is not
carried over, or is its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.assemble.stories import of, run

FRI = "2024-05-17"  # a Friday

# (article, type of the event looked at, the date it must carry)
ROWS = [
    # continued by a participial frame: the day of the sentence before
    ("Turkish Foreign Minister Hakan Fidan warned Baghdad on Wednesday that Ankara would strike "
     "PKK camps in Sinjar. Speaking at a news conference with his Iraqi counterpart, Fidan "
     "urged Iraq to expel the PKK fighters.", "REQUEST", "2024-05-15"),
    ("Turkish Foreign Minister Hakan Fidan warned Baghdad on Wednesday that Ankara would strike "
     "PKK camps in Sinjar. Addressing reporters in Ankara, Fidan urged Iraq to expel the PKK "
     "fighters.", "REQUEST", "2024-05-15"),
    # the frame gives its own day: that day, not the one before
    ("Turkish Foreign Minister Hakan Fidan warned Baghdad on Wednesday that Ankara would strike "
     "PKK camps in Sinjar. Speaking to reporters on Thursday, Fidan urged Iraq to expel the "
     "PKK fighters.", "REQUEST", "2024-05-16"),
    # continued by an occasion named in an opening phrase
    ("Iraqi Prime Minister Mohammed Shia al-Sudani criticised Turkey on Tuesday over the "
     "shelling of Duhok. In a televised speech, Sudani urged Ankara to withdraw its troops "
     "from Iraqi soil.", "REQUEST", "2024-05-14"),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani criticised Turkey on Tuesday over the "
     "shelling of Duhok. During an interview with state television, Sudani urged Ankara to "
     "withdraw its troops from Iraqi soil.", "REQUEST", "2024-05-14"),
]

# a sentence that opens otherwise is not continued: the day stays the publication bound
NOT_CONTINUED = [
    ("Iraqi Prime Minister Mohammed Shia al-Sudani criticised Turkey on Tuesday over the "
     "shelling of Duhok. In Erbil, Kurdish officials urged Ankara to withdraw its troops from "
     "Iraqi soil.", "REQUEST"),
    ("Turkish Foreign Minister Hakan Fidan warned Baghdad on Wednesday that Ankara would strike "
     "PKK camps in Sinjar. Kurdish leaders, meeting in Erbil, urged Iraq to expel the PKK "
     "fighters.", "REQUEST"),
]


@pytest.fixture(scope="module")
def ctx() -> Any:
    from brinkwatch.pipeline import build_context

    return build_context()


def _dates(ctx: Any, text: str, type_: str) -> list[str | None]:
    return [e.date.value for e in of(run(ctx, text, FRI, every=True), type_)]


@pytest.mark.parametrize(("text", "type_", "expected"), ROWS)
def test_a_framed_sentence_continues_the_telling_before_it(ctx, text, type_, expected):
    assert _dates(ctx, text, type_) == [expected]


@pytest.mark.parametrize(("text", "type_"), NOT_CONTINUED)
def test_a_sentence_opening_otherwise_keeps_no_day_of_the_one_before(ctx, text, type_):
    got = _dates(ctx, text, type_)
    assert got, "the request must be coded"
    assert all(d in (None, FRI) for d in got), got
