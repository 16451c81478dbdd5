"""The plan of a demo: a believable Chongqing daycare, held in memory before anything is written.

Why plan first: everything is drawn from one ``random.Random(seed)`` with dates relative to
``today``, so the same seed and day always give the same institution, and the whole plan exists
before ``writer`` writes it through the services in one transaction. Planning is pure (no
database, no services), so it can be checked quickly on its own; the services then check it
again, as they would real data.

What a demo shows on purpose: the size of a real centre a manager recognises: 7-8 classes
(1-2 乳儿班, 2-3 托小班, 2-3 托大班, 0-1 混合班), each 80-95 % full today, 80-120 children in
care, filed places just above the classes' total capacity, about two thirds of them inclusive
(普惠), and some 15 leavers; children moved up (托小班 → 托大班, 乳儿班 → 托小班) at the last
term start and one moved between two classes of a type, a pair of twins, a few children with a
birth certificate or no ID yet, names with 曾/单/解/区 and with 堃, 喆, 䶮, 龑, 昇, 𫖮. And a
few things to act on: 3-4 children already past their class's age band (move them up), one
class short of a qualified carer because her health certificate has expired, a carer whose
certificate expires within 45 days, about 90 % of carers certified, a few children whose
guardians never signed the health-data consent and one who withdrew it (their sick days carry
no illness), and in the registers a 手足口病 cluster (three children of one class on one day,
2-4 months back) that the outbreak alert should catch.

The parts live in ``placements`` (classes, children's histories, enrolment events),
``children``, ``consents``, ``staff``, ``registers``, ``dates`` and ``words``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from random import Random

from operator_app.demo import words
from operator_app.demo.children import ChildPlanner, assign_identities
from operator_app.demo.consents import assign_consents
from operator_app.demo.dates import shift_months
from operator_app.demo.placements import (
    PAST,
    SOON,
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
# Classes per type, in TYPE_ORDER (乳儿班, 托小班, 托大班, 混合班): one is drawn.
COMPOSITIONS = (
    (1, 3, 3, 1),
    (2, 3, 3, 0),
    (2, 2, 3, 1),
    (1, 3, 3, 0),
    (2, 3, 2, 0),
    (1, 2, 3, 1),
    (2, 2, 2, 1),
)
CAPACITIES = {
    ClassType.INFANT: (8, 10),
    ClassType.SMALL: (12, 15),
    ClassType.BIG: (15, 18, 20),
    ClassType.MIXED: (15, 18),
}
CLASS_PREFIX = {
    ClassType.INFANT: "乳儿",
    ClassType.SMALL: "小",
    ClassType.BIG: "大",
    ClassType.MIXED: "混龄",
}
OCCUPANCY = (0.80, 0.95)  # of each class's capacity, in care today
IN_CARE = (80, 120)  # children in care today, all classes
PLACES_STEP = 5  # filed places: the total capacity rounded up to this step
INCLUSIVE_SHARE = 0.65  # inclusive (普惠) share of the filed places
PAST_BAND = (3, 4)  # children planted just past their class's age band today
SOON_PAST_BAND = (1, 2)  # ... and due to pass it within the age-transition list's window
DRAWS = 100  # class line-ups drawn before settling for the nearest to IN_CARE
FIT_ROUNDS = 200  # rounds of topping up classes whose children were refused


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
    capacity = sum(c.capacity for c in class_plans)
    places = math.ceil(capacity / PLACES_STEP) * PLACES_STEP
    inclusive = round(places * INCLUSIVE_SHARE)
    planner = ChildPlanner(rng, today, class_plans, rules)
    planted = _planted(rng, class_plans, rules)
    kids = fit_targets(planner, planner.plan(planted), planted, places, inclusive)
    planner.name_all(kids)
    assign_identities(rng, kids)
    assign_consents(rng, kids, today)
    for c_index, klass in enumerate(class_plans):
        periods = [p for kid in kids for k, p in kid.periods() if k == c_index]
        klass.peak = peak_occupancy(periods, Period(opened, None))
    people = plan_staff(rng, today, opened, class_plans, rules)
    principal = next(s.data for s in people if s.data.role is StaffRole.PRINCIPAL)
    inst = plan_institution(rng, opened, places, inclusive, principal.name)
    registers = plan_registers(rng, today, kids, len(class_plans))
    return DemoPlan(inst, class_plans, kids, people, opened, registers)


def plan_institution(
    rng: Random, opened: date, places: int, inclusive: int, principal: str
) -> Institution:
    """A filed for-profit centre in 渝北区 with a valid USCC."""
    street, road = rng.choice(words.STREETS)
    org = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
    return Institution(
        name=f"重庆市渝北区{rng.choice(words.INSTITUTION_NAMES)}托育中心",
        uscc=make_uscc(f"91{DIVISION_CODE}{org}"),
        nature=InstitutionNature.FOR_PROFIT,
        places=places,
        inclusive_places=inclusive,
        filing_number=f"渝北卫托备〔{opened.year}〕{rng.randint(1, 80):03d}号",
        address=f"重庆市渝北区{street}{road}{rng.randint(2, 300)}号{rng.randint(1, 12)}幢1-2层",
        division_code=DIVISION_CODE,
        principal=principal,
        phone=f"023-{rng.choice('678')}{rng.randint(0, 9_999_999):07d}",
        meals=True,
    )


def plan_classes(rng: Random, rules: dict[ClassType, ClassRule]) -> list[PlannedClass]:
    """7-8 classes, one floor per type, each with today's target of 80-95 % of its capacity,
    together 80-120 children (or as near as a district's lowered maxima allow)."""
    best: list[PlannedClass] = []
    for _ in range(DRAWS):
        drawn = _draw_classes(rng, rules)
        total = sum(c.target for c in drawn)
        if IN_CARE[0] <= total <= IN_CARE[1]:
            return drawn
        if not best or _miss(total) < _miss(sum(c.target for c in best)):
            best = drawn
    return best


def fit_targets(
    planner: ChildPlanner,
    kids: list[PlannedChild],
    planted: list[tuple[int, str]],
    places: int,
    inclusive_places: int,
) -> list[PlannedChild]:
    """Children the services accept, with exactly each class's target in care today.

    A child the enrolment rules would refuse (a class full on some past day) is dropped; a
    class left short gets new children (a planted one first when the class lost one),
    a class over its target loses its latest arrivals. Repeats until everything fits.
    """
    klasses = planner.klasses
    for _ in range(FIT_ROUNDS):
        kids = keep_feasible(kids, klasses, places, inclusive_places)
        members = _members(kids, len(klasses), planner.today)
        if all(len(m) == k.target for m, k in zip(members, klasses, strict=True)):
            return kids
        extra: list[PlannedChild] = []
        for c_index, klass in enumerate(klasses):
            here = members[c_index]
            plain = [k for k in here if len(k.moves) == 1 and not (k.twin or k.outgrows)]
            surplus = plain[::-1][: max(0, len(here) - klass.target)]
            kids = [k for k in kids if all(k is not s for s in surplus)]
            lost = [kind for c, kind in planted if c == c_index]
            for kid in here:
                if kid.outgrows in lost:
                    lost.remove(kid.outgrows)
            lost += [""] * (klass.target - len(here))
            for kind in lost[: max(0, klass.target - len(here))]:
                extra.append(planner.direct(c_index, outgrows=kind, late=True))
        kids = sorted(kids + extra, key=lambda kid: kid.moves[0][1])
    return keep_feasible(kids, klasses, places, inclusive_places)


def _members(kids: list[PlannedChild], n_classes: int, day: date) -> list[list[PlannedChild]]:
    """The children in each class on ``day``, by class index."""
    out: list[list[PlannedChild]] = [[] for _ in range(n_classes)]
    for kid in kids:
        c_index = kid.class_on(day)
        if c_index is not None:
            out[c_index].append(kid)
    return out


def _draw_classes(rng: Random, rules: dict[ClassType, ClassRule]) -> list[PlannedClass]:
    out = []
    counts = rng.choice(COMPOSITIONS)
    for floor, (ctype, count) in enumerate(zip(TYPE_ORDER, counts, strict=True), start=1):
        for n in range(count):
            name = f"{CLASS_PREFIX[ctype]}{words.NUMERALS[n]}班"
            # A district may have lowered the legal maximum: never plan above the stored rule.
            capacity = min(rng.choice(CAPACITIES[ctype]), rules[ctype].max_children)
            low = max(1, math.ceil(capacity * OCCUPANCY[0]))
            high = max(low, math.floor(capacity * OCCUPANCY[1]))
            room = f"{floor}楼{floor}{n + 1:02d}室"
            out.append(PlannedClass(name, ctype, capacity, room, target=rng.randint(low, high)))
    return out


def _miss(total: int) -> int:
    return max(IN_CARE[0] - total, total - IN_CARE[1], 0)


def _planted(
    rng: Random, klasses: list[PlannedClass], rules: dict[ClassType, ClassRule]
) -> list[tuple[int, str]]:
    """(class index, PAST or SOON): children at the top of their class's age band.

    PAST ones go to distinct 乳儿班 and 托小班 (a child who turned 1 or 2 this month); SOON
    ones to any class type with an upper age bound.
    """
    bounded = [i for i, c in enumerate(klasses) if rules[c.ctype].max_months is not None]
    young = [i for i in bounded if klasses[i].ctype in (ClassType.INFANT, ClassType.SMALL)]
    if not young:
        return []
    count = rng.randint(*PAST_BAND)
    past = rng.sample(young, min(count, len(young)))
    past += [rng.choice(young) for _ in range(count - len(past))]
    soon = [rng.choice(bounded) for _ in range(rng.randint(*SOON_PAST_BAND))]
    return [(i, PAST) for i in past] + [(i, SOON) for i in soon]
