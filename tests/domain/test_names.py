"""Tests for operator_app.domain.names: pinyin sort/search keys and name validation."""

from __future__ import annotations

import pytest

from operator_app.domain.errors import ValidationError
from operator_app.domain.names import SURNAME_READINGS, name_pinyin, validate_person_name

JI = "\U00020bb7"  # 𠮷, outside the BMP, unknown to pypinyin


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("张三", "zhangsan", "zs"),
        ("曾小明", "zengxiaoming", "zxm"),  # pypinyin alone says ceng
        ("单田芳", "shantianfang", "stf"),  # dan
        ("解晓东", "xiexiaodong", "xxd"),  # jie
        ("仇英", "qiuying", "qy"),  # chou
        ("区志强", "ouzhiqiang", "ozq"),  # qu
        ("乐嘉", "yuejia", "yj"),  # le
        ("朴树", "piaoshu", "ps"),
        ("查良镛", "zhaliangyong", "zly"),
        ("曾", "zeng", "z"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("万俟卨", "moqixie", "mqx"),
        ("长孙无忌", "zhangsunwuji", "zswj"),
        ("澹台明月", "tantaimingyue", "ttmy"),
        ("吕乐", "lvle", "ll"),  # table applies to the surname only
        ("张曾", "zhangceng", "zc"),
        (JI, JI, JI),
        (f"{JI}祥", f"{JI}xiang", f"{JI}x"),
        (f"李{JI}", f"li{JI}", f"l{JI}"),
        (f"王{JI}{JI}", f"wang{JI}{JI}", f"w{JI}{JI}"),
        ("Anna Lee", "annalee", "al"),
        ("TOM", "tom", "t"),
        ("李Anna", "lianna", "la"),
        ("阿依古丽·买买提", "ayigulimaimaiti", "ayglmmt"),
        ("  张  三 ", "zhangsan", "zs"),
        ("ＡＮＮＡ", "anna", "a"),  # full-width Latin
        ("", "", ""),
        ("·", "", ""),
    ],
)
def test_name_pinyin(name: str, full: str, initials: str) -> None:
    assert name_pinyin(name) == (full, initials)


@pytest.mark.parametrize(("surname", "reading"), sorted(SURNAME_READINGS.items()))
def test_every_table_surname_is_read_from_the_table(surname: str, reading: str) -> None:
    full, initials = name_pinyin(surname)
    assert full == reading
    assert len(initials) == len(surname)
    assert initials[0] == reading[0]


def test_surname_table_has_the_domain_readings() -> None:
    expected = {
        "曾": "zeng",
        "单": "shan",
        "解": "xie",
        "仇": "qiu",
        "朴": "piao",
        "区": "ou",
        "查": "zha",
        "乐": "yue",
    }
    assert expected.items() <= SURNAME_READINGS.items()
    assert all(v == v.lower() and v.isascii() and v.isalpha() for v in SURNAME_READINGS.values())


def test_surname_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        SURNAME_READINGS["曾"] = "ceng"  # type: ignore[index]


@pytest.mark.parametrize(
    ("name", "overrides", "full", "initials"),
    [
        ("曾小明", {"曾": "ceng"}, "cengxiaoming", "cxm"),  # user overrides the table
        ("曾小明", {"曾": "Zēng"}, "zengxiaoming", "zxm"),  # tones and capitals tolerated
        ("吕布", {"吕": "Lǚ"}, "lvbu", "lb"),
        ("单于丹", {"单于": "chanyu"}, "chanyudan", "cyd"),  # a new double surname
        ("单于丹", {"单于": "chan yu"}, "chanyudan", "cyd"),
        ("单于丹", {"单于": "chan'yu"}, "chanyudan", "cyd"),
        ("尉迟恭", {"尉": "yu"}, "yuchigong", "ycg"),  # double surname still wins
        ("曾小明", {"曾": "  "}, "zengxiaoming", "zxm"),  # blank edit falls back to the table
        ("曾小明", {"曾": "'"}, "cengxiaoming", "cxm"),  # unusable edit: pypinyin's reading
        ("张三", {}, "zhangsan", "zs"),
    ],
)
def test_name_pinyin_overrides(
    name: str, overrides: dict[str, str], full: str, initials: str
) -> None:
    assert name_pinyin(name, overrides) == (full, initials)


def test_overrides_do_not_leak_between_calls() -> None:
    name_pinyin("曾小明", {"曾": "ceng"})
    assert name_pinyin("曾小明") == ("zengxiaoming", "zxm")


# --- validation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("张三", "张三"),
        ("  张三 ", "张三"),
        ("Anna   Lee", "Anna Lee"),
        ("阿依古丽·买买提", "阿依古丽·买买提"),
        (JI, JI),
        ("李" * 30, "李" * 30),
        (JI * 30, JI * 30),  # a non-BMP character counts as one
        ("王〇", "王〇"),
    ],
)
def test_validate_person_name_accepts(raw: str, cleaned: str) -> None:
    assert validate_person_name(raw) == cleaned


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "不能为空"),
        ("   ", "不能为空"),
        ("李" * 31, "不能超过30个字"),
        ("张三2", "不能包含数字"),
        ("张三２", "不能包含数字"),  # full-width digit
    ],
)
def test_validate_person_name_refuses(raw: str, reason: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_person_name(raw)
    assert (info.value.field, info.value.label, info.value.reason) == ("name", "姓名", reason)


def test_validate_person_name_reports_the_given_field() -> None:
    with pytest.raises(ValidationError) as info:
        validate_person_name("", field="guardian_name", label="监护人姓名")
    assert (info.value.field, info.value.label) == ("guardian_name", "监护人姓名")
