"""Staff records and grade certificates: the part the rosters and the dashboard need now.

Why carers matter early: class staffing (师幼比) counts only 保育人员, and the 持证率 KPI counts
those holding a 保育师 or 育婴员 certificate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from operator_app.domain.enums import Occupation, StaffRole
from operator_app.domain.errors import NotFound, RuleViolation
from operator_app.domain.identity import mask_id
from operator_app.domain.staff import (
    CertificateInput,
    StaffInput,
    validate_certificate,
    validate_staff,
)
from operator_app.services import audit, clock, surnames
from operator_app.storage.records import CertificateRecord, StaffRecord, database


@dataclass(frozen=True)
class StaffSummary:
    id: int
    name: str
    role: StaffRole
    phone: str
    certified: bool


def create_staff(data: StaffInput, today: date | None = None) -> int:
    clean = validate_staff(data, today or clock.today())
    with database.atomic():
        if (
            clean.id_number
            and StaffRecord.select().where(StaffRecord.id_number == clean.id_number).exists()
        ):
            raise RuleViolation("duplicate_staff", f"身份证号 {mask_id(clean.id_number)} 已登记")
        reading = surnames.read(clean.name)
        row = StaffRecord.create(
            name=clean.name,
            pinyin=reading.pinyin,
            initials=reading.initials,
            given_pinyin=reading.given_pinyin,
            sex=clean.sex.value,
            birth_date=clean.birth_date,
            id_number=clean.id_number or None,
            role=clean.role.value,
            phone=clean.phone,
            hired_on=clean.hired_on,
            health_cert_expires=clean.health_cert_expires,
            background_checked_on=clean.background_checked_on,
            note=clean.note,
        )
        audit.log("staff.create", "staff", row.id, f"新建员工 {clean.name}（{clean.role.label}）")
    return int(row.id)


def add_certificate(staff_id: int, cert: CertificateInput, today: date | None = None) -> int:
    clean = validate_certificate(cert, today or clock.today())
    with database.atomic():
        staff = StaffRecord.get_or_none(StaffRecord.id == staff_id)
        if staff is None:
            raise NotFound(f"员工 {staff_id} 不存在")
        row = CertificateRecord.create(
            staff=staff_id,
            occupation=clean.occupation.value,
            grade=clean.grade,
            number=clean.number,
            issuer=clean.issuer,
            kind=clean.kind.value,
            issued_on=clean.issued_on,
            expires_on=clean.expires_on,
            verified_on=clean.verified_on,
        )
        audit.log(
            "staff.certificate.add",
            "staff",
            staff_id,
            f"{staff.name} 登记证书 {clean.occupation.label}{clean.grade}级 {clean.number}",
        )
    return int(row.id)


def list_staff(on: date | None = None, role: StaffRole | None = None) -> list[StaffSummary]:
    on = on or clock.today()
    query = StaffRecord.select().where(
        (StaffRecord.hired_on <= on) & (StaffRecord.left_on.is_null() | (StaffRecord.left_on >= on))
    )
    if role is not None:
        query = query.where(StaffRecord.role == role.value)
    certified = _certified_ids(on)
    return [
        StaffSummary(r.id, r.name, StaffRole(r.role), r.phone, r.id in certified)
        for r in query.order_by(StaffRecord.pinyin)
    ]


def _certified_ids(on: date) -> set[int]:
    """Staff holding a 保育师 or 育婴员 certificate that is issued and not expired on ``on``."""
    rows = CertificateRecord.select(CertificateRecord.staff).where(
        CertificateRecord.occupation.in_([Occupation.BAOYU.value, Occupation.YUYING.value])
        & (CertificateRecord.issued_on <= on)
        & (CertificateRecord.expires_on.is_null() | (CertificateRecord.expires_on >= on))
    )
    return {r.staff_id for r in rows}
