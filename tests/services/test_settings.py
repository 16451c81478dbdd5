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
    assert settings.get_int("staff.health_cert_warn_days") == 45
    assert settings.get_int("claim.min_days_in_month") == 15
    assert settings.get("claim.region") == "重庆市"


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
        ("staff.background_recheck_days", 29, "不能小于 30"),
        ("claim.min_days_in_month", "十五", "应为整数"),
        ("claim.min_days_in_month", None, "应为整数"),
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
    settings.set_value("staff.health_cert_warn_days", 0)
    assert settings.get_int("class.big.max_children") == 20
    assert settings.get_int("staff.health_cert_warn_days") == 0


def test_unknown_key_is_refused(make: Make) -> None:
    with pytest.raises(ValidationError) as info:
        settings.set_value("class.huge.max_children", 5)
    assert info.value.field == "class.huge.max_children"
    assert audit.count() == 0


def test_text_parameter(make: Make) -> None:
    settings.set_value("claim.region", "重庆市渝中区")
    assert settings.get("claim.region") == "重庆市渝中区"
    assert audit.recent(1)[0].summary == "补贴：地区：重庆市 → 重庆市渝中区"
