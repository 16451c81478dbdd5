"""School days: China's public holidays and adjusted working days (调休).

Why a wrapper: ``chinesecalendar`` knows only the years up to its release; past that we fall
back to Monday–Friday and say so, rather than crash or silently guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar


@dataclass(frozen=True)
class SchoolDays:
    days: tuple[date, ...]
    warning: str  # empty when the official calendar covered every day


def is_school_day(day: date) -> tuple[bool, bool]:
    """(is a working day, came from the official calendar)."""
    try:
        return bool(chinese_calendar.is_workday(day)), True
    except NotImplementedError:
        return day.weekday() < 5, False


def school_days(first: date, last: date) -> SchoolDays:
    days: list[date] = []
    fallback_years: set[int] = set()
    day = first
    while day <= last:
        working, official = is_school_day(day)
        if not official:
            fallback_years.add(day.year)
        if working:
            days.append(day)
        day += timedelta(days=1)
    warning = ""
    if fallback_years:
        years = "、".join(str(y) for y in sorted(fallback_years))
        warning = (
            f"节假日数据只到 {last_official_year()} 年，{years} 年按周一至周五计算，请核对调休安排"
        )
    return SchoolDays(tuple(days), warning)


def last_official_year() -> int:
    year = date.today().year + 5
    while year > 2004:
        try:
            chinese_calendar.is_workday(date(year, 6, 1))
            return year
        except NotImplementedError:
            year -= 1
    return 2004


WEEKDAY_LABELS = ("一", "二", "三", "四", "五", "六", "日")
