"""The first-run dialog: typed input reaches the service; the domain's errors come back inline."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog

from operator_app.domain.enums import InstitutionNature
from operator_app.domain.institution import Institution
from operator_app.gui.dialogs.setup_dialog import SetupDialog
from operator_app.services import institution


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


def test_demo_button_fills_the_demo_institution(
    qtbot: Any, dialog: SetupDialog, monkeypatch: pytest.MonkeyPatch, institution: Any
) -> None:
    calls: list[int] = []

    def fill_demo(seed: int, progress: Any = None) -> None:
        calls.append(seed)
        for done in range(3):
            progress(done, 2, "正在生成幼儿")

    fake = types.ModuleType("operator_app.demo.writer")
    fake.fill_demo = fill_demo  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "operator_app.demo.writer", fake)
    monkeypatch.setattr("operator_app.demo.writer", fake, raising=False)

    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.form.demoButton, Qt.MouseButton.LeftButton)
    assert calls == [1]
    assert dialog.used_demo and dialog.saved == institution


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
