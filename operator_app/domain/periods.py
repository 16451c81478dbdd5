"""Date periods (enrolments, carer assignments): overlap and occupancy, both ends inclusive.

Why here: the same arithmetic decides whether two enrolments clash, how many children a class
holds on a day, and (later) how many days of a month a subsidy counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Period:
    start: date
    end: date | None = None  # None: still running

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def overlaps(self, other: Period) -> bool:
        return (self.end is None or other.start <= self.end) and (
            other.end is None or self.start <= other.end
        )

    def days_in(self, first: date, last: date) -> int:
        """Calendar days of this period inside [first, last]."""
        lo = max(self.start, first)
        hi = last if self.end is None else min(self.end, last)
        return max(0, (hi - lo).days + 1)


def peak_occupancy(periods: Iterable[Period], window: Period) -> int:
    """The largest number of periods running on any one day of ``window``.

    Occupancy only rises on a start day, so it is enough to look at the window's first day and
    at every start inside it.
    """
    items = [p for p in periods if p.overlaps(window)]
    probes = {window.start} | {p.start for p in items if window.covers(p.start)}
    return max((sum(1 for p in items if p.covers(day)) for day in probes), default=0)


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return first, nxt - timedelta(days=1)
