"""The self-test page: one page, every sample name readable and drawn."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pdf_readback import assert_only_embedded_subsets, glyph_embedded, page_texts

from operator_app.reports.selftest import SAMPLE_NAMES, SAMPLE_TEXT, TITLE, write_sample


def test_sample_page(tmp_path: Path) -> None:
    out = write_sample(tmp_path / "selftest.pdf", generated=datetime(2025, 1, 2, 3, 4))
    texts = page_texts(out)
    assert len(texts) == 1
    text = texts[0]
    assert TITLE in text and SAMPLE_TEXT in text and "生成时间 2025-01-02 03:04" in text
    assert any(ord(ch) > 0xFFFF for ch in "".join(SAMPLE_NAMES))
    for name in SAMPLE_NAMES:
        assert name in text
        assert all(glyph_embedded(out, ch) for ch in name), name
    assert "U+2C317" in text
    assert assert_only_embedded_subsets(out) == {"NotoSansSC-Regular", "NotoSansSC-Bold"}
