"""Staff records and grade certificates, and the certified flag the 持证率 KPI counts."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.enums import CertificateKind, Occupation, Sex, StaffRole
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.domain.identity import make_resident_id
from operator_app.domain.staff import CertificateInput, StaffInput
from operator_app.services import audit, staff
from operator_app.services.staff import StaffSummary
from operator_app.storage.records import CertificateRecord, StaffRecord

if TYPE_CHECKING:
    from .conftest import Make

BIRTH = date(1992, 8, 16)
LIU_ID = make_resident_id("500103", BIRTH, 22, False)
HIRED = date(2025, 2, 17)
ON = date(2026, 5, 6)


def liu(**changes: object) -> StaffInput:
    fields: dict[str, object] = {
        "name": "刘芳",
        "sex": Sex.FEMALE,
        "role": StaffRole.CARER,
        "hired_on": HIRED,
        "id_number": LIU_ID,
        "phone": "13900001111",
    }
    fields.update(changes)
    return StaffInput(**fields)  # type: ignore[arg-type]


def cert(number: str = "Y500000000000000000001", **changes: object) -> CertificateInput:
    fields: dict[str, object] = {
        "occupation": Occupation.BAOYU,
        "grade": 4,
        "number": number,
        "kind": CertificateKind.SKILL_LEVEL,
        "issued_on": date(2024, 6, 1),
    }
    fields.update(changes)
    return CertificateInput(**fields)  # type: ignore[arg-type]


def test_create_staff(make: Make) -> None:
    staff_id = staff.create_staff(liu(name=" 刘  芳 "))
    row = StaffRecord.get_by_id(staff_id)
    assert (row.name, row.pinyin, row.initials, row.sex, row.role) == (
        "刘 芳",
        "liufang",
        "lf",
        "F",
        "carer",
    )
    assert (row.id_number, row.birth_date, row.hired_on) == (LIU_ID, BIRTH, HIRED)
    [entry] = audit.recent()
    assert (entry.action, entry.entity, entry.entity_id) == ("staff.create", "staff", str(staff_id))
    assert entry.summary == "新建员工 刘 芳（保育人员）"


def test_staff_without_id_number(make: Make) -> None:
    staff_id = staff.create_staff(liu(id_number="", birth_date=None))
    assert StaffRecord.get_by_id(staff_id).id_number is None
    staff.create_staff(liu(name="陈静", id_number=""))  # two without number do not clash
    assert StaffRecord.select().count() == 2


def test_duplicate_id_number_is_refused(make: Make) -> None:
    staff.create_staff(liu())
    with pytest.raises(RuleViolation) as info:
        staff.create_staff(liu(name="刘芳芳", id_number=LIU_ID.lower()))
    assert info.value.code == "duplicate_staff"
    assert LIU_ID not in info.value.message
    assert StaffRecord.select().count() == 1
    assert audit.count("staff.create") == 1


def test_invalid_id_number_is_refused(make: Make) -> None:
    with pytest.raises(ValidationError) as info:
        staff.create_staff(liu(id_number=LIU_ID[:-1] + ("0" if LIU_ID[-1] != "0" else "1")))
    assert info.value.field == "id_number"
    assert StaffRecord.select().count() == 0
    assert audit.count() == 0


def test_future_hire_date_is_refused(make: Make) -> None:
    with pytest.raises(ValidationError) as info:
        staff.create_staff(liu(hired_on=date(2026, 6, 1)), today=ON)
    assert info.value.field == "hired_on"
    assert StaffRecord.select().count() == 0


@pytest.mark.parametrize(
    "number",
    [
        "Y500000000000000000001",
        "S123456789012345678901",
        "y500000000000000000001",
        " Y500000000000000000001 ",
    ],
)
def test_skill_certificate_numbers_accepted(make: Make, number: str) -> None:
    staff_id = staff.create_staff(liu())
    cert_id = staff.add_certificate(staff_id, cert(number), today=ON)
    row = CertificateRecord.get_by_id(cert_id)
    assert row.number == number.strip().upper()
    assert (row.staff_id, row.occupation, row.grade, row.kind) == (
        staff_id,
        "baoyu",
        4,
        "skill_level",
    )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"number": "Y50000000000000000000"}, "number"),  # Y + 20 digits
        ({"number": "Y5000000000000000000012"}, "number"),  # Y + 22 digits
        ({"number": "S50000000000000000000A"}, "number"),
        ({"number": "   "}, "number"),
        ({"grade": 0}, "grade"),
        ({"grade": 6}, "grade"),
        ({"issued_on": date(2026, 5, 7)}, "issued_on"),
        ({"kind": CertificateKind.QUALIFICATION, "expires_on": date(2024, 5, 31)}, "expires_on"),
    ],
)
def test_certificate_validation(make: Make, changes: dict[str, object], field: str) -> None:
    staff_id = staff.create_staff(liu())
    with pytest.raises(ValidationError) as info:
        staff.add_certificate(staff_id, cert(**changes), today=ON)  # type: ignore[arg-type]
    assert info.value.field == field
    assert CertificateRecord.select().count() == 0
    assert audit.count("staff.certificate.add") == 0


def test_qualification_certificate_numbers_vary(make: Make) -> None:
    staff_id = staff.create_staff(liu())
    cert_id = staff.add_certificate(
        staff_id, cert("1150000000401234", kind=CertificateKind.QUALIFICATION, grade=5), today=ON
    )
    assert CertificateRecord.get_by_id(cert_id).number == "1150000000401234"
    [entry] = audit.recent(1)
    assert entry.action == "staff.certificate.add"
    assert entry.summary == "刘芳 登记证书 保育师5级 1150000000401234"


def test_certificate_for_unknown_staff_is_not_found(make: Make) -> None:
    """Services report a missing record as the domain's NotFound, never as a peewee error."""
    with pytest.raises(NotFound):
        staff.add_certificate(999, cert(), today=ON)


def test_list_staff_with_certified_flag(make: Make) -> None:
    baoyu = make.staff("刘芳")
    make.certificate(baoyu, Occupation.BAOYU)
    yuying = make.staff("陈静")
    make.certificate(yuying, Occupation.YUYING, number="S500000000000000000002")
    other = make.staff("黄敏")
    make.certificate(other, Occupation.OTHER, number="C-2024-77")
    none = make.staff("安娜")
    cook = make.staff("马强", role=StaffRole.COOK, male=True)
    make.certificate(cook, Occupation.BAOYU, number="Y500000000000000000003")
    everyone = staff.list_staff(ON)
    assert [(s.name, s.role, s.certified) for s in everyone] == [
        ("安娜", StaffRole.CARER, False),
        ("陈静", StaffRole.CARER, True),
        ("黄敏", StaffRole.CARER, False),
        ("刘芳", StaffRole.CARER, True),
        ("马强", StaffRole.COOK, True),
    ]
    carers = staff.list_staff(ON, StaffRole.CARER)
    assert [s.id for s in carers] == [none, yuying, other, baoyu]
    assert carers[0] == StaffSummary(none, "安娜", StaffRole.CARER, "13900001111", False)


def test_list_staff_on_a_day(make: Make) -> None:
    make.staff("刘芳", hired=date(2024, 1, 2))
    make.staff("陈静", hired=date(2026, 5, 7))
    gone = make.staff("黄敏", hired=date(2024, 1, 2))
    StaffRecord.update(left_on=date(2026, 3, 31)).where(StaffRecord.id == gone).execute()
    assert [s.name for s in staff.list_staff(ON)] == ["刘芳"]
    assert [s.name for s in staff.list_staff(date(2026, 3, 31))] == ["黄敏", "刘芳"]
    assert [s.name for s in staff.list_staff(date(2026, 5, 7))] == ["陈静", "刘芳"]


def test_an_expired_certificate_does_not_make_a_carer_certified(make: Make) -> None:
    """持证率 counts carers *holding* a certificate: one that expired before the day does not."""
    carer = make.staff("刘芳")
    staff.add_certificate(
        carer,
        cert(
            "1150000000401234",
            kind=CertificateKind.QUALIFICATION,
            issued_on=date(2020, 1, 6),
            expires_on=date(2026, 1, 5),
        ),
        today=ON,
    )
    assert [s.certified for s in staff.list_staff(date(2026, 1, 5))] == [True]
    assert [s.certified for s in staff.list_staff(ON)] == [False]
