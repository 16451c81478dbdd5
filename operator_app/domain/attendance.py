"""Attendance rates (出勤率 = 实际出勤人次 / 应出勤人次, one decimal) and what a mark must carry.

What a mark must carry (domain.md sections 4 and 8): every absence has a reason; a sick absence
records the illness and a follow-up (因病缺勤追踪). The illness is health data: it is kept only
when a health-data consent is in force for the child on the day, otherwise the mark stays 病假
with no diagnosis. The one text field ``follow_up`` holds the follow-up of a sick absence and the
reason of a personal leave or an unexplained absence (the register calls it 缺勤原因/追踪).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from operator_app.domain.enums import AttendanceStatus


@dataclass(frozen=True)
class Mark:
    status: AttendanceStatus
    illness: str = ""
    follow_up: str = ""


def as_stored(mark: Mark, health_allowed: bool) -> tuple[Mark, bool]:
    """The mark as it would be stored, and whether an illness was dropped for lack of consent.

    Texts are trimmed; only a sick absence keeps an illness, and only with consent; a present
    mark keeps nothing.
    """
    if mark.status is AttendanceStatus.PRESENT:
        return Mark(AttendanceStatus.PRESENT), False
    illness = mark.illness.strip() if mark.status is AttendanceStatus.SICK else ""
    dropped = bool(illness) and not health_allowed
    return Mark(mark.status, "" if dropped else illness, mark.follow_up.strip()), dropped


def missing_text(mark: Mark, health_allowed: bool) -> str | None:
    """The first text a stored mark lacks: ``illness``, ``follow_up`` or ``reason``; else None.

    ``reason`` is the ``follow_up`` text of a personal leave or an unexplained absence.
    """
    if mark.status is AttendanceStatus.PRESENT:
        return None
    if mark.status is not AttendanceStatus.SICK:
        return None if mark.follow_up else "reason"
    if health_allowed and not mark.illness:
        return "illness"
    return None if mark.follow_up else "follow_up"


def attendance_rate(present: int, expected: int) -> Decimal | None:
    """Percentage with one decimal, rounded half-up; None when nobody was expected."""
    if expected <= 0:
        return None
    pct = Decimal(present) * 100 / Decimal(expected)
    return pct.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def format_rate(rate: Decimal | None) -> str:
    return "—" if rate is None else f"{rate}%"
