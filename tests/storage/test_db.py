"""Opening the database: pragmas, identity, refusals that never touch the file, triggers."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from peewee import IntegrityError

from operator_app.storage import db, migrations
from operator_app.storage.records import AuditRecord, EnrolmentRecord


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def pragma(database, name: str):  # type: ignore[no-untyped-def]
    return database.execute_sql(f"PRAGMA {name}").fetchone()[0]


def test_fresh_database_is_stamped_and_configured(tmp_path: Path) -> None:
    path = tmp_path / "new" / "operator.sqlite3"  # the folder does not exist yet
    result = db.open_database(url(path))
    assert result.created is True
    assert result.migrated_from is None
    assert result.backup is None
    assert result.path == path
    assert path.is_file()
    assert pragma(result.database, "user_version") == migrations.LATEST
    assert pragma(result.database, "application_id") == db.APPLICATION_ID
    assert pragma(result.database, "journal_mode") == "wal"
    assert pragma(result.database, "foreign_keys") == 1
    assert pragma(result.database, "busy_timeout") == 5000
    assert pragma(result.database, "synchronous") == 1  # NORMAL


def test_stamp_is_on_disk_after_close(tmp_path: Path) -> None:
    path = tmp_path / "operator.sqlite3"
    db.open_database(url(path))
    db.close_database()
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
        assert con.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
    finally:
        con.close()


def test_reopening_a_current_database_neither_creates_nor_migrates(tmp_path: Path) -> None:
    path = tmp_path / "operator.sqlite3"
    db.open_database(url(path))
    AuditRecord.create(actor="t", action="x.test", entity="x")
    db.close_database()
    again = db.open_database(url(path))
    assert (again.created, again.migrated_from, again.backup) == (False, None, None)
    assert [r.action for r in AuditRecord.select()] == ["x.test"]
    assert list(tmp_path.glob("*.bak")) == []


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db.open_database(url(tmp_path / "operator.sqlite3"))
    with pytest.raises(IntegrityError):
        EnrolmentRecord.create(child=999, klass=999, start_date="2026-01-01")


def test_audit_log_refuses_update_and_delete(tmp_path: Path) -> None:
    db.open_database(url(tmp_path / "operator.sqlite3"))
    entry = AuditRecord.create(actor="t", action="x.test", entity="x", summary="original")
    with pytest.raises(IntegrityError, match="append-only"):
        AuditRecord.update(summary="forged").where(AuditRecord.id == entry.id).execute()
    with pytest.raises(IntegrityError, match="append-only"):
        AuditRecord.delete().where(AuditRecord.id == entry.id).execute()
    rows = list(AuditRecord.select().tuples())
    assert len(rows) == 1
    assert AuditRecord.get_by_id(entry.id).summary == "original"


def test_integrity_check_is_empty_on_a_sound_database(tmp_path: Path) -> None:
    db.open_database(url(tmp_path / "operator.sqlite3"))
    assert db.integrity_check() == []


def test_integrity_check_reports_a_dangling_reference(tmp_path: Path) -> None:
    database = db.open_database(url(tmp_path / "operator.sqlite3")).database
    database.execute_sql("PRAGMA foreign_keys = OFF")
    database.execute_sql(
        "INSERT INTO guardian_record (child_id, name, relation, phone, id_type, id_number, "
        "position) VALUES (42, '李四', 'mother', '13800000000', 'ric', '', 0)"
    )
    database.execute_sql("PRAGMA foreign_keys = ON")
    problems = db.integrity_check()
    assert len(problems) == 1
    assert "guardian_record" in problems[0]
    assert "child_record" in problems[0]


def test_empty_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    result = db.open_database(url(path))
    assert result.created is True
    assert pragma(result.database, "user_version") == migrations.LATEST
    assert pragma(result.database, "application_id") == db.APPLICATION_ID
    assert "child_record" in result.database.get_tables()


# --- refusals: the file is left exactly as it was -----------------------------------------------


def _refused(path: Path) -> str:
    before = path.read_bytes()
    with pytest.raises(db.DatabaseRefused) as info:
        db.open_database(url(path))
    assert path.read_bytes() == before, "a refused file must not be modified"
    assert db.database.obj is None or db.database.obj.is_closed(), "nothing left open"
    return str(info.value)


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.sqlite3"
    path.write_bytes(random.Random(7).randbytes(8192))
    message = _refused(path)
    assert "不是 SQLite 数据库" in message
    assert str(path) in message


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "children.csv"
    path.write_text("姓名,电话\n张三,13800000000\n", encoding="utf-8")
    assert "不是 SQLite 数据库" in _refused(path)


def test_truncated_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(db.SQLITE_HEADER + b"\x10\x00" + random.Random(3).randbytes(500))
    message = _refused(path)
    assert "未做任何修改" in message


def test_database_damaged_inside_is_refused(tmp_path: Path) -> None:
    """A sound header and application id, but pages overwritten in the middle of the file."""
    path = tmp_path / "damaged.sqlite3"
    db.open_database(url(path))
    with db.database.atomic():
        for i in range(3000):
            AuditRecord.create(actor="t", action="fill", entity="x", summary="填充" * 20 + str(i))
    db.close_database()
    size = path.stat().st_size
    assert size > 200_000
    with path.open("r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\xff" * 12288)
    message = _refused(path)
    assert "已损坏" in message and "请从备份恢复" in message


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other_app.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("INSERT INTO notes (body) VALUES ('hello')")
    con.commit()
    con.close()
    message = _refused(path)
    assert "其他程序" in message
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT body FROM notes").fetchall() == [("hello",)]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables == {"notes"}
    finally:
        con.close()


def test_newer_database_is_refused_with_its_version(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    db.open_database(url(path))
    db.close_database()
    newer = migrations.LATEST + 1
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {newer}")
    con.commit()
    con.close()
    message = _refused(path)
    assert f"数据结构版本 {newer}" in message
    assert f"支持到 {migrations.LATEST}" in message
    assert "升级程序" in message


def test_sqlite_path_of_urls() -> None:
    assert db.sqlite_path("sqlite:////tmp/x.sqlite3") == Path("/tmp/x.sqlite3")
    assert db.sqlite_path("sqlite:///:memory:") is None
    assert db.sqlite_path("postgresql://u@h/db") is None


def test_a_server_database_url_is_refused_clearly() -> None:
    with pytest.raises(db.DatabaseRefused, match="暂不支持 postgresql"):
        db.open_database("postgresql://operator@localhost/daycare")
