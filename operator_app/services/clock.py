"""The one clock every service reads for "today".

Why injectable: the demo is generated for a given day (``demo --today``), tests fix the day so
their expectations never depend on when they run, and a rule evaluated "today" must use the same
day in every service it asks. ``clock.today()`` appears nowhere else in the services.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

_fixed: date | None = None


def today() -> date:
    """The fixed day when one is set, else the machine's local date."""
    return _fixed if _fixed is not None else date.today()


def set_today(day: date | None) -> None:
    """Fix "today" for the whole process (``None`` returns to the machine's date)."""
    global _fixed
    _fixed = day


@contextmanager
def fixed(day: date) -> Iterator[date]:
    """``with clock.fixed(date(2026, 12, 4)):`` — today is that day inside the block."""
    global _fixed
    previous = _fixed
    _fixed = day
    try:
        yield day
    finally:
        _fixed = previous
