"""The main window's placement: restored when it fits a screen, else the default (maximized).

QSettings points at the test's folder (tests/gui/conftest.py ``settings_dir``). The offscreen
platform has one 800x800 screen, narrower than the window's minimum, so the screens' available
areas are passed in: a 1400x900 laptop, and a 1920x1080 monitor to its right.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSettings

from operator_app.gui.main_window import MainWindow, default_geometry
from operator_app.gui.preferences import Preferences, WindowPlacement

LAPTOP = QRect(0, 0, 1400, 900)
MONITOR = QRect(1400, 0, 1920, 1080)


def window(qtbot: Any, db: Any, preferences: Preferences) -> MainWindow:
    widget = MainWindow(db.path, preferences=preferences)
    qtbot.addWidget(widget)
    return widget


def test_preferences_live_in_the_test_folder(settings_dir: Path) -> None:
    prefs = Preferences()
    prefs.set_window_placement(WindowPlacement(QRect(10, 20, 300, 200), True))
    assert Path(prefs.settings.fileName()).is_relative_to(settings_dir)
    assert Preferences().window_placement() == WindowPlacement(QRect(10, 20, 300, 200), True)


def test_unreadable_saved_geometry_reads_as_none() -> None:
    prefs = Preferences()
    prefs.settings.setValue("mainWindow/geometry", ["a", "b", "c", "d"])
    assert prefs.window_placement() is None
    prefs.settings.setValue("mainWindow/geometry", [0, 0, 0, 100])
    assert prefs.window_placement() is None
    prefs.clear_window_placement()
    assert prefs.window_placement() is None


def place(qtbot: Any, db: Any, prefs: Preferences, screens: list[QRect]) -> MainWindow:
    win = window(qtbot, db, prefs)
    win.place_on_screen(screens)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_saved_geometry_that_fits_is_restored(qtbot: Any, institution: Any, db: Any) -> None:
    prefs = Preferences()
    saved = QRect(50, 40, 1200, 800)
    prefs.set_window_placement(WindowPlacement(saved, False))
    win = place(qtbot, db, prefs, [LAPTOP])
    assert win.geometry() == saved
    assert not win.isMaximized()


def test_a_geometry_on_the_second_monitor_is_restored_while_it_is_plugged_in(
    qtbot: Any, institution: Any, db: Any
) -> None:
    prefs = Preferences()
    saved = QRect(1500, 100, 1300, 850)
    prefs.set_window_placement(WindowPlacement(saved, False))
    win = place(qtbot, db, prefs, [LAPTOP, MONITOR])
    assert win.geometry() == saved


def test_a_saved_maximized_window_opens_maximized_and_keeps_its_normal_geometry(
    qtbot: Any, institution: Any, db: Any
) -> None:
    prefs = Preferences()
    saved = QRect(60, 50, 1100, 780)
    prefs.set_window_placement(WindowPlacement(saved, True))
    win = place(qtbot, db, prefs, [LAPTOP])
    assert win.isMaximized()
    assert win.normalGeometry() == saved


def test_an_off_screen_geometry_falls_back_to_the_default(
    qtbot: Any, institution: Any, db: Any
) -> None:
    prefs = Preferences()
    # Saved on the monitor, which is unplugged now: only the laptop's screen is left.
    prefs.set_window_placement(WindowPlacement(QRect(1500, 100, 1300, 850), False))
    win = place(qtbot, db, prefs, [LAPTOP])
    assert win.isMaximized()
    assert win.normalGeometry() == QRect(70, 45, 1260, 810)


def test_a_geometry_partly_off_the_screen_falls_back_to_the_default(
    qtbot: Any, institution: Any, db: Any
) -> None:
    prefs = Preferences()
    prefs.set_window_placement(WindowPlacement(QRect(400, 300, 1200, 800), False))
    win = place(qtbot, db, prefs, [LAPTOP])
    assert win.isMaximized()
    assert win.normalGeometry() == default_geometry(LAPTOP)


def test_nothing_saved_opens_maximized(qtbot: Any, institution: Any, db: Any) -> None:
    win = place(qtbot, db, Preferences(), [LAPTOP])
    assert win.isMaximized()
    assert win.normalGeometry() == default_geometry(LAPTOP)


def test_closing_saves_the_geometry_for_the_next_start(
    qtbot: Any, institution: Any, db: Any
) -> None:
    prefs = Preferences()
    win = window(qtbot, db, prefs)
    win.setGeometry(QRect(30, 30, 1100, 760))
    win.show()
    qtbot.waitExposed(win)
    assert win.close()
    fresh = Preferences(QSettings(prefs.settings.fileName(), QSettings.Format.IniFormat))
    assert fresh.window_placement() == WindowPlacement(QRect(30, 30, 1100, 760), False)

    again = window(qtbot, db, fresh)
    again.place_on_screen([LAPTOP])
    assert again.geometry() == QRect(30, 30, 1100, 760)


def test_default_geometry_is_most_of_the_screen_centred() -> None:
    rect = default_geometry(QRect(0, 0, 1400, 900))
    assert rect == QRect(70, 45, 1260, 810)


def test_a_window_without_preferences_saves_nothing(
    qtbot: Any, institution: Any, db: Any, settings_dir: Path
) -> None:
    win = MainWindow(db.path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.close()
    assert Preferences().window_placement() is None
    assert not settings_dir.exists()
