"""幼儿档案: the children roster with search as you type, and the enrolment actions.

The table is a :class:`ChildrenTableModel` (lazy, paged, sorted and filtered in SQL), so typing
in the search box stays instant with ten thousand children. Dialogs are opened with ``open()``
(window-modal, non-blocking): the page reloads when one reports a change, and tests can drive
the dialog while the event loop runs.

Keyboard: Ctrl+F goes to the search box (Esc there clears it), Down or Enter moves into the
table, Up on the first row goes back; Enter or a double-click edits; Ctrl+N creates a child.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_app.gui.models.children_model import ChildrenTableModel
from operator_app.gui.views.child_panel import ChildPanel
from operator_app.gui.widgets.banner import banner
from operator_app.gui.widgets.column_fit import ColumnFitter
from operator_app.gui.widgets.page_heading import page_heading
from operator_app.services.children import MIN_DIGITS, Scope

SCOPES = (Scope.IN_CARE, Scope.LEFT, Scope.ALL)
COLUMN_WIDTHS = {
    "name": 84,
    "pinyin": 110,
    "sex": 44,
    "birth_date": 94,
    "id_number": 156,
    "class_name": 90,
    "start_date": 94,
    "phone": 108,
    "status": 72,
}
# Columns that give way, in this order, when the table is too narrow for all of them: the
# child's details panel shows them all. Name, sex, birth date, class and status stay.
SECONDARY = ("pinyin", "phone", "start_date", "id_number")


def today() -> date:
    """The page's idea of today (a function so tests can move it)."""
    return date.today()


class ChildrenPage(QWidget):
    """The 幼儿 page. ``refresh()`` reloads the table (keeping search, scope and sort)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_children")
        self.model = ChildrenTableModel(self, on=lambda: today())
        self.dialog: QDialog | None = None  # the dialog currently open, if any
        self._setup_ui()
        self._retranslate()
        self._update_buttons()

    # -- public -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the rows for today; the selected child stays selected when still listed."""
        selected = self.selected_id()
        self.model.reload()
        self._after_reload(selected)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.child_id(rows[0].row()) if rows else None

    def select_child(self, child_id: int) -> bool:
        row = self.model.row_of(child_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def show_child(self, child_id: int, name: str) -> None:
        """List and select ``child_id`` (after creating it): search for its name in 全部."""
        self.search.blockSignals(True)
        self.search.setText(name)
        self.search.blockSignals(False)
        self.scope_combo.blockSignals(True)
        self.scope_combo.setCurrentIndex(SCOPES.index(Scope.ALL))
        self.scope_combo.blockSignals(False)
        self.model.set_search(name, Scope.ALL)
        self._after_reload(child_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
            )
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search and self._on_search_key(event):
                return True
            if watched is self.table and self._on_table_key(event):
                return True
        return super().eventFilter(watched, event)

    # -- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.heading, self.subtitle = page_heading(self)

        self.search = QLineEdit(self)
        self.search.setObjectName("childSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(340)
        self.search.textChanged.connect(self._on_search)
        self.search.installEventFilter(self)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("scopeCombo")
        self.scope_combo.addItems(["", "", ""])
        self.scope_combo.currentIndexChanged.connect(self._on_scope)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("childCount")
        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        search_row.addWidget(self.search, 2)
        search_row.addWidget(self.scope_combo)
        search_row.addSpacing(8)
        search_row.addWidget(self.count_label)
        search_row.addStretch(1)

        self.new_button = self._button("newChildButton", self._on_new)
        self.edit_button = self._button("editChildButton", self._on_edit)
        self.enrol_button = self._button("enrolButton", self._on_enrol)
        self.transfer_button = self._button("transferButton", self._on_transfer)
        self.leave_button = self._button("leaveButton", self._on_leave)
        self.transitions_button = self._button("transitionsButton", self._on_transitions)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in (
            self.new_button,
            self.edit_button,
            self.enrol_button,
            self.transfer_button,
            self.leave_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.transitions_button)
        QShortcut(QKeySequence.StandardKey.New, self, self._on_new)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)

        self.notice = banner(self, "noticeBanner", "info")

        self.panel = ChildPanel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addLayout(titles)
        layout.addLayout(search_row)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        self.table = table
        table.setObjectName("childTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        # Fixed row heights: the view never asks for rows it does not show.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        keys = self.model.KEYS
        self.fitter = ColumnFitter(
            table,
            secondary=[keys.index(key) for key in SECONDARY],
            widths={keys.index(key): width for key, width in COLUMN_WIDTHS.items()},
        )
        header.setSortIndicator(self.model.NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        table.activated.connect(self._on_activated)  # Enter and double-click
        table.installEventFilter(self)
        return table

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("幼儿档案"))
        self.subtitle.setText(self.tr("在托名册、监护人与知情同意、入托记录"))
        self.search.setPlaceholderText(self.tr("搜索姓名、拼音、首字母、证件号或监护人电话"))
        self.search.setToolTip(self.tr("输入即搜索；按 ↓ 进入列表，Ctrl+F 回到搜索框"))
        for i, text in enumerate((self.tr("在托"), self.tr("未在托"), self.tr("全部"))):
            self.scope_combo.setItemText(i, text)
        self.scope_combo.setToolTip(self.tr("“未在托”包括已离托和尚未入托的幼儿"))
        self.new_button.setText(self.tr("新建幼儿"))
        self.new_button.setToolTip(self.tr("新建幼儿档案（Ctrl+N）"))
        self.edit_button.setText(self.tr("编辑"))
        self.edit_button.setToolTip(self.tr("编辑所选幼儿的档案（Enter 或双击）"))
        self.enrol_button.setText(self.tr("入托…"))
        self.transfer_button.setText(self.tr("转班…"))
        self.leave_button.setText(self.tr("离托…"))
        self.transitions_button.setText(self.tr("升班提醒…"))
        self.transitions_button.setToolTip(self.tr("即将超出所在班型月龄的幼儿，可批量升班"))
        self._update_count()

    # -- slots ------------------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        self.model.set_search(text)
        self._after_reload(None)

    def _on_scope(self, index: int) -> None:
        self.model.set_search(scope=SCOPES[max(0, index)])
        self._after_reload(None)

    def _on_selection(self, *_args: Any) -> None:
        self._update_buttons()
        self.panel.show_child(self.selected_id(), today())

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._on_edit()

    def _on_new(self) -> None:
        from operator_app.gui.dialogs.child_dialog import ChildDialog

        self._open(ChildDialog(None, self, today=today()))

    def _on_edit(self) -> None:
        child_id = self.selected_id()
        if child_id is None:
            return
        from operator_app.gui.dialogs.child_dialog import ChildDialog

        self._open(ChildDialog(child_id, self, today=today()))

    def _on_enrol(self) -> None:
        self._open_enrolment("enrol")

    def _on_transfer(self) -> None:
        self._open_enrolment("transfer")

    def _on_leave(self) -> None:
        self._open_enrolment("leave")

    def _on_transitions(self) -> None:
        from operator_app.gui.views.transitions_dialog import TransitionsDialog

        self._open(TransitionsDialog(self, today=today()))

    def _on_dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        self.dialog = None
        if dialog is None:
            return
        changed = bool(getattr(dialog, "changed", False)) or (result == QDialog.DialogCode.Accepted)
        notice = str(getattr(dialog, "notice", "") or "")
        created = getattr(dialog, "created", None)
        if created is not None:
            self.show_child(int(created[0]), str(created[1]))
        elif changed:
            self.refresh()
        self._show_notice(notice)
        dialog.deleteLater()
        self.table.setFocus()

    # -- helpers ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _open_enrolment(self, kind: str) -> None:
        child_id = self.selected_id()
        if child_id is None:
            return
        from operator_app.gui.dialogs import enrolment_dialogs

        factory = {
            "enrol": enrolment_dialogs.EnrolDialog,
            "transfer": enrolment_dialogs.TransferDialog,
            "leave": enrolment_dialogs.LeaveDialog,
        }[kind]
        self._open(factory(child_id, self, today=today()))

    def _after_reload(self, keep: int | None) -> None:
        self._update_count()
        if keep is None or not self.select_child(keep):
            self._on_selection()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        text = self.tr("共 {n} 名幼儿").format(n=count)
        digits = sum(ch.isdigit() for ch in self.model.text)
        if count == 0 and 0 < digits < MIN_DIGITS:
            text += self.tr("（按证件号或电话搜索请至少输入 {n} 位数字）").format(n=MIN_DIGITS)
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        in_care = row >= 0 and self.model.is_in_care(row)
        self.edit_button.setEnabled(row >= 0)
        self.enrol_button.setEnabled(row >= 0 and not in_care)
        self.transfer_button.setEnabled(in_care)
        self.leave_button.setEnabled(in_care)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) or (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.model.rowCount() == 0:
                return False
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.table.selectionModel().selectedRows():
                self.table.selectRow(0)
                self.table.setCurrentIndex(self.model.index(0, 0))
            return True
        if event.key() == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return True
        return False

    def _on_table_key(self, event: QKeyEvent) -> bool:
        current = self.table.currentIndex()
        if event.key() == Qt.Key.Key_Up and current.isValid() and current.row() == 0:
            self._focus_search()
            return True
        return False
