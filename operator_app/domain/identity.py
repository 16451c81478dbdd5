"""Identity numbers: resident ID, birth certificate, travel permits and the USCC.

Why here and not in the forms: the enrolment dialog, the spreadsheet import and the CLI must
accept and reject exactly the same numbers, with the same Chinese reasons (domain.md section 7).

Check digits come from python-stdnum. Its region validation is *not* used as an error: its
bundled list of division codes lags behind reality (codes are created, merged and abolished every
year), so an unknown region only produces a warning for the user to confirm.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Final

from stdnum import numdb
from stdnum.cn import ric, uscc

from operator_app.domain.enums import IdType, Sex
from operator_app.domain.errors import ValidationError

__all__ = [
    "IdCheck",
    "check_birth_certificate",
    "check_id",
    "check_resident_id",
    "check_uscc",
    "cross_check",
    "make_resident_id",
    "make_uscc",
    "mask_id",
]

_FIELD: Final = "id_number"
_LABEL: Final = "证件号码"
_RIC_SHAPE: Final = re.compile(r"[0-9]{17}[0-9X]")
_BIRTH_CERT_SHAPE: Final = re.compile(r"[A-Z][0-9]{9}")
_OTHER_SHAPE: Final = re.compile(r"[A-Z0-9]{5,20}")
_USCC_ALPHABET: Final = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_EARLIEST_BIRTH_YEAR: Final = 1900


@dataclass(frozen=True)
class IdCheck:
    """A number that passed its checks, with what it tells about the person.

    ``birth_date`` and ``sex`` are known only for resident IDs; ``warnings`` are Chinese
    sentences to show without refusing the number.
    """

    normalized: str
    birth_date: date | None = None
    sex: Sex | None = None
    warnings: tuple[str, ...] = ()


def check_id(id_type: IdType, number: str, today: date | None = None) -> IdCheck:
    """Check ``number`` as a document of ``id_type``; ``ValidationError`` when it is wrong.

    For ``IdType.NONE`` the number must be empty (the reason goes in a separate note field).
    """
    if id_type is IdType.RESIDENT:
        return check_resident_id(number, today)
    if id_type is IdType.BIRTH_CERT:
        return IdCheck(check_birth_certificate(number))
    normalized = _normalize(number)
    if id_type is IdType.NONE:
        if normalized:
            raise ValidationError(_FIELD, _LABEL, "选择“暂无证件”时不填写号码")
        return IdCheck("")
    if not normalized:
        raise ValidationError(_FIELD, _LABEL, "不能为空")
    if not _OTHER_SHAPE.fullmatch(normalized):
        raise ValidationError(_FIELD, _LABEL, "应为5–20位大写字母或数字")
    return IdCheck(normalized)


def check_resident_id(number: str, today: date | None = None) -> IdCheck:
    """Check an 18-digit resident ID (GB 11643-1999) and read birth date and sex from it.

    Errors: wrong shape, impossible or future birth date, wrong check digit. An unknown region
    code is only a warning. ``today`` defaults to the current date.
    """
    normalized = _normalize(number)
    if not _RIC_SHAPE.fullmatch(normalized):
        raise ValidationError(_FIELD, _LABEL, "应为18位，前17位为数字，末位为数字或X")
    birth = _ric_birth_date(normalized)
    if birth > (today or date.today()):
        raise ValidationError(_FIELD, _LABEL, f"其中的出生日期 {birth.isoformat()} 晚于今天")
    expected = ric.calc_check_digit(normalized)
    if normalized[-1] != expected:
        raise ValidationError(_FIELD, _LABEL, f"校验位错误，应为 {expected}")
    sex = Sex.MALE if int(normalized[16]) % 2 == 1 else Sex.FEMALE
    warning = _region_warning(normalized[:6], birth.year)
    return IdCheck(normalized, birth, sex, (warning,) if warning else ())


def cross_check(check: IdCheck, birth_date: date | None, sex: Sex | None) -> None:
    """Refuse a record whose birth date or sex disagrees with what the ID number says.

    Values missing on either side are not compared.
    """
    known_birth = check.birth_date
    if known_birth is not None and birth_date is not None and known_birth != birth_date:
        reason = f"与证件号码中的出生日期 {known_birth.isoformat()} 不一致"
        raise ValidationError("birth_date", "出生日期", reason)
    if check.sex is not None and sex is not None and check.sex is not sex:
        raise ValidationError("sex", "性别", f"与证件号码显示的性别（{check.sex.label}）不一致")


def check_birth_certificate(number: str) -> str:
    """Check a 出生医学证明 number: one letter and 9 digits; returns it upper-cased."""
    normalized = _normalize(number)
    if not _BIRTH_CERT_SHAPE.fullmatch(normalized):
        raise ValidationError(_FIELD, _LABEL, "出生医学证明编号应为1位字母加9位数字")
    return normalized


def check_uscc(code: str) -> str:
    """Check a 统一社会信用代码 (GB 32100-2015); returns the normalized code.

    The registering-authority character may be a letter (A, N, Y ...), so only the region
    code (characters 3-8) must be digits; stdnum's ``validate`` would refuse such codes.
    """
    normalized = uscc.compact(unicodedata.normalize("NFKC", code))
    if not _uscc_shape_ok(normalized):
        reason = "应为18位，由数字和大写字母组成（不含I、O、S、V、Z），第3–8位为数字"
        raise ValidationError("uscc", "统一社会信用代码", reason)
    expected = uscc.calc_check_digit(normalized[:17])
    if normalized[-1] != expected:
        raise ValidationError("uscc", "统一社会信用代码", f"校验码错误，应为 {expected}")
    return normalized


def mask_id(number: str, id_type: IdType | None = None) -> str:
    """Mask a number for screens and printouts, keeping its length.

    Resident IDs keep the first 6 and last 4 characters ("500103********123X"); other numbers
    the first 2 and last 2. Without ``id_type`` a resident ID is recognised by its shape.
    Numbers of 4 characters or fewer are masked entirely.
    """
    if not number:
        return ""
    looks_like_ric = _RIC_SHAPE.fullmatch(number.upper()) is not None
    is_ric = id_type is IdType.RESIDENT or (id_type is None and looks_like_ric)
    head, tail = (6, 4) if is_ric else (2, 2)
    if len(number) <= head + tail:
        return "*" * len(number)
    return number[:head] + "*" * (len(number) - head - tail) + number[-tail:]


def make_resident_id(region: str, birth: date, seq: int, male: bool) -> str:
    """Build a valid resident ID, for demo data and tests.

    ``seq`` (0-999) is the 3-digit order code; its parity must match ``male`` (odd = male).
    ``ValueError`` on a malformed region, an out-of-range ``seq`` or a parity mismatch.
    """
    if not re.fullmatch(r"[0-9]{6}", region):
        raise ValueError(f"region must be 6 digits: {region!r}")
    if not 0 <= seq <= 999:
        raise ValueError(f"seq must be 0-999: {seq}")
    if (seq % 2 == 1) != male:
        raise ValueError(f"seq {seq} is {'even' if male else 'odd'}, sex needs the other parity")
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


def make_uscc(prefix17: str) -> str:
    """Append the check character to 17 USCC characters, for demo data and tests."""
    prefix = prefix17.upper()
    if len(prefix) != 17 or any(ch not in _USCC_ALPHABET for ch in prefix):
        raise ValueError(f"prefix must be 17 characters of {_USCC_ALPHABET}: {prefix17!r}")
    return prefix + uscc.calc_check_digit(prefix)


def _normalize(number: str) -> str:
    """Fold full-width characters (typed with a Chinese IME), drop all spaces, upper-case."""
    return "".join(unicodedata.normalize("NFKC", number).split()).upper()


def _ric_birth_date(normalized: str) -> date:
    digits = normalized[6:14]
    invalid = ValidationError(_FIELD, _LABEL, f"其中的出生日期 {digits} 不是有效日期")
    try:
        birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise invalid from None
    if birth.year < _EARLIEST_BIRTH_YEAR:
        raise invalid
    return birth


def _uscc_shape_ok(code: str) -> bool:
    return len(code) == 18 and all(ch in _USCC_ALPHABET for ch in code) and code[2:8].isdigit()


def _region_warning(region: str, year: int) -> str | None:
    """A warning when stdnum's division table does not know ``region`` in ``year``.

    Reads the table directly: ``ric.get_birth_place`` raises ``KeyError`` (not its documented
    ``InvalidComponent``) for a code that matches only a province prefix.
    """
    info = {k: v for _, props in numdb.get("cn/loc").info(region) for k, v in props.items()}
    county = info.get("county")
    if not county:
        return f"地区码 {region} 未在行政区划表中，请核对"
    if any(_in_force(entry, year) for entry in county.split(",")):
        return None
    return f"地区码 {region} 在 {year} 年不是有效的行政区划代码，请核对"


def _in_force(entry: str, year: int) -> bool:
    """Whether a table entry like "[1997-2010]万盛区" (or one without dates) covers ``year``."""
    if not entry.startswith("["):
        return True
    span = entry[1 : entry.index("]")]
    start, _, end = span.partition("-")
    # The table's newest year means "still in force when the table was made", not "abolished".
    still_current = end and int(end) >= _table_last_year()
    return (not start or int(start) <= year) and (not end or still_current or year <= int(end))


@lru_cache(maxsize=1)
def _table_last_year() -> int:
    """The latest year stdnum's division table mentions (2025 in python-stdnum 2.2)."""
    text = files("stdnum.cn").joinpath("loc.dat").read_text(encoding="utf-8")
    years = [int(y) for y in re.findall(r"-(\d{4})\]", text)]
    return max(years, default=date.today().year)
