"""The class rules in force: ``domain.classes.DEFAULT_RULES`` overlaid with stored parameters.

Why from settings: legal sizes, ratios and age bands are national defaults that a district
may change; a home daycare (家庭托育点) applies its own limit and ratio to every class.
Why a module of its own: classes (capacity, ratio) and enrolment (age bands) both apply these
rules; read here, below both, neither has to import the other to know them.
"""

from __future__ import annotations

from dataclasses import replace

from operator_app.domain.classes import DEFAULT_RULES, CareAges, ClassRule
from operator_app.domain.enums import ClassType, InstitutionNature
from operator_app.services import settings
from operator_app.storage.records import InstitutionRecord


def class_rules() -> dict[ClassType, ClassRule]:
    """The class rules in force: defaults overlaid with the stored parameters.

    In a 家庭托育点 (home daycare) the home limits apply to every class: at most
    ``home.max_children`` children and one carer per ``home.ratio`` children (domain.md §2).
    """
    values = settings.all_values()
    home = _is_home_daycare()
    out = {}
    for ct, rule in DEFAULT_RULES.items():
        max_children = int(values[f"class.{ct.value}.max_children"])
        ratio = int(values[f"class.{ct.value}.ratio"])
        if home:
            max_children = min(max_children, int(values["home.max_children"]))
            ratio = int(values["home.ratio"])
        out[ct] = replace(
            rule,
            min_months=int(values[f"class.{ct.value}.min_months"]),
            max_months=int(values[f"class.{ct.value}.max_months"]),
            max_children=max_children,
            carers_ratio=ratio,
        )
    return out


def care_ages() -> CareAges:
    """The ages daycare serves, from ``enrol.min_age_months`` and ``enrol.max_age_months``."""
    return CareAges(
        settings.get_int("enrol.min_age_months"), settings.get_int("enrol.max_age_months")
    )


def _is_home_daycare() -> bool:
    row = InstitutionRecord.select(InstitutionRecord.nature).first()
    return row is not None and row.nature == InstitutionNature.HOME.value
