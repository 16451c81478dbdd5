"""Every released schema upgrades to the current one; a failing step changes nothing.

tests/fixtures/schema_1.sqlite3 is the committed schema-1 file. It is copied first: the fixture
itself is never opened for writing.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import Database

from operator_app.storage import db, migrations
from operator_app.storage.records import ChildRecord, InstitutionRecord

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SCHEMA_1 = FIXTURES / "schema_1.sqlite3"


def url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def schema_1_copy(tmp_path: Path) -> Iterator[Path]:
    digest = hashlib.sha256(SCHEMA_1.read_bytes()).hexdigest()
    target = tmp_path / "operator.sqlite3"
    shutil.copyfile(SCHEMA_1, target)
    yield target
    assert hashlib.sha256(SCHEMA_1.read_bytes()).hexdigest() == digest, "fixture was modified"


def schema_of(path: Path) -> dict[str, object]:
    """Tables (columns, indexes with columns, foreign keys) and triggers, comparable with ==."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        out: dict[str, object] = {}
        for table in sorted(tables):
            columns = [
                (name, ctype, notnull, default, pk)
                for _cid, name, ctype, notnull, default, pk in con.execute(
                    f'PRAGMA table_info("{table}")'
                )
            ]
            indexes = {}
            for _seq, name, unique, origin, partial in con.execute(f'PRAGMA index_list("{table}")'):
                cols = [r[2] for r in con.execute(f'PRAGMA index_info("{name}")')]
                indexes[name] = (bool(unique), origin, bool(partial), cols)
            fks = sorted(
                (ref, src, dst, on_update, on_delete)
                for _id, _seq, ref, src, dst, on_update, on_delete, _m in con.execute(
                    f'PRAGMA foreign_key_list("{table}")'
                )
            )
            out[table] = {"columns": columns, "indexes": indexes, "foreign_keys": fks}
        out["<triggers>"] = sorted(
            (name, table, " ".join(sql.replace("IF NOT EXISTS ", "").split()))
            for name, table, sql in con.execute(
                "SELECT name, tbl_name, sql FROM sqlite_master WHERE type='trigger'"
            )
        )
        return out
    finally:
        con.close()


def version_of(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


def tables_of(path: Path) -> set[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def test_steps_cover_every_version() -> None:
    assert sorted(migrations.STEPS) == list(range(2, migrations.LATEST + 1))


def test_the_fixture_is_schema_1_of_this_app() -> None:
    assert version_of(SCHEMA_1) == 1
    con = sqlite3.connect(f"file:{SCHEMA_1}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
    finally:
        con.close()


def test_schema_1_upgrades_to_the_fresh_schema(schema_1_copy: Path, tmp_path: Path) -> None:
    result = db.open_database(url(schema_1_copy))
    assert result.created is False
    assert result.migrated_from == 1
    assert migrations.schema_version(result.database) == migrations.LATEST
    assert db.integrity_check() == []
    db.close_database()

    fresh = tmp_path / "fresh.sqlite3"
    db.open_database(url(fresh))
    db.close_database()

    upgraded, expected = schema_of(schema_1_copy), schema_of(fresh)
    # the comparison is not vacuous: it sees columns, unique indexes, foreign keys, triggers
    mark = expected["attendance_mark_record"]
    assert ("illness", "VARCHAR(60)", 1, None, 0) in mark["columns"]
    assert (True, "c", False, ["child_id", "day"]) in mark["indexes"].values()
    assert ("child_record", "child_id", "id", "NO ACTION", "CASCADE") in mark["foreign_keys"]
    assert [t[0] for t in expected["<triggers>"]] == ["audit_no_delete", "audit_no_update"]
    assert sorted(upgraded) == sorted(expected)
    for table in expected:
        assert upgraded[table] == expected[table], f"schema of {table} differs"
    assert version_of(schema_1_copy) == migrations.LATEST


def test_schema_1_data_survives_the_upgrade(schema_1_copy: Path) -> None:
    db.open_database(url(schema_1_copy))
    inst = InstitutionRecord.get()
    assert (inst.name, inst.uscc, inst.places, inst.inclusive_places) == (
        "渝中区示例托育中心",
        "91500103MA5UXXXX0X",
        40,
        30,
    )
    child = ChildRecord.get(ChildRecord.name == "张三")
    assert (child.pinyin, child.initials, str(child.birth_date)) == ("zhangsan", "zs", "2023-05-02")
    assert [e.klass.name for e in child.enrolments] == ["小一班"]
    # the new tables exist and are usable
    assert list(child.consents) == []


def test_a_backup_is_written_beside_the_file_before_migrating(schema_1_copy: Path) -> None:
    result = db.open_database(url(schema_1_copy))
    backups = list(schema_1_copy.parent.glob(f"{schema_1_copy.name}.v1-*.bak"))
    assert backups == [result.backup]
    assert version_of(backups[0]) == 1
    assert "consent_record" not in tables_of(backups[0])
    con = sqlite3.connect(f"file:{backups[0]}?mode=ro", uri=True)
    try:
        assert con.execute("SELECT name FROM child_record").fetchall() == [("张三",)]
    finally:
        con.close()


def test_a_failing_step_rolls_back(schema_1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_step(database: Database) -> None:
        database.execute_sql("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        raise RuntimeError("step failed halfway")

    monkeypatch.setitem(migrations.STEPS, 2, broken_step)
    before = tables_of(schema_1_copy)
    with pytest.raises(RuntimeError, match="halfway"):
        db.open_database(url(schema_1_copy))
    db.close_database()
    assert version_of(schema_1_copy) == 1
    assert tables_of(schema_1_copy) == before
    assert "half_done" not in tables_of(schema_1_copy)
    # the copy taken before the attempt is there for the user
    assert len(list(schema_1_copy.parent.glob("*.v1-*.bak"))) == 1


def test_after_a_failed_attempt_the_real_step_still_upgrades(
    schema_1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_step(database: Database) -> None:
        raise RuntimeError("disk full")

    with monkeypatch.context() as m:
        m.setitem(migrations.STEPS, 2, broken_step)
        with pytest.raises(RuntimeError):
            db.open_database(url(schema_1_copy))
        db.close_database()
    result = db.open_database(url(schema_1_copy))
    assert result.migrated_from == 1
    assert migrations.schema_version(result.database) == migrations.LATEST
    assert ChildRecord.select().count() == 1
