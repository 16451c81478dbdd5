"""Printing from the GUI: one audit entry per generated PDF (not per preview, print or save),
and the 每班一页 option of the whole-institution roster."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from operator_app.domain.enums import ClassType
from operator_app.gui.views import classes_page
from operator_app.gui.views.attendance_page import AttendancePage
from operator_app.gui.views.classes_page import ClassesPage
from operator_app.gui.widgets.pdf_preview import PdfPreviewDialog
from operator_app.services import attendance, enrolment
from operator_app.storage.records import AuditRecord
from tests.gui.children_support import make_child, make_class

ON = date(2026, 4, 1)
HEADING = re.compile(r"· (\S+?)（额定")


@pytest.fixture
def page(qtbot: Any, institution: object, monkeypatch: pytest.MonkeyPatch) -> ClassesPage:
    """托小一班 with two children, 托大一班 with one, the page's today fixed at ``ON``."""
    small, big = make_class("托小一班", ClassType.SMALL), make_class("托大一班", ClassType.BIG)
    for name, birth, klass in (
        ("王小雨", date(2025, 1, 5), small),
        ("李小雪", date(2025, 2, 9), small),
        ("赵大山", date(2023, 11, 20), big),
    ):
        enrolment.enrol(make_child(name, birth), klass, date(2026, 3, 2))
    monkeypatch.setattr(classes_page, "today", lambda: ON)
    widget = ClassesPage()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def print_entries(action: str = "print.roster") -> list[dict[str, Any]]:
    rows = AuditRecord.select().where(AuditRecord.action == action).order_by(AuditRecord.id)
    return [json.loads(row.detail) for row in rows]


def print_whole(qtbot: Any, page: ClassesPage) -> PdfPreviewDialog:
    before = page.preview
    qtbot.mouseClick(page.print_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            page.preview is not before and page.preview is not None and page.preview.isVisible()
        ),
        timeout=5000,
    )
    assert page.preview is not None
    return page.preview


def headings(path: Path) -> list[list[str]]:
    return [HEADING.findall(p.extract_text()) for p in PdfReader(path).pages]


WHOLE = {
    "form": "roster",
    "scope": "全园",
    "period": "2026-04-01",
    "people": 3,
    "ids": "masked",
    "class_id": None,
}


def test_one_entry_per_pdf_not_per_print_or_save(
    qtbot: Any, page: ClassesPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = print_whole(qtbot, page)
    assert headings(preview.path) == [["托小一班", "托大一班"]]  # both classes on one page
    assert print_entries() == [WHOLE]

    # Printing and saving the previewed file disclose nothing new.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == 1
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == preview.path.read_bytes()
    assert print_entries() == [WHOLE]

    preview.reject()
    print_whole(qtbot, page)  # generated again: a second PDF, a second entry
    assert print_entries() == [WHOLE, WHOLE]


def test_page_per_class_checkbox(qtbot: Any, page: ClassesPage) -> None:
    assert not page.page_per_class.isChecked()
    qtbot.mouseClick(page.page_per_class, Qt.MouseButton.LeftButton)
    assert page.page_per_class.isChecked()
    preview = print_whole(qtbot, page)
    assert headings(preview.path) == [["托小一班"], ["托大一班"]]
    assert preview.page_count() == 2
    assert print_entries() == [WHOLE]


def test_attendance_sheet_from_the_register_page_is_one_entry(
    qtbot: Any, institution: object, tmp_path: Path
) -> None:
    klass = make_class("托小一班", ClassType.SMALL)
    for name in ("王小雨", "李小雪"):
        enrolment.enrol(make_child(name, date(2024, 9, 5)), klass, date(2026, 2, 2))
    attendance.save_register(klass, date(2026, 3, 2), {})
    page = AttendancePage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    assert page.set_class(klass) and page.set_day(date(2026, 3, 2))
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=5000)
    assert page.preview is not None
    page.preview.save_copy(tmp_path / "copy.pdf")
    assert print_entries("print.attendance") == [
        {
            "form": "attendance",
            "scope": "托小一班",
            "period": "2026-03",
            "people": 2,
            "ids": "none",
            "class_id": klass,
        }
    ]
