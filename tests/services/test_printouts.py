"""Printout data (花名册, 月度出勤表) from the database, and the PDFs made from it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from operator_app import printing
from operator_app.domain.attendance import Mark
from operator_app.domain.enums import AttendanceStatus, ClassType, LeaveReason
from operator_app.domain.errors import NotFound, RuleViolation
from operator_app.services import attendance, classes, enrolment, printouts
from operator_app.storage.records import ChildRecord

if TYPE_CHECKING:
    from conftest import Make

ON = date(2026, 4, 1)


@pytest.fixture
def school(make: Make, inst: object) -> dict[str, int]:
    """Two classes with children (one transferred, one left) and an empty third class."""
    small = make.klass("小一班", ClassType.SMALL)
    big = make.klass("大一班", ClassType.BIG)
    make.klass("乳儿一班", ClassType.INFANT)
    ids = {
        "small": small,
        "big": big,
        "zhang": make.enrolled("张小明", date(2025, 1, 10), small),
        "li": make.enrolled("李小红", date(2025, 2, 3), small, inclusive=False, male=False),
        "chen": make.enrolled("陈𬌗", date(2023, 12, 5), big),
        "gone": make.enrolled("王离园", date(2025, 1, 20), small),
    }
    # 陈𬌗 moves 大一班 -> 大二班 on 16 March; 王离园 leaves on 20 March.
    big2 = make.klass("大二班", ClassType.BIG)
    enrolment.transfer(ids["chen"], big2, date(2026, 3, 16))
    enrolment.leave(ids["gone"], date(2026, 3, 20), LeaveReason.MOVED)
    carer = make.staff("王芳")
    classes.assign_carers(small, [carer], make.TERM_START)
    ids["big2"] = big2
    return ids


def test_whole_institution_roster(school: dict[str, int]) -> None:
    data = printouts.roster(as_of=ON)
    assert (data.institution, data.scope, data.as_of) == ("渝中区示例托育中心", "全园", ON)
    by_class = {s.class_name: s for s in data.sections}
    assert set(by_class) == {"乳儿一班", "小一班", "大一班", "大二班"}
    assert by_class["乳儿一班"].rows == []
    assert by_class["大一班"].rows == []
    assert [r.name for r in by_class["小一班"].rows] == ["李小红", "张小明"]  # by pinyin
    assert by_class["小一班"].carers == ["王芳"]
    assert by_class["小一班"].capacity == 15
    assert data.children == 3


def test_roster_rows_carry_what_the_form_prints(school: dict[str, int]) -> None:
    data = printouts.roster(school["small"], ON)
    assert data.scope == "小一班"
    li, zhang = data.sections[0].rows
    assert (zhang.sex_label, zhang.age_text, zhang.class_type_label) == ("男", "14个月", "托小班")
    assert zhang.id_number == ChildRecord.get(ChildRecord.name == "张小明").id_number
    assert (zhang.guardian, zhang.phone, zhang.inclusive) == ("李丽", "13800138000", True)
    assert li.inclusive is False
    assert zhang.start_date == date(2026, 3, 2)


def test_a_transferred_child_keeps_the_first_day_in_care(school: dict[str, int]) -> None:
    [chen] = printouts.roster(school["big2"], ON).sections[0].rows
    assert chen.name == "陈𬌗"
    assert chen.start_date == date(2026, 3, 2)


def test_before_the_leaving_day_the_leaver_is_listed(school: dict[str, int]) -> None:
    names = [r.name for r in printouts.roster(school["small"], date(2026, 3, 20)).sections[0].rows]
    assert "王离园" in names


def test_sections_follow_class_type_then_numeral_order(make: Make, inst: object) -> None:
    for name, ctype in [
        ("大二班", ClassType.BIG),
        ("混龄一班", ClassType.MIXED),
        ("小十一班", ClassType.SMALL),
        ("小二班", ClassType.SMALL),
        ("大一班", ClassType.BIG),
        ("乳儿三班", ClassType.INFANT),
        ("小三班", ClassType.SMALL),
        ("大十班", ClassType.BIG),
    ]:
        make.klass(name, ctype)
    names = [s.class_name for s in printouts.roster(as_of=ON).sections]
    assert names == [
        "乳儿三班",
        "小二班",
        "小三班",
        "小十一班",
        "大一班",
        "大二班",
        "大十班",
        "混龄一班",
    ]


def test_stay_start_walks_back_over_transfers() -> None:
    periods = [
        (date(2026, 1, 1), date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 2, 10)),
        (date(2026, 2, 11), None),
    ]
    assert printouts.stay_start(date(2026, 2, 11), periods) == date(2026, 1, 1)
    assert printouts.stay_start(date(2026, 5, 1), periods) == date(2026, 5, 1)


def test_roster_needs_an_institution(db: object) -> None:
    with pytest.raises(RuleViolation) as info:
        printouts.roster(as_of=ON)
    assert info.value.code == "no_institution"


def test_unknown_class(school: dict[str, int]) -> None:
    with pytest.raises(NotFound):
        printouts.roster(9999, ON)
    with pytest.raises(NotFound):
        printouts.attendance_month(9999, ON)


def test_roster_pdf_masks_identity_numbers(school: dict[str, int], tmp_path: Path) -> None:
    path, data = printing.write_roster_pdf(tmp_path / "roster.pdf", None, ON)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    for name in (
        "幼儿花名册",
        "小一班",
        "大二班",
        "张小明",
        "李小红",
        "陈𬌗",
        "渝中区示例托育中心",
    ):
        assert name in text
    assert "王离园" not in text
    for section in data.sections:
        for row in section.rows:
            assert row.id_number not in text
            assert f"{row.id_number[:6]}********{row.id_number[-4:]}" in text


@pytest.fixture
def march(school: dict[str, int]) -> int:
    """Registers for two school days of March in 小一班 (张小明, 李小红 and 王离园, who leaves
    later that month): 张小明 sick on the second one."""
    small = school["small"]
    attendance.save_register(small, date(2026, 3, 3), {})
    attendance.save_register(
        small,
        date(2026, 3, 4),
        {school["zhang"]: Mark(AttendanceStatus.SICK, "发热", "已电话随访")},
    )
    return small


def test_attendance_month_data(march: int, school: dict[str, int]) -> None:
    data = printouts.attendance_month(march, date(2026, 3, 15))
    assert (data.class_name, data.class_type_label, data.month) == (
        "小一班",
        "托小班",
        date(2026, 3, 1),
    )
    rows = {r.name: r.marks for r in data.rows}
    assert rows["张小明"][date(2026, 3, 4)] == "sick"
    assert rows["李小红"][date(2026, 3, 3)] == "present"
    assert (data.expected, data.present) == (6, 5)  # three children, two registered days
    assert data.warning == ""


def test_attendance_pdf_shows_the_rate(march: int, tmp_path: Path) -> None:
    path, data = printing.write_attendance_pdf(tmp_path / "sheet.pdf", march, date(2026, 3, 1))
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "月度出勤表" in text and "小一班" in text and "张小明" in text
    assert "出勤率 83.3%" in text
    report = printing.attendance_report(data)
    assert report.expected == 6 and report.rows[0].name == data.rows[0].name


def test_whole_roster_leaves_out_empty_classes_not_yet_opened(make: Make, inst: object) -> None:
    early = classes.create_class("小一班", ClassType.SMALL, opened_on=date(2026, 3, 1))
    classes.create_class("小二班", ClassType.SMALL, opened_on=date(2026, 9, 1))
    make.enrolled("张小明", date(2025, 1, 10), early)
    spring = printouts.roster(None, ON)
    assert [s.class_name for s in spring.sections] == ["小一班"]
    autumn = printouts.roster(None, date(2026, 9, 1))
    assert [s.class_name for s in autumn.sections] == ["小一班", "小二班"]
