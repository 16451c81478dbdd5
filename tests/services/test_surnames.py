"""The surname table service: the user's entries over the built-in ones, checked, audited, and
re-reading every child and staff member whose pinyin is automatic, in one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.errors import RuleViolation, ValidationError
from operator_app.services import audit, children, surnames
from operator_app.services.children import Scope
from operator_app.services.surnames import Reread, SurnameEntry
from operator_app.storage.records import ChildRecord, StaffRecord, SurnameRecord

if TYPE_CHECKING:
    from .conftest import Make


def pinyin_of(child_id: int) -> tuple[str, str, str, bool]:
    detail = children.get_child(child_id)
    return detail.pinyin, detail.initials, detail.given_pinyin, detail.pinyin_manual


def test_entries_list_the_built_in_table_and_the_users(db: object) -> None:
    surnames.set_reading("覃", "Tán")
    surnames.set_reading("单于", "chan yu")
    by_key = {e.surname: e for e in surnames.entries()}
    assert by_key["覃"] == SurnameEntry("覃", "tan", "qin", True)
    assert by_key["单于"] == SurnameEntry("单于", "chan yu", "", True)
    assert by_key["曾"] == SurnameEntry("曾", "zeng", "zeng", False)
    assert by_key["欧阳"] == SurnameEntry("欧阳", "ouyang", "ouyang", False)
    assert [e.surname for e in surnames.entries() if e.own] == ["单于", "覃"]  # chanyu < tan


def test_a_table_change_rereads_automatic_pinyin_but_not_a_hand_corrected_one(
    make: Make,
) -> None:
    auto = make.child("乐嘉", date(2024, 5, 2))
    manual_input = replace(make.child_input("乐佳", date(2024, 5, 3)), pinyin="Lè Jiā")
    manual = children.create_child(manual_input).id
    other = make.child("张乐乐", date(2024, 5, 4))  # 乐 not first: no surname of the table
    carer = make.staff("乐红")
    assert pinyin_of(auto) == ("yuejia", "yj", "jia", False)

    assert surnames.set_reading("乐", "le") == Reread(children=1, staff=1)
    assert pinyin_of(auto) == ("lejia", "lj", "jia", False)
    assert pinyin_of(manual) == ("lejia", "lj", "jia", True)
    assert pinyin_of(other) == ("zhanglele", "zll", "lele", False)
    staff_row = StaffRecord.get_by_id(carer)
    assert (staff_row.pinyin, staff_row.initials, staff_row.given_pinyin) == (
        "lehong",
        "lh",
        "hong",
    )

    # back to the built-in reading: the automatic one follows, the hand-corrected one stays
    assert surnames.remove_reading("乐") == Reread(children=1, staff=1)
    assert pinyin_of(auto) == ("yuejia", "yj", "jia", False)
    assert pinyin_of(manual) == ("lejia", "lj", "jia", True)
    assert names_found("yuejia") == ["乐嘉"]


def names_found(text: str) -> list[object]:
    return [row[1] for row in children.page(text, Scope.ALL)]


def test_new_children_and_staff_are_read_with_the_users_table(make: Make) -> None:
    surnames.set_reading("覃", "tan")
    child = make.child("覃小雨", date(2024, 5, 2))
    carer = make.staff("覃红")
    assert pinyin_of(child) == ("tanxiaoyu", "txy", "xiaoyu", False)
    assert StaffRecord.get_by_id(carer).pinyin == "tanhong"
    assert surnames.read("覃小雨").spaced == "tan xiao yu"
    assert names_found("tanx") == ["覃小雨"]


def test_a_compound_surname_of_the_users_splits_the_given_name(make: Make) -> None:
    child = make.child("单于丹", date(2024, 5, 2))
    assert pinyin_of(child) == ("shanyudan", "syd", "yudan", False)
    assert surnames.set_reading("单于", "chanyu") == Reread(children=1, staff=0)
    assert pinyin_of(child) == ("chanyudan", "cyd", "dan", False)
    assert names_found("dan") == ["单于丹"]


def test_setting_a_reading_is_audited_in_the_same_transaction(make: Make) -> None:
    make.child("覃小雨", date(2024, 5, 2))
    surnames.set_reading("覃", "tan")
    [entry] = audit.recent(1, entity="surname")
    assert (entry.action, entry.entity_id) == ("surname.set", "覃")
    assert entry.summary == "姓氏读音 覃：qin → tan（重读 1 名幼儿、0 名员工）"
    surnames.remove_reading("覃")
    [entry] = audit.recent(1, entity="surname")
    assert entry.summary == "删除姓氏读音 覃 tan，恢复为 qin（重读 1 名幼儿、0 名员工）"


@pytest.mark.parametrize(
    ("surname", "reading", "field", "code"),
    [
        ("覃", "t@n", "reading", "pinyin.not_letters"),
        ("覃", "tan qin", "reading", "pinyin.syllable_count"),
        ("", "tan", "surname", "surname.empty"),
        ("Tan", "tan", "surname", "surname.not_han"),
    ],
)
def test_a_bad_entry_is_refused_and_nothing_changes(
    make: Make, surname: str, reading: str, field: str, code: str
) -> None:
    child = make.child("覃小雨", date(2024, 5, 2))
    with pytest.raises(ValidationError) as info:
        surnames.set_reading(surname, reading)
    assert (info.value.field, info.value.code) == (field, code)
    assert SurnameRecord.select().count() == 0
    assert audit.count("surname.set") == 0
    assert pinyin_of(child) == ("qinxiaoyu", "qxy", "xiaoyu", False)


def test_removing_an_entry_the_user_never_made_is_refused(db: object) -> None:
    with pytest.raises(RuleViolation) as info:
        surnames.remove_reading("曾")
    assert (info.value.code, info.value.field) == ("surname.not_user_entry", "surname")
    assert info.value.message == "“曾”没有自定义读音"
    assert audit.count("surname.remove") == 0


def test_reread_of_everyone_repairs_stale_keys(make: Make) -> None:
    child = make.child("张米朵", date(2024, 5, 2))
    ChildRecord.update(given_pinyin="", pinyin="x").where(ChildRecord.id == child).execute()
    assert surnames.reread() == Reread(children=1, staff=0)
    assert pinyin_of(child) == ("zhangmiduo", "zmd", "miduo", False)


def test_a_failure_while_rereading_leaves_the_table_and_the_children_as_they_were(
    make: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    child = make.child("覃小雨", date(2024, 5, 2))
    make.staff("覃红")
    real = surnames._reread

    def fail_on_staff(model: type, table: dict[str, str], prefix: str) -> int:
        if model is StaffRecord:
            raise RuntimeError("disk full")
        return real(model, table, prefix)  # type: ignore[arg-type]

    monkeypatch.setattr(surnames, "_reread", fail_on_staff)
    with pytest.raises(RuntimeError):
        surnames.set_reading("覃", "tan")
    assert pinyin_of(child) == ("qinxiaoyu", "qxy", "xiaoyu", False)  # children were re-read first
    assert SurnameRecord.select().count() == 0
    assert audit.count("surname.set") == 0
