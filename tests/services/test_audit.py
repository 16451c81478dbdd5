"""The audit log: one entry per service write, in the same transaction as the change.

Documented exception: ``enrolment.batch_move`` writes one ``enrolment.transfer`` entry per child
plus one ``enrolment.batch_move`` entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

import pytest

from operator_app.domain.attendance import Mark
from operator_app.domain.enums import (
    AttendanceStatus,
    ClassType,
    LeaveReason,
    Occupation,
    StaffRole,
)
from operator_app.services import (
    attendance,
    audit,
    children,
    classes,
    enrolment,
    institution,
    settings,
)
from operator_app.storage.records import (
    AttendanceDayRecord,
    AuditRecord,
    ChildRecord,
    ClassRecord,
    EnrolmentRecord,
    InstitutionRecord,
    SettingRecord,
    StaffRecord,
)

if TYPE_CHECKING:
    from .conftest import Make

START = date(2026, 3, 2)
LATER = date(2026, 6, 1)
TODAY = date(2026, 11, 30)


@dataclass
class World:
    make: Make
    small: int
    big: int
    enrolled: int
    waiting: int
    carer: int
    cook: int


@pytest.fixture
def world(inst: object, make: Make) -> World:
    small = make.klass("小一班", ClassType.SMALL)
    big = make.klass("大一班", ClassType.BIG)
    enrolled = make.enrolled("张三", date(2024, 5, 20), small, start=START)
    waiting = make.child("李四", date(2024, 4, 2))
    carer = make.staff("刘芳")
    cook = make.staff("马强", role=StaffRole.COOK, male=True)
    return World(make, small, big, enrolled, waiting, carer, cook)


WRITES: list[tuple[str, Callable[[World], object]]] = [
    ("institution.update", lambda w: institution.save(replace(institution.require(), places=70))),
    ("class.create", lambda w: classes.create_class("混合一班", ClassType.MIXED)),
    ("class.update", lambda w: classes.update_class(w.big, "大一班", 18, room="105")),
    ("class.close", lambda w: classes.close_class(w.big, LATER)),
    ("class.carers", lambda w: classes.assign_carers(w.small, [w.carer], START)),
    ("child.create", lambda w: w.make.child("王五", date(2024, 8, 3))),
    (
        "child.update",
        lambda w: children.update_child(
            w.waiting, replace(children.get_child(w.waiting).data, note="花生过敏")
        ),
    ),
    ("enrolment.enrol", lambda w: enrolment.enrol(w.waiting, w.small, START)),
    ("enrolment.transfer", lambda w: enrolment.transfer(w.enrolled, w.big, LATER)),
    ("enrolment.leave", lambda w: enrolment.leave(w.enrolled, LATER, LeaveReason.GRADUATED)),
    (
        "attendance.save",
        lambda w: attendance.save_register(
            w.small,
            START,
            {w.enrolled: Mark(AttendanceStatus.PERSONAL, "", "家中有事")},
            today=TODAY,
        ),
    ),
    ("staff.create", lambda w: w.make.staff("陈静")),
    ("staff.certificate.add", lambda w: w.make.certificate(w.carer, Occupation.BAOYU)),
    ("setting.update", lambda w: settings.set_value("roster.transition_window_days", 45)),
]


@pytest.mark.parametrize(("action", "write"), WRITES, ids=[a for a, _w in WRITES])
def test_each_write_adds_exactly_one_entry(
    world: World, action: str, write: Callable[[World], object]
) -> None:
    before = audit.count()
    last_id = AuditRecord.select().order_by(AuditRecord.id.desc()).first().id
    write(world)
    assert audit.count() == before + 1
    [entry] = AuditRecord.select().where(AuditRecord.id > last_id)
    assert entry.action == action
    assert entry.actor == audit.current_actor()
    assert entry.summary != ""


def test_institution_create_is_one_entry(make: Make) -> None:
    institution.save(make.institution_data())
    assert [e.action for e in audit.recent()] == ["institution.create"]


def test_batch_move_writes_one_entry_per_child_and_one_for_the_batch(world: World) -> None:
    second = world.make.enrolled("王五", date(2024, 5, 25), world.small, start=START)
    before = audit.count()
    enrolment.batch_move([(world.enrolled, world.big), (second, world.big)], LATER)
    assert audit.count() == before + 3
    assert [e.action for e in audit.recent(3)] == [
        "enrolment.batch_move",
        "enrolment.transfer",
        "enrolment.transfer",
    ]


FAILING: list[tuple[str, Callable[[World], object]]] = [
    ("bad capacity", lambda w: classes.create_class("托大二班", ClassType.BIG, capacity=21)),
    ("duplicate class", lambda w: classes.create_class("小一班", ClassType.SMALL)),
    ("close occupied", lambda w: classes.close_class(w.small, LATER)),
    ("duplicate child", lambda w: w.make.child("李四", date(2024, 4, 2))),
    ("overlap", lambda w: enrolment.enrol(w.enrolled, w.big, LATER)),
    (
        "leave before start",
        lambda w: enrolment.leave(w.enrolled, date(2026, 3, 1), LeaveReason.FAMILY),
    ),
    (
        "batch with a bad move",
        lambda w: enrolment.batch_move([(w.enrolled, w.big), (w.waiting, w.big)], LATER),
    ),
    (
        "not enrolled",
        lambda w: attendance.save_register(
            w.small, START, {w.waiting: Mark(AttendanceStatus.ABSENT)}, today=TODAY
        ),
    ),
    ("setting out of range", lambda w: settings.set_value("class.big.max_children", 99)),
    ("non-carer assigned", lambda w: classes.assign_carers(w.small, [w.carer, w.cook], START)),
]


@pytest.mark.parametrize(("case", "write"), FAILING, ids=[c for c, _w in FAILING])
def test_a_refused_write_leaves_no_entry(
    world: World, case: str, write: Callable[[World], object]
) -> None:
    before = audit.count()
    with pytest.raises(ValueError):  # ValidationError and RuleViolation are ValueErrors
        write(world)
    assert audit.count() == before


# --- same transaction: when the audit entry cannot be written, the change is undone -----------


class AuditDown(RuntimeError):
    pass


def _audit_fails(*_args: object, **_kwargs: object) -> None:
    raise AuditDown("audit log unavailable")


ROLLBACKS: list[tuple[str, Callable[[World], object], Callable[[], object]]] = [
    (
        "class",
        lambda w: classes.create_class("混合一班", ClassType.MIXED),
        lambda: ClassRecord.select().count(),
    ),
    (
        "child",
        lambda w: w.make.child("王五", date(2024, 8, 3)),
        lambda: (ChildRecord.select().count(), list(ChildRecord.select(ChildRecord.name).tuples())),
    ),
    (
        "enrol",
        lambda w: enrolment.enrol(w.waiting, w.small, START),
        lambda: list(EnrolmentRecord.select().tuples()),
    ),
    (
        "transfer",
        lambda w: enrolment.transfer(w.enrolled, w.big, LATER),
        lambda: list(EnrolmentRecord.select().tuples()),
    ),
    (
        "leave",
        lambda w: enrolment.leave(w.enrolled, LATER, LeaveReason.FAMILY),
        lambda: list(EnrolmentRecord.select().tuples()),
    ),
    (
        "register",
        lambda w: attendance.save_register(w.small, START, {}, today=TODAY),
        lambda: AttendanceDayRecord.select().count(),
    ),
    ("staff", lambda w: w.make.staff("陈静"), lambda: StaffRecord.select().count()),
    (
        "setting",
        lambda w: settings.set_value("class.big.max_children", 18),
        lambda: SettingRecord.select().count(),
    ),
    (
        "institution",
        lambda w: institution.save(replace(institution.require(), places=70)),
        lambda: InstitutionRecord.get().places,
    ),
    (
        "close",
        lambda w: classes.close_class(w.big, LATER),
        lambda: ClassRecord.get_by_id(w_big()).closed_on,
    ),
]


def w_big() -> int:
    return ClassRecord.get(ClassRecord.name == "大一班").id


@pytest.mark.parametrize(("case", "write", "state"), ROLLBACKS, ids=[c for c, *_ in ROLLBACKS])
def test_the_change_is_undone_when_its_audit_entry_fails(
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    write: Callable[[World], object],
    state: Callable[[], object],
) -> None:
    before = state()
    entries = audit.count()
    monkeypatch.setattr(audit, "log", _audit_fails)
    with pytest.raises(AuditDown):
        write(world)
    assert state() == before
    assert audit.count() == entries


# --- reading the log ---------------------------------------------------------------------------


def test_actor_recent_and_count(world: World) -> None:
    audit.set_actor("园长王丽")
    try:
        classes.create_class("混合一班", ClassType.MIXED)
    finally:
        audit.set_actor(None)
    newest = audit.recent(1)[0]
    assert (newest.actor, newest.action, newest.entity) == ("园长王丽", "class.create", "class")
    assert audit.current_actor().startswith("os:")
    assert [e.action for e in audit.recent(entity="staff")] == ["staff.create", "staff.create"]
    assert [e.action for e in audit.recent(entity="class")] == [
        "class.create",
        "class.create",
        "class.create",
    ]
    assert audit.count("class.create") == 3
    ids = [r.id for r in AuditRecord.select().order_by(AuditRecord.id)]
    assert len(audit.recent(2)) == 2
    assert audit.recent(limit=len(ids) + 5)[-1].action == "institution.create"
