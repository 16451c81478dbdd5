"""Opening and closing the database, for the programs on top (the GUI and the CLI).

Why a service: the GUI and the CLI must not know the storage layer (which engine, which file
checks, how peewee binds its records); opening the file at start-up, closing a worker thread's
connection and asking which file is open are use cases like any other. The result is a plain
value, and a refused file raises :class:`DatabaseRefused` (its message says why, and that the
file was not touched).

Connections are per thread (peewee keeps one per thread): :func:`close` closes the calling
thread's connection only; a background job calls it when it ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from operator_app.storage import db as storage_db
from operator_app.storage import migrations
from operator_app.storage.records import database

DatabaseRefused = storage_db.DatabaseRefused
"""The file cannot be used as this app's database (not SQLite, another program's, newer)."""

__all__ = [
    "DatabaseError",
    "DatabaseRefused",
    "Opened",
    "close",
    "current_path",
    "is_open",
    "open",
]


@dataclass(frozen=True)
class Opened:
    """What opening did: the file (None for a server database), whether it was created or
    migrated (from which version), the copy taken before migrating, and the schema version."""

    path: Path | None
    created: bool
    migrated_from: int | None
    backup: Path | None
    schema_version: int


def open(url: str) -> Opened:
    """Open (creating or migrating as needed) the database at ``url`` for every service.

    Raises ``DatabaseRefused`` for a file this program must not use, and ``ValueError`` or
    ``RuntimeError`` for a URL that names no usable engine.
    """
    result = storage_db.open_database(url)
    return Opened(
        result.path, result.created, result.migrated_from, result.backup, migrations.LATEST
    )


def close() -> None:
    """Close this thread's connection (at exit, at the end of a background job, before a
    restore swaps the file)."""
    storage_db.close_database()


def is_open() -> bool:
    """Whether a database has been opened (bound) in this process."""
    return database.obj is not None


def current_path() -> Path | None:
    """The file of the open database, or None (no database, or not a local SQLite file)."""
    db = database.obj
    if isinstance(db, SqliteDatabase) and db.database not in ("", ":memory:"):
        return Path(db.database)
    return None
