"""Tests for operator_app.domain.identity: ID numbers, USCC, masking and demo-number builders."""

from __future__ import annotations

from datetime import date

import pytest
from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError as StdnumError

from operator_app.domain.enums import IdType, Sex
from operator_app.domain.errors import ValidationError
from operator_app.domain.identity import (
    IdCheck,
    check_birth_certificate,
    check_id,
    check_resident_id,
    check_uscc,
    cross_check,
    make_resident_id,
    make_uscc,
    mask_id,
)

TODAY = date(2025, 6, 1)
CHILD_BIRTH = date(2023, 1, 5)
BOY = make_resident_id("500103", CHILD_BIRTH, 123, male=True)
GIRL = make_resident_id("500103", CHILD_BIRTH, 124, male=False)
SHAPE_REASON = "应为18位，前17位为数字，末位为数字或X"


def _reference_check_digit(body17: str) -> str:
    """GB 11643-1999 as written in domain.md section 7, independent of stdnum."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(body17, weights, strict=True))
    return "10X98765432"[total % 11]


def _reference_uscc_check(prefix17: str) -> str:
    """GB 32100-2015: weights 3**i mod 31, check = (31 - sum mod 31) mod 31."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    total = sum(alphabet.index(c) * pow(3, i, 31) for i, c in enumerate(prefix17))
    return alphabet[(31 - total % 31) % 31]


def _with_last(number: str, last: str) -> str:
    return number[:-1] + last


def _wrong_last(number: str) -> str:
    return _with_last(number, "0" if number[-1] != "0" else "1")


# --- resident ID -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "birth", "sex"),
    [
        ("11010519491231002X", date(1949, 12, 31), Sex.FEMALE),
        ("360426199101010071", date(1991, 1, 1), Sex.MALE),
    ],
)
def test_known_valid_resident_ids(number: str, birth: date, sex: Sex) -> None:
    check = check_resident_id(number, TODAY)
    assert check == IdCheck(number, birth, sex, ())


@pytest.mark.parametrize(
    "raw",
    [
        "11010519491231002x",
        " 110105 19491231 002X ",
        "１１０１０５１９４９１２３１００２ｘ",  # full-width digits typed with a Chinese IME
        "110105\u300019491231002X",  # ideographic space
    ],
)
def test_resident_id_is_normalized(raw: str) -> None:
    assert check_resident_id(raw, TODAY).normalized == "11010519491231002X"


def test_sex_comes_from_the_17th_digit() -> None:
    assert check_resident_id(BOY, TODAY).sex is Sex.MALE
    assert check_resident_id(GIRL, TODAY).sex is Sex.FEMALE
    assert check_resident_id(BOY, TODAY).birth_date == CHILD_BIRTH


@pytest.mark.parametrize(
    "number",
    [
        "",
        "50010320230105123",  # 17 characters
        "5001032023010512300",  # 19 characters
        "50010320230105X230",  # X not at the end
        "5001032023010512A0",
        "500103-20230105-1230",  # hyphens are not separators
        "500103202301",  # an old 15-digit style number would be too short as well
    ],
)
def test_resident_id_shape_errors(number: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_resident_id(number, TODAY)
    assert (info.value.field, info.value.label) == ("id_number", "证件号码")
    assert info.value.reason == SHAPE_REASON


@pytest.mark.parametrize("birth_digits", ["20230230", "20231301", "20230100", "18991231"])
def test_resident_id_with_impossible_birth_date(birth_digits: str) -> None:
    body = f"500103{birth_digits}123"
    number = body + _reference_check_digit(body)
    with pytest.raises(ValidationError) as info:
        check_resident_id(number, TODAY)
    assert info.value.reason == f"其中的出生日期 {birth_digits} 不是有效日期"


def test_resident_id_born_in_the_future() -> None:
    number = make_resident_id("500103", date(2025, 6, 2), 1, male=True)
    with pytest.raises(ValidationError) as info:
        check_resident_id(number, TODAY)
    assert info.value.reason == "其中的出生日期 2025-06-02 晚于今天"
    assert check_resident_id(number, date(2025, 6, 2)).birth_date == date(2025, 6, 2)


def test_resident_id_defaults_to_the_real_today() -> None:
    with pytest.raises(ValidationError, match="晚于今天"):
        check_resident_id(make_resident_id("500103", date(9998, 1, 1), 1, male=True))
    assert check_resident_id(BOY).birth_date == CHILD_BIRTH


@pytest.mark.parametrize("number", [BOY, GIRL, "11010519491231002X", "360426199101010071"])
def test_resident_id_bad_check_digit_names_the_expected_one(number: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_resident_id(_wrong_last(number), TODAY)
    assert info.value.reason == f"校验位错误，应为 {number[-1]}"


def test_unknown_region_is_a_warning_not_an_error() -> None:
    number = make_resident_id("500199", CHILD_BIRTH, 11, male=True)
    # stdnum alone refuses it (2.2 even with a KeyError, for a code matching only a province).
    with pytest.raises((StdnumError, KeyError)):
        ric.validate(number)
    check = check_resident_id(number, TODAY)
    assert check.normalized == number
    assert check.warnings == ("地区码 500199 未在行政区划表中，请核对",)


def test_region_not_in_force_in_the_birth_year_is_a_warning() -> None:
    # 500221 长寿县 existed 1997-2001, then became 长寿区 (500115).
    assert check_resident_id(make_resident_id("500221", date(2000, 3, 1), 1, True)).warnings == ()
    check = check_resident_id(make_resident_id("500221", date(2010, 3, 1), 1, True), TODAY)
    assert check.warnings == ("地区码 500221 在 2010 年不是有效的行政区划代码，请核对",)


def test_known_region_has_no_warning() -> None:
    assert check_resident_id(BOY, TODAY).warnings == ()


# --- cross-check with the record ---------------------------------------------------------


def test_cross_check_accepts_matching_or_missing_values() -> None:
    check = check_resident_id(BOY, TODAY)
    cross_check(check, CHILD_BIRTH, Sex.MALE)
    cross_check(check, None, None)
    cross_check(IdCheck("A123456789"), date(2020, 1, 1), Sex.FEMALE)


def test_cross_check_birth_date_mismatch() -> None:
    with pytest.raises(ValidationError) as info:
        cross_check(check_resident_id(BOY, TODAY), date(2023, 1, 6), Sex.MALE)
    assert (info.value.field, info.value.label) == ("birth_date", "出生日期")
    assert "2023-01-05" in info.value.reason


def test_cross_check_sex_mismatch() -> None:
    with pytest.raises(ValidationError) as info:
        cross_check(check_resident_id(GIRL, TODAY), CHILD_BIRTH, Sex.MALE)
    assert (info.value.field, info.value.label) == ("sex", "性别")
    assert "女" in info.value.reason


# --- other documents ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "normalized"), [("O123456789", "O123456789"), (" m 123 456 789", "M123456789")]
)
def test_birth_certificate(raw: str, normalized: str) -> None:
    assert check_birth_certificate(raw) == normalized


@pytest.mark.parametrize("raw", ["", "1234567890", "AB12345678", "A12345678", "A1234567890"])
def test_birth_certificate_errors(raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_birth_certificate(raw)
    assert info.value.field == "id_number"
    assert "1位字母加9位数字" in info.value.reason


@pytest.mark.parametrize(
    ("id_type", "raw", "normalized"),
    [
        (IdType.BIRTH_CERT, "q987654321", "Q987654321"),
        (IdType.PASSPORT, "e12345678", "E12345678"),
        (IdType.HK_MACAO, "H1234567890", "H1234567890"),
        (IdType.TAIWAN, "12345678", "12345678"),
        (IdType.FOREIGN_PR, "USA123456789012", "USA123456789012"),
        (IdType.PASSPORT, "A1B2C", "A1B2C"),  # 5 characters: shortest accepted
        (IdType.PASSPORT, "A" * 20, "A" * 20),
        (IdType.NONE, "", ""),
        (IdType.NONE, "  ", ""),
    ],
)
def test_check_id_other_documents(id_type: IdType, raw: str, normalized: str) -> None:
    assert check_id(id_type, raw) == IdCheck(normalized)


def test_check_id_resident_dispatch() -> None:
    check = check_id(IdType.RESIDENT, BOY.lower(), TODAY)
    assert (check.birth_date, check.sex) == (CHILD_BIRTH, Sex.MALE)


@pytest.mark.parametrize(
    ("id_type", "raw", "reason_part"),
    [
        (IdType.PASSPORT, "", "不能为空"),
        (IdType.HK_MACAO, "   ", "不能为空"),
        (IdType.PASSPORT, "E123", "5–20位"),
        (IdType.TAIWAN, "1234", "5–20位"),
        (IdType.FOREIGN_PR, "A" * 21, "5–20位"),
        (IdType.PASSPORT, "E1234-5678", "5–20位"),
        (IdType.PASSPORT, "护照12345", "5–20位"),
        (IdType.NONE, "123456", "暂无证件"),
        (IdType.BIRTH_CERT, "12345", "1位字母加9位数字"),
        (IdType.RESIDENT, "12345", SHAPE_REASON),
    ],
)
def test_check_id_errors(id_type: IdType, raw: str, reason_part: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_id(id_type, raw, TODAY)
    assert info.value.field == "id_number"
    assert reason_part in info.value.reason


# --- USCC --------------------------------------------------------------------------------

KNOWN_USCC = "91110000600037341L"


@pytest.mark.parametrize(
    "raw",
    [
        KNOWN_USCC,
        "91110000600037341l",
        " 9111 0000 6000 3734 1L ",
        "91-110000-600037341L",
        "９１１１００００６０００３７３４１Ｌ",  # full-width
    ],
)
def test_uscc_valid_and_normalized(raw: str) -> None:
    assert check_uscc(raw) == KNOWN_USCC


def test_uscc_with_letter_authority_code_is_accepted() -> None:
    code = make_uscc("Y1500103MA5U00001")  # Y: "other" registering authority
    assert check_uscc(code) == code


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "91110000600037341",  # 17
        "91110000600037341LL",  # 19
        "91110000600037341I",  # I is not in the alphabet
        "9111000060003734OL",  # neither is O
        "911100Z0600037341L",
        "91A10000600037341L",  # region code must be digits
        "91110000600037341！",
    ],
)
def test_uscc_shape_errors(raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_uscc(raw)
    assert (info.value.field, info.value.label) == ("uscc", "统一社会信用代码")
    assert info.value.reason.startswith("应为18位")


def test_uscc_bad_check_character() -> None:
    with pytest.raises(ValidationError) as info:
        check_uscc(KNOWN_USCC[:-1] + "M")
    assert info.value.reason == "校验码错误，应为 L"


@pytest.mark.parametrize(
    "prefix", ["91500103MA5U00001", "52500000MJP000001", "12500000450000001", "91500103abcdefghj"]
)
def test_make_uscc_matches_the_standard(prefix: str) -> None:
    code = make_uscc(prefix)
    assert code == prefix.upper() + _reference_uscc_check(prefix.upper())
    assert check_uscc(code) == code
    assert uscc.is_valid(code)


@pytest.mark.parametrize("prefix", ["9150010", "91500103MA5U000001", "91500103MA5U0000I"])
def test_make_uscc_refuses_bad_prefix(prefix: str) -> None:
    with pytest.raises(ValueError):
        make_uscc(prefix)


# --- builders ----------------------------------------------------------------------------


@pytest.mark.parametrize("seq", [0, 1, 2, 57, 998, 999])
def test_make_resident_id_is_valid(seq: int) -> None:
    male = seq % 2 == 1
    number = make_resident_id("500103", date(2024, 2, 29), seq, male)
    assert number[:17] == f"50010320240229{seq:03d}"
    assert number[-1] == _reference_check_digit(number[:17])
    assert ric.is_valid(number)
    assert check_resident_id(number, TODAY).sex is (Sex.MALE if male else Sex.FEMALE)


def test_make_resident_id_covers_x_check_digit() -> None:
    digits = {make_resident_id("500103", CHILD_BIRTH, s, s % 2 == 1)[-1] for s in range(200)}
    assert "X" in digits
    assert len(digits) == 11


@pytest.mark.parametrize(
    ("region", "seq", "male"),
    [
        ("50010", 1, True),
        ("50010A", 1, True),
        ("500103", -1, False),
        ("500103", 1000, False),
        ("500103", 2, True),  # even order code is female
        ("500103", 3, False),
    ],
)
def test_make_resident_id_refuses_bad_input(region: str, seq: int, male: bool) -> None:
    with pytest.raises(ValueError):
        make_resident_id(region, CHILD_BIRTH, seq, male)


# --- masking -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "id_type", "masked"),
    [
        ("50010320230105123X", None, "500103********123X"),
        ("50010320230105123x", None, "500103********123x"),
        ("50010320230105123X", IdType.RESIDENT, "500103********123X"),
        ("E12345678", None, "E1*****78"),
        ("E12345678", IdType.PASSPORT, "E1*****78"),
        ("M123456789", IdType.BIRTH_CERT, "M1******89"),
        ("50010320230105123X", IdType.PASSPORT, "50**************3X"),
        ("ABCDE", None, "AB*DE"),
        ("ABCD", None, "****"),
        ("", None, ""),
        ("", IdType.RESIDENT, ""),
    ],
)
def test_mask_id(number: str, id_type: IdType | None, masked: str) -> None:
    assert mask_id(number, id_type) == masked
    assert len(mask_id(number, id_type)) == len(number)
