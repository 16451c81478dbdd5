"""Every Qt item model of the GUI passes pytest-qt's ``qtmodeltester`` (Qt's
QAbstractItemModelTester) on realistic data, and keeps passing while it changes.

The tester stays attached for the whole test, so every reset and dataChanged below is checked
as well as the first state.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from operator_app.domain.attendance import Mark
from operator_app.domain.children import ChildInput, GuardianInput
from operator_app.domain.enums import (
    AttendanceStatus,
    ClassType,
    GuardianRelation,
    IdType,
    Sex,
    StaffRole,
)
from operator_app.domain.identity import make_resident_id
from operator_app.domain.staff import StaffInput
from operator_app.gui.models.children_model import PAGE_SIZE, ChildrenTableModel
from operator_app.gui.models.class_table_model import ClassTableModel
from operator_app.gui.models.register_model import RegisterModel
from operator_app.services import attendance, children, classes, clock, enrolment, staff
from operator_app.services.children import Scope
from tests.gui.children_support import TODAY, bulk_children

DAY = date(2026, 3, 2)  # a Monday and a working day
CHILDREN_ROWS = 3000
# Per type: how many classes, their children's age in months, children per class.
PLAN = {
    ClassType.INFANT: (2, 9, 3),
    ClassType.SMALL: (2, 18, 6),
    ClassType.BIG: (3, 30, 5),
    ClassType.MIXED: (2, 26, 2),
}
NAME_CHARS = "安宝晨丹恩芳歌涵佳静可乐萌宁琪然诗彤文欣雅悦卓梓"
TYPE_NAMES = {ClassType.INFANT: "乳儿", ClassType.SMALL: "托小", ClassType.BIG: "托大"}


def child(name: str, months: int, number: int) -> ChildInput:
    birth = DAY - timedelta(days=30 + months * 31)
    male = number % 2 == 1
    return ChildInput(
        name,
        Sex.MALE if male else Sex.FEMALE,
        birth,
        IdType.RESIDENT,
        make_resident_id("500103", birth, number, male),
        guardians=(GuardianInput("家长", GuardianRelation.MOTHER, "13800138000"),),
    )


def carer(name: str) -> int:
    return staff.create_staff(
        StaffInput(
            name,
            Sex.FEMALE,
            StaffRole.CARER,
            DAY - timedelta(days=400),
            health_cert_expires=DAY + timedelta(days=300),
            background_checked_on=DAY - timedelta(days=390),
        )
    )


@pytest.fixture
def institution_day(institution: Any) -> Any:
    with clock.fixed(DAY):
        yield DAY


@pytest.fixture
def kindergarten(institution_day: date) -> list[int]:
    """Nine classes of every type (one short of carers), 37 children in care (the demo
    institution's 40 inclusive places hold them); the classes' ids."""
    ids, number = [], 100
    for class_type, (count, months, size) in PLAN.items():
        for n in range(count):
            name = TYPE_NAMES.get(class_type, "混龄") + "一二三"[n] + "班"
            class_id = classes.create_class(
                name, class_type, room=f"{n + 1}楼", opened_on=DAY - timedelta(days=400)
            )
            for k in range(size):
                number += 1
                kid = NAME_CHARS[number % 23] + NAME_CHARS[(number // 23) % 23]
                new = children.create_child(child("欧阳" + kid, months, number))
                enrolment.enrol(new.id, class_id, DAY - timedelta(days=30 + k))
            if not (class_type is ClassType.BIG and n == 2):  # 托大三班 has no carer
                chars = NAME_CHARS[len(ids)] + NAME_CHARS[-len(ids) - 1]
                classes.assign_carers(class_id, [carer("周" + chars)], DAY)
            ids.append(class_id)
    return ids


def test_class_table_model(qtmodeltester: Any, kindergarten: list[int]) -> None:
    model = ClassTableModel()
    model.set_rows(classes.list_classes(DAY))
    qtmodeltester.check(model)
    assert model.rowCount() == 9 and model.columnCount() == 7
    assert sum(model.summary(row).enrolled for row in range(9)) == 37
    short = model.row_of(kindergarten[6])
    assert model.index(short, ClassTableModel.CARERS).data() == "未指派"
    assert model.index(short, ClassTableModel.RATIO).data() == "需 1 名，合格 0 名 ✗"

    # Closing an empty class and showing closed ones: a reset the tester checks too.
    empty = classes.create_class("混龄三班", ClassType.MIXED, opened_on=DAY - timedelta(days=9))
    classes.close_class(empty, DAY)
    model.set_rows(classes.list_classes(DAY + timedelta(days=1), include_closed=True))
    assert model.rowCount() == 10
    closed = model.row_of(empty)
    assert model.index(closed, ClassTableModel.NAME).data() == "混龄三班（已关闭）"
    model.set_rows([])
    assert model.rowCount() == 0


def test_register_model(qtmodeltester: Any, kindergarten: list[int]) -> None:
    big = kindergarten[4]  # 托大一班, 5 children
    model = RegisterModel()
    model.load(attendance.register(big, DAY))
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.columnCount() == 4

    model.set_status(0, AttendanceStatus.SICK)
    edit = Qt.ItemDataRole.EditRole
    assert model.setData(model.index(0, RegisterModel.ILLNESS), "发热", edit)
    assert model.setData(model.index(0, RegisterModel.FOLLOW_UP), "已电话随访", edit)
    model.set_status(3, AttendanceStatus.ABSENT)
    assert model.setData(model.index(3, RegisterModel.FOLLOW_UP), "未请假", edit)
    model.set_status(4, AttendanceStatus.PERSONAL)
    assert model.setData(model.index(4, RegisterModel.FOLLOW_UP), "家中有事", edit)
    assert model.counts()[AttendanceStatus.PRESENT] == 2
    marks = model.exceptions()
    saved = attendance.save_register(big, DAY, marks)
    assert saved.present == 2  # present on the saved register
    # No health-data consent on file: the sick leave is kept, the illness is not (one notice).
    assert len(saved.notices) == 1
    model.load(attendance.register(big, DAY))
    sick = model.rows[0].child_id
    assert model.exceptions() == {**marks, sick: Mark(AttendanceStatus.SICK, "", "已电话随访")}
    model.set_all_present()
    assert model.counts()[AttendanceStatus.PRESENT] == 5
    model.load(None)
    assert model.rowCount() == 0


@pytest.mark.usefixtures("institution", "fixed_today")
def test_children_model_with_thousands_of_rows(qtmodeltester: Any) -> None:
    class_id = classes.create_class("小一班", ClassType.SMALL, opened_on=TODAY - timedelta(400))
    bulk_children(CHILDREN_ROWS, class_id)  # every third child in care since TODAY - 30 days
    model = ChildrenTableModel(on=lambda: TODAY)
    model.set_search(scope=Scope.ALL)
    qtmodeltester.check(model)
    assert model.rowCount() == CHILDREN_ROWS

    model.sort(model.KEYS.index("birth_date"), Qt.SortOrder.DescendingOrder)
    model.set_search("", Scope.IN_CARE)
    assert model.rowCount() == CHILDREN_ROWS // 3
    model.set_search(scope=Scope.LEFT)
    assert model.rowCount() == CHILDREN_ROWS - CHILDREN_ROWS // 3
    births = []
    for row in (0, PAGE_SIZE - 1, PAGE_SIZE, model.rowCount() - 1):  # across cached pages
        assert model.index(row, model.STATUS).data() == "未在托"
        births.append(model.index(row, model.KEYS.index("birth_date")).data())
    assert births == sorted(births, reverse=True)
