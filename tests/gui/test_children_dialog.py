"""The child dialog: identity with ID-number checks and autofill, guardians, consent, errors
shown inline with the focus on the bad field, and nothing saved on error."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from operator_app.domain.enums import IdType, Sex
from operator_app.domain.identity import make_resident_id
from operator_app.gui.dialogs.child_dialog import ChildDialog, to_date
from operator_app.services import audit, children, consent
from operator_app.services.children import Scope
from operator_app.services.consent import ConsentKind
from tests.gui.children_support import (
    TODAY,
    edit_cell,
    make_child,
    months_ago,
    resident_id,
    type_into,
)

# Today is a fixed day for the services and the pages: nothing depends on the run's date.
pytestmark = pytest.mark.usefixtures("fixed_today")


@pytest.fixture
def new_dialog(qtbot: Any, db: Any) -> ChildDialog:
    dialog = ChildDialog(today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog, timeout=3000):
        dialog.show()
        dialog.activateWindow()
    return dialog


def fill(
    qtbot: Any,
    dialog: ChildDialog,
    name: str,
    id_number: str,
    guardian: tuple[str, str] = ("李丽", "13800138000"),
) -> None:
    form = dialog.form
    type_into(qtbot, form.nameEdit, name)
    qtbot.keyClicks(form.idNumberEdit, id_number)
    form.guardianTable.item(0, 0).setText(guardian[0])
    form.guardianTable.item(0, 2).setText(guardian[1])


def save(qtbot: Any, dialog: ChildDialog) -> None:
    button = dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_resident_id_fills_birth_date_and_sex(qtbot: Any, new_dialog: ChildDialog) -> None:
    form = new_dialog.form
    assert form.sexCombo.currentIndex() == -1
    assert form.birthDateEdit.text() == "未填写"
    birth = months_ago(20)
    qtbot.keyClicks(form.idNumberEdit, resident_id(birth, male=False))
    assert to_date(form.birthDateEdit.date()) == birth
    assert form.sexCombo.currentData() == Sex.FEMALE.value
    assert "已按证件号码填写" in form.idHintLabel.text()


def test_create_saves_child_and_guardian(qtbot: Any, new_dialog: ChildDialog) -> None:
    number = resident_id(months_ago(15), male=True)
    fill(qtbot, new_dialog, "孙悟空", number)
    assert new_dialog.form.pinyinEdit.text() == "sun wu kong"
    assert new_dialog.form.pinyinLabel.text().startswith("首字母 swk；按姓氏读音表自动生成")
    save(qtbot, new_dialog)
    assert new_dialog.result() == ChildDialog.DialogCode.Accepted
    detail = children.get_child(new_dialog.saved_id)
    assert detail.data.id_number == number
    assert [(g.name, g.phone) for g in detail.data.guardians] == [("李丽", "13800138000")]
    assert new_dialog.created == (new_dialog.saved_id, "孙悟空")


def test_invalid_id_shows_message_naming_the_field_and_saves_nothing(
    qtbot: Any, new_dialog: ChildDialog
) -> None:
    good = resident_id(months_ago(15), male=True)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")  # wrong check digit
    fill(qtbot, new_dialog, "孙悟空", bad)
    new_dialog.form.sexCombo.setCurrentIndex(0)
    new_dialog.form.birthDateEdit.setDate(QDate(2025, 1, 1))
    save(qtbot, new_dialog)
    assert new_dialog.isVisible()
    assert new_dialog.error_text().startswith("证件号码：校验位错误")
    assert new_dialog.form.idNumberEdit.hasFocus()
    assert children.count("", Scope.ALL) == 0
    assert audit.count("child.create") == 0


def test_missing_birth_date_is_refused_inline(qtbot: Any, new_dialog: ChildDialog) -> None:
    form = new_dialog.form
    form.idTypeCombo.setCurrentIndex(form.idTypeCombo.findData(IdType.NONE.value))
    assert form.idNoteEdit.isVisible()
    type_into(qtbot, form.nameEdit, "无名")
    form.sexCombo.setCurrentIndex(1)
    save(qtbot, new_dialog)
    assert new_dialog.error_text() == "出生日期：请填写"
    assert form.birthDateEdit.hasFocus()


def test_no_id_needs_a_reason(qtbot: Any, new_dialog: ChildDialog) -> None:
    form = new_dialog.form
    assert not form.idNoteEdit.isVisible()
    form.idTypeCombo.setCurrentIndex(form.idTypeCombo.findData(IdType.NONE.value))
    assert form.idNoteEdit.isVisible() and not form.idNumberEdit.isEnabled()
    type_into(qtbot, form.nameEdit, "小宝")
    form.sexCombo.setCurrentIndex(0)
    form.birthDateEdit.setDate(QDate(2025, 3, 1))
    form.guardianTable.item(0, 0).setText("李丽")
    form.guardianTable.item(0, 2).setText("13800138000")
    save(qtbot, new_dialog)
    assert new_dialog.error_text().startswith("无证件原因")
    assert form.idNoteEdit.hasFocus()
    type_into(qtbot, form.idNoteEdit, "出生证明补办中")
    save(qtbot, new_dialog)
    assert new_dialog.saved_id is not None


def test_bad_guardian_phone_focuses_its_cell(qtbot: Any, new_dialog: ChildDialog) -> None:
    fill(qtbot, new_dialog, "孙悟空", resident_id(months_ago(15), True), ("李丽", "123"))
    save(qtbot, new_dialog)
    form = new_dialog.form
    assert new_dialog.error_text().startswith("第 1 位监护人电话")
    assert form.tabs.currentWidget() is form.guardiansTab
    assert (form.guardianTable.currentRow(), form.guardianTable.currentColumn()) == (0, 2)
    assert children.count("", Scope.ALL) == 0


def test_duplicate_child_is_refused(qtbot: Any, new_dialog: ChildDialog) -> None:
    birth = months_ago(15)
    make_child("孙悟空", birth)
    form = new_dialog.form
    form.idTypeCombo.setCurrentIndex(form.idTypeCombo.findData(IdType.NONE.value))
    type_into(qtbot, form.nameEdit, "孙悟空")
    type_into(qtbot, form.idNoteEdit, "未办理")
    form.sexCombo.setCurrentIndex(0)
    form.birthDateEdit.setDate(QDate(birth.year, birth.month, birth.day))
    form.guardianTable.item(0, 0).setText("李丽")
    form.guardianTable.item(0, 2).setText("13800138000")
    save(qtbot, new_dialog)
    assert "已有同名同出生日期的幼儿" in new_dialog.error_text()
    assert form.nameEdit.hasFocus()
    assert children.count("", Scope.ALL) == 1


def test_unknown_region_is_a_notice_not_an_error(qtbot: Any, new_dialog: ChildDialog) -> None:
    number = make_resident_id("990101", months_ago(15), 11, True)
    fill(qtbot, new_dialog, "孙悟空", number)
    save(qtbot, new_dialog)
    assert new_dialog.saved_id is not None
    assert "地区码 990101" in new_dialog.notice


def test_edit_loads_and_updates(qtbot: Any, db: Any) -> None:
    child_id = make_child("张三", months_ago(18))
    dialog = ChildDialog(child_id, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog, timeout=3000):
        dialog.show()
        dialog.activateWindow()
    form = dialog.form
    assert dialog.windowTitle() == "编辑幼儿档案 - 张三"
    assert form.guardianTable.rowCount() == 1
    qtbot.mouseClick(form.addGuardianButton, Qt.MouseButton.LeftButton)
    table = form.guardianTable
    assert table.indexWidget(table.currentIndex()) is not None  # new name cell open for typing
    edit_cell(qtbot, table, 1, 0, "张伟")
    edit_cell(qtbot, table, 1, 2, "13911112222")
    form.noteEdit.setPlainText("花生过敏")
    save(qtbot, dialog)
    detail = children.get_child(child_id)
    assert [g.name for g in detail.data.guardians] == ["李丽", "张伟"]
    assert detail.data.note == "花生过敏"
    assert dialog.created is None and dialog.changed


def test_consent_give_and_withdraw_for_a_saved_child(
    qtbot: Any, db: Any, message_boxes: Any
) -> None:
    child_id = make_child("张三", months_ago(18))
    dialog = ChildDialog(child_id, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog, timeout=3000):
        dialog.show()
        dialog.activateWindow()
    form = dialog.form
    form.tabs.setCurrentWidget(form.consentTab)
    assert form.healthGuardianCombo.currentText() == "李丽"  # offered from the 监护人 tab
    assert "不能录入健康档案" in form.healthStatus.text()
    assert "个人信息保护法" in form.piplLabel.text()
    qtbot.mouseClick(form.personalGiveButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.healthGiveButton, Qt.MouseButton.LeftButton)
    assert consent.current(child_id, TODAY) == {ConsentKind.PERSONAL, ConsentKind.HEALTH}
    assert form.healthStatus.text().startswith("已同意：李丽")
    assert not form.healthGiveButton.isEnabled()
    assert form.consentHistory.rowCount() == 2
    consent.require_health_consent(child_id, TODAY)

    qtbot.mouseClick(form.healthWithdrawButton, Qt.MouseButton.LeftButton)
    assert message_boxes.shown[-1][0] == "question"  # asked to confirm
    assert consent.current(child_id, TODAY) == {ConsentKind.PERSONAL}
    assert form.healthStatus.text().startswith(f"已于 {TODAY.isoformat()} 撤回")
    assert form.consentHistory.item(0, 3).text() == TODAY.isoformat()
    assert dialog.changed


def test_consent_for_a_new_child_is_recorded_on_save(qtbot: Any, new_dialog: ChildDialog) -> None:
    fill(qtbot, new_dialog, "孙悟空", resident_id(months_ago(15), True))
    form = new_dialog.form
    form.tabs.setCurrentWidget(form.consentTab)
    form.healthDateEdit.setDate(form.healthDateEdit.date().addDays(-3))
    qtbot.mouseClick(form.healthGiveButton, Qt.MouseButton.LeftButton)
    assert form.healthStatus.text().startswith("待保存：李丽")
    save(qtbot, new_dialog)
    [given] = consent.list_consents(new_dialog.saved_id)
    assert (given.kind, given.guardian_name) == (ConsentKind.HEALTH, "李丽")
    assert given.given_on == TODAY - timedelta(days=3)


def test_consent_error_is_shown_inline(qtbot: Any, db: Any) -> None:
    child_id = make_child("张三", months_ago(18))
    dialog = ChildDialog(child_id, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog, timeout=3000):
        dialog.show()
        dialog.activateWindow()
    form = dialog.form
    form.tabs.setCurrentWidget(form.consentTab)
    form.personalGuardianCombo.setEditText("")
    qtbot.mouseClick(form.personalGiveButton, Qt.MouseButton.LeftButton)
    assert dialog.error_text().startswith("监护人姓名")
    assert consent.list_consents(child_id) == []


def test_a_child_without_any_guardian_is_refused(qtbot: Any, new_dialog: ChildDialog) -> None:
    fill(qtbot, new_dialog, "孙悟空", resident_id(months_ago(15), True), ("", ""))
    save(qtbot, new_dialog)
    assert "至少登记一位监护人" in new_dialog.error_text()
    assert new_dialog.saved_id is None
    assert children.count("", Scope.ALL) == 0


def test_consent_by_someone_who_is_not_a_guardian_is_refused(qtbot: Any, db: Any) -> None:
    child_id = make_child("张三", months_ago(18))
    dialog = ChildDialog(child_id, today=TODAY)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.tabs.setCurrentWidget(form.consentTab)
    form.healthGuardianCombo.setEditText("王五")
    qtbot.mouseClick(form.healthGiveButton, Qt.MouseButton.LeftButton)
    assert dialog.error_text() == "监护人姓名：王五 不是 张三 登记的监护人（登记的监护人：李丽）"
    assert consent.list_consents(child_id) == []


def test_a_pending_consent_must_name_a_guardian_of_the_tab(
    qtbot: Any, new_dialog: ChildDialog
) -> None:
    fill(qtbot, new_dialog, "孙悟空", resident_id(months_ago(15), True))
    form = new_dialog.form
    form.tabs.setCurrentWidget(form.consentTab)
    form.healthGuardianCombo.setEditText("唐僧")
    qtbot.mouseClick(form.healthGiveButton, Qt.MouseButton.LeftButton)
    assert new_dialog.error_text() == (
        "监护人姓名：唐僧 不是 孙悟空 登记的监护人（登记的监护人：李丽）"
    )
    assert new_dialog.consent.pending == {}
    assert not form.healthStatus.text().startswith("待保存")
