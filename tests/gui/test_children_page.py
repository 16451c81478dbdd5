"""The children page driven like a user: search as you type, scope, header sorting, keyboard,
and the create / enrol flows through the real dialogs."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from operator_app.domain.enums import ClassType, LeaveReason
from operator_app.gui.dialogs.child_dialog import ChildDialog
from operator_app.gui.dialogs.enrolment_dialogs import EnrolDialog
from operator_app.gui.views.children_page import ChildrenPage
from operator_app.services import enrolment
from operator_app.services.children import Scope
from tests.gui.children_support import (
    TODAY,
    edit_cell,
    enrolled,
    make_child,
    make_class,
    months_ago,
    resident_id,
    type_into,
)

# Today is a fixed day for the services and the pages: nothing depends on the run's date.
pytestmark = pytest.mark.usefixtures("fixed_today")


@pytest.fixture
def roster(db: Any, institution: Any) -> dict[str, int]:
    small = make_class("小一班", ClassType.SMALL)
    ids = {"small": small}
    ids["张三"] = enrolled("张三", months_ago(18), small)
    ids["赵森"] = enrolled("赵森", months_ago(20), small, male=False)
    ids["王小明"] = enrolled("王小明", months_ago(14), small)
    ids["陈晨"] = enrolled("陈晨", months_ago(22), small, start=TODAY - timedelta(days=200))
    enrolment.leave(ids["陈晨"], TODAY - timedelta(days=20), LeaveReason.MOVED)
    ids["李明"] = make_child("李明", months_ago(16), phone="13912345678")
    return ids


@pytest.fixture
def page(qtbot: Any, roster: dict[str, int]) -> ChildrenPage:
    widget = ChildrenPage()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    with qtbot.waitActive(widget, timeout=3000):
        widget.show()
        widget.activateWindow()
    widget.refresh()
    return widget


def names(page: ChildrenPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, model.NAME)) for row in range(model.rowCount())]


def test_page_lists_children_in_care_with_a_count(page: ChildrenPage) -> None:
    assert names(page) == ["王小明", "张三", "赵森"]  # pinyin order: wang, zhang, zhao
    assert page.count_label.text() == "共 3 名幼儿"
    assert page.search.placeholderText() == "搜索姓名、拼音、首字母、证件号或监护人电话"


def test_typing_initials_filters_as_you_type(qtbot: Any, page: ChildrenPage) -> None:
    qtbot.keyClicks(page.search, "z")
    assert names(page) == ["张三", "赵森"]
    qtbot.keyClicks(page.search, "s")
    assert page.model.text == "zs"
    assert names(page) == ["张三", "赵森"]  # zs finds 张三 (and 赵森)
    qtbot.keyClicks(page.search, "ha")  # "zsha" matches nobody
    assert names(page) == []
    assert page.count_label.text() == "共 0 名幼儿"
    page.search.clear()
    qtbot.keyClicks(page.search, "zhang")
    assert names(page) == ["张三"]


def test_search_by_chinese_name_phone_and_id_digits(
    qtbot: Any, page: ChildrenPage, roster: dict[str, int]
) -> None:
    type_into(qtbot, page.search, "小明")
    assert names(page) == ["王小明"]
    page.scope_combo.setCurrentIndex(2)  # 全部
    page.search.clear()
    qtbot.keyClicks(page.search, "23")  # too few digits to mean an ID or a phone
    assert names(page) == []
    assert "至少输入 3 位数字" in page.count_label.text()
    qtbot.keyClicks(page.search, "45678")  # 李明's guardian phone 13912345678
    assert names(page) == ["李明"]


def test_scope_combo_switches_between_in_care_not_in_care_and_all(page: ChildrenPage) -> None:
    combo = page.scope_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["在托", "未在托", "全部"]
    combo.setCurrentIndex(1)
    assert page.model.scope is Scope.LEFT
    assert names(page) == ["陈晨", "李明"]
    combo.setCurrentIndex(2)
    assert len(names(page)) == 5
    assert page.count_label.text() == "共 5 名幼儿"


def test_header_click_sorts_in_sql(qtbot: Any, page: ChildrenPage) -> None:
    header = page.table.horizontalHeader()
    column = page.model.KEYS.index("birth_date")

    def click() -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )

    click()
    order, descending = page.model.order
    assert order == "birth_date"
    # 赵森 is the oldest child in care (20 months), 王小明 the youngest (14 months).
    assert names(page)[0] == ("王小明" if descending else "赵森")
    click()
    assert page.model.order == ("birth_date", not descending)
    assert names(page)[0] == ("赵森" if descending else "王小明")


def test_keyboard_down_from_search_then_enter_edits(qtbot: Any, page: ChildrenPage) -> None:
    page.search.setFocus()
    qtbot.keyClicks(page.search, "wang")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.selected_id() is not None
    assert page.panel.name_label.text().startswith("王小明")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, ChildDialog)
    assert dialog.form.nameEdit.text() == "王小明"
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=2000)
    qtbot.keyClick(page.table, Qt.Key.Key_Up)  # from the first row back to the search box
    assert page.search.hasFocus()


def test_buttons_follow_the_selection(page: ChildrenPage, roster: dict[str, int]) -> None:
    assert not page.edit_button.isEnabled()
    page.select_child(roster["张三"])
    assert page.edit_button.isEnabled() and page.leave_button.isEnabled()
    assert page.transfer_button.isEnabled() and not page.enrol_button.isEnabled()
    page.scope_combo.setCurrentIndex(1)
    page.select_child(roster["李明"])
    assert page.enrol_button.isEnabled() and not page.leave_button.isEnabled()


def test_create_a_child_through_the_dialog_then_it_is_listed(
    qtbot: Any, page: ChildrenPage
) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ChildDialog)
    form = dialog.form
    birth = months_ago(13)
    type_into(qtbot, form.nameEdit, "刘一诺")
    qtbot.keyClicks(form.idNumberEdit, resident_id(birth, male=False))
    assert form.sexCombo.currentText() == "女"  # filled from the ID number
    # The first guardian row exists; type into its cells like a user.
    form.tabs.setCurrentWidget(form.guardiansTab)
    table = form.guardianTable
    for column, text in ((0, "刘洋"), (2, "13700001111")):
        edit_cell(qtbot, table, 0, column, text)
    qtbot.mouseClick(
        form.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.dialog is None, timeout=3000)
    assert names(page) == ["刘一诺"]
    assert page.scope_combo.currentText() == "全部"
    assert page.selected_id() == dialog.saved_id
    assert "已新建幼儿档案：刘一诺" in page.notice.text()
    assert page.enrol_button.isEnabled()


def test_ctrl_n_opens_a_new_child_dialog(qtbot: Any, page: ChildrenPage) -> None:
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.dialog, ChildDialog)
    assert page.dialog.child_id is None
    page.dialog.reject()


def test_enrol_from_the_page(qtbot: Any, page: ChildrenPage, roster: dict[str, int]) -> None:
    page.scope_combo.setCurrentIndex(1)
    assert page.select_child(roster["李明"])
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, EnrolDialog)
    assert dialog.class_combo.currentText() == "小一班（托小班，3/15）"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.dialog is None, timeout=3000)
    assert enrolment.in_care_on(roster["李明"], TODAY) == roster["small"]
    assert "已为 李明 办理入托" in page.notice.text()
    assert "李明" not in names(page)  # no longer "not in care"
    page.scope_combo.setCurrentIndex(0)
    assert "李明" in names(page)
