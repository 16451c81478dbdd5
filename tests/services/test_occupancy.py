"""Children in care on a day and at the peak from a day onwards (services.occupancy).

The counts that the institution's places, a class's capacity and each new enrolment are held
to; enrolment re-exports them under their old names.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from operator_app.domain.enums import ClassType, LeaveReason
from operator_app.domain.institution import Institution
from operator_app.services import enrolment, occupancy
from operator_app.services.occupancy import InCare

if TYPE_CHECKING:
    from .conftest import Make

SMALL_BIRTH = date(2024, 5, 20)
BIG_BIRTH = date(2023, 10, 5)


def _four_children(make: Make) -> tuple[int, int]:
    """Small class: one child to 2026-03-31, another booked from 04-01 (not inclusive).
    Big class: one child from 03-02, another booked from 05-01; both inclusive."""
    small = make.klass("小一班", ClassType.SMALL)
    big = make.klass("大一班", ClassType.BIG)
    leaving = make.enrolled("甲", SMALL_BIRTH, small, date(2026, 3, 2))
    enrolment.leave(leaving, date(2026, 3, 31), LeaveReason.GRADUATED)
    make.enrolled("乙", SMALL_BIRTH, small, date(2026, 4, 1), inclusive=False)
    make.enrolled("丙", BIG_BIRTH, big, date(2026, 3, 2))
    make.enrolled("丁", BIG_BIRTH, big, date(2026, 5, 1))
    return small, big


def test_count_in_care_on_one_day(inst: Institution, make: Make) -> None:
    _four_children(make)
    assert occupancy.count_in_care(date(2026, 3, 1)) == InCare(0, 0)
    assert occupancy.count_in_care(date(2026, 3, 31)) == InCare(2, 2)
    assert occupancy.count_in_care(date(2026, 4, 1)) == InCare(2, 1)
    assert occupancy.count_in_care(date(2026, 5, 1)) == InCare(3, 2)


def test_peak_from_counts_bookings_ahead(inst: Institution, make: Make) -> None:
    small, big = _four_children(make)
    assert occupancy.peak_from(date(2026, 3, 15)) == InCare(3, 2)
    assert occupancy.peak_from(date(2026, 3, 15), small) == InCare(1, 1)
    assert occupancy.peak_from(date(2026, 4, 1), small) == InCare(1, 0)
    assert occupancy.peak_from(date(2026, 3, 15), big) == InCare(2, 2)
    assert occupancy.peak_from(date(2027, 1, 1), big) == InCare(2, 2)


def test_enrolment_keeps_the_old_names(inst: Institution, make: Make) -> None:
    _four_children(make)
    assert enrolment.InCare is InCare
    assert enrolment.count_in_care(date(2026, 4, 1)) == InCare(2, 1)
    assert enrolment.peak_from(date(2026, 4, 1)) == InCare(3, 2)
