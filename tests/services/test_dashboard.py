"""The home page figures for a small seeded institution."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.enums import ClassType, Occupation, StaffRole
from operator_app.domain.errors import RuleViolation
from operator_app.services import classes, dashboard, institution
from operator_app.services.dashboard import Alert, Kpi
from operator_app.storage.records import ClassRecord

if TYPE_CHECKING:
    from .conftest import Make

START = date(2026, 3, 2)
ON = date(2026, 5, 6)


@pytest.fixture
def seeded(make: Make) -> None:
    """10 places (5 inclusive); 小一班 with 3 children and a carer, 大一班 with 1 and none;
    three carers of whom two hold a 保育师 / 育婴员 certificate; a certified cook."""
    institution.save(make.institution_data(places=10, inclusive=5))
    small = make.klass("小一班", ClassType.SMALL)
    big = make.klass("大一班", ClassType.BIG)
    make.enrolled("张三", date(2024, 6, 1), small)
    make.enrolled("李四", date(2024, 7, 2), small)
    make.enrolled("王五", date(2024, 8, 3), small, inclusive=False)
    make.enrolled("赵六", date(2023, 9, 4), big)
    a = make.staff("刘芳")
    make.certificate(a, Occupation.BAOYU)
    b = make.staff("陈静")
    make.certificate(b, Occupation.YUYING, number="S500000000000000000002")
    make.staff("黄敏")
    cook = make.staff("马强", role=StaffRole.COOK, male=True)
    make.certificate(cook, Occupation.BAOYU, number="Y500000000000000000003")
    classes.assign_carers(small, [a], START)


def kpis(on: date = ON) -> dict[str, Kpi]:
    return {k.key: k for k in dashboard.summary(on).kpis}


def test_kpi_values(seeded: None) -> None:
    board = dashboard.summary(ON)
    assert (board.institution, board.on) == ("渝中区示例托育中心", ON)
    assert [k.key for k in board.kpis] == ["places", "inclusive", "classes", "certified"]
    by_key = {k.key: k for k in board.kpis}
    assert by_key["places"] == Kpi(
        "places",
        "托位使用",
        "4 / 10",
        "places_limit",
        "ok",
        "usage",
        {"used": 4, "limit": 10, "rate": 0.4},
    )
    assert by_key["inclusive"] == Kpi(
        "inclusive",
        "普惠托位使用",
        "3 / 5",
        "inclusive_limit",
        "ok",
        "usage",
        {"used": 3, "limit": 5, "rate": 0.6},
    )
    assert by_key["classes"] == Kpi(
        "classes",
        "班级合规",
        "1 / 2",
        "all_classes_compliant",
        "bad",
        "classes_failing",
        {"classes": ("大一班",)},
    )
    assert by_key["certified"] == Kpi(
        "certified",
        "保育人员持证率",
        "66.7%",
        "min_percent",
        "bad",
        "certified",
        {"target": 90, "held": 2, "total": 3},
    )


def test_children_by_type_and_alerts(seeded: None) -> None:
    board = dashboard.summary(ON)
    assert board.children_by_type == [
        (ClassType.INFANT, 0),
        (ClassType.SMALL, 3),
        (ClassType.BIG, 1),
        (ClassType.MIXED, 0),
    ]
    assert board.alerts == [Alert("carers_short", "大一班", {"required": 1, "qualified": 0})]


def test_over_capacity_comes_first_among_alerts(seeded: None) -> None:
    # Enrolment refuses a full class; a capacity lowered afterwards is the way to get here.
    ClassRecord.update(capacity=2).where(ClassRecord.name == "小一班").execute()
    board = dashboard.summary(ON)
    assert board.alerts == [
        Alert("over_capacity", "小一班", {"enrolled": 3, "capacity": 2}),
        Alert("carers_short", "大一班", {"required": 1, "qualified": 0}),
    ]
    by_key = {k.key: k for k in board.kpis}
    assert by_key["classes"].value == "0 / 2"
    assert by_key["classes"].params == {"classes": ("小一班", "大一班")}


def test_before_anyone_is_enrolled(seeded: None) -> None:
    before = kpis(date(2026, 3, 1))
    assert before["places"].value == "0 / 10"
    assert before["places"].params == {"used": 0, "limit": 10, "rate": 0.0}
    assert before["classes"].value == "2 / 2"
    assert (before["classes"].detail_key, before["classes"].params) == ("all_compliant", {})


def test_places_near_the_limit_warn(make: Make) -> None:
    institution.save(make.institution_data(places=2, inclusive=0))
    small = make.klass("小一班", ClassType.SMALL)
    make.enrolled("张三", date(2024, 6, 1), small, inclusive=False)
    make.enrolled("李四", date(2024, 7, 2), small, inclusive=False)
    by_key = kpis()
    assert (by_key["places"].value, by_key["places"].status) == ("2 / 2", "warn")
    assert (by_key["inclusive"].value, by_key["inclusive"].status) == ("0 / 0", "ok")
    assert by_key["inclusive"].params["rate"] is None  # no inclusive places: no rate


def test_without_carers_the_certified_rate_is_informational(make: Make) -> None:
    institution.save(make.institution_data())
    assert kpis()["certified"] == Kpi(
        "certified", "保育人员持证率", "—", "min_percent", "info", "no_carers", {"target": 90}
    )


def test_certified_target_follows_the_setting(seeded: None) -> None:
    from operator_app.services import settings

    settings.set_value("staff.certified_target_pct", 60)
    certified = kpis()["certified"]
    assert (certified.params["target"], certified.status) == (60, "ok")


def test_dashboard_needs_an_institution(make: Make) -> None:
    with pytest.raises(RuleViolation) as info:
        dashboard.summary(ON)
    assert info.value.code == "no_institution"
