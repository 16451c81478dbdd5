"""Children: create and edit identity and guardians, find duplicates, and page through them.

Why the paging functions return tuples: the children table model asks for 200 rows at a time
and must not build lazy records (no N+1 inside ``data()``); sorting and filtering happen in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from peewee import JOIN, SQL, NodeList, SqliteDatabase, fn

from operator_app.domain.children import ChildInput, GuardianInput, validate_child
from operator_app.domain.enums import GuardianRelation, IdType, Sex
from operator_app.domain.errors import NotFound, RuleViolation
from operator_app.domain.identity import mask_id
from operator_app.services import audit, clock, consent, surnames
from operator_app.services.consent import ConsentInput
from operator_app.storage.records import (
    ChildRecord,
    ClassRecord,
    EnrolmentRecord,
    GuardianRecord,
    database,
    utcnow,
)

MIN_DIGITS = 3  # a search matches ID numbers and phones from this many digits on
_TOP = "\U0010ffff"  # sorts after every character: ``x <= v < x + _TOP`` means v starts with x


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
    given_pinyin: str = ""
    pinyin_manual: bool = False  # corrected by hand: name edits and the surname table leave it


@dataclass(frozen=True)
class SaveResult:
    id: int
    warnings: tuple[str, ...]


def create_child(
    data: ChildInput, today: date | None = None, consents: Sequence[ConsentInput] = ()
) -> SaveResult:
    """Save a new child with its guardians and the consents they gave, all or nothing.

    Everything is checked before the first write (the child, each guardian, each consent: its
    signer must be one of the guardians saved here); the child, the guardians, the consents
    and their audit entries are then written in one transaction, so a failure saves nothing.
    """
    day = today or clock.today()
    clean, warnings = validate_child(data, day)
    signed = consent.check_new(consents, clean.name, (g.name for g in clean.guardians), day)
    with database.atomic():
        _refuse_duplicate(clean, None)
        row = ChildRecord.create(**_fields(clean), **_pinyin_fields(clean, None))
        _write_guardians(row.id, clean.guardians)
        audit.log(
            "child.create",
            "child",
            row.id,
            f"新建幼儿档案 {clean.name}",
            {"id_type": clean.id_type.value, "id_number": mask_id(clean.id_number)},
        )
        for item in signed:
            consent.give(row.id, item.guardian_name, item.kind, item.given_on, item.note, day)
    return SaveResult(int(row.id), warnings)


def update_child(child_id: int, data: ChildInput, today: date | None = None) -> SaveResult:
    clean, warnings = validate_child(data, today or clock.today())
    with database.atomic():
        old = _get(child_id)
        _refuse_duplicate(clean, child_id)
        ChildRecord.update(
            **_fields(clean), **_pinyin_fields(clean, old), updated_at=utcnow()
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
    return ChildDetail(
        row.id, data, row.pinyin, row.initials, row.given_pinyin, bool(row.pinyin_manual)
    )


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
    # Without a search, the in-care list drives the count; with one, the few matches are probed.
    text = text.strip()
    return int(_filtered(text, scope, on or clock.today(), probe=bool(text)).count())


def page(
    text: str = "",
    scope: Scope = Scope.IN_CARE,
    on: date | None = None,
    offset: int = 0,
    limit: int = 200,
    order: str = "pinyin",
    descending: bool = False,
) -> list[tuple[object, ...]]:
    """Rows (id, name, pinyin, sex label, birth date, masked ID, class, start, phone, status).

    Two steps in one statement: the ids of the page (filter, sort, offset, limit), then the
    display columns joined for those rows only.
    """
    on = on or clock.today()
    text = text.strip()
    cur = EnrolmentRecord.alias("cur")
    covers = (
        (cur.child == ChildRecord.id)
        & (cur.start_date <= on)
        & (cur.end_date.is_null() | (cur.end_date >= on))
    )
    phone = GuardianRecord.select(fn.MIN(GuardianRecord.phone)).where(
        GuardianRecord.child == ChildRecord.id
    )
    sort = {
        "sex": ChildRecord.sex,
        "birth_date": ChildRecord.birth_date,
        "id_number": ChildRecord.id_number,
        "class_name": ClassRecord.name,
        "start_date": cur.start_date,
        "phone": NodeList((phone,)),
        "status": ClassRecord.name,
    }.get(order, ChildRecord.pinyin)
    ids = _filtered(text, scope, on, probe=True)
    if order in ("class_name", "start_date", "status"):
        ids = ids.join(cur, JOIN.LEFT_OUTER, on=covers).join(
            ClassRecord, JOIN.LEFT_OUTER, on=(ClassRecord.id == cur.klass)
        )
    # With a search, few rows match: scan and sort them rather than walk the sort index over
    # every child looking for matches (the unary plus keeps SQLite off the index).
    inner_sort = _plus(sort) if text else sort
    ids = ids.order_by(_direction(inner_sort, descending), ChildRecord.id)
    query = (
        ChildRecord.select(
            ChildRecord.id,
            ChildRecord.name,
            ChildRecord.pinyin,
            ChildRecord.sex,
            ChildRecord.birth_date,
            ChildRecord.id_number,
            ClassRecord.name,
            cur.start_date,
            phone.alias("phone"),
        )
        .join(cur, JOIN.LEFT_OUTER, on=covers)
        .join(ClassRecord, JOIN.LEFT_OUTER, on=(ClassRecord.id == cur.klass))
        .where(ChildRecord.id.in_(ids.offset(offset).limit(limit)))
        .order_by(_direction(sort, descending), ChildRecord.id)
    )
    # The raw cursor: peewee's per-field conversion of 200 rows costs more than the query.
    return [
        (
            cid,
            name,
            py,
            Sex(sex).label,
            _as_date(birth),
            mask_id(idn or ""),
            klass or "",
            _as_date(start),
            ph or "",
            "在托" if klass else "未在托",
        )
        for cid, name, py, sex, birth, idn, klass, start, ph in database.execute(query)
    ]


def _as_date(value: object) -> date | None:
    """Dates come back from the raw cursor as ISO text; give the table real dates."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _plus(node: Any) -> Any:
    """``+node`` in SQL: the same value, but SQLite will not use an index for it.

    A planner hint for SQLite only (PostgreSQL has no unary plus on text or dates).
    """
    if not isinstance(database.obj, SqliteDatabase):
        return node
    return NodeList((SQL("+"), node), glue="")


def _direction(node: Any, descending: bool) -> Any:
    return node.desc(nulls="LAST") if descending else node.asc(nulls="LAST")


def _filtered(text: str, scope: Scope, on: date, probe: bool):  # type: ignore[no-untyped-def]
    """The ids of children matching ``text`` in ``scope``.

    ``probe``: test "in care" child by child (EXISTS), best when few rows are visited (a page
    walked in sort order, or the matches of a search); otherwise one list of the ids in care,
    computed once, drives the query (counting a whole scope).
    """
    query = ChildRecord.select(ChildRecord.id)
    covers = (EnrolmentRecord.start_date <= on) & (
        EnrolmentRecord.end_date.is_null() | (EnrolmentRecord.end_date >= on)
    )
    if scope is not Scope.ALL and probe:
        in_care = fn.EXISTS(
            EnrolmentRecord.select(EnrolmentRecord.id).where(
                (EnrolmentRecord.child == ChildRecord.id) & covers
            )
        )
        query = query.where(in_care if scope is Scope.IN_CARE else ~in_care)
    elif scope is not Scope.ALL:
        # ``+start_date``: nearly every period started before today, so SQLite should use the
        # end_date index (open periods are NULL, the few) to build the list.
        covering = EnrolmentRecord.select(EnrolmentRecord.child).where(
            (_plus(EnrolmentRecord.start_date) <= on)
            & (EnrolmentRecord.end_date.is_null() | (EnrolmentRecord.end_date >= on))
        )
        in_list = ChildRecord.id.in_(covering)
        query = query.where(in_list if scope is Scope.IN_CARE else ~in_list)
    if text:
        low = "".join(text.lower().split())  # "zhang san" is typed for zhangsan too
        # Pinyin, initials and the given name's pinyin (张米朵 by "miduo") are stored
        # lower-case and without spaces: a prefix is an index range on each, so letters alone
        # are found without reading every child.
        match = (
            _prefix(ChildRecord.pinyin, low)
            | _prefix(ChildRecord.initials, low)
            | _prefix(ChildRecord.given_pinyin, low)
        )
        if not (low.isascii() and low.isalpha()):
            # Chinese characters (or digits, punctuation) match the child's or a guardian's
            # name. Latin letters need not: a Latin name's pinyin key is the name, lower-cased.
            guardians = GuardianRecord.select(GuardianRecord.child).where(
                GuardianRecord.name.contains(text)
            )
            match = match | ChildRecord.name.contains(text) | ChildRecord.id.in_(guardians)
        if sum(ch.isdigit() for ch in text) >= MIN_DIGITS:
            # ID numbers and phones are digits: a search with fewer cannot be meant for them
            # (one or two digits would match nearly every row; "x" every ID ending in X).
            phones = GuardianRecord.select(GuardianRecord.child).where(
                GuardianRecord.phone.contains(text)
            )
            match = match | ChildRecord.id_number.contains(text) | ChildRecord.id.in_(phones)
        query = query.where(match)
    return query


def _prefix(column: Any, low: str) -> Any:
    """``column`` starts with ``low``, as a range the column's index serves."""
    return (column >= low) & (column < low + _TOP)


def _pinyin_fields(child: ChildInput, old: ChildRecord | None) -> dict[str, object]:
    """The pinyin columns to write: a hand-typed reading (checked), the automatic one, or
    nothing when a stored correction is kept (``pinyin`` None, name unchanged)."""
    if child.pinyin is None and old is not None and old.pinyin_manual and old.name == child.name:
        return {}
    manual = bool(child.pinyin and child.pinyin.strip())  # blank: read from the name
    reading = (
        surnames.parse(child.pinyin or "", child.name) if manual else surnames.read(child.name)
    )
    return {
        "pinyin": reading.pinyin,
        "initials": reading.initials,
        "given_pinyin": reading.given_pinyin,
        "pinyin_manual": manual,
    }


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
