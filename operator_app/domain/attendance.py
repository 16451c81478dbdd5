"""Attendance rates (出勤率 = 实际出勤人次 / 应出勤人次, one decimal) and register checks."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from operator_app.domain.enums import AttendanceStatus
from operator_app.domain.errors import ValidationError


@dataclass(frozen=True)
class Mark:
    status: AttendanceStatus
    illness: str = ""
    follow_up: str = ""


def validate_mark(mark: Mark, child_name: str) -> Mark:
    """A sick absence must name the illness (因病缺勤追踪); other marks drop illness text."""
    illness = mark.illness.strip()
    if mark.status is AttendanceStatus.SICK and not illness:
        raise ValidationError("illness", f"{child_name}的病因", "病假须填写所患疾病或症状")
    if mark.status is not AttendanceStatus.SICK:
        illness = ""
    return Mark(mark.status, illness, mark.follow_up.strip())


def attendance_rate(present: int, expected: int) -> Decimal | None:
    """Percentage with one decimal, rounded half-up; None when nobody was expected."""
    if expected <= 0:
        return None
    pct = Decimal(present) * 100 / Decimal(expected)
    return pct.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def format_rate(rate: Decimal | None) -> str:
    return "—" if rate is None else f"{rate}%"
