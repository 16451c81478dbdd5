"""``roster`` and ``attendance`` PDFs from the demo database, read back with pypdf."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_helpers import DB_NAME, DEMO_TODAY, Cli, pdf_text, query

from operator_app.reports.fonts import missing_glyphs

TODAY = DEMO_TODAY  # the demo database is filled for this day
IN_CARE = (
    "SELECT c.name, c.id_number, k.name, c.id_type FROM enrolment_record e "
    "JOIN child_record c ON c.id = e.child_id JOIN class_record k ON k.id = e.klass_id "
    "WHERE e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?) "
    "ORDER BY k.name, c.pinyin"
)


def in_care(db: Path) -> list[tuple[str, str | None, str, str]]:
    return query(db, IN_CARE, TODAY, TODAY)  # type: ignore[return-value]


def test_whole_institution_roster(cli: Cli, demo_dir: Path) -> None:
    out = demo_dir / "花名册.pdf"
    result = cli("roster", "--pdf", out, "--date", TODAY, data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    rows = in_care(demo_dir / DB_NAME)
    assert len(rows) == 89
    assert "幼儿花名册" in text and "全园" in text
    for class_name in {row[2] for row in rows}:
        assert class_name in text
    for name, number, _k, id_type in rows:
        if not missing_glyphs(name):  # a name the font cannot draw is checked in reports/
            assert name in text
        if number:
            assert number not in text, "full ID numbers must never be printed"
        if id_type == "ric":
            assert f"{number[:6]}********{number[-4:]}" in text
    assert f"总计 {len(rows)} 人" in text


def test_one_class_roster(cli: Cli, demo_dir: Path) -> None:
    rows = in_care(demo_dir / DB_NAME)
    class_name = rows[0][2]
    members = [r for r in rows if r[2] == class_name]
    others = [r for r in rows if r[2] != class_name]
    out = demo_dir / "class.pdf"
    result = cli("roster", "--class", class_name, "--pdf", out, "--date", TODAY, data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert f"范围：{class_name}" in text
    for name, number, *_ in members:
        assert name in text or missing_glyphs(name)
        assert not number or number not in text
    assert not [
        row[0] for row in others if row[0] in text and all(row[0] not in m[0] for m in members)
    ]


def demo_register(db: Path) -> tuple[str, str]:
    """A class with registers in the month before the demo's, and that month (YYYY-MM)."""
    last_month = date.fromisoformat(TODAY).replace(day=1) - timedelta(days=1)
    first = last_month.replace(day=1)
    [(class_name,)] = query(
        db,
        "SELECT k.name FROM attendance_day_record a JOIN class_record k ON k.id = a.klass_id "
        "WHERE a.day BETWEEN ? AND ? GROUP BY k.name ORDER BY count(*) DESC, k.name LIMIT 1",
        first.isoformat(),
        last_month.isoformat(),
    )
    return str(class_name), f"{first:%Y-%m}"


def test_attendance_sheet_prints_the_rate(cli: Cli, demo_dir: Path) -> None:
    class_name, month = demo_register(demo_dir / DB_NAME)
    assert (class_name, month) == ("乳儿一班", "2026-10")
    out = demo_dir / "出勤.pdf"
    result = cli(
        "attendance", "--class", class_name, "--month", month, "--pdf", out, data_dir=demo_dir
    )
    assert result.returncode == 0, result.stderr
    printed = re.search(r"出勤率 (\d+\.\d)%", result.stdout)
    assert printed, result.stdout
    assert printed.group(1) == "89.1"  # 106 of 119 child-days present
    text = pdf_text(out)
    assert "月度出勤表" in text and class_name in text
    in_pdf = re.search(r"出勤率\s*(\d+\.\d)\s*%", text)
    assert in_pdf, text
    assert in_pdf.group(1) == printed.group(1)
    year, mon = month.split("-")
    assert f"{year}年{int(mon)}月" in text


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["attendance", "--class", "小一班", "--month", "2026-13"], "月份"),
        (["attendance", "--class", "小一班", "--month", "March"], "月份"),
        (["attendance", "--class", "没有这个班", "--month", "2026-03"], "班级"),
        (["roster", "--class", "没有这个班"], "班级"),
        (["roster", "--date", "2026-02-30"], "日期"),
    ],
)
def test_bad_print_input_names_the_field(
    cli: Cli, demo_dir: Path, args: list[str], field: str
) -> None:
    out = demo_dir / "x.pdf"
    result = cli(*args, "--pdf", out, data_dir=demo_dir)
    assert result.returncode == 2
    assert field in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
