"""A hidden-until-needed message strip above a page's content (notice, warning, error).

Why shared: pages tell the manager what just happened ("已保存", "休息日", a refusal) in the same
place and colours, so the eye learns where to look.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

STYLES = {
    "info": "background: #e8f1fb; color: #1d3f66; border: 1px solid #c5d9ef;"
    " border-radius: 4px; padding: 8px 12px;",
    "warning": "background: #fff4d6; color: #6b4b00; border: 1px solid #f0d48a;"
    " border-radius: 4px; padding: 6px 10px;",
    "plain": "",
}


def banner(parent: QWidget, name: str, kind: str = "info") -> QLabel:
    """A word-wrapped label named ``name`` in the ``kind`` style, hidden until it has text."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    if STYLES[kind]:
        label.setStyleSheet(STYLES[kind])
    label.hide()
    return label
