"""Schema 2 (the released rosters) upgrades to schema 3: same shape as a fresh file, data kept,
settings that nothing reads are dropped and the renamed one keeps its value.

tests/fixtures/schema_2.sqlite3 is a demo institution written by the schema-2 release with three
settings changed (staff.background_recheck_days 400, health.admission_exam_valid_months 1,
class.small.ratio 4). It is copied first and never opened for writing.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from operator_app.domain.names import read_name
from operator_app.storage import db, migrations
from operator_app.storage.records import ChildRecord, EnrolmentRecord, SettingRecord, StaffRecord
from tests.storage.test_migrations import FIXTURES, schema_of, url, version_of

SCHEMA_2 = FIXTURES / "schema_2.sqlite3"


@pytest.fixture
def schema_2_copy(tmp_path: Path) -> Iterator[Path]:
    digest = hashlib.sha256(SCHEMA_2.read_bytes()).hexdigest()
    target = tmp_path / "operator.sqlite3"
    shutil.copyfile(SCHEMA_2, target)
    yield target
    db.close_database()
    assert hashlib.sha256(SCHEMA_2.read_bytes()).hexdigest() == digest, "fixture was modified"


def test_the_fixture_is_schema_2() -> None:
    assert version_of(SCHEMA_2) == 2


def test_schema_2_upgrades_to_the_fresh_schema(schema_2_copy: Path, tmp_path: Path) -> None:
    result = db.open_database(url(schema_2_copy))
    assert result.migrated_from == 2
    assert migrations.schema_version(result.database) == migrations.LATEST == 3
    assert db.integrity_check() == []
    db.close_database()
    fresh = tmp_path / "fresh.sqlite3"
    db.open_database(url(fresh))
    db.close_database()
    upgraded, expected = schema_of(schema_2_copy), schema_of(fresh)
    child = expected["child_record"]
    assert ("given_pinyin", "VARCHAR(120)", 1, "''", 0) in child["columns"]
    assert (False, "c", False, ["given_pinyin"]) in child["indexes"].values()
    assert "surname_record" in expected
    assert sorted(upgraded) == sorted(expected)
    for table in expected:
        assert upgraded[table] == expected[table], f"schema of {table} differs"


def test_schema_2_data_and_settings_after_the_upgrade(schema_2_copy: Path) -> None:
    db.open_database(url(schema_2_copy))
    assert ChildRecord.select().count() == 74
    assert EnrolmentRecord.select().where(EnrolmentRecord.band_note != "").count() == 0
    stored = {r.key: r.value for r in SettingRecord.select()}
    assert stored == {"staff.background_valid_days": "400", "class.small.ratio": "4"}


def test_the_upgrade_fills_the_given_name_pinyin(schema_2_copy: Path) -> None:
    from operator_app.services import children
    from operator_app.services.children import Scope

    db.open_database(url(schema_2_copy))
    rows = list(ChildRecord.select())
    assert len(rows) == 74
    for row in rows:
        assert row.given_pinyin == read_name(row.name).given_pinyin != ""
        assert row.pinyin.endswith(row.given_pinyin)
        # each child is found by the given name alone
        assert row.id in [found[0] for found in children.page(row.given_pinyin, Scope.ALL)]
    staff = list(StaffRecord.select())
    assert len(staff) == 28
    assert all(s.given_pinyin == read_name(s.name).given_pinyin != "" for s in staff)
    assert not any(r.pinyin_manual for r in [*rows, *staff])
