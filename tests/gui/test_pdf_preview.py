"""PdfPreviewDialog: a real PDF loads, pages turn, printing and 另存为 write real files."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from operator_app.gui.widgets import pdf_preview
from operator_app.gui.widgets.pdf_preview import PdfPreviewDialog
from operator_app.reports.roster import RosterData, RosterRow, RosterSection, write_roster


@pytest.fixture(scope="module")
def two_page_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A two-class roster: one class per page."""
    row = RosterRow(
        "张小明",
        "男",
        date(2024, 5, 1),
        "2岁6个月",
        "50010320240501123X",
        "托大一班",
        "托大班",
        date(2025, 9, 1),
        True,
        "张大明",
        "13800000000",
    )
    data = RosterData(
        "测试托育中心",
        "全园",
        date(2026, 11, 30),
        [
            RosterSection("托大一班", "托大班", 20, ["李老师"], [row]),
            RosterSection("托小一班", "托小班", 15, [], []),
        ],
    )
    path = tmp_path_factory.mktemp("pdf") / "roster.pdf"
    return write_roster(data, path, page_per_section=True)  # two classes, two pages


@pytest.fixture
def preview(qtbot: Any, two_page_pdf: Path) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(two_page_pdf, "幼儿花名册")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_document_loads(preview: PdfPreviewDialog) -> None:
    assert preview.page_count() == 2
    assert preview.message.isHidden()
    assert preview.page_label.text() == "第 1 / 2 页"
    assert "幼儿花名册" in preview.windowTitle()
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()


def test_page_navigation_and_zoom(qtbot: Any, preview: PdfPreviewDialog) -> None:
    assert not preview.prev_button.isEnabled()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.current_page() == 1, timeout=3000)
    assert preview.page_label.text() == "第 2 / 2 页"
    assert preview.prev_button.isEnabled() and not preview.next_button.isEnabled()

    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    zoomed = preview.view.zoomFactor()
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomFactor() < zoomed
    assert preview.zoom_label.text().endswith("%")


def test_missing_file_says_so(qtbot: Any, tmp_path: Path) -> None:
    dialog = PdfPreviewDialog(tmp_path / "nothing.pdf")
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 0
    assert "无法打开" in dialog.message.text()
    assert not dialog.print_button.isEnabled()


def test_print_to_pdf_printer_writes_every_page(preview: PdfPreviewDialog, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))

    assert preview.print_to(printer) == 2

    assert target.stat().st_size > 10_000
    assert len(PdfReader(target).pages) == 2


def test_print_button_goes_through_the_print_dialog(
    qtbot: Any, preview: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "via-dialog.pdf"
    seen: list[QPrinter] = []

    class FakePrintDialog:
        """The user picks "print to file" and only page 2."""

        def __init__(self, printer: QPrinter, parent: Any = None) -> None:
            self.printer = printer
            seen.append(printer)

        def setWindowTitle(self, title: str) -> None:
            pass

        def setMinMax(self, low: int, high: int) -> None:
            assert (low, high) == (1, 2)

        def exec(self) -> int:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            self.printer.setFromTo(2, 2)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(pdf_preview, "QPrintDialog", FakePrintDialog)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)

    assert seen and seen[0].docName() == "幼儿花名册"
    assert len(PdfReader(target).pages) == 1


def test_cancelled_print_dialog_prints_nothing(
    qtbot: Any, preview: PdfPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Cancelled:
        def __init__(self, printer: QPrinter, parent: Any = None) -> None:
            pass

        def setWindowTitle(self, title: str) -> None:
            pass

        def setMinMax(self, low: int, high: int) -> None:
            pass

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(pdf_preview, "QPrintDialog", Cancelled)
    monkeypatch.setattr(PdfPreviewDialog, "print_to", lambda self, printer: pytest.fail("printed"))
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)


def test_save_as_copies_the_file(
    qtbot: Any, preview: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "存档" / "花名册"
    chosen.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(chosen), "PDF 文件 (*.pdf)")),
    )
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)

    saved = chosen.with_name("花名册.pdf")
    assert saved.read_bytes() == preview.path.read_bytes()
    assert str(saved) in preview.message.text()


def test_save_as_cancelled_writes_nothing(
    qtbot: Any, preview: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: ("", ""))
    )
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert preview.message.isHidden()


def test_fit_to_width_keeps_its_scrollbar_so_layout_settles(
    qtbot: Any, preview: PdfPreviewDialog
) -> None:
    """With an as-needed bar, fit-to-width could relayout for ever at some widths (the bar
    showing and hiding); the bar is kept visible, and resizing settles."""
    from PySide6.QtCore import Qt

    assert preview.view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
    for width in (1000, 1010, 900):
        preview.resize(width, 760)
        qtbot.wait(20)
    assert preview.page_count() == 2
