"""The home page figures for a small seeded institution."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.enums import ClassType, Occupation, StaffRole
from operator_app.domain.errors import RuleViolation
from operator_app.services import classes, dashboard, institution
from operator_app.services.dashboard import Kpi

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
        "places", "托位使用", "4 / 10", "不超过备案托位 10", "ok", "使用率 40%"
    )
    assert by_key["inclusive"] == Kpi(
        "inclusive", "普惠托位使用", "3 / 5", "不超过普惠托位 5", "ok", "使用率 60%"
    )
    assert by_key["classes"] == Kpi(
        "classes", "班级合规", "1 / 2", "全部班级人数与师幼比达标", "bad", "大一班"
    )
    assert by_key["certified"] == Kpi(
        "certified", "保育人员持证率", "66.7%", "≥ 90%", "bad", "2 / 3 人持保育师或育婴员证"
    )


def test_children_by_type_and_alerts(seeded: None) -> None:
    board = dashboard.summary(ON)
    assert board.children_by_type == [("乳儿班", 0), ("托小班", 3), ("托大班", 1), ("混合班", 0)]
    assert board.alerts == ["大一班：需保育人员 1 名，合格在岗 0 名"]


def test_before_anyone_is_enrolled(seeded: None) -> None:
    before = kpis(date(2026, 3, 1))
    assert before["places"].value == "0 / 10"
    assert before["places"].detail == "使用率 0%"
    assert before["classes"].value == "2 / 2"
    assert before["classes"].detail == "全部达标"


def test_places_near_the_limit_warn(make: Make) -> None:
    institution.save(make.institution_data(places=2, inclusive=0))
    small = make.klass("小一班", ClassType.SMALL)
    make.enrolled("张三", date(2024, 6, 1), small, inclusive=False)
    make.enrolled("李四", date(2024, 7, 2), small, inclusive=False)
    by_key = kpis()
    assert (by_key["places"].value, by_key["places"].status) == ("2 / 2", "warn")
    assert (by_key["inclusive"].value, by_key["inclusive"].detail) == ("0 / 0", "使用率 —")


def test_without_carers_the_certified_rate_is_informational(make: Make) -> None:
    institution.save(make.institution_data())
    assert kpis()["certified"] == Kpi(
        "certified", "保育人员持证率", "—", "≥ 90%", "info", "尚无保育人员"
    )


def test_certified_target_follows_the_setting(seeded: None) -> None:
    from operator_app.services import settings

    settings.set_value("staff.certified_target_pct", 60)
    certified = kpis()["certified"]
    assert (certified.target, certified.status) == ("≥ 60%", "ok")


def test_dashboard_needs_an_institution(make: Make) -> None:
    with pytest.raises(RuleViolation) as info:
        dashboard.summary(ON)
    assert info.value.code == "no_institution"
