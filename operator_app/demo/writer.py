"""Demo data: a believable Chongqing daycare with staff, classes, children and six months of
attendance registers, for trying the app and for end-to-end tests.

Why through the services: demo data must pass every rule real data passes (age bands, class
capacity, filed and inclusive places, ID check digits, ratios, consent) and leave the same audit
trail, so a fill doubles as a check of the services. The demo is first planned in memory by
``demo.plan`` (same seed and day, same data; what it shows is described there); this module
only writes that plan, in one transaction: if anything fails, nothing of the demo stays behind.
That outer transaction and the "is the file empty" question are the only things it takes from
storage directly; the services offer no call for either.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from random import Random

from operator_app.demo.placements import ENROL, TRANSFER, PlannedChild, enrolment_events
from operator_app.demo.plan import DemoPlan, make_plan
from operator_app.domain.children import ChildInput
from operator_app.domain.enums import Sex
from operator_app.domain.errors import RuleViolation
from operator_app.services import (
    attendance,
    audit,
    children,
    classes,
    consent,
    enrolment,
    institution,
    staff,
)
from operator_app.services.consent import ConsentKind
from operator_app.storage.records import (
    ChildRecord,
    ClassRecord,
    InstitutionRecord,
    StaffRecord,
    database,
)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DemoSummary:
    """What a fill wrote; ``present`` and ``marks`` are child-days on saved registers."""

    seed: int
    today: date
    classes: int
    children: int
    children_in_care: int
    leavers: int
    transfers: int
    staff: int
    certificates: int
    registers: int
    marks: int
    present: int
    seconds: float


def fill_demo(
    seed: int = 1, today: date | None = None, progress: Progress | None = None
) -> DemoSummary:
    """Fill an empty database with a demo institution; ``RuleViolation("not_empty")`` otherwise.

    Deterministic for a given ``seed`` and ``today`` (default: the real date). ``progress``
    receives (done, total, label) as the work advances.
    """
    started = time.perf_counter()
    today = today or date.today()
    report = progress or (lambda _done, _total, _label: None)
    with database.atomic():
        _refuse_non_empty()
        plan = make_plan(Random(seed), today, classes.rules())
        counts = _Writer(plan, today, report).write()
        audit.log(
            "demo.fill",
            "institution",
            "",
            f"填充演示数据（种子 {seed}，基准日 {today}）",
            {"seed": seed, "today": today, **counts},
        )
    seconds = round(time.perf_counter() - started, 2)
    return DemoSummary(seed=seed, today=today, seconds=seconds, **counts)


def _refuse_non_empty() -> None:
    used = any(
        model.select().exists()
        for model in (InstitutionRecord, ClassRecord, ChildRecord, StaffRecord)
    )
    if used:
        raise RuleViolation(
            "not_empty", "数据库中已有机构或业务数据，不能再填充演示数据；请使用新的数据文件。"
        )


class _Writer:
    """Writes a plan through the services, in dependency order, reporting progress."""

    def __init__(self, plan: DemoPlan, today: date, report: Progress) -> None:
        self.plan, self.today, self.report = plan, today, report
        n_moves = sum(len(k.moves) + (k.leave is not None) for k in plan.children)
        self.total = (
            1
            + len(plan.staff)
            + 2 * len(plan.classes)
            + len(plan.children)
            + n_moves
            + len(plan.registers)
        )
        self.done = 0

    def write(self) -> dict[str, int]:
        institution.save(self.plan.institution)
        self._step("机构信息")
        staff_ids, certificates = self._write_staff()
        class_ids = self._write_classes(staff_ids)
        child_ids = self._write_children()
        self._write_enrolments(class_ids, child_ids)
        marks, present = self._write_registers(class_ids, child_ids)
        kids = self.plan.children
        return {
            "classes": len(class_ids),
            "children": len(kids),
            "children_in_care": sum(k.leave is None for k in kids),
            "leavers": sum(k.leave is not None for k in kids),
            "transfers": sum(len(k.moves) - 1 for k in kids),
            "staff": len(staff_ids),
            "certificates": certificates,
            "registers": len(self.plan.registers),
            "marks": marks,
            "present": present,
        }

    def _step(self, label: str) -> None:
        self.done += 1
        self.report(self.done, self.total, label)

    def _write_staff(self) -> tuple[list[int], int]:
        ids, certificates = [], 0
        for person in self.plan.staff:
            staff_id = staff.create_staff(person.data, self.today)
            for cert in person.certificates:
                staff.add_certificate(staff_id, cert, self.today)
                certificates += 1
            ids.append(staff_id)
            self._step("员工")
        return ids, certificates

    def _write_classes(self, staff_ids: list[int]) -> list[int]:
        ids = []
        for klass in self.plan.classes:
            ids.append(
                classes.create_class(
                    klass.name, klass.ctype, klass.capacity, klass.room, opened_on=self.plan.opened
                )
            )
            self._step("班级")
        for c_index, class_id in enumerate(ids):
            carers = [
                sid for sid, s in zip(staff_ids, self.plan.staff, strict=True) if s.klass == c_index
            ]
            classes.assign_carers(class_id, carers, self.plan.opened)
            self._step("指派保育人员")
        return ids

    def _write_children(self) -> list[int]:
        ids: list[int] = []
        for kid in self.plan.children:
            data = ChildInput(
                kid.name,
                Sex.MALE if kid.male else Sex.FEMALE,
                kid.birth,
                kid.id_type,
                kid.id_number,
                kid.id_note,
                "",
                kid.guardians,
            )
            child_id = children.create_child(data, self.today).id
            self._write_consents(child_id, kid)
            ids.append(child_id)
            self._step("幼儿档案")
        return ids

    def _write_consents(self, child_id: int, kid: PlannedChild) -> None:
        """The consents ``demo.consents`` planned, signed by the guardian it chose."""
        signed = kid.moves[0][1]
        consent.give(child_id, kid.signer, ConsentKind.PERSONAL, signed, today=self.today)
        if kid.health_consent is None:
            return
        health = consent.give(
            child_id, kid.signer, ConsentKind.HEALTH, kid.health_consent, today=self.today
        )
        if kid.health_withdrawn is not None:
            consent.withdraw(health, kid.health_withdrawn, today=self.today)

    def _write_enrolments(self, class_ids: list[int], child_ids: list[int]) -> None:
        kids = self.plan.children
        for day, phase, _rank, i, klass in enrolment_events(kids, self.plan.classes):
            leave = kids[i].leave
            if phase == ENROL:
                enrolment.enrol(child_ids[i], class_ids[klass], day, kids[i].inclusive)
            elif phase == TRANSFER:
                enrolment.transfer(child_ids[i], class_ids[klass], day)
            elif leave is not None:
                enrolment.leave(child_ids[i], day, leave[1], leave[2])
            self._step("入托、转班与离托")

    def _write_registers(self, class_ids: list[int], child_ids: list[int]) -> tuple[int, int]:
        marks = present = 0
        for day, klass, by_child in self.plan.registers:
            saved = {child_ids[i]: mark for i, mark in by_child.items()}
            present += attendance.save_register(class_ids[klass], day, saved, self.today).present
            marks += len(saved)
            self._step("出勤登记")
        return marks, present
