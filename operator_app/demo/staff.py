"""The staff of a demo: a principal, enough carers for each class's ratio, and support staff.

Why a module of its own: the staff plan depends on the children plan (carers are counted from
each class's peak occupancy, cooks from the children in care) and carries the cases a demo
shows on purpose: one class short of a qualified carer today because one of its carers' health
certificate has expired (assigned, but not counted in the ratio: the finding ``check`` and the
dashboard show), one carer whose certificate expires soon, two spare carers the manager could
assign, and about 90 % of carers holding a 保育师 or 育婴员 certificate of the old or the new
numbering. Keeping those rules apart from the children keeps both planners readable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from random import Random

from operator_app.demo import words
from operator_app.demo.dates import shift_months
from operator_app.demo.placements import PlannedClass
from operator_app.domain.classes import ClassRule, required_carers
from operator_app.domain.enums import CertificateKind, ClassType, Occupation, Sex, StaffRole
from operator_app.domain.staff import CertificateInput, StaffInput

CHILDREN_PER_COOK = 50  # 1 cook per 50 children who get meals (domain.md section 3)


@dataclass
class PlannedStaff:
    """A staff member to create, the certificates to add, and the class a carer is assigned."""

    data: StaffInput
    certificates: list[CertificateInput] = field(default_factory=list)
    klass: int | None = None  # class index for carers assigned to one


def plan_staff(
    rng: Random,
    today: date,
    opened: date,
    klasses: list[PlannedClass],
    rules: dict[ClassType, ClassRule],
) -> list[PlannedStaff]:
    """Everyone on the payroll, principal first; ``klasses`` must already know their peak."""
    people = StaffMaker(rng, today, opened)
    out = [PlannedStaff(people.make(StaffRole.PRINCIPAL, male=False, born=(1978, 1988)))]
    out += _plan_carers(rng, people, klasses, rules)
    out += [
        PlannedStaff(people.make(StaffRole.HEALTH, male=False, born=(1975, 1995)))
        for _ in range(rng.randint(1, 2))
    ]
    out.append(PlannedStaff(people.make(StaffRole.SECURITY, male=True, born=(1965, 1980))))
    cooks = max(2, math.ceil(sum(c.target for c in klasses) / CHILDREN_PER_COOK))
    out += [
        PlannedStaff(people.make(StaffRole.COOK, male=n % 2 == 0, born=(1968, 1985)))
        for n in range(cooks)
    ]
    return out


def _plan_carers(
    rng: Random, people: StaffMaker, klasses: list[PlannedClass], rules: dict[ClassType, ClassRule]
) -> list[PlannedStaff]:
    needs = [max(1, required_carers(k.peak, rules[k.ctype].carers_ratio)) for k in klasses]
    # The short class: one of its needed carers has an expired health certificate, and today's
    # children need every carer the class has, so it is one qualified carer short.
    short = [
        i
        for i, k in enumerate(klasses)
        if needs[i] >= 2 and required_carers(k.target, rules[k.ctype].carers_ratio) == needs[i]
    ]
    lapsed = rng.choice(short) if short else None
    carers: list[PlannedStaff] = []
    expired: list[PlannedStaff] = []
    for c_index, need in enumerate(needs):
        for n in range(need):
            carers.append(people.carer(c_index, expired=c_index == lapsed and n == 0))
            expired += carers[-1:] if c_index == lapsed and n == 0 else []
    # Two spares, one of them hired recently.
    carers += [people.carer(None), people.carer(None, recent=True)]
    soon = rng.choice([s for s in carers if s not in expired and s.klass is not None])
    expires = people.today + timedelta(days=rng.randint(10, 40))
    soon.data = replace(soon.data, health_cert_expires=expires)
    _certify(rng, people, carers, expired)
    return carers


def _certify(
    rng: Random, people: StaffMaker, carers: list[PlannedStaff], expired: list[PlannedStaff]
) -> None:
    # ~90 % certified, never under the 90 % target once there are ten carers or more.
    uncertified = rng.sample([s for s in carers if s not in expired], max(1, len(carers) // 10))
    for person in carers:
        if person in uncertified:
            person.data = replace(person.data, note=words.STAFF_NOTES["uncertified"])
        else:
            person.certificates = people.certificates(person.data)


class StaffMaker:
    """Draws staff records with unique names and resident IDs, and their certificates."""

    def __init__(self, rng: Random, today: date, opened: date) -> None:
        self.rng, self.today, self.opened = rng, today, opened
        self.ids: set[str] = set()
        self.names: set[str] = set()

    def make(
        self,
        role: StaffRole,
        male: bool,
        born: tuple[int, int],
        recent: bool = False,
        expired: bool = False,
    ) -> StaffInput:
        """One person of ``role`` born within ``born`` (years), hired before the opening
        unless ``recent``, with a valid health certificate unless ``expired``."""
        birth, hired, health, checked = self._dates(born, recent, expired)
        return StaffInput(
            name=self._name(male),
            sex=Sex.MALE if male else Sex.FEMALE,
            role=role,
            hired_on=hired,
            id_number=self._id(birth, male),
            birth_date=birth,
            phone=words.mobile(self.rng),
            health_cert_expires=health,
            background_checked_on=checked,
            note=words.STAFF_NOTES["expired"] if expired else "",
        )

    def carer(self, klass: int | None, recent: bool = False, expired: bool = False) -> PlannedStaff:
        """A carer (5 % men) assigned to class index ``klass``, or a spare for None."""
        male = self.rng.random() < 0.05
        data = self.make(StaffRole.CARER, male, (1978, 2002), recent=recent, expired=expired)
        return PlannedStaff(data, klass=klass)

    def certificates(self, person: StaffInput) -> list[CertificateInput]:
        """One certificate, or now and then both occupations."""
        first = self._certificate(person)
        if self.rng.random() < 0.1:  # a few hold both
            other = Occupation.YUYING if first.occupation is Occupation.BAOYU else Occupation.BAOYU
            return [first, self._certificate(person, other)]
        return [first]

    def _dates(
        self, born: tuple[int, int], recent: bool, expired: bool
    ) -> tuple[date, date, date, date]:
        """Birth, hiring, health certificate expiry and background check, in that draw order."""
        rng = self.rng
        birth = date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
        hired = (
            self.today - timedelta(days=rng.randint(30, 200))
            if recent
            else self.opened - timedelta(days=rng.randint(5, 60))
        )
        health = (
            self.today - timedelta(days=rng.randint(5, 40))
            if expired
            else self.today + timedelta(days=rng.randint(60, 360))
        )
        checked = max(
            hired - timedelta(days=rng.randint(5, 20)),
            self.today - timedelta(days=rng.randint(30, 330)),
        )
        return birth, hired, health, checked

    def _certificate(
        self, person: StaffInput, occupation: Occupation | None = None
    ) -> CertificateInput:
        rng = self.rng
        occupation = occupation or (Occupation.BAOYU if rng.random() < 0.7 else Occupation.YUYING)
        grade = words.weighted(rng, ((5, 4), (4, 4), (3, 2)))
        hired = person.hired_on
        adult = shift_months(person.birth_date or hired, 12 * 19)
        issued = max(hired - timedelta(days=rng.randint(30, 2800)), min(adult, hired))
        if issued.year >= 2021:
            return self._skill_level(occupation, grade, issued, hired)
        return self._qualification(occupation, grade, issued, hired)

    def _skill_level(
        self, occupation: Occupation, grade: int, issued: date, hired: date
    ) -> CertificateInput:
        # The new 职业技能等级证书 (Y + 21 digits), issued since 2021.
        rng = self.rng
        number = (
            f"Y{rng.randint(0, 10**12 - 1):012d}{issued:%y}{grade}{rng.randint(0, 999_999):06d}"
        )
        return CertificateInput(
            occupation,
            grade,
            number,
            CertificateKind.SKILL_LEVEL,
            issued,
            rng.choice(words.CERT_ISSUERS_SKILL),
            verified_on=hired,
        )

    def _qualification(
        self, occupation: Occupation, grade: int, issued: date, hired: date
    ) -> CertificateInput:
        # The older 职业资格证书: a plain 16-digit number.
        number = (
            f"{issued:%y}50{self.rng.randint(0, 99_999):05d}{grade}"
            f"{self.rng.randint(0, 999_999):06d}"
        )
        return CertificateInput(
            occupation,
            grade,
            number,
            CertificateKind.QUALIFICATION,
            issued,
            words.CERT_ISSUER_QUALIFICATION,
            verified_on=hired,
        )

    def _name(self, male: bool) -> str:
        while True:
            name = words.adult_name(self.rng, male)
            if name not in self.names:
                self.names.add(name)
                return name

    def _id(self, birth: date, male: bool) -> str:
        while True:
            number = words.resident_id(self.rng, birth, male)
            if number not in self.ids:
                self.ids.add(number)
                return number
