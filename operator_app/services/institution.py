"""Setting up and editing the institution (the single row this database belongs to)."""

from __future__ import annotations

from dataclasses import asdict

from operator_app.domain.enums import InstitutionNature
from operator_app.domain.errors import RuleViolation
from operator_app.domain.institution import Institution, validate_institution
from operator_app.services import audit, clock, occupancy, settings
from operator_app.storage.records import InstitutionRecord, database, utcnow


def get() -> Institution | None:
    """The institution, or None before first-run set-up."""
    row = InstitutionRecord.select().order_by(InstitutionRecord.id).first()
    return None if row is None else _to_domain(row)


def exists() -> bool:
    return InstitutionRecord.select().exists()


def save(inst: Institution) -> Institution:
    """Create the institution or replace its fields; validated, in one transaction, audited."""
    clean = validate_institution(inst, settings.get_int("home.max_children"))
    fields = asdict(clean)
    fields["nature"] = clean.nature.value
    with database.atomic():
        row = InstitutionRecord.select().order_by(InstitutionRecord.id).first()
        if row is None:
            row = InstitutionRecord.create(**fields)
            audit.log("institution.create", "institution", row.id, f"创建机构 {clean.name}", fields)
        else:
            _check_places_not_below_use(clean)
            InstitutionRecord.update(**fields, updated_at=utcnow()).where(
                InstitutionRecord.id == row.id
            ).execute()
            audit.log("institution.update", "institution", row.id, f"修改机构 {clean.name}", fields)
    return clean


def require() -> Institution:
    inst = get()
    if inst is None:
        raise RuleViolation(
            "no_institution", "尚未设置机构信息，请先完成首次设置（operator-app init 或 demo）。"
        )
    return inst


def _check_places_not_below_use(inst: Institution) -> None:
    used = occupancy.peak_from(clock.today())
    if inst.places < used.total:
        raise RuleViolation(
            "places_below_use", f"备案托位数不能少于今天及以后同时在托的最多人数 {used.total}"
        )
    if inst.inclusive_places < used.inclusive:
        raise RuleViolation(
            "inclusive_below_use",
            f"普惠托位数不能少于今天及以后同时在普惠托位的最多人数 {used.inclusive}",
        )


def _to_domain(row: InstitutionRecord) -> Institution:
    return Institution(
        name=row.name,
        uscc=row.uscc,
        nature=InstitutionNature(row.nature),
        places=row.places,
        inclusive_places=row.inclusive_places,
        filing_number=row.filing_number,
        address=row.address,
        division_code=row.division_code,
        principal=row.principal,
        phone=row.phone,
        meals=row.meals,
    )
