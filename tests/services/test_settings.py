"""Business parameters: national defaults, range checks naming the key, audited changes."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.enums import ClassType
from operator_app.domain.errors import ValidationError
from operator_app.domain.parameters import BY_KEY, PARAMETERS
from operator_app.services import audit, classes, settings
from operator_app.storage.records import SettingRecord

if TYPE_CHECKING:
    from .conftest import Make


def test_defaults_before_anything_is_stored(make: Make) -> None:
    assert SettingRecord.select().count() == 0
    values = settings.all_values()
    assert values == {p.key: p.default for p in PARAMETERS}
    assert settings.get_int("class.big.max_children") == 20
    assert settings.get_int("class.infant.ratio") == 3
    assert settings.get_int("staff.background_valid_days") == 365
    assert settings.get_int("class.mixed.min_months") == 18
    assert settings.get_int("home.max_children") == 5


def test_set_value_is_stored_read_back_and_audited(make: Make) -> None:
    settings.set_value("class.big.max_children", 18)
    assert settings.get_int("class.big.max_children") == 18
    assert settings.all_values()["class.big.max_children"] == 18
    row = SettingRecord.get_by_id("class.big.max_children")
    assert json.loads(row.value) == 18
    [entry] = audit.recent()
    assert (entry.action, entry.entity, entry.entity_id) == (
        "setting.update",
        "setting",
        "class.big.max_children",
    )
    assert entry.summary == "托大班最大人数：20 → 18"
    settings.set_value("class.big.max_children", "16")  # text from a form is converted
    assert settings.get_int("class.big.max_children") == 16
    assert SettingRecord.select().count() == 1
    assert audit.recent(1)[0].summary == "托大班最大人数：18 → 16"
    assert audit.count("setting.update") == 2


def test_stored_values_drive_the_class_rules(make: Make) -> None:
    settings.set_value("class.small.ratio", 4)
    settings.set_value("class.small.max_children", 12)
    rule = classes.rules()[ClassType.SMALL]
    assert (rule.carers_ratio, rule.max_children) == (4, 12)
    assert classes.rules()[ClassType.BIG].max_children == 20


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("class.big.max_children", 21, "不能大于 20"),
        ("class.big.max_children", 0, "不能小于 1"),
        ("staff.certified_target_pct", 101, "不能大于 100"),
        ("staff.background_valid_days", 29, "不能小于 30"),
        ("home.max_children", "十五", "应为整数"),
        ("home.max_children", None, "应为整数"),
    ],
)
def test_out_of_range_is_refused_naming_the_key(
    make: Make, key: str, value: object, reason: str
) -> None:
    with pytest.raises(ValidationError) as info:
        settings.set_value(key, value)  # type: ignore[arg-type]
    assert info.value.field == key
    assert info.value.label == BY_KEY[key].label
    assert info.value.reason == reason
    assert settings.get(key) == BY_KEY[key].default
    assert SettingRecord.select().count() == 0
    assert audit.count() == 0


def test_bounds_themselves_are_allowed(make: Make) -> None:
    settings.set_value("class.big.max_children", 20)
    settings.set_value("enrol.min_age_months", 0)
    assert settings.get_int("class.big.max_children") == 20
    assert settings.get_int("enrol.min_age_months") == 0


def test_unknown_key_is_refused(make: Make) -> None:
    with pytest.raises(ValidationError) as info:
        settings.set_value("class.huge.max_children", 5)
    assert (info.value.field, info.value.code) == ("parameters", "param.unknown")
    assert info.value.message == "参数：未知的参数 class.huge.max_children"
    assert audit.count() == 0


def test_a_class_band_cannot_become_empty(make: Make) -> None:
    with pytest.raises(ValidationError) as info:
        settings.set_value("class.infant.min_months", 12)
    assert info.value.field == "class.infant.min_months"
    assert info.value.reason == "乳儿班的月龄下限 12 应小于上限 12"
    assert settings.get_int("class.infant.min_months") == 6
    # raising both bounds together passes, whatever order the form sends them in
    assert settings.set_values({"class.infant.min_months": 12, "class.infant.max_months": 18}) == 2
    assert (
        settings.get_int("class.infant.min_months"),
        settings.get_int("class.infant.max_months"),
    ) == (12, 18)


def test_english_reason(make: Make) -> None:
    from operator_app import wording

    with pytest.raises(ValidationError) as info:
        settings.set_value("class.big.max_children", 21)
    assert (
        info.value.message_in("en")
        == "Older toddler class: maximum children: must not be more than 20"
    )
    assert wording.language() == "zh_CN"
