"""The attendance register as a Qt table model: one row per enrolled child, status keys 1-4.

Why a model of its own: the page, the keyboard view and the tests all speak to the same rows;
only exceptions (sick, personal leave, absent) are sent to the service on save.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QWidget,
)

from operator_app.domain.attendance import Mark
from operator_app.domain.enums import AttendanceStatus
from operator_app.gui.labels import enum_label
from operator_app.services.attendance import Register

STATUSES = tuple(AttendanceStatus)  # 出勤, 病假, 事假, 未到: the order of keys 1-4 and Space
STATUS_KEYS = {
    Qt.Key.Key_1: AttendanceStatus.PRESENT, Qt.Key.Key_C: AttendanceStatus.PRESENT,
    Qt.Key.Key_2: AttendanceStatus.SICK, Qt.Key.Key_B: AttendanceStatus.SICK,
    Qt.Key.Key_3: AttendanceStatus.PERSONAL, Qt.Key.Key_S: AttendanceStatus.PERSONAL,
    Qt.Key.Key_4: AttendanceStatus.ABSENT, Qt.Key.Key_W: AttendanceStatus.ABSENT,
}  # fmt: skip
# The statuses' labels come from the domain in Chinese and are shown through gui.labels.
STATUS_LABELS = (
    QT_TRANSLATE_NOOP("Labels", "出勤"),
    QT_TRANSLATE_NOOP("Labels", "病假"),
    QT_TRANSLATE_NOOP("Labels", "事假"),
    QT_TRANSLATE_NOOP("Labels", "未到"),
)
STATUS_COLOURS = {
    AttendanceStatus.SICK: ("#c62828", "#fdecea"),
    AttendanceStatus.PERSONAL: ("#a15c00", "#fff4d6"),
    AttendanceStatus.ABSENT: ("#5f6b78", "#eef1f4"),
}

_ROOT = QModelIndex()  # the invalid index: the default parent of a flat model


@dataclass
class _Row:
    child_id: int
    name: str
    mark: Mark
    saved: Mark


def _effective(mark: Mark) -> Mark:
    """What would be stored: only 病假 keeps an illness, only absences keep a follow-up."""
    if mark.status is AttendanceStatus.PRESENT:
        return Mark(AttendanceStatus.PRESENT)
    illness = mark.illness.strip() if mark.status is AttendanceStatus.SICK else ""
    return Mark(mark.status, illness, mark.follow_up.strip())


class RegisterModel(QAbstractTableModel):
    """The register's rows. Changes are announced by dataChanged and modelReset only.

    Why no signal of our own: under PySide6 6.12.0 on Python 3.11 every ``emit`` made from
    Python drops a reference to ``True`` (see operator_app/gui/none_guard.py); Qt's own
    signals emitted by Qt cost nothing.
    """

    NAME, STATUS, ILLNESS, FOLLOW_UP = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []

    def load(self, register: Register | None) -> None:
        self.beginResetModel()
        self.rows = (
            []
            if register is None
            else [_Row(r.child_id, r.name, r.mark, _effective(r.mark)) for r in register.rows]
        )
        self.endResetModel()

    def dirty(self) -> bool:
        return any(_effective(r.mark) != r.saved for r in self.rows)

    def exceptions(self) -> dict[int, Mark]:
        """The marks to save: every child not 出勤."""
        return {
            r.child_id: _effective(r.mark)
            for r in self.rows
            if r.mark.status is not AttendanceStatus.PRESENT
        }

    def counts(self) -> dict[AttendanceStatus, int]:
        out = dict.fromkeys(STATUSES, 0)
        for r in self.rows:
            out[r.mark.status] += 1
        return out

    def status(self, row: int) -> AttendanceStatus:
        return self.rows[row].mark.status

    def set_status(self, row: int, status: AttendanceStatus) -> None:
        if not 0 <= row < len(self.rows) or self.rows[row].mark.status is status:
            return
        self.rows[row].mark = replace(self.rows[row].mark, status=status)
        self._row_changed(row)

    def set_all_present(self) -> None:
        for row in range(len(self.rows)):
            self.set_status(row, AttendanceStatus.PRESENT)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("姓名"), self.tr("状态"), self.tr("病因"), self.tr("追踪记录"))[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        status = self.rows[index.row()].mark.status
        editable = (
            index.column() == self.STATUS
            or (index.column() == self.ILLNESS and status is AttendanceStatus.SICK)
            or (index.column() == self.FOLLOW_UP and status is not AttendanceStatus.PRESENT)
        )
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        shown = _effective(row.mark)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return row.name
            if column == self.STATUS:
                return (
                    row.mark.status.value
                    if role == Qt.ItemDataRole.EditRole
                    else enum_label(row.mark.status)
                )
            if column == self.ILLNESS:
                return row.mark.illness if role == Qt.ItemDataRole.EditRole else shown.illness
            return row.mark.follow_up if role == Qt.ItemDataRole.EditRole else shown.follow_up
        colours = STATUS_COLOURS.get(row.mark.status)
        if role == Qt.ItemDataRole.BackgroundRole and colours:
            return QBrush(QColor(colours[1]))
        if role == Qt.ItemDataRole.ForegroundRole and colours and column == self.STATUS:
            return QBrush(QColor(colours[0]))
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == self.ILLNESS
            and row.mark.status is AttendanceStatus.SICK
            and not shown.illness
        ):
            return self.tr("病假须填写病因：选中后直接输入，回车确认")
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        if index.column() == self.STATUS:
            self.set_status(index.row(), AttendanceStatus(value))
            return True
        if index.column() == self.ILLNESS:
            row.mark = replace(row.mark, illness=str(value))
        elif index.column() == self.FOLLOW_UP:
            row.mark = replace(row.mark, follow_up=str(value))
        else:
            return False
        self._row_changed(index.row())
        return True

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def retranslate(self) -> None:
        """Headers and labels in the new language (a reset: this happens rarely)."""
        self.beginResetModel()
        self.endResetModel()
