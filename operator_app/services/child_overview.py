"""Everything the children page's side panel shows about one child, from one call.

Why one call: the panel used to ask four services and then work out itself which enrolment
period was current and how old the child was; that is a rule, and rules live here. The result
carries the identity, the guardians, the consents in force, the current period (the one that
covers the day), the history, the age and whether the age fits the current class's band.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from operator_app import wording
from operator_app.domain.ages import age_in_months, describe_age
from operator_app.domain.children import GuardianInput
from operator_app.domain.classes import AgeFit, ClassRule, fits_class
from operator_app.domain.enums import ClassType, Sex
from operator_app.services import children, classes, consent, enrolment
from operator_app.services.consent import ConsentKind
from operator_app.services.enrolment import EnrolmentPeriod
from operator_app.services.rules import care_ages


@dataclass(frozen=True)
class ChildOverview:
    child_id: int
    name: str
    sex: Sex
    birth_date: date
    on: date
    age_months: int | None  # None before the birth date
    age: str  # "1岁5个月"; empty before the birth date
    guardians: tuple[GuardianInput, ...]
    consents: frozenset[ConsentKind]  # in force on ``on``
    history: list[EnrolmentPeriod]  # oldest first
    current: EnrolmentPeriod | None  # the period covering ``on``
    fit: AgeFit | None  # the age against the current class type's band
    fit_text: str  # that fit in words (current language); empty when not in care


def overview(child_id: int, on: date) -> ChildOverview:
    """The panel's data for ``child_id`` on ``on``; ``NotFound`` for an unknown child."""
    detail = children.get_child(child_id)
    data = detail.data
    months = age_in_months(data.birth_date, on) if data.birth_date <= on else None
    history = enrolment.history(child_id)
    current = current_period(history, on)
    fit, fit_text = _fit(current, data.birth_date, on)
    return ChildOverview(
        child_id,
        data.name,
        data.sex,
        data.birth_date,
        on,
        months,
        "" if months is None else describe_age(data.birth_date, on),
        data.guardians,
        consent.current(child_id, on),
        history,
        current,
        fit,
        fit_text,
    )


def current_period(periods: list[EnrolmentPeriod], on: date) -> EnrolmentPeriod | None:
    """The period that covers ``on`` (start and end days included), if any."""
    return next((p for p in periods if p.start <= on and (p.end is None or p.end >= on)), None)


def class_fit(birth: date, class_type: ClassType, on: date) -> tuple[AgeFit, str] | None:
    """Whether a child born on ``birth`` fits ``class_type``'s age band on ``on``, in words.

    None before the birth date. The enrolment dialogs show this as the user picks a class.
    """
    if on < birth:
        return None
    months = age_in_months(birth, on)
    rules = classes.rules()
    care = care_ages()
    fit = fits_class(class_type, months, rules, care)
    text = wording.say(
        f"word.age_fit.{fit.code}",
        months=months,
        class_type=class_type,
        band=_band(rules[class_type]),
        min=care.min_months,
        max=care.max_months,
    )
    return fit, text


def _fit(current: EnrolmentPeriod | None, birth: date, on: date) -> tuple[AgeFit | None, str]:
    if current is None:
        return None, ""
    found = class_fit(birth, current.class_type, on)
    return (None, "") if found is None else found


def _band(rule: ClassRule) -> str:
    if rule.max_months is None:
        return wording.say("word.months_or_more", low=rule.min_months)
    return wording.say("word.month_band", low=rule.min_months, high=rule.max_months)
