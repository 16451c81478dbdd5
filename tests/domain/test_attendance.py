"""出勤率 with one decimal (half-up) and the sick-mark rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from operator_app.domain.attendance import (
    Mark,
    as_stored,
    attendance_rate,
    format_rate,
    missing_text,
)
from operator_app.domain.enums import AttendanceStatus


@pytest.mark.parametrize(
    ("present", "expected", "rate"),
    [
        (5, 6, Decimal("83.3")),
        (2, 3, Decimal("66.7")),
        (1, 8, Decimal("12.5")),
        (1, 16, Decimal("6.3")),  # 6.25 rounds half-up
        (6, 6, Decimal("100.0")),
        (0, 6, Decimal("0.0")),
        (199, 200, Decimal("99.5")),
    ],
)
def test_rate(present: int, expected: int, rate: Decimal) -> None:
    assert attendance_rate(present, expected) == rate
    assert str(attendance_rate(present, expected)) == str(rate)


def test_no_expected_attendance_has_no_rate() -> None:
    assert attendance_rate(0, 0) is None
    assert format_rate(None) == "—"
    assert format_rate(Decimal("83.3")) == "83.3%"


S, L, A, P = (
    AttendanceStatus.SICK,
    AttendanceStatus.PERSONAL,
    AttendanceStatus.ABSENT,
    AttendanceStatus.PRESENT,
)


def test_sick_mark_is_trimmed_and_keeps_the_illness_with_consent() -> None:
    clean = as_stored(Mark(S, " 手足口病 ", " 已通知保健医 "), health_allowed=True)
    assert clean == (Mark(S, "手足口病", "已通知保健医"), False)


def test_without_consent_the_illness_is_dropped_and_said_so() -> None:
    assert as_stored(Mark(S, " 手足口病 ", "已随访"), health_allowed=False) == (
        Mark(S, "", "已随访"),
        True,
    )
    assert as_stored(Mark(S, "  ", "已随访"), health_allowed=False) == (
        Mark(S, "", "已随访"),
        False,
    )


@pytest.mark.parametrize("status", [L, A])
def test_other_absences_drop_the_illness_silently(status: AttendanceStatus) -> None:
    assert as_stored(Mark(status, "发热", " 家长来电 "), False) == (
        Mark(status, "", "家长来电"),
        False,
    )


def test_present_keeps_nothing() -> None:
    assert as_stored(Mark(P, "发热", "家长来电"), True) == (Mark(P), False)


@pytest.mark.parametrize(
    ("mark", "allowed", "missing"),
    [
        (Mark(S, "", ""), True, "illness"),
        (Mark(S, "发热", ""), True, "follow_up"),
        (Mark(S, "", ""), False, "follow_up"),  # no consent: no illness asked for
        (Mark(S, "发热", "已随访"), True, None),
        (Mark(S, "", "已随访"), False, None),
        (Mark(L), True, "reason"),
        (Mark(A), False, "reason"),
        (Mark(L, "", "回老家"), False, None),
        (Mark(A, "", "未联系上"), True, None),
        (Mark(P), True, None),
    ],
)
def test_what_each_absence_must_carry(mark: Mark, allowed: bool, missing: str | None) -> None:
    assert missing_text(mark, allowed) == missing
