"""Institution checks: each bad field named, values normalized."""

from __future__ import annotations

from dataclasses import replace

import pytest

from operator_app.domain.enums import InstitutionNature
from operator_app.domain.errors import ValidationError
from operator_app.domain.identity import make_uscc
from operator_app.domain.institution import Institution, validate_institution

USCC = make_uscc("91500103MA5UXXXX0")
GOOD = Institution(
    "渝中区示例托育中心",
    USCC,
    InstitutionNature.FOR_PROFIT,
    places=60,
    inclusive_places=40,
    division_code="500103",
    phone="023-63800000",
)


def test_a_valid_institution_is_normalized() -> None:
    messy = replace(
        GOOD,
        name="  渝中区示例托育中心  ",
        uscc=" " + USCC.lower(),
        filing_number=" 备2026001 ",
        address=" 民族路 1 号 ",
        principal=" 陈红 ",
        division_code=" 500103001 ",
        phone=" 13800138000 ",
    )
    clean = validate_institution(messy)
    assert clean == replace(
        GOOD,
        filing_number="备2026001",
        address="民族路 1 号",
        principal="陈红",
        division_code="500103001",
        phone="13800138000",
    )
    assert clean.is_filed is True
    assert replace(clean, filing_number="").is_filed is False


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "托"}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "托" * 101}, "name"),
        ({"uscc": USCC[:-1] + ("0" if USCC[-1] != "0" else "1")}, "uscc"),
        ({"uscc": "91500103MA5UXXXX"}, "uscc"),
        ({"uscc": "91500103MA5UIXXX02"}, "uscc"),  # I is not in the alphabet
        ({"places": 0}, "places"),
        ({"places": 2001, "inclusive_places": 0}, "places"),
        ({"inclusive_places": 61}, "inclusive_places"),
        ({"inclusive_places": -1}, "inclusive_places"),
        ({"division_code": "50010"}, "division_code"),
        ({"division_code": "5001030011"}, "division_code"),
        ({"phone": "call me"}, "phone"),
        ({"nature": InstitutionNature.HOME, "places": 6, "inclusive_places": 0}, "places"),
    ],
)
def test_bad_fields_are_named(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_institution(replace(GOOD, **changes))  # type: ignore[arg-type]
    assert info.value.field == field


def test_messages_name_the_field_in_chinese() -> None:
    with pytest.raises(ValidationError) as info:
        validate_institution(replace(GOOD, inclusive_places=61))
    assert str(info.value) == "普惠托位数：不能为负数，也不能超过备案托位数"
    with pytest.raises(ValidationError) as info:
        validate_institution(replace(GOOD, uscc=USCC[:-1] + "0"))
    assert info.value.label == "统一社会信用代码"


def test_limits_are_inclusive() -> None:
    assert validate_institution(replace(GOOD, places=2000, inclusive_places=2000)).places == 2000
    assert validate_institution(replace(GOOD, places=1, inclusive_places=0)).places == 1
    home = replace(GOOD, nature=InstitutionNature.HOME, places=5, inclusive_places=5)
    assert validate_institution(home).places == 5


def test_optional_fields_may_be_empty() -> None:
    bare = Institution("小树苗托育", USCC, InstitutionNature.NON_PROFIT, places=20)
    assert validate_institution(bare) == bare
