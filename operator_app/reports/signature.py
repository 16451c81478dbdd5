"""Signature lines and the seal box that close a form: "负责人签字：____ 日期：____ （机构盖章）".

Why a flowable and not a page decoration: a form is signed once, after its last row, and the
block must stay in one piece (``KeepTogether``) rather than split across a page break.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from operator_app.reports.fonts import FONT, register_fonts

_SIZE: Final = 10
_LINE_W: Final = 32 * mm
_DATE_W: Final = 30 * mm
_ROW_H: Final = 9 * mm
_SEAL_W: Final = 40 * mm
_SEAL_H: Final = 26 * mm  # a round 40 mm seal overlaps the box and the lines beside it
_GAP: Final = 8 * mm


@dataclass(frozen=True)
class Signature:
    """Who signs (one line each, with one shared date line) and whether to add the seal box."""

    signers: tuple[str, ...] = ("负责人",)
    seal: bool = True


def signature_block(signature: Signature, width: float) -> Flowable:
    """The lines, side by side when they fit in ``width`` (else one per row), right-aligned."""
    register_fonts()
    fields = [(f"{signer}签字：", _LINE_W) for signer in signature.signers]
    fields.append(("日期：", _DATE_W))
    room = width - (_SEAL_W + _GAP if signature.seal else 0)
    if sum(_label_width(label) + line for label, line in fields) <= room:
        rows = [[text for label, _ in fields for text in (label, "")]]
        widths = [w for label, line in fields for w in (_label_width(label), line)]
    else:
        rows = [[label, ""] for label, _ in fields]
        widths = [max(_label_width(label) for label, _ in fields), max(_LINE_W, _DATE_W)]
    lines = _table(rows, widths, _lines_style(len(widths)), row_height=_ROW_H)
    block = _beside_seal(lines, sum(widths)) if signature.seal else lines
    block.hAlign = "RIGHT"
    return KeepTogether([Spacer(1, 3 * mm), block])


def _lines_style(columns: int) -> list[tuple[Any, ...]]:
    """Labels right-aligned against the blank to their right, which is underlined."""
    underline = [
        ("LINEBELOW", (col, 0), (col, -1), 0.6, colors.black) for col in range(1, columns, 2)
    ]
    return [("ALIGN", (0, 0), (-1, -1), "RIGHT"), ("LEFTPADDING", (0, 0), (-1, -1), 0), *underline]


def _beside_seal(lines: Table, lines_width: float) -> Table:
    """The signature lines with the "（机构盖章）" box to their right, bottoms aligned."""
    box = [("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("ALIGN", (0, 0), (-1, -1), "CENTER")]
    seal = _table([["（机构盖章）"]], [_SEAL_W], box, row_height=_SEAL_H, valign="MIDDLE")
    pads = ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
    flush = [(pad, (0, 0), (-1, -1), 0) for pad in pads]
    return _table([[lines, "", seal]], [lines_width, _GAP, _SEAL_W], flush)


def _table(
    rows: list[list[Any]],
    widths: list[float],
    commands: list[tuple[Any, ...]],
    *,
    row_height: float | None = None,
    valign: str = "BOTTOM",
) -> Table:
    """A borderless table in the CJK font (even empty cells would otherwise set Helvetica)."""
    table = Table(rows, colWidths=widths, rowHeights=row_height)
    base = [("FONT", (0, 0), (-1, -1), FONT, _SIZE), ("VALIGN", (0, 0), (-1, -1), valign)]
    table.setStyle(TableStyle(base + commands))
    return table


def _label_width(text: str) -> float:
    """Room for a right-aligned label, with a gap after the previous blank."""
    return pdfmetrics.stringWidth(text, FONT, _SIZE) + 6 * mm
