"""Planned classes and children of a demo, and the enrolment events their histories become.

Why a module of its own: the child planner writes histories (a class and start date per move,
maybe a leave), the register planner reads who is in which class on a day, and the writer in
``writer`` turns the same histories into enrol / transfer / leave calls. All three must
agree on one order of events, and the plan must never hold a child the services would refuse
(a full class, no place left), so the records, the event order and the feasibility replay of
the enrolment rules live together here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from operator_app.domain.children import GuardianInput
from operator_app.domain.enums import ClassType, IdType, LeaveReason
from operator_app.domain.periods import Period, peak_occupancy

# The order children move up in; a transfer out of an older class runs first on a day.
TYPE_ORDER = (ClassType.INFANT, ClassType.SMALL, ClassType.BIG, ClassType.MIXED)

LEAVE, TRANSFER, ENROL = 0, 1, 2  # event phases, in their order on one day


@dataclass
class PlannedClass:
    """A class to create; ``peak`` is its highest planned occupancy (sets the carers needed)."""

    name: str
    ctype: ClassType
    capacity: int
    room: str
    peak: int = 0


@dataclass
class PlannedChild:
    """A child's file and history: ``moves`` are (class index, start), the first one enrols."""

    name: str
    male: bool
    birth: date
    moves: list[tuple[int, date]]  # (class index, start): the first enrols, others transfer
    inclusive: bool
    leave: tuple[date, LeaveReason, str] | None = None
    id_type: IdType = IdType.RESIDENT
    id_number: str = ""
    id_note: str = ""
    guardians: tuple[GuardianInput, ...] = ()
    twin: bool = False

    def periods(self) -> list[tuple[int, Period]]:
        """(class index, period) for every stay, the last one open unless the child left."""
        out = []
        for i, (klass, start) in enumerate(self.moves):
            if i + 1 < len(self.moves):
                end: date | None = self.moves[i + 1][1] - timedelta(days=1)
            else:
                end = self.leave[0] if self.leave else None
            out.append((klass, Period(start, end)))
        return out


class Event(NamedTuple):
    """One enrolment, transfer or leave; tuples sort into the order the writer runs them."""

    day: date
    phase: int  # LEAVE, TRANSFER or ENROL
    rank: int
    child: int
    klass: int  # class index entered (-1 for a leave)


def enrolment_events(kids: Sequence[PlannedChild], klasses: Sequence[PlannedClass]) -> list[Event]:
    """Enrolments, transfers and leaves in the order the writer runs them.

    On one day: leaves first, then transfers out of the oldest classes first (so a class
    receiving children has already moved its own on), then new enrolments.
    """
    events = []
    for i, kid in enumerate(kids):
        for n, (klass, start) in enumerate(kid.moves):
            if n == 0:
                events.append(Event(start, ENROL, 0, i, klass))
            else:
                rank = -TYPE_ORDER.index(klasses[kid.moves[n - 1][0]].ctype)
                events.append(Event(start, TRANSFER, rank, i, klass))
        if kid.leave:
            events.append(Event(kid.leave[0], LEAVE, 0, i, -1))
    return sorted(events)


def keep_feasible(
    kids: list[PlannedChild], klasses: list[PlannedClass], places: int, inclusive_places: int
) -> list[PlannedChild]:
    """Drop any child whose enrolment the services would refuse (full class, places).

    Replays the enrolment events in the order the writer runs them, with the same occupancy
    arithmetic as ``services.enrolment``; the numbers are planned to fit, so this rarely drops.
    """
    kids = list(kids)
    while True:
        bad = _first_refused(kids, klasses, places, inclusive_places)
        if bad is None:
            return kids
        del kids[bad]


@dataclass
class _Row:
    child: int
    klass: int
    start: date
    end: date | None
    inclusive: bool


def _first_refused(
    kids: list[PlannedChild], klasses: list[PlannedClass], places: int, inclusive_places: int
) -> int | None:
    rows: list[_Row] = []
    for day, phase, _rank, i, klass in enrolment_events(kids, klasses):
        if phase != ENROL:  # a leave or transfer closes the open period
            j = next(n for n, row in enumerate(rows) if row.child == i and row.end is None)
            rows[j].end = day if phase == LEAVE else day - timedelta(days=1)
            if phase == LEAVE:
                continue
        inclusive = kids[i].inclusive
        limits = (
            ([r for r in rows if r.klass == klass], klasses[klass].capacity),
            (rows, places),
            ([r for r in rows if r.inclusive] if inclusive else [], inclusive_places),
        )
        if _over_limit(limits, Period(day, None)):
            return i
        rows.append(_Row(i, klass, day, None, inclusive))
    return None


def _over_limit(limits: tuple[tuple[list[_Row], int], ...], new: Period) -> bool:
    """True when one more child from ``new.start`` on would exceed any of the limits."""
    return any(
        peak_occupancy([Period(r.start, r.end) for r in subset], new) + 1 > limit
        for subset, limit in limits
    )
