"""The classes page and its dialogs, driven through real widgets on a test database."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from operator_app.domain.children import ChildInput, GuardianInput
from operator_app.domain.enums import ClassType, GuardianRelation, IdType, Sex, StaffRole
from operator_app.domain.identity import make_resident_id
from operator_app.domain.staff import StaffInput
from operator_app.gui.dialogs.class_dialog import CarersDialog, ClassDialog
from operator_app.gui.views.classes_page import ClassesPage, ClassTableModel
from operator_app.services import children, classes, enrolment, staff
from operator_app.storage.records import EnrolmentRecord
from tests.gui.children_support import TODAY

# Today is a fixed day for the services and the pages: nothing depends on the run's date.
pytestmark = pytest.mark.usefixtures("fixed_today")


def type_chinese(widget: QWidget, text: str) -> None:
    """Commit ``text`` as an input method does (QTest cannot type non-ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def child_input(name: str, months: int, number: int) -> ChildInput:
    """A child ``months`` old 30 days ago."""
    birth = TODAY - timedelta(days=30 + months * 31)
    male = number % 2 == 1
    return ChildInput(
        name,
        Sex.MALE if male else Sex.FEMALE,
        birth,
        IdType.RESIDENT,
        make_resident_id("500103", birth, number, male),
        guardians=(GuardianInput(name[0] + "妈妈", GuardianRelation.MOTHER, "13800000000"),),
    )


def add_child(class_id: int, name: str, months: int, number: int) -> int:
    """A child ``months`` old, enrolled in ``class_id`` from 30 days ago."""
    child = children.create_child(child_input(name, months, number))
    enrolment.enrol(child.id, class_id, TODAY - timedelta(days=30))
    return child.id


def add_carer(name: str) -> int:
    return staff.create_staff(
        StaffInput(
            name,
            Sex.FEMALE,
            StaffRole.CARER,
            TODAY - timedelta(days=400),
            health_cert_expires=TODAY + timedelta(days=300),
            background_checked_on=TODAY - timedelta(days=200),
        )
    )


@pytest.fixture
def page(qtbot: Any, institution: object) -> ClassesPage:
    widget = ClassesPage()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def cell(page: ClassesPage, name: str, column: int) -> str:
    model = page.model
    for row in range(model.rowCount()):
        if model.summary(row).name == name:
            return str(model.index(row, column).data())
    raise AssertionError(f"{name} not in the table")


def names(page: ClassesPage) -> list[str]:
    return [page.model.summary(row).name for row in range(page.model.rowCount())]


def open_new_dialog(qtbot: Any, page: ClassesPage) -> ClassDialog:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.class_dialog is not None and page.class_dialog.isVisible(), timeout=3000
    )
    assert page.class_dialog is not None
    return page.class_dialog


def click_save(qtbot: Any, dialog: ClassDialog) -> None:
    button = dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select(qtbot: Any, page: ClassesPage, name: str) -> None:
    row = names(page).index(name)
    rect = page.table.visualRect(page.model.index(row, ClassTableModel.NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected() is not None and page.selected().name == name


def test_empty_institution_invites_to_create(page: ClassesPage) -> None:
    assert page.model.rowCount() == 0
    assert page.empty.isVisible()
    assert not page.edit_button.isEnabled()
    assert not page.close_button.isEnabled()


def test_create_class_capacity_follows_type(qtbot: Any, page: ClassesPage) -> None:
    dialog = open_new_dialog(qtbot, page)
    f = dialog.form
    assert f.typeCombo.currentText() == "乳儿班"
    assert (f.capacitySpin.value(), f.capacitySpin.maximum()) == (10, 10)
    assert "每班最多 10 人" in f.ruleLabel.text()

    qtbot.keyClick(f.typeCombo, Qt.Key.Key_Down)  # 托小班
    qtbot.keyClick(f.typeCombo, Qt.Key.Key_Down)  # 托大班
    assert f.typeCombo.currentText() == "托大班"
    assert (f.capacitySpin.value(), f.capacitySpin.maximum()) == (20, 20)
    assert "24–36 个月" in f.ruleLabel.text()

    type_chinese(f.nameEdit, "托大一班")
    qtbot.keyClicks(f.roomEdit, "201")
    click_save(qtbot, dialog)

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert names(page) == ["托大一班"]
    assert cell(page, "托大一班", ClassTableModel.SIZE) == "0 / 20"
    assert cell(page, "托大一班", ClassTableModel.ROOM) == "201"
    assert page.selected() is not None and page.selected().name == "托大一班"


def test_ctrl_n_opens_the_new_class_dialog(qtbot: Any, page: ClassesPage) -> None:
    page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: page.class_dialog is not None and page.class_dialog.isVisible(), timeout=3000
    )
    assert page.class_dialog.windowTitle() == "新建班级"


def test_capacity_can_never_be_typed_above_the_legal_maximum(qtbot: Any, page: ClassesPage) -> None:
    dialog = open_new_dialog(qtbot, page)
    spin = dialog.form.capacitySpin
    qtbot.keyClick(dialog.form.typeCombo, Qt.Key.Key_Down)  # 托小班: at most 15
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "99")
    assert spin.value() <= 15
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() <= 15

    type_chinese(dialog.form.nameEdit, "托小一班")
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    created = classes.list_classes()[0]
    assert created.capacity <= 15

    # A type change after editing the capacity keeps it, clamped to the new maximum.
    dialog = open_new_dialog(qtbot, page)
    dialog.form.typeCombo.setCurrentIndex(2)  # 托大班, 20
    dialog.form.capacitySpin.setValue(18)
    dialog.form.typeCombo.setCurrentIndex(0)  # 乳儿班, 10
    assert dialog.form.capacitySpin.value() == 10


def test_name_clash_is_shown_in_the_dialog(qtbot: Any, page: ClassesPage) -> None:
    classes.create_class("托小一班", ClassType.SMALL)
    page.refresh()
    dialog = open_new_dialog(qtbot, page)
    qtbot.keyClick(dialog.form.typeCombo, Qt.Key.Key_Down)
    type_chinese(dialog.form.nameEdit, "托小一班")
    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert "已有名为“托小一班”的班级" in dialog.error_text()
    assert dialog.focusWidget() is dialog.form.nameEdit
    assert len(classes.list_classes()) == 1


def test_edit_class(qtbot: Any, page: ClassesPage) -> None:
    class_id = classes.create_class("托小一班", ClassType.SMALL, 12, room="101")
    add_child(class_id, "王小雨", 18, 11)
    add_child(class_id, "李小雪", 18, 12)
    page.refresh()
    select(qtbot, page, "托小一班")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.class_dialog is not None and page.class_dialog.isVisible(), timeout=3000
    )
    dialog = page.class_dialog
    assert dialog is not None
    f = dialog.form
    assert f.nameEdit.text() == "托小一班"
    assert f.capacitySpin.value() == 12
    # Children in the class: no type change, and capacity not below them.
    assert not f.typeCombo.isEnabled()
    assert (f.capacitySpin.minimum(), f.capacitySpin.maximum()) == (2, 15)

    f.roomEdit.selectAll()
    qtbot.keyClicks(f.roomEdit, "B203")
    f.capacitySpin.selectAll()
    qtbot.keyClicks(f.capacitySpin, "14")
    click_save(qtbot, dialog)

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert cell(page, "托小一班", ClassTableModel.ROOM) == "B203"
    assert cell(page, "托小一班", ClassTableModel.SIZE) == "2 / 14"


def test_close_is_refused_while_children_are_in_the_class(
    qtbot: Any, page: ClassesPage, message_boxes: Any
) -> None:
    class_id = classes.create_class("托小一班", ClassType.SMALL)
    add_child(class_id, "王小雨", 18, 11)
    page.refresh()
    select(qtbot, page, "托小一班")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)

    kind, _title, text = message_boxes.shown[-1]
    assert kind == "warning"
    assert "托小一班" in text and "1 名幼儿在班" in text and "转班或办理离托" in text
    assert names(page) == ["托小一班"]
    assert classes.list_classes()[0].closed_on is None


def test_close_an_empty_class_after_confirmation(
    qtbot: Any, page: ClassesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    classes.create_class("托小一班", ClassType.SMALL)
    classes.create_class("托大一班", ClassType.BIG)
    page.refresh()
    asked: list[str] = []

    def yes(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    select(qtbot, page, "托小一班")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)

    assert "关闭班级“托小一班”" in asked[0]
    assert names(page) == ["托大一班"]
    qtbot.mouseClick(page.show_closed, Qt.MouseButton.LeftButton)
    assert set(names(page)) == {"托小一班", "托大一班"}
    assert cell(page, "托小一班", ClassTableModel.NAME) == "托小一班（已关闭）"
    select(qtbot, page, "托小一班")
    assert not page.edit_button.isEnabled() and not page.close_button.isEnabled()


def test_close_cancelled_keeps_the_class(qtbot: Any, page: ClassesPage, message_boxes: Any) -> None:
    classes.create_class("托小一班", ClassType.SMALL)
    page.refresh()
    select(qtbot, page, "托小一班")
    # The shared fixture answers every question with Ok, which is not Yes.
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert message_boxes.shown[-1][0] == "question"
    assert names(page) == ["托小一班"]


def test_assign_carers_updates_the_ratio(qtbot: Any, page: ClassesPage) -> None:
    class_id = classes.create_class("托小一班", ClassType.SMALL)  # 1 carer per 5 children
    for number in range(11, 17):
        add_child(class_id, f"王小{'一二三四五六'[number - 11]}", 18, number)
    add_carer("陈静")
    add_carer("刘芳")
    page.refresh()
    assert cell(page, "托小一班", ClassTableModel.RATIO) == "需 2 名，合格 0 名 ✗"
    row = names(page).index("托小一班")
    colour = page.model.index(row, ClassTableModel.RATIO).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.color().name() == "#c62828"

    select(qtbot, page, "托小一班")
    qtbot.mouseClick(page.carers_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.carers_dialog is not None and page.carers_dialog.isVisible(), timeout=3000
    )
    dialog = page.carers_dialog
    assert isinstance(dialog, CarersDialog)
    assert "至少需要 2 名" in dialog.intro.text()
    for item_row in range(dialog.list.count()):
        dialog.list.setCurrentRow(item_row)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert dialog.count.text() == "已选 2 名"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert cell(page, "托小一班", ClassTableModel.RATIO) == "需 2 名，合格 2 名 ✓"
    assert cell(page, "托小一班", ClassTableModel.CARERS) == "陈静、刘芳"
    assert page.detail_labels["carers"][1].text() == "陈静、刘芳"


def test_full_and_over_capacity_rows_are_highlighted(qtbot: Any, page: ClassesPage) -> None:
    class_id = classes.create_class("托小一班", ClassType.SMALL, 1)
    add_child(class_id, "王小雨", 18, 11)
    page.refresh()
    row = names(page).index("托小一班")
    background = page.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == "#fff4d6"  # full: amber
    assert page.model.index(row, ClassTableModel.SIZE).data() == "1 / 1"

    # Over capacity cannot be reached through the app (enrolment refuses it); data written by
    # an older version or another tool can hold it. Write such a second enrolment directly.
    second = children.create_child(child_input("李小风", 20, 13)).id
    EnrolmentRecord.create(child=second, klass=class_id, start_date=TODAY - timedelta(days=10))
    page.refresh()
    row = names(page).index("托小一班")
    assert page.model.index(row, ClassTableModel.SIZE).data() == "2 / 1"
    background = page.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == "#fde2e1"
    foreground = page.model.index(row, ClassTableModel.SIZE).data(Qt.ItemDataRole.ForegroundRole)
    assert foreground.color().name() == "#c62828"
    select(qtbot, page, "托小一班")
    assert page.detail_labels["size"][1].text() == "2 / 1 人（超额 1 人）"


def test_rules_panel_highlights_the_selected_type(qtbot: Any, page: ClassesPage) -> None:
    classes.create_class("托大一班", ClassType.BIG)
    page.refresh()
    select(qtbot, page, "托大一班")
    band = page.rules_box.findChild(QWidget, "rule_big_1")
    assert band is not None and band.text() == "24–36 个月"
    assert "bold" in band.styleSheet()
    assert page.rules_box.findChild(QWidget, "rule_big_2").text() == "20 人"
    assert page.rules_box.findChild(QWidget, "rule_big_3").text() == "1:7"
    assert "bold" not in page.rules_box.findChild(QWidget, "rule_small_1").styleSheet()


def test_language_switch_keeps_the_selection(
    qtbot: Any, qapp: QApplication, page: ClassesPage
) -> None:
    from operator_app.gui import i18n

    classes.create_class("托大一班", ClassType.BIG)
    classes.create_class("托小一班", ClassType.SMALL)
    page.refresh()
    select(qtbot, page, "托大一班")
    i18n.set_language(qapp, "en")
    qtbot.waitUntil(lambda: page.new_button.text() != "新建班级", timeout=2000)
    assert page.selected() is not None and page.selected().name == "托大一班"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) != "名称"


def test_print_roster_opens_a_preview_of_a_real_pdf(qtbot: Any, page: ClassesPage) -> None:
    class_id = classes.create_class("托小一班", ClassType.SMALL)
    add_child(class_id, "王小雨", 18, 11)
    classes.create_class("托大一班", ClassType.BIG)
    page.refresh()
    select(qtbot, page, "托小一班")

    qtbot.mouseClick(page.print_class_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=5000)
    preview = page.preview
    assert preview is not None and preview.page_count() == 1  # one class of one child
    text = "".join(p.extract_text() for p in PdfReader(preview.path).pages)
    assert "王小雨" in text and "托小一班" in text
    preview.reject()

    qtbot.mouseClick(page.print_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            page.preview is not preview and page.preview is not None and page.preview.isVisible()
        ),
        timeout=5000,
    )
    whole = page.preview
    assert whole is not None
    text = "".join(p.extract_text() for p in PdfReader(whole.path).pages)
    assert "全园" in text and "托大一班" in text and "王小雨" in text
