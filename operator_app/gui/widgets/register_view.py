"""The register's table view and status editor: 1-4 or C/B/S/W set a status, Space cycles.

Why a view subclass: a manager marks a class of fifteen from the keyboard in seconds, without
opening an editor per row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from operator_app.domain.enums import AttendanceStatus
from operator_app.gui.labels import enum_label
from operator_app.gui.models.register_model import (
    STATUS_KEYS,
    STATUSES,
    RegisterModel,
    _effective,
)


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of the four statuses for mouse users (double-click the 状态 cell)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for number, status in enumerate(STATUSES, start=1):
            combo.addItem(f"{number} {enum_label(status)}", status.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RegisterView(QTableView):
    """The register table with the status keys: 1–4, C/B/S/W, Space to cycle, Enter to type."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        index = self.currentIndex()
        chords = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        plain = not (event.modifiers() & chords)
        # While a cell is edited its keys are the editor's (an Enter that closes it comes here).
        idle = self.state() == QAbstractItemView.State.NoState
        if isinstance(model, RegisterModel) and index.isValid() and plain and idle:
            key = Qt.Key(event.key())
            if key in STATUS_KEYS:
                self._set(model, index.row(), STATUS_KEYS[key])
                return
            if key == Qt.Key.Key_Space:
                current = STATUSES.index(model.status(index.row()))
                self._set(model, index.row(), STATUSES[(current + 1) % len(STATUSES)])
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.edit_text(model, index):
                return
        super().keyPressEvent(event)

    def _set(self, model: RegisterModel, row: int, status: AttendanceStatus) -> None:
        model.set_status(row, status)
        if status is AttendanceStatus.SICK and not _effective(model.rows[row].mark).illness:
            self.edit_text(model, model.index(row, RegisterModel.ILLNESS))

    def commit_editor(self) -> None:
        """Finish the cell being typed in, keeping its text (before a save)."""
        editor = self.indexWidget(self.currentIndex())
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def edit_text(self, model: RegisterModel, index: QModelIndex) -> bool:
        """Open the 病因 (or, for other absences, 追踪记录) cell of ``index``'s row."""
        status = model.status(index.row())
        if status is AttendanceStatus.PRESENT:
            return False
        column = (
            RegisterModel.ILLNESS
            if status is AttendanceStatus.SICK and index.column() != RegisterModel.FOLLOW_UP
            else RegisterModel.FOLLOW_UP
        )
        target = model.index(index.row(), column)
        self.setCurrentIndex(target)
        self.edit(target)
        return True
