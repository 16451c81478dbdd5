"""One call gives the child panel everything it shows: identity, guardians, consents in force,
the current period (the current-period rule), the history, the age and the class fit."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.enums import ClassType, GuardianRelation, LeaveReason, Sex
from operator_app.domain.errors import NotFound
from operator_app.domain.institution import Institution
from operator_app.services import child_overview, consent, enrolment
from operator_app.services.consent import ConsentKind

if TYPE_CHECKING:
    from .conftest import Make

BIRTH = date(2025, 6, 10)
START = date(2026, 3, 2)
TODAY = date(2026, 11, 30)


@pytest.fixture
def child(inst: Institution, make: Make) -> int:
    """王小明, born 10 Jun 2025: in 乳儿一班 from 2 Mar 2026, moved to 托小一班 on 1 Jul."""
    infant = make.klass("乳儿一班", ClassType.INFANT)
    small = make.klass("托小一班", ClassType.SMALL)
    child_id = make.enrolled("王小明", BIRTH, infant, start=START)
    enrolment.transfer(child_id, small, date(2026, 7, 1))
    consent.give(child_id, "李丽", ConsentKind.PERSONAL, START, today=TODAY)
    return child_id


def test_everything_the_panel_shows(child: int) -> None:
    view = child_overview.overview(child, date(2026, 11, 20))
    assert (view.child_id, view.name, view.sex, view.birth_date) == (
        child,
        "王小明",
        Sex.MALE,
        BIRTH,
    )
    assert [(g.name, g.relation) for g in view.guardians] == [("李丽", GuardianRelation.MOTHER)]
    assert view.consents == {ConsentKind.PERSONAL}
    assert (view.age_months, view.age) == (17, "1岁5个月")
    assert [(p.class_name, p.start, p.end) for p in view.history] == [
        ("乳儿一班", START, date(2026, 6, 30)),
        ("托小一班", date(2026, 7, 1), None),
    ]
    assert view.current is not None and view.current.class_name == "托小一班"
    assert view.fit is not None and (view.fit.ok, view.fit.code) == (True, "ok")
    assert view.fit_text == "月龄 17 个月，符合托小班（12–24个月）"


def test_the_current_period_is_the_one_covering_the_day(child: int) -> None:
    assert child_overview.overview(child, date(2026, 6, 30)).current.class_name == "乳儿一班"  # type: ignore[union-attr]
    before = child_overview.overview(child, date(2026, 3, 1))
    assert (before.current, before.fit, before.fit_text) == (None, None, "")
    assert before.consents == frozenset()


def test_a_child_outside_the_class_band_is_said_so(child: int) -> None:
    view = child_overview.overview(child, date(2026, 6, 15))  # 12 months in 乳儿班 (6–12)
    assert view.fit is not None and (view.fit.ok, view.fit.code) == (False, "above_band")
    assert view.fit_text == "月龄 12 个月，不在乳儿班的月龄范围（6–12个月）内"


def test_a_child_who_left_has_no_current_period(child: int) -> None:
    enrolment.leave(child, date(2026, 10, 30), LeaveReason.MOVED)
    view = child_overview.overview(child, date(2026, 11, 20))
    assert view.current is None
    assert view.history[-1].leave_reason is LeaveReason.MOVED


def test_before_birth_there_is_no_age(child: int) -> None:
    view = child_overview.overview(child, date(2025, 5, 1))
    assert (view.age_months, view.age, view.current) == (None, "", None)


def test_unknown_child(child: int) -> None:
    with pytest.raises(NotFound):
        child_overview.overview(child + 99, TODAY)


@pytest.mark.parametrize(
    ("class_type", "on", "code", "text"),
    [
        (ClassType.SMALL, date(2026, 7, 1), "ok", "月龄 12 个月，符合托小班（12–24个月）"),
        (
            ClassType.BIG,
            date(2026, 7, 1),
            "below_band",
            "月龄 12 个月，不在托大班的月龄范围（24–36个月）内",
        ),
        (
            ClassType.INFANT,
            date(2025, 10, 1),
            "too_young",
            "月龄 3 个月，未满 6 个月，不宜入托（乳儿班，6–12个月）",
        ),
        (
            ClassType.MIXED,
            date(2028, 6, 10),
            "too_old",
            "月龄 36 个月，已满 36 个月，超出托育年龄（混合班，18–36个月）",
        ),
    ],
)
def test_class_fit_for_the_enrolment_dialogs(
    inst: Institution, class_type: ClassType, on: date, code: str, text: str
) -> None:
    found = child_overview.class_fit(BIRTH, class_type, on)
    assert found is not None
    fit, words = found
    assert (fit.code, words) == (code, text)
    assert child_overview.class_fit(BIRTH, ClassType.SMALL, BIRTH.replace(day=1)) is None
