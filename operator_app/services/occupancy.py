"""How many children are in care: on one day, and at the peak on any day from a day onwards.

Why a module of its own: the institution (filed places), classes (capacity) and enrolment (each
new period) all ask these questions. Counted here, below all three, none of them has to import
another inside a function to dodge an import circle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import Expression, fn

from operator_app.domain.periods import Period, peak_occupancy
from operator_app.storage.queries import tuples_of
from operator_app.storage.records import EnrolmentRecord


@dataclass(frozen=True)
class InCare:
    total: int
    inclusive: int


def count_in_care(on: date) -> InCare:
    """Children in care on ``on``, and how many of them hold an inclusive (普惠) place."""
    query = EnrolmentRecord.select(
        fn.COUNT(EnrolmentRecord.id), fn.SUM(EnrolmentRecord.inclusive.cast("integer"))
    )
    total, inclusive = tuples_of(query.where(covers(on)))[0]
    return InCare(int(total or 0), int(inclusive or 0))


def peak_from(on: date, class_id: int | None = None) -> InCare:
    """The most children in care (and on inclusive places) on any day from ``on`` onwards.

    Why from ``on`` onwards: enrolments may already be booked for next week, so a limit lowered
    today must still hold when they start.
    """
    window = Period(on, None)
    where = None if class_id is None else (EnrolmentRecord.klass == class_id)
    total = peak_occupancy(periods(where), window)
    inclusive_where = EnrolmentRecord.inclusive == True  # noqa: E712
    if class_id is not None:
        inclusive_where = inclusive_where & (EnrolmentRecord.klass == class_id)
    return InCare(total, peak_occupancy(periods(inclusive_where), window))


def periods(where: Expression | None) -> list[Period]:
    """The enrolment periods matching ``where`` (all of them for ``None``)."""
    query = EnrolmentRecord.select(EnrolmentRecord.start_date, EnrolmentRecord.end_date)
    if where is not None:
        query = query.where(where)
    return [Period(s, e) for s, e in tuples_of(query)]


def covers(on: date) -> Expression:
    """The condition "this enrolment period includes the day ``on``"."""
    return (EnrolmentRecord.start_date <= on) & (
        EnrolmentRecord.end_date.is_null() | (EnrolmentRecord.end_date >= on)
    )
