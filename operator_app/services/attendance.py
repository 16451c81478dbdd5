"""Daily class registers and monthly attendance.

Storage keeps one row per register taken and one per exception (sick, personal, absent);
an enrolled child without a mark on a taken day was present. Why: a register is "all present,
then mark exceptions", and two years of 10,000 children stay small.

Saving checks every mark before writing anything: a refusal names the child (``child``,
``child_id``), the field and the reason, so the register page selects that row and never
re-validates. An illness for a child with no health-data consent in force on the day is not
stored: the mark stays 病假 and the result lists whose diagnosis was left out (a notice each).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from operator_app import wording
from operator_app.domain.attendance import Mark, as_stored, attendance_rate, missing_text
from operator_app.domain.calendar import is_school_day, school_days
from operator_app.domain.enums import AttendanceStatus
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.domain.periods import Period, month_bounds
from operator_app.services import audit, clock, consent
from operator_app.storage.queries import tuples_of
from operator_app.storage.records import (
    AttendanceDayRecord,
    AttendanceMarkRecord,
    ChildRecord,
    ClassRecord,
    EnrolmentRecord,
    database,
)


@dataclass(frozen=True)
class RegisterRow:
    child_id: int
    name: str
    mark: Mark
    health_allowed: bool  # a health-data consent is in force that day: an illness may be kept


@dataclass(frozen=True)
class Notice:
    """Something the save did that the user should know (``notice.<code>`` in the catalogue)."""

    code: str
    child_id: int
    params: Mapping[str, Any]

    @property
    def message(self) -> str:
        return wording.say(f"notice.{self.code}", **self.params)


@dataclass(frozen=True)
class SavedRegister:
    present: int
    absent: int
    notices: tuple[Notice, ...]


@dataclass(frozen=True)
class Register:
    class_id: int
    class_name: str
    day: date
    taken: bool
    school_day: bool
    calendar_warning: str
    rows: list[RegisterRow]


@dataclass(frozen=True)
class MonthRow:
    child_id: int
    name: str
    marks: dict[date, AttendanceStatus]


@dataclass(frozen=True)
class MonthSheet:
    """A class's month: ``days`` are the school days and any other day with a register;
    ``recorded`` the days with a saved register (the others print blank, never as 0)."""

    class_id: int
    class_name: str
    class_type: str
    month: date
    days: list[date]
    rows: list[MonthRow]
    expected: int
    present: int
    warning: str
    recorded: tuple[date, ...] = ()

    @property
    def rate(self) -> Decimal | None:
        """出勤率; None (shown as "—") when nothing was expected, e.g. no register yet."""
        return attendance_rate(self.present, self.expected)


def register(class_id: int, day: date) -> Register:
    """The register for a class and day: saved marks, or everyone present by default."""
    klass = _class(class_id)
    children = _enrolled(class_id, day)
    taken = (
        AttendanceDayRecord.select()
        .where((AttendanceDayRecord.klass == class_id) & (AttendanceDayRecord.day == day))
        .exists()
    )
    marks = {
        m.child_id: Mark(AttendanceStatus(m.status), m.illness, m.follow_up)
        for m in AttendanceMarkRecord.select().where(
            (AttendanceMarkRecord.klass == class_id) & (AttendanceMarkRecord.day == day)
        )
    }
    working, official = is_school_day(day)
    warning = "" if official else school_days(day, day).warning
    allowed = consent.health_allowed((cid for cid, _ in children), day)
    rows = [
        RegisterRow(cid, name, marks.get(cid, Mark(AttendanceStatus.PRESENT)), cid in allowed)
        for cid, name in children
    ]
    return Register(class_id, klass.name, day, taken, working, warning, rows)


def save_register(
    class_id: int, day: date, marks: Mapping[int, Mark], today: date | None = None
) -> SavedRegister:
    """Save a day's register: ``marks`` holds the exceptions (others are present).

    All or nothing: every mark is checked first (see the module docstring), then the day's
    marks are replaced and the save is audited in one transaction.
    """
    if day > (today or clock.today()):
        raise ValidationError("day", "attendance.future_day", day=day)
    klass = _class(class_id)
    enrolled = dict(_enrolled(class_id, day))
    clean, notices = _checked(klass, day, enrolled, marks)
    with database.atomic():
        AttendanceMarkRecord.delete().where(
            (AttendanceMarkRecord.klass == class_id) & (AttendanceMarkRecord.day == day)
        ).execute()
        rows = [
            {
                "child": cid,
                "klass": class_id,
                "day": day,
                "status": m.status.value,
                "illness": m.illness,
                "follow_up": m.follow_up,
            }
            for cid, m in clean.items()
        ]
        if rows:
            AttendanceMarkRecord.insert_many(rows).execute()
        AttendanceDayRecord.insert(
            klass=class_id, day=day, taken_by=audit.current_actor()
        ).on_conflict_replace().execute()
        audit.log(
            "attendance.save",
            "class",
            class_id,
            f"{klass.name} {day} 出勤登记：在册 {len(enrolled)} 人，缺勤 {len(rows)} 人",
            {"day": day, "absent": len(rows), "illness_not_stored": [n.child_id for n in notices]},
        )
    return SavedRegister(len(enrolled) - len(rows), len(rows), tuple(notices))


def _checked(
    klass: ClassRecord, day: date, enrolled: dict[int, str], marks: Mapping[int, Mark]
) -> tuple[dict[int, Mark], list[Notice]]:
    """The absences to store, in register order, and the notices; refuses the first bad mark."""
    for child_id in marks:
        if child_id not in enrolled:
            row = ChildRecord.get_or_none(ChildRecord.id == child_id)
            who = row.name if row else f"#{child_id}"
            raise RuleViolation(
                "attendance.not_enrolled",
                field="child",
                child=who,
                child_id=child_id,
                day=day,
                klass=klass.name,
            )
    allowed = consent.health_allowed(marks, day)
    clean: dict[int, Mark] = {}
    notices: list[Notice] = []
    for child_id, name in enrolled.items():
        if child_id not in marks:
            continue
        mark, dropped = as_stored(marks[child_id], child_id in allowed)
        missing = missing_text(mark, child_id in allowed)
        if missing is not None:
            raise ValidationError(
                missing,
                f"attendance.{missing}_required",
                child=name,
                child_id=child_id,
                status=mark.status,
            )
        if dropped:
            notices.append(
                Notice("attendance.illness_not_stored", child_id, {"child": name, "day": day})
            )
        if mark.status is not AttendanceStatus.PRESENT:
            clean[child_id] = mark
    return clean, notices


def mark_as_stored(mark: Mark, health_allowed: bool) -> Mark:
    """What saving ``mark`` would keep (the register page compares it to tell unsaved edits)."""
    return as_stored(mark, health_allowed)[0]


def text_needed(mark: Mark, health_allowed: bool) -> str | None:
    """The text ``mark`` still needs before a save (``illness``, ``follow_up``, ``reason``)."""
    return missing_text(as_stored(mark, health_allowed)[0], health_allowed)


def month_sheet(class_id: int, month: date) -> MonthSheet:
    """Every child enrolled in the class during the month, with marks on registered days.

    A register counts a child only if the child's enrolment was on record when the register
    was saved: an enrolment entered later with an earlier start date must not turn the days
    already registered into "present" (those days stay blank until the register is re-saved).
    Days without a saved register (not yet taken, or still to come) carry no mark and count
    toward neither 应出勤 nor 实际出勤; ``recorded`` lists the days that have one.
    """
    first, last = month_bounds(month)
    klass = _class(class_id)
    calendar = school_days(first, last)
    taken: dict[date, datetime] = dict(
        tuples_of(
            AttendanceDayRecord.select(AttendanceDayRecord.day, AttendanceDayRecord.taken_at)
            .where(
                (AttendanceDayRecord.klass == class_id)
                & AttendanceDayRecord.day.between(first, last)
            )
            .tuples()
        )
    )
    days = sorted(set(calendar.days) | taken.keys())
    periods = _periods_in(class_id, first, last)
    marks = _marks(class_id, first, last)
    rows, expected, present = [], 0, 0
    for child_id, name in sorted({(c, n) for c, n, _p, _at in periods}, key=lambda x: x[1]):
        own = [(p, at) for c, _n, p, at in periods if c == child_id]
        row: dict[date, AttendanceStatus] = {}
        for day in days:
            if day in taken and any(p.covers(day) and at <= taken[day] for p, at in own):
                status = marks.get((child_id, day), AttendanceStatus.PRESENT)
                row[day] = status
                expected += 1
                present += status is AttendanceStatus.PRESENT
        rows.append(MonthRow(child_id, name, row))
    return MonthSheet(
        class_id,
        klass.name,
        klass.class_type,
        first,
        days,
        rows,
        expected,
        present,
        calendar.warning,
        tuple(sorted(taken)),
    )


def sick_absences(first: date, last: date) -> list[tuple[date, str, str, str, str]]:
    """(day, class, child, illness, follow-up) for the 因病缺勤追踪 list."""
    rows = (
        AttendanceMarkRecord.select(
            AttendanceMarkRecord.day,
            ClassRecord.name,
            ChildRecord.name,
            AttendanceMarkRecord.illness,
            AttendanceMarkRecord.follow_up,
        )
        .join(ClassRecord)
        .switch(AttendanceMarkRecord)
        .join(ChildRecord)
        .where(
            (AttendanceMarkRecord.status == AttendanceStatus.SICK.value)
            & AttendanceMarkRecord.day.between(first, last)
        )
        .order_by(AttendanceMarkRecord.day.desc())
        .tuples()
    )
    return tuples_of(rows)


def _enrolled(class_id: int, day: date) -> list[tuple[int, str]]:
    rows = (
        EnrolmentRecord.select(ChildRecord.id, ChildRecord.name)
        .join(ChildRecord)
        .where(
            (EnrolmentRecord.klass == class_id)
            & (EnrolmentRecord.start_date <= day)
            & (EnrolmentRecord.end_date.is_null() | (EnrolmentRecord.end_date >= day))
        )
        .order_by(ChildRecord.pinyin)
        .tuples()
    )
    return tuples_of(rows)


def _periods_in(class_id: int, first: date, last: date) -> list[tuple[int, str, Period, datetime]]:
    rows = (
        EnrolmentRecord.select(
            ChildRecord.id,
            ChildRecord.name,
            EnrolmentRecord.start_date,
            EnrolmentRecord.end_date,
            EnrolmentRecord.created_at,
        )
        .join(ChildRecord)
        .where(
            (EnrolmentRecord.klass == class_id)
            & (EnrolmentRecord.start_date <= last)
            & (EnrolmentRecord.end_date.is_null() | (EnrolmentRecord.end_date >= first))
        )
        .tuples()
    )
    return [(cid, name, Period(s, e), at) for cid, name, s, e, at in tuples_of(rows)]


def _marks(class_id: int, first: date, last: date) -> dict[tuple[int, date], AttendanceStatus]:
    rows = (
        AttendanceMarkRecord.select(
            AttendanceMarkRecord.child, AttendanceMarkRecord.day, AttendanceMarkRecord.status
        )
        .where(
            (AttendanceMarkRecord.klass == class_id) & AttendanceMarkRecord.day.between(first, last)
        )
        .tuples()
    )
    return {(c, d): AttendanceStatus(s) for c, d, s in tuples_of(rows)}


def _class(class_id: int) -> ClassRecord:
    row = ClassRecord.get_or_none(ClassRecord.id == class_id)
    if row is None:
        raise NotFound(f"班级 {class_id} 不存在")
    return row
