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
    QTimer,
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
        """Set the status, then open the text the mark still needs (病因, 追踪 or 原因)."""
        model.set_status(row, status)
        column = model.needed_column(row)
        if column is not None:
            self.edit_text(model, model.index(row, column))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """After Enter in 病因, go on to 追踪 when the mark still needs it."""
        super().closeEditor(editor, hint)
        model = self.model()
        index = self.currentIndex()
        if (
            hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
            and isinstance(model, RegisterModel)
            and index.isValid()
        ):
            column = model.needed_column(index.row())
            if column is not None and column != index.column():
                # After the delegate has finished with the closing editor.
                target = QPersistentModelIndex(model.index(index.row(), column))
                QTimer.singleShot(0, self, lambda: self._edit_later(model, target))

    def _edit_later(self, model: RegisterModel, target: QPersistentModelIndex) -> None:
        if target.isValid() and self.state() == QAbstractItemView.State.NoState:
            self.edit_text(model, model.index(target.row(), target.column()))

    def commit_editor(self) -> None:
        """Finish the cell being typed in, keeping its text (before a save)."""
        editor = self.indexWidget(self.currentIndex())
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def edit_text(self, model: RegisterModel, index: QModelIndex) -> bool:
        """Open ``index``'s text cell if it can be typed in, else the row's other text cell.

        病因 opens only where the model lets it (a sick child with health-data consent that
        day); otherwise 缺勤原因/追踪; nothing for a child marked present.
        """
        row = index.row()
        texts = (RegisterModel.ILLNESS, RegisterModel.FOLLOW_UP)
        wanted = index.column() if index.column() in texts else RegisterModel.ILLNESS
        editable = Qt.ItemFlag.ItemIsEditable
        column = next(
            (c for c in (wanted, *texts) if model.flags(model.index(row, c)) & editable), None
        )
        if column is None:
            return False
        target = model.index(row, column)
        self.setCurrentIndex(target)
        self.edit(target)
        return True
