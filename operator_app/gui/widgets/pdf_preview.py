"""PDF preview: shows a generated printout, prints it through the system dialog, saves a copy.

Why render pages to images for printing: Qt has no vector path from a PDF to a QPrinter, so
each page is rasterised by QPdfDocument (PDFium) and painted onto the printer. The resolution
follows the printer's but is capped, because an A4 page at 1200 dpi is half a gigabyte of
pixels; 300 dpi is sharp for text on office printers.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 5.0


class PdfPreviewDialog(QDialog):
    """Shows the PDF at ``path``; 打印… and 另存为… act on that file (which is not changed)."""

    def __init__(self, path: str | Path, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.path = Path(path)
        self._title = title
        self.document = QPdfDocument(self)
        self._shortcuts: list[tuple[QAbstractButton, QKeySequence.StandardKey]] = []
        self._setup_ui()
        self._retranslate()
        self.error = self.document.load(str(self.path))
        self.view.setDocument(self.document)
        if self.error != QPdfDocument.Error.None_:
            self.message.setText(self.tr("无法打开 PDF 文件：{path}").format(path=self.path))
            self.message.show()
        self._update_navigation()
        self.resize(900, 760)

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Jump to ``page`` (0-based, clamped to the document)."""
        if self.page_count() == 0:
            return
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update_navigation()

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages in the printer's range onto ``printer``; return pages printed."""
        pages = self._pages_to_print(printer)
        if not pages:
            return 0
        first = self.document.pagePointSize(pages[0])
        landscape = first.width() > first.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        printer.setFullPage(False)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("无法开始打印，请检查打印机设置。"))
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for index, page in enumerate(pages):
                if index:
                    printer.newPage()
                self._paint_page(painter, printer, page, dpi)
        finally:
            painter.end()
        return len(pages)

    def save_copy(self, target: str | Path) -> Path:
        """Copy the PDF to ``target`` (adding .pdf when missing)."""
        target = Path(target)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if target.resolve() != self.path.resolve():
            shutil.copyfile(self.path, target)
        return target

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        # Release the file before the caller removes its temporary folder (Windows locks it).
        self.document.close()
        super().done(result)

    # -- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        style = self.style()
        self.prev_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            "prevPageButton",
            QKeySequence.StandardKey.MoveToPreviousPage,
        )
        self.prev_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            "nextPageButton",
            QKeySequence.StandardKey.MoveToNextPage,
        )
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button = self._tool(None, "zoomOutButton", QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.zoom_in_button = self._tool(None, "zoomInButton", QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_button.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.fit_width_button = self._tool(None, "fitWidthButton", None)
        self.fit_width_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        )
        self.fit_page_button = self._tool(None, "fitPageButton", None)
        self.fit_page_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        )
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setMinimumWidth(48)

        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.print_button.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.DocumentPrint))
        self.print_button.clicked.connect(self._on_print)
        self._shortcuts.append((self.print_button, QKeySequence.StandardKey.Print))
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveAsButton")
        self.save_button.clicked.connect(self._on_save_as)
        self._shortcuts.append((self.save_button, QKeySequence.StandardKey.Save))
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        self.save_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))

        bar = QHBoxLayout()
        bar.setSpacing(6)
        for widget in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_width_button,
            self.fit_page_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(widget)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # Fit-to-width with an as-needed scrollbar can oscillate for ever (the bar appears, the
        # width shrinks, the page no longer needs it, it hides...): keep the bar always shown.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(self._update_navigation)
        self.view.zoomFactorChanged.connect(self._update_navigation)
        self.view.zoomModeChanged.connect(self._update_navigation)
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

    def _tool(self, icon: object, name: str, key: QKeySequence.StandardKey | None) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        if icon is not None:
            button.setIcon(icon)  # type: ignore[arg-type]
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if icon
            else Qt.ToolButtonStyle.ToolButtonTextOnly
        )
        if key is not None:
            self._shortcuts.append((button, key))
        return button

    def _retranslate(self) -> None:
        title = self._title or self.path.name
        self.setWindowTitle(self.tr("打印预览 - {title}").format(title=title))
        self.prev_button.setText(self.tr("上一页"))
        self.next_button.setText(self.tr("下一页"))
        self.zoom_out_button.setText(self.tr("缩小"))
        self.zoom_in_button.setText(self.tr("放大"))
        self.fit_width_button.setText(self.tr("适合宽度"))
        self.fit_page_button.setText(self.tr("整页"))
        self.print_button.setText(self.tr("打印…"))
        self.print_button.setToolTip(self.tr("选择打印机并打印（Ctrl+P）"))
        self.save_button.setText(self.tr("另存为…"))
        self.save_button.setToolTip(self.tr("把 PDF 文件保存到其他位置（Ctrl+S）"))
        self.close_button.setText(self.tr("关闭"))
        # After the texts: setText replaces a button's shortcut with the text's mnemonic.
        for button, key in self._shortcuts:
            button.setShortcut(QKeySequence(key))
        self._update_navigation()

    # -- actions ----------------------------------------------------------------------------

    def _update_navigation(self) -> None:
        if not hasattr(self, "view"):
            return
        total = self.document.pageCount()
        current = self.current_page() if total else -1
        self.page_label.setText(
            self.tr("第 {page} / {total} 页").format(page=current + 1 if total else 0, total=total)
        )
        self.prev_button.setEnabled(current > 0)
        self.next_button.setEnabled(0 <= current < total - 1)
        for button in (self.print_button, self.save_button):
            button.setEnabled(total > 0)
        self.zoom_label.setText(
            f"{round(self.view.zoomFactor() * 100)}%"
            if self.view.zoomMode() == QPdfView.ZoomMode.Custom
            else ""
        )

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self._effective_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, current * factor)))

    def _effective_zoom(self) -> float:
        """The zoom a fit mode shows now, so 放大/缩小 continue from what the user sees."""
        if self.page_count() == 0:
            return 1.0
        page = self.document.pagePointSize(max(self.current_page(), 0))
        # At 100% QPdfView draws a page at its physical size on the screen's logical dpi.
        screen = self.screen() or QGuiApplication.primaryScreen()
        scale = screen.logicalDotsPerInch() / 72 if screen else 96 / 72
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        return max(MIN_ZOOM, width / max(page.width() * scale, 1.0))

    def _on_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title or self.path.stem)
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("打印失败"), str(exc))

    def _on_save_as(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{self._title or self.path.stem}.pdf")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为"), suggested, self.tr("PDF 文件 (*.pdf)")
        )
        if not target:
            return
        try:
            saved = self.save_copy(target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("保存失败"),
                self.tr("无法保存到 {path}：{reason}").format(
                    path=target, reason=exc.strerror or exc
                ),
            )
            return
        self.message.setText(self.tr("已保存到 {path}").format(path=saved))
        self.message.show()

    def _pages_to_print(self, printer: QPrinter) -> list[int]:
        total = self.page_count()
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            return list(range(total))
        return list(range(max(first, 1) - 1, min(last, total)))

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int, dpi: int) -> None:
        """Rasterise ``page`` at ``dpi`` and fit it, centred, into the printable area."""
        points = self.document.pagePointSize(page)
        pixels = QSize(
            max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72))
        )
        image = self.document.render(page, pixels)
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        area.moveTo(0, 0)
        scaled = pixels.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(
            area.x() + (area.width() - scaled.width()) // 2,
            area.y() + (area.height() - scaled.height()) // 2,
            scaled.width(),
            scaled.height(),
        )
        painter.drawImage(target, image)
