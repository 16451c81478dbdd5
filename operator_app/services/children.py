"""Children: create and edit identity and guardians, find duplicates, and page through them.

Why the paging functions return tuples: the children table model asks for 200 rows at a time
and must not build lazy records (no N+1 inside ``data()``); sorting and filtering happen in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from peewee import JOIN, fn

from operator_app.domain.children import ChildInput, GuardianInput, validate_child
from operator_app.domain.enums import GuardianRelation, IdType, Sex
from operator_app.domain.errors import NotFound, RuleViolation
from operator_app.domain.identity import mask_id
from operator_app.domain.names import name_pinyin
from operator_app.services import audit
from operator_app.storage.records import (
    ChildRecord,
    ClassRecord,
    EnrolmentRecord,
    GuardianRecord,
    database,
    utcnow,
)


class Scope(StrEnum):
    IN_CARE = "in_care"
    LEFT = "left"
    ALL = "all"


# Columns of the children table, in display order: (key, Chinese header).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "姓名"),
    ("pinyin", "拼音"),
    ("sex", "性别"),
    ("birth_date", "出生日期"),
    ("id_number", "证件号码"),
    ("class_name", "班级"),
    ("start_date", "入托日期"),
    ("phone", "监护人电话"),
    ("status", "状态"),
)


@dataclass(frozen=True)
class ChildDetail:
    id: int
    data: ChildInput
    pinyin: str
    initials: str


@dataclass(frozen=True)
class SaveResult:
    id: int
    warnings: tuple[str, ...]


def create_child(data: ChildInput, today: date | None = None) -> SaveResult:
    clean, warnings = validate_child(data, today or date.today())
    with database.atomic():
        _refuse_duplicate(clean, None)
        full, initials = name_pinyin(clean.name)
        row = ChildRecord.create(**_fields(clean), pinyin=full, initials=initials)
        _write_guardians(row.id, clean.guardians)
        audit.log(
            "child.create",
            "child",
            row.id,
            f"新建幼儿档案 {clean.name}",
            {"id_type": clean.id_type.value, "id_number": mask_id(clean.id_number)},
        )
    return SaveResult(int(row.id), warnings)


def update_child(child_id: int, data: ChildInput, today: date | None = None) -> SaveResult:
    clean, warnings = validate_child(data, today or date.today())
    with database.atomic():
        _get(child_id)
        _refuse_duplicate(clean, child_id)
        full, initials = name_pinyin(clean.name)
        ChildRecord.update(
            **_fields(clean), pinyin=full, initials=initials, updated_at=utcnow()
        ).where(ChildRecord.id == child_id).execute()
        GuardianRecord.delete().where(GuardianRecord.child == child_id).execute()
        _write_guardians(child_id, clean.guardians)
        audit.log(
            "child.update",
            "child",
            child_id,
            f"修改幼儿档案 {clean.name}",
            {"id_number": mask_id(clean.id_number)},
        )
    return SaveResult(child_id, warnings)


def get_child(child_id: int) -> ChildDetail:
    row = _get(child_id)
    guardians = tuple(
        GuardianInput(g.name, GuardianRelation(g.relation), g.phone, g.id_number)
        for g in row.guardians.order_by(GuardianRecord.position)
    )
    data = ChildInput(
        row.name,
        Sex(row.sex),
        row.birth_date,
        IdType(row.id_type),
        row.id_number or "",
        row.id_note,
        row.note,
        guardians,
    )
    return ChildDetail(row.id, data, row.pinyin, row.initials)


def find_child(name_or_id: str) -> int:
    """A child's id by exact ID number or unique name (for the CLI)."""
    text = name_or_id.strip()
    rows = list(
        ChildRecord.select(ChildRecord.id)
        .where((ChildRecord.id_number == text.upper()) | (ChildRecord.name == text))
        .limit(2)
    )
    if len(rows) != 1:
        raise NotFound(f"没有唯一匹配“{text}”的幼儿")
    return int(rows[0].id)


def count(text: str = "", scope: Scope = Scope.IN_CARE, on: date | None = None) -> int:
    return int(_filtered(text, scope, on or date.today()).count())


def page(
    text: str = "",
    scope: Scope = Scope.IN_CARE,
    on: date | None = None,
    offset: int = 0,
    limit: int = 200,
    order: str = "pinyin",
    descending: bool = False,
) -> list[tuple[object, ...]]:
    """Rows (id, name, pinyin, sex label, birth date, masked ID, class, start, phone, status)."""
    on = on or date.today()
    current = _current_enrolment(on)
    phone = _first_phone()
    query = (
        _filtered(text, scope, on)
        .select(
            ChildRecord.id,
            ChildRecord.name,
            ChildRecord.pinyin,
            ChildRecord.sex,
            ChildRecord.birth_date,
            ChildRecord.id_number,
            current.c.class_name,
            current.c.start_date,
            phone.c.phone,
        )
        .join(current, JOIN.LEFT_OUTER, on=(current.c.child_id == ChildRecord.id))
        .switch(ChildRecord)
        .join(phone, JOIN.LEFT_OUTER, on=(phone.c.child_id == ChildRecord.id))
    )
    sort = {
        "name": ChildRecord.pinyin,
        "pinyin": ChildRecord.pinyin,
        "sex": ChildRecord.sex,
        "birth_date": ChildRecord.birth_date,
        "id_number": ChildRecord.id_number,
        "class_name": current.c.class_name,
        "start_date": current.c.start_date,
        "phone": phone.c.phone,
        "status": current.c.class_name,
    }.get(order, ChildRecord.pinyin)
    key = sort.desc(nulls="LAST") if descending else sort.asc(nulls="LAST")
    rows = query.order_by(key, ChildRecord.id).offset(offset).limit(limit).tuples()
    return [
        (
            cid,
            name,
            py,
            Sex(sex).label,
            birth,
            mask_id(idn or ""),
            klass or "",
            _as_date(start),
            ph or "",
            "在托" if klass else "未在托",
        )
        for cid, name, py, sex, birth, idn, klass, start, ph in rows
    ]


def _as_date(value: object) -> date | None:
    """Columns read through a subquery come back as ISO text; give the table real dates."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _filtered(text: str, scope: Scope, on: date):  # type: ignore[no-untyped-def]
    query = ChildRecord.select(ChildRecord.id)
    in_care = fn.EXISTS(
        EnrolmentRecord.select(EnrolmentRecord.id).where(
            (EnrolmentRecord.child == ChildRecord.id)
            & (EnrolmentRecord.start_date <= on)
            & (EnrolmentRecord.end_date.is_null() | (EnrolmentRecord.end_date >= on))
        )
    )
    if scope is Scope.IN_CARE:
        query = query.where(in_care)
    elif scope is Scope.LEFT:
        ended = fn.EXISTS(
            EnrolmentRecord.select(EnrolmentRecord.id).where(
                (EnrolmentRecord.child == ChildRecord.id) & (EnrolmentRecord.end_date < on)
            )
        )
        query = query.where(~in_care & ended)
    text = text.strip()
    if text:
        low = text.lower()
        phone_hit = fn.EXISTS(
            GuardianRecord.select(GuardianRecord.id).where(
                (GuardianRecord.child == ChildRecord.id) & GuardianRecord.phone.contains(text)
            )
        )
        query = query.where(
            ChildRecord.name.contains(text)
            | ChildRecord.pinyin.startswith(low)
            | ChildRecord.initials.startswith(low)
            | ChildRecord.id_number.contains(text)
            | phone_hit
        )
    return query


def _current_enrolment(on: date):  # type: ignore[no-untyped-def]
    return (
        EnrolmentRecord.select(
            EnrolmentRecord.child.alias("child_id"),
            ClassRecord.name.alias("class_name"),
            EnrolmentRecord.start_date.alias("start_date"),
        )
        .join(ClassRecord)
        .where(
            (EnrolmentRecord.start_date <= on)
            & (EnrolmentRecord.end_date.is_null() | (EnrolmentRecord.end_date >= on))
        )
        .alias("cur")
    )


def _first_phone():  # type: ignore[no-untyped-def]
    return (
        GuardianRecord.select(
            GuardianRecord.child.alias("child_id"), fn.MIN(GuardianRecord.phone).alias("phone")
        )
        .group_by(GuardianRecord.child)
        .alias("ph")
    )


def _refuse_duplicate(child: ChildInput, own_id: int | None) -> None:
    same = ChildRecord.select(ChildRecord.id, ChildRecord.name)
    if own_id is not None:
        same = same.where(ChildRecord.id != own_id)
    if child.id_number and same.where(ChildRecord.id_number == child.id_number).exists():
        raise RuleViolation("duplicate_id", f"证件号码 {mask_id(child.id_number)} 已属于另一名幼儿")
    twin = same.where(
        (ChildRecord.name == child.name) & (ChildRecord.birth_date == child.birth_date)
    ).exists()
    if twin:
        raise RuleViolation(
            "duplicate_child", f"已有同名同出生日期的幼儿：{child.name}（{child.birth_date}）"
        )


def _fields(child: ChildInput) -> dict[str, object]:
    return {
        "name": child.name,
        "sex": child.sex.value,
        "birth_date": child.birth_date,
        "id_type": child.id_type.value,
        "id_number": child.id_number or None,
        "id_note": child.id_note,
        "note": child.note,
    }


def _write_guardians(child_id: int, guardians: tuple[GuardianInput, ...]) -> None:
    for position, g in enumerate(guardians):
        GuardianRecord.create(
            child=child_id,
            name=g.name,
            relation=g.relation.value,
            phone=g.phone,
            id_number=g.id_number,
            position=position,
        )


def _get(child_id: int) -> ChildRecord:
    row = ChildRecord.get_or_none(ChildRecord.id == child_id)
    if row is None:
        raise NotFound(f"幼儿 {child_id} 不存在")
    return row
