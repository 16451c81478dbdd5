"""Tests for operator_app.domain.classes: age bands, ratios and capacities."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace

import pytest

from operator_app.domain.classes import (
    DEFAULT_RULES,
    AgeFit,
    ClassRule,
    RatioStatus,
    class_type_for_age,
    fits_class,
    ratio_status,
    required_carers,
    validate_capacity,
)
from operator_app.domain.enums import ClassType
from operator_app.domain.errors import ValidationError
from operator_app.domain.institution import HOME_MAX_CHILDREN
from operator_app.domain.parameters import default

INFANT, SMALL, BIG, MIXED = ClassType.INFANT, ClassType.SMALL, ClassType.BIG, ClassType.MIXED


@pytest.mark.parametrize(
    ("class_type", "min_months", "max_months", "max_children", "ratio"),
    [
        (INFANT, 6, 12, 10, 3),
        (SMALL, 12, 24, 15, 5),
        (BIG, 24, 36, 20, 7),
        (MIXED, 18, 36, 18, 5),
    ],
)
def test_default_rules_follow_the_national_table(
    class_type: ClassType, min_months: int, max_months: int, max_children: int, ratio: int
) -> None:
    assert DEFAULT_RULES[class_type] == ClassRule(
        class_type, min_months, max_months, max_children, ratio
    )


def test_home_daycare_limit_defaults_to_the_national_five() -> None:
    assert HOME_MAX_CHILDREN == 5
    assert default("home.max_children") == 5
    assert default("home.ratio") == 3


def test_default_rules_cannot_be_changed_in_place() -> None:
    with pytest.raises(TypeError):
        DEFAULT_RULES[INFANT] = DEFAULT_RULES[SMALL]  # type: ignore[index]
    with pytest.raises(FrozenInstanceError):
        DEFAULT_RULES[INFANT].max_children = 99  # type: ignore[misc]


@pytest.mark.parametrize(
    ("months", "expected"),
    [
        (-1, None),
        (0, None),
        (5, None),
        (6, INFANT),
        (11, INFANT),
        (12, SMALL),
        (18, SMALL),
        (23, SMALL),
        (24, BIG),
        (35, BIG),
        (36, None),
        (48, None),
    ],
)
def test_class_type_for_age(months: int, expected: ClassType | None) -> None:
    assert class_type_for_age(months) is expected


def test_mixed_class_is_never_proposed() -> None:
    assert all(class_type_for_age(m) is not MIXED for m in range(-2, 60))


def test_class_type_for_age_uses_local_rules() -> None:
    local = dict(DEFAULT_RULES)
    local[INFANT] = replace(local[INFANT], min_months=3)
    assert class_type_for_age(4, local) is INFANT
    assert class_type_for_age(4) is None


def test_unbounded_rule() -> None:
    rule = ClassRule(MIXED, 18, None, 18, 5)
    assert rule.admits(18) and rule.admits(100) and not rule.admits(17)
    assert rule.describe_band() == "18个月以上"


@pytest.mark.parametrize(
    ("class_type", "months"),
    [(INFANT, 6), (INFANT, 11), (SMALL, 12), (SMALL, 23), (BIG, 24), (BIG, 35), (MIXED, 18)],
)
def test_fits_class_inside_band(class_type: ClassType, months: int) -> None:
    fit = fits_class(class_type, months)
    assert fit.ok
    assert fit.code == "ok"
    assert class_type.label in fit.reason


@pytest.mark.parametrize(
    ("class_type", "months", "code", "reason"),
    [
        (SMALL, 8, "below_band", "月龄 8 个月不在托小班（12–24个月）范围内"),
        (INFANT, 12, "above_band", "月龄 12 个月不在乳儿班（6–12个月）范围内"),
        (BIG, 23, "below_band", "月龄 23 个月不在托大班（24–36个月）范围内"),
        (MIXED, 17, "below_band", "月龄 17 个月不在混合班（18–36个月）范围内"),
        (INFANT, 5, "too_young", "月龄 5 个月，未满6个月，不宜入托"),
        (SMALL, 0, "too_young", "月龄 0 个月，未满6个月，不宜入托"),
        (BIG, 36, "too_old", "月龄 36 个月，已满36个月，超出托育年龄"),
        (MIXED, 40, "too_old", "月龄 40 个月，已满36个月，超出托育年龄"),
    ],
)
def test_fits_class_outside_band(
    class_type: ClassType, months: int, code: str, reason: str
) -> None:
    assert fits_class(class_type, months) == AgeFit(False, reason, code)


def test_fits_class_with_local_rules() -> None:
    local = dict(DEFAULT_RULES)
    local[MIXED] = replace(local[MIXED], min_months=12)
    assert fits_class(MIXED, 12, local).ok
    assert not fits_class(MIXED, 12).ok


@pytest.mark.parametrize(
    ("children", "ratio", "carers"),
    [(0, 3, 0), (1, 3, 1), (3, 3, 1), (4, 3, 2), (10, 3, 4), (15, 5, 3), (16, 5, 4), (20, 7, 3)],
)
def test_required_carers(children: int, ratio: int, carers: int) -> None:
    assert required_carers(children, ratio) == carers


@pytest.mark.parametrize(("children", "ratio"), [(5, 0), (5, -3), (-1, 3)])
def test_required_carers_refuses_nonsense(children: int, ratio: int) -> None:
    with pytest.raises(ValueError):
        required_carers(children, ratio)


@pytest.mark.parametrize(
    ("children", "qualified", "ratio", "expected"),
    [
        (10, 4, 3, RatioStatus(10, 4, 4, True, 0)),
        (10, 3, 3, RatioStatus(10, 4, 3, False, 1)),
        (10, 0, 3, RatioStatus(10, 4, 0, False, 4)),
        (7, 5, 7, RatioStatus(7, 1, 5, True, 0)),
        (0, 0, 5, RatioStatus(0, 0, 0, True, 0)),
    ],
)
def test_ratio_status(children: int, qualified: int, ratio: int, expected: RatioStatus) -> None:
    assert ratio_status(children, qualified, ratio) == expected


def test_ratio_status_refuses_negative_carers() -> None:
    with pytest.raises(ValueError):
        ratio_status(3, -1, 3)


@pytest.mark.parametrize(
    ("class_type", "capacity"), [(INFANT, 1), (INFANT, 10), (SMALL, 15), (BIG, 20), (MIXED, 18)]
)
def test_validate_capacity_accepts_legal_sizes(class_type: ClassType, capacity: int) -> None:
    validate_capacity(class_type, capacity)  # no exception


@pytest.mark.parametrize("capacity", [0, -5])
def test_validate_capacity_needs_at_least_one(capacity: int) -> None:
    with pytest.raises(ValidationError) as info:
        validate_capacity(SMALL, capacity)
    assert (info.value.field, info.value.label) == ("capacity", "额定人数")


@pytest.mark.parametrize(
    ("class_type", "capacity", "maximum"), [(INFANT, 11, 10), (SMALL, 16, 15), (MIXED, 19, 18)]
)
def test_validate_capacity_names_the_maximum(
    class_type: ClassType, capacity: int, maximum: int
) -> None:
    with pytest.raises(ValidationError) as info:
        validate_capacity(class_type, capacity)
    assert info.value.field == "capacity"
    assert f"最多 {maximum} 人" in info.value.reason
    assert class_type.label in info.value.reason


def test_validate_capacity_uses_local_rules() -> None:
    local = dict(DEFAULT_RULES)
    local[BIG] = replace(local[BIG], max_children=25)
    validate_capacity(BIG, 25, local)
    with pytest.raises(ValidationError):
        validate_capacity(BIG, 25)


def test_display_order_sorts_types_then_chinese_numerals() -> None:
    from operator_app.domain.classes import display_order

    names = [
        (ClassType.MIXED, "混龄一班"),
        (ClassType.INFANT, "乳儿十一班"),
        (ClassType.INFANT, "乳儿三班"),
        (ClassType.INFANT, "乳儿二班"),
        (ClassType.SMALL, "小一班"),
        (ClassType.INFANT, "乳儿一班"),
    ]
    ordered = [name for _t, name in sorted(names, key=lambda x: display_order(*x))]
    assert ordered == ["乳儿一班", "乳儿二班", "乳儿三班", "乳儿十一班", "小一班", "混龄一班"]
