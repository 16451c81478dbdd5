"""Printouts: the data of each form, gathered from the database as plain values.

Why here and why plain: the CLI and the GUI both want "the roster of class X as of a date"; this
module picks the rows (who is in care on the date, since when, their first guardian, the class's
carers) and computes the labels a form shows. It does not import the report layer (services sit
below reports, see tests/test_architecture.py): the objects mirror the report's data classes
field for field, and ``operator_app.printing`` turns them into PDFs. Identity numbers are
passed in full; the report writers mask them.

Printing or exporting personal data is written to the audit log (docs/domain.md §8):
:func:`log_disclosure` is the one call for that, for the forms here and every later printout or
export, so each entry names the actor, the form, its scope and period, the number of people and
whether identity numbers were masked or shown in full.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final, Literal, get_args

from operator_app import wording
from operator_app.domain.ages import age_in_months
from operator_app.domain.enums import ClassType, Sex
from operator_app.domain.errors import NotFound
from operator_app.services import attendance, audit, classes, clock, institution
from operator_app.storage.queries import tuples_of
from operator_app.storage.records import (
    ChildRecord,
    ClassRecord,
    EnrolmentRecord,
    GuardianRecord,
    database,
)

WHOLE_INSTITUTION = "全园"

IdsShown = Literal["masked", "full", "none"]
"""How a disclosure shows identity numbers: masked, in full, or not at all."""
IDS_SHOWN: Final[tuple[str, ...]] = get_args(IdsShown)


@dataclass(frozen=True)
class RosterChild:
    """One child in care (fields of ``reports.roster.RosterRow``)."""

    name: str
    sex_label: str
    birth_date: date
    age_text: str
    id_number: str
    class_name: str
    class_type_label: str
    start_date: date  # first day of the unbroken stay, across transfers
    inclusive: bool
    guardian: str
    phone: str


@dataclass(frozen=True)
class RosterClass:
    """One class (fields of ``reports.roster.RosterSection``)."""

    class_name: str
    class_type_label: str
    capacity: int
    carers: list[str]
    rows: list[RosterChild]


@dataclass(frozen=True)
class Roster:
    """The 花名册 of ``scope`` ("全园" or a class name) on ``as_of``."""

    institution: str
    scope: str
    as_of: date
    sections: list[RosterClass]

    @property
    def children(self) -> int:
        return sum(len(s.rows) for s in self.sections)


@dataclass(frozen=True)
class AttendanceChild:
    name: str
    marks: dict[date, str]  # AttendanceStatus codes; a missing day: not enrolled that day


@dataclass(frozen=True)
class AttendanceMonth:
    """The 月度出勤表 of one class (fields of ``reports.attendance_sheet.AttendanceSheetData``,
    plus the calendar warning, "" when the official holiday calendar covered the month)."""

    institution: str
    class_name: str
    class_type_label: str
    month: date
    days: list[date]
    rows: list[AttendanceChild]
    expected: int
    present: int
    warning: str
    recorded: list[date]  # days with a saved register; the other days print blank

    @property
    def has_registers(self) -> bool:
        return bool(self.recorded)


@dataclass(frozen=True)
class _Stay:
    child: ChildRecord
    class_id: int
    since: date
    inclusive: bool


def roster(class_id: int | None = None, as_of: date | None = None) -> Roster:
    """The 花名册 of the whole institution (``class_id`` None) or one class on ``as_of``.

    The whole-institution roster lists every class open on the date, empty ones included.
    """
    as_of = as_of or clock.today()
    inst = institution.require()
    summaries = classes.list_classes(as_of, include_closed=class_id is not None)
    if class_id is not None:
        summaries = [s for s in summaries if s.id == class_id]
        if not summaries:
            raise NotFound(f"班级 {class_id} 不存在")
    wanted = {s.id: s for s in summaries}
    stays = [s for s in _stays(as_of) if s.class_id in wanted]
    guardians = _first_guardians([s.child.id for s in stays])
    by_class: dict[int, list[RosterChild]] = defaultdict(list)
    for stay in stays:
        summary = wanted[stay.class_id]
        by_class[stay.class_id].append(
            _child(stay, summary.name, summary.class_type, as_of, guardians)
        )
    opened: dict[int, date] = dict(
        tuples_of(ClassRecord.select(ClassRecord.id, ClassRecord.opened_on))
    )
    sections = [
        RosterClass(s.name, s.class_type.label, s.capacity, list(s.carers), by_class.get(s.id, []))
        for s in summaries
        # An empty class that opened after the date did not exist yet on it.
        if by_class.get(s.id) or class_id is not None or opened.get(s.id, as_of) <= as_of
    ]
    scope = WHOLE_INSTITUTION if class_id is None else summaries[0].name
    return Roster(inst.name, scope, as_of, sections)


def attendance_month(class_id: int, month: date) -> AttendanceMonth:
    """Marks of every child enrolled in the class during the month containing ``month``."""
    inst = institution.require()
    if ClassRecord.get_or_none(ClassRecord.id == class_id) is None:
        raise NotFound(f"班级 {class_id} 不存在")
    sheet = attendance.month_sheet(class_id, month)
    rows = [AttendanceChild(r.name, {d: s.value for d, s in r.marks.items()}) for r in sheet.rows]
    return AttendanceMonth(
        inst.name,
        sheet.class_name,
        ClassType(sheet.class_type).label,
        sheet.month,
        list(sheet.days),
        rows,
        sheet.expected,
        sheet.present,
        sheet.warning,
        list(sheet.recorded),
    )


def log_disclosure(
    kind: str,
    subject: str,
    people: int,
    *,
    period: date | str,
    ids: IdsShown = "masked",
    class_id: int | None = None,
    verb: str = "print",
) -> None:
    """Write the audit entry for one printout or export of personal data (one per file).

    ``kind`` names the form (``roster``, ``attendance``; later printouts and exports add
    theirs), ``subject`` its scope (a class name or 全园), ``period`` the date or month it
    covers, ``people`` how many people it lists, ``ids`` whether identity numbers are on it
    masked, in full, or not at all. The action is ``<verb>.<kind>`` (``print.roster``,
    ``export.package``) and its wording is the catalogue's ``audit.<verb>.<kind>``, which must
    exist (``KeyError`` otherwise, before anything is written); ``ValueError`` for an unknown
    ``ids`` or a negative count. Call it once the file is complete: a cancelled or failed job
    disclosed nothing.
    """
    if ids not in IDS_SHOWN:
        raise ValueError(f"ids must be one of {IDS_SHOWN}, not {ids!r}")
    if people < 0:
        raise ValueError(f"people must not be negative: {people}")
    action = f"{verb}.{kind}"
    when = period.isoformat() if isinstance(period, date) else period
    shown = wording.say(f"word.ids.{ids}", lang=wording.SOURCE)
    summary = wording.say(
        f"audit.{action}",
        lang=wording.SOURCE,
        subject=subject,
        period=when,
        people=people,
        ids=shown,
    )
    detail = {"form": kind, "scope": subject, "period": when, "people": people, "ids": ids}
    entity, entity_id = ("class", class_id) if class_id is not None else ("institution", "")
    with database.atomic():
        audit.log(action, entity, entity_id, summary, {**detail, "class_id": class_id})


def _stays(as_of: date) -> list[_Stay]:
    """Children in care on ``as_of``, by pinyin, with the start of their unbroken stay."""
    current: list[Any] = list(
        EnrolmentRecord.select(EnrolmentRecord, ChildRecord)
        .join(ChildRecord)
        .where(
            (EnrolmentRecord.start_date <= as_of)
            & (EnrolmentRecord.end_date.is_null() | (EnrolmentRecord.end_date >= as_of))
        )
        .order_by(ChildRecord.pinyin, ChildRecord.id)
    )
    periods: dict[int, list[tuple[date, date | None]]] = defaultdict(list)
    history = EnrolmentRecord.select(
        EnrolmentRecord.child, EnrolmentRecord.start_date, EnrolmentRecord.end_date
    ).where(EnrolmentRecord.child.in_([e.child_id for e in current]))
    for child_id, start, end in tuples_of(history):
        periods[child_id].append((start, end))
    return [
        _Stay(e.child, e.klass_id, stay_start(e.start_date, periods[e.child_id]), e.inclusive)
        for e in current
    ]


def stay_start(start: date, periods: list[tuple[date, date | None]]) -> date:
    """Walk back over periods ending the day before ``start`` (transfers keep the 入托日期)."""
    starts_by_end = {end: s for s, end in periods if end is not None}
    while (start - timedelta(days=1)) in starts_by_end:
        start = starts_by_end[start - timedelta(days=1)]
    return start


def _first_guardians(child_ids: list[int]) -> dict[int, tuple[str, str]]:
    rows = (
        GuardianRecord.select(GuardianRecord.child, GuardianRecord.name, GuardianRecord.phone)
        .where(GuardianRecord.child.in_(child_ids))
        .order_by(GuardianRecord.child, GuardianRecord.position.desc(), GuardianRecord.id.desc())
    )
    # Later rows overwrite earlier ones: the first-listed guardian is the one left.
    return {child: (name, phone) for child, name, phone in tuples_of(rows)}


def _child(
    stay: _Stay,
    class_name: str,
    ctype: ClassType,
    as_of: date,
    guardians: dict[int, tuple[str, str]],
) -> RosterChild:
    child = stay.child
    guardian, phone = guardians.get(child.id, ("", ""))
    return RosterChild(
        name=child.name,
        sex_label=Sex(child.sex).label,
        birth_date=child.birth_date,
        age_text=f"{age_in_months(child.birth_date, as_of)}个月",  # the 月龄 column: months
        id_number=child.id_number or "",
        class_name=class_name,
        class_type_label=ctype.label,
        start_date=stay.since,
        inclusive=stay.inclusive,
        guardian=guardian,
        phone=phone,
    )
