"""Storage test helpers: every test closes the database it opened, whatever happens."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from operator_app.storage import db


@pytest.fixture(autouse=True)
def _close_database_after_test() -> Iterator[None]:
    yield
    db.close_database()
