"""Whole-database checks: is the file sound, and does the data keep the rules?

Findings are codes with parameters; the catalogue (``finding.<code>``) words them for the CLI
and the GUI in the reader's language.

Why two severities: a database that fails SQLite's integrity check, has dangling references or
lost the audit log's append-only triggers is *not sound* (an ``error``; the CLI exits 1). Rule
findings (a class over capacity today, a child without guardians, an ID number that no longer
validates) are things the manager should fix but the data is still usable (``warning``). The
services refuse such changes, so rule findings mean data that predates a rule or was edited
outside the app.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peewee import SqliteDatabase, fn

from operator_app import wording
from operator_app.domain.enums import IdType, InstitutionNature
from operator_app.domain.errors import ValidationError
from operator_app.domain.identity import check_id, check_resident_id, mask_id
from operator_app.domain.institution import uscc_fits_nature
from operator_app.domain.periods import Period
from operator_app.services import age_bands, classes, clock, enrolment, institution, settings
from operator_app.services.consent import ConsentKind
from operator_app.services.progress import CancelToken, Progress, check, reporter
from operator_app.storage import db as storage_db
from operator_app.storage import migrations
from operator_app.storage.queries import execute, tuples_of
from operator_app.storage.records import (
    AttendanceMarkRecord,
    ChildRecord,
    ConsentRecord,
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
    """One problem: a severity, a stable code, the values that describe it, and its record.

    The words come from the catalogue (``finding.<code>``) in the reader's language; ``entity``
    and ``entity_id`` name the record concerned (``class``, ``child``, ``institution``...) so a
    screen can open it.
    """

    severity: str  # ERROR or WARNING
    code: str  # stable, for tests and filtering
    params: Mapping[str, object] = field(default_factory=dict)
    entity: str = ""
    entity_id: int | None = None

    @property
    def message(self) -> str:
        """The finding in the current language."""
        return wording.render(f"finding.{self.code}", self.params)

    def message_in(self, lang: str) -> str:
        return wording.render(f"finding.{self.code}", self.params, lang)


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
    out = [Finding(ERROR, "integrity", {"problem": p}) for p in storage_db.integrity_check()]
    db: Any = database.obj
    if not isinstance(db, SqliteDatabase):
        return out
    version = migrations.schema_version(db)
    if version != migrations.LATEST:
        out.append(
            Finding(ERROR, "schema_version", {"version": version, "expected": migrations.LATEST})
        )
    sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    present = {name for (name,) in execute(db, sql).fetchall()}
    out += [
        Finding(ERROR, "audit_trigger_missing", {"name": name})
        for name in AUDIT_TRIGGERS
        if name not in present
    ]
    return out


def rule_findings(on: date) -> list[Finding]:
    """Every rule check, in the order a manager would fix them."""
    return [
        *institution_findings(),
        *class_findings(on),
        *band_findings(on),
        *places_findings(on),
        *overlap_findings(),
        *guardian_findings(on),
        *health_data_findings(),
        *id_number_findings(on),
    ]


def institution_findings() -> list[Finding]:
    """The credit code's registering body against the institution's nature (domain.md §2)."""
    inst = institution.get()
    if inst is None:
        return []
    fit = uscc_fits_nature(inst.uscc, inst.nature)
    if fit.ok:
        return []
    params = {
        "uscc": inst.uscc,
        "prefix": fit.prefix,
        "registrar": wording.say(f"word.registrar.{fit.registrar}"),
        "nature": inst.nature,
    }
    return [Finding(WARNING, "uscc_nature_mismatch", params, "institution")]


def class_findings(on: date) -> list[Finding]:
    """Classes over capacity, above a lowered legal maximum, or short of qualified carers."""
    out = []
    rules = classes.rules()
    for s in classes.list_classes(on):
        if s.over_capacity:
            params = {"name": s.name, "enrolled": s.enrolled, "capacity": s.capacity}
            out.append(Finding(WARNING, "class_over_capacity", params, "class", s.id))
        maximum = rules[s.class_type].max_children
        if s.capacity > maximum:
            params = {
                "name": s.name,
                "capacity": s.capacity,
                "class_type": s.class_type,
                "maximum": maximum,
            }
            out.append(Finding(WARNING, "class_over_type_max", params, "class", s.id))
        if not s.ratio.ok:
            params = {
                "name": s.name,
                "enrolled": s.enrolled,
                "required": s.ratio.required,
                "qualified": s.ratio.qualified,
            }
            out.append(Finding(WARNING, "class_understaffed", params, "class", s.id))
    return out


def band_findings(on: date) -> list[Finding]:
    """Children outside their class type's age band on ``on`` or in a booked period."""
    out = []
    for issue in age_bands.outside_band(on, classes.rules()):
        params = {
            "child": issue.child_name,
            "name": issue.class_name,
            "class_type": issue.class_type,
            "band": BandText(issue.min_months, issue.max_months),
            "on": issue.on,
            "months": issue.months,
        }
        code = "child_will_leave_band" if issue.booked else "child_outside_band"
        out.append(Finding(WARNING, code, params, "child", issue.child_id))
    return out


@dataclass(frozen=True)
class BandText:
    """An age band as a finding parameter, worded in the reader's language."""

    low: int
    high: int | None

    def worded(self, lang: str) -> str:
        if self.high is None:
            return wording.say("word.months_or_more", lang, low=self.low)
        return wording.say("word.month_band", lang, low=self.low, high=self.high)


def places_findings(on: date) -> list[Finding]:
    """Children in care against the filed places, inclusive places and the home-daycare limit."""
    inst = institution.get()
    if inst is None:
        return [Finding(WARNING, "no_institution")]
    used = enrolment.count_in_care(on)
    out = []
    if used.total > inst.places:
        params = {"used": used.total, "places": inst.places}
        out.append(Finding(WARNING, "over_places", params, "institution"))
    if used.inclusive > inst.inclusive_places:
        params = {"used": used.inclusive, "places": inst.inclusive_places}
        out.append(Finding(WARNING, "over_inclusive_places", params, "institution"))
    if inst.nature is InstitutionNature.HOME:
        maximum = settings.get_int("home.max_children")
        if inst.places > maximum:
            params = {"places": inst.places, "maximum": maximum}
            out.append(Finding(WARNING, "home_over_max", params, "institution"))
        if used.total > maximum:
            params = {"used": used.total, "maximum": maximum}
            out.append(Finding(WARNING, "home_in_care_over_max", params, "institution"))
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
    for child_id, name, start, end in tuples_of(rows):
        periods[child_id].append(Period(start, end))
        names[child_id] = name
    out = []
    for child_id, spans in periods.items():
        clash = _first_overlap(spans)
        if clash is not None:
            a, b = clash
            params = {"child": names[child_id], "first": _span(a), "second": _span(b)}
            out.append(Finding(WARNING, "enrolment_overlap", params, "child", child_id))
    return out


def guardian_findings(on: date) -> list[Finding]:
    """Children in care on ``on`` with no guardian recorded."""
    with_guardian = GuardianRecord.select(GuardianRecord.child)
    rows = (
        ChildRecord.select(ChildRecord.id, ChildRecord.name)
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
        Finding(WARNING, "no_guardian", {"child": name}, "child", child_id)
        for child_id, name in tuples_of(rows)
    ]


def health_data_findings() -> list[Finding]:
    """Illness recorded on a sick absence without a health-data consent in force that day
    (domain.md §8): data written before the rule, or outside the app."""
    health = ConsentKind.HEALTH.value
    consented = ConsentRecord.select(ConsentRecord.id).where(
        (ConsentRecord.child == AttendanceMarkRecord.child)
        & (ConsentRecord.kind == health)
        & (ConsentRecord.given_on <= AttendanceMarkRecord.day)
        & (
            ConsentRecord.withdrawn_on.is_null()
            | (ConsentRecord.withdrawn_on > AttendanceMarkRecord.day)
        )
    )
    rows = (
        AttendanceMarkRecord.select(ChildRecord.id, ChildRecord.name, AttendanceMarkRecord.day)
        .join(ChildRecord)
        .where((AttendanceMarkRecord.illness != "") & ~fn.EXISTS(consented))
        .order_by(AttendanceMarkRecord.day, ChildRecord.pinyin)
    )
    return [
        Finding(WARNING, "illness_without_consent", {"child": name, "day": day}, "child", cid)
        for cid, name, day in tuples_of(rows)
    ]


def id_number_findings(on: date) -> list[Finding]:
    """Stored ID numbers of children, guardians and staff that fail today's validation."""
    out = []
    children = ChildRecord.select(
        ChildRecord.id, ChildRecord.name, ChildRecord.id_type, ChildRecord.id_number
    )
    for child_id, name, id_type, number in tuples_of(children):
        problem = _id_problem(id_type, number or "", on)
        if problem:
            role = wording.say("word.role.child")
            out.append(_id_finding(role, name, number or "", problem, "child", child_id))
    guardians = (
        GuardianRecord.select(
            GuardianRecord.name, GuardianRecord.id_number, ChildRecord.name, ChildRecord.id
        )
        .join(ChildRecord)
        .where(GuardianRecord.id_number != "")
    )
    for name, number, child, child_id in tuples_of(guardians):
        problem = _id_problem(IdType.RESIDENT.value, number, on)
        if problem:
            role = wording.say("word.role.guardian_of", child=child)
            out.append(_id_finding(role, name, number, problem, "child", child_id))
    staff = StaffRecord.select(StaffRecord.id, StaffRecord.name, StaffRecord.id_number).where(
        StaffRecord.id_number.is_null(False)
    )
    for staff_id, name, number in tuples_of(staff):
        problem = _id_problem(IdType.RESIDENT.value, number, on)
        if problem:
            role = wording.say("word.role.staff")
            out.append(_id_finding(role, name, number, problem, "staff", staff_id))
    return out


def _id_problem(id_type: str, number: str, on: date) -> str:
    try:
        kind = IdType(id_type)
    except ValueError:
        return repr(id_type)
    try:
        if kind is IdType.RESIDENT:
            check_resident_id(number, on)
        else:
            check_id(kind, number)
    except ValidationError as exc:
        return exc.reason
    return ""


def _id_finding(
    role: str, name: str, number: str, problem: str, entity: str, entity_id: int
) -> Finding:
    params = {
        "role": role,
        "name": name,
        "number": mask_id(number) or wording.say("word.empty"),
        "problem": problem,
    }
    return Finding(WARNING, "invalid_id_number", params, entity, entity_id)


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
    if p.end is None:
        return f"{p.start} {wording.say('word.open_end')}"
    return f"{p.start}–{p.end}"
