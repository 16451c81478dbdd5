"""Background jobs: results and errors reach the GUI thread; cancel stops the work."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from operator_app.gui import jobs


def test_result_arrives_on_the_gui_thread(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[Any, bool]] = []
    worker_threads: list[bool] = []

    def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> int:
        worker_threads.append(threading.current_thread() is threading.main_thread())
        for i in range(5):
            progress(i + 1, 5, "步骤")
        return 42

    def ok(result: Any) -> None:
        seen.append((result, threading.current_thread() is threading.main_thread()))

    jobs.start_job(parent, "测试", work, ok, lambda exc: seen.append((exc, False)))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(42, True)]
    assert worker_threads == [False]


def test_failure_is_reported_with_the_exception(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[Exception] = []

    def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> None:
        raise ValueError("坏数据")

    jobs.start_job(parent, "测试", work, lambda r: None, errors.append, writes=True)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "坏数据"


def test_cancel_button_sets_the_token(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    outcome: list[str] = []

    def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> str:
        started.set()
        for _ in range(500):
            if cancel.is_set():
                return "cancelled"
            threading.Event().wait(0.01)
        return "finished"

    job = jobs.start_job(parent, "测试", work, outcome.append, lambda e: outcome.append("error"))
    assert started.wait(5)
    job.dialog.findChild(QPushButton).click()  # the dialog's 取消 button
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]


def test_writers_share_one_thread() -> None:
    assert jobs.writer_pool().maxThreadCount() == 1
    assert jobs.writer_pool() is jobs.writer_pool()


@pytest.mark.parametrize("done,total", [(1, 10), (10, 10)])
def test_progress_throttle_always_passes_the_last_step(done: int, total: int) -> None:
    signals = jobs.JobSignals()
    got: list[tuple[int, int, str]] = []
    signals.progressed.connect(lambda *a: got.append(a))
    runnable = jobs._Runnable(lambda p, c: None, signals, jobs.CancelToken())
    runnable._last = 10**9  # as if an update had just been sent
    runnable._progress(done, total, "x")
    assert got == ([(10, 10, "x")] if done == total else [])
