"""Service test fixtures: a fresh database per test and tiny builders that go through services.

The database is the shared ``db`` fixture of tests/conftest.py (a fresh copy of a migrated
template in the test's private data folder). ``inst`` saves a known institution, ``make`` builds
classes, children and staff with valid identity numbers through the real services.
Dates are fixed in the past so the results do not depend on the day the suite runs.
"""

from __future__ import annotations

from datetime import date

import pytest

from operator_app.domain.children import ChildInput, GuardianInput
from operator_app.domain.enums import (
    CertificateKind,
    ClassType,
    GuardianRelation,
    IdType,
    InstitutionNature,
    Occupation,
    Sex,
    StaffRole,
)
from operator_app.domain.identity import make_resident_id, make_uscc
from operator_app.domain.institution import Institution
from operator_app.domain.staff import CertificateInput, StaffInput
from operator_app.services import children, classes, enrolment, institution, staff

REGION = "500103"  # 重庆市渝中区
USCC = make_uscc("91500103MA5UXXXX0")
TERM_START = date(2026, 3, 2)


def make_institution(places: int = 60, inclusive: int = 40, **changes: object) -> Institution:
    fields: dict[str, object] = {
        "name": "渝中区示例托育中心",
        "uscc": USCC,
        "nature": InstitutionNature.FOR_PROFIT,
        "places": places,
        "inclusive_places": inclusive,
        "filing_number": "渝卫托备2026001",
        "division_code": "500103",
        "principal": "陈红",
        "phone": "023-63800000",
    }
    fields.update(changes)
    return Institution(**fields)  # type: ignore[arg-type]


class Make:
    """Builders that create rows through the services, with unique valid ID numbers."""

    USCC = USCC
    TERM_START = TERM_START

    def __init__(self) -> None:
        self._seq = 100

    def institution_data(
        self, places: int = 60, inclusive: int = 40, **changes: object
    ) -> Institution:
        return make_institution(places, inclusive, **changes)

    def _next_seq(self, male: bool) -> int:
        self._seq += 1
        if (self._seq % 2 == 1) != male:
            self._seq += 1
        return self._seq

    def resident_id(self, birth: date, male: bool) -> str:
        return make_resident_id(REGION, birth, self._next_seq(male), male)

    def child_input(
        self,
        name: str,
        birth: date,
        male: bool = True,
        with_id: bool = True,
        phone: str = "13800138000",
        guardian: str = "李丽",
    ) -> ChildInput:
        sex = Sex.MALE if male else Sex.FEMALE
        guardians = (GuardianInput(guardian, GuardianRelation.MOTHER, phone),) if phone else ()
        if with_id:
            return ChildInput(
                name,
                sex,
                birth,
                IdType.RESIDENT,
                self.resident_id(birth, male),
                guardians=guardians,
            )
        return ChildInput(name, sex, birth, IdType.NONE, id_note="户口办理中", guardians=guardians)

    def child(self, name: str, birth: date, male: bool = True, **kwargs: object) -> int:
        return children.create_child(self.child_input(name, birth, male, **kwargs)).id  # type: ignore[arg-type]

    def klass(self, name: str, class_type: ClassType, capacity: int | None = None) -> int:
        return classes.create_class(name, class_type, capacity, opened_on=date(2025, 9, 1))

    def enrolled(
        self,
        name: str,
        birth: date,
        class_id: int,
        start: date = TERM_START,
        inclusive: bool = True,
        male: bool = True,
    ) -> int:
        child_id = self.child(name, birth, male)
        enrolment.enrol(child_id, class_id, start, inclusive)
        return child_id

    def staff(
        self,
        name: str,
        role: StaffRole = StaffRole.CARER,
        male: bool = False,
        health: date | None = None,
        background: date | None = None,
        birth: date = date(1990, 5, 4),
        hired: date = date(2024, 1, 2),
    ) -> int:
        data = StaffInput(
            name,
            Sex.MALE if male else Sex.FEMALE,
            role,
            hired,
            id_number=self.resident_id(birth, male),
            phone="13900001111",
            health_cert_expires=health,
            background_checked_on=background,
        )
        return staff.create_staff(data)

    def certificate(
        self,
        staff_id: int,
        occupation: Occupation = Occupation.BAOYU,
        grade: int = 4,
        number: str = "Y500000000000000000001",
    ) -> int:
        cert = CertificateInput(
            occupation,
            grade,
            number,
            CertificateKind.SKILL_LEVEL,
            date(2024, 6, 1),
            issuer="重庆市职业技能鉴定中心",
        )
        return staff.add_certificate(staff_id, cert)


@pytest.fixture
def inst(db: object) -> Institution:
    """The institution: 60 places, 40 of them inclusive."""
    return institution.save(make_institution())


@pytest.fixture
def make(db: object) -> Make:
    return Make()
