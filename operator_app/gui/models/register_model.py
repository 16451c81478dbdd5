"""The attendance register as a Qt table model: one row per enrolled child, status keys 1-4.

Why a model of its own: the page, the keyboard view and the tests all speak to the same rows;
only exceptions (sick, personal leave, absent) are sent to the service on save.

The model holds no rule: what a mark keeps, which text it still needs and whether a child may
carry an illness that day (a health-data consent in force) are the service's answers.
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
from operator_app.services import attendance
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

MUTED = "#8a949e"  # the 病因 cell of a child who may carry no health data that day
_ROOT = QModelIndex()  # the invalid index: the default parent of a flat model


@dataclass
class _Row:
    child_id: int
    name: str
    mark: Mark
    saved: Mark
    health_allowed: bool

    def shown(self) -> Mark:
        """The mark as a save would keep it (the service's answer)."""
        return attendance.mark_as_stored(self.mark, self.health_allowed)


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
            else [
                _Row(
                    r.child_id,
                    r.name,
                    r.mark,
                    attendance.mark_as_stored(r.mark, r.health_allowed),
                    r.health_allowed,
                )
                for r in register.rows
            ]
        )
        self.endResetModel()

    def dirty(self) -> bool:
        return any(r.shown() != r.saved for r in self.rows)

    def exceptions(self) -> dict[int, Mark]:
        """The marks to save, as typed: every child not 出勤 (the service trims and checks)."""
        return {
            r.child_id: r.mark for r in self.rows if r.mark.status is not AttendanceStatus.PRESENT
        }

    def row_of(self, child_id: int) -> int | None:
        """The row of ``child_id`` (a refused save names the child)."""
        return next((i for i, r in enumerate(self.rows) if r.child_id == child_id), None)

    def health_allowed(self, row: int) -> bool:
        return self.rows[row].health_allowed

    def needed_column(self, row: int) -> int | None:
        """The text column the row's mark still needs filled (the service says which text)."""
        entry = self.rows[row]
        needed = attendance.text_needed(entry.mark, entry.health_allowed)
        return None if needed is None else self.column_of(needed)

    @classmethod
    def column_of(cls, field: str) -> int | None:
        """The column showing an error's ``field`` (``reason`` is the 缺勤原因/追踪 text)."""
        return {"illness": cls.ILLNESS, "follow_up": cls.FOLLOW_UP, "reason": cls.FOLLOW_UP}.get(
            field
        )

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
        return (self.tr("姓名"), self.tr("状态"), self.tr("病因"), self.tr("缺勤原因/追踪"))[
            section
        ]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        entry = self.rows[index.row()]
        status = entry.mark.status
        editable = (
            index.column() == self.STATUS
            or (
                index.column() == self.ILLNESS
                and status is AttendanceStatus.SICK
                and entry.health_allowed
            )
            or (index.column() == self.FOLLOW_UP and status is not AttendanceStatus.PRESENT)
        )
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column, role == Qt.ItemDataRole.EditRole)
        closed = column == self.ILLNESS and not row.health_allowed
        colours = STATUS_COLOURS.get(row.mark.status)
        if role == Qt.ItemDataRole.BackgroundRole and colours:
            return QBrush(QColor(colours[1]))
        if role == Qt.ItemDataRole.ForegroundRole and closed:
            return QBrush(QColor(MUTED))
        if role == Qt.ItemDataRole.ForegroundRole and colours and column == self.STATUS:
            return QBrush(QColor(colours[0]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), column)
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

    def _text(self, row: _Row, column: int, editing: bool) -> str:
        if column == self.NAME:
            return row.name
        if column == self.STATUS:
            return row.mark.status.value if editing else enum_label(row.mark.status)
        if column == self.ILLNESS:
            if not row.health_allowed:
                sick = row.mark.status is AttendanceStatus.SICK
                return self.tr("无健康信息处理同意") if sick and not editing else ""
            return row.mark.illness if editing else row.shown().illness
        return row.mark.follow_up if editing else row.shown().follow_up

    def _tooltip(self, row: int, column: int) -> str | None:
        if column == self.ILLNESS and not self.rows[row].health_allowed:
            return self.tr(
                "无健康信息处理同意：这一天没有监护人有效的健康信息处理同意，"
                "病假照常登记，但不记录病因"
            )
        if column != self.needed_column(row):
            return None
        if column == self.ILLNESS:
            return self.tr("病假须填写病因：选中后直接输入，回车确认")
        if self.rows[row].mark.status is AttendanceStatus.SICK:
            return self.tr("病假须填写因病缺勤追踪情况：选中后直接输入，回车确认")
        return self.tr("事假和未到须写明原因：选中后直接输入，回车确认")

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def retranslate(self) -> None:
        """Headers and labels in the new language (a reset: this happens rarely)."""
        self.beginResetModel()
        self.endResetModel()
