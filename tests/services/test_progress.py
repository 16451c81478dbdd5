"""Progress and cancel for the long services: backup, restore, the data check, and opening and
closing the database through services.database."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.enums import ClassType
from operator_app.services import audit, backup, checks, database, institution
from operator_app.services.progress import Cancelled
from operator_app.storage import migrations
from operator_app.storage.records import ClassRecord

if TYPE_CHECKING:
    from conftest import Make

Step = tuple[int, int, str]


class Recorder:
    """A progress callback that keeps every call; optionally cancels at a given ``done``."""

    def __init__(self, cancel_at: int | None = None) -> None:
        self.calls: list[Step] = []
        self.cancel = threading.Event()
        self._cancel_at = cancel_at

    def __call__(self, done: int, total: int, label: str) -> None:
        self.calls.append((done, total, label))
        if done == self._cancel_at:
            self.cancel.set()


def page_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("PRAGMA page_count").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def filled(make: Make) -> None:
    institution.save(make.institution_data())
    make.klass("小一班", ClassType.SMALL)


def test_backup_reports_every_step_of_pages(
    filled: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "COPY_STEP_PAGES", 10)
    seen = Recorder()
    info = backup.backup_to(tmp_path / "b.sqlite3", seen)
    pages = page_count(info.path)
    total = pages + 2
    copied = [min(step * 10, pages) for step in range(1, -(-pages // 10) + 1)]
    assert seen.calls == [
        (0, total, "正在复制数据库…"),
        *((done, total, "正在复制数据库…") for done in copied),
        (pages + 1, total, "正在校验备份文件…"),
        (total, total, "备份完成"),
    ]


def test_a_cancelled_backup_leaves_nothing_behind(
    filled: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "COPY_STEP_PAGES", 10)
    seen = Recorder(cancel_at=10)  # after the first ten pages
    target = tmp_path / "out" / "b.sqlite3"
    with pytest.raises(Cancelled):
        backup.backup_to(target, seen, seen.cancel)
    assert seen.calls[-1][0] == 10
    assert list(target.parent.iterdir()) == [], "no backup and no temporary file"
    assert audit.count("backup.create") == 0


def test_restore_reports_its_steps(filled: None, tmp_path: Path) -> None:
    saved = backup.backup_to(tmp_path / "saved.sqlite3").path
    seen = Recorder()
    backup.restore_from(saved, progress=seen)
    total = backup.RESTORE_STEPS
    assert seen.calls == [
        (0, total, "正在检查备份文件…"),
        (1, total, "正在另存当前数据…"),
        (2, total, "正在替换数据库文件…"),
        (3, total, "正在打开恢复的数据库…"),
        (total, total, "恢复完成"),
    ]


def test_a_restore_cancelled_before_the_swap_changes_nothing(
    make: Make, filled: None, tmp_path: Path
) -> None:
    saved = backup.backup_to(tmp_path / "saved.sqlite3").path
    make.klass("小二班", ClassType.SMALL)
    live = database.current_path()
    assert live is not None
    backup.backups_dir()  # the folder itself may be created by the restore
    before = set(live.parent.iterdir())
    seen = Recorder(cancel_at=2)  # the safety copy is made, the swap has not started
    with pytest.raises(Cancelled):
        backup.restore_from(saved, progress=seen, cancel=seen.cancel)
    assert sorted(c.name for c in ClassRecord.select()) == ["小一班", "小二班"]
    assert list(backup.backups_dir().iterdir()) == [], "the safety copy is removed again"
    assert set(live.parent.iterdir()) == before
    assert audit.count("backup.restore") == 0


def test_the_check_reports_each_group_and_can_be_cancelled(filled: None) -> None:
    seen = Recorder()
    report = checks.run_all(progress=seen)
    assert report.sound
    assert seen.calls == [
        (0, 2, "正在检查数据库完整性…"),
        (1, 2, "正在检查业务规则…"),
        (2, 2, "检查完成"),
    ]
    stop = Recorder(cancel_at=0)
    with pytest.raises(Cancelled):
        checks.run_all(progress=stop, cancel=stop.cancel)
    assert stop.calls == [(0, 2, "正在检查数据库完整性…")]


def test_open_and_close_through_the_service(data_dir: Path) -> None:
    path = data_dir / "fresh.sqlite3"
    opened = database.open(f"sqlite:///{path}")
    try:
        assert (opened.path, opened.created, opened.migrated_from, opened.backup) == (
            path,
            True,
            None,
            None,
        )
        assert opened.schema_version == migrations.LATEST
        assert database.is_open() and database.current_path() == path
        assert not institution.exists()
    finally:
        database.close()
    assert path.exists()


def test_a_foreign_file_is_refused_by_the_service(data_dir: Path) -> None:
    junk = data_dir / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    with pytest.raises(database.DatabaseRefused, match="不是 SQLite 数据库"):
        database.open(f"sqlite:///{junk}")
    assert junk.read_bytes() == b"not a database" * 100
