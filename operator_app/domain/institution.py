"""The institution's identity and capacity, and the checks a new or edited one must pass."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from operator_app.domain.enums import InstitutionNature
from operator_app.domain.errors import ValidationError
from operator_app.domain.identity import check_uscc

DIVISION_CODE = re.compile(r"^\d{6}(\d{3}|\d{6})?$")


@dataclass(frozen=True)
class Institution:
    name: str
    uscc: str
    nature: InstitutionNature
    places: int
    inclusive_places: int = 0
    filing_number: str = ""
    address: str = ""
    division_code: str = ""
    principal: str = ""
    phone: str = ""
    meals: bool = True

    @property
    def is_filed(self) -> bool:
        return bool(self.filing_number)


HOME_MAX_CHILDREN = 5
"""National limit of a 家庭托育点 (domain.md §2); the setting ``home.max_children`` overrides."""


def validate_institution(inst: Institution, home_max: int = HOME_MAX_CHILDREN) -> Institution:
    """Return a normalized copy or raise ValidationError naming the first bad field."""
    name = inst.name.strip()
    if not 2 <= len(name) <= 100:
        raise ValidationError("name", "机构名称", "应为 2–100 个字")
    uscc = check_uscc(inst.uscc)
    if inst.places < 1 or inst.places > 2000:
        raise ValidationError("places", "备案托位数", "应在 1–2000 之间")
    if inst.nature is InstitutionNature.HOME and inst.places > home_max:
        raise ValidationError("places", "备案托位数", f"家庭托育点最多收托 {home_max} 人")
    if inst.inclusive_places < 0 or inst.inclusive_places > inst.places:
        raise ValidationError("inclusive_places", "普惠托位数", "不能为负数，也不能超过备案托位数")
    division = inst.division_code.strip()
    if division and not DIVISION_CODE.match(division):
        raise ValidationError("division_code", "行政区划代码", "应为 6、9 或 12 位数字")
    phone = inst.phone.strip()
    if phone and not re.fullmatch(r"[0-9\-+ ]{7,20}", phone):
        raise ValidationError("phone", "联系电话", "只能包含数字、空格、+ 和 -，7–20 位")
    return replace(
        inst,
        name=name,
        uscc=uscc,
        division_code=division,
        phone=phone,
        filing_number=inst.filing_number.strip(),
        address=inst.address.strip(),
        principal=inst.principal.strip(),
    )


@dataclass(frozen=True)
class UsccFit:
    """Whether a credit code's registering body fits the nature; ``registrar`` is its first
    character's code (``1``, ``5``, ``9`` or ``other``) for the wording of the finding."""

    ok: bool
    prefix: str
    registrar: str


REGISTRARS_BY_NATURE: dict[InstitutionNature, frozenset[str]] = {
    # GB 32100-2015: the first character names the registering body (domain.md §2).
    InstitutionNature.FOR_PROFIT: frozenset("9"),  # 工商/市场监管: 企业 91, 个体工商户 92
    InstitutionNature.NON_PROFIT: frozenset("5"),  # 民政: 社会服务机构 52
    InstitutionNature.PUBLIC: frozenset("1"),  # 机构编制: 事业单位 12
    # A 家庭托育点 registers as a business (9) or, run by a non-profit, with civil affairs (5).
    InstitutionNature.HOME: frozenset("95"),
}


def uscc_fits_nature(uscc: str, nature: InstitutionNature) -> UsccFit:
    """Does the USCC's first character fit the institution's nature? A misfit is a warning
    (a typo or the wrong nature chosen), never a refusal: the code itself has been validated."""
    first = uscc[:1]
    registrar = first if first in "159" and first else "other"
    return UsccFit(first in REGISTRARS_BY_NATURE[nature], uscc[:2], registrar)
