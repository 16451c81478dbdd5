"""Children's ages: completed months and days at a reference date.

Why one module: class placement, subsidy months and growth assessment all depend on age, and
the rules (domain.md sections 2 and 5) count it in *completed months* with a month-end rule that
is easy to get subtly wrong. Every layer calls these functions instead of doing date arithmetic
itself.

Month-end rule: a child born on the 31st completes a month on the last day of a shorter month
(born 31 Jan, on 28 Feb of a common year: 1 month). ``date_after_months`` is the exact inverse:
the first day on which ``age_in_months`` reaches a given value.
"""

from __future__ import annotations

import calendar
from datetime import date

from operator_app.domain.errors import ValidationError

__all__ = ["age_in_days", "age_in_months", "date_after_months", "describe_age"]


def age_in_months(birth: date, on: date) -> int:
    """Completed months from ``birth`` to ``on`` (both dates, ``on`` not before ``birth``).

    Raises ``ValidationError`` on the field ``birth_date`` when ``on`` is before ``birth``.
    """
    _check_order(birth, on)
    months = (on.year - birth.year) * 12 + (on.month - birth.month)
    if on.day < birth.day and not _is_clamped_anniversary(birth, on):
        months -= 1
    return months


def age_in_days(birth: date, on: date) -> int:
    """Days from ``birth`` to ``on``; 0 on the birth date itself."""
    _check_order(birth, on)
    return (on - birth).days


def describe_age(birth: date, on: date) -> str:
    """Short Chinese wording: "1岁3个月", "2岁", "8个月", or "15天" under one month."""
    months = age_in_months(birth, on)
    if months == 0:
        return f"{age_in_days(birth, on)}天"
    years, rest = divmod(months, 12)
    if years == 0:
        return f"{rest}个月"
    if rest == 0:
        return f"{years}岁"
    return f"{years}岁{rest}个月"


def date_after_months(birth: date, months: int) -> date:
    """The date on which a child born on ``birth`` turns ``months`` completed months.

    The day is clamped to the end of a shorter month (31 Jan + 1 month = 28 or 29 Feb), which
    matches ``age_in_months``. Used for "will outgrow the class on ...". ``ValueError`` when
    ``months`` is negative.
    """
    if months < 0:
        raise ValueError(f"months must not be negative: {months}")
    year, month_index = divmod(birth.month - 1 + months, 12)
    year += birth.year
    month = month_index + 1
    day = min(birth.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _check_order(birth: date, on: date) -> None:
    if on < birth:
        raise ValidationError("birth_date", "出生日期", "不能晚于参照日期")


def _is_clamped_anniversary(birth: date, on: date) -> bool:
    """True when ``on`` is the last day of a month too short to hold the birth day."""
    last_day = calendar.monthrange(on.year, on.month)[1]
    return birth.day > last_day and on.day == last_day
