"""Date periods with both ends inclusive: coverage, overlap, days in a window, peak occupancy."""

from __future__ import annotations

from datetime import date

import pytest

from operator_app.domain.periods import Period, month_bounds, peak_occupancy

MAR1, MAR31, APR1, APR30 = date(2026, 3, 1), date(2026, 3, 31), date(2026, 4, 1), date(2026, 4, 30)


def test_covers_both_ends() -> None:
    p = Period(MAR1, MAR31)
    assert p.covers(MAR1) and p.covers(MAR31) and p.covers(date(2026, 3, 15))
    assert not p.covers(date(2026, 2, 28))
    assert not p.covers(APR1)


def test_open_period_covers_everything_from_its_start() -> None:
    p = Period(MAR1)
    assert p.covers(date(2099, 1, 1))
    assert not p.covers(date(2026, 2, 28))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (Period(MAR1, MAR31), Period(APR1, APR30), False),  # adjacent: end + 1 = start
        (Period(MAR1, MAR31), Period(MAR31, APR30), True),  # share the last day
        (Period(MAR1, None), Period(APR1, APR30), True),
        (Period(APR1, None), Period(MAR1, MAR31), False),
        (Period(MAR1, None), Period(APR1, None), True),
        (Period(date(2026, 3, 10), date(2026, 3, 12)), Period(MAR1, MAR31), True),  # inside
    ],
)
def test_overlaps_is_symmetric(a: Period, b: Period, expected: bool) -> None:
    assert a.overlaps(b) is expected
    assert b.overlaps(a) is expected


@pytest.mark.parametrize(
    ("period", "days"),
    [
        (Period(MAR1, MAR31), 0),
        (Period(date(2026, 3, 20), None), 30),
        (Period(date(2026, 4, 16), None), 15),
        (Period(date(2026, 4, 10), date(2026, 4, 10)), 1),
        (Period(MAR1, date(2026, 4, 15)), 15),
        (Period(date(2026, 5, 1), None), 0),
    ],
)
def test_days_in_a_window(period: Period, days: int) -> None:
    assert period.days_in(APR1, APR30) == days


def test_peak_occupancy() -> None:
    periods = [
        Period(MAR1, MAR31),
        Period(date(2026, 3, 15), date(2026, 4, 10)),
        Period(APR1, None),
        Period(date(2026, 4, 5), date(2026, 4, 5)),
    ]
    assert peak_occupancy(periods, Period(MAR1, MAR31)) == 2  # 15-31 March
    assert peak_occupancy(periods, Period(APR1, APR30)) == 3  # 5 April
    assert peak_occupancy(periods, Period(date(2026, 4, 11), None)) == 1
    assert peak_occupancy(periods, Period(date(2026, 2, 1), date(2026, 2, 28))) == 0
    assert peak_occupancy([], Period(MAR1)) == 0


def test_peak_occupancy_sees_future_starts_in_an_open_window() -> None:
    periods = [Period(date(2026, 9, 1), None), Period(date(2026, 9, 1), None)]
    assert peak_occupancy(periods, Period(APR1, None)) == 2
    assert peak_occupancy(periods, Period(APR1, date(2026, 8, 31))) == 0


@pytest.mark.parametrize(
    ("day", "bounds"),
    [
        (date(2026, 2, 14), (date(2026, 2, 1), date(2026, 2, 28))),
        (date(2028, 2, 29), (date(2028, 2, 1), date(2028, 2, 29))),
        (date(2026, 12, 31), (date(2026, 12, 1), date(2026, 12, 31))),
        (date(2026, 1, 1), (date(2026, 1, 1), date(2026, 1, 31))),
        (date(2026, 4, 30), (APR1, APR30)),
    ],
)
def test_month_bounds(day: date, bounds: tuple[date, date]) -> None:
    assert month_bounds(day) == bounds
