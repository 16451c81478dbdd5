"""The main window: navigation by mouse, keyboard and Ctrl+N; placeholders; menus; status."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget

from operator_app.domain.enums import ClassType
from operator_app.gui import pages
from operator_app.gui.views.placeholder_page import PlaceholderPage
from operator_app.services import classes, dashboard

DIGITS = [
    Qt.Key.Key_1,
    Qt.Key.Key_2,
    Qt.Key.Key_3,
    Qt.Key.Key_4,
    Qt.Key.Key_5,
    Qt.Key.Key_6,
    Qt.Key.Key_7,
    Qt.Key.Key_8,
    Qt.Key.Key_9,
]


def click_nav(qtbot: Any, window: Any, row: int) -> None:
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_pages_are_the_nine_capabilities() -> None:
    assert pages.keys() == [
        "dashboard",
        "classes",
        "children",
        "health",
        "staff",
        "claims",
        "filing",
        "data",
        "settings",
    ]
    assert [p.title for p in pages.PAGES] == [
        "首页",
        "班级",
        "幼儿",
        "健康",
        "员工",
        "补贴申报",
        "备案",
        "数据",
        "设置",
    ]


def test_clicking_each_entry_switches_the_stack(qtbot: Any, main_window: Any) -> None:
    for row, spec in enumerate(pages.PAGES):
        click_nav(qtbot, main_window, row)
        assert main_window.stack.currentIndex() == row
        assert main_window.current_key() == spec.key
        assert main_window.nav.item(row).text() == spec.title


def test_unbuilt_pages_say_what_will_land_there(main_window: Any) -> None:
    health = main_window.page("health")
    assert isinstance(health, PlaceholderPage)
    texts = [label.text() for label in health.findChildren(QLabel)]
    assert "健康档案：将在后续版本提供" in texts
    for spec in pages.PAGES:
        if pages.factory_for(spec.key) is None:
            assert "将在后续版本提供" in main_window.page(spec.key).message()


def test_ctrl_digit_shortcuts_select_pages(qtbot: Any, main_window: Any) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=2000)
    for row, key in reversed(list(enumerate(DIGITS))):
        qtbot.keyClick(main_window, key, Qt.KeyboardModifier.ControlModifier)
        assert main_window.stack.currentIndex() == row


def test_arrow_keys_move_through_the_navigation(qtbot: Any, main_window: Any) -> None:
    main_window.activateWindow()
    main_window.nav.setFocus()
    qtbot.waitUntil(main_window.nav.hasFocus, timeout=2000)
    qtbot.keyClick(main_window.nav, Qt.Key.Key_Down)
    qtbot.keyClick(main_window.nav, Qt.Key.Key_Down)
    assert main_window.current_key() == "children"
    qtbot.keyClick(main_window.nav, Qt.Key.Key_End)
    assert main_window.current_key() == "settings"


class CountingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


def test_a_registered_factory_replaces_the_placeholder_and_is_refreshed_when_shown(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, institution: Any, db: Any
) -> None:
    from operator_app.gui.main_window import MainWindow

    monkeypatch.setattr(pages, "_factories", dict(pages._factories))
    pages.register_page("staff", CountingPage)
    window = MainWindow(db.path)
    qtbot.addWidget(window)
    staff = window.page("staff")
    assert isinstance(staff, CountingPage) and staff.refreshed == 0
    window.show_page("staff")
    window.show_page("dashboard")
    window.show_page("staff")
    assert staff.refreshed == 2


def test_showing_a_page_shows_current_data(qtbot: Any, main_window: Any) -> None:
    """The real pages: data written after the window opened appears when its page is shown."""
    hub = main_window.show_page("classes")
    assert hub.classes.model.rowCount() == 0
    main_window.show_page("dashboard")
    class_id = classes.create_class("托小一班", ClassType.SMALL)
    click_nav(qtbot, main_window, pages.keys().index("classes"))
    assert [s.id for s in hub.classes.model.rows()] == [class_id]


def test_the_home_page_shows_the_services_figures(main_window: Any) -> None:
    home = main_window.page("dashboard")
    expected = dashboard.summary()
    shown = [card for card in home.cards if not card.isHidden()]
    assert [card.value.text() for card in shown] == [kpi.value for kpi in expected.kpis]
    assert shown[0].value.text() == "0 / 60"  # no child yet, 60 filed places
    assert "重庆市渝中区小树苗托育中心" in home.subtitle.text()


def test_register_page_refuses_unknown_keys() -> None:
    with pytest.raises(KeyError):
        pages.register_page("nursery", CountingPage)


def test_title_and_status_bar_name_the_institution_and_file(main_window: Any, db: Any) -> None:
    assert main_window.windowTitle() == "托育机构管理 — 重庆市渝中区小树苗托育中心"
    assert main_window.status_institution.text() == "重庆市渝中区小树苗托育中心"
    assert str(db.path) in main_window.status_database.text()


def test_menus(main_window: Any) -> None:
    titles = [action.text() for action in main_window.menuBar().actions()]
    assert titles == ["文件(&F)", "帮助(&H)"]
    file_items = [a.text() for a in main_window.file_menu.actions() if not a.isSeparator()]
    assert file_items == ["备份(&B)…", "从备份恢复(&R)…", "退出(&X)"]


def test_backup_writes_a_copy(
    qtbot: Any,
    main_window: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    message_boxes: Any,
) -> None:
    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    main_window.backup_action.trigger()
    data = main_window.page("data")
    with qtbot.waitSignal(data.job.finished, timeout=20_000):
        pass
    copy = sqlite3.connect(target)
    try:
        names = copy.execute("SELECT name FROM institution_record").fetchall()
    finally:
        copy.close()
    assert names == [("重庆市渝中区小树苗托育中心",)]
    assert data.status.text().startswith(f"已备份到 {target}")
    assert message_boxes.shown == []  # the outcome is on the data page, not in a message box


def test_backup_cancelled_does_nothing(
    main_window: Any, monkeypatch: pytest.MonkeyPatch, message_boxes: Any
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: ("", ""))
    )
    main_window.backup_action.trigger()
    assert message_boxes.shown == []


def test_about_names_the_data_folder(main_window: Any, message_boxes: Any, data_dir: Path) -> None:
    main_window.about_action.trigger()
    kind, _, text = message_boxes.shown[0]
    assert kind == "about" and str(data_dir) in text


def test_quit_closes_the_window(qtbot: Any, main_window: Any) -> None:
    main_window.quit_action.trigger()
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=2000)
