"""Staff and certificate checks (domain.md sections 3 and 7)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from operator_app.domain.enums import CertificateKind, Occupation, Sex, StaffRole
from operator_app.domain.errors import ValidationError
from operator_app.domain.identity import make_resident_id
from operator_app.domain.staff import (
    GRADE_LABELS,
    CertificateInput,
    StaffInput,
    validate_certificate,
    validate_staff,
)

TODAY = date(2026, 5, 6)
BIRTH = date(1992, 8, 16)
FEMALE_ID = make_resident_id("500103", BIRTH, 22, False)
GOOD = StaffInput("刘芳", Sex.FEMALE, StaffRole.CARER, date(2025, 2, 17), FEMALE_ID)
CERT = CertificateInput(
    Occupation.BAOYU, 4, "Y500000000000000000001", CertificateKind.SKILL_LEVEL, date(2024, 6, 1)
)


def test_valid_staff_takes_the_birth_date_from_the_id() -> None:
    clean = validate_staff(replace(GOOD, name=" 刘芳 ", id_number=FEMALE_ID.lower()), TODAY)
    assert clean == replace(GOOD, birth_date=BIRTH)


def test_staff_without_id_keeps_the_entered_birth_date() -> None:
    clean = validate_staff(replace(GOOD, id_number="", birth_date=BIRTH), TODAY)
    assert (clean.id_number, clean.birth_date) == ("", BIRTH)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"id_number": FEMALE_ID[:-1] + ("0" if FEMALE_ID[-1] != "0" else "1")}, "id_number"),
        ({"id_number": "50010319920816"}, "id_number"),
        ({"hired_on": date(2026, 5, 7)}, "hired_on"),
    ],
)
def test_bad_staff_input_names_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_staff(replace(GOOD, **changes), TODAY)  # type: ignore[arg-type]
    assert info.value.field == field


def test_sex_must_agree_with_the_id_number() -> None:
    """domain.md §7: cross-check birth date and sex with the record (as for children)."""
    with pytest.raises(ValidationError) as info:
        validate_staff(replace(GOOD, sex=Sex.MALE), TODAY)
    assert info.value.field == "sex"


def test_entered_birth_date_must_agree_with_the_id_number() -> None:
    with pytest.raises(ValidationError) as info:
        validate_staff(replace(GOOD, birth_date=date(1992, 8, 17)), TODAY)
    assert info.value.field == "birth_date"


@pytest.mark.parametrize(
    "number", ["Y500000000000000000001", "S000000000000000000000", "y123456789012345678901"]
)
def test_skill_level_numbers_letter_and_21_digits(number: str) -> None:
    assert validate_certificate(replace(CERT, number=number), TODAY).number == number.upper()


@pytest.mark.parametrize(
    "number",
    [
        "Y50000000000000000000",
        "Y5000000000000000000012",
        "S50000000000000000000X",
        "YY00000000000000000001",
    ],
)
def test_skill_level_numbers_of_the_wrong_shape(number: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_certificate(replace(CERT, number=number), TODAY)
    assert info.value.field == "number"
    assert "Y 或 S 加 21 位数字" in info.value.reason


def test_other_certificate_numbers_are_free_text() -> None:
    qual = replace(
        CERT,
        kind=CertificateKind.QUALIFICATION,
        number=" 1150000000401234 ",
        expires_on=date(2029, 6, 1),
        issuer=" 重庆市人社局 ",
    )
    clean = validate_certificate(qual, TODAY)
    assert (clean.number, clean.issuer) == ("1150000000401234", "重庆市人社局")
    # an old-style number beginning with another letter is not forced into the new shape
    assert validate_certificate(replace(CERT, number="A-2019-0042"), TODAY).number == "A-2019-0042"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"grade": 0}, "grade"),
        ({"grade": 6}, "grade"),
        ({"number": "  "}, "number"),
        ({"issued_on": date(2026, 5, 7)}, "issued_on"),
        ({"expires_on": date(2024, 5, 31)}, "expires_on"),
    ],
)
def test_bad_certificate_input_names_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_certificate(replace(CERT, **changes), TODAY)  # type: ignore[arg-type]
    assert info.value.field == field


def test_grade_labels_cover_the_five_grades() -> None:
    assert GRADE_LABELS == {
        5: "五级/初级工",
        4: "四级/中级工",
        3: "三级/高级工",
        2: "二级/技师",
        1: "一级/高级技师",
    }
