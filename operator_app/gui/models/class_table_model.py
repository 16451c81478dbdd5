"""The classes as a Qt table model: size, age range, carers and ratio status per class.

Why a model of its own: the classes page and its tests read the same rows; the colours mark
classes over capacity (red), full (amber) and short of qualified carers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QWidget,
)

from operator_app import wording
from operator_app.gui.labels import enum_label
from operator_app.services.classes import ClassSummary

RED = QColor("#c62828")
GREEN = QColor("#2e7d32")
GREY = QColor("#8a949e")
OVER_BG = QColor("#fde2e1")
FULL_BG = QColor("#fff4d6")

_ROOT = QModelIndex()  # the invalid index: the default parent of a flat model


class ClassTableModel(QAbstractTableModel):
    """Read-only rows of :class:`ClassSummary`; ``summary(row)`` gives the row's class."""

    NAME, TYPE, ROOM, SIZE, AGES, CARERS, RATIO = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ClassSummary] = []

    def set_rows(self, rows: list[ClassSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ClassSummary]:
        return list(self._rows)

    def summary(self, row: int) -> ClassSummary:
        return self._rows[row]

    def row_of(self, class_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == class_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("名称"),
            self.tr("班型"),
            self.tr("教室"),
            self.tr("在班/额定"),
            self.tr("月龄范围"),
            self.tr("保育人员"),
            self.tr("师幼比"),
        )[section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(s, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if s.over_capacity:
                return QBrush(OVER_BG)
            if s.enrolled == s.capacity and s.closed_on is None:
                return QBrush(FULL_BG)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.SIZE and s.over_capacity:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, s: ClassSummary, column: int) -> str:
        if column == self.NAME:
            return (
                s.name if s.closed_on is None else self.tr("{name}（已关闭）").format(name=s.name)
            )
        if column == self.TYPE:
            return enum_label(s.class_type)
        if column == self.ROOM:
            return s.room or "—"
        if column == self.SIZE:
            return f"{s.enrolled} / {s.capacity}"
        if column == self.AGES:
            text = age_range_text(s)
            return f"{text} ⚠{len(s.outside_band)}" if s.outside_band else text
        if column == self.CARERS:
            return "、".join(s.carers) or self.tr("未指派")
        return ratio_text(s)

    def _tooltip(self, s: ClassSummary, column: int) -> str | None:
        if column == self.SIZE and s.over_capacity:
            return self.tr("在班 {n} 人，超过额定 {cap} 人").format(n=s.enrolled, cap=s.capacity)
        if column == self.SIZE and s.enrolled == s.capacity:
            return self.tr("已满额")
        if column == self.AGES and s.outside_band:
            return outside_band_text(s)
        if column == self.RATIO and not s.ratio.ok:
            return self.tr("还差 {n} 名合格保育人员").format(n=s.ratio.shortfall)
        if column == self.NAME and s.closed_on is not None:
            return self.tr("{day} 起关闭").format(day=s.closed_on.isoformat())
        return None

    def _foreground(self, s: ClassSummary, column: int) -> QBrush | None:
        if s.closed_on is not None:
            return QBrush(GREY)
        if column == self.RATIO:
            return QBrush(GREEN if s.ratio.ok else RED)
        if column == self.SIZE and s.over_capacity:
            return QBrush(RED)
        if column == self.AGES and s.outside_band:
            return QBrush(RED)
        return None


def ratio_text(s: ClassSummary) -> str:
    """ "需 3 名，合格 2 名 ✗" (✓ when the qualified carers suffice)."""
    mark = "✓" if s.ratio.ok else "✗"
    text = QCoreApplication.translate("ClassTableModel", "需 {required} 名，合格 {qualified} 名")
    return f"{text.format(required=s.ratio.required, qualified=s.ratio.qualified)} {mark}"


def outside_band_text(s: ClassSummary) -> str:
    """ "2 名幼儿月龄不在班型范围内（张三、李四）" in the current language."""
    return wording.say(
        "word.outside_band", children=len(s.outside_band), names="、".join(s.outside_band)
    )


def age_range_text(s: ClassSummary) -> str:
    if s.min_months is None or s.max_months is None:
        return "—"
    if s.min_months == s.max_months:
        return QCoreApplication.translate("ClassTableModel", "{n} 个月").format(n=s.min_months)
    return QCoreApplication.translate("ClassTableModel", "{low}–{high} 个月").format(
        low=s.min_months, high=s.max_months
    )
