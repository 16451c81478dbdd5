"""A child's identity and guardians: every check names its field; IDs agree with the record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from operator_app.domain.children import ChildInput, GuardianInput, validate_child
from operator_app.domain.enums import GuardianRelation, IdType, Sex
from operator_app.domain.errors import ValidationError
from operator_app.domain.identity import make_resident_id

TODAY = date(2026, 5, 6)
BIRTH = date(2024, 3, 10)
CHILD_ID = make_resident_id("500103", BIRTH, 12, False)
MOTHER_ID = make_resident_id("500103", date(1994, 2, 3), 20, False)
MOTHER = GuardianInput("李丽", GuardianRelation.MOTHER, "13912345678", MOTHER_ID)
GOOD = ChildInput("张小雨", Sex.FEMALE, BIRTH, IdType.RESIDENT, CHILD_ID, guardians=(MOTHER,))


def test_valid_child_is_normalized() -> None:
    messy = replace(
        GOOD,
        name=" 张小雨 ",
        id_number=" ".join(CHILD_ID),
        guardians=(
            GuardianInput(" 李丽 ", GuardianRelation.MOTHER, "139 1234 5678", MOTHER_ID.lower()),
        ),
    )
    clean, warnings = validate_child(messy, TODAY)
    assert clean == GOOD
    assert warnings == ()


def test_full_width_id_number_from_an_ime_is_folded() -> None:
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in CHILD_ID)
    clean, _ = validate_child(replace(GOOD, id_number=full_width), TODAY)
    assert clean.id_number == CHILD_ID


def test_unknown_region_is_a_warning_not_an_error() -> None:
    number = make_resident_id("500199", BIRTH, 12, False)
    clean, warnings = validate_child(replace(GOOD, id_number=number), TODAY)
    assert clean.id_number == number
    assert warnings == ("地区码 500199 未在行政区划表中，请核对",)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"birth_date": date(2024, 3, 11)}, "birth_date"),  # disagrees with the ID
        ({"sex": Sex.MALE}, "sex"),  # seq 012 is even: female
        ({"id_number": CHILD_ID[:-1] + ("0" if CHILD_ID[-1] != "0" else "1")}, "id_number"),
        ({"id_number": ""}, "id_number"),
        (
            {
                "birth_date": date(2026, 5, 7),
                "id_type": IdType.NONE,
                "id_number": "",
                "id_note": "新生儿",
            },
            "birth_date",
        ),
        (
            {
                "birth_date": date(2015, 12, 31),
                "id_type": IdType.NONE,
                "id_number": "",
                "id_note": "无",
            },
            "birth_date",
        ),
        ({"id_type": IdType.NONE, "id_number": "", "id_note": "  "}, "id_note"),
        ({"id_type": IdType.NONE, "id_number": "123"}, "id_number"),
        ({"id_type": IdType.BIRTH_CERT, "id_number": "M12345678"}, "id_number"),
        ({"name": ""}, "name"),
        ({"name": "张3"}, "name"),
    ],
)
def test_bad_input_names_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_child(replace(GOOD, **changes), TODAY)  # type: ignore[arg-type]
    assert info.value.field == field


def test_birth_date_mismatch_message_gives_the_id_date() -> None:
    with pytest.raises(ValidationError) as info:
        validate_child(replace(GOOD, birth_date=date(2024, 3, 11)), TODAY)
    assert str(info.value) == "出生日期：与证件号码中的出生日期 2024-03-10 不一致"


@pytest.mark.parametrize(
    ("guardian", "field"),
    [
        (GuardianInput("", GuardianRelation.MOTHER, "13912345678"), "guardian1.name"),
        (GuardianInput("张伟", GuardianRelation.FATHER, "139-12"), "guardian1.phone"),
        (
            GuardianInput("张伟", GuardianRelation.FATHER, "13912345678", "500103199001010000"),
            "guardian1.id_number",
        ),
    ],
)
def test_bad_second_guardian_is_named_by_position(guardian: GuardianInput, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_child(replace(GOOD, guardians=(MOTHER, guardian)), TODAY)
    assert info.value.field == field
    assert info.value.label.startswith("第 2 位监护人")


@pytest.mark.parametrize("phone", ["13912345678", "023-63800000", "02363800000", "+852 6123 4567"])
def test_accepted_guardian_phones(phone: str) -> None:
    clean, _ = validate_child(replace(GOOD, guardians=(replace(MOTHER, phone=phone),)), TODAY)
    assert clean.guardians[0].phone == phone.replace(" ", "")


def test_other_documents() -> None:
    cert, _ = validate_child(
        replace(GOOD, id_type=IdType.BIRTH_CERT, id_number="m500012345"), TODAY
    )
    assert cert.id_number == "M500012345"
    none, _ = validate_child(
        replace(GOOD, id_type=IdType.NONE, id_number="", id_note=" 户口办理中 "), TODAY
    )
    assert (none.id_number, none.id_note) == ("", "户口办理中")
    passport, _ = validate_child(
        replace(GOOD, id_type=IdType.PASSPORT, id_number="e1234567"), TODAY
    )
    assert passport.id_number == "E1234567"


def test_a_child_needs_at_least_one_guardian() -> None:
    with pytest.raises(ValidationError) as info:
        validate_child(replace(GOOD, guardians=()), TODAY)
    assert info.value.field == "guardian0.name"
    assert "至少登记一位监护人" in info.value.message


@pytest.mark.parametrize("phone", ["1380013800", "1234567", "12812345678", "023-123"])
def test_implausible_guardian_phones_are_refused(phone: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_child(replace(GOOD, guardians=(replace(MOTHER, phone=phone),)), TODAY)
    assert info.value.field == "guardian0.phone"
