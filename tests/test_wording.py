"""The catalogue: English has every Chinese key with the same placeholders; every enum member and
parameter is worded; parameters are formatted by kind; the language switch is process-wide."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest

from operator_app import wording
from operator_app.domain import enums
from operator_app.domain.parameters import PARAMETERS


@pytest.fixture(autouse=True)
def _restore_language() -> Iterator[None]:
    yield
    wording.set_language("zh_CN")


def test_english_has_every_key_with_the_same_placeholders() -> None:
    zh, en = wording.CATALOGUES["zh_CN"], wording.CATALOGUES["en"]
    assert sorted(zh) == sorted(en)
    for key, text in zh.items():
        assert wording.placeholders(text) == wording.placeholders(en[key]), key


def test_every_enum_member_and_parameter_is_worded() -> None:
    labelled = [
        c
        for c in vars(enums).values()
        if isinstance(c, type) and issubclass(c, enums._Labelled) and c is not enums._Labelled
    ]
    assert len(labelled) == 10
    for cls in labelled:
        for member in cls:
            assert wording.label(member, "zh_CN") and wording.label(member, "en"), member
    for param in PARAMETERS:
        assert wording.has(f"param.{param.key}"), param.key
        assert wording.has(f"unit.{param.unit}"), param.unit


def test_parameters_are_worded_by_kind() -> None:
    text = wording.say(
        "finding.child_outside_band",
        child="张米朵",
        name="小一班",
        class_type=enums.ClassType.SMALL,
        band="12–24个月",
        on=dt.date(2026, 12, 4),
        months=Decimal("25"),
    )
    assert (
        text == "幼儿 张米朵 在班级“小一班”（托小班，12–24个月）：2026-12-04 月龄 25 个月，"
        "不在班型月龄范围内"
    )
    assert wording.param_text(None, "en") == "—"


def test_language_switch_and_fallbacks() -> None:
    assert wording.label(enums.Sex.FEMALE) == "女"
    wording.set_language("en_US")
    assert wording.language() == "en"
    assert wording.label(enums.Sex.FEMALE) == "Female"
    assert enums.Sex.FEMALE.label == "女", "label is the official Chinese wording"
    assert wording.field("guardian2.phone") == "Telephone"
    assert wording.field("class.big.ratio") == "Older toddler class: carer ratio"
    wording.set_language("fr")
    assert wording.language() == "zh_CN"
    with pytest.raises(KeyError):
        wording.say("finding.no_such_code")
