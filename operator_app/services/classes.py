"""Classes: create, edit, close, assign carers, and each class's size and staffing status.

Why the rules come from settings: legal sizes and ratios are national defaults that a district
may tighten, so ``rules()`` overlays the stored parameters on ``domain.classes.DEFAULT_RULES``.
It is ``services.rules.class_rules``, kept here under the name its callers use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from peewee import fn

from operator_app.domain.ages import age_in_months
from operator_app.domain.classes import (
    RatioStatus,
    display_order,
    ratio_status,
    validate_capacity,
)
from operator_app.domain.enums import ClassType, StaffRole
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.services import age_bands, audit, clock, occupancy, settings
from operator_app.services.occupancy import covers as _covers
from operator_app.services.rules import class_rules
from operator_app.storage.queries import tuples_of
from operator_app.storage.records import (
    ChildRecord,
    ClassRecord,
    ClassStaffRecord,
    EnrolmentRecord,
    StaffRecord,
    database,
)


@dataclass(frozen=True)
class ClassSummary:
    id: int
    name: str
    class_type: ClassType
    capacity: int
    room: str
    closed_on: date | None
    enrolled: int
    min_months: int | None
    max_months: int | None
    carers: tuple[str, ...]
    ratio: RatioStatus
    carer_ids: tuple[int, ...] = ()
    note: str = ""
    outside_band: tuple[str, ...] = ()
    """Children in the class on the day whose age is outside the type's band (age_bands)."""

    @property
    def over_capacity(self) -> bool:
        return self.enrolled > self.capacity

    @property
    def age_range(self) -> str:
        if self.min_months is None or self.max_months is None:
            return "—"
        return f"{self.min_months}–{self.max_months} 个月"


rules = class_rules  # the name the GUI, the demo and the tests call


def create_class(
    name: str,
    class_type: ClassType,
    capacity: int | None = None,
    room: str = "",
    note: str = "",
    opened_on: date | None = None,
) -> int:
    """Create a class; capacity defaults to the legal maximum and may never exceed it."""
    name = _clean_name(name)
    capacity = rules()[class_type].max_children if capacity is None else capacity
    validate_capacity(class_type, capacity, rules())
    with database.atomic():
        if ClassRecord.select().where(ClassRecord.name == name).exists():
            raise ValidationError("name", "班级名称", f"已有名为“{name}”的班级")
        row = ClassRecord.create(
            name=name,
            class_type=class_type.value,
            capacity=capacity,
            room=room.strip(),
            note=note,
            opened_on=opened_on or clock.today(),
        )
        audit.log(
            "class.create",
            "class",
            row.id,
            f"新建班级 {name}（{class_type.label}）",
            {"capacity": capacity, "room": room},
        )
    return int(row.id)


def update_class(
    class_id: int,
    name: str,
    capacity: int,
    room: str = "",
    note: str = "",
    class_type: ClassType | None = None,
    band_note: str = "",
) -> None:
    """Edit a class. Capacity cannot drop below today's children nor exceed the legal maximum.

    Changing the type is refused while a child in the class, or booked into it, would be
    outside the new type's age band (code ``class.type_change_outgrows``), unless ``band_note``
    says why: the note is then recorded on those children's periods (domain.md §2).
    """
    row = _get(class_id)
    name = _clean_name(name)
    ctype = class_type or ClassType(row.class_type)
    validate_capacity(ctype, capacity, rules())
    today = clock.today()
    with database.atomic():
        clash = ClassRecord.select().where(
            (ClassRecord.name == name) & (ClassRecord.id != class_id)
        )
        if clash.exists():
            raise ValidationError("name", "班级名称", f"已有名为“{name}”的班级")
        booked = occupancy.peak_from(today, class_id).total
        if capacity < booked:
            raise ValidationError(
                "capacity", "额定人数", f"不能少于今天及以后同时在班的最多人数 {booked}"
            )
        if ctype.value != row.class_type:
            _check_type_change(class_id, ctype, today, band_note)
        ClassRecord.update(
            name=name, capacity=capacity, room=room.strip(), note=note, class_type=ctype.value
        ).where(ClassRecord.id == class_id).execute()
        audit.log(
            "class.update",
            "class",
            class_id,
            f"修改班级 {name}",
            {
                "capacity": capacity,
                "room": room,
                "class_type": ctype.value,
                "band_note": band_note.strip(),
            },
        )


def close_class(class_id: int, on: date) -> None:
    """Close a class from ``on``; refused while children are enrolled on or after that day."""
    row = _get(class_id)
    with database.atomic():
        active = EnrolmentRecord.select().where(
            (EnrolmentRecord.klass == class_id)
            & (EnrolmentRecord.end_date.is_null() | (EnrolmentRecord.end_date >= on))
        )
        if active.exists():
            raise RuleViolation(
                "class_not_empty", f"班级“{row.name}”在 {on} 及以后仍有幼儿在班，请先转班或办理离托"
            )
        ClassRecord.update(closed_on=on).where(ClassRecord.id == class_id).execute()
        ClassStaffRecord.update(until=on).where(
            (ClassStaffRecord.klass == class_id) & ClassStaffRecord.until.is_null()
        ).execute()
        audit.log("class.close", "class", class_id, f"关闭班级 {row.name}", {"on": on})


def assign_carers(class_id: int, staff_ids: list[int], on: date) -> None:
    """Make ``staff_ids`` the class's carers from ``on``: others end the day before."""
    row = _get(class_id)
    wanted = set(staff_ids)
    with database.atomic():
        current = {
            a.staff_id: a
            for a in ClassStaffRecord.select().where(
                (ClassStaffRecord.klass == class_id) & ClassStaffRecord.until.is_null()
            )
        }
        for staff_id, assignment in current.items():
            if staff_id not in wanted:
                assignment.until = on
                assignment.save()
        for staff_id in wanted - current.keys():
            staff = StaffRecord.get_or_none(StaffRecord.id == staff_id)
            employed = (
                staff is not None
                and staff.hired_on <= on
                and (staff.left_on is None or staff.left_on >= on)
            )
            if staff is None or not employed or staff.role != StaffRole.CARER.value:
                raise ValidationError("carers", "保育人员", "只能指派在职的保育人员")
            _refuse_second_class(staff, class_id, on)
            ClassStaffRecord.create(klass=class_id, staff=staff_id, since=on)
        audit.log(
            "class.carers",
            "class",
            class_id,
            f"调整班级 {row.name} 的保育人员",
            {"staff_ids": sorted(wanted), "on": on},
        )


def list_classes(on: date | None = None, include_closed: bool = False) -> list[ClassSummary]:
    """Every (open) class with enrolment, age range and staffing on ``on``, in display order."""
    on = on or clock.today()
    query = ClassRecord.select().order_by(ClassRecord.class_type, ClassRecord.name)
    if not include_closed:
        query = query.where(ClassRecord.closed_on.is_null() | (ClassRecord.closed_on > on))
    counts = _enrolled_by_class(on)
    births = _births_by_class(on)
    carers = _carers_by_class(on)
    active_rules = rules()
    misfits: dict[int, list[str]] = {}
    for issue in age_bands.outside_band(on, active_rules):
        if not issue.booked:
            misfits.setdefault(issue.class_id, []).append(issue.child_name)
    out = []
    for row in query:
        ctype = ClassType(row.class_type)
        months = [age_in_months(b, on) for b in births.get(row.id, []) if b <= on]
        assigned = carers.get(row.id, [])
        names = tuple(name for _id, name, _ok in assigned)
        qualified = sum(1 for _id, _name, ok in assigned if ok)
        enrolled = counts.get(row.id, 0)
        out.append(
            ClassSummary(
                row.id,
                row.name,
                ctype,
                row.capacity,
                row.room,
                row.closed_on,
                enrolled,
                min(months, default=None),
                max(months, default=None),
                names,
                ratio_status(enrolled, qualified, active_rules[ctype].carers_ratio),
                tuple(staff_id for staff_id, _name, _ok in assigned),
                row.note,
                tuple(misfits.get(row.id, ())),
            )
        )
    out.sort(key=lambda s: (s.closed_on is not None, display_order(s.class_type, s.name)))
    return out


def get_class(class_id: int) -> ClassSummary:
    for summary in list_classes(include_closed=True):
        if summary.id == class_id:
            return summary
    raise NotFound(class_id)


def find_by_name(name: str) -> int:
    row = ClassRecord.get_or_none(ClassRecord.name == name.strip())
    if row is None:
        raise ValidationError("class", "班级", f"没有名为“{name}”的班级")
    return int(row.id)


def carer_is_qualified(staff: StaffRecord, on: date, background_days: int | None = None) -> bool:
    """A carer counts toward the ratio only with an in-date health certificate and a
    background check in force on ``on``: dated on or before that day and no older than
    ``staff.background_valid_days`` (domain.md §2, §3). Staff without either recorded yet are
    counted until the staff records capability lands, so existing rosters are not all flagged."""
    if staff.health_cert_expires is None and staff.background_checked_on is None:
        return True
    if background_days is None:
        background_days = settings.get_int("staff.background_valid_days")
    health_ok = staff.health_cert_expires is not None and staff.health_cert_expires >= on
    checked = staff.background_checked_on
    background_ok = checked is not None and checked <= on < checked + timedelta(background_days)
    return health_ok and background_ok


def _check_type_change(class_id: int, ctype: ClassType, today: date, band_note: str) -> None:
    rule = rules()[ctype]
    rows = (
        EnrolmentRecord.select(EnrolmentRecord.id, EnrolmentRecord.start_date, ChildRecord)
        .join(ChildRecord)
        .where(
            (EnrolmentRecord.klass == class_id)
            & (EnrolmentRecord.end_date.is_null() | (EnrolmentRecord.end_date >= today))
        )
        .order_by(ChildRecord.pinyin)
    )
    misfits = [
        r
        for r in rows
        if not rule.admits(age_in_months(r.child.birth_date, max(r.start_date, today)))
    ]
    if not misfits:
        return
    if not band_note.strip():
        names = "、".join(r.child.name for r in misfits[:5]) + ("等" if len(misfits) > 5 else "")
        raise RuleViolation(
            "class.type_change_outgrows",
            field="class_type",
            class_type=ctype,
            count=len(misfits),
            names=names,
        )
    EnrolmentRecord.update(band_note=band_note.strip()).where(
        EnrolmentRecord.id.in_([r.id for r in misfits])
    ).execute()


def _refuse_second_class(staff: StaffRecord, class_id: int, on: date) -> None:
    """A carer counts toward one class's ratio at a time (domain.md §2: assigned to the class)."""
    other = (
        ClassStaffRecord.select(ClassStaffRecord, ClassRecord)
        .join(ClassRecord)
        .where(
            (ClassStaffRecord.staff == staff.id)
            & (ClassStaffRecord.klass != class_id)
            & (ClassStaffRecord.until.is_null() | (ClassStaffRecord.until > on))
        )
        .first()
    )
    if other is not None:
        raise ValidationError(
            "carers",
            "保育人员",
            f"{staff.name} 已在“{other.klass.name}”任保育人员，请先从该班撤下再指派",
        )


def _enrolled_count(class_id: int, on: date) -> int:
    return _enrolled_by_class(on).get(class_id, 0)


def _enrolled_by_class(on: date) -> dict[int, int]:
    rows = (
        EnrolmentRecord.select(EnrolmentRecord.klass, fn.COUNT(EnrolmentRecord.id))
        .where(_covers(on))
        .group_by(EnrolmentRecord.klass)
        .tuples()
    )
    return {k: n for k, n in tuples_of(rows)}


def _births_by_class(on: date) -> dict[int, list[date]]:
    rows = (
        EnrolmentRecord.select(EnrolmentRecord.klass, ChildRecord.birth_date)
        .join(ChildRecord)
        .where(_covers(on))
        .tuples()
    )
    out: dict[int, list[date]] = {}
    for klass, birth in tuples_of(rows):
        out.setdefault(klass, []).append(birth)
    return out


def _carers_by_class(on: date) -> dict[int, list[tuple[int, str, bool]]]:
    rows = (
        ClassStaffRecord.select(ClassStaffRecord, StaffRecord)
        .join(StaffRecord)
        .where(
            (ClassStaffRecord.since <= on)
            & (ClassStaffRecord.until.is_null() | (ClassStaffRecord.until > on))
            & (StaffRecord.left_on.is_null() | (StaffRecord.left_on >= on))
        )
        .order_by(StaffRecord.pinyin)
    )
    out: dict[int, list[tuple[int, str, bool]]] = {}
    days = settings.get_int("staff.background_valid_days")
    for a in rows:
        qualified = carer_is_qualified(a.staff, on, days)
        out.setdefault(a.klass_id, []).append((a.staff_id, a.staff.name, qualified))
    return out


def _get(class_id: int) -> ClassRecord:
    row = ClassRecord.get_or_none(ClassRecord.id == class_id)
    if row is None:
        raise NotFound(f"班级 {class_id} 不存在")
    return row


def _clean_name(name: str) -> str:
    name = name.strip()
    if not 1 <= len(name) <= 40:
        raise ValidationError("name", "班级名称", "应为 1–40 个字")
    return name
