"""``demo``, ``check``, ``backup``, ``restore`` and refused database files, through the CLI."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import DB_NAME, DEMO_TODAY, Cli, query

from operator_app.storage.migrations import LATEST

APPLICATION_ID = 0x54594A47
KEPT_TABLES = (
    "institution_record",
    "class_record",
    "child_record",
    "guardian_record",
    "enrolment_record",
    "staff_record",
    "certificate_record",
    "class_staff_record",
    "consent_record",
    "attendance_day_record",
    "attendance_mark_record",
    "setting_record",
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    tables = {name for (name,) in query(db, "SELECT name FROM sqlite_master WHERE type='table'")}
    return {t: query(db, f"SELECT * FROM {t} ORDER BY 1") for t in KEPT_TABLES if t in tables}


def services_in_care(db: Path, day: date) -> int:
    """How many children the services count in care on ``day`` in the database file ``db``."""
    from operator_app.services import children
    from operator_app.services.children import Scope
    from operator_app.storage.db import close_database, open_database

    open_database(f"sqlite:///{db}")
    try:
        return children.count("", Scope.IN_CARE, on=day)
    finally:
        close_database()


def test_demo_fills_a_database_that_checks_sound(cli: Cli, demo_dir: Path) -> None:
    db = demo_dir / DB_NAME
    assert query(db, "SELECT count(*) FROM institution_record") == [(1,)]
    [(in_care,)] = query(
        db,
        "SELECT count(DISTINCT child_id) FROM enrolment_record "
        "WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)",
        DEMO_TODAY,
        DEMO_TODAY,
    )
    assert in_care == services_in_care(db, date.fromisoformat(DEMO_TODAY)) == 89
    result = cli("check", "--date", DEMO_TODAY, data_dir=demo_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "完整性检查：通过" in result.stdout
    # The demo's deliberate staffing finding: a carer's health certificate has expired.
    assert "警告  班级“大一班”在班 12 人，需合格保育人员 2 名，现有 1 名" in result.stdout


def test_demo_refuses_a_database_in_use(cli: Cli, demo_dir: Path) -> None:
    result = cli("demo", "--today", DEMO_TODAY, data_dir=demo_dir)
    assert result.returncode == 1
    assert result.stderr.strip()


def test_check_reports_an_unsound_database_with_exit_1(cli: Cli, demo_dir: Path) -> None:
    con = sqlite3.connect(demo_dir / DB_NAME)
    con.execute("DROP TRIGGER audit_no_update")
    con.commit()
    con.close()
    result = cli("check", data_dir=demo_dir)
    assert result.returncode == 1
    assert "完整性检查：未通过" in result.stdout
    assert "audit_no_update" in result.stdout


def test_backup_then_restore_gives_back_the_backup(
    cli: Cli, demo_dir: Path, tmp_path: Path
) -> None:
    db, saved = demo_dir / DB_NAME, tmp_path / "备份" / "saved.sqlite3"
    result = cli("backup", "--to", saved, data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    assert query(saved, "PRAGMA application_id") == [(APPLICATION_ID,)]
    expected = snapshot(saved)
    assert expected["child_record"], "the backup holds the demo children"

    changed = cli("init", "--update", "--name", "改名后的托育园", data_dir=demo_dir)
    assert changed.returncode == 0, changed.stderr
    con = sqlite3.connect(db)
    con.execute("DELETE FROM attendance_mark_record")
    con.commit()
    con.close()
    assert snapshot(db) != expected

    restored = cli("restore", saved, data_dir=demo_dir)
    assert restored.returncode == 0, restored.stderr
    assert snapshot(db) == expected
    [safety] = (demo_dir / "backups").glob("before-restore-*.sqlite3")
    assert query(safety, "SELECT name FROM institution_record") == [("改名后的托育园",)]
    assert query(db, "SELECT action FROM audit_record ORDER BY id DESC LIMIT 1") == [
        ("backup.restore",)
    ]
    assert cli("check", data_dir=demo_dir).returncode == 0


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(11).randbytes(64 * 1024))


def foreign_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.execute("INSERT INTO invoices (total) VALUES (12.5)")
    con.commit()
    con.close()


def newer_ours(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {LATEST + 1}")
    con.execute("CREATE TABLE institution_record (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()


@pytest.mark.parametrize(
    ("make_file", "reason"),
    [
        (random_bytes, "不是 SQLite"),
        (foreign_sqlite, "不是托育机构管理的数据文件"),
        (newer_ours, "较新版本"),
    ],
    ids=["random-bytes", "foreign-sqlite", "newer-schema"],
)
def test_restore_refuses_a_bad_file_and_leaves_the_database_alone(
    cli: Cli, demo_dir: Path, tmp_path: Path, make_file: object, reason: str
) -> None:
    bad = tmp_path / "bad.sqlite3"
    make_file(bad)  # type: ignore[operator]
    db = demo_dir / DB_NAME
    before, bad_before = digest(db), digest(bad)
    result = cli("restore", bad, data_dir=demo_dir)
    assert result.returncode == 2
    assert reason in result.stderr
    assert str(bad) in result.stderr
    assert digest(db) == before
    assert digest(bad) == bad_before
    assert not (demo_dir / "backups").exists()


def test_restore_refuses_a_backup_with_damaged_pages(
    cli: Cli, demo_dir: Path, demo_template: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(demo_template.read_bytes())
    data[8192:40960] = random.Random(5).randbytes(40960 - 8192)
    damaged.write_bytes(bytes(data))
    before = digest(demo_dir / DB_NAME)
    result = cli("restore", damaged, data_dir=demo_dir)
    assert result.returncode == 2
    assert "未做任何修改" in result.stderr
    assert digest(demo_dir / DB_NAME) == before


@pytest.mark.parametrize(
    ("make_file", "reason"),
    [(random_bytes, "不是 SQLite"), (foreign_sqlite, "其他程序"), (newer_ours, "较新版本")],
    ids=["random-bytes", "foreign-sqlite", "newer-schema"],
)
@pytest.mark.parametrize("command", [["check"], ["init", "--update", "--places", "9"]])
def test_a_file_that_is_not_our_database_is_refused_untouched(
    cli: Cli, tmp_path: Path, make_file: object, reason: str, command: list[str]
) -> None:
    target = tmp_path / "someone-elses.db"
    make_file(target)  # type: ignore[operator]
    before = digest(target)
    result = cli("--db-url", f"sqlite:///{target}", *command, data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert reason in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == [target.name]


def test_backup_to_an_unwritable_place_fails_cleanly(
    cli: Cli, demo_dir: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = cli("backup", "--to", blocker / "x.sqlite3", data_dir=demo_dir)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_restore_of_an_older_backup_migrates_it(cli: Cli, data_dir: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schema_1.sqlite3"
    copy = data_dir.parent / "schema_1.sqlite3"
    shutil.copyfile(fixture, copy)
    result = cli("restore", copy, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "已升级" in result.stdout
    assert query(data_dir / DB_NAME, "PRAGMA user_version") == [(LATEST,)]
