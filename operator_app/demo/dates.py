"""Date arithmetic of the demo planners: whole months back and forth, school days, term starts.

Why a module of its own: the child, staff and register planners all draw their dates relative
to ``today`` and the school calendar, and must do so the same way for a plan to hang together.
``ages.date_after_months`` only goes forward from a birth date; the planners also step back
(the centre opened 20 months ago, registers cover the last six months), so they use
``shift_months``.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from operator_app.domain.calendar import is_school_day


def shift_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (negative: back), clamped to the end of a shorter month."""
    year, index = divmod(day.month - 1 + months, 12)
    year += day.year
    last = calendar.monthrange(year, index + 1)[1]
    return date(year, index + 1, min(day.day, last))


def school_day_before(day: date) -> date:
    """``day`` itself when it is a school day, else the nearest school day before it."""
    while not is_school_day(day)[0]:
        day -= timedelta(days=1)
    return day


def term_starts(first: date, last: date) -> list[date]:
    """The first school day on or after 1 March and 1 September, between the two dates."""
    out = []
    for year in range(first.year, last.year + 1):
        for month in (3, 9):
            day = date(year, month, 1)
            while not is_school_day(day)[0]:
                day += timedelta(days=1)
            if first <= day <= last:
                out.append(day)
    return out
