"""Long work off the GUI thread: PDFs, imports, exports.

Why: a roster of hundreds of pages or an import of thousands of rows must not freeze the window.
A job is a plain function ``fn(progress, cancel)`` from the headless core; it runs on a
``QThreadPool`` and reports through a ``QObject`` bridge (progressed / succeeded / failed).
A progress dialog appears only after ~500 ms, updates at most ~10 times a second, and its
button sets the cancel token. Writers share one single-thread pool so two jobs never write the
database at once. Jobs never touch widgets: only the slots on the GUI thread do.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from operator_app.storage.db import close_database

Progress = Callable[[int, int, str], None]
JobFn = Callable[[Progress, "CancelToken"], Any]

SHOW_AFTER_MS = 500
MIN_UPDATE_SECONDS = 0.1

_writer_pool: QThreadPool | None = None


class CancelToken:
    """Set from the GUI thread, read by the job (the reports accept anything with is_set)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()


class JobSignals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: JobFn, signals: JobSignals, cancel: CancelToken) -> None:
        super().__init__()
        self.fn, self.signals, self.cancel = fn, signals, cancel
        self._last = 0.0

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancel)
        except Exception as exc:  # reported to the GUI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            close_database()  # this worker thread's own connection (peewee keeps one per thread)

    def _progress(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= MIN_UPDATE_SECONDS:
            self._last = now
            self.signals.progressed.emit(done, total, label)


class Job(QObject):
    """A running job; keep a reference until it ends (``start_job`` parents it to the widget)."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        super().__init__(parent)
        self._on_success, self._on_failure = on_success, on_failure
        self.signals = JobSignals(self)
        self.cancel = CancelToken()
        self.dialog = QProgressDialog(title, self.tr("取消"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel.set)
        self.dialog.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dialog.show)
        self.signals.progressed.connect(self._on_progress)
        # Slots of this GUI-thread object: Qt queues the worker's emits to the GUI thread.
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if label:
            self.dialog.setLabelText(label)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._end()
        self._on_success(result)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._end()
        self._on_failure(error)  # type: ignore[arg-type]

    def _end(self) -> None:
        self._timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.finished.emit()
        self.deleteLater()


def writer_pool() -> QThreadPool:
    """One thread for every job that writes, so writes never overlap."""
    global _writer_pool
    if _writer_pool is None:
        _writer_pool = QThreadPool()
        _writer_pool.setMaxThreadCount(1)
    return _writer_pool


def start_job(
    parent: QWidget,
    title: str,
    fn: JobFn,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    writes: bool = False,
) -> Job:
    """Run ``fn`` in the background; the callbacks run on the GUI thread."""
    job = Job(parent, title, on_success, on_failure)
    pool = writer_pool() if writes else QThreadPool.globalInstance()
    job._timer.start(SHOW_AFTER_MS)
    pool.start(_Runnable(fn, job.signals, job.cancel))
    return job
