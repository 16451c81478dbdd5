"""The rule findings added with the hardened rosters: a child outside the class band (on the
day it happens and for a booked period, until moved or accepted with a note), a class above a
lowered legal maximum, a credit code that does not fit the institution's nature, and illness
recorded without a health-data consent."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.enums import AttendanceStatus, ClassType, InstitutionNature
from operator_app.domain.errors import ValidationError
from operator_app.domain.identity import make_uscc
from operator_app.domain.institution import uscc_fits_nature
from operator_app.services import (
    age_bands,
    audit,
    checks,
    classes,
    clock,
    consent,
    dashboard,
    enrolment,
    institution,
    settings,
)
from operator_app.storage.records import AttendanceMarkRecord, EnrolmentRecord, InstitutionRecord

if TYPE_CHECKING:
    from .conftest import Make

BIRTH = date(2024, 5, 11)  # 24 completed months on 2026-05-11
TURNS_24 = date(2026, 5, 11)


@pytest.fixture
def small(make: Make, inst: object) -> tuple[int, int]:
    """托小班 (12-24 months) with one child who turns 24 months on TURNS_24, and a carer."""
    class_id = make.klass("小一班", ClassType.SMALL)
    child = make.enrolled("张米朵", BIRTH, class_id, male=False)
    classes.assign_carers(class_id, [make.staff("王芳")], make.TERM_START)
    return class_id, child


def band_codes(on: date) -> list[tuple[str, str]]:
    return [
        (f.code, f.params["child"])  # type: ignore[misc]
        for f in checks.rule_findings(on)
        if f.code.startswith("child_")
    ]


def test_a_child_is_a_finding_from_the_day_the_age_leaves_the_band(small: tuple[int, int]) -> None:
    assert band_codes(TURNS_24 - timedelta(days=1)) == []
    assert band_codes(TURNS_24) == [("child_outside_band", "张米朵")]
    [finding] = [f for f in checks.rule_findings(TURNS_24) if f.code == "child_outside_band"]
    assert (finding.entity, finding.entity_id) == ("child", small[1])
    assert finding.message == (
        "幼儿 张米朵 在班级“小一班”（托小班，12–24个月）：2026-05-11 月龄 24 个月，"
        "不在班型月龄范围内"
    )
    assert finding.message_in("en") == (
        "张米朵 in class “小一班” (Younger toddler class, 12–24 months) is 24 months old on "
        "2026-05-11: outside the class type's age band"
    )


def test_a_booked_period_outside_the_band_is_a_finding_now(make: Make, inst: object) -> None:
    class_id = make.klass("乳一班", ClassType.INFANT)
    today = date(2026, 4, 1)
    later = date(2026, 9, 1)
    # 10 months at TERM_START: fits; a period booked for September, when 16 months, does not
    child = make.child("李乐", date(2025, 5, 1))
    with clock.fixed(today):
        enrolment.enrol(child, class_id, later, override_note="家长要求与双胞胎同班")
    # the note given at enrolment accepts it
    assert band_codes(today) == []
    EnrolmentRecord.update(band_note="").execute()
    assert band_codes(today) == [("child_will_leave_band", "李乐")]
    [issue] = age_bands.outside_band(today, classes.rules())
    assert (issue.booked, issue.on, issue.months) == (True, later, 16)


def test_moving_the_child_or_a_note_ends_the_finding(small: tuple[int, int], make: Make) -> None:
    _class_id, child = small
    assert len(band_codes(TURNS_24)) == 1
    with pytest.raises(ValidationError) as info:
        age_bands.accept(EnrolmentRecord.get().id, "  ")
    assert info.value.field == "band_note"
    age_bands.accept(EnrolmentRecord.get().id, "下月初随班升入托大班")
    assert band_codes(TURNS_24) == []
    [entry] = audit.recent(1)
    assert (entry.action, entry.entity_id) == ("enrolment.accept_band", str(child))
    EnrolmentRecord.update(band_note="").execute()
    big = make.klass("大一班", ClassType.BIG)
    enrolment.transfer(child, big, TURNS_24)
    assert band_codes(TURNS_24) == []


def test_the_dashboard_counts_the_class_and_alerts(small: tuple[int, int]) -> None:
    before = dashboard.summary(TURNS_24 - timedelta(days=1))
    [kpi] = [k for k in before.kpis if k.key == "classes"]
    assert (kpi.value, kpi.status) == ("1 / 1", "ok")
    after = dashboard.summary(TURNS_24)
    [kpi] = [k for k in after.kpis if k.key == "classes"]
    assert (kpi.value, kpi.status, kpi.params) == ("0 / 1", "bad", {"classes": ("小一班",)})
    assert [(a.code, a.class_name, dict(a.params)) for a in after.alerts] == [
        ("outside_band", "小一班", {"children": 1, "names": "张米朵"})
    ]


def test_a_class_above_a_lowered_maximum_is_a_finding(small: tuple[int, int]) -> None:
    on = date(2026, 4, 1)
    assert [f.code for f in checks.rule_findings(on)] == []
    settings.set_value("class.small.max_children", 12)
    [finding] = checks.rule_findings(on)
    assert finding.code == "class_over_type_max"
    assert finding.message == "班级“小一班”额定 15 人，超过托小班的最大人数 12 人（设置已调低）"
    [alert] = dashboard.summary(on).alerts
    assert (alert.code, dict(alert.params)) == ("over_type_max", {"capacity": 15, "maximum": 12})


@pytest.mark.parametrize(
    ("prefix", "nature", "ok"),
    [
        ("91", InstitutionNature.FOR_PROFIT, True),
        ("92", InstitutionNature.FOR_PROFIT, True),
        ("52", InstitutionNature.FOR_PROFIT, False),
        ("52", InstitutionNature.NON_PROFIT, True),
        ("12", InstitutionNature.NON_PROFIT, False),
        ("12", InstitutionNature.PUBLIC, True),
        ("91", InstitutionNature.PUBLIC, False),
        ("92", InstitutionNature.HOME, True),
        ("12", InstitutionNature.HOME, False),
    ],
)
def test_uscc_prefix_against_nature(prefix: str, nature: InstitutionNature, ok: bool) -> None:
    code = make_uscc(prefix + "500103MA5UXXXX0")
    assert uscc_fits_nature(code, nature).ok is ok


def test_a_uscc_that_does_not_fit_is_a_warning(make: Make, db: object) -> None:
    uscc = make_uscc("52500103MA5UXXXX0")
    institution.save(make.institution_data(uscc=uscc))  # saved: a warning, not a refusal
    [finding] = checks.institution_findings()
    assert (finding.code, finding.severity, finding.entity) == (
        "uscc_nature_mismatch",
        checks.WARNING,
        "institution",
    )
    assert finding.message == (
        f"统一社会信用代码 {uscc} 以 52 开头（民政部门登记），与机构性质“营利性”不符"
    )
    InstitutionRecord.update(nature=InstitutionNature.NON_PROFIT.value).execute()
    assert checks.institution_findings() == []


def test_illness_without_consent_in_force_is_a_finding(small: tuple[int, int]) -> None:
    _class_id, child = small
    day = date(2026, 4, 2)
    AttendanceMarkRecord.create(
        child=child, klass=small[0], day=day, status=AttendanceStatus.SICK.value, illness="发热"
    )
    [finding] = checks.health_data_findings()
    assert (
        finding.message
        == "幼儿 张米朵 2026-04-02 的病假记录了病情，但当天没有有效的健康信息处理同意"
    )
    from operator_app.storage.records import GuardianRecord

    guardian = GuardianRecord.get(GuardianRecord.child == child).name
    consent.give(child, guardian, consent.ConsentKind.HEALTH, day, today=day)
    assert checks.health_data_findings() == []
