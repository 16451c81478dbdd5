"""Draw the application icon (resources/icons/app.png and app.ico) with Qt.

A rounded square in the interface's blue with 托 in the bundled Noto Sans SC Bold, so the icon
needs no design tool and matches the UI. Run after changing the colours or the font:

    QT_QPA_PLATFORM=offscreen python tools/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ACCENT = "#1f5fa8"


def draw(size: int, family: str) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    margin = size * 0.06
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ACCENT))
    painter.drawRoundedRect(box, size * 0.2, size * 0.2)
    font = QFont(family)
    font.setBold(True)
    font.setPixelSize(int(size * 0.62))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), "托")
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    font_id = QFontDatabase.addApplicationFont(
        str(ROOT / "resources" / "fonts" / "NotoSansSC-Bold.ttf")
    )
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    ICONS.mkdir(parents=True, exist_ok=True)
    ok = draw(256, family).save(str(ICONS / "app.png"), "PNG")
    ok &= draw(256, family).save(str(ICONS / "app.ico"), "ICO")
    print("wrote", ICONS / "app.png", ICONS / "app.ico")
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
