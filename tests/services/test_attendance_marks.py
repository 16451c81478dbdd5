"""What an absence must carry, and health data on a register only under a consent in force.

domain.md section 4: every absence has a reason; a sick absence records the illness and a
follow-up (因病缺勤追踪). Section 8: without a health-data consent in force on the day, a sick
absence is kept as 病假 with no diagnosis, and the save says whose diagnosis was not stored.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.attendance import Mark
from operator_app.domain.enums import AttendanceStatus, ClassType
from operator_app.domain.errors import ValidationError
from operator_app.domain.institution import Institution
from operator_app.services import attendance, audit, consent
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
def kids(inst: Institution, make: Make) -> dict[str, int]:
    """托小一班 from START: 陈果 (health consent from START), 林木 (personal consent only)."""
    small = make.klass("托小一班", ClassType.SMALL)
    ids = {
        "class": small,
        "陈果": make.enrolled("陈果", date(2024, 6, 1), small, start=START),
        "林木": make.enrolled("林木", date(2024, 7, 2), small, start=START),
    }
    consent.give(ids["陈果"], "李丽", ConsentKind.HEALTH, START, today=TODAY)
    consent.give(ids["林木"], "李丽", ConsentKind.PERSONAL, START, today=TODAY)
    return ids


def stored(kids: dict[str, int], day: date) -> dict[str, Mark]:
    return {r.name: r.mark for r in attendance.register(kids["class"], day).rows}


def save(kids: dict[str, int], day: date, **marks: Mark) -> attendance.SavedRegister:
    by_id = {kids[name]: mark for name, mark in marks.items()}
    return attendance.save_register(kids["class"], day, by_id, today=TODAY)


def test_the_register_says_who_may_carry_health_data_that_day(kids: dict[str, int]) -> None:
    rows = attendance.register(kids["class"], THU).rows
    assert [(r.name, r.health_allowed) for r in rows] == [("陈果", True), ("林木", False)]


def test_illness_without_consent_is_dropped_and_reported(kids: dict[str, int]) -> None:
    saved = save(
        kids, THU, 林木=Mark(S, " 手足口病 ", " 已电话随访 "), 陈果=Mark(S, "发热", "已随访")
    )
    assert stored(kids, THU) == {
        "陈果": Mark(S, "发热", "已随访"),
        "林木": Mark(S, "", "已电话随访"),
    }
    [notice] = saved.notices
    assert (notice.code, notice.child_id) == ("attendance.illness_not_stored", kids["林木"])
    assert notice.message == "林木 在 2026-04-02 没有有效的健康信息处理同意：病假已登记，病因未保存"
    assert (saved.present, saved.absent) == (0, 2)
    [entry] = audit.recent(1)
    assert entry.action == "attendance.save"
    assert AttendanceMarkRecord.get(AttendanceMarkRecord.child == kids["林木"]).illness == ""


def test_a_child_without_consent_needs_no_illness(kids: dict[str, int]) -> None:
    saved = save(kids, THU, 林木=Mark(S, "", "已电话随访"))
    assert saved.notices == ()
    assert stored(kids, THU)["林木"] == Mark(S, "", "已电话随访")


def test_illness_is_kept_from_the_day_consent_is_given(kids: dict[str, int]) -> None:
    consent.give(kids["林木"], "李丽", ConsentKind.HEALTH, FRI, today=TODAY)
    assert save(kids, THU, 林木=Mark(S, "发热", "已随访")).notices != ()
    assert stored(kids, THU)["林木"].illness == ""
    assert save(kids, FRI, 林木=Mark(S, "发热", "已随访")).notices == ()
    assert stored(kids, FRI)["林木"] == Mark(S, "发热", "已随访")


def test_withdrawal_stops_health_data_from_its_day(kids: dict[str, int]) -> None:
    [given] = [c for c in consent.list_consents(kids["陈果"]) if c.kind is ConsentKind.HEALTH]
    consent.withdraw(given.id, FRI, today=TODAY)
    assert save(kids, THU, 陈果=Mark(S, "咳嗽", "已随访")).notices == ()
    saved = save(kids, FRI, 陈果=Mark(S, "咳嗽", "已随访"))
    assert [n.child_id for n in saved.notices] == [kids["陈果"]]
    assert stored(kids, THU)["陈果"].illness == "咳嗽"  # recorded before the withdrawal: stays
    assert stored(kids, FRI)["陈果"] == Mark(S, "", "已随访")


@pytest.mark.parametrize(
    ("child", "mark", "field", "code", "message"),
    [
        ("陈果", Mark(S, "", "已随访"), "illness", "attendance.illness_required",
         "病因：陈果 的病假须填写所患疾病或症状"),
        ("陈果", Mark(S, "发热", " "), "follow_up", "attendance.follow_up_required",
         "因病缺勤追踪：陈果 的病假须填写因病缺勤追踪情况（如：已电话随访、待复诊证明）"),
        ("林木", Mark(S, "发热", ""), "follow_up", "attendance.follow_up_required",
         "因病缺勤追踪：林木 的病假须填写因病缺勤追踪情况（如：已电话随访、待复诊证明）"),
        ("林木", Mark(L, "", ""), "reason", "attendance.reason_required",
         "缺勤原因：林木 的事假须写明原因"),
        ("陈果", Mark(A, "不写", "  "), "reason", "attendance.reason_required",
         "缺勤原因：陈果 的未到须写明原因"),
    ],
)  # fmt: skip
def test_each_absence_kind_needs_its_text(
    kids: dict[str, int], child: str, mark: Mark, field: str, code: str, message: str
) -> None:
    with pytest.raises(ValidationError) as info:
        save(kids, THU, **{child: mark})
    assert (info.value.field, info.value.code) == (field, code)
    assert info.value.params["child_id"] == kids[child]
    assert info.value.message == message
    assert AttendanceDayRecord.select().count() == 0
    assert AttendanceMarkRecord.select().count() == 0
    assert audit.count("attendance.save") == 0


def test_a_refused_save_changes_nothing_already_saved(kids: dict[str, int]) -> None:
    save(kids, THU, 林木=Mark(L, "", "家中有事"))
    with pytest.raises(ValidationError) as info:
        save(kids, THU, 林木=Mark(A, "", "补记"), 陈果=Mark(L, "", ""))
    assert info.value.params["child"] == "陈果"
    assert stored(kids, THU) == {"陈果": Mark(P), "林木": Mark(L, "", "家中有事")}
    assert audit.count("attendance.save") == 1


def test_the_refusal_names_the_first_child_in_register_order(kids: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as info:
        save(kids, THU, 林木=Mark(A), 陈果=Mark(L))
    assert info.value.params["child"] == "陈果"  # 陈果 is listed before 林木


def test_the_english_refusal_names_the_child(kids: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as info:
        save(kids, THU, 林木=Mark(L))
    assert info.value.message_in("en") == "Reason for absence: 林木: Personal leave needs a reason"


def test_reasons_and_follow_ups_are_stored_trimmed(kids: dict[str, int]) -> None:
    save(kids, WED, 林木=Mark(A, "", " 未联系上家长 "), 陈果=Mark(L, "x", " 回老家 "))
    assert stored(kids, WED) == {"陈果": Mark(L, "", "回老家"), "林木": Mark(A, "", "未联系上家长")}
