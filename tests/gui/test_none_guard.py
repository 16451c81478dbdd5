"""The guard against PySide6 6.12.0 returning None without a reference (see gui/none_guard)."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from operator_app.gui import none_guard


def test_none_is_pinned_where_python_does_not_make_it_immortal(qapp: QApplication) -> None:
    if not none_guard.needed():
        pytest.skip("None is immortal on this Python")
    assert none_guard.apply()
    assert sys.getrefcount(None) > none_guard.PIN // 2


def test_many_null_returns_do_not_exhaust_none(qapp: QApplication, qtbot: Any) -> None:
    before = sys.getrefcount(None)
    for _ in range(20_000):  # four times None's unpinned count at start-up
        QApplication.activeModalWidget()
    assert sys.getrefcount(None) > 0
    assert before - sys.getrefcount(None) <= 20_000


def test_bool_signals_do_not_exhaust_true_and_false(qapp: QApplication) -> None:
    """``Signal(bool).emit`` drops a reference to the bool it sends under PySide6 6.12.0."""
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        flag = Signal(bool)

    emitter = Emitter()
    received: list[bool] = []
    emitter.flag.connect(received.append)
    for i in range(5_000):  # several times True's unpinned count at start-up
        emitter.flag.emit(i % 2 == 0)
    assert received.count(True) == 2_500
    assert sys.getrefcount(True) > 0 and sys.getrefcount(False) > 0
