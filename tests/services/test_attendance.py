"""Daily registers (all present, then exceptions), the monthly sheet, and school days."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.attendance import Mark
from operator_app.domain.calendar import last_official_year
from operator_app.domain.enums import AttendanceStatus, ClassType, LeaveReason
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.domain.institution import Institution
from operator_app.services import attendance, audit, consent, enrolment
from operator_app.services.consent import ConsentKind
from operator_app.storage.records import AttendanceDayRecord, AttendanceMarkRecord

if TYPE_CHECKING:
    from .conftest import Make

P, S, L, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.SICK,
    AttendanceStatus.PERSONAL,
    AttendanceStatus.ABSENT,
)
START = date(2026, 3, 2)
WED, THU, FRI = date(2026, 4, 1), date(2026, 4, 2), date(2026, 4, 3)
TODAY = date(2026, 11, 30)


@pytest.fixture
def klass(inst: Institution, make: Make) -> dict[str, int]:
    """小一班 with 张三 and 李四 from 2 March 2026; 王五 in 小二班. 李四's guardian gave the
    health-data consent on START, so an illness may be stored for him."""
    small = make.klass("小一班", ClassType.SMALL)
    other = make.klass("小二班", ClassType.SMALL)
    ids = {
        "class": small,
        "other": other,
        "张三": make.enrolled("张三", date(2024, 6, 1), small, start=START),
        "李四": make.enrolled("李四", date(2024, 7, 2), small, start=START),
        "王五": make.enrolled("王五", date(2024, 8, 3), other, start=START),
    }
    consent.give(ids["李四"], "李丽", ConsentKind.HEALTH, START, today=TODAY)
    return ids


def statuses(reg: attendance.Register) -> dict[str, AttendanceStatus]:
    return {row.name: row.mark.status for row in reg.rows}


def test_register_defaults_to_everyone_present(klass: dict[str, int]) -> None:
    reg = attendance.register(klass["class"], WED)
    assert (reg.class_name, reg.day, reg.taken, reg.school_day, reg.calendar_warning) == (
        "小一班",
        WED,
        False,
        True,
        "",
    )
    assert [(r.child_id, r.name) for r in reg.rows] == [
        (klass["李四"], "李四"),
        (klass["张三"], "张三"),
    ]  # pinyin order
    assert statuses(reg) == {"李四": P, "张三": P}


def test_register_lists_only_children_in_the_class_that_day(klass: dict[str, int]) -> None:
    assert attendance.register(klass["class"], START - timedelta(days=1)).rows == []
    enrolment.leave(klass["李四"], WED, LeaveReason.FAMILY)
    assert statuses(attendance.register(klass["class"], THU)) == {"张三": P}


def test_save_with_exceptions(klass: dict[str, int]) -> None:
    saved = attendance.save_register(
        klass["class"],
        THU,
        {klass["李四"]: Mark(S, " 发热 ", " 已电话随访 "), klass["张三"]: Mark(P)},
        today=TODAY,
    )
    assert (saved.present, saved.absent, saved.notices) == (1, 1, ())
    reg = attendance.register(klass["class"], THU)
    assert reg.taken is True
    assert statuses(reg) == {"李四": S, "张三": P}
    [sick] = [r.mark for r in reg.rows if r.name == "李四"]
    assert (sick.illness, sick.follow_up) == ("发热", "已电话随访")
    assert AttendanceMarkRecord.select().count() == 1  # present is implied, not stored
    assert attendance.sick_absences(WED, FRI) == [(THU, "小一班", "李四", "发热", "已电话随访")]
    [entry] = audit.recent(1)
    assert (entry.action, entry.entity_id) == ("attendance.save", str(klass["class"]))
    assert entry.summary == "小一班 2026-04-02 出勤登记：在册 2 人，缺勤 1 人"


def test_saving_again_replaces_the_marks(klass: dict[str, int]) -> None:
    attendance.save_register(
        klass["class"], THU, {klass["李四"]: Mark(A, "", "未请假")}, today=TODAY
    )
    attendance.save_register(
        klass["class"], THU, {klass["张三"]: Mark(L, "不应保存", "家中有事")}, today=TODAY
    )
    reg = attendance.register(klass["class"], THU)
    assert statuses(reg) == {"李四": P, "张三": L}
    assert [r.mark.illness for r in reg.rows] == ["", ""]  # illness only on a sick mark
    assert AttendanceDayRecord.select().count() == 1
    assert audit.count("attendance.save") == 2


def test_child_not_enrolled_that_day_is_refused(klass: dict[str, int]) -> None:
    with pytest.raises(RuleViolation) as info:
        attendance.save_register(
            klass["class"], THU, {klass["王五"]: Mark(A, "", "未请假")}, today=TODAY
        )
    assert info.value.code == "attendance.not_enrolled"
    assert info.value.params["child_id"] == klass["王五"]
    assert info.value.message == "王五 在 2026-04-02 不在“小一班”，不能登记出勤"
    assert attendance.register(klass["class"], THU).taken is False
    assert AttendanceMarkRecord.select().count() == 0
    assert audit.count("attendance.save") == 0


def test_child_who_has_left_is_refused(klass: dict[str, int]) -> None:
    enrolment.leave(klass["李四"], WED, LeaveReason.FAMILY)
    absent = {klass["李四"]: Mark(A, "", "未请假")}
    attendance.save_register(klass["class"], WED, absent, today=TODAY)
    with pytest.raises(RuleViolation) as info:
        attendance.save_register(klass["class"], THU, absent, today=TODAY)
    assert info.value.code == "attendance.not_enrolled"


def test_sick_without_illness_is_refused_naming_the_child(klass: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as info:
        attendance.save_register(
            klass["class"], THU, {klass["李四"]: Mark(S, "  ", "已随访")}, today=TODAY
        )
    assert (info.value.field, info.value.code) == ("illness", "attendance.illness_required")
    assert info.value.params["child_id"] == klass["李四"]
    assert info.value.message == "病因：李四 的病假须填写所患疾病或症状"
    assert attendance.register(klass["class"], THU).taken is False
    assert audit.count("attendance.save") == 0


def test_future_date_is_refused(klass: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as info:
        attendance.save_register(klass["class"], THU, {}, today=WED)
    assert info.value.field == "day"
    assert AttendanceDayRecord.select().count() == 0
    attendance.save_register(klass["class"], WED, {}, today=WED)  # today itself is fine


def test_future_date_is_refused_against_the_real_today(klass: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        attendance.save_register(klass["class"], date.today() + timedelta(days=1), {})


def test_month_sheet_rate(klass: dict[str, int]) -> None:
    for day in (WED, THU, FRI):
        marks = {klass["李四"]: Mark(S, "腹泻", "已随访")} if day == THU else {}
        attendance.save_register(klass["class"], day, marks, today=TODAY)
    sheet = attendance.month_sheet(klass["class"], date(2026, 4, 17))
    assert sheet.month == date(2026, 4, 1)
    assert (sheet.expected, sheet.present) == (6, 5)
    assert sheet.rate == Decimal("83.3")
    assert sheet.warning == ""
    assert [(r.name, r.marks) for r in sheet.rows] == [
        ("张三", {WED: P, THU: P, FRI: P}),
        ("李四", {WED: P, THU: S, FRI: P}),
    ]


def test_only_registered_days_count(klass: dict[str, int]) -> None:
    attendance.save_register(klass["class"], WED, {klass["张三"]: Mark(A, "", "未到")}, today=TODAY)
    sheet = attendance.month_sheet(klass["class"], WED)
    assert len(sheet.days) > 15  # every school day of April is a column
    assert (sheet.expected, sheet.present, sheet.rate) == (2, 1, Decimal("50.0"))
    empty = attendance.month_sheet(klass["class"], date(2026, 5, 1))
    assert (empty.expected, empty.present, empty.rate) == (0, 0, None)


def test_a_child_counts_only_while_in_the_class(
    inst: Institution, make: Make, klass: dict[str, int]
) -> None:
    late = make.enrolled("赵六", date(2024, 9, 9), klass["class"], start=THU)
    for day in (WED, THU, FRI):
        attendance.save_register(klass["class"], day, {}, today=TODAY)
    sheet = attendance.month_sheet(klass["class"], WED)
    [row] = [r for r in sheet.rows if r.child_id == late]
    assert row.marks == {THU: P, FRI: P}
    assert (sheet.expected, sheet.present) == (8, 8)


def test_register_taken_on_a_weekend_is_a_column(klass: dict[str, int]) -> None:
    sunday = date(2026, 4, 12)
    attendance.save_register(klass["class"], sunday, {}, today=TODAY)
    sheet = attendance.month_sheet(klass["class"], sunday)
    assert sunday in sheet.days
    assert sheet.expected == 2


def _weekdays(first: date, last: date) -> set[date]:
    return {
        first + timedelta(days=i)
        for i in range((last - first).days + 1)
        if (first + timedelta(days=i)).weekday() < 5
    }


def test_school_days_follow_the_official_calendar_in_2026(klass: dict[str, int]) -> None:
    # chinesecalendar: National Day 2026 is 1-7 October; Saturday 10 October is a working day.
    october = attendance.month_sheet(klass["class"], date(2026, 10, 1))
    holidays = {date(2026, 10, d) for d in (1, 2, 5, 6, 7)}
    assert set(october.days) == (_weekdays(date(2026, 10, 1), date(2026, 10, 31)) - holidays) | {
        date(2026, 10, 10)
    }
    assert date(2026, 10, 8) in october.days
    assert october.warning == ""
    # September: Sunday 20th is an adjusted working day, Friday 25th (中秋) is off
    september = attendance.month_sheet(klass["class"], date(2026, 9, 1))
    assert date(2026, 9, 20) in september.days
    assert date(2026, 9, 25) not in september.days
    assert attendance.register(klass["class"], date(2026, 10, 1)).school_day is False
    assert attendance.register(klass["class"], date(2026, 10, 10)).school_day is True


def test_beyond_the_calendar_data_weekdays_and_a_warning(klass: dict[str, int]) -> None:
    year = last_official_year() + 1
    sheet = attendance.month_sheet(klass["class"], date(year, 10, 1))
    assert set(sheet.days) == _weekdays(date(year, 10, 1), date(year, 10, 31))
    assert str(year) in sheet.warning
    assert f"节假日数据只到 {year - 1} 年" in sheet.warning
    reg = attendance.register(klass["class"], date(year, 10, 1))
    assert str(year) in reg.calendar_warning


def test_unknown_class_is_not_found(klass: dict[str, int]) -> None:
    """Services report a missing record as the domain's NotFound, never as a peewee error."""
    with pytest.raises(NotFound):
        attendance.save_register(999, WED, {}, today=TODAY)


def test_an_enrolment_entered_after_the_registers_does_not_make_those_days_present(
    inst: Institution, make: Make, klass: dict[str, int]
) -> None:
    """赵六 is entered later with a start date in the past: registers already saved without
    him leave his days blank (unknown), until a register is saved again."""
    from operator_app.storage.records import AttendanceDayRecord, EnrolmentRecord

    for day in (WED, THU, FRI):
        attendance.save_register(klass["class"], day, {}, today=TODAY)
    saved_at = max(r.taken_at for r in AttendanceDayRecord.select())
    late = make.enrolled("赵六", date(2024, 9, 9), klass["class"], start=WED)
    entered = saved_at + timedelta(minutes=1)
    EnrolmentRecord.update(created_at=entered).where(EnrolmentRecord.child == late).execute()
    sheet = attendance.month_sheet(klass["class"], WED)
    [row] = [r for r in sheet.rows if r.child_id == late]
    assert row.marks == {}
    assert (sheet.expected, sheet.present) == (6, 6)
    resaved = entered + timedelta(minutes=5)  # Friday's register saved again, with 赵六
    AttendanceDayRecord.update(taken_at=resaved).where(AttendanceDayRecord.day == FRI).execute()
    sheet = attendance.month_sheet(klass["class"], WED)
    [row] = [r for r in sheet.rows if r.child_id == late]
    assert row.marks == {FRI: P}
