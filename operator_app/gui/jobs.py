"""Long work off the GUI thread: PDFs, backup, restore, the data check, the demo fill.

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

from operator_app.services import database

Progress = Callable[[int, int, str], None]
JobFn = Callable[[Progress, "CancelToken"], Any]

SHOW_AFTER_MS = 500
MIN_UPDATE_SECONDS = 0.1

_writer_pool: QThreadPool | None = None
_running: set[Job] = set()  # started and not yet ended (kept here, so also alive)


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
            outcome: tuple[Any, object] = (
                self.signals.succeeded,
                self.fn(self._progress, self.cancel),
            )
        except Exception as exc:  # reported to the GUI thread, which shows it
            outcome = (self.signals.failed, exc)
        signal, value = outcome
        try:
            # This worker thread's own connection (peewee keeps one per thread), closed before
            # the GUI hears of the end: a restore swaps the file only when no connection is open.
            database.close()
        finally:
            signal.emit(value)

    def _progress(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= MIN_UPDATE_SECONDS:
            self._last = now
            self.signals.progressed.emit(done, total, label)


class Job(QObject):
    """A running job; keep a reference until it ends (``start_job`` parents it to the widget).

    ``finished`` is emitted once the success or failure callback has run; ``reported`` lists
    the progress updates that reached the GUI thread (after throttling).
    """

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._on_success, self._on_failure = on_success, on_failure
        self.signals = JobSignals(self)
        self.cancel = CancelToken()
        self.reported: list[tuple[int, int, str]] = []  # the progress that reached the GUI
        self.dialog = QProgressDialog(title, self.tr("取消"), 0, 0, parent)
        if not cancellable:  # work that cannot stop half-way (one transaction) offers no button
            self.dialog.setCancelButton(None)
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
        self.reported.append((done, total, label))
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if label:
            self.dialog.setLabelText(label)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._stop()
        try:
            self._on_success(result)
        finally:
            self._end()

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._stop()
        try:
            self._on_failure(error)  # type: ignore[arg-type]
        finally:
            self._end()

    def _stop(self) -> None:
        self._timer.stop()
        self.dialog.hide()

    def _end(self) -> None:
        """After the callback: ``finished`` means the job's outcome has been handled."""
        _running.discard(self)
        self.dialog.deleteLater()
        self.finished.emit()
        self.deleteLater()


def running() -> int:
    """How many jobs are running (a restore waits until none is: each holds a connection)."""
    return len(_running)


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
    cancellable: bool = True,
) -> Job:
    """Run ``fn`` in the background; the callbacks run on the GUI thread.

    ``writes``: on the one writer thread, after any other writing job. ``cancellable``: show a
    取消 button that sets the job's cancel token.
    """
    job = Job(parent, title, on_success, on_failure, cancellable)
    _running.add(job)
    job.destroyed.connect(lambda *_: _running.discard(job))  # its widget went away first
    pool = writer_pool() if writes else QThreadPool.globalInstance()
    job._timer.start(SHOW_AFTER_MS)
    pool.start(_Runnable(fn, job.signals, job.cancel))
    return job
