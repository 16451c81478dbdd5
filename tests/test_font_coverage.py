"""The bundled fonts must draw every character of 《通用规范汉字表》 (8105, 196 outside the BMP).

Why: children's names use rare characters; a missing glyph prints as an empty box on a form
that goes to the health commission.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from operator_app.paths import resource_path

HANZI = resource_path("data", "hanzi", "tongyong_guifan_hanzi_2013.txt")


def _characters() -> list[str]:
    lines = HANZI.read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[1] for line in lines if line and not line.startswith("#")]


def test_table_is_complete() -> None:
    chars = _characters()
    assert len(chars) == 8105
    assert len(set(chars)) == 8105
    assert sum(1 for c in chars if ord(c) > 0xFFFF) == 196


@pytest.mark.parametrize("style", ["Regular", "Bold"])
def test_font_has_every_character(style: str) -> None:
    path: Path = resource_path("fonts", f"NotoSansSC-{style}.ttf")
    font = TTFont(path)
    assert "glyf" in font, "ReportLab needs TrueType outlines"
    assert "fvar" not in font, "a variable font renders only its default instance"
    cmap = font.getBestCmap()
    missing = [c for c in _characters() if ord(c) not in cmap]
    assert missing == []
    expected_weight = 700 if style == "Bold" else 400
    assert font["OS/2"].usWeightClass == expected_weight


def test_licence_is_shipped() -> None:
    text = resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in text.upper()
