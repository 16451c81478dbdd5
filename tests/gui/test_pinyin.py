"""Pinyin in the GUI: the child dialog's pinyin field (prefilled from the name, corrected by
typing, reset to the automatic reading, checked inline) and the settings page's 姓氏读音 section
(add, refuse, remove; every automatic reading follows)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from operator_app.gui.dialogs.child_dialog import ChildDialog
from operator_app.gui.views.settings_page import SettingsPage
from operator_app.services import audit, children, surnames
from operator_app.storage.records import SurnameRecord
from tests.gui.children_support import TODAY, make_child, months_ago, resident_id, type_into


def open_dialog(qtbot: Any, child_id: int | None = None) -> ChildDialog:
    dialog = ChildDialog(child_id, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog, timeout=3000):
        dialog.show()
        dialog.activateWindow()
    return dialog


def fill_child(qtbot: Any, dialog: ChildDialog, name: str) -> None:
    form = dialog.form
    type_into(qtbot, form.nameEdit, name)
    qtbot.keyClicks(form.idNumberEdit, resident_id(months_ago(15), male=True))
    form.guardianTable.item(0, 0).setText("李丽")
    form.guardianTable.item(0, 2).setText("13800138000")


def retype(qtbot: Any, edit: Any, text: str) -> None:
    """Select all and type over it, as a user does (textEdited, not setText)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def save(qtbot: Any, dialog: ChildDialog) -> None:
    button = dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def stored(child_id: int) -> tuple[str, str, bool]:
    detail = children.get_child(child_id)
    return detail.pinyin, detail.given_pinyin, detail.pinyin_manual


# --- the child dialog --------------------------------------------------------------------------


def test_the_pinyin_follows_the_name_until_corrected(qtbot: Any, db: Any) -> None:
    dialog = open_dialog(qtbot)
    form = dialog.form
    fill_child(qtbot, dialog, "乐嘉")
    assert form.pinyinEdit.text() == "yue jia"
    assert not form.pinyinResetButton.isEnabled()
    retype(qtbot, form.pinyinEdit, "Le4 jia1")
    assert form.pinyinLabel.text() == "首字母 lj；已手动更正，修改姓名或姓氏读音表不会改变它"
    assert form.pinyinResetButton.isEnabled()
    type_into(qtbot, form.nameEdit, "乐")  # the name changes: the correction is not overwritten
    assert form.pinyinEdit.text() == "Le4 jia1"
    assert form.pinyinLabel.text() == "“乐嘉乐”应有 3 个音节，填写了 2 个"  # checked as typed
    qtbot.keyClick(form.nameEdit, Qt.Key.Key_Backspace)
    save(qtbot, dialog)
    assert dialog.result() == ChildDialog.DialogCode.Accepted
    assert stored(dialog.saved_id) == ("lejia", "jia", True)


def test_a_correction_is_kept_on_edit_and_reset_returns_to_the_automatic_reading(
    qtbot: Any, db: Any
) -> None:
    child_id = make_child("乐嘉", months_ago(18))
    dialog = open_dialog(qtbot, child_id)
    retype(qtbot, dialog.form.pinyinEdit, "le jia")
    save(qtbot, dialog)
    assert stored(child_id) == ("lejia", "jia", True)

    dialog = open_dialog(qtbot, child_id)  # opened again: the correction is shown and kept
    form = dialog.form
    assert form.pinyinEdit.text() == "le jia"
    assert form.pinyinResetButton.isEnabled()
    form.noteEdit.setPlainText("花生过敏")
    save(qtbot, dialog)
    assert stored(child_id) == ("lejia", "jia", True)
    assert children.get_child(child_id).data.note == "花生过敏"

    dialog = open_dialog(qtbot, child_id)
    qtbot.mouseClick(dialog.form.pinyinResetButton, Qt.MouseButton.LeftButton)
    assert dialog.form.pinyinEdit.text() == "yue jia"
    assert dialog.form.pinyinLabel.text().startswith("首字母 yj；按姓氏读音表自动生成")
    save(qtbot, dialog)
    assert stored(child_id) == ("yuejia", "jia", False)


def test_a_bad_pinyin_is_refused_at_the_field_and_nothing_is_saved(qtbot: Any, db: Any) -> None:
    dialog = open_dialog(qtbot)
    form = dialog.form
    fill_child(qtbot, dialog, "乐嘉")
    retype(qtbot, form.pinyinEdit, "lejia9")
    assert form.pinyinLabel.text() == "只能填写拼音字母（可带声调）和空格，不能包含“9”"
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text() == "拼音：只能填写拼音字母（可带声调）和空格，不能包含“9”"
    assert form.pinyinEdit.hasFocus()
    assert children.count("", children.Scope.ALL) == 0
    assert audit.count("child.create") == 0


def test_the_dialog_reads_with_the_users_surname_table(qtbot: Any, db: Any) -> None:
    surnames.set_reading("覃", "tan")
    dialog = open_dialog(qtbot)
    type_into(qtbot, dialog.form.nameEdit, "覃小雨")
    assert dialog.form.pinyinEdit.text() == "tan xiao yu"


# --- the settings page's 姓氏读音 section --------------------------------------------------------


@pytest.fixture
def page(qtbot: Any, institution: Any) -> SettingsPage:
    page = SettingsPage()
    qtbot.addWidget(page)
    with qtbot.waitActive(page, timeout=3000):
        page.show()
        page.activateWindow()
    page.refresh()
    return page


def test_the_section_notes_the_built_in_readings(page: SettingsPage) -> None:
    section = page.surnames
    assert section.table.rowCount() == 0
    note = section.defaults.text()
    assert note.startswith("内置读音（没有自定义读音时使用）：")
    for entry in ("曾 zeng", "单 shan", "解 xie", "乐 yue", "覃 qin", "区 ou", "欧阳 ouyang"):
        assert entry in note.split("：", 1)[1].split("、"), entry


def test_adding_a_reading_rereads_the_children(qtbot: Any, page: SettingsPage) -> None:
    child_id = make_child("覃小雨", months_ago(18))
    assert stored(child_id) == ("qinxiaoyu", "xiaoyu", False)
    section = page.surnames
    type_into(qtbot, section.surname_edit, "覃")
    type_into(qtbot, section.reading_edit, "Tán")  # á committed by the input method
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert stored(child_id) == ("tanxiaoyu", "xiaoyu", False)
    assert section.message.text() == "已保存“覃”的读音，1 名幼儿、0 名员工的拼音已更新"
    rows = [[section.table.item(0, c).text() for c in range(3)]]
    assert rows == [["覃", "tan", "qin"]]
    assert (section.surname_edit.text(), section.reading_edit.text()) == ("", "")
    assert audit.count("surname.set") == 1
    assert [r[1] for r in children.page("tanx", children.Scope.ALL)] == ["覃小雨"]


def test_a_bad_reading_shows_the_field_and_reason_and_saves_nothing(
    qtbot: Any, page: SettingsPage
) -> None:
    child_id = make_child("覃小雨", months_ago(18))
    section = page.surnames
    type_into(qtbot, section.surname_edit, "覃")
    qtbot.keyClicks(section.reading_edit, "tan qin")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert section.message.text() == "读音：“覃”应有 1 个音节，填写了 2 个"
    assert section.reading_edit.hasFocus()
    assert section.reading_edit.selectedText() == "tan qin"
    assert SurnameRecord.select().count() == 0
    assert section.table.rowCount() == 0
    assert stored(child_id) == ("qinxiaoyu", "xiaoyu", False)
    assert audit.count("surname.set") == 0


def test_a_bad_surname_puts_the_cursor_in_the_surname(qtbot: Any, page: SettingsPage) -> None:
    section = page.surnames
    qtbot.keyClicks(section.surname_edit, "Qin")
    qtbot.keyClicks(section.reading_edit, "tan")
    qtbot.keyClick(section.reading_edit, Qt.Key.Key_Return)
    assert section.message.text() == "姓氏：只能填写汉字"
    assert section.surname_edit.hasFocus()
    assert SurnameRecord.select().count() == 0


def test_removing_the_selected_reading_restores_the_built_in_one(
    qtbot: Any, page: SettingsPage
) -> None:
    surnames.set_reading("覃", "tan")
    surnames.set_reading("单于", "chan yu")
    child_id = make_child("覃小雨", months_ago(18))
    page.refresh()
    section = page.surnames
    assert [section.table.item(r, 0).text() for r in range(2)] == ["单于", "覃"]
    assert not section.remove_button.isEnabled()
    section.table.selectRow(1)
    assert section.remove_button.isEnabled()
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert section.message.text() == "已删除“覃”的读音，1 名幼儿、0 名员工的拼音已更新"
    assert [section.table.item(r, 0).text() for r in range(section.table.rowCount())] == ["单于"]
    assert stored(child_id) == ("qinxiaoyu", "xiaoyu", False)
    assert audit.count("surname.remove") == 1
