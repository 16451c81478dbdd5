"""The excepthook logs the traceback and tells the user where the log is."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import qWarning

from operator_app.gui import errors


@pytest.fixture
def hook(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    path = errors.install_excepthook()
    yield path
    errors.uninstall_excepthook()


def raise_and_catch() -> tuple[Any, BaseException, Any]:
    try:
        raise RuntimeError("出错的测试")
    except RuntimeError:
        return sys.exc_info()


def test_unhandled_exception_is_logged_and_shown(
    hook: Path, data_dir: Path, message_boxes: Any
) -> None:
    assert hook == data_dir / "logs" / "operator-app.log"
    assert sys.excepthook is errors.handle_exception
    sys.excepthook(*raise_and_catch())

    log = hook.read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: 出错的测试" in log
    assert "raise_and_catch" in log
    kind, title, text = message_boxes.shown[0]
    assert kind == "critical" and title == "程序错误"
    assert str(hook) in text and "出错的测试" in text


@pytest.mark.qt_log_ignore("a Qt warning for the log")
def test_qt_messages_go_to_the_log(hook: Path) -> None:
    qWarning("a Qt warning for the log")
    logging.getLogger().handlers[-1].flush()
    assert "a Qt warning for the log" in hook.read_text(encoding="utf-8")


def test_uninstall_restores_the_previous_hook(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = sys.excepthook
    errors.install_excepthook()
    errors.install_excepthook()  # idempotent
    errors.uninstall_excepthook()
    assert sys.excepthook is before
