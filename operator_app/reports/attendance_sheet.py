"""月度出勤表: one class, one month, a mark per child per school day, A4 landscape.

Why the totals come in with the data: 应出勤 and 实际出勤 人次 are defined by the attendance
service (enrolment days, holidays), and the sheet must print the same figures as the screen and
the subsidy claim. The per-child and per-day counts are only tallies of the marks shown.

Why blanks: a day without a saved register (not taken yet, or still to come) is unknown, not
"nobody came": its column stays empty down to the daily count, and a month with no register
at all says so in a line of its own, with the rate "—".
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from operator_app import wording
from operator_app.domain.enums import AttendanceStatus
from operator_app.reports.fonts import FONT_BOLD
from operator_app.reports.layout import (
    CancelToken,
    Progress,
    frame_width,
    grid_table,
    para,
    styles,
    title_block,
    write_pdf,
)
from operator_app.reports.signature import Signature

TITLE: Final = "月度出勤表"
SYMBOLS: Final = {
    AttendanceStatus.PRESENT.value: "√",
    AttendanceStatus.SICK.value: "病",
    AttendanceStatus.PERSONAL.value: "事",
    AttendanceStatus.ABSENT.value: "×",
}
LEGEND: Final = "图例：√ 出勤；病 病假；事 事假；× 未到；空白 当日未在托或未登记"
WEEKDAYS: Final = "一二三四五六日"
_TALLIES: Final = (
    ("出勤\n天数", "present"),
    ("病假", "sick"),
    ("事假", "personal"),
    ("未到", "absent"),
)
_FIXED_MM: Final = (8, 22)  # 序号, 姓名
_TALLY_MM: Final = 10
_MAX_DAY_MM: Final = 9
_MAX_NAME_MM: Final = 40


@dataclass(frozen=True)
class AttendanceSheetRow:
    """One child: a status code per day ('present', 'sick', 'personal', 'absent').

    A day missing from ``marks`` means the child was not enrolled that day.
    """

    name: str
    marks: dict[date, str]


@dataclass(frozen=True)
class AttendanceSheetData:
    """The sheet of one class for the month starting ``month``, over the school ``days``."""

    institution: str
    class_name: str
    class_type_label: str
    month: date
    days: list[date]
    rows: list[AttendanceSheetRow]
    expected: int
    present: int
    # The holiday calendar's warning for months beyond its data ("" when it covered them):
    # printed so a filed sheet says its school days were assumed Monday to Friday.
    calendar_note: str = ""
    # The days with a saved register; None: the days on which some child has a mark.
    recorded: tuple[date, ...] | None = None

    def recorded_days(self) -> frozenset[date]:
        if self.recorded is not None:
            return frozenset(self.recorded)
        return frozenset(day for row in self.rows for day in row.marks)


def write_attendance_sheet(
    data: AttendanceSheetData,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Write the sheet to ``path``; ``ValueError`` for an unknown mark code."""
    month = f"{data.month.year}年{data.month.month}月"
    subtitle = f"{data.class_type_label} · {data.class_name}　　{month}"
    story: list[Flowable] = [
        *title_block(TITLE, subtitle),
        _table(data),
        para(totals_line(data.expected, data.present), styles().heading),
        *([] if data.recorded_days() else [para(no_registers_line(data.month), styles().heading)]),
        para(LEGEND, styles().small),
        *([para(f"注：{data.calendar_note}", styles().small)] if data.calendar_note else []),
    ]
    return write_pdf(
        path,
        story,
        title=TITLE,
        institution=data.institution,
        subject=f"{TITLE}（{data.class_name}，{month}）",
        landscape=True,
        signature=Signature(("班级保育人员", "保健人员", "负责人"), seal=False),
        progress=progress,
        cancel=cancel,
    )


def attendance_rate(present: int, expected: int) -> str:
    """出勤率 with one decimal, rounded half up ("91.7%"); "—" when nothing was expected."""
    if expected <= 0:
        return "—"
    rate = (Decimal(present) * 100 / Decimal(expected)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{rate}%"


def totals_line(expected: int, present: int) -> str:
    """The line under the table: 应出勤 X 人次，实际出勤 Y 人次，出勤率 Z%."""
    rate = attendance_rate(present, expected)
    return f"应出勤 {expected} 人次，实际出勤 {present} 人次，出勤率 {rate}"


def no_registers_line(month: date) -> str:
    """The sheet's line for a month without any saved register."""
    return wording.say("word.attendance.no_registers", lang=wording.SOURCE, month=f"{month:%Y-%m}")


def _table(data: AttendanceSheetData) -> Table:
    rows: list[list[Any]] = _header_rows(data.days)
    rows += [_child_row(number, row, data.days) for number, row in enumerate(data.rows, 1)]
    rows.append(_per_day_row(data))
    fixed = len(_FIXED_MM)
    first_tally, last = fixed + len(data.days), len(rows) - 1
    spans = [("SPAN", (col, 0), (col, 1)) for col in range(fixed)]
    spans += [("SPAN", (col, 0), (col, 1)) for col in range(first_tally, first_tally + 4)]
    extra = [
        *spans,
        ("SPAN", (0, last), (fixed - 1, last)),
        ("BACKGROUND", (0, last), (-1, last), "#eeeeee"),
        ("ALIGN", (1, 2), (1, last - 1), "LEFT"),
        ("LINEBELOW", (0, 1), (-1, 1), 1, "black"),
        ("LINEABOVE", (0, last), (-1, last), 1, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),  # 20 children, totals and signatures on one page
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    return grid_table(rows, _widths(len(data.days)), header_rows=2, extra=extra)


def _header_rows(days: list[date]) -> list[list[Any]]:
    head = ParagraphStyle("tally_head", parent=styles().cell_center, fontName=FONT_BOLD)
    tally_heads = [Paragraph(label.replace("\n", "<br/>"), head) for label, _ in _TALLIES]
    top = ["序号", "姓名", *(str(day.day) for day in days), *tally_heads]
    bottom = ["", "", *(WEEKDAYS[day.weekday()] for day in days), *[""] * len(_TALLIES)]
    return [top, bottom]


def _child_row(number: int, row: AttendanceSheetRow, days: list[date]) -> list[Any]:
    codes = [row.marks.get(day) for day in days]
    unknown = {code for code in codes if code is not None and code not in SYMBOLS}
    if unknown:
        raise ValueError(f"unknown attendance code(s) for {row.name}: {sorted(unknown)}")
    counts = Counter(code for code in codes if code is not None)
    marks = [SYMBOLS[code] if code else "" for code in codes]
    # A child with no mark this month has nothing to tally (no register, or not yet in care).
    tallies = [str(counts[code]) if counts else "" for _, code in _TALLIES]
    return [str(number), para(row.name, styles().cell), *marks, *tallies]


def _per_day_row(data: AttendanceSheetData) -> list[Any]:
    """出勤 per day; blank on a day without a register, where nothing is known yet."""
    present, recorded = AttendanceStatus.PRESENT.value, data.recorded_days()
    per_day = [
        str(sum(row.marks.get(day) == present for row in data.rows)) if day in recorded else ""
        for day in data.days
    ]
    totals = Counter(code for row in data.rows for d in data.days if (code := row.marks.get(d)))
    tallies = [str(totals[code]) if recorded else "" for _, code in _TALLIES]
    return ["每日出勤人数", "", *per_day, *tallies]


def _widths(day_count: int) -> list[float]:
    """The days share what the other columns leave (at most 9 mm each); the name gets the rest.

    A short month leaves a narrower table, centred, rather than a name column half a page wide.
    """
    number, name = (w * mm for w in _FIXED_MM)
    tallies = [_TALLY_MM * mm] * len(_TALLIES)
    room = frame_width(landscape=True) - number - name - sum(tallies)
    day = min(_MAX_DAY_MM * mm, room / max(day_count, 1))
    name = min(name + room - day * day_count, _MAX_NAME_MM * mm)
    return [number, name, *[day] * day_count, *tallies]
