"""The child dialog's pinyin field: the automatic reading of the name, or the user's correction.

Rules: domain.md section 9. Some surnames have two family readings (乐 Yuè / Lè, 覃 Qín / Tán):
the surname table gives the default and a child's own reading is corrected here. The field
follows the name (read with the user's surname table, ``services.surnames``) until the user types
in it; from then on it is a correction, checked as it is typed by the same service that saves it,
and sent with the child so that later edits and surname-table changes leave it alone.
"恢复自动读音" returns to the automatic reading.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from operator_app.domain.errors import ValidationError
from operator_app.gui.forms.ui_child_dialog import Ui_ChildDialog
from operator_app.services import surnames

ERROR_STYLE = "color: #c62828;"
HINT_STYLE = "color: #5f6b78;"


class PinyinField(QObject):
    """Drives ``pinyinEdit``, ``pinyinResetButton`` and ``pinyinLabel`` from ``nameEdit``."""

    def __init__(self, form: Ui_ChildDialog, parent: QObject) -> None:
        super().__init__(parent)
        self.form = form
        self.manual = False  # the field holds the user's own reading
        form.pinyinLabel.setStyleSheet(HINT_STYLE)
        form.nameEdit.textChanged.connect(self.follow_name)
        form.pinyinEdit.textEdited.connect(self._on_edited)
        form.pinyinResetButton.clicked.connect(self._on_reset)

    def load(self, pinyin: str, name: str) -> None:
        """Show a stored correction, syllables spaced ("lejia" -> "le jia") when they fit."""
        self.manual = True
        try:
            shown = surnames.parse(pinyin, name).spaced
        except ValidationError:
            shown = pinyin  # does not fit the name as it is now: show it as stored
        self.form.pinyinEdit.setText(shown)
        self.show_state()

    def value(self) -> str:
        """What the child input carries: the correction, or "" for the automatic reading."""
        return self.form.pinyinEdit.text() if self.manual else ""

    def follow_name(self, *_args: object) -> None:
        """Refill the field from the name unless the user has corrected it."""
        if not self.manual:
            name = self.form.nameEdit.text().strip()
            self.form.pinyinEdit.setText(surnames.read(name).spaced if name else "")
        self.show_state()

    def show_state(self) -> None:
        """Under the field: the initials and whether the reading is automatic or the user's, or
        why a typed reading does not fit the name."""
        f = self.form
        name = f.nameEdit.text().strip()
        f.pinyinResetButton.setEnabled(self.manual)
        if not name:
            f.pinyinLabel.clear()
            return
        try:
            if self.manual and f.pinyinEdit.text().strip():
                reading = surnames.parse(f.pinyinEdit.text(), name)
                text = self.tr("首字母 {initials}；已手动更正，修改姓名或姓氏读音表不会改变它")
            else:
                reading = surnames.read(name)
                text = self.tr("首字母 {initials}；按姓氏读音表自动生成，读音不对可直接修改")
        except ValidationError as exc:
            f.pinyinLabel.setStyleSheet(ERROR_STYLE)
            f.pinyinLabel.setText(exc.reason)
            return
        f.pinyinLabel.setStyleSheet(HINT_STYLE)
        f.pinyinLabel.setText(text.format(initials=reading.initials))

    def _on_edited(self, _text: str) -> None:
        self.manual = True
        self.show_state()

    def _on_reset(self) -> None:
        self.manual = False
        self.follow_name()
