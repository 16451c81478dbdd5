"""Schema versions and the steps between them.

The version lives in ``PRAGMA user_version``. A fresh database gets the current schema in one
go; an older one is copied aside (sqlite3 online backup) and then upgraded one step at a time,
each step and its version bump in one transaction, so a failure leaves the old version intact.
Every released schema has a real file under tests/fixtures/ that a test upgrades.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import Database

from operator_app.domain.names import read_name
from operator_app.storage import records
from operator_app.storage.queries import execute

AUDIT_GUARDS = (
    "CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit_record "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit_record "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
)

Step = Callable[[Database], None]


def _to_2(db: Database) -> None:
    """Schema 2 (class rosters): guardian consent and daily attendance registers.

    The DDL is peewee's for these records as of schema 2; should they change later, the change
    is a new step, and this one keeps creating the schema-2 shape.
    """
    db.create_tables(records.SCHEMA_2_RECORDS)


SCHEMA_3_COLUMNS = (
    ("child_record", "given_pinyin", "VARCHAR(120) NOT NULL DEFAULT ''"),
    ("child_record", "pinyin_manual", "INTEGER NOT NULL DEFAULT 0"),
    ("staff_record", "given_pinyin", "VARCHAR(120) NOT NULL DEFAULT ''"),
    ("staff_record", "pinyin_manual", "INTEGER NOT NULL DEFAULT 0"),
    ("enrolment_record", "band_note", "TEXT NOT NULL DEFAULT ''"),
)
SCHEMA_3_INDEXES = (
    'CREATE INDEX "child_record_given_pinyin" ON "child_record" ("given_pinyin")',
    'CREATE INDEX "staff_record_given_pinyin" ON "staff_record" ("given_pinyin")',
)
SCHEMA_3_SETTINGS_RENAMED = {"staff.background_recheck_days": "staff.background_valid_days"}
SCHEMA_3_SETTINGS_DROPPED = (
    # thresholds that no rule read in schema 2; their capabilities add them back with the rule
    "staff.health_cert_warn_days",
    "staff.health_fulltime_threshold",
    "staff.children_per_cook",
    "health.admission_exam_valid_months",
    "health.absence_reexam_months",
    "health.vaccine_check_days",
    "health.record_target_pct",
    "health.outbreak_cases_one_day",
    "health.outbreak_cases_three_days",
    "claim.min_days_in_month",
    "claim.min_attendance_days",
    "claim.max_age_months",
    "claim.region",
)


def _to_3(db: Database) -> None:
    """Schema 3 (rosters hardened): given-name pinyin and hand-corrected readings, the user's
    surname table, a note accepting a child outside the class band; settings nothing read go.

    The columns carry SQL defaults so that ALTER TABLE fills existing rows and a fresh table
    has the same shape. The given-name pinyin of existing rows is filled in by ``fill_pinyin``.
    """
    for table, column, ddl in SCHEMA_3_COLUMNS:
        execute(db, f'ALTER TABLE "{table}" ADD COLUMN "{column}" {ddl}')
    for sql in SCHEMA_3_INDEXES:
        execute(db, sql)
    db.create_tables(records.SCHEMA_3_RECORDS)
    for old, new in SCHEMA_3_SETTINGS_RENAMED.items():
        execute(db, "UPDATE setting_record SET key = ? WHERE key = ?", (new, old))
    marks = ", ".join("?" for _ in SCHEMA_3_SETTINGS_DROPPED)
    execute(db, f"DELETE FROM setting_record WHERE key IN ({marks})", SCHEMA_3_SETTINGS_DROPPED)
    fill_pinyin(db)


def fill_pinyin(db: Database) -> None:
    """The given name's pinyin of every existing child and staff member (schema 3).

    Read by the domain's ``read_name`` with the built-in surname table (no user entries exist
    before schema 3), so 张米朵 is found by "miduo" after the upgrade. The stored full pinyin
    and initials are left as they were; no reading was hand-corrected before schema 3.
    """
    for table in ("child_record", "staff_record"):
        rows = execute(db, f'SELECT id, name FROM "{table}"').fetchall()
        for row_id, name in rows:
            given = read_name(name).given_pinyin
            execute(db, f'UPDATE "{table}" SET given_pinyin = ? WHERE id = ?', (given, row_id))


# version reached -> step from the version before it
STEPS: dict[int, Step] = {2: _to_2, 3: _to_3}
LATEST = 3


def create_fresh(db: Database, application_id: int | None = None) -> None:
    """Create the current schema on an empty database, marked with ``application_id``."""
    with db.atomic():
        if application_id is not None:
            execute(db, f"PRAGMA application_id = {int(application_id)}")
        db.create_tables(records.ALL_RECORDS)
        for sql in AUDIT_GUARDS:
            execute(db, sql)
        set_version(db, LATEST)


def upgrade(db: Database, from_version: int) -> None:
    for version in range(from_version + 1, LATEST + 1):
        with db.atomic():
            STEPS[version](db)
            set_version(db, version)


def set_version(db: Database, version: int) -> None:
    execute(db, f"PRAGMA user_version = {int(version)}")


def schema_version(db: Database) -> int:
    return int(execute(db, "PRAGMA user_version").fetchone()[0])


def backup_before_migration(path: Path, version: int) -> Path:
    """Copy the file beside itself (``name.v1-20261130T101500.bak``) before it is changed."""
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    online_copy(path, target)
    return target


def online_copy(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file through the online backup API."""
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()
