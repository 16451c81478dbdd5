"""Saving a new child from the dialog is one service call: child, guardians and consents in one
transaction. The real service functions are wrapped to count the calls, never replaced."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from operator_app.gui.dialogs.child_dialog import ChildDialog
from operator_app.services import audit, children, consent
from operator_app.services.consent import ConsentKind
from operator_app.storage.records import (
    AuditRecord,
    ChildRecord,
    ConsentRecord,
    GuardianRecord,
    database,
)
from tests.gui.children_support import resident_id, type_into

TODAY = date(2026, 3, 10)
BIRTH = date(2024, 11, 5)
WRITERS = (
    (children, "create_child"),
    (children, "update_child"),
    (consent, "give"),
    (consent, "withdraw"),
)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Every call of a writing service: (name, whether a transaction was already open)."""
    seen: list[tuple[str, bool]] = []
    for module, name in WRITERS:
        real = getattr(module, name)

        def counted(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            seen.append((_name, database.in_transaction()))
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
    return seen


@pytest.fixture
def dialog(qtbot: Any, db: Any) -> ChildDialog:
    dlg = ChildDialog(today=TODAY)
    qtbot.addWidget(dlg)
    with qtbot.waitActive(dlg, timeout=3000):
        dlg.show()
        dlg.activateWindow()
    return dlg


def fill_two_guardians(qtbot: Any, dlg: ChildDialog) -> None:
    form = dlg.form
    type_into(qtbot, form.nameEdit, "王小米")
    qtbot.keyClicks(form.idNumberEdit, resident_id(BIRTH, male=False))
    form.guardianTable.item(0, 0).setText("李丽")
    form.guardianTable.item(0, 2).setText("13800138000")
    qtbot.mouseClick(form.addGuardianButton, Qt.MouseButton.LeftButton)
    form.guardianTable.item(1, 0).setText("王强")
    form.guardianTable.item(1, 2).setText("13900139000")


def give(qtbot: Any, dlg: ChildDialog, kind: str, guardian: str, day: QDate) -> None:
    form = dlg.form
    combo = getattr(form, f"{kind}GuardianCombo")
    combo.setEditText(guardian)
    getattr(form, f"{kind}DateEdit").setDate(day)
    qtbot.mouseClick(getattr(form, f"{kind}GiveButton"), Qt.MouseButton.LeftButton)


def save(qtbot: Any, dlg: ChildDialog) -> None:
    button = dlg.form.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_new_child_with_two_guardians_and_both_consents_is_one_call(
    qtbot: Any, dialog: ChildDialog, calls: list[tuple[str, bool]]
) -> None:
    fill_two_guardians(qtbot, dialog)
    form = dialog.form
    form.tabs.setCurrentWidget(form.consentTab)
    assert [form.healthGuardianCombo.itemText(i) for i in range(2)] == ["李丽", "王强"]
    give(qtbot, dialog, "personal", "李丽", QDate(2026, 3, 1))
    give(qtbot, dialog, "health", "王强", QDate(2026, 3, 2))
    assert form.healthStatus.text().startswith("待保存：王强")
    assert calls == [], "pending consents are not written before the child is saved"

    save(qtbot, dialog)

    assert dialog.result() == ChildDialog.DialogCode.Accepted, dialog.error_text()
    # One call from the dialog; the two consents are written inside its transaction.
    assert calls == [("create_child", False), ("give", True), ("give", True)]
    given = {(c.kind, c.guardian_name, c.given_on) for c in consent.list_consents(dialog.saved_id)}
    assert given == {
        (ConsentKind.PERSONAL, "李丽", date(2026, 3, 1)),
        (ConsentKind.HEALTH, "王强", date(2026, 3, 2)),
    }
    assert ChildRecord.select().count() == 1
    assert GuardianRecord.select().count() == 2
    assert ConsentRecord.select().count() == 2
    assert (audit.count("child.create"), audit.count("consent.give")) == (1, 2)
    assert dialog.created == (dialog.saved_id, "王小米")


def test_a_consent_by_someone_not_a_guardian_saves_nothing_and_points_at_it(
    qtbot: Any, dialog: ChildDialog, calls: list[tuple[str, bool]]
) -> None:
    """The consent tab refuses a stranger at once; a guardian renamed after signing is caught
    by the one save call, which then writes nothing."""
    fill_two_guardians(qtbot, dialog)
    form = dialog.form
    form.tabs.setCurrentWidget(form.consentTab)
    give(qtbot, dialog, "personal", "李丽", QDate(2026, 3, 1))
    give(qtbot, dialog, "health", "张三", QDate(2026, 3, 2))
    assert not form.healthStatus.text().startswith("待保存")
    give(qtbot, dialog, "health", "王强", QDate(2026, 3, 2))
    assert form.healthStatus.text().startswith("待保存：王强")
    form.guardianTable.item(1, 0).setText("王刚")

    save(qtbot, dialog)

    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.error_text() == (
        "监护人姓名：王强 不是 王小米 登记的监护人（登记的监护人：李丽、王刚）"
    )
    assert form.tabs.currentWidget() is form.consentTab
    qtbot.waitUntil(form.healthGuardianCombo.hasFocus, timeout=2000)
    assert calls == [("create_child", False)]
    assert ChildRecord.select().count() == 0
    assert GuardianRecord.select().count() == 0
    assert ConsentRecord.select().count() == 0
    assert AuditRecord.select().count() == 0
