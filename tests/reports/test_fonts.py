"""The bundled font: registration, the ToUnicode fix for non-BMP characters, missing glyphs."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_readback import all_text, assert_only_embedded_subsets, glyph_embedded
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import Paragraph

from operator_app.reports.fonts import FONT, FONT_BOLD, missing_glyphs, register_fonts
from operator_app.reports.layout import para, styles, write_pdf

# 通用规范汉字 outside the BMP (CJK Extension B, E, F), and a rare BMP one (Extension A).
NON_BMP = "𬌗𫖮𬘡𬭚𬱖𠳐𥻗"


def test_register_fonts_is_idempotent_and_sets_up_the_family() -> None:
    register_fonts()
    register_fonts()
    assert {FONT, FONT_BOLD} <= set(pdfmetrics.getRegisteredFontNames())
    assert tt2ps(FONT, 1, 0) == FONT_BOLD
    assert tt2ps(FONT, 0, 1) == FONT  # no italic face: <i> stays upright


def test_to_unicode_cmap_writes_non_bmp_as_surrogate_pairs() -> None:
    register_fonts()
    cmap = ttfonts.makeToUnicodeCMap("X", [0, 0x4E00, 0x2C317])
    assert "<01> <4E00>" in cmap
    assert "<02> <D870DF17>" in cmap
    assert "2C317" not in cmap


def test_missing_glyphs_finds_characters_outside_the_font() -> None:
    # 𠮷 (U+20BB7) is a Japanese variant, not in the 通用规范汉字表, and not in Noto Sans SC.
    assert missing_glyphs("吉𠮷 a、𬌗\n") == ["𠮷"]
    assert missing_glyphs(NON_BMP + "䶮龑堃喆") == []


def test_non_bmp_characters_are_embedded_and_extracted(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    story = [para(f"生僻字：{NON_BMP}䶮。"), Paragraph(f"<b>粗体{NON_BMP}</b>", styles().body)]
    out = write_pdf(tmp_path / "rare.pdf", story, title="生僻字", institution="测试园")
    with caplog.at_level(logging.WARNING, logger="pypdf"):
        text = all_text(out)
    assert not caplog.records, "pypdf complained (an unfixed CMap logs 'invalid hex string')"
    assert f"生僻字：{NON_BMP}䶮。" in text
    assert f"粗体{NON_BMP}" in text
    for char in NON_BMP + "䶮":
        assert glyph_embedded(out, char), f"U+{ord(char):X} not drawn"
    assert assert_only_embedded_subsets(out) == {"NotoSansSC-Regular", "NotoSansSC-Bold"}


def test_reports_do_not_import_qt() -> None:
    code = (
        "import sys, operator_app.reports.roster, operator_app.reports.attendance_sheet, "
        "operator_app.reports.selftest; "
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
