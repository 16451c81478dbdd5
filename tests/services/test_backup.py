"""Backup and restore of the database file: verified copies, refusals that change nothing."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.enums import ClassType
from operator_app.services import audit, backup, classes, institution
from operator_app.storage import migrations
from operator_app.storage.db import APPLICATION_ID
from operator_app.storage.records import ClassRecord

if TYPE_CHECKING:
    from conftest import Make

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def class_names() -> list[str]:
    return sorted(c.name for c in ClassRecord.select())


def read_pragmas(path: Path) -> tuple[int, int, str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        mode = con.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        con.close()
    return app_id, version, mode


@pytest.fixture
def saved(make: Make, tmp_path: Path) -> Path:
    """An institution with one class, backed up to tmp_path/saved.sqlite3."""
    institution.save(make.institution_data())
    make.klass("小一班", ClassType.SMALL)
    return backup.backup_to(tmp_path / "saved.sqlite3").path


def test_backup_is_a_verified_self_contained_copy(saved: Path) -> None:
    assert read_pragmas(saved) == (APPLICATION_ID, migrations.LATEST, "delete")
    assert not list(saved.parent.glob(".saved.sqlite3.*")), "no temp files left behind"
    assert not Path(f"{saved}-wal").exists()
    info = backup.verify_backup(saved)
    assert info.schema_version == migrations.LATEST
    assert audit.recent(1)[0].action == "backup.create"


def test_backup_overwrites_an_existing_file_with_the_new_copy(saved: Path) -> None:
    classes.create_class("小二班", ClassType.SMALL)
    backup.backup_to(saved)
    con = sqlite3.connect(saved)
    try:
        assert con.execute("SELECT count(*) FROM class_record").fetchone()[0] == 2
    finally:
        con.close()


def test_backup_never_overwrites_a_file_that_is_not_our_backup(saved: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("家长会记录", encoding="utf-8")
    with pytest.raises(backup.BackupError, match="不是本程序的备份文件"):
        backup.backup_to(notes)
    assert notes.read_text(encoding="utf-8") == "家长会记录"


def test_backup_refuses_the_live_database_file(inst: object) -> None:
    with pytest.raises(backup.BackupError, match="当前正在使用"):
        backup.backup_to(backup.current_path())


def test_default_backup_path_is_in_the_backups_folder(data_dir: Path, db: object) -> None:
    target = backup.default_backup_path()
    assert target.parent == data_dir / "backups"
    assert target.suffix == ".sqlite3"
    assert backup.list_backups() == []


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(saved: Path) -> None:
    classes.create_class("大一班", ClassType.BIG)
    assert class_names() == ["大一班", "小一班"]
    result = backup.restore_from(saved)
    assert class_names() == ["小一班"]
    assert result.migrated_from is None
    assert result.safety_copy.parent == backup.backups_dir()
    assert result.safety_copy.name.startswith("before-restore-")
    con = sqlite3.connect(result.safety_copy)
    try:
        names = sorted(n for (n,) in con.execute("SELECT name FROM class_record"))
    finally:
        con.close()
    assert names == ["大一班", "小一班"]
    assert audit.recent(1)[0].action == "backup.restore"
    assert backup.list_backups() == [result.safety_copy]


def test_restore_of_an_older_schema_migrates_it(inst: object) -> None:
    result = backup.restore_from(FIXTURES / "schema_1.sqlite3")
    assert result.migrated_from == 1
    assert migrations.schema_version(ClassRecord._meta.database) == migrations.LATEST
    assert institution.exists()


def random_file(path: Path) -> Path:
    path.write_bytes(random.Random(7).randbytes(40_000))
    return path


def foreign_file(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    return path


def newer_file(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    con.execute("CREATE TABLE future (x)")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize(
    ("make_file", "reason"),
    [
        (random_file, "不是 SQLite"),
        (foreign_file, "不是托育机构管理的数据文件"),
        (newer_file, "较新版本"),
    ],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    saved: Path, tmp_path: Path, make_file: object, reason: str
) -> None:
    bad = make_file(tmp_path / "bad.sqlite3")  # type: ignore[operator]
    before, live = digest(bad), backup.current_path()
    with pytest.raises(backup.BackupError, match=reason):
        backup.restore_from(bad)
    assert digest(bad) == before
    assert class_names() == ["小一班"], "the current database is still open and unchanged"
    assert backup.current_path() == live
    assert backup.list_backups() == [], "no safety copy for a refused restore"
    assert not [p for p in live.parent.iterdir() if p.name.endswith(".tmp")]


def test_restore_refuses_a_damaged_backup(saved: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(saved, damaged)
    data = bytearray(damaged.read_bytes())
    page = 4096
    data[page * 2 : page * 4] = random.Random(3).randbytes(page * 2)
    damaged.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError, match=r"损坏|完整性检查"):
        backup.verify_backup(damaged)
    with pytest.raises(backup.BackupError):
        backup.restore_from(damaged)
    assert class_names() == ["小一班"]


def test_verify_leaves_the_file_and_its_folder_alone(saved: Path) -> None:
    before = sorted(p.name for p in saved.parent.iterdir())
    digest_before = digest(saved)
    backup.verify_backup(saved)
    assert digest(saved) == digest_before
    assert sorted(p.name for p in saved.parent.iterdir()) == before


def test_restore_of_a_missing_file_is_refused(inst: object, tmp_path: Path) -> None:
    with pytest.raises(backup.BackupError, match="找不到"):
        backup.restore_from(tmp_path / "nope.sqlite3")
