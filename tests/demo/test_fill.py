"""demo.writer.fill_demo: what it writes, that every rule holds, consent, determinism, refusal
and all-or-nothing behaviour. One filled database is shared by the read-only tests (a fill takes
a few seconds); each test opens it and closes it again. Numbers are those of seed 1 on TODAY."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from operator_app.demo import writer as demo
from operator_app.demo.words import SICK_WITHOUT_CONSENT_NOTE
from operator_app.domain.ages import age_in_months
from operator_app.domain.attendance import attendance_rate
from operator_app.domain.calendar import school_days
from operator_app.domain.classes import fits_class
from operator_app.domain.enums import (
    AttendanceStatus,
    CertificateKind,
    ClassType,
    IdType,
    InstitutionNature,
    Sex,
    StaffRole,
)
from operator_app.domain.errors import RuleViolation
from operator_app.domain.identity import (
    check_birth_certificate,
    check_resident_id,
    cross_check,
    make_uscc,
)
from operator_app.domain.institution import Institution
from operator_app.domain.periods import Period, peak_occupancy
from operator_app.domain.staff import SKILL_CERT_NUMBER
from operator_app.services import (
    attendance,
    audit,
    checks,
    classes,
    consent,
    enrolment,
    institution,
)
from operator_app.services.consent import ConsentKind
from operator_app.storage.db import close_database, open_database
from operator_app.storage.records import (
    ALL_RECORDS,
    AttendanceDayRecord,
    AttendanceMarkRecord,
    CertificateRecord,
    ChildRecord,
    ClassRecord,
    ClassStaffRecord,
    ConsentRecord,
    EnrolmentRecord,
    GuardianRecord,
    InstitutionRecord,
    StaffRecord,
)

TODAY = date(2026, 12, 4)  # a Friday
MOBILE = re.compile(r"^1[3-9]\d{9}$")


def _open(path: Path) -> None:
    open_database(f"sqlite:///{path}")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, demo.DemoSummary, list]:
    path = tmp_path_factory.mktemp("demo") / "d.sqlite3"
    calls: list[tuple[int, int, str]] = []
    _open(path)
    try:
        summary = demo.fill_demo(1, TODAY, progress=lambda *a: calls.append(a))
    finally:
        close_database()
    return path, summary, calls


@pytest.fixture
def filled(demo_file: tuple[Path, demo.DemoSummary, list]) -> Iterator[demo.DemoSummary]:
    _open(demo_file[0])
    yield demo_file[1]
    close_database()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "d.sqlite3"
    _open(path)
    yield path
    close_database()


def _row_counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in ALL_RECORDS}


def _snapshot() -> dict[str, list[tuple[object, ...]]]:
    def rows(model, *fields):  # type: ignore[no-untyped-def]
        return list(model.select(*fields).order_by(model.id).tuples())

    c, g, e, s = ChildRecord, GuardianRecord, EnrolmentRecord, StaffRecord
    m, cert = AttendanceMarkRecord, CertificateRecord
    return {
        "institution": rows(
            InstitutionRecord,
            InstitutionRecord.name,
            InstitutionRecord.uscc,
            InstitutionRecord.filing_number,
            InstitutionRecord.address,
            InstitutionRecord.places,
            InstitutionRecord.phone,
        ),
        "classes": rows(ClassRecord, ClassRecord.name, ClassRecord.capacity, ClassRecord.room),
        "children": rows(c, c.name, c.sex, c.birth_date, c.id_type, c.id_number, c.id_note),
        "guardians": rows(g, g.child, g.name, g.relation, g.phone),
        "enrolments": rows(
            e, e.child, e.klass, e.start_date, e.end_date, e.inclusive, e.leave_reason, e.note
        ),
        "staff": rows(s, s.name, s.role, s.id_number, s.hired_on, s.health_cert_expires),
        "certificates": rows(cert, cert.staff, cert.occupation, cert.grade, cert.number),
        "carers": rows(ClassStaffRecord, ClassStaffRecord.klass, ClassStaffRecord.staff),
        "registers": rows(AttendanceDayRecord, AttendanceDayRecord.klass, AttendanceDayRecord.day),
        "marks": rows(m, m.child, m.klass, m.day, m.status, m.illness, m.follow_up),
    }


# ---------------------------------------------------------------- counts and rules


def test_summary_counts_are_exact_and_match_the_database(filled: demo.DemoSummary) -> None:
    counts = (filled.classes, filled.children, filled.children_in_care, filled.leavers)
    assert counts == (8, 106, 94, 12)
    assert (filled.transfers, filled.staff, filled.certificates) == (11, 31, 25)
    assert (filled.registers, filled.marks, filled.present) == (1016, 464, 9404)
    assert (
        filled.children == filled.children_in_care + filled.leavers == ChildRecord.select().count()
    )
    assert enrolment.count_in_care(TODAY).total == filled.children_in_care
    assert filled.classes == ClassRecord.select().count()
    assert filled.staff == StaffRecord.select().count()
    assert filled.registers == AttendanceDayRecord.select().count()
    assert filled.marks == AttendanceMarkRecord.select().count()
    left = EnrolmentRecord.select().where(EnrolmentRecord.leave_reason != "").count()
    assert left == filled.leavers
    assert filled.seconds > 0


def test_institution_is_a_filed_chongqing_for_profit_centre(filled: demo.DemoSummary) -> None:
    inst = institution.require()
    assert inst.name.startswith("重庆市渝北区") and inst.name.endswith("托育中心")
    assert inst.nature is InstitutionNature.FOR_PROFIT and inst.uscc.startswith("91500112")
    assert re.fullmatch(r"渝北卫托备〔20\d\d〕\d{3}号", inst.filing_number)
    assert inst.address.startswith("重庆市渝北区") and inst.division_code == "500112"
    assert inst.meals and inst.principal
    capacity = sum(c.capacity for c in classes.list_classes(TODAY))
    assert (capacity, inst.places, inst.inclusive_places) == (106, 110, 72)


def test_eight_classes_each_80_to_95_percent_full_today(filled: demo.DemoSummary) -> None:
    rules = classes.rules()
    summaries = classes.list_classes(TODAY)
    rows = [(s.name, s.class_type, s.capacity, s.enrolled) for s in summaries]
    assert rows == [
        ("乳儿一班", ClassType.INFANT, 8, 7),
        ("乳儿二班", ClassType.INFANT, 8, 7),
        ("小一班", ClassType.SMALL, 15, 13),
        ("小二班", ClassType.SMALL, 15, 12),
        ("小三班", ClassType.SMALL, 12, 11),
        ("大一班", ClassType.BIG, 15, 13),
        ("大二班", ClassType.BIG, 18, 17),
        ("大三班", ClassType.BIG, 15, 14),
    ]
    for s in summaries:
        assert s.capacity <= rules[s.class_type].max_children
        assert 0.80 <= s.enrolled / s.capacity <= 0.95, s.name
    used = enrolment.count_in_care(TODAY)
    assert (used.total, used.inclusive) == (94, 56)


def test_one_class_is_short_of_a_qualified_carer_and_nothing_else_is_wrong(
    filled: demo.DemoSummary,
) -> None:
    """The deliberate staffing finding: 大三班's second carer's health certificate expired."""
    short = [(s.name, s.ratio.required, s.ratio.qualified) for s in classes.list_classes(TODAY)]
    assert [row for row in short if row[2] < row[1]] == [("大三班", 2, 1)]
    found = checks.class_findings(TODAY) + checks.places_findings(TODAY)
    assert [(f.code, f.message) for f in found] == [
        ("class_understaffed", "班级“大三班”在班 14 人，需合格保育人员 2 名，现有 1 名")
    ]
    assert checks.overlap_findings() == [] and checks.guardian_findings(TODAY) == []


def test_a_handful_of_children_have_outgrown_their_class(filled: demo.DemoSummary) -> None:
    """Four children already past their class's age band (the age-band finding), and two more
    within the age-transition list's default 30 days: a handful, not dozens."""
    past = {(t.name, t.class_name) for t in enrolment.age_transitions(TODAY, 0)}
    assert past == {
        ("周𫖮安", "乳儿一班"),
        ("李瑶", "乳儿二班"),
        ("邹沐晴", "小三班"),
        ("杨知意", "小一班"),
    }
    assert len(enrolment.age_transitions(TODAY, 30)) == 6


def test_capacity_and_places_hold_on_every_day_of_the_history(filled: demo.DemoSummary) -> None:
    periods = [
        (k, Period(s, e))
        for k, s, e in EnrolmentRecord.select(
            EnrolmentRecord.klass, EnrolmentRecord.start_date, EnrolmentRecord.end_date
        ).tuples()
    ]
    whole = Period(min(p.start for _k, p in periods), None)
    for klass in ClassRecord.select():
        assert peak_occupancy([p for k, p in periods if k == klass.id], whole) <= klass.capacity
    assert peak_occupancy([p for _k, p in periods], whole) <= institution.require().places


def test_every_enrolment_fits_the_age_band_without_override(filled: demo.DemoSummary) -> None:
    rules = classes.rules()
    rows = (
        EnrolmentRecord.select(EnrolmentRecord, ChildRecord, ClassRecord)
        .join(ChildRecord)
        .switch(EnrolmentRecord)
        .join(ClassRecord)
    )
    for r in rows:
        months = age_in_months(r.child.birth_date, r.start_date)
        assert fits_class(ClassType(r.klass.class_type), months, rules).ok, (r.child.name, months)
        assert TODAY - timedelta(days=540) <= r.start_date <= TODAY
        if r.leave_reason:
            assert r.end_date < TODAY and r.note


def test_history_has_term_start_moves_up_and_leavers(filled: demo.DemoSummary) -> None:
    moves_up = 0
    for (child_id,) in ChildRecord.select(ChildRecord.id).tuples():
        history = enrolment.history(child_id)
        for before, after in itertools.pairwise(history):
            assert before.end == after.start - timedelta(days=1)
            if (before.class_type, after.class_type) == (ClassType.SMALL, ClassType.BIG):
                assert after.start.month == 9 or after.start.month == 3
                moves_up += 1
    assert moves_up == 6
    reasons = {r for (r,) in EnrolmentRecord.select(EnrolmentRecord.leave_reason).tuples() if r}
    assert reasons == {"family", "graduated", "moved", "other"}


def test_identity_numbers_are_valid_and_agree_with_the_records(filled: demo.DemoSummary) -> None:
    kinds = set()
    for child in ChildRecord.select():
        kind = IdType(child.id_type)
        kinds.add(kind)
        if kind is IdType.RESIDENT:
            check = check_resident_id(child.id_number, TODAY)
            assert check.warnings == ()
            cross_check(check, child.birth_date, Sex(child.sex))
        elif kind is IdType.BIRTH_CERT:
            assert check_birth_certificate(child.id_number) == child.id_number
        else:
            assert kind is IdType.NONE and child.id_number is None and child.id_note
        guardians = list(child.guardians)
        assert 1 <= len(guardians) <= 2
        assert all(MOBILE.match(g.phone) for g in guardians)
    assert kinds == {IdType.RESIDENT, IdType.BIRTH_CERT, IdType.NONE}
    for person in StaffRecord.select():
        check = check_resident_id(person.id_number, TODAY)
        assert check.warnings == ()
        cross_check(check, person.birth_date, Sex(person.sex))
        assert MOBILE.match(person.phone)


def test_names_include_rare_characters_and_special_surname_readings(
    filled: demo.DemoSummary,
) -> None:
    in_care = {cid for cid, *_ in enrolment_rows_on(TODAY)}
    rows = {r.name: r for r in ChildRecord.select()}
    rare = [n for n, r in rows.items() if r.id in in_care and any(ord(ch) > 0xFFFF for ch in n)]
    assert rare == ["周𫖮安"]
    for name in ("王堃", "李喆", "刘䶮", "黄龑", "赵昇"):
        assert rows[name].id in in_care
    readings = {"曾梓涵": "zeng", "单一诺": "shan", "解浩宇": "xie", "区俊熙": "ou"}
    for name, reading in readings.items():
        assert rows[name].pinyin.startswith(reading), rows[name].pinyin
    lengths = {len(n) for n in rows}
    assert {2, 3} <= lengths
    assert {Sex(r.sex) for r in rows.values()} == {Sex.MALE, Sex.FEMALE}


def enrolment_rows_on(day: date) -> list[tuple[int, int]]:
    return list(
        EnrolmentRecord.select(EnrolmentRecord.child, EnrolmentRecord.klass)
        .where(
            (EnrolmentRecord.start_date <= day)
            & (EnrolmentRecord.end_date.is_null() | (EnrolmentRecord.end_date >= day))
        )
        .tuples()
    )


def test_staff_roles_health_checks_and_certificates(filled: demo.DemoSummary) -> None:
    by_role: dict[StaffRole, list[StaffRecord]] = {}
    for person in StaffRecord.select():
        by_role.setdefault(StaffRole(person.role), []).append(person)
    assert len(by_role[StaffRole.PRINCIPAL]) == 1
    assert by_role[StaffRole.PRINCIPAL][0].name == institution.require().principal
    assert len(by_role[StaffRole.HEALTH]) == 2
    assert len(by_role[StaffRole.SECURITY]) == 1
    assert len(by_role[StaffRole.COOK]) == 2  # one per 50 children in care
    carers = by_role[StaffRole.CARER]
    required = sum(s.ratio.required for s in classes.list_classes(TODAY))
    assert (len(carers), required) == (25, 22)
    everyone = [p for people in by_role.values() for p in people]
    assert all(p.background_checked_on and p.background_checked_on <= TODAY for p in everyone)
    assert sum(p.health_cert_expires < TODAY for p in everyone) == 1
    assert any(TODAY <= p.health_cert_expires <= TODAY + timedelta(days=45) for p in everyone)
    assert all(p.health_cert_expires <= TODAY + timedelta(days=366) for p in everyone)
    certified = {c.staff_id for c in CertificateRecord.select()}
    assert certified <= {p.id for p in carers}
    assert len(certified) == 23  # 92 % of 25 carers
    kinds = set()
    for cert in CertificateRecord.select():
        kinds.add(CertificateKind(cert.kind))
        assert 3 <= cert.grade <= 5 and cert.issued_on <= TODAY
        if cert.kind == CertificateKind.SKILL_LEVEL.value:
            assert SKILL_CERT_NUMBER.match(cert.number) and cert.number[0] == "Y"
        else:
            assert re.fullmatch(r"\d{16}", cert.number)
    assert kinds == set(CertificateKind)


# ---------------------------------------------------------------- attendance


def test_attendance_covers_six_months_of_school_days_up_to_today(
    filled: demo.DemoSummary,
) -> None:
    expected = set(school_days(date(2026, 6, 4), TODAY).days)
    taken: dict[int, set[date]] = {}
    for klass, day in AttendanceDayRecord.select(
        AttendanceDayRecord.klass, AttendanceDayRecord.day
    ).tuples():
        taken.setdefault(klass, set()).add(day)
    assert set(taken) == {c.id for c in ClassRecord.select()}
    for days in taken.values():
        assert days == expected
    assert max(expected) == TODAY and min(expected) >= date(2026, 6, 4)


def test_marks_are_for_enrolled_children_with_reasons(filled: demo.DemoSummary) -> None:
    statuses = set()
    for mark in AttendanceMarkRecord.select():
        status = AttendanceStatus(mark.status)
        statuses.add(status)
        assert mark.follow_up
        # The illness is health data: stored only under a consent in force that day.
        allowed = consent.health_allowed([mark.child_id], mark.day) != frozenset()
        assert bool(mark.illness) is (status is AttendanceStatus.SICK and allowed)
    assert statuses == {AttendanceStatus.SICK, AttendanceStatus.PERSONAL, AttendanceStatus.ABSENT}
    joined = (
        AttendanceMarkRecord.select()
        .join(
            EnrolmentRecord,
            on=(
                (EnrolmentRecord.child == AttendanceMarkRecord.child)
                & (EnrolmentRecord.klass == AttendanceMarkRecord.klass)
                & (EnrolmentRecord.start_date <= AttendanceMarkRecord.day)
                & (
                    EnrolmentRecord.end_date.is_null()
                    | (EnrolmentRecord.end_date >= AttendanceMarkRecord.day)
                )
            ),
        )
        .count()
    )
    assert joined == filled.marks  # every mark joins an enrolment in that class on that day
    assert attendance_rate(filled.present, filled.present + filled.marks) == Decimal("95.3")
    illnesses = {i for (i,) in AttendanceMarkRecord.select(AttendanceMarkRecord.illness).tuples()}
    assert illnesses == {"", "发热", "感冒", "咳嗽", "腹泻", "疱疹性咽峡炎", "手足口病"}


def test_month_sheet_rate_is_plausible(filled: demo.DemoSummary) -> None:
    klass = ClassRecord.select().order_by(ClassRecord.id).first()
    sheet = attendance.month_sheet(klass.id, date(2026, 10, 1))
    assert (sheet.class_name, sheet.expected, sheet.present) == ("乳儿一班", 102, 92)
    assert sheet.rate == Decimal("90.2")


# ---------------------------------------------------------------- audit and progress


def test_every_write_is_in_the_audit_log(filled: demo.DemoSummary) -> None:
    assert audit.count("institution.create") == 1
    assert audit.count("staff.create") == filled.staff
    assert audit.count("staff.certificate.add") == filled.certificates
    assert audit.count("class.create") == filled.classes
    assert audit.count("child.create") == filled.children
    assert audit.count("enrolment.enrol") == filled.children
    assert audit.count("enrolment.transfer") == filled.transfers
    assert audit.count("enrolment.leave") == filled.leavers
    assert audit.count("attendance.save") == filled.registers
    assert audit.count("demo.fill") == 1


def test_progress_counts_up_to_the_total(demo_file: tuple[Path, demo.DemoSummary, list]) -> None:
    calls = demo_file[2]
    dones = [done for done, _total, _label in calls]
    assert dones == list(range(1, len(calls) + 1))
    assert {total for _done, total, _label in calls} == {len(calls)}
    assert calls[-1][2] == "出勤登记"


# ---------------------------------------------------------------- refusal and rollback


def test_refuses_a_database_in_use_and_leaves_it_unchanged(filled: demo.DemoSummary) -> None:
    before = _row_counts()
    with pytest.raises(RuleViolation) as info:
        demo.fill_demo(1, TODAY)
    assert info.value.code == "not_empty"
    assert _row_counts() == before


def test_refuses_when_only_an_institution_exists(empty_db: Path) -> None:
    institution.save(
        Institution(
            "重庆市渝北区测试托育中心",
            make_uscc("91500112MA5U00000"),
            InstitutionNature.FOR_PROFIT,
            places=10,
        )
    )
    before = _row_counts()
    with pytest.raises(RuleViolation) as info:
        demo.fill_demo(1, TODAY)
    assert info.value.code == "not_empty"
    assert _row_counts() == before


def test_a_failure_midway_leaves_nothing_behind(
    empty_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = attendance.save_register
    calls = []

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        if len(calls) > 3:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(attendance, "save_register", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        demo.fill_demo(1, TODAY)
    assert len(calls) == 4
    assert all(n == 0 for n in _row_counts().values()), _row_counts()


# ---------------------------------------------------------------- determinism


@pytest.mark.slow
def test_same_seed_and_day_give_the_same_data(
    demo_file: tuple[Path, demo.DemoSummary, list], tmp_path: Path
) -> None:
    _open(demo_file[0])
    try:
        first = _snapshot()
    finally:
        close_database()
    _open(tmp_path / "again.sqlite3")
    try:
        again = demo.fill_demo(1, TODAY)
        assert _snapshot() == first
    finally:
        close_database()
    assert again.children == demo_file[1].children and again.marks == demo_file[1].marks
    _open(tmp_path / "other.sqlite3")
    try:
        demo.fill_demo(2, TODAY)
        other = _snapshot()
    finally:
        close_database()
    assert other["children"] != first["children"]
    assert other["marks"] != first["marks"]


@pytest.mark.slow
def test_fills_on_a_holiday_right_after_term_start(empty_db: Path) -> None:
    today = date(2025, 10, 3)  # National Day holiday, a month into the autumn term
    summary = demo.fill_demo(5, today)
    days = {d for (d,) in AttendanceDayRecord.select(AttendanceDayRecord.day).tuples()}
    assert max(days) < today and days <= set(school_days(date(2025, 4, 3), today).days)
    assert enrolment.count_in_care(today).total == summary.children_in_care == 99
    summaries = classes.list_classes(today)
    assert all(0.80 <= s.enrolled / s.capacity <= 0.95 for s in summaries)
    assert [s.name for s in summaries if not s.ratio.ok] == ["乳儿一班"]


# ---------------------------------------------------------------- consent


def _health_consents() -> dict[int, list[Period]]:
    """Per child, the days its health-data consents were in force (withdrawal day excluded)."""
    out: dict[int, list[Period]] = {}
    rows = ConsentRecord.select(
        ConsentRecord.child, ConsentRecord.given_on, ConsentRecord.withdrawn_on
    ).where(ConsentRecord.kind == ConsentKind.HEALTH.value)
    for child, given, withdrawn in rows.tuples():
        end = None if withdrawn is None else withdrawn - timedelta(days=1)
        out.setdefault(child, []).append(Period(given, end))
    return out


def test_every_consent_is_signed_by_one_of_the_childs_guardians(
    filled: demo.DemoSummary,
) -> None:
    guardians: dict[int, set[str]] = {}
    for child, name in GuardianRecord.select(GuardianRecord.child, GuardianRecord.name).tuples():
        guardians.setdefault(child, set()).add(name)
    rows = list(ConsentRecord.select(ConsentRecord.child, ConsentRecord.guardian_name).tuples())
    assert len(rows) == 207  # 106 personal, 101 health-data consents
    assert [(c, n) for c, n in rows if n not in guardians[c]] == []
    second = [c for c, n in rows if len(guardians[c]) == 2 and n != _first_guardian(c)]
    assert len(second) == 41  # 21 children's second guardian signed (one gave no health consent)


def _first_guardian(child_id: int) -> str:
    row = (
        GuardianRecord.select().where(GuardianRecord.child == child_id).order_by(GuardianRecord.id)
    )
    return str(row.first().name)


def test_a_few_children_in_care_lack_the_health_consent_today(filled: demo.DemoSummary) -> None:
    ids = [row.id for row in ChildRecord.select(ChildRecord.id)]
    in_force = {child_id: consent.current(child_id, TODAY) for child_id in ids}
    assert all(ConsentKind.PERSONAL in kinds for kinds in in_force.values())
    lacking = {
        ChildRecord.get_by_id(c).name for c, k in in_force.items() if ConsentKind.HEALTH not in k
    }
    assert lacking == {"熊明轩", "陈悦", "张彤", "张航", "向恩泽", "单语嫣"}  # the last withdrew
    withdrawn = ConsentRecord.select().where(ConsentRecord.withdrawn_on.is_null(False))
    assert [(r.child.name, r.withdrawn_on) for r in withdrawn] == [("单语嫣", date(2026, 10, 14))]
    assert audit.count("consent.give") == 207 and audit.count("consent.withdraw") == 1


def test_no_illness_is_stored_on_a_day_without_health_consent(filled: demo.DemoSummary) -> None:
    """Health data needs the separate consent: a sick day without one carries no illness,
    only a follow-up note saying the guardian called in sick."""
    allowed = _health_consents()
    without_consent = []
    for mark in AttendanceMarkRecord.select():
        if not any(p.covers(mark.day) for p in allowed.get(mark.child_id, [])):
            without_consent.append(mark)
    assert [m.illness for m in without_consent if m.illness] == []
    called_in_sick = [m for m in without_consent if m.follow_up == SICK_WITHOUT_CONSENT_NOTE]
    assert len(called_in_sick) == 17
    # Still 病假: the attendance service keeps the sick leave and drops only the illness.
    assert {m.status for m in called_in_sick} == {AttendanceStatus.SICK.value}
    with_illness = AttendanceMarkRecord.select().where(AttendanceMarkRecord.illness != "")
    assert with_illness.count() == 292
