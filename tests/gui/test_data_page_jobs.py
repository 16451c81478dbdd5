"""Backup, restore and the data check run as background jobs from the data page: the work runs
off the GUI thread, progress reaches the GUI from start to end, the page shows the outcome, and
after a restore every page shows the restored data."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from operator_app.domain.enums import ClassType
from operator_app.gui import jobs
from operator_app.gui.views.data_page import DataPage
from operator_app.services import audit, backup, checks, classes
from operator_app.storage.records import GuardianRecord
from tests.gui.children_support import enrolled, make_class, months_ago


@pytest.fixture
def page(qtbot: Any, institution: Any, data_dir: Path) -> DataPage:
    widget = DataPage()
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> dict[str, bool]:
    """Wrap the real services (never replace them) to see which thread ran each one."""
    seen: dict[str, bool] = {}
    for module, name in ((backup, "backup_to"), (backup, "restore_from"), (checks, "run_all")):
        real = getattr(module, name)

        def counted(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            seen[_name] = threading.current_thread() is threading.main_thread()
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
    return seen


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )


def wait(qtbot: Any, job: jobs.Job | None) -> jobs.Job:
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    return job


def page_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("PRAGMA page_count").fetchone()[0])
    finally:
        con.close()


def class_names(window: Any) -> list[str]:
    model = window.show_page("classes").classes.model
    return [model.summary(row).name for row in range(model.rowCount())]


def test_backup_runs_in_the_background_with_progress_from_start_to_end(
    qtbot: Any, page: DataPage, threads: dict[str, bool]
) -> None:
    job = page.make_backup()
    assert not page.backup_button.isEnabled(), "one job at a time from the page"
    wait(qtbot, job)

    assert threads == {"backup_to": False}, "the copy ran on a worker thread"
    [made] = backup.list_backups()
    total = page_count(made) + 2
    assert job.reported[0] == (0, total, "正在复制数据库…")
    assert job.reported[-1] == (total, total, "备份完成")
    assert page.status.text() == f"已备份到 {made}（{made.stat().st_size // 1024} KB）"
    assert [page.backups.item(i).text() for i in range(page.backups.count())] == [made.name]
    assert page.audit_table.item(0, 2).text() == f"备份数据库到 {made.name}"
    assert page.backup_button.isEnabled()


def test_check_runs_in_the_background_and_lists_the_findings(
    qtbot: Any, page: DataPage, threads: dict[str, bool]
) -> None:
    klass = make_class("小一班", ClassType.SMALL)
    child = enrolled("张小明", months_ago(18), klass)
    GuardianRecord.delete().where(GuardianRecord.child == child).execute()  # outside the app

    job = wait(qtbot, page.run_check())

    assert threads == {"run_all": False}
    assert job.reported[0] == (0, 2, "正在检查数据库完整性…")
    assert job.reported[-1] == (2, 2, "检查完成")
    assert page.status.text() == "检查完成：0 个错误，2 个提醒"
    assert [page.findings.item(i).text() for i in range(page.findings.count())] == [
        "提醒：班级“小一班”在班 1 人，需合格保育人员 1 名，现有 0 名",
        "提醒：在托幼儿 张小明 没有登记监护人",
    ]


def test_a_sound_database_checks_clean(qtbot: Any, page: DataPage) -> None:
    wait(qtbot, page.run_check())
    assert page.status.text() == "检查完成：数据库完好，未发现问题。"
    assert page.findings.count() == 0


def test_restore_runs_in_the_background_and_every_page_shows_the_restored_data(
    qtbot: Any, main_window: Any, threads: dict[str, bool], confirm: None
) -> None:
    kept = make_class("小一班", ClassType.SMALL)
    enrolled("张小明", months_ago(18), kept)
    data = main_window.show_page("data")
    wait(qtbot, data.make_backup())
    [saved] = backup.list_backups()
    later = make_class("小二班", ClassType.SMALL)
    enrolled("李小红", months_ago(16), later, male=False)
    assert class_names(main_window) == ["小一班", "小二班"]

    main_window.show_page("data")
    job = wait(qtbot, data.restore(str(saved)))

    assert threads["restore_from"] is False
    assert job.reported[0] == (0, backup.RESTORE_STEPS, "正在检查备份文件…")
    assert job.reported[-1] == (backup.RESTORE_STEPS, backup.RESTORE_STEPS, "恢复完成")
    assert data.status.text().startswith("已恢复。恢复前的数据已另存为 ")
    assert data.audit_table.item(0, 2).text().startswith(f"从备份 {saved.name} 恢复数据库")
    # The log is the restored file's (nothing of 小二班) plus the restore, shown newest first.
    recent = audit.recent(50)
    assert recent[0].action == "backup.restore"
    assert not any("小二班" in e.summary or "李小红" in e.summary for e in recent)
    shown = min(3, data.audit_table.rowCount())
    assert [data.audit_table.item(r, 2).text() for r in range(shown)] == [
        e.summary for e in recent[:shown]
    ]
    assert class_names(main_window) == ["小一班"]
    children_page = main_window.show_page("children")
    model = children_page.model
    assert [model.data(model.index(r, model.NAME)) for r in range(model.rowCount())] == ["张小明"]
    assert main_window.windowTitle() == "托育机构管理 — 重庆市渝中区小树苗托育中心"


def test_a_foreign_file_is_refused_and_nothing_changes(
    qtbot: Any, page: DataPage, tmp_path: Path, confirm: None
) -> None:
    classes.create_class("小一班", ClassType.SMALL)
    junk = tmp_path / "not-a-backup.sqlite3"
    junk.write_bytes(b"this is not a database" * 10)
    wait(qtbot, page.restore(str(junk)))
    assert page.status.text() == (
        f"文件 {junk} 不是 SQLite 数据库文件（可能已损坏或不是备份文件），未做任何修改。"
    )
    assert [s.name for s in classes.list_classes()] == ["小一班"]
    assert audit.count("backup.restore") == 0


def test_cancelling_a_backup_leaves_no_file(
    qtbot: Any, page: DataPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = backup.backup_to
    started, clicked = threading.Event(), threading.Event()

    def held(path: Any, progress: Any, cancel: Any) -> Any:
        started.set()
        assert clicked.wait(10)  # the user presses 取消 before the first page is copied
        return real(path, progress, cancel)

    monkeypatch.setattr(backup, "backup_to", held)
    job = page.make_backup()
    assert started.wait(10)
    job.dialog.findChild(QPushButton).click()  # the progress dialog's 取消 button
    clicked.set()
    wait(qtbot, job)
    assert page.status.text() == "已取消，数据未做任何改变。"
    assert backup.list_backups() == []
    assert list(backup.backups_dir().iterdir()) == []
    assert audit.count("backup.create") == 0


def test_no_restore_while_another_job_reads_the_file(
    qtbot: Any, page: DataPage, tmp_path: Path, confirm: None
) -> None:
    saved = backup.backup_to(tmp_path / "saved.sqlite3").path
    classes.create_class("小一班", ClassType.SMALL)
    release = threading.Event()
    printing = jobs.start_job(page, "打印", lambda p, c: release.wait(10), id, id)
    assert page.restore(str(saved)) is None
    assert page.status.text() == "请等其他后台任务（如正在生成的打印文件）结束后再恢复。"
    release.set()
    wait(qtbot, printing)
    wait(qtbot, page.restore(str(saved)))
    assert [s.name for s in classes.list_classes()] == []
