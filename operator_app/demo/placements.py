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
PAST, SOON = "past", "soon"  # children planted at the top of their class's age band
CLASS_LIMIT = 0  # limits a new stay can hit, in the order they are checked: class, places,
# inclusive places (the services' order)


@dataclass
class PlannedClass:
    """A class to create; ``peak`` is its highest planned occupancy (sets the carers needed)."""

    name: str
    ctype: ClassType
    capacity: int
    room: str
    target: int = 0  # children in care on the demo's today: 80-95 % of the capacity
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
    outgrows: str = ""  # planted: PAST (too old for the class type today) or SOON (within 30 days)
    signer: str = ""  # the guardian who signs the consents (one of ``guardians``)
    health_consent: date | None = None  # separate health-data consent given on, if ever
    health_withdrawn: date | None = None  # ... and withdrawn from this day on

    def health_allowed(self, day: date) -> bool:
        """True when a health-data consent is in force on ``day`` (illness may be recorded)."""
        given, withdrawn = self.health_consent, self.health_withdrawn
        return given is not None and given <= day and (withdrawn is None or day < withdrawn)

    def class_on(self, day: date) -> int | None:
        """The class index the child is in on ``day``, or None when not in care."""
        return next((k for k, p in self.periods() if p.covers(day)), None)

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
    arithmetic as ``services.enrolment``. When a full class refuses a child the demo shows on
    purpose (a twin, a move, a child past the age band), an ordinary child of that class who
    is there from that day on makes room instead (the latest to arrive).
    """
    kids = list(kids)
    while True:
        refused = _first_refused(kids, klasses, places, inclusive_places)
        if refused is None:
            return kids
        bad, day, klass, limit = refused
        if limit == CLASS_LIMIT and _featured(kids[bad]):
            bad = _make_room(kids, day, klass, default=bad)
        del kids[bad]


def _featured(kid: PlannedChild) -> bool:
    return kid.twin or bool(kid.outgrows) or len(kid.moves) > 1


def _make_room(kids: list[PlannedChild], day: date, klass: int, default: int) -> int:
    """The ordinary child of ``klass`` in care on or after ``day`` who arrived last."""
    later = Period(day, None)
    there = [
        i
        for i, kid in enumerate(kids)
        if not _featured(kid) and any(k == klass and p.overlaps(later) for k, p in kid.periods())
    ]
    return max(there, key=lambda i: (kids[i].moves[0][1], i), default=default)


@dataclass
class _Row:
    child: int
    klass: int
    start: date
    end: date | None
    inclusive: bool


def _first_refused(
    kids: list[PlannedChild], klasses: list[PlannedClass], places: int, inclusive_places: int
) -> tuple[int, date, int, int] | None:
    """(child, day, class, limit) of the first event the services would refuse, or None."""
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
        limit = _over_limit(limits, Period(day, None))
        if limit is not None:
            return i, day, klass, limit
        rows.append(_Row(i, klass, day, None, inclusive))
    return None


def _over_limit(limits: tuple[tuple[list[_Row], int], ...], new: Period) -> int | None:
    """Which limit (CLASS_LIMIT, ...) one more child from ``new.start`` on would exceed."""
    for n, (subset, limit) in enumerate(limits):
        if peak_occupancy([Period(r.start, r.end) for r in subset], new) + 1 > limit:
            return n
    return None
