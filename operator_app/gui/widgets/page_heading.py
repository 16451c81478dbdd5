"""The large title and grey subtitle at the top of every page, styled by objectName."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from operator_app.gui.fonts import scaled


def page_heading(parent: QWidget) -> tuple[QLabel, QLabel]:
    """(heading, subtitle) labels; the stylesheet keys on ``pageHeading`` / ``pageSubtitle``."""
    heading = QLabel(parent)
    heading.setObjectName("pageHeading")
    heading.setFont(scaled(parent.font(), 1.6, bold=True))
    subtitle = QLabel(parent)
    subtitle.setObjectName("pageSubtitle")
    return heading, subtitle
