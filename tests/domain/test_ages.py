"""Tests for operator_app.domain.ages: completed months, the month-end rule and its inverse."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from operator_app.domain.ages import age_in_days, age_in_months, date_after_months, describe_age
from operator_app.domain.errors import ValidationError

D = date


@pytest.mark.parametrize(
    ("birth", "on", "months"),
    [
        (D(2023, 1, 1), D(2023, 1, 1), 0),
        (D(2023, 1, 1), D(2023, 1, 31), 0),
        (D(2023, 1, 1), D(2023, 2, 1), 1),  # born on the 1st: turns N months on the 1st
        (D(2023, 1, 2), D(2023, 2, 1), 0),  # born on the 2nd: a day later
        (D(2023, 1, 2), D(2023, 2, 2), 1),
        (D(2022, 12, 15), D(2023, 1, 14), 0),  # across a year boundary
        (D(2022, 12, 15), D(2023, 1, 15), 1),
        (D(2023, 1, 31), D(2023, 2, 27), 0),
        (D(2023, 1, 31), D(2023, 2, 28), 1),  # month-end rule, common year
        (D(2024, 1, 31), D(2024, 2, 28), 0),  # leap year: 29 Feb exists
        (D(2024, 1, 31), D(2024, 2, 29), 1),
        (D(2023, 1, 30), D(2023, 2, 28), 1),
        (D(2023, 1, 29), D(2023, 2, 28), 1),
        (D(2023, 1, 29), D(2023, 2, 27), 0),
        (D(2023, 3, 31), D(2023, 4, 29), 0),
        (D(2023, 3, 31), D(2023, 4, 30), 1),
        (D(2023, 3, 31), D(2023, 5, 30), 1),  # May has a 31st: not the month end
        (D(2023, 3, 31), D(2023, 5, 31), 2),
        (D(2024, 2, 29), D(2025, 2, 27), 11),
        (D(2024, 2, 29), D(2025, 2, 28), 12),
        (D(2024, 2, 29), D(2028, 2, 29), 48),
        (D(2020, 6, 10), D(2023, 6, 9), 35),
        (D(2020, 6, 10), D(2023, 6, 10), 36),
    ],
)
def test_age_in_months(birth: date, on: date, months: int) -> None:
    assert age_in_months(birth, on) == months


@pytest.mark.parametrize("func", [age_in_months, age_in_days, describe_age])
def test_reference_date_before_birth_is_refused(func: object) -> None:
    with pytest.raises(ValidationError) as info:
        func(D(2023, 5, 2), D(2023, 5, 1))  # type: ignore[operator]
    assert info.value.field == "birth_date"
    assert info.value.label == "出生日期"
    assert info.value.reason == "不能晚于参照日期"


@pytest.mark.parametrize(
    ("birth", "on", "days"),
    [
        (D(2023, 5, 1), D(2023, 5, 1), 0),
        (D(2023, 5, 1), D(2023, 5, 2), 1),
        (D(2024, 1, 1), D(2025, 1, 1), 366),
        (D(2023, 1, 1), D(2024, 1, 1), 365),
    ],
)
def test_age_in_days(birth: date, on: date, days: int) -> None:
    assert age_in_days(birth, on) == days


@pytest.mark.parametrize(
    ("birth", "on", "text"),
    [
        (D(2023, 5, 1), D(2023, 5, 1), "0天"),
        (D(2023, 5, 1), D(2023, 5, 16), "15天"),
        (D(2023, 1, 31), D(2023, 2, 27), "27天"),
        (D(2023, 1, 31), D(2023, 2, 28), "1个月"),
        (D(2023, 1, 10), D(2023, 9, 10), "8个月"),
        (D(2022, 1, 10), D(2023, 1, 10), "1岁"),
        (D(2022, 1, 10), D(2023, 4, 10), "1岁3个月"),
        (D(2021, 1, 10), D(2023, 12, 31), "2岁11个月"),
        (D(2020, 1, 10), D(2023, 1, 10), "3岁"),
    ],
)
def test_describe_age(birth: date, on: date, text: str) -> None:
    assert describe_age(birth, on) == text


@pytest.mark.parametrize(
    ("birth", "months", "expected"),
    [
        (D(2023, 1, 15), 0, D(2023, 1, 15)),
        (D(2023, 1, 15), 1, D(2023, 2, 15)),
        (D(2023, 1, 31), 1, D(2023, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2023, 3, 31), 1, D(2023, 4, 30)),
        (D(2023, 11, 30), 3, D(2024, 2, 29)),
        (D(2023, 12, 5), 1, D(2024, 1, 5)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2024, 2, 29), 48, D(2028, 2, 29)),
        (D(2022, 7, 9), 36, D(2025, 7, 9)),
    ],
)
def test_date_after_months(birth: date, months: int, expected: date) -> None:
    assert date_after_months(birth, months) == expected


def test_date_after_negative_months_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        date_after_months(D(2023, 1, 1), -1)


def _every_day(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def test_date_after_months_is_the_first_day_of_that_age() -> None:
    """For every birth date over two years (one leap) and ages 0-40 months: the child has
    ``m`` months on ``date_after_months(b, m)`` and still ``m - 1`` the day before."""
    for birth in _every_day(D(2023, 1, 1), D(2024, 12, 31)):
        for months in range(41):
            turns = date_after_months(birth, months)
            assert age_in_months(birth, turns) == months, (birth, months)
            if months > 0:
                assert age_in_months(birth, turns - timedelta(days=1)) == months - 1


def test_age_never_decreases_and_steps_by_at_most_one() -> None:
    for birth in [D(2023, 1, 28), D(2023, 1, 29), D(2023, 1, 30), D(2023, 1, 31), D(2024, 2, 29)]:
        previous = 0
        for on in _every_day(birth, birth + timedelta(days=800)):
            months = age_in_months(birth, on)
            assert months - previous in (0, 1), (birth, on)
            previous = months
