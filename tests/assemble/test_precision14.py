"""Story-level completions of round 14 (prec14) on short articles written for these tests:
the foe a withdrawal yields to (reason ``yielded-to``) and a plural demonym read as its state
(reason ``demonym``). Each row pairs an article that must give the completion with a near miss
that must not.
"""

from __future__ import annotations

from typing import Any

import pytest

from brinkwatch.records import Article, Event, text_id


@pytest.fixture(scope="module")
def ctx() -> Any:
    from brinkwatch.pipeline import build_context

    return build_context()


def completed(ctx: Any, text: str, type_: str, reason: str) -> list[tuple[str, set[str]]]:
    """(type, target names) of the reportable ``type_`` events that carry ``reason``."""
    from brinkwatch.pipeline import process

    events: list[Event] = list(process(Article(id=text_id(text), origin="t.txt", text=text,
                                               published="2025-06-02"), ctx).events)
    return [(e.type, {t.name or t.text for t in e.targets}) for e in events
            if e.reportable and e.type == type_ and any(r.reason == reason for r in e.reasons)]


# (article, type, reason, target it must name; near-miss article that must carry no such reason)
ROWS = [
    pytest.param("Turkish jets bombed PKK positions near Zakho on Monday.\nThe PKK said on "
                 "Wednesday that its fighters had pulled back from the border villages.\n",
                 "RETREAT", "yielded-to", "Turkey",
                 "The PKK said on Wednesday that its fighters had pulled back from the border "
                 "villages.\n", id="yielded-to-the-attacker"),
    pytest.param("Iraqi troops clashed with Kata'ib Hezbollah fighters near the airport on "
                 "Sunday.\nKata'ib Hezbollah later pulled back its men from the airport road.\n",
                 "RETREAT", "yielded-to", "Iraqi security forces",
                 "Iraqi troops clashed with Kata'ib Hezbollah fighters near the airport on "
                 "Sunday.\nU.S. jets bombed Kata'ib Hezbollah depots on Monday.\nKata'ib "
                 "Hezbollah later pulled back its men from the airport road.\n",
                 id="two-camps-name-no-foe"),
    pytest.param("Nujaba said the Americans had bombed its headquarters in Jurf al-Sakhar.\n",
                 "ASSAULT", "demonym", "Harakat Hezbollah al-Nujaba",
                 "Nujaba said two Americans had bombed its headquarters in Jurf al-Sakhar.\n",
                 id="the-americans-are-the-state"),
]


@pytest.mark.parametrize(("text", "type_", "reason", "target", "near"), ROWS)
def test_precision14_completions(ctx: Any, text: str, type_: str, reason: str, target: str,
                                 near: str) -> None:
    got = completed(ctx, text, type_, reason)
    assert any(target in targets for _, targets in got), got
    assert not completed(ctx, near, type_, reason)
