"""The bundled CJK font (Noto Sans SC), registered once with ReportLab for every PDF.

Why bundled and embedded: a printout must show children's names on a machine with no Chinese
fonts, and the non-embedded CID fonts ReportLab offers (STSong-Light) leave rendering to the
viewer. ReportLab embeds only TrueType outlines, so the app ships static Regular and Bold ``.ttf``
instances (tools/make_fonts.py) and every PDF carries a subset of them.

Why the ToUnicode fix: ReportLab 5.1 draws characters outside the BMP (CJK Extension B and later,
196 of the 8105 characters of the 通用规范汉字表, e.g. 𬌗 U+2C317) correctly: it reads the font's
format-12 cmap and embeds their glyphs. But the ToUnicode CMap it writes maps them to five or
six hex digits (``<2C317>``) instead of a UTF-16BE surrogate pair (``<D870DF17>``), so viewers
drop or garble those characters when text is copied, searched or extracted. ``_fix_to_unicode``
rewrites just those entries; BMP entries are untouched, and the fix turns itself off when
ReportLab already writes valid CMaps.

Characters the font lacks (such as 𠮷 U+20BB7, which is not in the 通用规范汉字表) are drawn as
the empty .notdef box by ReportLab without any error; ``missing_glyphs`` finds them beforehand.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from typing import Final

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from operator_app.paths import resource_path

FONT: Final = "NotoSansSC"
FONT_BOLD: Final = "NotoSansSC-Bold"

_FILES: Final = {FONT: "NotoSansSC-Regular.ttf", FONT_BOLD: "NotoSansSC-Bold.ttf"}
_BFCHAR_WIDE: Final = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.MULTILINE)
_PROBE: Final = 0x2C317  # 𬌗, a 通用规范汉字 outside the BMP
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register FONT and FONT_BOLD and their family (so ``<b>`` works); safe to call again.

    Thread-safe, because report jobs run on a worker thread and may be the first to print.
    Raises ``FileNotFoundError`` when a font file is missing from resources/fonts.
    """
    global _registered
    with _lock:
        if _registered:
            return
        _fix_to_unicode()
        for name, file_name in _FILES.items():
            path = resource_path("fonts", file_name)
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # No italic face: <i> falls back to the upright one rather than failing.
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        _registered = True


def missing_glyphs(text: str, font_name: str = FONT) -> list[str]:
    """The distinct printable characters of ``text`` that the font cannot draw, in order.

    ReportLab silently draws such characters as an empty box; callers can warn instead.
    """
    register_fonts()
    char_to_glyph = pdfmetrics.getFont(font_name).face.charToGlyph
    missing = (ch for ch in text if ch.isprintable() and not ch.isspace())
    return list(dict.fromkeys(ch for ch in missing if ord(ch) not in char_to_glyph))


def _fix_to_unicode() -> None:
    """Make ReportLab's ToUnicode CMaps write non-BMP characters as UTF-16BE surrogate pairs."""
    original: Callable[[str, Sequence[int]], str] = ttfonts.makeToUnicodeCMap
    if getattr(original, "_utf16_fixed", False) or not _needs_fix(original):
        return

    def make_to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
        return _BFCHAR_WIDE.sub(_utf16_entry, original(fontname, subset))

    make_to_unicode_cmap._utf16_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


def _needs_fix(make_cmap: Callable[[str, Sequence[int]], str]) -> bool:
    return f"<{_PROBE:X}>" in make_cmap("probe", [0, _PROBE])


def _utf16_entry(match: re.Match[str]) -> str:
    utf16 = chr(int(match.group(2), 16)).encode("utf-16-be").hex().upper()
    return f"{match.group(1)}<{utf16}>"
