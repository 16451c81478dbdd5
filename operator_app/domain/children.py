"""A child's identity and guardians as entered, and the checks they must pass before saving.

Why one validation function: the child dialog, the CLI and (later) spreadsheet import must refuse
the same bad input with the same message naming the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from operator_app.domain.enums import GuardianRelation, IdType, Sex
from operator_app.domain.errors import ValidationError
from operator_app.domain.identity import check_id, check_resident_id, cross_check
from operator_app.domain.names import validate_person_name

# A mainland mobile (1[3-9] + 9 digits), a fixed line with its area code (023-6312 3456), or
# an international number with its country code (+852 6123 4567).
PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\+\d{1,3}[\d\- ]{6,14})$")


@dataclass(frozen=True)
class GuardianInput:
    name: str
    relation: GuardianRelation
    phone: str
    id_number: str = ""


@dataclass(frozen=True)
class ChildInput:
    name: str
    sex: Sex
    birth_date: date
    id_type: IdType
    id_number: str = ""
    id_note: str = ""
    note: str = ""
    guardians: tuple[GuardianInput, ...] = field(default_factory=tuple)
    # The pinyin as corrected by hand ("Lè Jiā"); "" reads it from the name (and resets a
    # correction); None keeps a stored correction while the name is unchanged.
    pinyin: str | None = None


def validate_child(child: ChildInput, today: date) -> tuple[ChildInput, tuple[str, ...]]:
    """Normalized copy and warnings, or ValidationError naming the first bad field."""
    name = validate_person_name(child.name)
    if child.birth_date > today:
        raise ValidationError("birth_date", "出生日期", "不能晚于今天")
    if child.birth_date.year < today.year - 10:
        raise ValidationError("birth_date", "出生日期", "早于 10 年前，请核对")
    check = check_id(child.id_type, child.id_number, today)
    if child.id_type is IdType.RESIDENT:
        cross_check(check, child.birth_date, child.sex)
    if child.id_type is IdType.NONE and not child.id_note.strip():
        raise ValidationError("id_note", "无证件原因", "暂无证件时请填写原因")
    if not child.guardians:
        raise ValidationError("guardian0.name", "监护人", "至少登记一位监护人（姓名和电话）")
    guardians = tuple(_validate_guardian(g, i, today) for i, g in enumerate(child.guardians))
    clean = replace(
        child,
        name=name,
        id_number=check.normalized,
        id_note=child.id_note.strip(),
        guardians=guardians,
    )
    return clean, check.warnings


def _validate_guardian(g: GuardianInput, index: int, today: date) -> GuardianInput:
    label = f"第 {index + 1} 位监护人"
    name = validate_person_name(g.name, field=f"guardian{index}.name", label=f"{label}姓名")
    phone = g.phone.strip().replace(" ", "")
    if not PHONE.match(phone):
        raise ValidationError(
            f"guardian{index}.phone", f"{label}电话", "应为 11 位手机号或带区号的固定电话"
        )
    number = g.id_number.strip().upper()
    if number:
        try:
            number = check_resident_id(number, today).normalized
        except ValidationError as exc:
            raise ValidationError(
                f"guardian{index}.id_number", f"{label}身份证号", exc.reason
            ) from None
    return replace(g, name=name, phone=phone, id_number=number)
