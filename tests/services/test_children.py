"""Children: identity checks on create, duplicates, and the paged search the table model uses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.children import ChildInput, GuardianInput
from operator_app.domain.enums import ClassType, GuardianRelation, IdType, LeaveReason, Sex
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.domain.identity import make_resident_id
from operator_app.domain.institution import Institution
from operator_app.services import audit, children, enrolment
from operator_app.services.children import Scope
from operator_app.storage.records import ChildRecord, GuardianRecord

if TYPE_CHECKING:
    from .conftest import Make

BIRTH = date(2024, 3, 10)
ZHANG_SAN_ID = make_resident_id("500103", BIRTH, 11, True)  # 50010320240310011X
ON = date(2026, 5, 6)


def zhang_san(**changes: object) -> ChildInput:
    data = ChildInput(
        "张三",
        Sex.MALE,
        BIRTH,
        IdType.RESIDENT,
        ZHANG_SAN_ID,
        guardians=(
            GuardianInput("李丽", GuardianRelation.MOTHER, "13912345678"),
            GuardianInput("张伟", GuardianRelation.FATHER, "13700001111"),
        ),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def test_create_with_a_resident_id(make: Make) -> None:
    assert ZHANG_SAN_ID.endswith("X")
    typed = " " + ZHANG_SAN_ID[:-1] + "x "  # lower-case check character and spaces
    result = children.create_child(zhang_san(id_number=typed))
    assert result.warnings == ()
    detail = children.get_child(result.id)
    assert detail.data.id_number == ZHANG_SAN_ID
    assert (detail.data.name, detail.data.sex, detail.data.birth_date) == ("张三", Sex.MALE, BIRTH)
    assert (detail.pinyin, detail.initials) == ("zhangsan", "zs")
    assert [(g.name, g.relation, g.phone) for g in detail.data.guardians] == [
        ("李丽", GuardianRelation.MOTHER, "13912345678"),
        ("张伟", GuardianRelation.FATHER, "13700001111"),
    ]
    [entry] = audit.recent()
    assert (entry.action, entry.entity_id) == ("child.create", str(result.id))


def test_unknown_region_is_only_a_warning(make: Make) -> None:
    number = make_resident_id("500199", BIRTH, 11, True)
    result = children.create_child(zhang_san(id_number=number))
    assert result.warnings == ("地区码 500199 未在行政区划表中，请核对",)
    assert ChildRecord.get_by_id(result.id).id_number == number


def _refused(data: ChildInput, field: str) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        children.create_child(data)
    assert info.value.field == field
    assert ChildRecord.select().count() == 0
    assert GuardianRecord.select().count() == 0
    assert audit.count() == 0
    return info.value


def test_birth_date_different_from_the_id_is_refused(make: Make) -> None:
    error = _refused(zhang_san(birth_date=date(2024, 3, 11)), "birth_date")
    assert "2024-03-10" in error.reason


def test_sex_different_from_the_id_is_refused(make: Make) -> None:
    _refused(zhang_san(sex=Sex.FEMALE), "sex")


def test_bad_check_digit_is_refused(make: Make) -> None:
    error = _refused(zhang_san(id_number=ZHANG_SAN_ID[:-1] + "0"), "id_number")
    assert "校验位错误" in error.reason


def test_future_birth_date_is_refused(make: Make) -> None:
    tomorrow = date.today() + timedelta(days=1)
    _refused(ChildInput("张三", Sex.MALE, tomorrow, IdType.NONE, id_note="新生儿"), "birth_date")


def test_no_document_needs_a_reason(make: Make) -> None:
    _refused(ChildInput("张三", Sex.MALE, BIRTH, IdType.NONE), "id_note")


def test_bad_guardian_phone_is_refused(make: Make) -> None:
    bad = (GuardianInput("李丽", GuardianRelation.MOTHER, "12345"),)
    _refused(zhang_san(guardians=bad), "guardian0.phone")


def test_duplicate_id_number_is_refused(make: Make) -> None:
    first = children.create_child(zhang_san()).id
    with pytest.raises(RuleViolation) as info:
        children.create_child(zhang_san(name="张小三"))
    assert info.value.code == "duplicate_id"
    assert ZHANG_SAN_ID not in info.value.message  # masked in the message
    assert [r.id for r in ChildRecord.select()] == [first]
    assert GuardianRecord.select().count() == 2
    assert audit.count("child.create") == 1


def test_duplicate_name_and_birth_date_is_refused(make: Make) -> None:
    parent = (GuardianInput("王大", GuardianRelation.FATHER, "13800138000"),)
    children.create_child(
        ChildInput("王五", Sex.MALE, BIRTH, IdType.NONE, id_note="户口办理中", guardians=parent)
    )
    with pytest.raises(RuleViolation) as info:
        children.create_child(
            ChildInput("王五", Sex.MALE, BIRTH, IdType.BIRTH_CERT, "M500012345", guardians=parent)
        )
    assert info.value.code == "duplicate_child"
    assert ChildRecord.select().count() == 1
    assert audit.count("child.create") == 1
    # same name, another birthday: a different child
    children.create_child(
        ChildInput(
            "王五",
            Sex.MALE,
            BIRTH + timedelta(days=1),
            IdType.NONE,
            id_note="户口办理中",
            guardians=parent,
        )
    )
    assert ChildRecord.select().count() == 2


def test_update_replaces_identity_and_guardians(make: Make) -> None:
    child_id = children.create_child(zhang_san()).id
    children.update_child(
        child_id,
        zhang_san(
            name="张叁", guardians=(GuardianInput("李丽", GuardianRelation.MOTHER, "13900000000"),)
        ),
    )
    detail = children.get_child(child_id)
    assert (detail.data.name, detail.pinyin, detail.initials) == ("张叁", "zhangsan", "zs")
    assert [g.phone for g in detail.data.guardians] == ["13900000000"]
    assert GuardianRecord.select().count() == 1
    assert audit.count("child.update") == 1


def test_update_refuses_another_childs_id(make: Make) -> None:
    children.create_child(zhang_san())
    other = make.child("李四", date(2024, 5, 1))
    before = children.get_child(other)
    with pytest.raises(RuleViolation) as info:
        children.update_child(other, zhang_san(name="李四"))
    assert info.value.code == "duplicate_id"
    assert children.get_child(other) == before


def test_unknown_child(make: Make) -> None:
    with pytest.raises(NotFound):
        children.get_child(12345)
    with pytest.raises(NotFound):
        children.update_child(12345, zhang_san())


def test_find_child_by_id_number_or_unique_name(make: Make) -> None:
    child_id = children.create_child(zhang_san()).id
    assert children.find_child("张三") == child_id
    assert children.find_child(ZHANG_SAN_ID.lower()) == child_id
    with pytest.raises(NotFound):
        children.find_child("李四")


# --- search, scope, sort and paging ------------------------------------------------------------


@pytest.fixture
def roster(inst: Institution, make: Make) -> dict[str, int]:
    """张三 in 小一班 (in care), 李四 left, 王五 in 大一班, 赵六 in 小一班 from later."""
    small = make.klass("小一班", ClassType.SMALL)
    big = make.klass("大一班", ClassType.BIG)
    ids = {"张三": children.create_child(zhang_san()).id}
    enrolment.enrol(ids["张三"], small, date(2025, 9, 1))
    ids["李四"] = make.child("李四", date(2023, 11, 2), phone="13600002222")
    enrolment.enrol(ids["李四"], big, date(2025, 12, 1))
    enrolment.leave(ids["李四"], date(2026, 4, 30), LeaveReason.MOVED)
    ids["王五"] = make.child("王五", date(2023, 12, 24), phone="13500003333")
    enrolment.enrol(ids["王五"], big, date(2026, 1, 5))
    ids["赵六"] = make.child("赵六", date(2024, 6, 15), male=False, phone="13400004444")
    enrolment.enrol(ids["赵六"], small, date(2026, 3, 2), inclusive=False)
    return ids


def names(rows: list[tuple[object, ...]]) -> list[object]:
    return [r[1] for r in rows]


@pytest.mark.parametrize(
    "text", ["zs", "ZS", "zhang", "zhangs", "张", "张三", "0310011", "20240310", "1234", "139123"]
)
def test_search_finds_zhang_san(roster: dict[str, int], text: str) -> None:
    assert names(children.page(text, Scope.ALL, ON)) == ["张三"]
    assert children.count(text, Scope.ALL, ON) == 1


def test_search_matches_pinyin_only_as_a_prefix(roster: dict[str, int]) -> None:
    assert children.page("hangsan", Scope.ALL, ON) == []
    assert names(children.page("w", Scope.ALL, ON)) == ["王五"]
    assert names(children.page("z", Scope.ALL, ON)) == ["张三", "赵六"]


def test_search_by_any_guardian_phone(roster: dict[str, int]) -> None:
    # 张三's second guardian; the table shows the smallest phone, the search sees both
    assert names(children.page("13700001111", Scope.ALL, ON)) == ["张三"]


def test_scopes(roster: dict[str, int]) -> None:
    assert names(children.page("", Scope.IN_CARE, ON)) == ["王五", "张三", "赵六"]
    assert names(children.page("", Scope.LEFT, ON)) == ["李四"]
    assert names(children.page("", Scope.ALL, ON)) == ["李四", "王五", "张三", "赵六"]
    assert children.count("", Scope.IN_CARE, ON) == 3
    assert children.count("", Scope.LEFT, ON) == 1
    assert children.count("", Scope.ALL, ON) == 4
    # before 赵六 started and while 李四 was still there
    assert names(children.page("", Scope.IN_CARE, date(2026, 2, 1))) == ["李四", "王五", "张三"]
    assert children.count("z", Scope.IN_CARE, ON) == 2


def test_row_contents(roster: dict[str, int]) -> None:
    [row] = children.page("zs", Scope.ALL, ON)
    assert row == (
        roster["张三"],
        "张三",
        "zhangsan",
        "男",
        BIRTH,
        "500103********011X",
        "小一班",
        date(2025, 9, 1),
        "13700001111",
        "在托",
    )
    [left] = children.page("李四", Scope.ALL, ON)
    assert left[6:] == ("", None, "13600002222", "未在托")


@pytest.mark.parametrize(
    ("order", "descending", "expected"),
    [
        ("name", False, ["李四", "王五", "张三", "赵六"]),
        ("name", True, ["赵六", "张三", "王五", "李四"]),
        ("pinyin", False, ["李四", "王五", "张三", "赵六"]),
        ("birth_date", False, ["李四", "王五", "张三", "赵六"]),
        ("birth_date", True, ["赵六", "张三", "王五", "李四"]),
        ("phone", False, ["赵六", "王五", "李四", "张三"]),
        ("start_date", False, ["张三", "王五", "赵六", "李四"]),  # no current class: last
        ("start_date", True, ["赵六", "王五", "张三", "李四"]),  # nulls last both ways
        ("class_name", False, ["王五", "张三", "赵六", "李四"]),
        ("sex", True, ["张三", "李四", "王五", "赵六"]),  # M first; ties by id
        ("no_such_column", False, ["李四", "王五", "张三", "赵六"]),
    ],
)
def test_sort_orders(
    roster: dict[str, int], order: str, descending: bool, expected: list[str]
) -> None:
    rows = children.page("", Scope.ALL, ON, order=order, descending=descending)
    assert names(rows) == expected


def test_sort_ties_break_by_id(roster: dict[str, int]) -> None:
    rows = children.page("", Scope.ALL, ON, order="sex")
    assert names(rows) == ["赵六", "张三", "李四", "王五"]  # F before M; then creation order


def test_paging_with_offset_and_limit(roster: dict[str, int]) -> None:
    assert names(children.page("", Scope.ALL, ON, offset=1, limit=2)) == ["王五", "张三"]
    assert names(children.page("", Scope.ALL, ON, offset=3, limit=2)) == ["赵六"]
    assert children.page("", Scope.ALL, ON, offset=4, limit=2) == []
    assert names(children.page("", Scope.ALL, ON, offset=0, limit=1, descending=True)) == ["赵六"]


@pytest.mark.parametrize("text", ["_", "%", "5_0"])
def test_search_text_is_literal_not_a_like_pattern(roster: dict[str, int], text: str) -> None:
    """A typed ``_`` or ``%`` matches those characters, not any character (no ID has them)."""
    assert children.page(text, Scope.ALL, ON) == []
    assert children.count(text, Scope.ALL, ON) == 0


def test_a_long_search_with_wildcard_characters_is_literal(make: Make) -> None:
    """From three digits the text also searches ID numbers; ``_`` must not act as a wildcard."""
    child_id = make.child("张三", date(2024, 5, 2))
    number = children.get_child(child_id).data.id_number
    assert number.startswith("5001")
    assert children.count(number[:5], Scope.ALL) == 1
    assert children.count(number[:4] + "_", Scope.ALL) == 0  # as a LIKE pattern it would match


def test_a_guardian_name_finds_the_child(make: Make) -> None:
    child = children.create_child(make.child_input("黄米朵", date(2024, 5, 2), guardian="赵露"))
    make.child("张三", date(2024, 5, 3))
    assert [row[0] for row in children.page("赵露", Scope.ALL)] == [child.id]
    assert children.count("赵露", Scope.ALL) == 1


# --- the given name's pinyin and a hand-corrected pinyin (domain.md section 9) ------------------


@pytest.fixture
def mi_duo(make: Make) -> int:
    """张米朵 among children whose given names or surnames share her letters."""
    child_id = make.child("张米朵", date(2024, 5, 2), male=False)
    make.child("米乐", date(2024, 5, 3))  # surname 米: "mi" finds her too
    make.child("王多多", date(2024, 5, 4))  # given name duoduo: not "miduo"
    make.child("欧阳米雪", date(2024, 5, 5), male=False)  # given name mixue
    return child_id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("miduo", ["张米朵"]),  # the given name alone
        ("mi duo", ["张米朵"]),
        ("MIDUO", ["张米朵"]),
        ("mid", ["张米朵"]),  # a prefix of it
        ("mi", ["米乐", "欧阳米雪", "张米朵"]),  # surname 米, or a given name starting mi
        ("zhangmiduo", ["张米朵"]),
        ("zmd", ["张米朵"]),  # initials still work
        ("zm", ["张米朵"]),
        ("xue", []),  # the middle of a given name is no prefix
        ("mixue", ["欧阳米雪"]),  # a compound surname is split off whole
        ("yangmixue", []),
        ("duo", ["王多多"]),
    ],
)
def test_search_finds_a_child_by_the_given_name(
    mi_duo: int, text: str, expected: list[str]
) -> None:
    assert names(children.page(text, Scope.ALL)) == expected
    assert children.count(text, Scope.ALL) == len(expected)


def test_a_new_child_stores_the_given_name_pinyin(mi_duo: int) -> None:
    detail = children.get_child(mi_duo)
    assert (detail.pinyin, detail.initials, detail.given_pinyin) == ("zhangmiduo", "zmd", "miduo")
    assert detail.pinyin_manual is False


def test_a_hand_corrected_pinyin_is_kept_after_an_edit(make: Make) -> None:
    data = replace(make.child_input("乐嘉", date(2024, 5, 2)), pinyin="Lè Jiā")
    child_id = children.create_child(data).id
    detail = children.get_child(child_id)
    assert (detail.pinyin, detail.initials, detail.given_pinyin) == ("lejia", "lj", "jia")
    assert detail.pinyin_manual is True
    # an edit of other fields, the pinyin not given: the correction stays
    children.update_child(child_id, replace(detail.data, note="对芒果过敏"))
    detail = children.get_child(child_id)
    assert (detail.pinyin, detail.pinyin_manual, detail.data.note) == ("lejia", True, "对芒果过敏")
    assert names(children.page("lejia", Scope.ALL)) == ["乐嘉"]
    assert children.page("yuejia", Scope.ALL) == []


def test_blank_pinyin_returns_to_the_automatic_reading(make: Make) -> None:
    data = replace(make.child_input("乐嘉", date(2024, 5, 2)), pinyin="le jia")
    child_id = children.create_child(data).id
    children.update_child(child_id, replace(children.get_child(child_id).data, pinyin=""))
    detail = children.get_child(child_id)
    assert (detail.pinyin, detail.given_pinyin, detail.pinyin_manual) == ("yuejia", "jia", False)


def test_a_new_name_is_read_again_when_no_pinyin_is_given(make: Make) -> None:
    data = replace(make.child_input("乐嘉", date(2024, 5, 2)), pinyin="le jia")
    child_id = children.create_child(data).id
    children.update_child(child_id, replace(children.get_child(child_id).data, name="乐美"))
    detail = children.get_child(child_id)
    assert (detail.pinyin, detail.pinyin_manual) == ("yuemei", False)


def test_a_bad_pinyin_is_refused_and_nothing_is_saved(make: Make) -> None:
    data = replace(make.child_input("乐嘉", date(2024, 5, 2)), pinyin="le")
    with pytest.raises(ValidationError) as info:
        children.create_child(data)
    assert (info.value.field, info.value.code) == ("pinyin", "pinyin.syllable_count")
    assert info.value.message == "拼音：“乐嘉”应有 2 个音节，填写了 1 个"
    assert ChildRecord.select().count() == 0
    assert GuardianRecord.select().count() == 0
    assert audit.count("child.create") == 0
