"""幼儿花名册: the list of children in care, per class, as of a date.

Why plain data in: the service picks the children (scope, date) and computes ages and labels;
this module only lays them out, so it can be tested without a database. Identity numbers are
masked here, whatever the caller passes, because a printed roster is posted and filed widely.

Why classes flow: most classes are short, and a page per class wasted most of the paper. Each
class is a heading and its table, placed one after another; a heading never stands alone at a
page bottom (it moves on with its header row and the first children, a small class as a
whole), and a long class continues on the next page under a repeated header row. A page per
class stays available for handing each class its own sheet.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Final

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Table

from operator_app.domain.identity import mask_id
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

TITLE: Final = "幼儿花名册"
COLUMNS: Final = (
    "序号", "姓名", "性别", "出生日期", "月龄", "证件号码", "入托日期", "普惠", "监护人", "联系电话"
)  # fmt: skip
_KEEP_ROWS: Final = 3  # a heading moves on with its header row and at least these children
_WHOLE_UP_TO: Final = 6  # a class this small is never split: no lone last rows over the page
_LAYOUT_HEIGHT: Final = 10_000.0  # "unlimited" height for measuring a flowable
_WIDTHS_MM: Final = (8.5, 21, 8.5, 18, 14, 30, 18, 8.5, 28, 21)  # 175.5 of 175.8 mm


@dataclass(frozen=True)
class RosterRow:
    """One child in care; ``id_number`` is the full number (the report masks it)."""

    name: str
    sex_label: str
    birth_date: date
    age_text: str
    id_number: str
    class_name: str
    class_type_label: str
    start_date: date
    inclusive: bool
    guardian: str
    phone: str


@dataclass(frozen=True)
class RosterSection:
    """One class: its type, filed capacity, carers, and children."""

    class_name: str
    class_type_label: str
    capacity: int
    carers: list[str]
    rows: list[RosterRow]


@dataclass(frozen=True)
class RosterData:
    """The roster of ``scope`` ('全园' or a class name) as of ``as_of``."""

    institution: str
    scope: str
    as_of: date
    sections: list[RosterSection]


def write_roster(
    data: RosterData,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    *,
    page_per_section: bool = False,
) -> Path:
    """Write the roster PDF (A4 portrait) to ``path``; see ``layout.write_pdf`` for the rest.

    Classes follow one another; with ``page_per_section`` each class starts on a new page so
    it can be handed to the class on its own.
    """
    return write_pdf(
        path,
        _story(data, page_per_section),
        title=TITLE,
        institution=data.institution,
        subject=f"{TITLE}（{data.scope}，截至 {data.as_of:%Y-%m-%d}）",
        signature=Signature(("负责人",), seal=True),
        progress=progress,
        cancel=cancel,
    )


def section_heading(section: RosterSection) -> str:
    """The class line, e.g. 托小班 · 小一班（额定 15 人，在托 12 人，保育人员：张三、李四）."""
    carers = "、".join(section.carers) or "无"
    counts = f"额定 {section.capacity} 人，在托 {len(section.rows)} 人"
    return f"{section.class_type_label} · {section.class_name}（{counts}，保育人员：{carers}）"


def summary_line(sections: Sequence[RosterSection]) -> str:
    """The closing line: 总计 N 人，其中普惠 M 人."""
    rows = [row for section in sections for row in section.rows]
    inclusive = sum(row.inclusive for row in rows)
    return f"总计 {len(rows)} 人，其中普惠 {inclusive} 人"


def _story(data: RosterData, page_per_section: bool) -> list[Flowable]:
    subtitle = f"范围：{data.scope}　　截至日期：{data.as_of:%Y-%m-%d}"
    story: list[Flowable] = title_block(TITLE, subtitle)
    for index, section in enumerate(data.sections):
        if index and page_per_section:
            story.append(PageBreak())
        heading = para(section_heading(section), styles().heading)
        keep = CondPageBreak(_lead_height(heading, section))
        story += [keep, heading, _section_table(section)]
    if not data.sections:
        story.append(para("暂无在托幼儿。"))
    story.append(para(summary_line(data.sections), styles().heading))
    return story


def _lead_height(heading: Paragraph, section: RosterSection) -> float:
    """Room a class needs to start on this page: its heading, the header row and the first
    ``_KEEP_ROWS`` children, or all of them for a class of at most ``_WHOLE_UP_TO``."""
    width = frame_width()
    kept = len(section.rows) if len(section.rows) <= _WHOLE_UP_TO else _KEEP_ROWS
    lead = _section_table(replace(section, rows=section.rows[:kept]))
    style = heading.style
    heading_height = heading.wrap(width, _LAYOUT_HEIGHT)[1] + style.spaceBefore + style.spaceAfter
    return heading_height + lead.wrap(width, _LAYOUT_HEIGHT)[1]


def _section_table(section: RosterSection) -> Table:
    rows: list[list[object]] = [list(COLUMNS)]
    rows += [_cells(number, row) for number, row in enumerate(section.rows, start=1)]
    extra: list[tuple[object, ...]] = []
    if not section.rows:
        rows.append(["本班暂无在托幼儿", *[""] * (len(COLUMNS) - 1)])
        extra.append(("SPAN", (0, 1), (-1, 1)))
    return grid_table(rows, [w * mm for w in _WIDTHS_MM], extra=extra)


def _cells(number: int, row: RosterRow) -> list[object]:
    cell = styles().cell_center
    return [
        str(number),
        para(row.name, cell),
        row.sex_label,
        f"{row.birth_date:%Y-%m-%d}",
        para(row.age_text, cell),
        mask_id(row.id_number) or "—",  # no document yet (暂无证件)
        f"{row.start_date:%Y-%m-%d}",
        "是" if row.inclusive else "否",
        para(row.guardian, cell),
        para(row.phone, cell),
    ]
