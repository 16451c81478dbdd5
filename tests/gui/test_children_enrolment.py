"""入托 / 转班 / 离托 dialogs and the 升班提醒 batch move, through real widgets: rule violations
are shown and change nothing; an age mismatch can be overridden with a note."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from operator_app.domain.enums import ClassType, LeaveReason
from operator_app.gui.dialogs.enrolment_dialogs import EnrolDialog, LeaveDialog, TransferDialog
from operator_app.gui.views.transitions_dialog import TransitionsDialog, first_of_next_month
from operator_app.services import audit, enrolment, settings
from tests.gui.children_support import (
    TODAY,
    enrolled,
    make_child,
    make_class,
    months_ago,
    outgrowing_birth,
    type_into,
)

# Today is a fixed day for the services and the pages: nothing depends on the run's date.
pytestmark = pytest.mark.usefixtures("fixed_today")


def show(qtbot: Any, dialog: Any) -> Any:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog, timeout=3000):
        dialog.show()
        dialog.activateWindow()
    return dialog


def ok(qtbot: Any, dialog: Any) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def qdate(day: Any) -> QDate:
    return QDate(day.year, day.month, day.day)


@pytest.fixture
def small(db: Any, institution: Any) -> int:
    return make_class("小一班", ClassType.SMALL)


def test_enrol_with_age_mismatch_requires_an_override_note(qtbot: Any, small: int) -> None:
    baby = make_child("婴婴", months_ago(8))  # 8 months: too young for 托小班 (12–24)
    dialog = show(qtbot, EnrolDialog(baby, today=TODAY))
    assert dialog.class_combo.currentText() == "小一班（托小班，0/15）"
    assert "不在托小班" in dialog.fit_label.text()
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.override_box.isVisible()
    assert "月龄 8 个月不在托小班" in dialog.override_reason.text()
    assert "需填写说明" in dialog.error_text()
    assert enrolment.history(baby) == []
    assert not dialog.override_button.isEnabled()
    type_into(qtbot, dialog.override_note, "家长申请，园长同意")
    assert dialog.override_button.isEnabled()
    qtbot.mouseClick(dialog.override_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == EnrolDialog.DialogCode.Accepted
    [period] = enrolment.history(baby)
    assert (period.class_id, period.start, period.note) == (small, TODAY, "家长申请，园长同意")


def test_class_full_is_refused_and_changes_nothing(qtbot: Any, db: Any, institution: Any) -> None:
    tiny = make_class("小小班", ClassType.SMALL, capacity=1)
    enrolled("张三", months_ago(18), tiny)
    other = make_child("李四", months_ago(18))
    dialog = show(qtbot, EnrolDialog(other, today=TODAY))
    dialog.select_class(tiny)
    assert dialog.class_combo.currentText() == "小小班（托小班，1/1）"
    before = audit.count("enrolment.enrol")
    ok(qtbot, dialog)
    assert "已满" in dialog.error_text()
    assert not dialog.override_box.isVisible()
    assert enrolment.history(other) == []
    assert audit.count("enrolment.enrol") == before


def test_inclusive_flag_is_saved(qtbot: Any, small: int) -> None:
    child = make_child("张三", months_ago(18))
    dialog = show(qtbot, EnrolDialog(child, today=TODAY))
    assert dialog.inclusive.isChecked()  # 普惠 by default
    dialog.inclusive.setFocus()
    qtbot.keyClick(dialog.inclusive, Qt.Key.Key_Space)
    dialog.start_edit.setDate(qdate(TODAY + timedelta(days=7)))
    ok(qtbot, dialog)
    [period] = enrolment.history(child)
    assert (period.inclusive, period.start) == (False, TODAY + timedelta(days=7))


def test_leave_date_before_start_is_refused(qtbot: Any, small: int) -> None:
    child = enrolled("张三", months_ago(18), small, start=TODAY - timedelta(days=30))
    dialog = show(qtbot, LeaveDialog(child, today=TODAY))
    dialog.date_edit.setDate(qdate(TODAY - timedelta(days=40)))
    ok(qtbot, dialog)
    assert dialog.error_text().startswith("离托日期：不能早于入托日期")
    assert dialog.date_edit.hasFocus()
    assert enrolment.in_care_on(child, TODAY) == small


def test_leave_with_reason(qtbot: Any, small: int) -> None:
    child = enrolled("张三", months_ago(18), small, start=TODAY - timedelta(days=30))
    dialog = show(qtbot, LeaveDialog(child, today=TODAY))
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData(LeaveReason.MOVED.value))
    type_into(qtbot, dialog.note_edit, "搬到江北")
    dialog.date_edit.setDate(qdate(TODAY - timedelta(days=1)))
    ok(qtbot, dialog)
    [period] = enrolment.history(child)
    assert (period.end, period.leave_reason) == (TODAY - timedelta(days=1), LeaveReason.MOVED)
    assert "搬到江北" in period.note
    assert "最后在托日" in dialog.notice


def test_transfer_moves_the_child(qtbot: Any, small: int) -> None:
    other = make_class("小二班", ClassType.SMALL)
    child = enrolled("张三", months_ago(18), small, start=TODAY - timedelta(days=30))
    dialog = show(qtbot, TransferDialog(child, today=TODAY))
    assert "目前在 小一班" in dialog.intro.text()
    assert dialog.class_combo.count() == 1  # the current class is not offered
    assert dialog.class_combo.currentData() == other
    ok(qtbot, dialog)
    assert enrolment.in_care_on(child, TODAY) == other
    assert enrolment.in_care_on(child, TODAY - timedelta(days=1)) == small


def test_transfer_on_the_start_day_is_refused(qtbot: Any, small: int) -> None:
    make_class("小二班", ClassType.SMALL)
    child = enrolled("张三", months_ago(18), small, start=TODAY)
    dialog = show(qtbot, TransferDialog(child, today=TODAY))
    ok(qtbot, dialog)
    assert dialog.error_text().startswith("转班日期")
    assert enrolment.in_care_on(child, TODAY) == small


@pytest.fixture
def outgrowing(small: int) -> dict[str, int]:
    big = make_class("大一班", ClassType.BIG)
    soon = enrolled("张三", outgrowing_birth(24, 10), small)
    later = enrolled("李四", outgrowing_birth(24, 40), small)
    enrolled("王五", months_ago(14), small)  # far from 24 months
    return {"big": big, "soon": soon, "later": later}


def test_transitions_list_and_batch_move(qtbot: Any, outgrowing: dict[str, int]) -> None:
    dialog = show(qtbot, TransitionsDialog(today=TODAY))
    assert dialog.window_spin.value() == settings.get_int("roster.transition_window_days") == 30
    assert dialog.move_date() == first_of_next_month(TODAY)
    assert [t.child_id for t in dialog.transitions] == [outgrowing["soon"]]
    assert dialog.table.cellWidget(0, 5).currentText() == "大一班（托大班，0/20）"
    dialog.date_edit.setDate(qdate(TODAY + timedelta(days=15)))
    assert dialog.moves() == [(outgrowing["soon"], outgrowing["big"])]
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert dialog.changed
    assert "已为 1 名幼儿批量升班" in dialog.error_text()
    day = TODAY + timedelta(days=15)
    assert enrolment.in_care_on(outgrowing["soon"], day) == outgrowing["big"]


def test_batch_move_is_all_or_nothing(qtbot: Any, outgrowing: dict[str, int]) -> None:
    dialog = show(qtbot, TransitionsDialog(today=TODAY))
    dialog.window_spin.setValue(60)
    assert {t.child_id for t in dialog.transitions} == {outgrowing["soon"], outgrowing["later"]}
    dialog.date_edit.setDate(qdate(TODAY + timedelta(days=15)))
    dialog.set_picked(outgrowing["later"], True)  # not yet 24 months on that day
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert "批量升班未完成，所有幼儿均未调整" in dialog.error_text()
    day = TODAY + timedelta(days=15)
    assert enrolment.in_care_on(outgrowing["soon"], day) != outgrowing["big"]
    assert not dialog.changed


def test_nothing_picked_is_explained(qtbot: Any, outgrowing: dict[str, int]) -> None:
    dialog = show(qtbot, TransitionsDialog(today=TODAY))
    dialog.set_picked(outgrowing["soon"], False)
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text().startswith("请勾选")
