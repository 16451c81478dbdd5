"""Setting up and editing the institution: validation, audit, places against children in care."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.enums import ClassType, InstitutionNature
from operator_app.domain.errors import RuleViolation, ValidationError
from operator_app.domain.institution import Institution
from operator_app.services import audit, enrolment, institution

if TYPE_CHECKING:
    from .conftest import Make
from operator_app.storage.records import InstitutionRecord


def test_before_setup_there_is_no_institution(make: Make) -> None:
    assert institution.get() is None
    assert institution.exists() is False
    with pytest.raises(RuleViolation) as info:
        institution.require()
    assert info.value.code == "no_institution"


def test_save_creates_the_institution_and_normalizes(make: Make) -> None:
    saved = institution.save(
        make.institution_data(
            name="  渝中区示例托育中心 ", uscc=make.USCC.lower(), address=" 民族路 1 号 "
        )
    )
    assert saved.name == "渝中区示例托育中心"
    assert saved.uscc == make.USCC
    assert saved.address == "民族路 1 号"
    assert institution.get() == saved
    assert institution.exists() is True
    assert InstitutionRecord.select().count() == 1
    [entry] = audit.recent()
    assert (entry.action, entry.entity, entry.entity_id) == (
        "institution.create",
        "institution",
        "1",
    )
    assert entry.summary == "创建机构 渝中区示例托育中心"


def test_bad_uscc_is_refused_naming_the_field_and_nothing_saved(make: Make) -> None:
    wrong_check = make.USCC[:-1] + ("1" if make.USCC[-1] != "1" else "2")
    with pytest.raises(ValidationError) as info:
        institution.save(make.institution_data(uscc=wrong_check))
    assert info.value.field == "uscc"
    assert info.value.label == "统一社会信用代码"
    assert f"校验码错误，应为 {make.USCC[-1]}" in info.value.message
    assert institution.get() is None
    assert audit.count() == 0


def test_inclusive_above_places_is_refused_and_nothing_saved(make: Make) -> None:
    with pytest.raises(ValidationError) as info:
        institution.save(make.institution_data(places=30, inclusive=31))
    assert info.value.field == "inclusive_places"
    assert institution.get() is None
    assert audit.count() == 0


def test_home_daycare_is_limited_to_five_places(make: Make) -> None:
    with pytest.raises(ValidationError) as info:
        institution.save(
            make.institution_data(nature=InstitutionNature.HOME, places=6, inclusive=0)
        )
    assert info.value.field == "places"
    assert (
        institution.save(
            make.institution_data(nature=InstitutionNature.HOME, places=5, inclusive=5)
        ).places
        == 5
    )


def test_update_replaces_fields_and_is_audited(inst: Institution) -> None:
    changed = institution.save(
        replace(inst, places=80, inclusive_places=50, meals=False, phone="13800001234")
    )
    assert institution.get() == changed
    assert (changed.places, changed.inclusive_places, changed.meals) == (80, 50, False)
    assert InstitutionRecord.select().count() == 1
    assert audit.count("institution.create") == 1
    assert audit.count("institution.update") == 1
    assert audit.recent(1)[0].summary == "修改机构 渝中区示例托育中心"


def test_invalid_update_keeps_the_old_values(inst: Institution) -> None:
    with pytest.raises(ValidationError):
        institution.save(replace(inst, places=0))
    assert institution.get() == inst
    assert audit.count("institution.update") == 0


def _with_children(make: Make, monkeypatch: pytest.MonkeyPatch, inclusive: int, other: int) -> None:
    monkeypatch.setattr(enrolment, "today", lambda: date(2026, 6, 1))
    class_id = make.klass("托大一班", ClassType.BIG)
    for i in range(inclusive + other):
        make.enrolled(
            f"孩子{'甲乙丙丁戊己庚辛'[i]}", date(2023, 9, 1 + i), class_id, inclusive=i < inclusive
        )


def test_places_cannot_drop_below_children_in_care(
    inst: Institution, make: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_children(make, monkeypatch, inclusive=2, other=2)
    with pytest.raises(RuleViolation) as info:
        institution.save(replace(inst, places=3, inclusive_places=2))
    assert info.value.code == "places_below_use"
    assert info.value.message == "备案托位数不能少于今天及以后同时在托的最多人数 4"
    assert institution.get() == inst
    assert audit.count("institution.update") == 0
    institution.save(replace(inst, places=4, inclusive_places=2))
    assert institution.get().places == 4  # type: ignore[union-attr]


def test_inclusive_places_cannot_drop_below_inclusive_children(
    inst: Institution, make: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_children(make, monkeypatch, inclusive=2, other=1)
    with pytest.raises(RuleViolation) as info:
        institution.save(replace(inst, inclusive_places=1))
    assert info.value.code == "inclusive_below_use"
    assert institution.get() == inst
