"""What every printout shares: styles, ruled tables, and the A4 page with header and footer.

Why one ``write_pdf`` for all forms: every form needs the same things done the same way, the
institution's name and the title on each page, "第 N 页 / 共 M 页" and the generation time, the
embedded CJK font, PDF metadata, and safe writing. A report is long work (architecture.md):
it reports progress, can be cancelled, writes to a temporary file beside the target and
``os.replace``s it only when complete, so a cancelled or failed job leaves nothing behind.

Page numbers need the total page count, which is known only after layout; ``_NumberedCanvas``
keeps each finished page and draws the header and footer when the document is saved.
"""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final, Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as rotated
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from operator_app import __version__
from operator_app.reports.fonts import FONT, FONT_BOLD, register_fonts
from operator_app.reports.signature import Signature, signature_block

Progress = Callable[[int, int, str], None]
"""``progress(done, total, label)``: ``done`` of ``total`` steps, ``label`` in Chinese."""

HEADER_GREY: Final = colors.Color(0.88, 0.88, 0.88)
MARGIN_X: Final = 15 * mm
_MARGIN_TOP: Final = 18 * mm
_MARGIN_BOTTOM: Final = 16 * mm
_FRAME_PADDING: Final = 6  # platypus' default Frame padding, in points
_CELL_SIZE: Final = 8.5


class CancelToken(Protocol):
    """Anything with ``is_set()``, such as ``threading.Event``: set it to cancel a job."""

    def is_set(self) -> bool: ...


class Cancelled(Exception):
    """The job was cancelled; no file was written and no temporary file is left."""


@dataclass(frozen=True)
class Styles:
    """Paragraph styles in the CJK font; all wrap between any two Chinese characters."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    small: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """The shared styles (registers the fonts first)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=15, wordWrap="CJK")

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    cell = derive("cell", fontSize=_CELL_SIZE, leading=_CELL_SIZE * 1.3)
    return Styles(
        title=derive("title", fontName=FONT_BOLD, fontSize=16, leading=22, alignment=TA_CENTER),
        subtitle=derive("subtitle", alignment=TA_CENTER, spaceAfter=4 * mm),
        heading=derive(
            "heading",
            fontName=FONT_BOLD,
            fontSize=11,
            leading=16,
            spaceBefore=3 * mm,
            spaceAfter=1.5 * mm,
        ),  # no keepWithNext: it would push a page-long table, heading and all, to a new page
        body=base,
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        small=derive("small", fontSize=8, leading=11),
    )


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text: ``<``, ``&`` in names or notes are escaped, not markup.

    Ideographic spaces (U+3000) are kept as fixed gaps: ReportLab would collapse them.
    """
    return Paragraph(escape(text).replace("\u3000", "\u00a0" * 4), style or styles().body)


def title_block(title: str, subtitle: str = "") -> list[Flowable]:
    """The form's title, and a centred subtitle line (scope, period) when given."""
    blocks: list[Flowable] = [para(title, styles().title)]
    if subtitle:
        blocks.append(para(subtitle, styles().subtitle))
    return blocks


def grid_table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table for black-and-white printing: grid, grey header repeated on every page."""
    register_fonts()
    head = (-1, header_rows - 1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, _CELL_SIZE, _CELL_SIZE * 1.3),
        ("FONT", (0, 0), head, FONT_BOLD, _CELL_SIZE, _CELL_SIZE * 1.3),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), head, HEADER_GREY),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ]
    table = Table(list(map(list, rows)), colWidths=list(col_widths), repeatRows=header_rows)
    table.setStyle(TableStyle(commands))
    return table


def write_pdf(
    path: str | os.PathLike[str],
    story: Sequence[Flowable],
    *,
    title: str,
    institution: str,
    landscape: bool = False,
    signature: Signature | None = None,
    subject: str = "",
    generated: datetime | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Lay ``story`` out on A4 pages and write it to ``path`` atomically; returns the path.

    Each page gets ``institution`` and ``title`` in its header and the page number and
    ``generated`` time (default now) in its footer; ``signature`` boxes follow the story.
    ``progress`` is told how many flowables are placed; when ``cancel.is_set()`` becomes true,
    ``Cancelled`` is raised and neither ``path`` nor a temporary file is written.
    """
    register_fonts()
    target = Path(path)
    sign = [signature_block(signature, frame_width(landscape))] if signature else []
    flowables = [*story, *sign]
    canvasmaker = functools.partial(
        _NumberedCanvas, header=(institution, title), when=generated or datetime.now()
    )
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        _check(cancel)
        doc = _document(temp_name, title, institution, subject, landscape)
        doc.setProgressCallBack(_ProgressRelay(len(flowables), progress, cancel))
        doc.build(flowables, canvasmaker=canvasmaker)
        _check(cancel)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    return target


def frame_width(landscape: bool = False) -> float:
    """The width available to a story, in points (page less margins and frame padding)."""
    return (rotated(A4) if landscape else A4)[0] - 2 * MARGIN_X - 2 * _FRAME_PADDING


def _document(
    file_name: str, title: str, institution: str, subject: str, landscape: bool
) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        file_name,
        pagesize=rotated(A4) if landscape else A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=_MARGIN_TOP,
        bottomMargin=_MARGIN_BOTTOM,
        title=title,
        author=institution,
        subject=subject or title,
        creator=f"operator-app {__version__}",
        initialFontName=FONT,  # so no Helvetica is pulled in for the canvas' default state
        lang="zh-CN",
    )


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled


class _ProgressRelay:
    """Turns ReportLab's ``(kind, value)`` progress calls into ``progress`` and cancel checks."""

    def __init__(self, total: int, progress: Progress | None, cancel: CancelToken | None):
        self._total, self._progress, self._cancel = total, progress, cancel
        self._done = 0

    def __call__(self, kind: str, value: int) -> None:
        _check(self._cancel)
        if kind == "PROGRESS":
            # Split tables re-queue their remainder, so the count may step back: keep the best.
            self._done = min(self._total, max(self._done, value))
        elif kind != "FINISHED":
            return
        if self._progress is not None:
            done = self._total if kind == "FINISHED" else self._done
            self._progress(done, self._total, "排版" if kind == "PROGRESS" else "完成")


class _NumberedCanvas(Canvas):
    """Keeps finished pages until ``save``, then stamps header and "第 N 页 / 共 M 页" on each."""

    def __init__(self, *args: Any, header: tuple[str, str], when: datetime, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._header = header
        self._when = when
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        width, height = self._pagesize
        left, right = MARGIN_X, width - MARGIN_X
        institution, title = self._header
        self.saveState()
        self.setLineWidth(0.5)
        self.setFont(FONT_BOLD, 9)
        self.drawString(left, height - 12 * mm, institution)
        self.setFont(FONT, 9)
        self.drawRightString(right, height - 12 * mm, title)
        self.line(left, height - 13.5 * mm, right, height - 13.5 * mm)
        self.line(left, 11.5 * mm, right, 11.5 * mm)
        self.setFont(FONT, 8)
        self.drawString(left, 8 * mm, f"生成时间 {self._when:%Y-%m-%d %H:%M}")
        self.drawRightString(right, 8 * mm, f"第 {number} 页 / 共 {total} 页")
        self.restoreState()
