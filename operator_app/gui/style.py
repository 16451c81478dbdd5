"""The look: Qt's Fusion style (identical on every platform) and a restrained stylesheet.

Calm and official: white cards on a light grey page, one government blue for the selection,
status colours only where a status is shown. Widgets are styled by objectName.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

ACCENT = "#1f5fa8"
BORDER = "#d9dee4"
MUTED = "#5f6b78"

STYLESHEET = f"""
QStackedWidget#pageStack, QWidget#dashboardContent {{ background: #f6f7f9; }}
QListWidget#navigation {{
    background: #eef1f4; border: none; border-right: 1px solid {BORDER};
    padding-top: 10px; outline: 0;
}}
QListWidget#navigation::item {{
    padding: 9px 20px; margin: 1px 8px; border-radius: 4px; color: #24313f;
}}
QListWidget#navigation::item:hover:!selected {{ background: #e1e6ec; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QFrame#kpiCard {{ background: white; border: 1px solid {BORDER}; border-radius: 4px; }}
QLabel#kpiLabel, QLabel#pageSubtitle {{ color: {MUTED}; }}
QLabel#kpiTarget, QLabel#kpiDetail {{ color: {MUTED}; }}
QLabel#kpiValue, QLabel#pageHeading {{ color: #1d2935; }}
QGroupBox {{
    background: white; border: 1px solid {BORDER}; border-radius: 4px;
    margin-top: 16px; padding-top: 10px; font-weight: bold;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; color: #24313f; }}
QGroupBox QLabel, QGroupBox QListWidget {{ font-weight: normal; }}
QListWidget#alertsList {{ background: white; }}
QListWidget#alertsList::item {{ padding: 4px 0; }}
QLabel#noAlerts {{ color: {MUTED}; font-weight: normal; }}
QProgressBar#childrenBar {{ border: none; background: #e7ebef; border-radius: 5px; }}
QProgressBar#childrenBar::chunk {{ background: #4f80b5; border-radius: 5px; }}
QLabel#errorBanner {{
    background: #fdecea; color: #8e1c1c; border: 1px solid #f3c4c1;
    border-radius: 4px; padding: 8px 12px;
}}
QFrame#placeholderCard {{ background: white; border: 1px dashed #c3cad2; border-radius: 6px; }}
QLabel#placeholderHeading {{ color: #24313f; }}
QLabel#placeholderDetail {{ color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 6px; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
