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


def validate_institution(inst: Institution) -> Institution:
    """Return a normalized copy or raise ValidationError naming the first bad field."""
    name = inst.name.strip()
    if not 2 <= len(name) <= 100:
        raise ValidationError("name", "机构名称", "应为 2–100 个字")
    uscc = check_uscc(inst.uscc)
    if inst.places < 1 or inst.places > 2000:
        raise ValidationError("places", "备案托位数", "应在 1–2000 之间")
    if inst.nature is InstitutionNature.HOME and inst.places > 5:
        raise ValidationError("places", "备案托位数", "家庭托育点最多收托 5 人")
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
