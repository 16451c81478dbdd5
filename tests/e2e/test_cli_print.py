"""``roster`` and ``attendance`` PDFs from the demo database, read back with pypdf."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_helpers import DB_NAME, DEMO_TODAY, Cli, pdf_text, query
from pypdf import PdfReader

from operator_app.reports.fonts import missing_glyphs

TODAY = DEMO_TODAY  # the demo database's day; every command below is asked about it
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


HEADING = re.compile(r"· (\S+?)（额定")


def print_audit(db: Path, action: str) -> list[tuple[str, dict[str, object]]]:
    rows = query(db, "SELECT actor, detail FROM audit_record WHERE action = ? ORDER BY id", action)
    return [(str(actor), json.loads(str(detail))) for actor, detail in rows]


def test_classes_flow_and_page_per_class_restores_a_page_each(cli: Cli, demo_dir: Path) -> None:
    flow, per_class = demo_dir / "flow.pdf", demo_dir / "per-class.pdf"
    [(on,)] = query(demo_dir / DB_NAME, "SELECT max(day) FROM attendance_day_record")
    first = cli("roster", "--date", on, "--pdf", flow, data_dir=demo_dir)
    second = cli("roster", "--date", on, "--page-per-class", "--pdf", per_class, data_dir=demo_dir)
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    classes = int(re.search(r"(\d+) 个班级", second.stdout).group(1))  # type: ignore[union-attr]
    per_pages = [HEADING.findall(page.extract_text()) for page in PdfReader(per_class).pages]
    assert len(per_pages) == classes and all(len(found) == 1 for found in per_pages)
    flow_pages = [HEADING.findall(page.extract_text()) for page in PdfReader(flow).pages]
    # The same classes in the same (display) order, several to a page.
    assert [name for page in flow_pages for name in page] == [p[0] for p in per_pages]
    assert len(flow_pages) < classes
    assert len(flow_pages[0]) > 1
    # One audit entry per PDF, by this user, with the people on it and masked IDs.
    people = int(re.search(r"(\d+) 名幼儿", first.stdout).group(1))  # type: ignore[union-attr]
    entries = print_audit(demo_dir / DB_NAME, "print.roster")
    detail = {
        "form": "roster",
        "scope": "全园",
        "period": on,
        "people": people,
        "ids": "masked",
        "class_id": None,
    }
    assert [d for _actor, d in entries] == [detail, detail]
    assert all(actor.startswith("os:") for actor, _ in entries)


@pytest.mark.parametrize("month", ["1999-01", "2100-01"])
def test_a_month_out_of_range_is_refused(cli: Cli, demo_dir: Path, month: str) -> None:
    out = demo_dir / "x.pdf"
    result = cli(
        "attendance", "--class", "小一班", "--month", month, "--pdf", out, data_dir=demo_dir
    )
    assert result.returncode == 2
    assert "--month" in result.stderr
    assert "月份超出范围：应在 2000-01 至 " in result.stderr and f"收到“{month}”" in result.stderr
    assert "格式" not in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
    assert print_audit(demo_dir / DB_NAME, "print.attendance") == []


def test_a_month_without_registers_says_so(cli: Cli, demo_dir: Path) -> None:
    db = demo_dir / DB_NAME
    [(earliest,)] = query(db, "SELECT min(day) FROM attendance_day_record")
    before = date.fromisoformat(str(earliest)).replace(day=1) - timedelta(days=1)
    [(class_name,)] = query(db, "SELECT name FROM class_record ORDER BY id LIMIT 1")
    out = demo_dir / "empty.pdf"
    month = f"{before:%Y-%m}"
    result = cli(
        "attendance", "--class", class_name, "--month", month, "--pdf", out, data_dir=demo_dir
    )
    assert result.returncode == 0, result.stderr
    note = f"{month} 没有保存任何出勤登记：每天均为空白，出勤率无法计算"
    assert f"提示：{note}" in result.stderr
    assert "出勤率 —" in result.stdout
    text = pdf_text(out)
    assert note in text and "出勤率 —" in text
    [(_actor, detail)] = print_audit(db, "print.attendance")
    assert (detail["scope"], detail["period"], detail["ids"]) == (class_name, month, "none")
