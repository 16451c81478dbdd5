"""Staff members and their grade certificates as entered, with the checks before saving.

The full staff capability (health certificates, background checks, 持证率) builds on these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from operator_app.domain.enums import CertificateKind, Occupation, Sex, StaffRole
from operator_app.domain.errors import ValidationError
from operator_app.domain.identity import check_resident_id, cross_check
from operator_app.domain.names import validate_person_name

SKILL_CERT_NUMBER = re.compile(r"^[YS]\d{21}$")


@dataclass(frozen=True)
class StaffInput:
    name: str
    sex: Sex
    role: StaffRole
    hired_on: date
    id_number: str = ""
    birth_date: date | None = None
    phone: str = ""
    health_cert_expires: date | None = None
    background_checked_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class CertificateInput:
    occupation: Occupation
    grade: int
    number: str
    kind: CertificateKind
    issued_on: date
    issuer: str = ""
    expires_on: date | None = None
    verified_on: date | None = None


def validate_staff(staff: StaffInput, today: date) -> StaffInput:
    name = validate_person_name(staff.name)
    number = staff.id_number.strip().upper()
    birth = staff.birth_date
    if number:
        check = check_resident_id(number, today)
        cross_check(check, staff.birth_date, staff.sex)
        number, birth = check.normalized, check.birth_date
    if staff.hired_on > today:
        raise ValidationError("hired_on", "入职日期", "不能晚于今天")
    return replace(staff, name=name, id_number=number, birth_date=birth)


def validate_certificate(cert: CertificateInput, today: date) -> CertificateInput:
    if not 1 <= cert.grade <= 5:
        raise ValidationError("grade", "等级", "应为一级至五级（1–5）")
    number = cert.number.strip().upper()
    if not number:
        raise ValidationError("number", "证书编号", "不能为空")
    if (
        cert.kind is CertificateKind.SKILL_LEVEL
        and number[0] in "YS"
        and not (SKILL_CERT_NUMBER.match(number))
    ):
        raise ValidationError("number", "证书编号", "职业技能等级证书编号应为 Y 或 S 加 21 位数字")
    if cert.issued_on > today:
        raise ValidationError("issued_on", "发证日期", "不能晚于今天")
    if cert.expires_on is not None and cert.expires_on < cert.issued_on:
        raise ValidationError("expires_on", "有效期至", "不能早于发证日期")
    return replace(cert, number=number, issuer=cert.issuer.strip())


GRADE_LABELS = {
    5: "五级/初级工",
    4: "四级/中级工",
    3: "三级/高级工",
    2: "二级/技师",
    1: "一级/高级技师",
}
