"""出勤率 with one decimal (half-up) and the sick-mark rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from operator_app.domain.attendance import Mark, attendance_rate, format_rate, validate_mark
from operator_app.domain.enums import AttendanceStatus
from operator_app.domain.errors import ValidationError


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


def test_sick_needs_an_illness_named_for_the_child() -> None:
    with pytest.raises(ValidationError) as info:
        validate_mark(Mark(AttendanceStatus.SICK, "  "), "张三")
    assert info.value.field == "illness"
    assert info.value.label == "张三的病因"
    assert str(info.value) == "张三的病因：病假须填写所患疾病或症状"


def test_sick_mark_is_trimmed() -> None:
    clean = validate_mark(Mark(AttendanceStatus.SICK, " 手足口病 ", " 已通知保健医 "), "张三")
    assert clean == Mark(AttendanceStatus.SICK, "手足口病", "已通知保健医")


@pytest.mark.parametrize(
    "status", [AttendanceStatus.PERSONAL, AttendanceStatus.ABSENT, AttendanceStatus.PRESENT]
)
def test_other_marks_drop_the_illness(status: AttendanceStatus) -> None:
    assert validate_mark(Mark(status, "发热", " 家长来电 "), "张三") == Mark(status, "", "家长来电")
