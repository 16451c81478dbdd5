"""Every threshold of the rules as a named parameter with its national default.

Why: district health commissions (区县卫健委) may set their own values, so nothing in the rules
is a literal. Services read the stored value (``services.settings``) and fall back to these.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Parameter:
    key: str
    label: str
    default: int | str | bool | Decimal
    unit: str = ""
    minimum: int | None = None
    maximum: int | None = None


PARAMETERS: tuple[Parameter, ...] = (
    Parameter("class.infant.max_children", "乳儿班最大人数", 10, "人", 1, 10),
    Parameter("class.small.max_children", "托小班最大人数", 15, "人", 1, 15),
    Parameter("class.big.max_children", "托大班最大人数", 20, "人", 1, 20),
    Parameter("class.mixed.max_children", "混合班最大人数", 18, "人", 1, 18),
    Parameter("class.infant.ratio", "乳儿班保育人员配比（每名保育人员照护幼儿数）", 3, "人", 1, 10),
    Parameter("class.small.ratio", "托小班保育人员配比", 5, "人", 1, 15),
    Parameter("class.big.ratio", "托大班保育人员配比", 7, "人", 1, 20),
    Parameter("class.mixed.ratio", "混合班保育人员配比", 5, "人", 1, 18),
    Parameter("home.max_children", "家庭托育点最多收托人数", 5, "人", 1, 10),
    Parameter("home.ratio", "家庭托育点保育人员配比", 3, "人", 1, 5),
    Parameter("staff.health_cert_warn_days", "健康合格证到期提前提醒", 45, "天", 0, 365),
    Parameter("staff.background_recheck_days", "背景审查复查周期", 365, "天", 30, 1095),
    Parameter("staff.certified_target_pct", "保育人员持证率目标", 90, "%", 0, 100),
    Parameter("staff.health_fulltime_threshold", "配备专职保健人员的在托人数", 150, "人", 1, 1000),
    Parameter("staff.children_per_cook", "每名炊事人员对应就餐幼儿数", 50, "人", 1, 200),
    Parameter("health.admission_exam_valid_months", "入托体检报告有效期", 3, "个月", 1, 12),
    Parameter("health.absence_reexam_months", "离园后需重新体检的时长", 3, "个月", 1, 12),
    Parameter("health.vaccine_check_days", "入托后预防接种证查验期限", 30, "天", 1, 90),
    Parameter("health.record_target_pct", "电子健康档案建档率目标", 100, "%", 0, 100),
    Parameter("health.outbreak_cases_one_day", "传染病预警：同班一日病例数", 3, "例", 1, 50),
    Parameter("health.outbreak_cases_three_days", "传染病预警：同班三日病例数", 5, "例", 1, 50),
    Parameter("roster.transition_window_days", "升班提醒提前天数", 30, "天", 1, 365),
    Parameter("enrol.min_age_months", "入托最小月龄（低于则提醒）", 6, "个月", 0, 36),
    Parameter("enrol.max_age_months", "入托最大月龄（达到则提醒）", 36, "个月", 6, 72),
    Parameter("claim.min_days_in_month", "补贴：每月在托最少天数", 15, "天", 1, 31),
    Parameter("claim.min_attendance_days", "补贴：每月最少出勤天数（0 为不检查）", 0, "天", 0, 31),
    Parameter("claim.max_age_months", "补贴：月初月龄上限", 36, "个月", 1, 72),
    Parameter("claim.region", "补贴：地区", "重庆市"),
)

BY_KEY: dict[str, Parameter] = {p.key: p for p in PARAMETERS}


def default(key: str) -> int | str | bool | Decimal:
    return BY_KEY[key].default
