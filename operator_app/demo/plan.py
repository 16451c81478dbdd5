"""The plan of a demo: a believable Chongqing daycare, held in memory before anything is written.

Why plan first: everything is drawn from one ``random.Random(seed)`` with dates relative to
``today``, so the same seed and day always give the same institution, and the whole plan exists
before ``writer`` writes it through the services in one transaction. Planning is pure
(no database, no services), so it can be checked quickly on its own; the services then check
it again, as they would real data.

What a demo shows on purpose: 3-5 classes per type, about 60 children in care and 10 leavers,
children moved up (托小班 → 托大班, 乳儿班 → 托小班) at the last term start and one moved
between two 混合班, a pair of twins, a few children with a birth certificate or no ID yet,
names with 曾/单/解/区 and with 堃, 喆, 䶮, 龑, 昇, 𫖮; a carer whose health certificate has
expired (assigned, but not counted in the ratio), one whose certificate expires within 45 days,
about 90 % of carers certified; and in the registers a 手足口病 cluster (three children of
one class on one day, 2-4 months back) that the outbreak alert should catch.

The parts live in ``placements`` (classes, children's histories, enrolment events),
``children``, ``staff``, ``registers``, ``dates`` and ``words``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from random import Random

from operator_app.demo import words
from operator_app.demo.children import ChildPlanner, assign_identities
from operator_app.demo.dates import shift_months
from operator_app.demo.placements import (
    TYPE_ORDER,
    PlannedChild,
    PlannedClass,
    keep_feasible,
)
from operator_app.demo.registers import Register, plan_registers
from operator_app.demo.staff import PlannedStaff, plan_staff
from operator_app.domain.classes import ClassRule
from operator_app.domain.enums import ClassType, InstitutionNature, StaffRole
from operator_app.domain.identity import make_uscc
from operator_app.domain.institution import Institution
from operator_app.domain.periods import Period, peak_occupancy

DIVISION_CODE = "500112"  # 渝北区
OPENED_MONTHS_AGO = 20
CLASS_COUNTS = (3, 4, 4, 5)  # classes per type, drawn per type
CAPACITIES = {
    ClassType.INFANT: (6, 8),
    ClassType.SMALL: (8, 10, 12),
    ClassType.BIG: (10, 12, 15),
    ClassType.MIXED: (10, 12),
}
CLASS_PREFIX = {
    ClassType.INFANT: "乳儿",
    ClassType.SMALL: "小",
    ClassType.BIG: "大",
    ClassType.MIXED: "混龄",
}


@dataclass
class DemoPlan:
    """Everything a demo fill writes, in the order it is written; children in file order."""

    institution: Institution
    classes: list[PlannedClass]
    children: list[PlannedChild]
    staff: list[PlannedStaff]
    opened: date
    registers: list[Register]


def make_plan(rng: Random, today: date, rules: dict[ClassType, ClassRule]) -> DemoPlan:
    """The whole demo drawn from ``rng``, relative to ``today``, within the class ``rules``."""
    opened = shift_months(today, -OPENED_MONTHS_AGO)
    class_plans = plan_classes(rng, rules)
    planner = ChildPlanner(rng, today, class_plans, rules)
    places = max(10, sum(c.capacity for c in class_plans) // 10 * 10)
    kids = keep_feasible(planner.plan(), class_plans, places, round(places * 0.7))
    planner.name_all(kids)
    assign_identities(rng, kids)
    for c_index, klass in enumerate(class_plans):
        periods = [p for kid in kids for k, p in kid.periods() if k == c_index]
        klass.peak = peak_occupancy(periods, Period(opened, None))
    people = plan_staff(rng, today, opened, class_plans, rules)
    principal = next(s.data for s in people if s.data.role is StaffRole.PRINCIPAL)
    inst = plan_institution(rng, opened, places, principal.name)
    registers = plan_registers(rng, today, kids, len(class_plans))
    return DemoPlan(inst, class_plans, kids, people, opened, registers)


def plan_institution(rng: Random, opened: date, places: int, principal: str) -> Institution:
    """A filed for-profit centre in 渝北区 with a valid USCC; 70 % of places inclusive."""
    street, road = rng.choice(words.STREETS)
    org = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
    return Institution(
        name=f"重庆市渝北区{rng.choice(words.INSTITUTION_NAMES)}托育中心",
        uscc=make_uscc(f"91{DIVISION_CODE}{org}"),
        nature=InstitutionNature.FOR_PROFIT,
        places=places,
        inclusive_places=round(places * 0.7),
        filing_number=f"渝北卫托备〔{opened.year}〕{rng.randint(1, 80):03d}号",
        address=f"重庆市渝北区{street}{road}{rng.randint(2, 300)}号{rng.randint(1, 12)}幢1-2层",
        division_code=DIVISION_CODE,
        principal=principal,
        phone=f"023-{rng.choice('678')}{rng.randint(0, 9_999_999):07d}",
        meals=True,
    )


def plan_classes(rng: Random, rules: dict[ClassType, ClassRule]) -> list[PlannedClass]:
    """3-5 classes of each type, one floor per type, never above the type's legal maximum."""
    out = []
    for floor, ctype in enumerate(TYPE_ORDER, start=1):
        for n in range(rng.choice(CLASS_COUNTS)):
            name = f"{CLASS_PREFIX[ctype]}{words.NUMERALS[n]}班"
            # A district may have lowered the legal maximum: never plan above the stored rule.
            capacity = min(rng.choice(CAPACITIES[ctype]), rules[ctype].max_children)
            out.append(PlannedClass(name, ctype, capacity, f"{floor}楼{floor}{n + 1:02d}室"))
    return out
