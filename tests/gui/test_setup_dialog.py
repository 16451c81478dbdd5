"""The first-run dialog: typed input reaches the service; the domain's errors come back inline."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from operator_app.demo import writer as demo
from operator_app.domain.enums import InstitutionNature
from operator_app.domain.institution import Institution
from operator_app.gui.dialogs.setup_dialog import SetupDialog
from operator_app.services import audit, checks, children, classes, institution
from operator_app.services.children import Scope


@pytest.fixture
def dialog(qtbot: Any, db: Any) -> SetupDialog:
    dlg = SetupDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=2000)
    return dlg


def type_chinese(widget: Any, text: str) -> None:
    """Chinese arrives from an input method as a commit string, not as key presses.

    (QTest.keyClicks aborts on characters without a key code.)
    """
    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus()
    QApplication.sendEvent(widget, event)


def type_spin(qtbot: Any, spin: Any, value: str) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, value)


def fill_valid(qtbot: Any, dlg: SetupDialog, uscc: str) -> None:
    f = dlg.form
    type_chinese(f.nameEdit, "小树苗托育中心")
    qtbot.keyClicks(f.usccEdit, uscc)
    f.natureCombo.setCurrentIndex(f.natureCombo.findData(InstitutionNature.NON_PROFIT.value))
    qtbot.keyClicks(f.divisionCodeEdit, "500103")
    type_chinese(f.principalEdit, "王丽")
    qtbot.keyClicks(f.phoneEdit, "023-63001234")
    type_spin(qtbot, f.placesSpin, "60")
    type_spin(qtbot, f.inclusivePlacesSpin, "40")


def test_bad_uscc_is_named_inline_and_nothing_is_saved(
    qtbot: Any, dialog: SetupDialog, valid_uscc: str
) -> None:
    fill_valid(qtbot, dialog, valid_uscc)
    dialog.form.usccEdit.clear()
    qtbot.keyClicks(dialog.form.usccEdit, "91500103MA60AB2C3X")  # wrong check character
    qtbot.mouseClick(dialog.form.saveButton, Qt.MouseButton.LeftButton)

    assert "统一社会信用代码" in dialog.error_text()
    assert dialog.form.errorLabel.isVisible()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.waitUntil(dialog.form.usccEdit.hasFocus, timeout=2000)
    assert dialog.form.usccEdit.selectedText() == "91500103MA60AB2C3X"
    assert not institution.exists()


def test_error_focuses_the_spin_box_of_the_field(
    qtbot: Any, dialog: SetupDialog, valid_uscc: str
) -> None:
    fill_valid(qtbot, dialog, valid_uscc)
    type_spin(qtbot, dialog.form.inclusivePlacesSpin, "80")  # more than the 60 places
    dialog.form.nameEdit.setFocus()
    qtbot.mouseClick(dialog.form.saveButton, Qt.MouseButton.LeftButton)

    assert dialog.error_text().startswith("普惠托位数")
    qtbot.waitUntil(dialog.form.inclusivePlacesSpin.hasFocus, timeout=2000)
    assert not institution.exists()


def test_valid_input_saves_and_closes_on_enter(
    qtbot: Any, dialog: SetupDialog, valid_uscc: str
) -> None:
    fill_valid(qtbot, dialog, valid_uscc)
    dialog.form.phoneEdit.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.form.phoneEdit, Qt.Key.Key_Return)

    saved = institution.get()
    assert saved == Institution(
        name="小树苗托育中心",
        uscc=valid_uscc,
        nature=InstitutionNature.NON_PROFIT,
        places=60,
        inclusive_places=40,
        division_code="500103",
        principal="王丽",
        phone="023-63001234",
        meals=True,
    )
    assert dialog.saved == saved
    assert not dialog.isVisible()


def test_an_existing_institution_is_loaded_for_editing(qtbot: Any, institution: Any) -> None:
    dlg = SetupDialog(current=institution, offer_demo=False)
    qtbot.addWidget(dlg)
    assert dlg.entered() == institution
    assert dlg.form.demoButton.isHidden()


@pytest.mark.slow
def test_demo_button_fills_the_demo_institution(
    qtbot: Any, dialog: SetupDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real demo builder runs as a background job (a few seconds): Esc waits for it, there
    is no 取消 (one transaction), and the institution, classes and children it writes are in the
    database, sound, and logged once. The builder is wrapped (held until the test has looked at
    the running job), never replaced."""
    threads: list[bool] = []
    checked = threading.Event()
    real = demo.fill_demo

    def held(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        assert checked.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(demo, "fill_demo", held)
    assert not institution.exists()
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.form.demoButton, Qt.MouseButton.LeftButton)
        assert dialog.job is not None and not dialog.form.saveButton.isEnabled()
        assert dialog.job.dialog.findChild(QPushButton) is None, "one transaction: no 取消"
        dialog.reject()  # Esc while the demo is written: the dialog waits
        assert dialog.isVisible()
        job = dialog.job
        checked.set()

    assert threads == [False], "the demo fill ran as a background job"
    assert job.reported and job.reported[-1][0] == job.reported[-1][1]
    assert dialog.used_demo
    assert dialog.saved is not None and dialog.saved == institution.get()
    assert audit.count("demo.fill") == 1
    report = checks.run_all()
    assert report.sound, [f.message for f in report.errors]
    listed = classes.list_classes()
    assert sum(s.enrolled for s in listed) == children.count("", Scope.IN_CARE)


@pytest.mark.usefixtures("institution")
def test_demo_button_on_a_database_in_use_says_why_and_keeps_the_data(
    qtbot: Any, dialog: SetupDialog
) -> None:
    before = institution.get()
    qtbot.mouseClick(dialog.form.demoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=10_000)

    assert dialog.error_text().startswith("无法生成演示数据")
    assert dialog.isVisible() and not dialog.used_demo
    assert audit.count("demo.fill") == 0
    assert institution.get() == before
    assert classes.list_classes() == []


def test_cancel_rejects(qtbot: Any, dialog: SetupDialog) -> None:
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.mouseClick(dialog.form.cancelButton, Qt.MouseButton.LeftButton)
    assert not institution.exists()


def test_tab_order_follows_the_form(qtbot: Any, dialog: SetupDialog) -> None:
    f = dialog.form
    expected = [
        f.usccEdit,
        f.natureCombo,
        f.filingNumberEdit,
        f.addressEdit,
        f.divisionCodeEdit,
        f.principalEdit,
        f.phoneEdit,
        f.placesSpin,
        f.inclusivePlacesSpin,
        f.mealsCheck,
        f.saveButton,
        f.cancelButton,
    ]
    f.nameEdit.setFocus()
    qtbot.waitUntil(f.nameEdit.hasFocus, timeout=2000)
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert widget.hasFocus(), widget.objectName()


def test_the_real_demo_builder_takes_what_the_dialog_passes() -> None:
    import inspect

    from operator_app.demo import writer

    params = inspect.signature(writer.fill_demo).parameters
    assert {"seed", "progress"} <= set(params)
