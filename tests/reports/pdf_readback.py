"""Read a generated PDF back: its text, its fonts, and whether a character's glyph is embedded.

Why not just check that the file exists: a PDF with a missing font or a dropped character looks
fine to ``os.path.exists``. These helpers read what a viewer would show.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont
from pypdf import PdfReader

SUBSET_NAME = re.compile(r"/[A-Z]{6}\+NotoSansSC-(Regular|Bold)")
_BFCHAR = re.compile(r"^<([0-9A-F]{2})> <([0-9A-F]+)>$", re.MULTILINE)


def page_texts(path: Path) -> list[str]:
    """The extracted text of every page."""
    return [page.extract_text() for page in PdfReader(path).pages]


def all_text(path: Path) -> str:
    return "\n".join(page_texts(path))


def fonts(path: Path) -> Iterator[tuple[int, Any]]:
    """(page index, font dictionary) for every font in every page's resources."""
    for index, page in enumerate(PdfReader(path).pages):
        for ref in page["/Resources"]["/Font"].values():
            yield index, ref.get_object()


def assert_only_embedded_subsets(path: Path) -> set[str]:
    """Every font is an embedded TrueType subset of Noto Sans SC; returns the base names."""
    names = set()
    for index, font in fonts(path):
        base = str(font["/BaseFont"])
        assert SUBSET_NAME.fullmatch(base), f"page {index + 1}: unexpected font {base}"
        assert font["/Subtype"] == "/TrueType", base
        assert "/FontFile2" in font["/FontDescriptor"], f"{base} is not embedded"
        names.add(base.split("+", 1)[1])
    return names


def glyph_embedded(path: Path, char: str) -> bool:
    """Whether some font subset maps ``char`` (by its ToUnicode) to a glyph with outlines."""
    for _, font in fonts(path):
        code = _code_for(font["/ToUnicode"].get_data().decode("ascii"), char)
        if code is None:
            continue
        data = font["/FontDescriptor"]["/FontFile2"].get_data()
        subset = TTFont(io.BytesIO(data))
        glyph_name = subset["cmap"].tables[0].cmap.get(code)
        return (
            glyph_name not in (None, ".notdef") and subset["glyf"][glyph_name].numberOfContours > 0
        )
    return False


def _code_for(to_unicode: str, char: str) -> int | None:
    """The one-byte code a ReportLab subset uses for ``char``; targets are UTF-16BE."""
    for code, target in _BFCHAR.findall(to_unicode):
        if len(target) % 4 == 0 and bytes.fromhex(target).decode("utf-16-be", "replace") == char:
            return int(code, 16)
    return None


def placed_text(path: Path, page: int = 0) -> list[tuple[float, float, str]]:
    """(x, y, text) of every piece of text drawn on ``page``, in page coordinates (points)."""
    pieces: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.append((x, y, text.strip()))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return pieces


def table_row(pieces: list[tuple[float, float, str]], label: str, columns: list[str]) -> list[str]:
    """The texts in the row that starts with ``label``, one string per header cell of
    ``columns`` ("" for an empty cell).

    A header cell is the topmost piece with that text; a cell's text belongs to the nearest
    header by x, on the row whose baseline is within 4 points of the label's.
    """
    xs = [max((p for p in pieces if p[2] == head), key=lambda p: p[1])[0] for head in columns]
    row_y = next(y for x, y, text in pieces if text == label)
    cells = [""] * len(columns)
    for x, y, text in pieces:
        if abs(y - row_y) > 4 or text == label:
            continue
        cells[min(range(len(xs)), key=lambda i: abs(xs[i] - x))] += text
    return cells
