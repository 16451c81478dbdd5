"""Printing personal data is logged: one audit entry per PDF, with who, what, how many, which IDs.

Also the month data behind the attendance sheet: which days have a register, and a month
without any.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from operator_app import printing
from operator_app.domain.attendance import Mark
from operator_app.domain.enums import AttendanceStatus, ClassType
from operator_app.reports.layout import Cancelled
from operator_app.services import attendance, audit, clock, printouts
from operator_app.storage.records import AuditRecord

if TYPE_CHECKING:
    from conftest import Make

ON = date(2026, 4, 1)
ACTOR = "园长王芳"


@pytest.fixture
def small(make: Make, inst: object) -> Iterator[int]:
    """小一班 with 张小明 and 李小红, an empty 大一班, registers on 3 and 4 March 2026."""
    klass = make.klass("小一班", ClassType.SMALL)
    make.klass("大一班", ClassType.BIG)
    zhang = make.enrolled("张小明", date(2025, 1, 10), klass)
    make.enrolled("李小红", date(2025, 2, 3), klass, male=False)
    with clock.fixed(date(2026, 3, 4)):
        attendance.save_register(klass, date(2026, 3, 3), {})
        attendance.save_register(
            klass, date(2026, 3, 4), {zhang: Mark(AttendanceStatus.SICK, "发热", "已电话随访")}
        )
    audit.set_actor(ACTOR)
    yield klass
    audit.set_actor(None)


def print_entries() -> list[tuple[str, str, str, str, str, dict[str, Any]]]:
    rows = (
        AuditRecord.select().where(AuditRecord.action.startswith("print.")).order_by(AuditRecord.id)
    )
    return [
        (r.actor, r.action, r.entity, r.entity_id, r.summary, json.loads(r.detail)) for r in rows
    ]


def test_whole_roster_is_one_entry(small: int, tmp_path: Path) -> None:
    printing.write_roster_pdf(tmp_path / "r.pdf", None, ON)
    detail = {
        "form": "roster",
        "scope": "全园",
        "period": "2026-04-01",
        "people": 2,
        "ids": "masked",
        "class_id": None,
    }
    summary = "打印幼儿花名册（全园，截至 2026-04-01）：2 人，证件号码已打码"
    assert print_entries() == [(ACTOR, "print.roster", "institution", "", summary, detail)]


def test_class_roster_names_the_class(small: int, tmp_path: Path) -> None:
    printing.write_roster_pdf(tmp_path / "r.pdf", small, ON, page_per_class=True)
    [(_actor, action, entity, entity_id, summary, detail)] = print_entries()
    assert (action, entity, entity_id) == ("print.roster", "class", str(small))
    assert detail["scope"] == "小一班" and detail["class_id"] == small
    assert summary == "打印幼儿花名册（小一班，截至 2026-04-01）：2 人，证件号码已打码"


def test_attendance_sheet_is_one_entry_without_ids(small: int, tmp_path: Path) -> None:
    printing.write_attendance_pdf(tmp_path / "a.pdf", small, date(2026, 3, 20))
    detail = {
        "form": "attendance",
        "scope": "小一班",
        "period": "2026-03",
        "people": 2,
        "ids": "none",
        "class_id": small,
    }
    summary = "打印月度出勤表（小一班，2026-03）：2 人，不含证件号码"
    assert print_entries() == [(ACTOR, "print.attendance", "class", str(small), summary, detail)]


def test_each_pdf_is_one_more_entry(small: int, tmp_path: Path) -> None:
    for n in range(3):
        printing.write_roster_pdf(tmp_path / f"r{n}.pdf", None, ON)
    assert [e[1] for e in print_entries()] == ["print.roster"] * 3


def test_a_cancelled_printout_is_not_logged(small: int, tmp_path: Path) -> None:
    class Cancel:
        def is_set(self) -> bool:
            return True

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        printing.write_roster_pdf(out / "r.pdf", None, ON, cancel=Cancel())
    assert print_entries() == []
    assert list(out.iterdir()) == []


def test_log_disclosure_for_a_later_export(small: int) -> None:
    # A form without a catalogue template is refused before anything is written.
    with pytest.raises(KeyError):
        printouts.log_disclosure("package", "全园", 2, period=ON, verb="export")
    with pytest.raises(ValueError, match="ids"):
        printouts.log_disclosure("roster", "全园", 2, period=ON, ids="partly")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="people"):
        printouts.log_disclosure("roster", "全园", -1, period=ON)
    assert print_entries() == []
    printouts.log_disclosure("roster", "全园", 7, period=ON, ids="full")
    [(_a, _action, _e, _id, summary, detail)] = print_entries()
    assert summary == "打印幼儿花名册（全园，截至 2026-04-01）：7 人，证件号码完整显示"
    assert detail["ids"] == "full" and detail["people"] == 7


def test_month_sheet_lists_the_registered_days(small: int) -> None:
    sheet = attendance.month_sheet(small, date(2026, 3, 1))
    assert sheet.recorded == (date(2026, 3, 3), date(2026, 3, 4))
    # Only registered days carry marks; the rest of March is blank, not "present".
    assert {d for row in sheet.rows for d in row.marks} == {date(2026, 3, 3), date(2026, 3, 4)}
    assert (sheet.expected, sheet.present) == (4, 3)
    data = printouts.attendance_month(small, date(2026, 3, 1))
    assert data.recorded == [date(2026, 3, 3), date(2026, 3, 4)] and data.has_registers


def test_a_month_without_registers(small: int) -> None:
    """April: both children in care, no register saved yet."""
    sheet = attendance.month_sheet(small, date(2026, 4, 1))
    assert (sheet.recorded, sheet.expected, sheet.present, sheet.rate) == ((), 0, 0, None)
    assert [(row.name, row.marks) for row in sheet.rows] == [("张小明", {}), ("李小红", {})]
    assert not printouts.attendance_month(small, date(2026, 4, 1)).has_registers
