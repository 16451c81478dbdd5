"""The bundled Noto Sans SC fonts, registered with Qt and made the application font.

Why bundle: many office PCs (and every CI machine) have no CJK font, so Chinese would render as
empty boxes. The static Regular and Bold instances in resources/fonts cover the 8105 characters of
《通用规范汉字表》, including those outside the BMP.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from operator_app.paths import resource_path

log = logging.getLogger(__name__)

FONT_FILES = ("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")
FAMILY = "Noto Sans SC"
POINT_SIZE = 10

_registered: list[str] | None = None


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database once; return the families they provide."""
    global _registered
    if _registered is not None:
        return _registered
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("could not load bundled font %s", path)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    _registered = families
    return families


def apply_app_font(app: QApplication) -> None:
    """Make the bundled family the default font of every widget."""
    families = register_fonts()
    if FAMILY not in families:
        return  # logged above; Qt falls back to whatever the system has
    font = QFont(FAMILY, POINT_SIZE)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)


def scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """A copy of ``font`` scaled by ``factor`` (headings, KPI values)."""
    copy = QFont(font)
    copy.setPointSizeF(max(1.0, font.pointSizeF() * factor))
    copy.setBold(bold)
    return copy
