"""The children of a demo: who is (or was) in which class when, their names and their IDs.

Why a module of its own: a child's history has to satisfy several dates at once (old enough
for the class at the start, still inside the band at a move up, not due to move up today, the
right age to graduate), so birth dates are drawn *from* the history rather than the other way
round. That drawing, and the featured names, twins and odd identity documents a demo shows on
purpose, are the bulk of the planning and stay out of the plan's assembly in ``plan``.
"""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

from operator_app.demo import words
from operator_app.demo.dates import school_day_before, shift_months, term_starts
from operator_app.demo.placements import PAST, SOON, TYPE_ORDER, PlannedChild, PlannedClass
from operator_app.domain.ages import age_in_months
from operator_app.domain.calendar import is_school_day
from operator_app.domain.classes import ClassRule
from operator_app.domain.enums import ClassType, IdType, LeaveReason
from operator_app.domain.identity import make_resident_id

HISTORY_DAYS = 540  # enrolments start within the last 18 months
INCLUSIVE_CHANCE = 0.6  # chance that a child holds an inclusive (普惠) place
# Days ahead the age-transition list looks by default (setting roster.transition_window_days):
# only the planted children outgrow their class within it, so the list shows a handful.
TRANSITION_WINDOW = 30
LEAVE_REASONS = (
    (LeaveReason.GRADUATED, 4),
    (LeaveReason.MOVED, 3),
    (LeaveReason.FAMILY, 2),
    (LeaveReason.HEALTH, 1),
    (LeaveReason.OTHER, 1),
)


class ChildPlanner:
    """Who is (or was) in which class when: birth dates drawn to fit each class's age band."""

    def __init__(
        self,
        rng: Random,
        today: date,
        klasses: list[PlannedClass],
        rules: dict[ClassType, ClassRule],
    ) -> None:
        self.rng, self.today, self.klasses = rng, today, klasses
        self.first = today - timedelta(days=HISTORY_DAYS)
        self.bands = {
            ct: (max(r.min_months, 6), min(r.max_months or 36, 36)) for ct, r in rules.items()
        }
        self.terms = term_starts(self.first, today)
        self.names: set[str] = set()

    def plan(self, planted: list[tuple[int, str]]) -> list[PlannedChild]:
        """Each class's ``target`` in care today, some moved up or across, a pair of twins,
        12-16 leavers; and per (class index, PAST or SOON) in ``planted`` a child at the top
        of the class's age band."""
        rng = self.rng
        kids = [self.direct(c_index, outgrows=kind) for c_index, kind in planted]
        ups = {ClassType.BIG: rng.randint(4, 6), ClassType.SMALL: rng.randint(3, 4)}
        for c_index, klass in enumerate(self.klasses):
            for _ in range(klass.target - [c for c, _kind in planted].count(c_index)):
                kid = None
                if ups.get(klass.ctype, 0) > 0 and rng.random() < 0.4:
                    kid = self._up(c_index)
                    ups[klass.ctype] -= kid is not None
                kids.append(kid or self.direct(c_index))
        kids += [*self._lateral(), *self._twins(kids)]
        kids += [self._leaver() for _ in range(rng.randint(12, 16))]
        kids.sort(key=lambda kid: kid.moves[0][1])  # files are opened as children arrive
        return kids

    def name_all(self, kids: list[PlannedChild]) -> None:
        """Names: the featured ones on children in care, twins sharing a surname."""
        twins = [k for k in kids if k.twin]
        if len(twins) != 2:  # one of them was dropped by the feasibility check
            for kid in twins:
                kid.twin = False
            twins = []
        featured = self.rng.sample(
            [i for i, k in enumerate(kids) if k.leave is None and not k.twin],
            len(words.FEATURED_CHILDREN),
        )
        for i, (name, male) in zip(featured, words.FEATURED_CHILDREN, strict=True):
            kids[i].name, kids[i].male = name, male
            self.names.add(name)
        for kid in kids:
            if not kid.name:
                kid.male = self.rng.random() < 0.52
                surname = twins[0].name[0] if twins and kid is twins[1] else None
                kid.name = self._unique_name(kid.male, surname)

    # -- histories

    def direct(self, c_index: int, outgrows: str = "", late: bool = False) -> PlannedChild:
        """A child enrolled straight into the class, still in it today.

        Inside the class's age band for the next ``TRANSITION_WINDOW`` days; or past its upper
        bound by less than a month (``outgrows=PAST``: a child the manager should move up,
        which ``check`` and the age-transition list show); or due to pass it within the window
        (``SOON``). A ``late`` child arrives in the current term (it fills a place left free).
        """
        ctype = self.klasses[c_index].ctype
        first = max((t for t in self.terms if t <= self.today), default=self.first)
        first, last = (first, self.today) if late else (self.first, self.today - timedelta(5))
        while True:
            start = self._pick_start(first, last)
            birth = self._birth([(start, *self.bands[ctype]), *self._now(ctype, outgrows)])
            if birth:
                kid = PlannedChild("", False, birth, [(c_index, start)], self._inclusive())
                kid.outgrows = outgrows
                return kid

    def _now(self, ctype: ClassType, outgrows: str = "") -> list[tuple[date, int, int]]:
        """Age bounds (day, lo, hi) of a child in a class of ``ctype`` today, for ``_birth``."""
        low, high = self.bands[ctype]
        soon = self.today + timedelta(days=TRANSITION_WINDOW)
        if outgrows == PAST:
            return [(self.today, high, high + 1)]
        if outgrows == SOON:
            return [(self.today, low, high), (soon, high, high + 1)]
        return [(self.today, low, high), (soon + timedelta(days=1), low, high)]

    def _up(self, c_index: int) -> PlannedChild | None:
        """A child moved up into this class at the last term start (乳儿→托小, 托小→托大)."""
        ctype = self.klasses[c_index].ctype
        lower = TYPE_ORDER[TYPE_ORDER.index(ctype) - 1]
        sources = [i for i, c in enumerate(self.klasses) if c.ctype is lower]
        term = max(t for t in self.terms if t <= self.today)
        if not sources or term - timedelta(days=60) <= self.first:
            return None
        for _ in range(200):
            start = self._pick_start(self.first, term - timedelta(days=60))
            birth = self._birth(
                [
                    (start, *self.bands[lower]),
                    (term, *self.bands[ctype]),
                    *self._now(ctype),
                ]
            )
            if birth:
                moves = [(self.rng.choice(sources), start), (c_index, term)]
                return PlannedChild("", False, birth, moves, self._inclusive())
        return None

    def _lateral(self) -> list[PlannedChild]:
        """One move between two classes of the same type in mid-term (a parent's request)."""
        pairs = [
            (a, b)
            for a, ca in enumerate(self.klasses)
            for b, cb in enumerate(self.klasses)
            if a != b and ca.ctype is cb.ctype
        ]
        if not pairs:
            return []
        src, dst = self.rng.choice(pairs)
        kid = self.direct(src)
        start = kid.moves[0][1]
        while True:
            on = school_day_before(start + timedelta(days=self.rng.randint(30, 200)))
            if start < on < self.today:
                kid.moves.append((dst, on))
                return [kid]
            kid = self.direct(src)
            start = kid.moves[0][1]

    def _twins(self, kids: list[PlannedChild]) -> list[PlannedChild]:
        """A twin for one child of a 托小班 (same birth day, class and start)."""
        candidates = [
            k
            for k in kids
            if len(k.moves) == 1
            and not k.outgrows
            and self.klasses[k.moves[0][0]].ctype is ClassType.SMALL
        ]
        if not candidates:
            return []
        first = self.rng.choice(candidates)
        first.twin = True
        return [PlannedChild("", False, first.birth, list(first.moves), first.inclusive, twin=True)]

    def _leaver(self) -> PlannedChild:
        reason = words.weighted(self.rng, LEAVE_REASONS)
        pool = [
            i
            for i, c in enumerate(self.klasses)
            if reason is not LeaveReason.GRADUATED or c.ctype in (ClassType.BIG, ClassType.MIXED)
        ]
        while True:
            c_index = self.rng.choice(pool)
            ctype = self.klasses[c_index].ctype
            start = self._pick_start(self.first, self.today - timedelta(days=60))
            last = self._last_day(reason, start)
            if last is None:
                continue
            age_at_end = (33, 37) if reason is LeaveReason.GRADUATED else (6, 36)
            birth = self._birth([(start, *self.bands[ctype]), (last, *age_at_end)])
            if birth:
                note = self.rng.choice(words.LEAVE_NOTES[reason.value])
                leave = (last, reason, note)
                return PlannedChild("", False, birth, [(c_index, start)], self._inclusive(), leave)

    def _last_day(self, reason: LeaveReason, start: date) -> date | None:
        latest = self.today - timedelta(days=3)
        if reason is LeaveReason.GRADUATED:  # the last school day of August
            ends = [school_day_before(date(t.year, 8, 31)) for t in self.terms if t.month == 9]
            ends = [d for d in ends if start + timedelta(days=60) < d <= latest]
            return self.rng.choice(ends) if ends else None
        if start + timedelta(days=30) > latest:
            return None
        return school_day_before(
            start + timedelta(days=self.rng.randint(30, (latest - start).days))
        )

    # -- draws

    def _pick_start(self, first: date, last: date) -> date:
        terms = [t for t in self.terms if first <= t <= last]
        if terms and self.rng.random() < 0.35:
            return self.rng.choice(terms)
        day = school_day_before(first + timedelta(days=self.rng.randint(0, (last - first).days)))
        while day < first or not is_school_day(day)[0]:
            day += timedelta(days=1)
        return day

    def _birth(self, bounds: list[tuple[date, int, int]]) -> date | None:
        """A birth date with lo <= age in months < hi on each (day, lo, hi), or None."""
        earliest = max(shift_months(d, -hi) + timedelta(days=1) for d, _lo, hi in bounds)
        latest = min(shift_months(d, -lo) for d, lo, _hi in bounds)
        if earliest > latest:
            return None
        for _ in range(20):
            birth = earliest + timedelta(days=self.rng.randint(0, (latest - earliest).days))
            if all(lo <= age_in_months(birth, d) < hi for d, lo, hi in bounds):
                return birth
        return None

    def _inclusive(self) -> bool:
        return self.rng.random() < INCLUSIVE_CHANCE

    def _unique_name(self, male: bool, surname: str | None = None) -> str:
        while True:
            name = words.child_name(self.rng, male, surname)
            if name not in self.names:
                self.names.add(name)
                return name


def assign_identities(rng: Random, kids: list[PlannedChild]) -> None:
    """ID numbers (a few birth certificates, one or two none yet) and guardians."""
    numbers: set[str] = set()
    others = rng.sample([i for i, k in enumerate(kids) if not k.twin], 3 + rng.randint(1, 2))
    for i, kid in enumerate(kids):
        kid.guardians = words.guardians(rng, kid.name[0])
        if i in others[:3]:
            kid.id_type = IdType.BIRTH_CERT
            kid.id_number = rng.choice("NOPQRS") + f"{rng.randint(0, 999_999_999):09d}"
        elif i in others[3:]:
            kid.id_type, kid.id_note = IdType.NONE, rng.choice(words.ID_NONE_NOTES)
        else:
            kid.id_number = words.resident_id(rng, kid.birth, kid.male)
            while kid.id_number in numbers:
                kid.id_number = words.resident_id(rng, kid.birth, kid.male)
        numbers.add(kid.id_number)
    twins = [k for k in kids if k.twin]
    if len(twins) == 2:
        _twin_ids(twins[0], twins[1], numbers)


def _twin_ids(first: PlannedChild, second: PlannedChild, numbers: set[str]) -> None:
    # Twins: registered together, so consecutive order codes of one office; shared guardians.
    numbers.discard(second.id_number)
    seq = int(first.id_number[14:17])
    step = 2 if first.male == second.male else 1
    for delta in (step, -step, step + 2, -step - 2):
        if 0 <= seq + delta <= 999:
            number = make_resident_id(first.id_number[:6], second.birth, seq + delta, second.male)
            if number not in numbers:
                second.id_number = number
                break
    second.guardians = first.guardians
