"""The class rules in force: ``domain.classes.DEFAULT_RULES`` overlaid with stored parameters.

Why from settings: legal sizes and ratios are national defaults that a district may tighten.
Why a module of its own: classes (capacity, ratio) and enrolment (age bands) both apply these
rules; read here, below both, neither has to import the other to know them.
"""

from __future__ import annotations

from dataclasses import replace

from operator_app.domain.classes import DEFAULT_RULES, ClassRule
from operator_app.domain.enums import ClassType
from operator_app.services import settings


def class_rules() -> dict[ClassType, ClassRule]:
    """The class rules in force: defaults overlaid with the stored parameters."""
    return {
        ct: replace(
            rule,
            max_children=settings.get_int(f"class.{ct.value}.max_children"),
            carers_ratio=settings.get_int(f"class.{ct.value}.ratio"),
        )
        for ct, rule in DEFAULT_RULES.items()
    }
