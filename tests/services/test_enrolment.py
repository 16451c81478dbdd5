"""Enrolment history: enrol, transfer, leave, the hard limits, age fit and age transitions."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.enums import ClassType, LeaveReason
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.domain.institution import Institution
from operator_app.services import audit, enrolment, institution
from operator_app.services.enrolment import EnrolmentPeriod, InCare, Transition
from operator_app.storage.records import AuditRecord, EnrolmentRecord

if TYPE_CHECKING:
    from .conftest import Make

START = date(2026, 3, 2)
SMALL_BIRTH = date(2024, 5, 20)  # 21 months at START, 24 months on 2026-05-20
BIG_BIRTH = date(2023, 10, 5)  # 28 months at START


def periods(child_id: int) -> list[tuple[str, date, date | None]]:
    return [(p.class_name, p.start, p.end) for p in enrolment.history(child_id)]


def _rule(code: str, call, *args, **kwargs) -> RuleViolation:  # type: ignore[no-untyped-def]
    before = list(EnrolmentRecord.select().tuples())
    entries = audit.count()
    with pytest.raises(RuleViolation) as info:
        call(*args, **kwargs)
    assert info.value.code == code
    assert list(EnrolmentRecord.select().tuples()) == before, "nothing may change"
    assert audit.count() == entries
    return info.value


def test_enrol_and_history(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    child = make.child("张三", SMALL_BIRTH)
    enrolment.enrol(child, small, START, inclusive=False)
    [period] = enrolment.history(child)
    assert period == EnrolmentPeriod(
        period.id, small, "小一班", ClassType.SMALL, START, None, False, None, ""
    )
    assert enrolment.in_care_on(child, START) == small
    assert enrolment.in_care_on(child, date(2026, 3, 1)) is None
    assert enrolment.count_in_care(START) == InCare(1, 0)
    assert audit.recent(1)[0].summary == "入托：张三 → 小一班（2026-03-02）"


def test_overlapping_periods_are_refused(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    other = make.klass("小二班", ClassType.SMALL)
    child = make.enrolled("张三", SMALL_BIRTH, small)
    error = _rule("overlap", enrolment.enrol, child, other, date(2026, 4, 1))
    assert "2026-03-02" in error.message
    _rule("overlap", enrolment.enrol, child, other, date(2026, 1, 5))  # open-ended new period
    enrolment.leave(child, date(2026, 4, 30), LeaveReason.FAMILY)
    _rule("overlap", enrolment.enrol, child, other, date(2026, 4, 30))  # last day is in care
    enrolment.enrol(child, other, date(2026, 5, 1))
    assert periods(child) == [
        ("小一班", START, date(2026, 4, 30)),
        ("小二班", date(2026, 5, 1), None),
    ]


def test_leave_closes_the_period(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    child = make.enrolled("张三", SMALL_BIRTH, small)
    enrolment.leave(child, date(2026, 6, 30), LeaveReason.MOVED, note="搬家到江北区")
    [period] = enrolment.history(child)
    assert (period.end, period.leave_reason, period.note) == (
        date(2026, 6, 30),
        LeaveReason.MOVED,
        "搬家到江北区",
    )
    assert enrolment.in_care_on(child, date(2026, 6, 30)) == small
    assert enrolment.in_care_on(child, date(2026, 7, 1)) is None
    _rule("not_in_care", enrolment.leave, child, date(2026, 7, 31), LeaveReason.OTHER)


def test_leave_before_start_is_refused(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    child = make.enrolled("张三", SMALL_BIRTH, small)
    with pytest.raises(ValidationError) as info:
        enrolment.leave(child, date(2026, 3, 1), LeaveReason.FAMILY)
    assert info.value.field == "last_day"
    assert "2026-03-02" in info.value.reason
    assert periods(child) == [("小一班", START, None)]
    assert audit.count("enrolment.leave") == 0
    enrolment.leave(child, START, LeaveReason.FAMILY)  # one day in care is a period
    assert periods(child) == [("小一班", START, START)]


def test_class_full(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL, capacity=2)
    make.enrolled("张三", SMALL_BIRTH, small)
    left = make.enrolled("李四", date(2024, 4, 2), small)
    enrolment.leave(left, date(2026, 4, 30), LeaveReason.FAMILY)
    newcomer = make.child("王五", date(2024, 6, 3))
    error = _rule("class_full", enrolment.enrol, newcomer, small, date(2026, 4, 1))
    assert "额定 2 人" in error.message
    enrolment.enrol(newcomer, small, date(2026, 5, 1))  # 李四's place is free from then
    late = make.child("赵六", date(2025, 1, 9))
    _rule("class_full", enrolment.enrol, late, small, date(2026, 7, 1))


def test_class_full_counts_future_starts(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL, capacity=1)
    make.enrolled("张三", date(2025, 1, 10), small, start=date(2026, 9, 1))
    child = make.child("李四", date(2024, 12, 2))
    # free today, but full from 1 September on: an open period would overlap that
    _rule("class_full", enrolment.enrol, child, small, date(2026, 4, 1))


def test_places_full(make: Make) -> None:
    institution.save(make.institution_data(places=2, inclusive=2))
    small = make.klass("小一班", ClassType.SMALL)
    big = make.klass("大一班", ClassType.BIG)
    make.enrolled("张三", SMALL_BIRTH, small)
    make.enrolled("李四", BIG_BIRTH, big)
    third = make.child("王五", date(2024, 4, 2))
    error = _rule("places_full", enrolment.enrol, third, small, date(2026, 4, 1))
    assert "备案托位数 2" in error.message


def test_inclusive_places_full(make: Make) -> None:
    institution.save(make.institution_data(places=10, inclusive=1))
    small = make.klass("小一班", ClassType.SMALL)
    make.enrolled("张三", SMALL_BIRTH, small, inclusive=True)
    second = make.child("李四", date(2024, 4, 2))
    error = _rule("inclusive_full", enrolment.enrol, second, small, START, inclusive=True)
    assert "普惠托位数 1" in error.message
    enrolment.enrol(second, small, START, inclusive=False)
    assert enrolment.count_in_care(START) == InCare(2, 1)


def test_without_institution_nothing_can_be_enrolled(make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    child = make.child("张三", SMALL_BIRTH)
    _rule("no_institution", enrolment.enrol, child, small, START)


def test_unknown_child_or_class(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    with pytest.raises(NotFound):
        enrolment.enrol(999, small, START)


def test_start_before_birth_is_refused(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    child = make.child("张三", SMALL_BIRTH)
    with pytest.raises(ValidationError) as info:
        enrolment.enrol(child, small, date(2024, 5, 19))
    assert info.value.field == "start"


def test_age_mismatch_needs_an_override_note(inst: Institution, make: Make) -> None:
    big = make.klass("大一班", ClassType.BIG)
    child = make.child("张三", SMALL_BIRTH)  # 21 months at START: a 托小班 child
    error = _rule("age_mismatch", enrolment.enrol, child, big, START)
    assert "月龄 21 个月不在托大班（24–36个月）范围内" in error.message
    _rule("age_mismatch", enrolment.enrol, child, big, START, override_note="   ")
    enrolment.enrol(child, big, START, override_note="双胞胎同班，家长申请")
    [period] = enrolment.history(child)
    assert (period.class_name, period.note) == ("大一班", "双胞胎同班，家长申请")
    [entry] = AuditRecord.select().where(AuditRecord.action == "enrolment.enrol")
    assert json.loads(entry.detail)["override"] == "双胞胎同班，家长申请"


def test_too_young_for_any_class_needs_an_override(inst: Institution, make: Make) -> None:
    infant = make.klass("乳儿班", ClassType.INFANT)
    child = make.child("张三", date(2025, 10, 10))  # 4 months at START
    error = _rule("age_mismatch", enrolment.enrol, child, infant, START)
    assert "未满6个月" in error.message


def test_transfer_closes_the_previous_period_the_day_before(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    big = make.klass("大一班", ClassType.BIG)
    child = make.enrolled("张三", SMALL_BIRTH, small, inclusive=False)
    enrolment.transfer(child, big, date(2026, 6, 1))
    assert periods(child) == [
        ("小一班", START, date(2026, 5, 31)),
        ("大一班", date(2026, 6, 1), None),
    ]
    assert [p.inclusive for p in enrolment.history(child)] == [False, False]  # kept
    assert enrolment.in_care_on(child, date(2026, 5, 31)) == small
    assert enrolment.in_care_on(child, date(2026, 6, 1)) == big
    assert audit.count("enrolment.transfer") == 1
    assert enrolment.count_in_care(date(2026, 6, 1)) == InCare(1, 0)


def test_transfer_refusals_change_nothing(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    full = make.klass("大一班", ClassType.BIG, capacity=1)
    make.enrolled("李四", BIG_BIRTH, full)
    child = make.enrolled("张三", SMALL_BIRTH, small)
    _rule("class_full", enrolment.transfer, child, full, date(2026, 6, 1))
    assert periods(child) == [("小一班", START, None)]  # not truncated
    _rule("same_class", enrolment.transfer, child, small, date(2026, 6, 1))
    _rule("not_in_care", enrolment.transfer, child, full, date(2026, 3, 1))
    with pytest.raises(ValidationError) as info:
        enrolment.transfer(child, full, START)
    assert info.value.field == "on"
    assert periods(child) == [("小一班", START, None)]


def test_batch_move_moves_everyone(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    big = make.klass("大一班", ClassType.BIG)
    a = make.enrolled("张三", SMALL_BIRTH, small)
    b = make.enrolled("李四", date(2024, 5, 25), small)
    assert enrolment.batch_move([(a, big), (b, big)], date(2026, 6, 1)) == 2
    for child in (a, b):
        assert periods(child) == [
            ("小一班", START, date(2026, 5, 31)),
            ("大一班", date(2026, 6, 1), None),
        ]
    assert audit.count("enrolment.transfer") == 2
    assert audit.count("enrolment.batch_move") == 1


def test_batch_move_is_all_or_nothing(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    big = make.klass("大一班", ClassType.BIG, capacity=1)
    a = make.enrolled("张三", SMALL_BIRTH, small)
    b = make.enrolled("李四", date(2024, 5, 25), small)
    # the first move fits; the second finds 大一班 full: neither may be applied
    _rule("class_full", enrolment.batch_move, [(a, big), (b, big)], date(2026, 6, 1))
    assert periods(a) == [("小一班", START, None)]
    assert periods(b) == [("小一班", START, None)]


def test_age_transitions(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    big = make.klass("大一班", ClassType.BIG)
    soon = make.enrolled("张三", SMALL_BIRTH, small)  # 24 months on 2026-05-20
    later = make.enrolled("李四", date(2024, 7, 10), small)  # 24 months on 2026-07-10
    oldest = make.enrolled("王五", date(2023, 6, 1), big)  # 36 months on 2026-06-01
    on = date(2026, 5, 6)
    assert enrolment.age_transitions(on, 30) == [
        Transition(
            soon, "张三", small, "小一班", ClassType.SMALL, date(2026, 5, 20), ClassType.BIG
        ),
        Transition(oldest, "王五", big, "大一班", ClassType.BIG, date(2026, 6, 1), None),
    ]
    assert [t.child_id for t in enrolment.age_transitions(on, 14)] == [soon]
    assert [t.child_id for t in enrolment.age_transitions(on, 13)] == []
    assert [t.child_id for t in enrolment.age_transitions(on, 90)] == [later, soon, oldest]


def test_batch_move_frees_places_before_filling_them(inst: Institution, make: Make) -> None:
    """大一班 is full until its own child moves on the same day; order of the moves is free."""
    small = make.klass("小一班", ClassType.SMALL)
    big = make.klass("大一班", ClassType.BIG, capacity=1)
    mixed = make.klass("混龄一班", ClassType.MIXED)
    leaving_big = make.enrolled("王五", BIG_BIRTH, big)
    moving_up = make.enrolled("张三", SMALL_BIRTH, small)
    on = date(2026, 6, 1)
    assert enrolment.batch_move([(moving_up, big), (leaving_big, mixed)], on) == 2
    assert periods(moving_up)[-1] == ("大一班", on, None)
    assert periods(leaving_big)[-1] == ("混龄一班", on, None)


def test_batch_move_refusal_names_the_child(inst: Institution, make: Make) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    a = make.enrolled("张三", SMALL_BIRTH, small)
    info = _rule("same_class", enrolment.batch_move, [(a, small)], date(2026, 6, 1))
    assert info.message.startswith("张三：")


def test_age_transitions_leave_out_children_whose_move_is_booked(
    inst: Institution, make: Make
) -> None:
    small = make.klass("小一班", ClassType.SMALL)
    big = make.klass("大一班", ClassType.BIG)
    soon = make.enrolled("张三", SMALL_BIRTH, small)  # 24 months on 2026-05-20
    on = date(2026, 5, 6)
    assert [t.child_id for t in enrolment.age_transitions(on, 30)] == [soon]
    enrolment.batch_move([(soon, big)], date(2026, 6, 1))
    assert enrolment.age_transitions(on, 30) == []
