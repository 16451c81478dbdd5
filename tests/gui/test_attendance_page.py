"""The attendance register, filled from the keyboard and saved through the service."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QWidget

from operator_app.domain.attendance import Mark
from operator_app.domain.children import ChildInput, GuardianInput
from operator_app.domain.enums import (
    AttendanceStatus,
    ClassType,
    GuardianRelation,
    IdType,
    LeaveReason,
    Sex,
)
from operator_app.domain.identity import make_resident_id
from operator_app.gui.views.attendance_page import AttendancePage, RegisterModel
from operator_app.services import attendance, children, classes, consent, enrolment
from operator_app.services.consent import ConsentKind
from operator_app.storage.records import AttendanceMarkRecord

DAY = date(2026, 3, 2)  # a Monday and a working day in the official calendar
START = date(2026, 2, 2)
NAMES = ("陈一一", "李二二", "王三三", "张四四")  # the register sorts by pinyin: this order
NO_HEALTH_CONSENT = "张四四"  # the one child whose guardian gave no health-data consent


def type_chinese(widget: QWidget, text: str) -> None:
    """Commit ``text`` as an input method does (QTest cannot type non-ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def add_child(
    class_id: int, name: str, number: int, start: date = START, health: bool = True
) -> int:
    birth = START - timedelta(days=18 * 31)  # 18 months: fits 托小班
    male = number % 2 == 1
    child = children.create_child(
        ChildInput(
            name,
            Sex.MALE if male else Sex.FEMALE,
            birth,
            IdType.RESIDENT,
            make_resident_id("500103", birth, number, male),
            guardians=(GuardianInput("家长", GuardianRelation.MOTHER, "13800138000"),),
        )
    )
    enrolment.enrol(child.id, class_id, start)
    if health:
        consent.give(child.id, "家长", ConsentKind.HEALTH, start, today=start)
    return child.id


@pytest.fixture
def seeded(institution: object) -> dict[str, int]:
    """托小一班 with four children from START; 托大一班 empty."""
    small = classes.create_class("托小一班", ClassType.SMALL)
    big = classes.create_class("托大一班", ClassType.BIG)
    ids = {"small": small, "big": big}
    for number, name in enumerate(NAMES, start=11):
        ids[name] = add_child(small, name, number, health=name != NO_HEALTH_CONSENT)
    return ids


@pytest.fixture
def page(qtbot: Any, seeded: dict[str, int]) -> AttendancePage:
    widget = AttendancePage()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    assert widget.set_class(seeded["small"])
    assert widget.set_day(DAY)
    widget.activateWindow()
    widget.table.setFocus()
    return widget


def rows(page: AttendancePage) -> list[tuple[str, str, str]]:
    model = page.model
    return [
        (
            str(model.index(r, RegisterModel.NAME).data()),
            str(model.index(r, RegisterModel.STATUS).data()),
            str(model.index(r, RegisterModel.ILLNESS).data()),
        )
        for r in range(model.rowCount())
    ]


def go_to_row(qtbot: Any, page: AttendancePage, row: int) -> None:
    page.table.setCurrentIndex(page.model.index(0, RegisterModel.STATUS))
    for _ in range(row):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == row


def saved_statuses(class_id: int, day: date = DAY) -> dict[str, Mark]:
    register = attendance.register(class_id, day)
    assert register.taken
    return {r.name: r.mark for r in register.rows}


def test_everyone_starts_present(page: AttendancePage) -> None:
    assert rows(page) == [(name, "出勤", "") for name in NAMES]
    assert page.counts_label.text() == "在册 4 人：出勤 4，病假 0，事假 0，未到 0"
    assert "尚未登记" in page.state_label.text()
    assert page.date_edit.date().toPython() == DAY
    assert page.notice.isHidden()
    assert not page.has_unsaved_changes()


def wait_idle(qtbot: Any, page: AttendancePage) -> None:
    qtbot.waitUntil(lambda: page.table.state() == QAbstractItemView.State.NoState, timeout=2000)


def type_in_open_cell(qtbot: Any, page: AttendancePage, column: int, text: str) -> None:
    """The cell ``column`` of the current row is open: type ``text`` and confirm with Enter."""
    assert page.table.state() == QAbstractItemView.State.EditingState
    assert page.table.currentIndex().column() == column
    editor = QApplication.focusWidget()
    type_chinese(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate closes the editor from the loop
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor, timeout=2000)


def test_keyboard_marks_then_save_writes_only_the_exceptions(
    qtbot: Any, page: AttendancePage, seeded: dict[str, int]
) -> None:
    go_to_row(qtbot, page, 1)
    qtbot.keyClick(page.table, Qt.Key.Key_2)  # 病假: the 病因 cell opens for typing
    type_in_open_cell(qtbot, page, RegisterModel.ILLNESS, "发热")
    # Enter moves on to the follow-up the sick leave still needs
    qtbot.waitUntil(lambda: page.table.currentIndex().column() == RegisterModel.FOLLOW_UP)
    type_in_open_cell(qtbot, page, RegisterModel.FOLLOW_UP, "已电话随访")
    wait_idle(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_S)  # 事假 by its initial: the reason cell opens
    type_in_open_cell(qtbot, page, RegisterModel.FOLLOW_UP, "家中有事")
    wait_idle(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    for _ in range(3):  # Space cycles 出勤 → 病假 → 事假 → 未到
        qtbot.keyClick(page.table, Qt.Key.Key_Space)
        if QApplication.focusWidget() is not page.table:  # each absence opens its text cell
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the text the mark needs
    type_in_open_cell(qtbot, page, RegisterModel.FOLLOW_UP, "未请假")
    wait_idle(qtbot, page)
    assert rows(page) == [
        ("陈一一", "出勤", ""),
        ("李二二", "病假", "发热"),
        ("王三三", "事假", ""),
        ("张四四", "未到", ""),
    ]
    assert "（未保存）" in page.counts_label.text()
    assert page.has_unsaved_changes()

    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not page.has_unsaved_changes(), timeout=3000)
    assert page.error.isHidden() and page.not_stored.isHidden()
    assert saved_statuses(seeded["small"]) == {
        "陈一一": Mark(AttendanceStatus.PRESENT),
        "李二二": Mark(AttendanceStatus.SICK, "发热", "已电话随访"),
        "王三三": Mark(AttendanceStatus.PERSONAL, "", "家中有事"),
        "张四四": Mark(AttendanceStatus.ABSENT, "", "未请假"),
    }
    assert "出勤 1 人" in page.saved_label.text()
    assert "已登记" in page.state_label.text()


def test_ctrl_s_while_typing_the_follow_up_keeps_it(
    qtbot: Any, page: AttendancePage, seeded: dict[str, int]
) -> None:
    go_to_row(qtbot, page, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_2)
    type_in_open_cell(qtbot, page, RegisterModel.ILLNESS, "腹泻")
    qtbot.waitUntil(lambda: page.table.currentIndex().column() == RegisterModel.FOLLOW_UP)
    editor = QApplication.focusWidget()
    type_chinese(editor, "待复诊证明")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: attendance.register(seeded["small"], DAY).taken, timeout=3000)
    assert saved_statuses(seeded["small"])["陈一一"] == Mark(
        AttendanceStatus.SICK, "腹泻", "待复诊证明"
    )


def test_save_sends_exactly_the_exceptions(
    qtbot: Any, page: AttendancePage, seeded: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[dict[int, Mark]] = []
    real = attendance.save_register

    def spy(
        class_id: int, day: date, marks: dict[int, Mark], today: date | None = None
    ) -> attendance.SavedRegister:
        sent.append(dict(marks))
        return real(class_id, day, marks, today)

    monkeypatch.setattr(attendance, "save_register", spy)
    go_to_row(qtbot, page, 3)
    qtbot.keyClick(page.table, Qt.Key.Key_4)
    type_in_open_cell(qtbot, page, RegisterModel.FOLLOW_UP, "未请假")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert sent == [{seeded["张四四"]: Mark(AttendanceStatus.ABSENT, "", "未请假")}]


def test_no_illness_field_for_a_child_without_health_consent(
    qtbot: Any, page: AttendancePage, seeded: dict[str, int]
) -> None:
    model = page.model
    illness = model.index(3, RegisterModel.ILLNESS)
    tip = str(illness.data(Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("无健康信息处理同意：")
    assert model.index(2, RegisterModel.ILLNESS).data(Qt.ItemDataRole.ToolTipRole) is None
    go_to_row(qtbot, page, 3)
    qtbot.keyClick(page.table, Qt.Key.Key_2)  # 病假: the follow-up opens, not the illness
    assert not model.flags(illness) & Qt.ItemFlag.ItemIsEditable
    model.set_status(2, AttendanceStatus.SICK)  # 王三三 has the consent: her 病因 can be typed
    assert model.flags(model.index(2, RegisterModel.ILLNESS)) & Qt.ItemFlag.ItemIsEditable
    model.set_status(2, AttendanceStatus.PRESENT)
    assert rows(page)[3] == ("张四四", "病假", "无健康信息处理同意")
    type_in_open_cell(qtbot, page, RegisterModel.FOLLOW_UP, "已电话随访")
    wait_idle(qtbot, page)
    page.table.setCurrentIndex(illness)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on 病因 opens the follow-up instead
    assert page.table.currentIndex().column() == RegisterModel.FOLLOW_UP
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.error.isHidden() and page.not_stored.isHidden()
    assert saved_statuses(seeded["small"])["张四四"] == Mark(
        AttendanceStatus.SICK, "", "已电话随访"
    )


def test_a_diagnosis_already_on_file_without_consent_is_not_saved_again(
    qtbot: Any, page: AttendancePage, seeded: dict[str, int]
) -> None:
    """A mark written before the rule (the old demo) carries an illness with no consent."""
    AttendanceMarkRecord.create(
        child=seeded["张四四"],
        klass=seeded["small"],
        day=DAY,
        status="sick",
        illness="手足口病",
        follow_up="已随访",
    )
    page.refresh()
    assert rows(page)[3] == ("张四四", "病假", "无健康信息处理同意")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.not_stored.isVisible()
    assert page.not_stored.text() == (
        "张四四 在 2026-03-02 没有有效的健康信息处理同意：病假已登记，病因未保存"
    )
    assert saved_statuses(seeded["small"])["张四四"] == Mark(AttendanceStatus.SICK, "", "已随访")
    page.set_day(DAY - timedelta(days=3))
    assert page.not_stored.isHidden()


def test_a_refused_save_selects_the_named_child(
    qtbot: Any, page: AttendancePage, seeded: dict[str, int]
) -> None:
    go_to_row(qtbot, page, 2)
    qtbot.keyClick(page.table, Qt.Key.Key_3)  # 事假: the reason cell opens; leave it empty
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    go_to_row(qtbot, page, 0)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.error.isVisible()
    assert page.error.text() == "缺勤原因：王三三 的事假须写明原因"
    assert page.table.currentIndex().row() == 2
    assert page.table.currentIndex().column() == RegisterModel.FOLLOW_UP
    assert page.table.state() == QAbstractItemView.State.EditingState
    assert page.table.selectionModel().selectedRows()[0].row() == 2
    assert not attendance.register(seeded["small"], DAY).taken


def test_sick_without_illness_is_refused_naming_the_child(
    qtbot: Any, page: AttendancePage, seeded: dict[str, int]
) -> None:
    go_to_row(qtbot, page, 2)
    qtbot.keyClick(page.table, Qt.Key.Key_B)  # 病假 by its initial
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leaves 病因 empty
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.error.isVisible()
    assert "王三三" in page.error.text() and "病因" in page.error.text()
    assert page.table.currentIndex().row() == 2
    assert page.table.currentIndex().column() == RegisterModel.ILLNESS
    assert not attendance.register(seeded["small"], DAY).taken


def test_only_children_enrolled_that_day_are_listed(
    qtbot: Any, page: AttendancePage, seeded: dict[str, int]
) -> None:
    add_child(seeded["small"], "赵五五", 15, start=DAY + timedelta(days=1))
    enrolment.leave(seeded["陈一一"], DAY - timedelta(days=1), LeaveReason.MOVED)
    page.refresh()
    assert [name for name, _, _ in rows(page)] == ["李二二", "王三三", "张四四"]

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.day() == DAY + timedelta(days=1)
    assert [name for name, _, _ in rows(page)] == ["李二二", "王三三", "张四四", "赵五五"]
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert page.day() == DAY - timedelta(days=1)
    assert "陈一一" in [name for name, _, _ in rows(page)]


def test_month_rate_is_shown(qtbot: Any, page: AttendancePage, seeded: dict[str, int]) -> None:
    assert page.rate_label.text() == "—"
    assert page.rate_caption.text() == "2026 年 3 月出勤率"
    attendance.save_register(
        seeded["small"],
        DAY - timedelta(days=3),  # Friday 27 Feb
        {seeded["陈一一"]: Mark(AttendanceStatus.ABSENT, "", "未请假")},
    )
    go_to_row(qtbot, page, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    type_chinese(QApplication.focusWidget(), "回老家")  # the save commits the open cell
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.rate_label.text() == "75.0%"  # March: 3 of 4; February's register not counted
    assert "应出勤 4 人次，实际出勤 3 人次" in page.rate_detail.text()
    page.set_day(DAY - timedelta(days=3))
    assert page.rate_label.text() == "75.0%"  # February: 3 of 4 on the 27th


def test_holiday_notice(page: AttendancePage) -> None:
    page.set_day(date(2026, 10, 1))
    assert page.notice.isVisible()
    assert "2026-10-01 是节假日/休息日" in page.notice.text()
    page.set_day(DAY)
    assert page.notice.isHidden()


def test_calendar_warning_past_the_official_data(
    page: AttendancePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from operator_app.domain import calendar
    from operator_app.gui.views import attendance_page

    beyond = date(calendar.last_official_year() + 1, 3, 1)
    monkeypatch.setattr(attendance_page, "today", lambda: beyond)
    page.refresh()
    assert page.set_day(beyond)
    assert page.calendar_warning.isVisible()
    assert "节假日数据只到" in page.calendar_warning.text()
    assert "节假日数据只到" in page.month_warning.text()


def test_language_switch_keeps_the_marks(
    qtbot: Any, qapp: QApplication, page: AttendancePage
) -> None:
    from operator_app.gui import i18n

    go_to_row(qtbot, page, 2)
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    i18n.set_language(qapp, "en")
    qtbot.waitUntil(lambda: page.save_button.text() == "Save", timeout=2000)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert page.model.status(2) is AttendanceStatus.PERSONAL
    assert page.has_unsaved_changes()


def test_unsaved_changes_guard(
    qtbot: Any, page: AttendancePage, seeded: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[QMessageBox.StandardButton] = []
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    go_to_row(qtbot, page, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_4)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    answers.append(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert "托小一班" in asked[-1] and "2026-03-02" in asked[-1]
    assert page.day() == DAY and page.date_edit.date().toPython() == DAY
    assert rows(page)[0][1] == "未到"

    answers.append(QMessageBox.StandardButton.Cancel)
    page.class_combo.setCurrentIndex(page.class_combo.findData(seeded["big"]))
    assert page.class_id() == seeded["small"]
    assert page.class_combo.currentData() == seeded["small"]

    answers.append(QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.day() == DAY + timedelta(days=1)
    assert not attendance.register(seeded["small"], DAY).taken

    qtbot.keyClick(page.table, Qt.Key.Key_4)
    type_in_open_cell(qtbot, page, RegisterModel.FOLLOW_UP, "未请假")
    answers.append(QMessageBox.StandardButton.Save)
    page.class_combo.setCurrentIndex(page.class_combo.findData(seeded["big"]))
    assert page.class_id() == seeded["big"]
    assert (
        saved_statuses(seeded["small"], DAY + timedelta(days=1))["陈一一"].status
        is AttendanceStatus.ABSENT
    )
    assert not answers


def test_empty_institution(qtbot: Any, institution: object) -> None:
    widget = AttendancePage()
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.empty.text().startswith("还没有班级")
    assert not widget.save_button.isEnabled()
    assert widget.model.rowCount() == 0


def test_print_month_sheet_opens_a_preview(
    qtbot: Any, page: AttendancePage, seeded: dict[str, int]
) -> None:
    attendance.save_register(
        seeded["small"], DAY, {seeded["王三三"]: Mark(AttendanceStatus.SICK, "咳嗽", "已随访")}
    )
    page.refresh()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=5000)
    preview = page.preview
    assert preview is not None and preview.page_count() == 1
    text = PdfReader(preview.path).pages[0].extract_text()
    assert "月度出勤表" in text and "托小一班" in text and "王三三" in text
