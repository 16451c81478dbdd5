"""Whole-database checks: is the file sound, and does the data keep the rules?

Why two severities: a database that fails SQLite's integrity check, has dangling references or
lost the audit log's append-only triggers is *not sound* (an ``error``; the CLI exits 1). Rule
findings (a class over capacity today, a child without guardians, an ID number that no longer
validates) are things the manager should fix but the data is still usable (``warning``). The
services refuse such changes, so rule findings mean data that predates a rule or was edited
outside the app.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peewee import SqliteDatabase

from operator_app.domain.enums import IdType
from operator_app.domain.errors import ValidationError
from operator_app.domain.identity import check_id, check_resident_id, mask_id
from operator_app.domain.periods import Period
from operator_app.services import classes, clock, enrolment, institution
from operator_app.services.progress import CancelToken, Progress, check, reporter
from operator_app.storage import db as storage_db
from operator_app.storage import migrations
from operator_app.storage.records import (
    ChildRecord,
    EnrolmentRecord,
    GuardianRecord,
    StaffRecord,
    database,
)

ERROR = "error"
WARNING = "warning"
AUDIT_TRIGGERS = ("audit_no_update", "audit_no_delete")


@dataclass(frozen=True)
class Finding:
    severity: str  # ERROR or WARNING
    code: str  # stable, for tests and filtering
    message: str  # Chinese, for the user


@dataclass(frozen=True)
class CheckReport:
    on: date
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    @property
    def sound(self) -> bool:
        """True when the database itself is sound (rule warnings allowed)."""
        return not self.errors


def run_all(
    on: date | None = None, progress: Progress | None = None, cancel: CancelToken | None = None
) -> CheckReport:
    """Soundness checks, then the rules, on the open database.

    ``progress`` sees (i, n) before each of the n check groups and (n, n) at the end; a set
    ``cancel`` stops between groups (``Cancelled``; a check writes nothing).
    """
    day = on or clock.today()
    groups: tuple[tuple[str, Callable[[], list[Finding]]], ...] = (
        ("check.soundness", soundness),
        ("check.rules", lambda: rule_findings(day)),
    )
    report = reporter(progress)
    findings: list[Finding] = []
    for done, (key, group) in enumerate(groups):
        check(cancel)
        report(done, len(groups), key)
        findings += group()
    report(len(groups), len(groups), "check.done")
    return CheckReport(day, findings)


def soundness() -> list[Finding]:
    """SQLite integrity and foreign keys, the schema version, the audit-log guards."""
    out = [Finding(ERROR, "integrity", p) for p in storage_db.integrity_check()]
    db: Any = database.obj
    if not isinstance(db, SqliteDatabase):
        return out
    version = migrations.schema_version(db)
    if version != migrations.LATEST:
        out.append(
            Finding(ERROR, "schema_version", f"数据结构版本为 {version}，应为 {migrations.LATEST}")
        )
    sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    untyped: Any = db  # peewee's execute_sql carries no type hints
    present = {name for (name,) in untyped.execute_sql(sql).fetchall()}
    out += [
        Finding(
            ERROR,
            "audit_trigger_missing",
            f"操作日志的防篡改触发器 {name} 缺失，日志可被修改或删除",
        )
        for name in AUDIT_TRIGGERS
        if name not in present
    ]
    return out


def rule_findings(on: date) -> list[Finding]:
    """Every rule check, in the order a manager would fix them."""
    return [
        *class_findings(on),
        *places_findings(on),
        *overlap_findings(),
        *guardian_findings(on),
        *id_number_findings(on),
    ]


def class_findings(on: date) -> list[Finding]:
    """Classes over capacity or without enough qualified carers on ``on``."""
    out = []
    for s in classes.list_classes(on):
        if s.over_capacity:
            out.append(
                Finding(
                    WARNING,
                    "class_over_capacity",
                    f"班级“{s.name}”在班 {s.enrolled} 人，超过额定 {s.capacity} 人",
                )
            )
        if not s.ratio.ok:
            out.append(
                Finding(
                    WARNING,
                    "class_understaffed",
                    f"班级“{s.name}”在班 {s.enrolled} 人，需合格保育人员 "
                    f"{s.ratio.required} 名，现有 {s.ratio.qualified} 名",
                )
            )
    return out


def places_findings(on: date) -> list[Finding]:
    """Children in care against the filed places and inclusive places."""
    inst = institution.get()
    if inst is None:
        return [Finding(WARNING, "no_institution", "尚未设置机构信息（operator-app init 或 demo）")]
    used = enrolment.count_in_care(on)
    out = []
    if used.total > inst.places:
        out.append(
            Finding(WARNING, "over_places", f"在托 {used.total} 人，超过备案托位数 {inst.places}")
        )
    if used.inclusive > inst.inclusive_places:
        out.append(
            Finding(
                WARNING,
                "over_inclusive_places",
                f"普惠在托 {used.inclusive} 人，超过普惠托位数 {inst.inclusive_places}",
            )
        )
    return out


def overlap_findings() -> list[Finding]:
    """Children with two enrolment periods that share a day."""
    periods: dict[int, list[Period]] = defaultdict(list)
    names: dict[int, str] = {}
    rows = (
        EnrolmentRecord.select(
            EnrolmentRecord.child,
            ChildRecord.name,
            EnrolmentRecord.start_date,
            EnrolmentRecord.end_date,
        )
        .join(ChildRecord)
        .order_by(EnrolmentRecord.child, EnrolmentRecord.start_date)
    )
    for child_id, name, start, end in _tuples(rows):
        periods[child_id].append(Period(start, end))
        names[child_id] = name
    out = []
    for child_id, spans in periods.items():
        clash = _first_overlap(spans)
        if clash is not None:
            a, b = clash
            out.append(
                Finding(
                    WARNING,
                    "enrolment_overlap",
                    f"幼儿 {names[child_id]} 的入托记录时间重叠：{_span(a)} 与 {_span(b)}",
                )
            )
    return out


def guardian_findings(on: date) -> list[Finding]:
    """Children in care on ``on`` with no guardian recorded."""
    with_guardian = GuardianRecord.select(GuardianRecord.child)
    rows = (
        ChildRecord.select(ChildRecord.name)
        .join(EnrolmentRecord)
        .where(
            (EnrolmentRecord.start_date <= on)
            & (EnrolmentRecord.end_date.is_null() | (EnrolmentRecord.end_date >= on))
            & ChildRecord.id.not_in(with_guardian)
        )
        .distinct()
        .order_by(ChildRecord.pinyin)
    )
    return [
        Finding(WARNING, "no_guardian", f"在托幼儿 {name} 没有登记监护人")
        for (name,) in _tuples(rows)
    ]


def id_number_findings(on: date) -> list[Finding]:
    """Stored ID numbers of children, guardians and staff that fail today's validation."""
    out = []
    children = ChildRecord.select(ChildRecord.name, ChildRecord.id_type, ChildRecord.id_number)
    for name, id_type, number in _tuples(children):
        problem = _id_problem(id_type, number or "", on)
        if problem:
            out.append(_id_finding("幼儿", name, number or "", problem))
    guardians = (
        GuardianRecord.select(GuardianRecord.name, GuardianRecord.id_number, ChildRecord.name)
        .join(ChildRecord)
        .where(GuardianRecord.id_number != "")
    )
    for name, number, child in _tuples(guardians):
        problem = _id_problem(IdType.RESIDENT.value, number, on)
        if problem:
            out.append(_id_finding(f"{child}的监护人", name, number, problem))
    staff = StaffRecord.select(StaffRecord.name, StaffRecord.id_number).where(
        StaffRecord.id_number.is_null(False)
    )
    for name, number in _tuples(staff):
        problem = _id_problem(IdType.RESIDENT.value, number, on)
        if problem:
            out.append(_id_finding("员工", name, number, problem))
    return out


def _id_problem(id_type: str, number: str, on: date) -> str:
    try:
        kind = IdType(id_type)
    except ValueError:
        return f"未知的证件类型 {id_type!r}"
    try:
        if kind is IdType.RESIDENT:
            check_resident_id(number, on)
        else:
            check_id(kind, number)
    except ValidationError as exc:
        return exc.reason
    return ""


def _id_finding(role: str, name: str, number: str, problem: str) -> Finding:
    return Finding(
        WARNING,
        "invalid_id_number",
        f"{role} {name} 的证件号码 {mask_id(number) or '（空）'} 无效：{problem}",
    )


def _first_overlap(spans: list[Period]) -> tuple[Period, Period] | None:
    """Spans are sorted by start; any overlap shows up against the longest-running earlier one."""
    longest: Period | None = None
    for span in spans:
        if longest is not None and longest.overlaps(span):
            return longest, span
        if longest is None or (
            longest.end is not None and (span.end is None or span.end > longest.end)
        ):
            longest = span
    return None


def _span(p: Period) -> str:
    return f"{p.start}–{p.end or '至今'}"


def _tuples(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as tuples (peewee's type hints would have them be model instances)."""
    return list(query.tuples())
