"""Tests for operator_app.domain.names: pinyin sort/search keys and name validation."""

from __future__ import annotations

import pytest

from operator_app.domain.errors import ValidationError
from operator_app.domain.names import (
    SURNAME_READINGS,
    name_pinyin,
    parse_pinyin,
    read_name,
    validate_person_name,
    validate_surname,
)

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


# --- surname and given name (read_name) ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "syllables", "surname_count", "given"),
    [
        ("张米朵", ("zhang", "mi", "duo"), 1, "miduo"),
        ("张乐乐", ("zhang", "le", "le"), 1, "lele"),  # 乐 as a given name keeps its own reading
        ("乐乐", ("yue", "le"), 1, "le"),  # only the first 乐 is a surname
        ("乐嘉", ("yue", "jia"), 1, "jia"),
        ("覃小雨", ("qin", "xiao", "yu"), 1, "xiaoyu"),  # pypinyin alone: tan
        ("欧阳娜娜", ("ou", "yang", "na", "na"), 2, "nana"),  # compound surname split off whole
        ("司马光", ("si", "ma", "guang"), 2, "guang"),
        ("尉迟恭", ("yu", "chi", "gong"), 2, "gong"),
        ("Anna Lee", ("anna", "lee"), 1, "lee"),  # a Latin name: its first word, then the rest
        ("李Anna", ("li", "anna"), 1, "anna"),
        (f"{JI}祥", (JI, "xiang"), 1, "xiang"),
        ("曾", ("zeng",), 1, ""),
        ("", (), 0, ""),
    ],
)
def test_read_name_splits_surname_and_given_name(
    name: str, syllables: tuple[str, ...], surname_count: int, given: str
) -> None:
    reading = read_name(name)
    assert (reading.syllables, reading.surname_count) == (syllables, surname_count)
    assert reading.given_pinyin == given
    assert reading.pinyin == "".join(syllables)
    assert reading.spaced == " ".join(syllables)


def test_user_entries_come_before_the_built_in_table() -> None:
    assert read_name("覃小雨", {"覃": "tan"}).pinyin == "tanxiaoyu"
    # a compound surname of the user's own is split off whole too
    reading = read_name("单于丹", {"单于": "chan yu"})
    assert (reading.syllables, reading.given_pinyin) == (("chan", "yu", "dan"), "dan")
    assert read_name("单于丹").given_pinyin == "yudan"  # without it: 单 shan + 于丹


# --- a hand-corrected reading (parse_pinyin) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "pinyin", "given"),
    [
        ("Lè Jiā", "乐嘉", "lejia", "jia"),  # tone marks and capitals
        ("le jia", "乐嘉", "lejia", "jia"),
        ("lejia", "乐嘉", "lejia", "jia"),  # run together, one way to split
        ("le4 jia1", "乐嘉", "lejia", "jia"),  # tone digits
        ("le4jia1", "乐嘉", "lejia", "jia"),
        ("Le'jia", "乐嘉", "lejia", "jia"),
        ("  TAN  xiao yu ", "覃小雨", "tanxiaoyu", "xiaoyu"),
        ("ou yang nuo nuo", "欧阳娜娜", "ouyangnuonuo", "nuonuo"),
        ("Lǚ Xiǎo", "吕晓", "lvxiao", "xiao"),
        ("ji xiang", f"{JI}祥", "jixiang", "xiang"),  # a reading for an unreadable character
        (f"{JI} xiang", f"{JI}祥", f"{JI}xiang", "xiang"),  # or the character kept as it is
        ("Anna Li", "Anna Lee", "annali", "li"),  # a Latin word's place takes any letters
    ],
)
def test_parse_pinyin_normalises_to_the_stored_form(
    text: str, name: str, pinyin: str, given: str
) -> None:
    reading = parse_pinyin(text, name)
    assert (reading.pinyin, reading.given_pinyin) == (pinyin, given)


@pytest.mark.parametrize(
    ("text", "name", "code", "params", "reason"),
    [
        ("le", "乐嘉", "pinyin.syllable_count", {"name": "乐嘉", "expected": 2, "count": 1},
         "“乐嘉”应有 2 个音节，填写了 1 个"),
        ("le jia jia", "乐嘉", "pinyin.syllable_count",
         {"name": "乐嘉", "expected": 2, "count": 3}, "“乐嘉”应有 2 个音节，填写了 3 个"),
        ("lxjia", "乐嘉", "pinyin.cannot_split", {"name": "乐嘉", "expected": 2},
         "无法分成“乐嘉”的 2 个音节，请用空格分开"),
        ("le9 jia", "乐嘉", "pinyin.not_letters", {"text": "9"},
         "只能填写拼音字母（可带声调）和空格，不能包含“9”"),
        ("乐 jia", "乐嘉", "pinyin.not_letters", {"text": "乐"},
         "只能填写拼音字母（可带声调）和空格，不能包含“乐”"),
        ("lle jia", "乐嘉", "pinyin.not_syllable", {"syllable": "lle"}, "“lle”不是拼音音节"),
        (" ' ", "乐嘉", "pinyin.empty", {}, "不能为空"),
    ],
)  # fmt: skip
def test_parse_pinyin_refuses_with_a_code(
    text: str, name: str, code: str, params: dict[str, object], reason: str
) -> None:
    with pytest.raises(ValidationError) as info:
        parse_pinyin(text, name)
    error = info.value
    assert (error.field, error.code, error.params) == ("pinyin", code, params)
    assert (error.label, error.reason) == ("拼音", reason)


# --- a surname-table entry (validate_surname) ---------------------------------------------------


@pytest.mark.parametrize(
    ("surname", "reading", "stored"),
    [
        ("覃", "Tán", ("覃", "tan")),
        (" 覃 ", "tan2", ("覃", "tan")),
        ("单于", "chanyu", ("单于", "chan yu")),
        ("尉迟", "Yù Chí", ("尉迟", "yu chi")),
        (JI, "ji", (JI, "ji")),
    ],
)
def test_validate_surname_normalises(surname: str, reading: str, stored: tuple[str, str]) -> None:
    assert validate_surname(surname, reading) == stored


@pytest.mark.parametrize(
    ("surname", "reading", "field", "code"),
    [
        ("", "tan", "surname", "surname.empty"),
        ("覃x", "tan", "surname", "surname.not_han"),
        ("欧阳欧阳欧", "ou", "surname", "surname.too_long"),
        ("覃", "", "reading", "pinyin.empty"),
        ("覃", "t@n", "reading", "pinyin.not_letters"),
        ("覃", "tan qin", "reading", "pinyin.syllable_count"),
        ("覃", "tnn", "reading", "pinyin.not_syllable"),
        (JI, JI, "reading", "pinyin.not_letters"),  # a surname's reading must be letters
    ],
)
def test_validate_surname_refuses(surname: str, reading: str, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_surname(surname, reading)
    assert (info.value.field, info.value.code) == (field, code)
