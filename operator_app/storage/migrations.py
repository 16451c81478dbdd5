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

from operator_app.storage import records

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


# version reached -> step from the version before it
STEPS: dict[int, Step] = {2: _to_2}
LATEST = 2


def create_fresh(db: Database, application_id: int | None = None) -> None:
    """Create the current schema on an empty database, marked with ``application_id``."""
    with db.atomic():
        if application_id is not None:
            db.execute_sql(f"PRAGMA application_id = {int(application_id)}")
        db.create_tables(records.ALL_RECORDS)
        for sql in AUDIT_GUARDS:
            db.execute_sql(sql)
        set_version(db, LATEST)


def upgrade(db: Database, from_version: int) -> None:
    for version in range(from_version + 1, LATEST + 1):
        with db.atomic():
            STEPS[version](db)
            set_version(db, version)


def set_version(db: Database, version: int) -> None:
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def schema_version(db: Database) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


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
