"""Enrolment history: enrol, transfer, leave, and the counts that limit them.

Rules (domain.md §2): one child's periods never overlap; the class type must fit the child's
age at the start (a manager may override with a note); class capacity, filed places and
inclusive places are hard limits on every day of the new period.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from operator_app.domain.ages import age_in_months, date_after_months
from operator_app.domain.classes import class_type_for_age, fits_class
from operator_app.domain.enums import ClassType, LeaveReason
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.domain.periods import Period, peak_occupancy
from operator_app.services import audit, clock, institution, settings
from operator_app.services.occupancy import InCare as InCare  # "X as X": re-exported for callers
from operator_app.services.occupancy import count_in_care as count_in_care
from operator_app.services.occupancy import covers as _covers
from operator_app.services.occupancy import peak_from as peak_from
from operator_app.services.occupancy import periods as _periods
from operator_app.services.rules import care_ages
from operator_app.services.rules import class_rules as rules
from operator_app.storage.records import ChildRecord, ClassRecord, EnrolmentRecord, database

T = TypeVar("T")


@dataclass(frozen=True)
class EnrolmentPeriod:
    id: int
    class_id: int
    class_name: str
    class_type: ClassType
    start: date
    end: date | None
    inclusive: bool
    leave_reason: LeaveReason | None
    note: str


@dataclass(frozen=True)
class Transition:
    child_id: int
    name: str
    class_id: int
    class_name: str
    class_type: ClassType
    outgrows_on: date
    next_type: ClassType | None


def today() -> date:
    return clock.today()


def enrol(
    child_id: int, class_id: int, start: date, inclusive: bool = True, override_note: str = ""
) -> int:
    """Start a new period; raises RuleViolation (code ``age_mismatch`` is overridable)."""
    with database.atomic():
        row = _add_period(child_id, class_id, start, inclusive, override_note)
        audit.log(
            "enrolment.enrol",
            "child",
            child_id,
            f"入托：{row.child.name} → {row.klass.name}（{start}）",
            {
                "class_id": class_id,
                "start": start,
                "inclusive": inclusive,
                "override": override_note,
            },
        )
    return int(row.id)


def transfer(
    child_id: int,
    to_class_id: int,
    on: date,
    inclusive: bool | None = None,
    override_note: str = "",
) -> int:
    """End the current period the day before ``on`` and start one in ``to_class_id``."""
    with database.atomic():
        current = _end_for_transfer(child_id, to_class_id, on)
        keep = current.inclusive if inclusive is None else inclusive
        row = _add_period(child_id, to_class_id, on, keep, override_note)
        _log_transfer(current, row, on)
    return int(row.id)


def leave(child_id: int, last_day: date, reason: LeaveReason, note: str = "") -> None:
    """Close the current period with ``last_day`` as the last day in care."""
    with database.atomic():
        current = (
            EnrolmentRecord.select()
            .where((EnrolmentRecord.child == child_id) & EnrolmentRecord.end_date.is_null())
            .first()
        )
        if current is None:
            raise RuleViolation("not_in_care", "该幼儿没有进行中的入托记录")
        if last_day < current.start_date:
            raise ValidationError("last_day", "离托日期", f"不能早于入托日期 {current.start_date}")
        current.end_date = last_day
        current.leave_reason = reason.value
        current.note = (current.note + "\n" + note).strip() if note else current.note
        current.save()
        audit.log(
            "enrolment.leave",
            "child",
            child_id,
            f"离托：{current.child.name}（最后在托日 {last_day}，{reason.label}）",
            {"last_day": last_day, "reason": reason.value},
        )


def history(child_id: int) -> list[EnrolmentPeriod]:
    rows = (
        EnrolmentRecord.select(EnrolmentRecord, ClassRecord)
        .join(ClassRecord)
        .where(EnrolmentRecord.child == child_id)
        .order_by(EnrolmentRecord.start_date)
    )
    return [
        EnrolmentPeriod(
            r.id,
            r.klass_id,
            r.klass.name,
            ClassType(r.klass.class_type),
            r.start_date,
            r.end_date,
            r.inclusive,
            LeaveReason(r.leave_reason) if r.leave_reason else None,
            r.note,
        )
        for r in rows
    ]


def age_transitions(on: date, within_days: int | None = None) -> list[Transition]:
    """Children who will be too old for their class type within ``within_days`` of ``on``
    (default: the setting ``roster.transition_window_days``).

    Only open-ended periods: a child whose move or leave is already booked needs nothing more.
    """
    if within_days is None:
        within_days = settings.get_int("roster.transition_window_days")
    horizon = on + timedelta(days=within_days)
    rows = (
        EnrolmentRecord.select(EnrolmentRecord, ChildRecord, ClassRecord)
        .join(ChildRecord)
        .switch(EnrolmentRecord)
        .join(ClassRecord)
        .where(_covers(on) & EnrolmentRecord.end_date.is_null())
        .order_by(ChildRecord.birth_date.desc())
    )
    active = rules()
    out = []
    for r in rows:
        ctype = ClassType(r.klass.class_type)
        upper = active[ctype].max_months
        if upper is None:
            continue
        outgrows = date_after_months(r.child.birth_date, upper)
        if outgrows <= horizon:
            out.append(
                Transition(
                    r.child_id,
                    r.child.name,
                    r.klass_id,
                    r.klass.name,
                    ctype,
                    outgrows,
                    class_type_for_age(upper),
                )
            )
    return out


def batch_move(moves: list[tuple[int, int]], on: date) -> int:
    """Transfer many children at once (term start); all or nothing.

    Every child first leaves the old class, then all join their new ones: a class that is full
    until its own children move up can take the next group. A refusal names the child.
    """
    with database.atomic():
        ended = [
            (_named(child_id, _end_for_transfer, child_id, to, on), to) for child_id, to in moves
        ]
        for current, to in ended:
            row = _named(
                current.child_id, _add_period, current.child_id, to, on, current.inclusive, ""
            )
            _log_transfer(current, row, on)
        audit.log(
            "enrolment.batch_move",
            "enrolment",
            "",
            f"批量升班 {len(moves)} 名幼儿",
            {"on": on, "count": len(moves)},
        )
    return len(moves)


def _end_for_transfer(child_id: int, to_class_id: int, on: date) -> EnrolmentRecord:
    """Close the child's current period the day before ``on`` (checks first)."""
    current = _current(child_id, on)
    if current is None:
        raise RuleViolation("not_in_care", f"{on} 该幼儿不在托，无法转班")
    if current.klass_id == to_class_id:
        raise RuleViolation("same_class", "转入班级与当前班级相同")
    if on <= current.start_date:
        raise ValidationError("on", "转班日期", f"应晚于本次入托日期 {current.start_date}")
    current.end_date = on - timedelta(days=1)
    current.save()
    return current


def _log_transfer(current: EnrolmentRecord, row: EnrolmentRecord, on: date) -> None:
    audit.log(
        "enrolment.transfer",
        "child",
        current.child_id,
        f"转班：{row.child.name} {current.klass.name} → {row.klass.name}（{on}）",
        {"from": current.klass_id, "to": row.klass_id, "on": on},
    )


def _named(child_id: int, step: Callable[..., T], *args: object) -> T:
    """Run one child's step of a batch; a refusal says which child it was about."""
    try:
        return step(*args)
    except (RuleViolation, ValidationError) as exc:
        child = ChildRecord.get_or_none(ChildRecord.id == child_id)
        who = child.name if child else f"#{child_id}"
        raise RuleViolation(getattr(exc, "code", "batch_refused"), f"{who}：{exc}") from exc


def in_care_on(child_id: int, on: date) -> int | None:
    """The class id the child is in on ``on``, or None."""
    row = _current(child_id, on)
    return None if row is None else int(row.klass_id)


def _add_period(
    child_id: int, class_id: int, start: date, inclusive: bool, override_note: str
) -> EnrolmentRecord:
    child = ChildRecord.get_or_none(ChildRecord.id == child_id)
    klass = ClassRecord.get_or_none(ClassRecord.id == class_id)
    if child is None or klass is None:
        raise NotFound("幼儿或班级不存在")
    if start < child.birth_date:
        raise ValidationError("start", "入托日期", "不能早于出生日期")
    if klass.closed_on is not None and klass.closed_on <= start:
        raise RuleViolation("class_closed", f"班级“{klass.name}”已于 {klass.closed_on} 关闭")
    new = Period(start, None)
    _refuse_overlap(child_id, new)
    fits = _check_age(child.birth_date, ClassType(klass.class_type), start, override_note)
    _check_limits(klass, new, inclusive)
    return EnrolmentRecord.create(
        child=child_id,
        klass=class_id,
        start_date=start,
        inclusive=inclusive,
        note=override_note.strip(),
        # the manager's note that overrode the age check also accepts the age-band finding
        band_note="" if fits else override_note.strip(),
    )


def _refuse_overlap(child_id: int, new: Period) -> None:
    for r in EnrolmentRecord.select().where(EnrolmentRecord.child == child_id):
        if Period(r.start_date, r.end_date).overlaps(new):
            span = f"{r.start_date} 起" if r.end_date is None else f"{r.start_date} – {r.end_date}"
            raise RuleViolation("overlap", f"与已有入托记录（{span}）时间重叠")


def _check_age(birth: date, ctype: ClassType, start: date, override_note: str) -> bool:
    """True when the age fits; a misfit without a note is refused, with one it is accepted."""
    fit = fits_class(ctype, age_in_months(birth, start), rules(), care_ages())
    if not fit.ok and not override_note.strip():
        raise RuleViolation("age_mismatch", f"{fit.reason}。如确需编入，请填写说明后确认。")
    return fit.ok


def _check_limits(klass: ClassRecord, new: Period, inclusive: bool) -> None:
    inst = institution.require()
    in_class = _periods(EnrolmentRecord.klass == klass.id)
    if peak_occupancy(in_class, new) + 1 > klass.capacity:
        raise RuleViolation("class_full", f"班级“{klass.name}”已满（额定 {klass.capacity} 人）")
    if peak_occupancy(_periods(None), new) + 1 > inst.places:
        raise RuleViolation("places_full", f"全园在托人数将超过备案托位数 {inst.places}")
    if inclusive and peak_occupancy(_periods(EnrolmentRecord.inclusive == True), new) + 1 > (  # noqa: E712
        inst.inclusive_places
    ):
        raise RuleViolation(
            "inclusive_full", f"普惠在托人数将超过普惠托位数 {inst.inclusive_places}"
        )


def _current(child_id: int, on: date) -> EnrolmentRecord | None:
    return (
        EnrolmentRecord.select()
        .where((EnrolmentRecord.child == child_id) & _covers(on))
        .get_or_none()
    )
