"""The register half of the attendance page: the table, the counts, the key hint and buttons.

Why a widget of its own: the page keeps the class and day navigation, the saving and the month
box; the register's widgets and their texts live here, so neither file grows past a screenful
of concerns. The page aliases the widgets it drives (``page.table``, ``page.save_button`` ...).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from operator_app.gui.models.register_model import RegisterModel
from operator_app.gui.widgets.column_fit import ColumnFitter
from operator_app.gui.widgets.register_view import RegisterView, StatusDelegate

MUTED = "color: #5f6b78;"


class RegisterBox(QWidget):
    """The register table over ``model`` with its counts, state, hint and buttons."""

    def __init__(self, model: RegisterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = self._build_table(model)
        self.counts_label = self._label("countsLabel")
        self.state_label = self._label("registerState", MUTED)
        self.state_label.setWordWrap(True)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.saved_label = self._label("savedLabel", "color: #2e7d32;")
        self.keys_hint = self._label("keysHint", MUTED)
        self.keys_hint.setWordWrap(True)
        self.all_present_button = QPushButton(self)
        self.all_present_button.setObjectName("allPresentButton")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(False)
        status_row = QHBoxLayout()
        status_row.addWidget(self.counts_label)
        status_row.addStretch(1)
        status_row.addWidget(self.state_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keys_hint, 1)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.all_present_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.table, 1)
        column.addLayout(status_row)
        column.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.keys_hint.setText(
            self.tr(
                "键盘：↑↓ 选择幼儿；1 出勤、2 病假、3 事假、4 未到（或 C/B/S/W）；空格 依次切换；"
                "标记缺勤后直接输入病因、追踪情况或缺勤原因，回车确认。"
            )
        )
        self.all_present_button.setText(self.tr("全部出勤"))
        self.all_present_button.setToolTip(self.tr("把本班所有幼儿改回出勤（保存后生效）"))
        self.save_button.setText(self.tr("保存"))
        self.save_button.setToolTip(self.tr("保存本日出勤登记（Ctrl+S）"))
        # After the text: QAbstractButton.setText replaces the shortcut with the mnemonic.
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)

    def _build_table(self, model: RegisterModel) -> RegisterView:
        table = RegisterView(self)
        table.setObjectName("registerTable")
        table.setModel(model)
        table.setItemDelegateForColumn(RegisterModel.STATUS, StatusDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Every column stays in view; on a narrow window 病因 gives way first (it is typed in an
        # editor as wide as the cell, and shown whole in the tooltip).
        m = RegisterModel
        self.fitter = ColumnFitter(
            table,
            elidable=(m.ILLNESS, m.NAME),
            widths={m.NAME: 130, m.STATUS: 90, m.ILLNESS: 220, m.FOLLOW_UP: 120},
        )
        return table

    def _label(self, name: str, style: str = "") -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        if style:
            label.setStyleSheet(style)
        return label
