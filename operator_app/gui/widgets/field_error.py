"""Show a validation message in a dialog's error label and put the cursor on the bad field.

Why shared: every form answers a ValidationError the same way — the message under the form,
the offending widget focused with its text selected so the user can type the correction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit, QWidget


def show_field_error(label: QLabel, text: str, widget: QWidget | None) -> None:
    label.setText(text)
    label.show()
    if widget is None:
        return
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        widget.selectAll()
