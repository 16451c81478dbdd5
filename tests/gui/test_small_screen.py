"""At 1024x768, in Chinese and in English, every page keeps its compliance information in view.

A key column is in view when its section is shown, has a width, and lies wholly inside the
table's viewport (no sideways scrolling needed). A KPI card's texts are not cut short. The data
is seeded through the services on a fixed day, so nothing depends on when the tests run.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QTableView

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
from operator_app.gui import i18n
from operator_app.gui.main_window import MainWindow
from operator_app.gui.models.class_table_model import ClassTableModel
from operator_app.gui.models.register_model import RegisterModel
from operator_app.gui.views import attendance_page, children_page, classes_page
from operator_app.services import attendance, children, classes, clock, enrolment, staff

DAY = date(2026, 3, 2)  # a Monday and a working day
SMALL = QSize(1024, 768)
CLASSES = (  # name, type, age in months of its children
    ("乳儿一班", ClassType.INFANT, 9),
    ("托小一班（蒙特梭利双语实验班）", ClassType.SMALL, 18),
    ("托大一班", ClassType.BIG, 30),
    ("混龄一班", ClassType.MIXED, 26),
)
CARERS = ("周丽", "王芳", "陈静", "刘敏")
ILLNESS = "发热（38.5℃），咳嗽伴流涕，已通知家长接回并建议到社区卫生服务中心就诊"


def add_child(class_id: int, name: str, months: int, number: int) -> int:
    birth = DAY - timedelta(days=months * 31)
    male = number % 2 == 1
    child = children.create_child(
        ChildInput(
            name,
            Sex.MALE if male else Sex.FEMALE,
            birth,
            IdType.RESIDENT,
            make_resident_id("500103", birth, number, male),
            guardians=(GuardianInput(name[0] + "妈妈", GuardianRelation.MOTHER, "13800138000"),),
        )
    )
    enrolment.enrol(child.id, class_id, DAY - timedelta(days=30))
    return child.id


def add_carer(name: str) -> int:
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
def seeded(institution: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Four classes (one of each type, one with a long name), children, carers, and a sick
    child with a long illness in the first class's register; the pages' today is DAY."""
    for module in (classes_page, children_page, attendance_page):
        monkeypatch.setattr(module, "today", lambda: DAY)
    with clock.fixed(DAY):
        ids: dict[str, int] = {}
        number = 10
        for index, (name, class_type, months) in enumerate(CLASSES):
            class_id = classes.create_class(
                name, class_type, room=f"{index + 1}楼10{index}室", opened_on=DAY - timedelta(400)
            )
            ids[name] = class_id
            for child in range(3):
                number += 1
                child_name = f"欧阳{name[:2]}{'甲乙丙'[child]}"
                ids[f"child{number}"] = add_child(class_id, child_name, months, number)
            classes.assign_carers(class_id, [add_carer(CARERS[index])], DAY)
        first = ids[CLASSES[0][0]]
        sick = ids["child11"]
        attendance.save_register(
            first, DAY, {sick: Mark(AttendanceStatus.SICK, ILLNESS, "已电话随访")}
        )
        yield ids


@pytest.fixture(params=["zh_CN", "en"])
def window(request: Any, qapp: QApplication, qtbot: Any, db: Any, seeded: Any) -> MainWindow:
    """The main window at 1024x768 in the parameter's language."""
    i18n.set_language(qapp, request.param)
    win = MainWindow(db.path)
    qtbot.addWidget(win)
    win.resize(SMALL)
    win.show()
    qtbot.waitExposed(win)
    return win


def settle(qtbot: Any) -> None:
    """Let queued layout work (the column fitters' deferred fits) run."""
    for _ in range(3):
        qtbot.wait(1)


def out_of_view(table: QTableView, columns: Sequence[int]) -> list[str]:
    """The key columns that are hidden, empty or not wholly inside the viewport."""
    header = table.horizontalHeader()
    width = table.viewport().width()
    problems = []
    for column in columns:
        name = table.model().headerData(column, header.orientation())
        position, size = header.sectionViewportPosition(column), header.sectionSize(column)
        if header.isSectionHidden(column) or size <= 0:
            problems.append(f"{name}: hidden")
        elif position < 0 or position + size > width:
            problems.append(f"{name}: {position}+{size} outside 0..{width}")
    return problems


def uncut(table: QTableView, column: int) -> bool:
    """The column is as wide as its widest text (nothing elided)."""
    return table.sizeHintForColumn(column) <= table.horizontalHeader().sectionSize(column)


def test_the_window_takes_exactly_the_small_screen(window: MainWindow) -> None:
    assert window.size() == SMALL


def test_classes_page_keeps_size_ages_and_ratio_in_view(qtbot: Any, window: MainWindow) -> None:
    page = window.show_page("classes").classes
    settle(qtbot)
    m = ClassTableModel
    assert page.model.rowCount() == len(CLASSES)
    assert out_of_view(page.table, [m.NAME, m.TYPE, m.SIZE, m.AGES, m.RATIO]) == []
    assert uncut(page.table, m.RATIO) and uncut(page.table, m.SIZE)
    assert page.table.horizontalScrollBar().maximum() == 0


def test_classes_page_keeps_them_in_view_with_a_class_selected(
    qtbot: Any, window: MainWindow, seeded: dict[str, int]
) -> None:
    page = window.show_page("classes").classes
    last = page.model.row_of(seeded[CLASSES[-1][0]])
    page.table.setCurrentIndex(page.model.index(last, 0))
    settle(qtbot)
    assert page.selected() is not None and page.selected().id == seeded[CLASSES[-1][0]]
    chosen = page.table.visualRect(page.model.index(last, 0))
    assert page.table.viewport().rect().contains(chosen)  # the chosen row is not covered
    m = ClassTableModel
    assert out_of_view(page.table, [m.NAME, m.TYPE, m.SIZE, m.AGES, m.RATIO]) == []
    assert page.detail_labels["ratio"][1].isVisible()
    assert not page.detail_labels["ratio"][1].visibleRegion().isEmpty()


def test_dashboard_cards_show_their_texts_whole(qtbot: Any, window: MainWindow) -> None:
    page = window.show_page("dashboard")
    settle(qtbot)
    cards = [card for card in page.cards if card.isVisible()]
    assert len(cards) == 4
    for card in cards:
        for label in (card.label, card.target, card.detail):
            advance = label.fontMetrics().horizontalAdvance(label.text())
            assert advance <= label.contentsRect().width(), label.text()
        assert card.elided_texts() == []
    assert page.scroll.horizontalScrollBar().maximum() == 0


def test_children_page_keeps_its_key_columns_in_view(qtbot: Any, window: MainWindow) -> None:
    page = window.show_page("children")
    settle(qtbot)
    keys = page.model.KEYS
    key_columns = [keys.index(k) for k in ("name", "sex", "birth_date", "class_name", "status")]
    assert page.model.rowCount() == 3 * len(CLASSES)
    assert out_of_view(page.table, key_columns) == []
    assert page.table.horizontalScrollBar().maximum() == 0


def test_attendance_register_keeps_every_column_in_view(
    qtbot: Any, window: MainWindow, seeded: dict[str, int]
) -> None:
    page = window.show_page("classes").show_attendance()
    assert page.set_class(seeded[CLASSES[0][0]]) and page.set_day(DAY)
    settle(qtbot)
    m = RegisterModel
    assert page.model.rowCount() == 3
    assert out_of_view(page.table, [m.NAME, m.STATUS, m.ILLNESS, m.FOLLOW_UP]) == []
    assert page.table.horizontalScrollBar().maximum() == 0
    assert page.save_button.isVisible() and page.print_button.isVisible()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_wide_window_shows_the_secondary_columns_again(
    qapp: QApplication, qtbot: Any, db: Any, seeded: Any, lang: str
) -> None:
    i18n.set_language(qapp, lang)
    win = MainWindow(db.path)
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    page = win.show_page("children")
    settle(qtbot)
    header = page.table.horizontalHeader()
    pinyin = page.model.KEYS.index("pinyin")
    assert header.isSectionHidden(pinyin)
    win.resize(1900, 1000)
    qtbot.waitUntil(lambda: not header.isSectionHidden(pinyin), timeout=2000)
    every = range(page.model.columnCount())
    assert out_of_view(page.table, every) == []
