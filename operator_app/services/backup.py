"""Backup and restore of the whole database file, shared by the CLI and the GUI's 文件 → 备份 menu.

Why these steps: a backup is only worth something if it can be restored, and a restore must never
leave the manager with less than before. So a backup is taken through SQLite's online backup API
(consistent while the app runs), written to a temporary file beside the target, verified, and only
then moved into place. A restore verifies the chosen file *before* anything is touched (SQLite
header, our application id, integrity, a schema this program can read), keeps a safety copy of
the current database, swaps the file in with ``os.replace`` and reopens it, which migrates an
older backup to the current schema. Nothing here parses arguments or shows dialogs; both take a
``progress`` callback and a cancel token (services.progress) so the GUI can run them in the
background with a progress dialog.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from operator_app import paths
from operator_app.services import audit
from operator_app.services.progress import Cancelled, CancelToken, Progress, check, reporter
from operator_app.storage import db as storage_db
from operator_app.storage import migrations
from operator_app.storage.records import database

BACKUP_SUFFIX = ".sqlite3"
COPY_STEP_PAGES = 256  # pages copied per step of the online backup (progress and cancel between)
RESTORE_STEPS = 4  # check the file, keep a safety copy, swap it in, reopen


class BackupError(Exception):
    """A backup could not be written or a restore was refused; the message is Chinese."""


@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup file holds."""

    path: Path
    schema_version: int
    size: int


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    safety_copy: Path
    schema_version: int
    migrated_from: int | None


def current_path() -> Path:
    """The file of the open database; ``BackupError`` when it is not a SQLite file."""
    db = database.obj
    if not isinstance(db, SqliteDatabase) or db.database in ("", ":memory:"):
        raise BackupError("当前数据库不是本地 SQLite 文件，无法用本功能备份或恢复。")
    return Path(db.database).resolve()


def backups_dir() -> Path:
    """``<data dir>/backups``, created on first use."""
    folder = paths.data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_backup_path(now: dt.datetime | None = None) -> Path:
    """A fresh name in the backups folder, e.g. ``backup-20260301-093000.sqlite3``."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return backups_dir() / f"backup-{stamp}{BACKUP_SUFFIX}"


def list_backups() -> list[Path]:
    """Backup files in the backups folder, newest first."""
    files = [p for p in backups_dir().glob(f"*{BACKUP_SUFFIX}") if p.is_file()]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


def backup_to(
    target: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> BackupInfo:
    """Copy the open database to ``target`` (replacing it only once the copy is verified).

    ``progress`` sees (0, n + 2) first, then the pages copied of the n, then n + 1 (verifying)
    and n + 2 (done). A ``cancel`` set before the file is replaced raises ``Cancelled`` and
    leaves ``target`` and the folder as they were.
    """
    info = _copy_verified(Path(target), progress, cancel)
    with database.atomic():
        audit.log(
            "backup.create",
            "database",
            "",
            f"备份数据库到 {info.path.name}",
            {"path": str(info.path), "size": info.size},
        )
    return info


def verify_backup(source: str | os.PathLike[str]) -> BackupInfo:
    """Check that ``source`` is a sound backup of ours, without modifying it.

    The checks run on a private copy, because opening a WAL-mode file even read-only may create
    ``-wal``/``-shm`` files beside it. Raises ``BackupError`` saying what is wrong.
    """
    path = Path(source).expanduser()
    with tempfile.TemporaryDirectory(prefix="operator-verify-") as tmp:
        copy = Path(tmp) / "candidate.sqlite3"
        _copy_source(path, copy)
        version = _verify_file(copy, shown=path)
    return BackupInfo(path.resolve(), version, path.stat().st_size)


def restore_from(
    source: str | os.PathLike[str],
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> RestoreResult:
    """Replace the open database with the backup ``source`` and reopen it.

    Refuses (``BackupError``) before touching anything when the file is not a sound backup.
    Keeps ``backups/before-restore-<stamp>.sqlite3``; if reopening the restored file fails, the
    previous database is put back and the error re-raised. ``progress`` sees steps 0 to
    ``RESTORE_STEPS``; a ``cancel`` set before the swap raises ``Cancelled`` and changes nothing
    (the safety copy is removed again).

    Only this thread's connection is closed before the swap: every other thread must have
    closed its own (the GUI closes its connection before it starts the restore job).
    """
    path = Path(source).expanduser()
    target = current_path()
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    report = reporter(progress)
    report(0, RESTORE_STEPS, "restore.check")
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}.restore-", suffix=".tmp", dir=target.parent
    )
    os.close(fd)
    staged = Path(tmp_name)
    try:
        _copy_source(path, staged)
        version = _verify_file(staged, shown=path)
        check(cancel)
        report(1, RESTORE_STEPS, "restore.safety_copy")
        safety = _copy_verified(backups_dir() / f"before-restore-{stamp}{BACKUP_SUFFIX}").path
        report(2, RESTORE_STEPS, "restore.swap")
        _swap(staged, target, safety, cancel)
    finally:
        staged.unlink(missing_ok=True)
        _remove_sidecars(staged)
    report(3, RESTORE_STEPS, "restore.reopen")
    try:
        opened = storage_db.open_database(f"sqlite:///{target}")
    except Exception:
        _put_back(safety, target)
        raise
    with database.atomic():
        audit.log(
            "backup.restore",
            "database",
            "",
            f"从备份 {path.name} 恢复数据库（恢复前的数据已另存为 {safety.name}）",
            {"source": str(path.resolve()), "safety_copy": str(safety), "schema_version": version},
        )
    report(RESTORE_STEPS, RESTORE_STEPS, "restore.done")
    return RestoreResult(path.resolve(), safety, migrations.LATEST, opened.migrated_from)


def _swap(staged: Path, target: Path, safety: Path, cancel: CancelToken | None) -> None:
    """Put ``staged`` in place of ``target``; up to here a cancel leaves nothing behind."""
    try:
        check(cancel)
    except Cancelled:
        safety.unlink(missing_ok=True)
        raise
    closed = False
    try:
        _sync(staged)
        storage_db.close_database()
        closed = True
        _remove_sidecars(target)
        os.replace(staged, target)
    except OSError as exc:
        if closed:  # the swap failed: keep working on the untouched current database
            storage_db.open_database(f"sqlite:///{target}")
        raise BackupError(f"恢复失败，当前数据未改变：{exc.strerror or exc}") from exc


def _copy_verified(
    target: Path, progress: Progress | None = None, cancel: CancelToken | None = None
) -> BackupInfo:
    """Online-copy the open database to a temp file beside ``target``, verify, then replace."""
    source = current_path()
    target = target.expanduser().resolve()
    if target == source:
        raise BackupError("备份文件不能是当前正在使用的数据库文件本身。")
    if target.exists():
        _refuse_overwriting_other_files(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise BackupError(f"无法写入备份位置 {target.parent}：{exc.strerror or exc}") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    report = reporter(progress)
    try:
        pages = _online_copy(tmp, report, cancel)
        report(pages + 1, pages + 2, "backup.verify")
        _verify_file(tmp, shown=target)
        _sync(tmp)
        check(cancel)  # the last moment a cancel leaves everything as it was
        os.replace(tmp, target)
    except OSError as exc:
        raise BackupError(f"写入备份文件 {target} 失败：{exc.strerror or exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
        _remove_sidecars(tmp)
    report(pages + 2, pages + 2, "backup.done")
    return BackupInfo(target, migrations.LATEST, target.stat().st_size)


def _refuse_overwriting_other_files(target: Path) -> None:
    """Replacing an older backup of ours is fine; replacing any other file is not."""
    try:
        app_id, _version, _tables = storage_db.inspect_file(target)
    except storage_db.DatabaseRefused:
        app_id = None
    if app_id != storage_db.APPLICATION_ID:
        raise BackupError(
            f"{target} 已存在，且不是本程序的备份文件；为免覆盖其他文件，请换一个文件名。"
        )


def _online_copy(
    target: Path, report: Callable[[int, int, str], None], cancel: CancelToken | None
) -> int:
    """Copy through the live connection, so pages still in the WAL are included.

    Copies ``COPY_STEP_PAGES`` pages a step, reporting and checking ``cancel`` between steps;
    returns the number of pages copied.
    """
    db = database.obj
    db.connect(reuse_if_open=True)
    src: sqlite3.Connection = db.connection()
    pages = int(src.execute("PRAGMA page_count").fetchone()[0])
    report(0, pages + 2, "backup.copy")

    def step(_status: int, remaining: int, total: int) -> None:
        nonlocal pages
        pages = total
        report(total - remaining, total + 2, "backup.copy")
        check(cancel)  # raising here makes sqlite3 abort the copy

    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst, pages=COPY_STEP_PAGES, progress=step)
        # A backup is one self-contained file: no -wal beside it when it is copied around.
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
    return pages


def _verify_file(path: Path, shown: Path) -> int:
    """Refuse anything but a sound database of ours; return its schema version."""
    with path.open("rb") as fh:
        header = fh.read(len(storage_db.SQLITE_HEADER))
    if header != storage_db.SQLITE_HEADER:
        raise BackupError(
            f"文件 {shown} 不是 SQLite 数据库文件（可能已损坏或不是备份文件），未做任何修改。"
        )
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if app_id != storage_db.APPLICATION_ID:
            raise BackupError(
                f"文件 {shown} 不是托育机构管理的数据文件（可能是其他程序的数据库），未做任何修改。"
            )
        if version > migrations.LATEST:
            raise BackupError(
                f"文件 {shown} 由较新版本的程序创建（数据结构版本 {version}，本程序支持到 "
                f"{migrations.LATEST}），请先升级程序。未做任何修改。"
            )
        if version < 1:
            raise BackupError(f"文件 {shown} 不含有效的数据结构版本，未做任何修改。")
        problems = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"文件 {shown} 已损坏，无法读取（{exc}），未做任何修改。") from exc
    finally:
        con.close()
    if problems:
        raise BackupError(f"文件 {shown} 未通过完整性检查（{problems[0]}），未做任何修改。")
    return int(version)


def _copy_source(path: Path, copy: Path) -> None:
    if not path.is_file():
        raise BackupError(f"找不到备份文件 {path}。")
    try:
        shutil.copyfile(path, copy)
    except OSError as exc:
        raise BackupError(f"无法读取备份文件 {path}：{exc.strerror or exc}") from exc


def _put_back(safety: Path, target: Path) -> None:
    """Reinstate the pre-restore database after a failed reopen."""
    storage_db.close_database()
    _remove_sidecars(target)
    shutil.copyfile(safety, target)
    storage_db.open_database(f"sqlite:///{target}")


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def _sync(path: Path) -> None:
    """Flush the file to disk before it replaces anything (power cut on an office PC)."""
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())
