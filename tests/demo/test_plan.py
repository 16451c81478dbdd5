"""demo.plan: the in-memory demo plan, checked without a database (fast).

The full fill, written through the services and read back, is tested in
tests/demo/test_fill.py; these tests pin the planning rules themselves.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from random import Random

import pytest

from operator_app.demo.placements import ENROL, enrolment_events
from operator_app.demo.plan import DemoPlan, make_plan
from operator_app.demo.words import OUTBREAK_ILLNESS
from operator_app.domain.ages import age_in_months
from operator_app.domain.attendance import Mark
from operator_app.domain.calendar import is_school_day
from operator_app.domain.classes import DEFAULT_RULES, ClassRule, fits_class
from operator_app.domain.enums import AttendanceStatus, ClassType, StaffRole
from operator_app.domain.periods import Period, peak_occupancy

TODAY = date(2026, 11, 20)  # a Friday


def _rules() -> dict[ClassType, ClassRule]:
    return dict(DEFAULT_RULES)


@pytest.fixture(scope="module")
def plan() -> DemoPlan:
    return make_plan(Random(1), TODAY, _rules())


def test_same_seed_and_day_give_the_same_plan(plan: DemoPlan) -> None:
    assert make_plan(Random(1), TODAY, _rules()) == plan
    assert make_plan(Random(2), TODAY, _rules()) != plan


def test_every_child_fits_its_class_type_at_each_start(plan: DemoPlan) -> None:
    for kid in plan.children:
        for klass, start in kid.moves:
            ctype = plan.classes[klass].ctype
            fit = fits_class(ctype, age_in_months(kid.birth, start), DEFAULT_RULES)
            assert fit.ok, (kid.name, ctype, start, fit.reason)


def test_in_care_never_exceeds_class_capacity_or_places(plan: DemoPlan) -> None:
    window = Period(plan.opened, None)
    stays = [(k, p, kid.inclusive) for kid in plan.children for k, p in kid.periods()]
    for c_index, klass in enumerate(plan.classes):
        in_class = [p for k, p, _inc in stays if k == c_index]
        assert peak_occupancy(in_class, window) <= klass.capacity, klass.name
    inst = plan.institution
    assert peak_occupancy([p for _k, p, _inc in stays], window) <= inst.places
    inclusive = [p for _k, p, inc in stays if inc]
    assert peak_occupancy(inclusive, window) <= inst.inclusive_places


def test_history_starts_on_school_days_and_enrols_before_moving(plan: DemoPlan) -> None:
    in_care = sum(kid.leave is None for kid in plan.children)
    assert 55 <= in_care <= 64
    assert any(len(kid.moves) > 1 for kid in plan.children)
    assert any(kid.leave is not None for kid in plan.children)
    seen: set[int] = set()
    for event in enrolment_events(plan.children, plan.classes):
        assert is_school_day(event.day)[0], event
        assert event.day <= TODAY
        assert (event.phase == ENROL) == (event.child not in seen), event
        seen.add(event.child)


def test_lowered_legal_maximum_is_respected() -> None:
    rules = _rules()
    rules[ClassType.BIG] = replace(rules[ClassType.BIG], max_children=9)
    small = make_plan(Random(3), TODAY, rules)
    assert all(c.capacity <= 9 for c in small.classes if c.ctype is ClassType.BIG)


def test_staff_cover_every_class_and_names_are_unique(plan: DemoPlan) -> None:
    roles = [s.data.role for s in plan.staff]
    assert roles.count(StaffRole.PRINCIPAL) == 1
    assigned = {s.klass for s in plan.staff if s.klass is not None}
    assert assigned == set(range(len(plan.classes)))
    names = [kid.name for kid in plan.children] + [s.data.name for s in plan.staff]
    assert len(names) == len(set(names))


def test_registers_mark_only_children_in_care_and_hold_the_outbreak(plan: DemoPlan) -> None:
    last: dict[int, dict[int, Mark]] = {}  # class index -> marks of its previous register
    onsets = []
    for day, klass, marks in plan.registers:
        for i, mark in marks.items():
            assert any(k == klass and p.covers(day) for k, p in plan.children[i].periods())
            assert mark.status is not AttendanceStatus.PRESENT
        before = last.get(klass, {})
        new = [i for i, m in marks.items() if _hfmd(m) and not _hfmd(before.get(i))]
        onsets.append(len(new))
        last[klass] = marks
    assert max(onsets) >= 3  # the planted cluster: three children of one class on one day


def _hfmd(mark: Mark | None) -> bool:
    return mark is not None and mark.illness == OUTBREAK_ILLNESS
