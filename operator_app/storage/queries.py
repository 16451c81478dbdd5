"""Typed edges of peewee's query API: rows of plain values, and raw SQL on a database.

Why: peewee's stubs type a select as yielding model instances even after ``.tuples()``, and
leave ``Database.execute_sql`` untyped. These two helpers say what really comes back, so that
storage and the services pass ``mypy --strict`` without an ignore at every call site.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from peewee import BaseQuery, Database

Row = tuple[Any, ...]


class Cursor(Protocol):
    """The part of a DB-API cursor that storage reads after raw SQL."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


def tuples_of(query: BaseQuery) -> list[Row]:
    """Every row of ``query`` as a tuple of the selected columns, in the query's order."""
    return list(query.tuples())


def execute(db: Database, sql: str, params: Sequence[Any] = ()) -> Cursor:
    """Run one raw SQL statement on ``db`` with ``?`` parameters; the cursor it leaves."""
    # peewee's stub leaves execute_sql untyped; this is the one call that crosses that edge.
    cursor: Cursor = db.execute_sql(sql, tuple(params))  # type: ignore[no-untyped-call]
    return cursor
