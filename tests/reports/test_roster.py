"""幼儿花名册: content, masking, totals, pagination, fonts."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pdf_readback import all_text, assert_only_embedded_subsets, glyph_embedded, page_texts

from operator_app.domain.identity import make_resident_id
from operator_app.reports.layout import Cancelled
from operator_app.reports.roster import (
    RosterData,
    RosterRow,
    RosterSection,
    section_heading,
    write_roster,
)

AS_OF = date(2025, 3, 1)
MASKED = re.compile(r"\d{6}\*{8}\d{3}[\dX]")
NAMES = ("张𬌗", "王一", "李䶮", "欧阳堃", "陈喆", "赵𫖮")


def _row(i: int, class_name: str, type_label: str) -> RosterRow:
    birth = date(2023, 1, 1) + timedelta(days=i * 7 % 700)
    return RosterRow(
        name=NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else str(i)),
        sex_label="男" if i % 2 else "女",
        birth_date=birth,
        age_text=f"{12 + i % 24}个月",
        id_number=make_resident_id("500103", birth, 2 * (i % 400) + 1, male=True),
        class_name=class_name,
        class_type_label=type_label,
        start_date=date(2024, 9, 1),
        inclusive=i % 3 != 0,
        guardian=f"家长{i}（母亲）",
        phone=f"138{i:08d}",
    )


def _section(name: str, type_label: str, count: int, start: int = 0) -> RosterSection:
    rows = [_row(start + i, name, type_label) for i in range(count)]
    return RosterSection(name, type_label, 15, ["张三", "李四"], rows)


def _data(*sections: RosterSection, scope: str = "全园") -> RosterData:
    return RosterData("重庆市渝中区阳光托育园", scope, AS_OF, list(sections))


def test_small_roster_content(tmp_path: Path) -> None:
    data = _data(_section("小一班", "托小班", 12), _section("乳儿一班", "乳儿班", 0))
    out = write_roster(data, tmp_path / "roster.pdf")
    text = all_text(out)
    assert "幼儿花名册" in text
    assert "截至日期：2025-03-01" in text
    assert "托小班 · 小一班（额定 15 人，在托 12 人，保育人员：张三、李四）" in text
    assert "乳儿班 · 乳儿一班（额定 15 人，在托 0 人，保育人员：张三、李四）" in text
    assert "本班暂无在托幼儿" in text
    assert "总计 12 人，其中普惠 8 人" in text
    for name in NAMES:
        assert name in text
    assert glyph_embedded(out, "𬌗") and glyph_embedded(out, "𫖮")
    assert "负责人签字：" in text and "（机构盖章）" in text
    assert assert_only_embedded_subsets(out) == {"NotoSansSC-Regular", "NotoSansSC-Bold"}


def test_identity_numbers_are_masked(tmp_path: Path) -> None:
    section = _section("小一班", "托小班", 6)
    out = write_roster(_data(section), tmp_path / "roster.pdf")
    text = all_text(out)
    for row in section.rows:
        assert row.id_number not in text
        assert f"{row.id_number[:6]}********{row.id_number[-4:]}" in text
    assert not re.search(r"\d{14}", text.replace("-", ""))


def test_heading_without_carers() -> None:
    section = RosterSection("大一班", "托大班", 20, [], [])
    assert section_heading(section) == "托大班 · 大一班（额定 20 人，在托 0 人，保育人员：无）"


HEADING = re.compile(r"· (\S+?)（额定")


def _classes_on(text: str) -> list[tuple[str, int]]:
    """(class, masked IDs after its heading on this page) for each heading of a page."""
    found = list(HEADING.finditer(text))
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [
        (m.group(1), len(MASKED.findall(text, m.end(), end)))
        for m, end in zip(found, ends, strict=True)
    ]


def test_small_classes_flow_on_one_page_in_order(tmp_path: Path) -> None:
    sizes = {"乳儿一班": 2, "小一班": 3, "小二班": 0, "大一班": 4}
    sections, start = [], 0
    for name, count in sizes.items():
        sections.append(_section(name, "托大班", count, start=start))
        start += count
    texts = page_texts(write_roster(_data(*sections), tmp_path / "r.pdf"))
    assert len(texts) == 1
    assert _classes_on(texts[0]) == list(sizes.items())
    assert "总计 9 人" in texts[0]


def test_page_per_section_gives_each_class_its_own_page(tmp_path: Path) -> None:
    data = _data(_section("小一班", "托小班", 3), _section("大一班", "托大班", 3, start=3))
    texts = page_texts(write_roster(data, tmp_path / "r.pdf", page_per_section=True))
    assert [_classes_on(text) for text in texts] == [[("小一班", 3)], [("大一班", 3)]]
    together = page_texts(write_roster(data, tmp_path / "t.pdf"))
    assert [_classes_on(text) for text in together] == [[("小一班", 3), ("大一班", 3)]]


@pytest.mark.parametrize("first", range(30, 44))
def test_a_heading_never_ends_a_page(tmp_path: Path, first: int) -> None:
    """Whatever the room left by the first class, the next heading keeps its first rows (3),
    a class of at most 6 stays whole, and a long class goes on under a repeated header."""
    sections = [
        _section("一班", "托大班", first),
        _section("二班", "托大班", 5, start=first),
        _section("三班", "托大班", 12, start=first + 5),
    ]
    texts = page_texts(write_roster(_data(*sections), tmp_path / "r.pdf"))
    placed = [entry for text in texts for entry in _classes_on(text)]
    assert [name for name, _ in placed] == ["一班", "二班", "三班"]
    sizes = {"一班": first, "二班": 5, "三班": 12}
    for name, rows_here in placed:
        assert rows_here >= 3, (name, rows_here)
        if sizes[name] <= 6:
            assert rows_here == sizes[name], name
    assert sum(len(MASKED.findall(text)) for text in texts) == first + 17
    for text in texts:
        if MASKED.search(text):
            assert "序号" in text and "证件号码" in text


def test_three_hundred_children_paginate_with_repeated_headers(tmp_path: Path) -> None:
    sections = [_section(f"{n}班", "托大班", 60, start=n * 60) for n in range(5)]
    out = write_roster(_data(*sections), tmp_path / "big.pdf")
    texts = page_texts(out)
    assert len(texts) == 8  # classes flow on: 10 pages with a page per class
    per_class = write_roster(_data(*sections), tmp_path / "p.pdf", page_per_section=True)
    assert len(page_texts(per_class)) == 10
    assert sum(len(MASKED.findall(text)) for text in texts) == 300
    assert MASKED.search(texts[0]), "the first class must start under the title, not a page later"
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页 / 共 {len(texts)} 页" in text
        if MASKED.search(text):
            assert "序号" in text and "证件号码" in text and "联系电话" in text
    assert "总计 300 人，其中普惠 200 人" in texts[-1]
    assert assert_only_embedded_subsets(out) == {"NotoSansSC-Regular", "NotoSansSC-Bold"}


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    calls: list[int] = []

    class AfterFirstProgress:
        def is_set(self) -> bool:
            return bool(calls)

    sections = [_section(f"{n}班", "托大班", 40, start=n * 40) for n in range(3)]
    with pytest.raises(Cancelled):
        write_roster(
            _data(*sections),
            tmp_path / "r.pdf",
            progress=lambda done, total, label: calls.append(done),
            cancel=AfterFirstProgress(),
        )
    assert calls
    assert list(tmp_path.iterdir()) == []
