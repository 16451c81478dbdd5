"""月度出勤表: marks, tallies, 出勤率, one landscape page for a full class, fonts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pdf_readback import (
    all_text,
    assert_only_embedded_subsets,
    glyph_embedded,
    page_texts,
    placed_text,
    table_row,
)
from pypdf import PdfReader

from operator_app.reports.attendance_sheet import (
    AttendanceSheetData,
    AttendanceSheetRow,
    attendance_rate,
    no_registers_line,
    totals_line,
    write_attendance_sheet,
)
from operator_app.reports.layout import Cancelled

MONTH = date(2025, 3, 1)
# The 21 weekdays of March 2025 plus two make-up Saturdays: 23 school days.
DAYS = sorted(
    [MONTH + timedelta(days=n) for n in range(31) if (MONTH + timedelta(days=n)).weekday() < 5]
    + [date(2025, 3, 8), date(2025, 3, 15)]
)
CYCLE = ("present", "present", "present", "present", "sick", "present", "personal", "absent")


def _rows(count: int) -> list[AttendanceSheetRow]:
    rows = []
    for i in range(count):
        marks = {day: CYCLE[(i + n) % len(CYCLE)] for n, day in enumerate(DAYS)}
        if i == 0:  # joined on the 10th: not enrolled before
            marks = {day: code for day, code in marks.items() if day.day >= 10}
        rows.append(AttendanceSheetRow(("欧阳𬌗", "李䶮", "王堃")[i % 3] + str(i + 1), marks))
    return rows


def _data(rows: list[AttendanceSheetRow]) -> AttendanceSheetData:
    expected = sum(len(row.marks) for row in rows)
    present = sum(code == "present" for row in rows for code in row.marks.values())
    return AttendanceSheetData(
        "重庆市阳光托育园", "大一班", "托大班", MONTH, DAYS, rows, expected, present
    )


def _lines(path: Path) -> list[str]:
    """Extracted lines; table cells come out one per line (paragraph cells with a leading space)."""
    return [line.strip() for line in all_text(path).splitlines()]


@pytest.mark.parametrize(
    ("present", "expected", "text"),
    [(387, 455, "85.1%"), (1, 8, "12.5%"), (1, 2000, "0.1%"), (3, 3, "100.0%"), (0, 0, "—")],
)
def test_attendance_rate_one_decimal_half_up(present: int, expected: int, text: str) -> None:
    assert attendance_rate(present, expected) == text


def test_totals_line() -> None:
    assert totals_line(455, 387) == "应出勤 455 人次，实际出勤 387 人次，出勤率 85.1%"
    assert totals_line(0, 0) == "应出勤 0 人次，实际出勤 0 人次，出勤率 —"


def test_full_class_fits_one_landscape_page(tmp_path: Path) -> None:
    data = _data(_rows(20))
    out = write_attendance_sheet(data, tmp_path / "att.pdf")
    assert len(DAYS) == 23
    page = PdfReader(out).pages[0]
    assert len(PdfReader(out).pages) == 1
    assert page.mediabox.width > page.mediabox.height
    text = page_texts(out)[0]
    assert "月度出勤表" in text and "托大班 · 大一班" in text and "2025年3月" in text
    assert (data.expected, data.present) == (19 * 23 + 17, 282)
    assert "应出勤 454 人次，实际出勤 282 人次，出勤率 62.1%" in text
    assert "图例：√ 出勤；病 病假；事 事假；× 未到；空白 当日未在托" in text
    for label in ("班级保育人员签字：", "保健人员签字：", "负责人签字：", "日期："):
        assert label in text
    assert "第 1 页 / 共 1 页" in text
    assert glyph_embedded(out, "𬌗") and glyph_embedded(out, "√") and glyph_embedded(out, "×")
    assert assert_only_embedded_subsets(out) == {"NotoSansSC-Regular", "NotoSansSC-Bold"}


def test_cells_tallies_and_per_day_counts(tmp_path: Path) -> None:
    rows = [
        AttendanceSheetRow("甲", {DAYS[0]: "present", DAYS[1]: "sick", DAYS[2]: "personal"}),
        AttendanceSheetRow("乙", {DAYS[0]: "present", DAYS[1]: "present", DAYS[2]: "absent"}),
    ]
    data = AttendanceSheetData("园", "小一班", "托小班", MONTH, DAYS[:3], rows, 6, 3)
    lines = _lines(write_attendance_sheet(data, tmp_path / "a.pdf"))
    header = lines.index("序号")
    assert lines[header : header + 9] == [
        "序号",
        "姓名",
        "3",
        "4",
        "5",
        "出勤",
        "天数",
        "病假",
        "事假",
    ]
    assert lines[header + 9 : header + 13] == ["未到", "一", "二", "三"]  # 3 March 2025 is a Monday
    first, second = lines.index("甲"), lines.index("乙")
    assert lines[first - 1 : first + 8] == ["1", "甲", "√", "病", "事", "1", "1", "1", "0"]
    assert lines[second - 1 : second + 8] == ["2", "乙", "√", "√", "×", "2", "0", "0", "1"]
    total = lines.index("每日出勤人数")
    assert lines[total + 1 : total + 8] == ["2", "1", "0", "3", "1", "1", "1"]
    assert "应出勤 6 人次，实际出勤 3 人次，出勤率 50.0%" in lines


def test_days_not_enrolled_are_blank(tmp_path: Path) -> None:
    rows = [AttendanceSheetRow("丙", {DAYS[1]: "present"})]
    data = AttendanceSheetData("园", "小一班", "托小班", MONTH, DAYS[:3], rows, 1, 1)
    lines = _lines(write_attendance_sheet(data, tmp_path / "a.pdf"))
    start = lines.index("丙")
    assert lines[start + 1 : start + 6] == ["√", "1", "0", "0", "0"]


def test_no_expected_attendance_prints_a_dash(tmp_path: Path) -> None:
    data = AttendanceSheetData("园", "小一班", "托小班", MONTH, DAYS, [], 0, 0)
    assert "出勤率 —" in all_text(write_attendance_sheet(data, tmp_path / "a.pdf"))


def test_unknown_mark_is_rejected(tmp_path: Path) -> None:
    rows = [AttendanceSheetRow("丁", {DAYS[0]: "late"})]
    data = AttendanceSheetData("园", "小一班", "托小班", MONTH, DAYS[:1], rows, 1, 0)
    with pytest.raises(ValueError, match="late"):
        write_attendance_sheet(data, tmp_path / "a.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    class Always:
        def is_set(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        write_attendance_sheet(_data(_rows(20)), tmp_path / "a.pdf", cancel=Always())
    assert list(tmp_path.iterdir()) == []


def test_calendar_note_is_printed_only_when_given(tmp_path: Path) -> None:
    note = "节假日数据只到 2026 年，2027 年按周一至周五计算，请核对调休安排"
    with_note = AttendanceSheetData("园", "小一班", "托小班", MONTH, DAYS, [], 0, 0, note)
    path = write_attendance_sheet(with_note, tmp_path / "note.pdf")
    assert f"注：{note}" in _lines(path)
    plain = AttendanceSheetData("园", "小一班", "托小班", MONTH, DAYS, [], 0, 0)
    path = write_attendance_sheet(plain, tmp_path / "plain.pdf")
    assert not [line for line in _lines(path) if line.startswith("注：")]


def _sheet_cells(path: Path, labels: list[str]) -> dict[str, list[str]]:
    """Each row's cells under the day columns and the four tallies (出勤, 病假, 事假, 未到)."""
    pieces = placed_text(path)
    columns = ["序号", "姓名", *(str(day.day) for day in DAYS[:5]), "出勤", "病假", "事假", "未到"]
    return {label: table_row(pieces, label, columns)[2:] for label in labels}


def test_days_without_a_register_are_blank_not_zero(tmp_path: Path) -> None:
    """Registers on the 3rd and 4th only: the 5th to 7th are blank down to the daily count."""
    rows = [
        AttendanceSheetRow("甲", {DAYS[0]: "present", DAYS[1]: "sick"}),
        AttendanceSheetRow("乙", {DAYS[0]: "absent", DAYS[1]: "present"}),
    ]
    data = AttendanceSheetData(
        "园", "小一班", "托小班", MONTH, DAYS[:5], rows, 4, 2, recorded=(DAYS[0], DAYS[1])
    )
    path = write_attendance_sheet(data, tmp_path / "a.pdf")
    cells = _sheet_cells(path, ["甲", "乙", "每日出勤人数"])
    assert cells["甲"] == ["√", "病", "", "", "", "1", "1", "0", "0"]
    assert cells["乙"] == ["×", "√", "", "", "", "1", "0", "0", "1"]
    assert cells["每日出勤人数"] == ["1", "1", "", "", "", "2", "1", "0", "1"]
    assert "应出勤 4 人次，实际出勤 2 人次，出勤率 50.0%" in _lines(path)
    assert not [line for line in _lines(path) if "没有保存任何出勤登记" in line]


def test_a_month_without_registers_says_so(tmp_path: Path) -> None:
    rows = [AttendanceSheetRow("甲", {}), AttendanceSheetRow("乙", {})]
    data = AttendanceSheetData("园", "小一班", "托小班", MONTH, DAYS[:5], rows, 0, 0, recorded=())
    path = write_attendance_sheet(data, tmp_path / "a.pdf")
    cells = _sheet_cells(path, ["甲", "乙", "每日出勤人数"])
    assert cells == {label: [""] * 9 for label in ("甲", "乙", "每日出勤人数")}
    lines = _lines(path)
    assert "2025-03 没有保存任何出勤登记：每天均为空白，出勤率无法计算" in lines
    assert "应出勤 0 人次，实际出勤 0 人次，出勤率 —" in lines
    assert no_registers_line(MONTH) in lines
