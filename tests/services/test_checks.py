"""``operator-app check``: soundness errors and rule warnings on the open database.

The services refuse rule-breaking changes, so the broken states are written straight into the
records here, as an old release or an edit outside the app would have left them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.enums import ClassType
from operator_app.domain.periods import Period
from operator_app.services import checks, classes
from operator_app.storage.records import (
    ChildRecord,
    ClassRecord,
    EnrolmentRecord,
    GuardianRecord,
    InstitutionRecord,
    database,
)

if TYPE_CHECKING:
    from conftest import Make

ON = date(2026, 4, 1)


@pytest.fixture
def small_class(make: Make, inst: object) -> int:
    """托小班 with two children (one on an inclusive place) and a carer: all rules kept."""
    class_id = make.klass("小一班", ClassType.SMALL)
    make.enrolled("张小明", date(2025, 1, 10), class_id)
    make.enrolled("李小红", date(2025, 2, 3), class_id, inclusive=False, male=False)
    carer = make.staff("王芳")
    classes.assign_carers(class_id, [carer], make.TERM_START)
    return class_id


def codes(report: checks.CheckReport) -> list[str]:
    return [f.code for f in report.findings]


def test_a_clean_database_has_no_findings(small_class: int) -> None:
    report = checks.run_all(ON)
    assert report.findings == []
    assert report.sound


def test_without_an_institution_the_places_rule_says_so(db: object) -> None:
    report = checks.run_all(ON)
    assert codes(report) == ["no_institution"]
    assert report.sound


def test_a_class_over_capacity_is_a_warning(small_class: int) -> None:
    ClassRecord.update(capacity=1).where(ClassRecord.id == small_class).execute()
    report = checks.run_all(ON)
    assert codes(report) == ["class_over_capacity"]
    assert "小一班" in report.warnings[0].message
    assert report.sound


def test_a_class_without_qualified_carers_is_a_warning(make: Make, inst: object) -> None:
    class_id = make.klass("小二班", ClassType.SMALL)
    make.enrolled("赵小刚", date(2025, 1, 10), class_id)
    [finding] = checks.run_all(ON).findings
    assert finding.code == "class_understaffed"
    assert "需合格保育人员 1 名，现有 0 名" in finding.message


def test_children_in_care_beyond_the_filed_places(small_class: int) -> None:
    InstitutionRecord.update(places=1, inclusive_places=0).execute()
    assert codes(checks.run_all(ON)) == ["over_places", "over_inclusive_places"]


def test_overlapping_enrolments_are_found(small_class: int) -> None:
    other = classes.create_class("混合一班", ClassType.MIXED, opened_on=date(2025, 9, 1))
    child = ChildRecord.get(ChildRecord.name == "张小明")
    EnrolmentRecord.create(
        child=child, klass=other, start_date=date(2026, 3, 20), end_date=date(2026, 3, 25)
    )
    findings = [f for f in checks.run_all(ON).findings if f.code == "enrolment_overlap"]
    assert len(findings) == 1
    assert "张小明" in findings[0].message
    assert "2026-03-20" in findings[0].message


def test_children_in_care_without_guardians(small_class: int) -> None:
    child = ChildRecord.get(ChildRecord.name == "李小红")
    GuardianRecord.delete().where(GuardianRecord.child == child).execute()
    [finding] = checks.run_all(ON).findings
    assert (finding.code, finding.message) == ("no_guardian", "在托幼儿 李小红 没有登记监护人")


def test_an_invalid_stored_id_number_is_reported_masked(small_class: int) -> None:
    bad = "50010320250110001X"  # wrong check digit
    ChildRecord.update(id_number=bad).where(ChildRecord.name == "张小明").execute()
    [finding] = checks.run_all(ON).findings
    assert finding.code == "invalid_id_number"
    assert "张小明" in finding.message and "校验位错误" in finding.message
    assert bad not in finding.message
    assert "500103********001X" in finding.message


def test_a_missing_audit_trigger_makes_the_database_unsound(small_class: int) -> None:
    database.execute_sql("DROP TRIGGER audit_no_delete")
    report = checks.run_all(ON)
    assert [f.code for f in report.errors] == ["audit_trigger_missing"]
    assert not report.sound


def test_a_dangling_reference_fails_the_integrity_check(small_class: int) -> None:
    database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        database.execute_sql(
            "INSERT INTO guardian_record (child_id, name, relation, phone, id_type, id_number, "
            "position) VALUES (9999, '孤儿记录', 'mother', '13800000000', 'ric', '', 0)"
        )
    finally:
        database.execute_sql("PRAGMA foreign_keys = ON")
    report = checks.run_all(ON)
    assert [f.code for f in report.errors] == ["integrity"]
    assert "guardian_record" in report.errors[0].message


@pytest.mark.parametrize(
    ("spans", "clash"),
    [
        ([(1, 5), (6, 9)], None),
        ([(1, 5), (5, 9)], (0, 1)),
        ([(1, None), (20, 25)], (0, 1)),
        ([(1, 30), (2, 3), (10, 12)], (0, 1)),
        ([(1, 3), (4, None), (10, 12)], (1, 2)),
    ],
)
def test_first_overlap(spans: list[tuple[int, int | None]], clash: tuple[int, int] | None) -> None:
    periods = [Period(date(2026, 1, s), date(2026, 1, e) if e else None) for s, e in spans]
    expected = None if clash is None else (periods[clash[0]], periods[clash[1]])
    assert checks._first_overlap(periods) == expected
