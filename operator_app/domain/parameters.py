"""Every threshold of the rules as a named parameter with its national default.

Why: district health commissions (区县卫健委) may set their own values, so nothing in the rules
is a literal. Services read the stored value (``services.settings``) and fall back to these.
A parameter that no rule reads is a defect (domain.md section 2): each one here is read by the
rule its key names, and a test per parameter shows that changing it changes the outcome. The
thresholds of later capabilities (health record, subsidy claims, staff expiry warnings) are added
with the rules that read them.

Names and units are worded in ``operator_app.wording`` (``param.<key>``, ``unit.<unit>``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from operator_app import wording


@dataclass(frozen=True)
class Parameter:
    key: str
    default: int | str | bool | Decimal
    unit: str = "none"  # persons, days, months, percent, none
    minimum: int | None = None
    maximum: int | None = None

    @property
    def label(self) -> str:
        """The official Chinese name (audit entries); the GUI words it in its own language."""
        return wording.say(f"param.{self.key}", wording.SOURCE)


def _class_type(code: str, max_children: int, ratio: int, low: int, high: int) -> list[Parameter]:
    return [
        Parameter(f"class.{code}.max_children", max_children, "persons", 1, max_children),
        Parameter(f"class.{code}.ratio", ratio, "persons", 1, 20),
        Parameter(f"class.{code}.min_months", low, "months", 0, 72),
        Parameter(f"class.{code}.max_months", high, "months", 1, 72),
    ]


PARAMETERS: tuple[Parameter, ...] = (
    # domain.md section 2: sizes and ratios (the legal maximum is the ceiling), half-open bands.
    *_class_type("infant", 10, 3, 6, 12),
    *_class_type("small", 15, 5, 12, 24),
    *_class_type("big", 20, 7, 24, 36),
    *_class_type("mixed", 18, 5, 18, 36),
    Parameter("home.max_children", 5, "persons", 1, 10),
    Parameter("home.ratio", 3, "persons", 1, 5),
    Parameter("enrol.min_age_months", 6, "months", 0, 36),
    Parameter("enrol.max_age_months", 36, "months", 6, 72),
    Parameter("roster.transition_window_days", 30, "days", 1, 365),
    # domain.md section 3: the ratio counts a carer only with a background check in force.
    Parameter("staff.background_valid_days", 365, "days", 30, 1095),
    Parameter("staff.certified_target_pct", 90, "percent", 0, 100),
)

BY_KEY: dict[str, Parameter] = {p.key: p for p in PARAMETERS}

CLASS_BANDS: tuple[str, ...] = ("infant", "small", "big", "mixed")
"""Class type codes whose ``min_months`` < ``max_months`` must hold together."""


def default(key: str) -> int | str | bool | Decimal:
    return BY_KEY[key].default
