"""Logging to a rotating file, the one excepthook, and Qt's messages routed into ``logging``.

Why: a manager who sees "程序出错" can only help us by sending a file, so every unhandled
exception is written with its traceback to ``operator-app.log`` in the user log folder and the
dialog tells them where it is. Qt's own warnings go to the same log instead of a console that a
windowed app does not have.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from operator_app import paths

LOG_FILE_NAME = "operator-app.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("operator_app")
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

_handler: RotatingFileHandler | None = None
_previous_hook: Callable[..., Any] | None = None
_previous_qt_handler: Callable[..., Any] | None = None
_showing = False


def setup_logging(level: int = logging.INFO) -> Path:
    """Attach the rotating file handler to the root logger once; return the log file path."""
    global _handler
    path = paths.log_dir() / LOG_FILE_NAME
    if _handler is None:
        _handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        _handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root = logging.getLogger()
        root.addHandler(_handler)
        if root.level == logging.NOTSET or root.level > level:
            root.setLevel(level)
    return Path(_handler.baseFilename)


def install_excepthook() -> Path:
    """Log to file, show a dialog on unhandled exceptions, route Qt messages; return the log."""
    global _previous_hook, _previous_qt_handler
    path = setup_logging()
    if sys.excepthook is not handle_exception:
        _previous_hook = sys.excepthook
        sys.excepthook = handle_exception
        _previous_qt_handler = qInstallMessageHandler(_qt_message)
    return path


def uninstall_excepthook() -> None:
    """Undo :func:`install_excepthook` (tests; a clean shutdown)."""
    global _handler, _previous_hook, _previous_qt_handler
    if sys.excepthook is handle_exception:
        sys.excepthook = _previous_hook or sys.__excepthook__
        qInstallMessageHandler(_previous_qt_handler)
    _previous_hook = _previous_qt_handler = None
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The excepthook: write the traceback to the log, then tell the user where it is."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical(
        "unhandled exception\n%s", "".join(traceback.format_exception(exc_type, exc, tb)).rstrip()
    )
    if _handler is not None:
        _handler.flush()
    _show_dialog(exc, Path(_handler.baseFilename) if _handler else None)


def _show_dialog(exc: BaseException, log_path: Path | None) -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return  # an error while the dialog is up: logged, not stacked
    _showing = True
    try:
        text = QCoreApplication.translate("Errors", "程序发生了意外错误，当前操作可能没有完成。")
        where = QCoreApplication.translate(
            "Errors", "详细信息已写入日志文件：\n{path}\n如需帮助，请把该文件发给技术支持。"
        )
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Errors", "程序错误"),
            f"{text}\n\n{type(exc).__name__}: {exc}\n\n{where.format(path=log_path or '-')}",
        )
    finally:
        _showing = False


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)
    if _previous_qt_handler is not None:  # e.g. pytest-qt's capture stays informed
        _previous_qt_handler(mode, context, message)
