"""Opening the database: URL, pragmas, identity and version checks, migration on open.

Why the checks: a manager may point the app at the wrong file. A file that is not SQLite, or
SQLite of another program, or a database written by a newer release is refused with a message
and never touched. Every other file is migrated, after a backup copy, in one transaction per step.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, SqliteDatabase
from playhouse.db_url import connect

from operator_app.storage import migrations
from operator_app.storage.records import database

APPLICATION_ID = 0x54594A47  # "TYJG" (托育机构): marks our files among other SQLite files
SQLITE_HEADER = b"SQLite format 3\x00"
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,
    "cache_size": -16000,
}


class DatabaseRefused(Exception):
    """The file cannot be used as this app's database; the message says why, in Chinese."""


@dataclass(frozen=True)
class OpenResult:
    database: Database
    path: Path | None
    created: bool
    migrated_from: int | None
    backup: Path | None


def sqlite_path(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL, or None for other engines and ``:memory:``."""
    if not url.startswith("sqlite:///"):
        return None
    raw = url[len("sqlite:///") :]
    return None if raw in ("", ":memory:") else Path(raw)


def inspect_file(path: Path) -> tuple[int, int, int]:
    """(application_id, user_version, table count) of an SQLite file, refusing non-SQLite files."""
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != SQLITE_HEADER:
        raise DatabaseRefused(
            f"文件 {path} 不是 SQLite 数据库（可能已损坏或是其他程序的文件），未做任何修改。"
        )
    try:
        # immutable: reading a WAL file must not leave -wal/-shm files beside a refused file
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = con.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            ).fetchone()[0]
            # quick_check reads every page (tens of ms for years of data): a file damaged
            # inside, with a sound header, is refused here rather than failing mid-work.
            damage = [r[0] for r in con.execute("PRAGMA quick_check(3)").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(
            f"数据库文件 {path} 已损坏，无法读取（{exc}）。请从备份恢复；文件未做任何修改。"
        ) from exc
    if damage != ["ok"]:
        raise DatabaseRefused(
            f"数据库文件 {path} 已损坏（{_one_line(damage)}）。请从备份恢复；文件未做任何修改。"
        )
    return app_id, version, tables


def _one_line(lines: list[str]) -> str:
    text = "；".join(line.replace("*", "").strip() for line in lines)
    return " ".join(text.split())[:200]


def check_usable(path: Path) -> int:
    """Refuse foreign, corrupt or newer files; return the file's schema version (0 = empty)."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    app_id, version, tables = inspect_file(path)
    if app_id != APPLICATION_ID and tables > 0:
        raise DatabaseRefused(
            f"文件 {path} 是其他程序的 SQLite 数据库，不是托育机构管理的数据文件，未做任何修改。"
        )
    if version > migrations.LATEST:
        raise DatabaseRefused(
            f"数据库 {path} 由较新版本的程序创建（数据结构版本 {version}，本程序支持到 "
            f"{migrations.LATEST}）。请升级程序后再打开；文件未做任何修改。"
        )
    return version


def open_database(url: str) -> OpenResult:
    """Open (creating or migrating as needed) the database at ``url`` and bind the records."""
    path = sqlite_path(url)
    version = 0
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        version = check_usable(path)
        db: Database = connect(f"sqlite:///{path}", pragmas=PRAGMAS)
    else:
        # Schema versions live in SQLite's user_version; a server database needs its own
        # version table first (multi-seat use, a later release).
        scheme = url.split(":", 1)[0] or url
        raise DatabaseRefused(
            f"暂不支持 {scheme} 数据库，请使用本地 SQLite 文件（sqlite:///路径）。"
            "多机共用的数据库将在后续版本提供。"
        )
    close_database()
    database.initialize(db)
    db.connect(reuse_if_open=True)
    backup = None
    created = version == 0
    if created:
        app_id = APPLICATION_ID if isinstance(db, SqliteDatabase) else None
        migrations.create_fresh(db, app_id)
    elif version < migrations.LATEST:
        if path is not None:
            backup = migrations.backup_before_migration(path, version)
        migrations.upgrade(db, version)
    return OpenResult(
        db, path, created, None if created or version == migrations.LATEST else version, backup
    )


def close_database() -> None:
    """Close the bound database, if any (before restore, at exit, between tests)."""
    current = database.obj
    if current is not None and not current.is_closed():
        current.close()


def integrity_check() -> list[str]:
    """SQLite's integrity and foreign-key checks; an empty list means sound."""
    db = database.obj
    problems: list[str] = []
    rows = db.execute_sql("PRAGMA integrity_check").fetchall()
    problems += [r[0] for r in rows if r[0] != "ok"]
    for table, rowid, parent, _fk in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} 第 {rowid} 行引用的 {parent} 记录不存在")
    return problems
