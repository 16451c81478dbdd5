"""Every parameter is read by the rule it names: changing it changes that rule's outcome.

One probe per parameter key, and a test that the probes cover every key of PARAMETERS, so a
setting that nothing reads (domain.md §2: "a setting that nothing reads is a defect") fails here.
Each probe returns the rule's outcome; the test sets the new value and expects the outcome to
change from a known value to another known value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.enums import ClassType, InstitutionNature, StaffRole
from operator_app.domain.errors import RuleViolation, ValidationError
from operator_app.domain.parameters import BY_KEY
from operator_app.services import (
    age_bands,
    checks,
    classes,
    clock,
    dashboard,
    enrolment,
    institution,
    settings,
)
from operator_app.storage.records import ChildRecord

if TYPE_CHECKING:
    from .conftest import Make

ON = date(2026, 4, 1)
# Ages at ON well inside each band (months): infant 8, small 18, big 30, mixed 24.
MID_AGE = {ClassType.INFANT: 8, ClassType.SMALL: 18, ClassType.BIG: 30, ClassType.MIXED: 24}
NAMES = ("张一", "李二", "王三", "赵四", "钱五")


def birth_at(months: int) -> date:
    """A birth date that makes a child ``months`` completed months old at ON (born on the 1st)."""
    year, month = divmod(ON.month - 1 - months, 12)
    return date(ON.year + year, month + 1, 1)


def class_with(make: Make, ctype: ClassType, children: int, start: date | None = None) -> int:
    class_id = make.klass(f"{ctype.label}一班", ctype)
    for i in range(children):
        born = birth_at(MID_AGE[ctype]) - timedelta(days=i)
        make.enrolled(NAMES[i], born, class_id, start=start or make.TERM_START)
    return class_id


def max_children_probe(ctype: ClassType) -> tuple[int, Callable[[Make], object]]:
    """Lowering the type's maximum makes an existing full-size class a finding."""

    def probe(make: Make) -> object:
        if not classes.list_classes(ON):
            make.klass("满额班", ctype)
        return [f.code for f in checks.class_findings(ON)]

    return int(BY_KEY[f"class.{ctype.value}.max_children"].default) - 1, probe


def ratio_probe(ctype: ClassType) -> tuple[int, Callable[[Make], object]]:
    def probe(make: Make) -> object:
        if not classes.list_classes(ON):
            class_with(make, ctype, 3)
        return classes.list_classes(ON)[0].ratio.required

    return 2, probe


def band_probe(ctype: ClassType, bound: str) -> tuple[int, Callable[[Make], object]]:
    """Moving the band's bound past a child's age makes the child a finding."""
    age = MID_AGE[ctype]

    def probe(make: Make) -> object:
        if not classes.list_classes(ON):
            class_with(make, ctype, 1)
        return [(i.child_name, i.months) for i in age_bands.outside_band(ON, classes.rules())]

    return (age + 1 if bound == "min" else age), probe


def home_max_probe(make: Make) -> object:
    if institution.get() is None:
        institution.save(make.institution_data(5, 0, nature=InstitutionNature.HOME))
    return [f.code for f in checks.places_findings(ON)]


def home_ratio_probe(make: Make) -> object:
    """5 children in a home daycare's 托大班 need ceil(5/3) = 2 carers, not ceil(5/7) = 1."""
    if institution.get() is None:
        institution.save(make.institution_data(5, 5, nature=InstitutionNature.HOME))
        class_id = class_with(make, ClassType.BIG, 5)
        classes.assign_carers(class_id, [make.staff("王芳")], make.TERM_START)
    [summary] = classes.list_classes(ON)
    return (summary.ratio.required, summary.ratio.ok)


def enrol_probe(months: int, ctype: ClassType) -> Callable[[Make], object]:
    """The refusal's code for a child of ``months`` joining a class of ``ctype`` on ON."""

    def probe(make: Make) -> object:
        if not classes.list_classes(ON):
            make.klass("一班", ctype)
            make.child("孩子甲", birth_at(months))
        child = ChildRecord.get().id
        [summary] = classes.list_classes(ON)
        try:
            enrolment.enrol(child, summary.id, ON)
        except RuleViolation as exc:
            return exc.message.split("。")[0]
        return "enrolled"

    return probe


def transition_probe(make: Make) -> object:
    """A 托小班 child turning 24 months 40 days after ON is listed only in a 40-day window."""
    if not classes.list_classes(ON):
        class_id = make.klass("小一班", ClassType.SMALL)
        born = date(2024, 5, 11)  # 24 months on 2026-05-11, 40 days after ON
        make.enrolled("刘六", born, class_id, start=ON)
    return [t.name for t in enrolment.age_transitions(ON)]


def background_probe(make: Make) -> object:
    """A carer checked 200 days before ON counts while checks are valid for 365 days."""
    if not classes.list_classes(ON):
        class_id = class_with(make, ClassType.SMALL, 3)
        carer = make.staff("王芳", health=ON + timedelta(days=100), background=ON - timedelta(200))
        classes.assign_carers(class_id, [carer], make.TERM_START)
    return classes.list_classes(ON)[0].ratio.qualified


def certified_probe(make: Make) -> object:
    """One carer of two certified: 50 % is below 90 %, above 40 %."""
    if not classes.list_classes(ON):
        make.klass("小一班", ClassType.SMALL)
        make.certificate(make.staff("王芳", role=StaffRole.CARER))
        make.staff("李娟", role=StaffRole.CARER)
    [kpi] = [k for k in dashboard.summary(ON).kpis if k.key == "certified"]
    return (kpi.value, kpi.status)


PROBES: dict[str, tuple[object, Callable[[Make], object], object, object]] = {}
"""key -> (new value, probe, outcome with the default, outcome with the new value)"""

for _ct in ClassType:
    _code = _ct.value
    _value, _probe = max_children_probe(_ct)
    PROBES[f"class.{_code}.max_children"] = (_value, _probe, [], ["class_over_type_max"])
    _value, _probe = ratio_probe(_ct)
    _default_ratio = BY_KEY[f"class.{_code}.ratio"].default
    PROBES[f"class.{_code}.ratio"] = (_value, _probe, -(-3 // _default_ratio), 2)  # type: ignore[operator]
    for _bound in ("min", "max"):
        _value, _probe = band_probe(_ct, _bound)
        PROBES[f"class.{_code}.{_bound}_months"] = (_value, _probe, [], [("张一", MID_AGE[_ct])])
PROBES["home.max_children"] = (3, home_max_probe, [], ["home_over_max"])
PROBES["home.ratio"] = (5, home_ratio_probe, (2, False), (1, True))
PROBES["enrol.min_age_months"] = (
    3,
    enrol_probe(4, ClassType.INFANT),
    "月龄 4 个月，未满6个月，不宜入托",
    "月龄 4 个月不在乳儿班（6–12个月）范围内",
)
PROBES["enrol.max_age_months"] = (
    48,
    enrol_probe(37, ClassType.BIG),
    "月龄 37 个月，已满36个月，超出托育年龄",
    "月龄 37 个月不在托大班（24–36个月）范围内",
)
PROBES["roster.transition_window_days"] = (40, transition_probe, [], ["刘六"])
PROBES["staff.background_valid_days"] = (150, background_probe, 1, 0)
PROBES["staff.certified_target_pct"] = (40, certified_probe, ("50.0%", "bad"), ("50.0%", "ok"))


def test_every_parameter_has_a_probe() -> None:
    assert sorted(PROBES) == sorted(BY_KEY)


@pytest.mark.parametrize("key", sorted(PROBES))
def test_changing_the_parameter_changes_the_outcome(key: str, make: Make, inst: object) -> None:
    value, probe, before, after = PROBES[key]
    if key.startswith("home."):
        # the probe sets up its own home daycare; the fixture's institution is replaced
        from operator_app.storage.records import InstitutionRecord

        InstitutionRecord.delete().execute()
    with clock.fixed(ON):
        assert probe(make) == before
        settings.set_value(key, value)  # type: ignore[arg-type]
        assert probe(make) == after


def test_a_home_daycare_cannot_file_more_places_than_its_limit(make: Make, db: object) -> None:
    settings.set_value("home.max_children", 3)
    with pytest.raises(ValidationError) as info:
        institution.save(make.institution_data(4, 0, nature=InstitutionNature.HOME))
    assert (info.value.field, info.value.reason) == ("places", "家庭托育点最多收托 3 人")
    assert institution.get() is None
