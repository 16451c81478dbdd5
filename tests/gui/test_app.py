"""The application object and the program flow of run_gui."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication, QDialog

from operator_app.gui import errors, fonts
from operator_app.gui.app import create_app, run_gui
from operator_app.gui.dialogs.setup_dialog import SetupDialog
from operator_app.gui.main_window import MainWindow


def test_create_app_is_idempotent_and_configured(qapp: QApplication) -> None:
    assert create_app([], "zh_CN") is qapp
    assert qapp.organizationName() == "OperatorApp"
    assert qapp.applicationName() == "operator-app"
    assert "QListWidget#navigation" in qapp.styleSheet()


def test_the_bundled_font_renders_chinese(qapp: QApplication) -> None:
    assert fonts.FAMILY in fonts.register_fonts()
    assert QFontInfo(qapp.font()).family() == fonts.FAMILY
    raw = QRawFont.fromFont(qapp.font())
    for char in "托育机构管理𬉼":  # the last one is outside the BMP (8105 list)
        assert raw.supportsCharacter(ord(char)), char


@pytest.fixture
def gui_run(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """run_gui without blocking: exec() returns at once, recording the shown main window."""
    shown: list[Any] = []

    def fake_exec(self: Any = None) -> int:
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield shown
    errors.uninstall_excepthook()
    for window in shown:
        window.close()
        window.deleteLater()


def test_refused_database_shows_why_and_exits_2(
    data_dir: Path, gui_run: list[Any], message_boxes: Any
) -> None:
    not_a_db = data_dir / "notes.sqlite3"
    not_a_db.write_text("购物清单", encoding="utf-8")
    assert run_gui(f"sqlite:///{not_a_db}", "zh_CN") == 2
    kind, title, text = message_boxes.shown[0]
    assert kind == "critical" and title == "无法打开数据库" and "不是 SQLite" in text
    assert not_a_db.read_text(encoding="utf-8") == "购物清单"
    assert gui_run == []


def test_first_run_asks_for_the_institution(
    data_dir: Path, gui_run: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def cancel(self: SetupDialog) -> int:
        asked.append(True)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SetupDialog, "exec", cancel)
    assert run_gui(f"sqlite:///{data_dir / 'new.sqlite3'}", "zh_CN") == 0
    assert asked == [True] and gui_run == []


def test_existing_institution_goes_straight_to_the_main_window(
    institution: Any,
    db: Any,
    gui_run: list[Any],
    fake_dashboard: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(SetupDialog, "exec", lambda self: pytest.fail("setup shown"))
    assert run_gui(f"sqlite:///{db.path}", "zh_CN") == 0
    assert len(gui_run) == 1
    assert gui_run[0].windowTitle() == "托育机构管理 — 重庆市渝中区小树苗托育中心"
    assert (db.path.parent / "logs" / "operator-app.log").exists()
