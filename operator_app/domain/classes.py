"""Class types, their age bands, sizes and carer ratios (domain.md section 2).

Why a module of its own: placement warnings, capacity checks on a class record and the daily
ratio check all read the same table. The national values here are only *defaults*: local health
commissions may set their own, so every function takes the rules as a parameter and the storage
layer passes the values saved in the database.

Age bounds are half-open, in completed months (see ``operator_app.domain.ages``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

import cn2an

from operator_app.domain.enums import ClassType
from operator_app.domain.errors import ValidationError

__all__ = [
    "DEFAULT_CARE_AGES",
    "DEFAULT_RULES",
    "MAX_CARE_MONTHS",
    "MIN_CARE_MONTHS",
    "AgeFit",
    "CareAges",
    "ClassRule",
    "RatioStatus",
    "class_type_for_age",
    "fits_class",
    "ratio_status",
    "required_carers",
    "validate_capacity",
]

MIN_CARE_MONTHS: Final = 6
"""National default: below this age at enrolment the app warns (domain.md section 2)."""
MAX_CARE_MONTHS: Final = 36
"""National default: daycare is for children under 3; from this age on the app warns."""

_SINGLE_AGE_TYPES: Final = (ClassType.INFANT, ClassType.SMALL, ClassType.BIG)


@dataclass(frozen=True)
class ClassRule:
    """Limits of one class type. ``max_months`` is exclusive; ``None`` means no upper bound."""

    class_type: ClassType
    min_months: int
    max_months: int | None
    max_children: int
    carers_ratio: int  # children per qualified carer

    def admits(self, months: int) -> bool:
        """True when a child of ``months`` completed months is inside this class's age band."""
        return self.min_months <= months and (self.max_months is None or months < self.max_months)

    def describe_band(self) -> str:
        """The band in Chinese, e.g. "12–24个月" or "18个月以上"."""
        if self.max_months is None:
            return f"{self.min_months}个月以上"
        return f"{self.min_months}–{self.max_months}个月"


DEFAULT_RULES: Final[Mapping[ClassType, ClassRule]] = MappingProxyType(
    {
        ClassType.INFANT: ClassRule(ClassType.INFANT, 6, 12, 10, 3),
        ClassType.SMALL: ClassRule(ClassType.SMALL, 12, 24, 15, 5),
        ClassType.BIG: ClassRule(ClassType.BIG, 24, 36, 20, 7),
        # No national ratio for mixed classes: 1:5 is this app's default (domain.md [D]).
        # Upper bound 36 because daycare serves children under 3.
        ClassType.MIXED: ClassRule(ClassType.MIXED, 18, 36, 18, 5),
    }
)
"""National defaults, read-only: build a new mapping to apply local values."""


@dataclass(frozen=True)
class CareAges:
    """The ages daycare serves, in completed months: ``min_months`` <= m < ``max_months``.

    The settings ``enrol.min_age_months`` and ``enrol.max_age_months`` give the local values.
    """

    min_months: int = MIN_CARE_MONTHS
    max_months: int = MAX_CARE_MONTHS


DEFAULT_CARE_AGES: Final = CareAges()


@dataclass(frozen=True)
class AgeFit:
    """Whether a child's age suits a class type; ``reason`` is Chinese, for the user.

    ``code`` is stable for tests and translation: "ok", "too_young" (under 6 months),
    "too_old" (36 months or more), "below_band" or "above_band".
    """

    ok: bool
    reason: str
    code: str = "ok"


@dataclass(frozen=True)
class RatioStatus:
    """Carer coverage of one class: ``ok`` when qualified carers meet the requirement."""

    children: int
    required: int
    qualified: int
    ok: bool
    shortfall: int


def class_type_for_age(
    months: int, rules: Mapping[ClassType, ClassRule] = DEFAULT_RULES
) -> ClassType | None:
    """The single-age class type for ``months``; ``None`` under 6 months or from 36 on.

    A mixed class is never proposed: it is an operator's choice, not an age band.
    """
    for class_type in _SINGLE_AGE_TYPES:
        rule = rules.get(class_type)
        if rule is not None and rule.admits(months):
            return class_type
    return None


def fits_class(
    class_type: ClassType,
    months: int,
    rules: Mapping[ClassType, ClassRule] = DEFAULT_RULES,
    care: CareAges = DEFAULT_CARE_AGES,
) -> AgeFit:
    """Check a child's age in completed months against a class type's band.

    Ages below ``care.min_months`` or from ``care.max_months`` on get their own warning whatever
    the class (national defaults 6 and 36 months; local settings may differ).
    """
    if months < care.min_months:
        reason = f"月龄 {months} 个月，未满{care.min_months}个月，不宜入托"
        return AgeFit(False, reason, "too_young")
    if months >= care.max_months:
        reason = f"月龄 {months} 个月，已满{care.max_months}个月，超出托育年龄"
        return AgeFit(False, reason, "too_old")
    rule = rules[class_type]
    band = f"{class_type.label}（{rule.describe_band()}）"
    if rule.admits(months):
        return AgeFit(True, f"月龄 {months} 个月符合{band}")
    code = "below_band" if months < rule.min_months else "above_band"
    return AgeFit(False, f"月龄 {months} 个月不在{band}范围内", code)


def required_carers(children: int, ratio: int) -> int:
    """Qualified carers needed: ceil(children / ratio); 0 for no children.

    ``ValueError`` when ``ratio`` is not positive or ``children`` is negative.
    """
    if ratio <= 0:
        raise ValueError(f"ratio must be positive: {ratio}")
    if children < 0:
        raise ValueError(f"children must not be negative: {children}")
    return -(-children // ratio)


def ratio_status(children: int, qualified_carers: int, ratio: int) -> RatioStatus:
    """Compare qualified carers with the number required for ``children``."""
    if qualified_carers < 0:
        raise ValueError(f"qualified_carers must not be negative: {qualified_carers}")
    required = required_carers(children, ratio)
    shortfall = max(0, required - qualified_carers)
    return RatioStatus(children, required, qualified_carers, shortfall == 0, shortfall)


def validate_capacity(
    class_type: ClassType, capacity: int, rules: Mapping[ClassType, ClassRule] = DEFAULT_RULES
) -> None:
    """Refuse a class capacity below 1 or above the class type's legal maximum."""
    if capacity < 1:
        raise ValidationError("capacity", "额定人数", "至少为 1 人")
    maximum = rules[class_type].max_children
    if capacity > maximum:
        reason = f"{class_type.label}最多 {maximum} 人，不能设为 {capacity} 人"
        raise ValidationError("capacity", "额定人数", reason)


_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百]+|\d+")


def display_order(class_type: ClassType, name: str) -> tuple[int, str, int, str]:
    """Sort key: 乳儿班, 托小班, 托大班, 混合班; within a type 一班, 二班 … 十一班 by number.

    Why: managers number classes in Chinese numerals, and plain text order puts 三 before 二.
    """
    match = _NUMERAL.search(name)
    number = 0
    if match:
        try:
            number = int(cn2an.cn2an(match.group(), "smart"))
        except ValueError:  # an odd run such as "十十": order by the name alone
            number = 0
    prefix = name[: match.start()] if match else name
    return list(ClassType).index(class_type), prefix, number, name
