"""The settings page (parameters, one transaction) and the data page (backup, restore, check)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSpinBox

from operator_app.domain.enums import ClassType
from operator_app.gui.views.data_page import DataPage
from operator_app.gui.views.settings_page import SettingsPage
from operator_app.services import audit, backup, classes, settings


def test_settings_page_shows_defaults_and_saves_changes(qtbot: Any, institution: Any) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    page.refresh()
    spin = page.findChild(QSpinBox, "class.small.max_children")
    assert spin.value() == 15
    assert spin.maximum() == 15, "the legal maximum caps the local value"
    assert institution.name in page.institution_label.text()
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "12")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert settings.get("class.small.max_children") == 12
    assert classes.rules()[ClassType.SMALL].max_children == 12
    assert "已保存 1 项参数" in page.message.text()
    assert audit.count("setting.update") == 1


def test_settings_page_refuses_a_bad_value_and_saves_nothing(
    qtbot: Any, institution: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    page.refresh()
    page.editors["class.big.ratio"].setValue(6)
    monkeypatch.setitem(page.editors, "class.infant.ratio", _FakeSpin(0))
    assert page.save() is False
    assert "乳儿班保育人员配比" in page.message.text()
    assert settings.get("class.big.ratio") == 7, "nothing saved when one value is refused"


class _FakeSpin(QSpinBox):
    def __init__(self, value: int) -> None:
        super().__init__()
        self.setRange(-10, 10)
        self.setValue(value)


def test_data_page_backs_up_checks_and_restores(
    qtbot: Any, institution: Any, data_dir: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = DataPage()
    qtbot.addWidget(page)
    page.refresh()
    first = classes.create_class("小一班", ClassType.SMALL)
    assert page.make_backup()
    assert page.backups.count() == 1
    assert "已备份到" in page.status.text()
    classes.create_class("小二班", ClassType.SMALL)

    report = page.run_check()
    assert report.sound
    assert "数据库完好" in page.status.text() or "个提醒" in page.status.text()

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(page.institution_changed, timeout=5000):
        assert page.restore(str(backup.list_backups()[-1]))
    assert [s.id for s in classes.list_classes()] == [first]
    assert "已恢复" in page.status.text()
    # The restored file's log (institution, 小一班) plus the restore itself, newest first.
    assert [e.action for e in audit.recent(10)] == [
        "backup.restore",
        "class.create",
        "institution.create",
    ]
    assert page.audit_table.rowCount() == 3
    assert [page.audit_table.item(row, 2).text() for row in range(3)] == [
        e.summary for e in audit.recent(3)
    ]


def test_data_page_refuses_a_foreign_file(
    qtbot: Any, institution: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = DataPage()
    qtbot.addWidget(page)
    junk = tmp_path / "not-a-backup.sqlite3"
    junk.write_bytes(b"this is not a database" * 10)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    classes.create_class("小一班", ClassType.SMALL)
    assert page.restore(str(junk)) is False
    assert "SQLite" in page.status.text() or "不是" in page.status.text()
    assert len(classes.list_classes()) == 1


def test_file_menu_restore_goes_to_the_data_page_and_asks_for_a_file(
    qtbot: Any, institution: Any, data_dir: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from operator_app.gui.main_window import MainWindow

    asked: list[str] = []

    def fake_open(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(str(args[1]))
        return "", ""  # the user cancels the file dialog: nothing happens

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    window = MainWindow()
    qtbot.addWidget(window)
    window.restore_action.trigger()
    assert window.current_key() == "data"
    assert asked == ["选择备份文件"]
