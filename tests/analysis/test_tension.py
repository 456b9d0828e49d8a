"""The tension index: weights, decay, alerts, weeks (pure functions over DyadRow)."""

from __future__ import annotations

import pytest

from brinkwatch.analysis.tension import TensionOptions, event_weight, format_series, tension_series
from brinkwatch.errors import ConfigError
from brinkwatch.store.browse import DyadRow


@pytest.mark.parametrize("intensity, modality, reports, expected", [
    (-9.0, "asserted", 1, 9.0),
    (-9.0, "alleged", 1, 4.5),
    (-9.0, "future", 1, 4.5),
    (-9.0, "hypothetical", 1, 0.0),
    (-9.0, "denied", 1, 0.0),
    (-9.0, "negated", 1, 0.0),
    (1.0, "asserted", 1, -1.0),  # cooperation lowers tension
    (-9.0, "asserted", 4, 18.0),  # corroborated by 4 reports: x (1 + 0.5 log2 4)
    (-9.0, "something-new", 1, 0.0),
])
def test_event_weight(intensity: float, modality: str, reports: int, expected: float) -> None:
    assert event_weight(intensity, modality, reports) == pytest.approx(expected)


def row(i: int, day: str, intensity: float = -9.0, modality: str = "asserted") -> DyadRow:
    return DyadRow(event_id=f"e{i}", day=day, intensity=intensity, modality=modality)


def test_index_decays_with_the_half_life_and_fills_empty_days() -> None:
    s = tension_series([row(1, "2025-01-01")], actor="a", target="b",
                       options=TensionOptions(half_life_days=2.0), until="2025-01-05")
    assert [p.period for p in s.points] == [f"2025-01-0{d}" for d in range(1, 6)]
    assert [p.index for p in s.points] == pytest.approx([9.0, 9 * 0.5 ** 0.5, 4.5, 4.5 * 0.5 ** 0.5, 2.25], abs=1e-3)
    assert s.points[0].event_ids == ("e1",) and s.points[1].n_events == 0


def test_index_never_goes_below_zero() -> None:
    s = tension_series([row(1, "2025-01-01", intensity=4.0)], actor="a", target="b")
    assert s.points[0].index == 0.0 and s.points[0].raw == -4.0


def test_alert_on_a_jump_not_on_a_steady_level() -> None:
    steady = [row(i, f"2025-01-{d:02d}") for i, d in enumerate(range(1, 21))]
    burst = [row(100 + i, "2025-01-21") for i in range(5)]
    s = tension_series(steady + burst, actor="a", target="b")
    alerts = [p.period for p in s.alerts]
    assert alerts == ["2025-01-01", "2025-01-21"]  # the first attack, then the burst
    assert s.points[-1].baseline == pytest.approx(9.0)


def test_small_jumps_stay_below_the_floor() -> None:
    s = tension_series([row(1, "2025-01-01", intensity=-2.0)], actor="a", target="b")
    assert s.alerts == ()


def test_weeks_start_on_monday_and_sum_their_days() -> None:
    rows = [row(1, "2025-01-06"), row(2, "2025-01-08"), row(3, "2025-01-13")]
    s = tension_series(rows, actor="a", target="b", options=TensionOptions(bucket="week"))
    assert [(p.period, p.raw, p.n_events) for p in s.points] == [("2025-01-06", 18.0, 2), ("2025-01-13", 9.0, 1)]
    assert s.points[1].index == pytest.approx(18 * 0.5 + 9)


def test_no_rows_no_points_and_text_says_so() -> None:
    s = tension_series([], actor="a", target="b")
    assert s.points == () and s.peak is None
    assert "no dated events" in format_series(s, actor_name="A", target_name="B")


@pytest.mark.parametrize("kwargs", [{"bucket": "month"}, {"half_life_days": 0}, {"alert_window": 1}])
def test_bad_options_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        TensionOptions(**kwargs)  # type: ignore[arg-type]
