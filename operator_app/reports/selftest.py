"""A one-page sample PDF for ``operator-app selftest``: proves the print path works here.

Why it exists: on a customer's machine the first sign of a broken build (missing bundled font,
a packaging mistake) should come from a self-test, not from a roster full of empty boxes. The
sample uses rare and non-BMP characters from the 通用规范汉字表, which are the first to fail.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Final

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from operator_app.reports.fonts import missing_glyphs
from operator_app.reports.layout import grid_table, para, styles, title_block, write_pdf

TITLE: Final = "打印自检"
INSTITUTION: Final = "示例托育园"
# Rare given names; 𬌗 U+2C317, 𫖮 U+2B5AE and 𬘡 U+2C621 are outside the BMP.
SAMPLE_NAMES: Final = ("陈𬌗", "陶𫖮", "刘䶮", "王堃", "李喆", "赵𬘡")
SAMPLE_TEXT: Final = "中文、English 与数字 0123456789；生僻字：" + "".join(SAMPLE_NAMES) + "。"


def write_sample(path: str | os.PathLike[str], generated: datetime | None = None) -> Path:
    """Write the sample page to ``path`` and return it.

    ``RuntimeError`` when the bundled font lacks a sample character, since the page would then
    show empty boxes that a user might not notice.
    """
    missing = missing_glyphs(SAMPLE_TEXT)
    if missing:
        raise RuntimeError(f"bundled font lacks: {''.join(missing)}")
    rows = [["序号", "姓名", "码位"]]
    rows += [
        [str(i), para(name, styles().cell_center), _code_points(name)]
        for i, name in enumerate(SAMPLE_NAMES, start=1)
    ]
    story = [
        *title_block(TITLE, "本页用于检查中文字体（含生僻字）能否正确打印"),
        para(SAMPLE_TEXT),
        Paragraph("<b>粗体</b>与常规字重：" + "".join(SAMPLE_NAMES), styles().body),
        grid_table(rows, [15 * mm, 40 * mm, 60 * mm]),
    ]
    return write_pdf(path, story, title=TITLE, institution=INSTITUTION, generated=generated)


def _code_points(text: str) -> str:
    return " ".join(f"U+{ord(ch):04X}" for ch in text)
