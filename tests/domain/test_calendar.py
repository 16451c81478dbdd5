"""School days from chinesecalendar, with a weekday fallback and a warning past its data."""

from __future__ import annotations

from datetime import date, timedelta

from operator_app.domain.calendar import is_school_day, last_official_year, school_days


def test_national_day_2026() -> None:
    # What chinesecalendar says: off 1-7 October (Thu-Wed), Saturday 10 October worked.
    for day in range(1, 8):
        assert is_school_day(date(2026, 10, day)) == (False, True)
    assert is_school_day(date(2026, 10, 8)) == (True, True)
    assert is_school_day(date(2026, 10, 10)) == (True, True)
    assert is_school_day(date(2026, 10, 11)) == (False, True)


def test_adjusted_working_sunday_and_mid_autumn_2026() -> None:
    assert is_school_day(date(2026, 9, 20)) == (True, True)  # Sunday, 调休
    assert is_school_day(date(2026, 9, 25)) == (False, True)  # Friday, 中秋节


def test_school_days_of_a_range() -> None:
    result = school_days(date(2026, 9, 28), date(2026, 10, 11))
    assert result.days == (
        date(2026, 9, 28),
        date(2026, 9, 29),
        date(2026, 9, 30),
        date(2026, 10, 8),
        date(2026, 10, 9),
        date(2026, 10, 10),
    )
    assert result.warning == ""


def test_last_official_year_has_data_and_the_next_has_none() -> None:
    year = last_official_year()
    assert year >= 2026
    assert is_school_day(date(year, 6, 1))[1] is True
    assert is_school_day(date(year + 1, 6, 1))[1] is False


def test_beyond_the_data_weekdays_and_a_warning() -> None:
    year = last_official_year() + 1
    first = date(year, 1, 1)
    result = school_days(first, date(year, 1, 31))
    weekdays = tuple(
        first + timedelta(days=i) for i in range(31) if (first + timedelta(days=i)).weekday() < 5
    )
    assert result.days == weekdays  # 1 January counted: no holiday data to say otherwise
    assert result.warning == (
        f"节假日数据只到 {year - 1} 年，{year} 年按周一至周五计算，请核对调休安排"
    )


def test_warning_names_only_the_years_without_data() -> None:
    year = last_official_year()
    result = school_days(date(year, 12, 28), date(year + 1, 1, 5))
    assert f"{year + 1} 年按周一至周五计算" in result.warning
    assert f"、{year}" not in result.warning
    assert [d for d in result.days if d.year == year + 1] == [
        date(year + 1, 1, d) for d in range(1, 6) if date(year + 1, 1, d).weekday() < 5
    ]
