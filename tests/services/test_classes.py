"""Classes: capacity rules, names, closing, carers and the ratio status with qualified carers."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.enums import ClassType, StaffRole
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.domain.institution import Institution
from operator_app.services import age_bands, audit, classes, clock, enrolment, settings
from operator_app.storage.records import ClassRecord, ClassStaffRecord, EnrolmentRecord

if TYPE_CHECKING:
    from .conftest import Make

ON = date(2026, 4, 1)
BIG_BIRTH = date(2023, 10, 5)  # 29 months at ON: fits 托大班


@pytest.mark.parametrize(
    ("class_type", "legal_max"),
    [(ClassType.INFANT, 10), (ClassType.SMALL, 15), (ClassType.BIG, 20), (ClassType.MIXED, 18)],
)
def test_capacity_defaults_to_the_legal_maximum(
    make: Make, class_type: ClassType, legal_max: int
) -> None:
    class_id = classes.create_class("一班", class_type)
    assert ClassRecord.get_by_id(class_id).capacity == legal_max
    [summary] = classes.list_classes(ON)
    assert (summary.name, summary.class_type, summary.capacity, summary.enrolled) == (
        "一班",
        class_type,
        legal_max,
        0,
    )


def test_capacity_above_the_legal_maximum_is_refused(make: Make) -> None:
    with pytest.raises(ValidationError) as info:
        classes.create_class("托小一班", ClassType.SMALL, capacity=16)
    assert info.value.field == "capacity"
    assert info.value.label == "额定人数"
    assert "额定人数" in str(info.value)
    assert "托小班最多 15 人" in str(info.value)
    assert ClassRecord.select().count() == 0
    assert audit.count() == 0


def test_capacity_below_one_is_refused(make: Make) -> None:
    with pytest.raises(ValidationError) as info:
        classes.create_class("托小一班", ClassType.SMALL, capacity=0)
    assert info.value.field == "capacity"


def test_a_stricter_local_maximum_applies(make: Make) -> None:
    settings.set_value("class.big.max_children", 16)
    assert ClassRecord.get_by_id(classes.create_class("托大一班", ClassType.BIG)).capacity == 16
    with pytest.raises(ValidationError, match="托大班最多 16 人"):
        classes.create_class("托大二班", ClassType.BIG, capacity=17)


def test_duplicate_name_is_refused(make: Make) -> None:
    classes.create_class("小一班", ClassType.SMALL)
    with pytest.raises(ValidationError) as info:
        classes.create_class(" 小一班 ", ClassType.BIG)
    assert info.value.field == "name"
    assert ClassRecord.select().count() == 1
    assert audit.count("class.create") == 1


def test_empty_name_is_refused(make: Make) -> None:
    with pytest.raises(ValidationError) as info:
        classes.create_class("   ", ClassType.SMALL)
    assert info.value.field == "name"


def test_update_changes_fields_and_checks_rules(make: Make) -> None:
    a = make.klass("小一班", ClassType.SMALL)
    make.klass("小二班", ClassType.SMALL)
    classes.update_class(a, "小一班（向日葵）", 12, room="201")
    row = ClassRecord.get_by_id(a)
    assert (row.name, row.capacity, row.room) == ("小一班（向日葵）", 12, "201")
    with pytest.raises(ValidationError) as info:
        classes.update_class(a, "小二班", 12)
    assert info.value.field == "name"
    with pytest.raises(ValidationError) as info:
        classes.update_class(a, "小一班（向日葵）", 16)
    assert info.value.field == "capacity"
    assert ClassRecord.get_by_id(a).capacity == 12
    assert audit.count("class.update") == 1


def test_capacity_cannot_drop_below_children_in_class(inst: Institution, make: Make) -> None:
    class_id = make.klass("托大一班", ClassType.BIG)
    for name, day in (("张三", 1), ("李四", 2), ("王五", 3)):
        make.enrolled(name, BIG_BIRTH.replace(day=day), class_id, start=ON)
    with clock.fixed(ON), pytest.raises(ValidationError) as info:
        classes.update_class(class_id, "托大一班", 2)
    assert info.value.field == "capacity"
    assert info.value.reason == "不能少于今天及以后同时在班的最多人数 3"


def test_type_change_refused_while_a_child_would_leave_the_band(
    inst: Institution, make: Make
) -> None:
    class_id = make.klass("托大一班", ClassType.BIG)
    for name, day in (("张三", 1), ("李四", 2)):
        make.enrolled(name, BIG_BIRTH.replace(day=day), class_id, start=ON)
    with clock.fixed(ON):
        # 29 months old: a 混合班 (18 months and over) takes them, so the change goes through
        classes.update_class(class_id, "托大一班", 18, class_type=ClassType.MIXED)
        assert ClassRecord.get_by_id(class_id).class_type == "mixed"
        with pytest.raises(RuleViolation) as info:
            classes.update_class(class_id, "托大一班", 15, class_type=ClassType.SMALL)
        assert (info.value.code, info.value.field) == ("class.type_change_outgrows", "class_type")
        assert info.value.message == (
            "改为托小班后，2 名已在班或已安排的幼儿不在该班型的月龄范围内（李四、张三）；"
            "如确需更改，请填写说明"
        )
        assert ClassRecord.get_by_id(class_id).class_type == "mixed"
        assert age_bands.outside_band(ON, classes.rules()) == []
        classes.update_class(
            class_id, "托大一班", 15, class_type=ClassType.SMALL, band_note="本学期末统一升班"
        )
        assert ClassRecord.get_by_id(class_id).class_type == "small"
        notes = {e.band_note for e in EnrolmentRecord.select()}
        assert notes == {"本学期末统一升班"}
        assert age_bands.outside_band(ON, classes.rules()) == [], "the note accepts both children"


def test_capacity_cannot_drop_below_children_booked_to_start_later(
    inst: Institution, make: Make
) -> None:
    class_id = make.klass("托大一班", ClassType.BIG)
    today = date.today()
    later = today + timedelta(days=7)
    young = later - timedelta(days=30 * 30)  # about 30 months old when they start
    make.enrolled("张三", young, class_id, start=today)
    for name, day in (("李四", 1), ("王五", 2)):
        make.enrolled(name, young - timedelta(days=day), class_id, start=later)
    assert classes.get_class(class_id).enrolled == 1
    with pytest.raises(ValidationError, match="最多人数 3"):
        classes.update_class(class_id, "托大一班", 2)
    classes.update_class(class_id, "托大一班", 3)
    assert classes.get_class(class_id).capacity == 3


def test_close_is_refused_while_children_are_enrolled(inst: Institution, make: Make) -> None:
    class_id = make.klass("托大一班", ClassType.BIG)
    make.enrolled("张三", BIG_BIRTH, class_id, start=ON)
    with pytest.raises(RuleViolation) as info:
        classes.close_class(class_id, ON + timedelta(days=30))
    assert info.value.code == "class_not_empty"
    assert ClassRecord.get_by_id(class_id).closed_on is None
    assert audit.count("class.close") == 0


def test_close_is_refused_when_a_child_leaves_after_the_closing_day(
    inst: Institution, make: Make
) -> None:
    class_id = make.klass("托大一班", ClassType.BIG)
    child = make.enrolled("张三", BIG_BIRTH, class_id, start=ON)
    from operator_app.domain.enums import LeaveReason

    enrolment.leave(child, date(2026, 6, 30), LeaveReason.FAMILY)
    with pytest.raises(RuleViolation):
        classes.close_class(class_id, date(2026, 6, 30))
    classes.close_class(class_id, date(2026, 7, 1))
    assert ClassRecord.get_by_id(class_id).closed_on == date(2026, 7, 1)


def test_close_an_empty_class(make: Make) -> None:
    class_id = make.klass("乳儿一班", ClassType.INFANT)
    carer = make.staff("刘芳")
    classes.assign_carers(class_id, [carer], ON)
    classes.close_class(class_id, date(2026, 7, 1))
    assert ClassRecord.get_by_id(class_id).closed_on == date(2026, 7, 1)
    assert [a.until for a in ClassStaffRecord.select()] == [date(2026, 7, 1)]
    assert [s.name for s in classes.list_classes(date(2026, 6, 30))] == ["乳儿一班"]
    assert classes.list_classes(date(2026, 7, 1)) == []
    [closed] = classes.list_classes(date(2026, 7, 1), include_closed=True)
    assert closed.closed_on == date(2026, 7, 1)
    assert audit.count("class.close") == 1


def test_closed_class_takes_no_new_children(inst: Institution, make: Make) -> None:
    class_id = make.klass("托大一班", ClassType.BIG)
    classes.close_class(class_id, date(2026, 7, 1))
    child = make.child("张三", BIG_BIRTH)
    with pytest.raises(RuleViolation) as info:
        enrolment.enrol(child, class_id, date(2026, 7, 1))
    assert info.value.code == "class_closed"


def test_get_class_and_find_by_name(make: Make) -> None:
    class_id = make.klass("小一班", ClassType.SMALL)
    assert classes.get_class(class_id).name == "小一班"
    assert classes.find_by_name(" 小一班 ") == class_id
    with pytest.raises(NotFound):
        classes.get_class(class_id + 100)
    with pytest.raises(ValidationError) as info:
        classes.find_by_name("大一班")
    assert info.value.field == "class"


def test_summary_shows_enrolled_and_age_range(inst: Institution, make: Make) -> None:
    class_id = make.klass("托大一班", ClassType.BIG)
    make.enrolled("张三", date(2023, 10, 5), class_id, start=ON)  # 29 months on ON
    make.enrolled("李四", date(2024, 3, 20), class_id, start=ON)  # 24 months on ON
    [s] = classes.list_classes(ON)
    assert (s.enrolled, s.min_months, s.max_months, s.age_range) == (2, 24, 29, "24–29 个月")
    assert s.over_capacity is False
    [empty_day] = classes.list_classes(ON - timedelta(days=1))
    assert (empty_day.enrolled, empty_day.age_range) == (0, "—")


def test_assign_carers_replaces_the_set_from_a_date(make: Make) -> None:
    class_id = make.klass("托大一班", ClassType.BIG)
    a, b, c = make.staff("刘芳"), make.staff("陈静"), make.staff("黄敏")
    classes.assign_carers(class_id, [a, b], ON)
    classes.assign_carers(class_id, [b, c], date(2026, 5, 1))
    assert classes.list_classes(ON)[0].carers == ("陈静", "刘芳")  # by pinyin: chen, liu
    assert classes.list_classes(date(2026, 4, 30))[0].carers == ("陈静", "刘芳")
    assert classes.list_classes(date(2026, 5, 1))[0].carers == ("陈静", "黄敏")
    assert classes.list_classes(date(2026, 5, 1))[0].carer_ids == (b, c)
    assert classes.list_classes(ON - timedelta(days=1))[0].carers == ()
    assert audit.count("class.carers") == 2


def test_only_carers_can_be_assigned(make: Make) -> None:
    class_id = make.klass("托大一班", ClassType.BIG)
    carer = make.staff("刘芳")
    cook = make.staff("马强", role=StaffRole.COOK, male=True)
    classes.assign_carers(class_id, [carer], ON)
    with pytest.raises(ValidationError) as info:
        classes.assign_carers(class_id, [cook], date(2026, 5, 1))
    assert info.value.field == "carers"
    # all or nothing: the current carer was not ended either
    assert [(a.staff_id, a.until) for a in ClassStaffRecord.select()] == [(carer, None)]
    assert audit.count("class.carers") == 1


def _big_class_with(make: Make, children: int) -> int:
    class_id = make.klass("托大一班", ClassType.BIG)
    names = "甲乙丙丁戊己庚辛壬癸"
    for i in range(children):
        make.enrolled(f"孩子{names[i]}", BIG_BIRTH + timedelta(days=i), class_id, start=ON)
    return class_id


def test_ratio_big_class_of_eight_needs_two_carers(inst: Institution, make: Make) -> None:
    class_id = _big_class_with(make, 8)
    first = make.staff("刘芳")
    classes.assign_carers(class_id, [first], ON)
    ratio = classes.list_classes(ON)[0].ratio
    assert (ratio.children, ratio.required, ratio.qualified, ratio.ok, ratio.shortfall) == (
        8,
        2,
        1,
        False,
        1,
    )
    classes.assign_carers(class_id, [first, make.staff("陈静")], ON)
    ratio = classes.list_classes(ON)[0].ratio
    assert (ratio.required, ratio.qualified, ratio.ok, ratio.shortfall) == (2, 2, True, 0)


def test_ratio_seven_children_one_carer_is_enough(inst: Institution, make: Make) -> None:
    class_id = _big_class_with(make, 7)
    classes.assign_carers(class_id, [make.staff("刘芳")], ON)
    ratio = classes.list_classes(ON)[0].ratio
    assert (ratio.required, ratio.qualified, ratio.ok) == (1, 1, True)


def test_carer_with_expired_health_certificate_is_not_counted(
    inst: Institution, make: Make
) -> None:
    class_id = _big_class_with(make, 7)
    expired = make.staff("刘芳", health=ON - timedelta(days=1), background=date(2025, 8, 1))
    classes.assign_carers(class_id, [expired], ON)
    [summary] = classes.list_classes(ON)
    assert summary.carers == ("刘芳",)
    assert (summary.ratio.required, summary.ratio.qualified, summary.ratio.ok) == (1, 0, False)


def test_qualified_carer_rules(make: Make) -> None:
    """Counted: nothing recorded yet (legacy), or health in date and a background check in
    force on the day: dated on or before it and less than 365 days old (the setting)."""
    from operator_app.storage.records import StaffRecord

    recent = date(2025, 6, 1)
    cases = {
        make.staff("甲老师"): True,  # no health fields recorded yet
        make.staff("乙老师", health=ON, background=recent): True,  # last valid day of health
        make.staff("丙老师", health=ON - timedelta(days=1), background=recent): False,
        make.staff("丁老师", health=date(2027, 1, 1)): False,  # no background check
        make.staff("戊老师", background=recent): False,  # no health certificate
        make.staff("己老师", health=ON, background=ON - timedelta(days=364)): True,
        make.staff("庚老师", health=ON, background=ON - timedelta(days=365)): False,  # expired
        make.staff("辛老师", health=ON, background=ON + timedelta(days=1)): False,  # dated after
        make.staff("壬老师", health=ON, background=ON): True,  # checked that very day
    }
    for staff_id, expected in cases.items():
        row = StaffRecord.get_by_id(staff_id)
        assert classes.carer_is_qualified(row, ON) is expected, row.name


def test_left_staff_are_not_carers_any_more(inst: Institution, make: Make) -> None:
    from operator_app.storage.records import StaffRecord

    class_id = _big_class_with(make, 3)
    carer = make.staff("刘芳")
    classes.assign_carers(class_id, [carer], ON)
    StaffRecord.update(left_on=date(2026, 5, 31)).where(StaffRecord.id == carer).execute()
    assert classes.list_classes(date(2026, 5, 31))[0].carers == ("刘芳",)
    later = classes.list_classes(date(2026, 6, 1))[0]
    assert later.carers == ()
    assert later.ratio.ok is False


def test_summary_carries_the_note_so_an_edit_can_keep_it(make: Make) -> None:
    class_id = classes.create_class("小二班", ClassType.SMALL, note="靠近午睡室")
    assert classes.get_class(class_id).note == "靠近午睡室"
    summary = classes.get_class(class_id)
    classes.update_class(class_id, summary.name, 12, summary.room, summary.note)
    assert classes.get_class(class_id).note == "靠近午睡室"
    assert classes.get_class(class_id).capacity == 12


def test_a_carer_is_assigned_to_one_class_at_a_time(make: Make) -> None:
    first = make.klass("乳儿一班", ClassType.INFANT)
    second = make.klass("乳儿二班", ClassType.INFANT)
    carer = make.staff("蒋琳")
    classes.assign_carers(first, [carer], ON)
    with pytest.raises(ValidationError, match="已在“乳儿一班”任保育人员"):
        classes.assign_carers(second, [carer], ON)
    assert classes.get_class(second).carer_ids == ()
    classes.assign_carers(first, [], date(2026, 5, 1))  # moved off the first class from May
    classes.assign_carers(second, [carer], date(2026, 5, 1))
    assert classes.list_classes(date(2026, 5, 1))[1].carer_ids == (carer,)
