"""The registers of a demo: every class, every school day of the last six months, with marks.

Why a module of its own: the registers are by far the largest part of a demo (thousands of
child-days) and follow their own model: absences come in spells (an illness lasts days, a
personal absence one to three, an unexplained one a single day), illness is more frequent in
winter (November to March), and one 手足口病 cluster (three children of one class on one day,
2-4 months back) is planted for the outbreak alert to catch. A day without a mark is a day
present, so only absences are held.

Consent: the illness of a sick day is health data. On a day without a health-data consent in
force the mark is still 病假, with no illness and a follow-up that says only that the guardian
called in sick; the outbreak's children are drawn from those whose illness may be recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from random import Random

from operator_app.demo import words
from operator_app.demo.dates import shift_months
from operator_app.demo.placements import PlannedChild
from operator_app.domain.attendance import Mark
from operator_app.domain.calendar import school_days
from operator_app.domain.enums import AttendanceStatus
from operator_app.domain.periods import Period

ATTENDANCE_MONTHS = 6
# Daily chance of starting an absence, and the winter factor for illness (Nov-Mar).
SICK_START, PERSONAL_START, ABSENT_START, WINTER = 0.011, 0.007, 0.003, 1.4

Register = tuple[date, int, dict[int, Mark]]
"""One class's register on one day: (day, class index, child index -> mark)."""
_Members = list[list[tuple[int, Period]]]  # per class index: (child index, stay)
_Outbreak = tuple[date, int, list[int]]  # day, class index, child indexes


def plan_registers(
    rng: Random, today: date, kids: list[PlannedChild], n_classes: int
) -> list[Register]:
    """Every class's register on every school day of the last six months up to ``today``."""
    first = shift_months(today, -ATTENDANCE_MONTHS)
    days = school_days(first, today).days
    by_class: _Members = [[] for _ in range(n_classes)]
    for i, kid in enumerate(kids):
        for klass, period in kid.periods():
            by_class[klass].append((i, period))
    spells: dict[int, tuple[int, Mark]] = {}  # child -> (school days left, mark)
    outbreak = _pick_outbreak(rng, days, by_class, kids)
    out = []
    for day in days:
        for klass, members in enumerate(by_class):
            in_care = sorted((m for m in members if m[1].covers(day)), key=lambda m: m[0])
            ill = outbreak[2] if outbreak and (day, klass) == outbreak[:2] else []
            marks = _day_marks(rng, spells, day, [i for i, _ in in_care], ill)
            out.append((day, klass, {i: _consented(m, kids[i], day) for i, m in marks.items()}))
    return out


def _consented(mark: Mark, kid: PlannedChild, day: date) -> Mark:
    """The mark as it may be recorded: no illness without a health-data consent that day."""
    if mark.status is AttendanceStatus.SICK and not kid.health_allowed(day):
        return Mark(AttendanceStatus.SICK, "", words.SICK_WITHOUT_CONSENT_NOTE)
    return mark


def _day_marks(
    rng: Random, spells: dict[int, tuple[int, Mark]], day: date, in_care: list[int], ill: list[int]
) -> dict[int, Mark]:
    """The marks of one register: the outbreak's children fall ill, the others may be away."""
    marks = {}
    for i in in_care:
        if i in ill:
            spells[i] = _outbreak_spell(rng)
        mark = _next_mark(rng, spells, i, day)
        if mark is not None:
            marks[i] = mark
    return marks


def _pick_outbreak(
    rng: Random, days: Sequence[date], by_class: _Members, kids: list[PlannedChild]
) -> _Outbreak | None:
    """A 手足口病 cluster: three children of one class fall ill on one day, 2-4 months ago.

    Only children whose health-data consent is in force that day: the alert reads illnesses.
    """
    window = [d for d in days if 60 <= (days[-1] - d).days <= 120] if days else []
    if not window:
        return None
    day = rng.choice(window)

    def allowed(klass: int) -> list[int]:
        members = by_class[klass]
        return sorted(i for i, p in members if p.covers(day) and kids[i].health_allowed(day))

    crowded = [k for k in range(len(by_class)) if len(allowed(k)) >= 5]
    if not crowded:
        return None
    klass = rng.choice(crowded)
    return day, klass, rng.sample(allowed(klass), 3)


def _outbreak_spell(rng: Random) -> tuple[int, Mark]:
    illness = next(x for x in words.ILLNESSES if x[0] == words.OUTBREAK_ILLNESS)
    return rng.randint(illness[2], illness[3]), Mark(
        AttendanceStatus.SICK, illness[0], illness[4][0]
    )


def _next_mark(
    rng: Random, spells: dict[int, tuple[int, Mark]], child: int, day: date
) -> Mark | None:
    """Continue a child's absence or maybe start one; None means present."""
    left, mark = spells.get(child, (0, Mark(AttendanceStatus.PRESENT)))
    if left <= 0:
        started = _start_absence(rng, day)
        if started is None:
            return None
        left, mark = started
    spells[child] = (left - 1, mark)
    return mark


def _start_absence(rng: Random, day: date) -> tuple[int, Mark] | None:
    """Maybe start an absence on ``day``: (school days it lasts, mark), or None."""
    winter = WINTER if day.month in (11, 12, 1, 2, 3) else 1.0
    roll = rng.random()
    if roll < SICK_START * winter:
        name, _w, shortest, longest, notes = words.weighted(
            rng, tuple((x, x[1]) for x in words.ILLNESSES)
        )
        return rng.randint(shortest, longest), Mark(AttendanceStatus.SICK, name, rng.choice(notes))
    if roll < SICK_START * winter + PERSONAL_START:
        left = rng.randint(1, 3)
        return left, Mark(AttendanceStatus.PERSONAL, follow_up=rng.choice(words.PERSONAL_NOTES))
    if roll < SICK_START * winter + PERSONAL_START + ABSENT_START:
        return 1, Mark(AttendanceStatus.ABSENT, follow_up=rng.choice(words.ABSENT_NOTES))
    return None
