"""姓氏读音 on the settings page: the user's own surname readings, added and removed in place.

Why on the settings page: the surname table is an institution-wide setting (domain.md section 9):
pypinyin misreads many surnames, the built-in table fixes the common ones, and a family that
says 覃 Tán rather than Qín needs an entry of the institution's own. Each add or remove is saved
at once by :mod:`operator_app.services.surnames`, which checks it, audits it and re-reads every
automatic pinyin in one transaction (the page's 保存参数 button is not involved). A refused entry
shows the field and the reason, with the cursor in that field, and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.errors import RuleViolation, ValidationError
from operator_app.services import surnames

ERROR_STYLE = "color: #b71c1c;"
OK_STYLE = "color: #1b5e20;"
HINT_STYLE = "color: #5f6b78;"


class SurnameSection(QGroupBox):
    """The user's entries (surname, reading, built-in reading), a form to add or change one,
    a remove button for the selected row, and the built-in readings as a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surnames")
        self._setup_ui()

    def refresh(self) -> None:
        entries = surnames.entries()
        own = [e for e in entries if e.own]
        self.table.setRowCount(len(own))
        for row, entry in enumerate(own):
            for column, text in enumerate((entry.surname, entry.reading, entry.builtin or "—")):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.remove_button.setEnabled(False)
        defaults = "、".join(f"{e.surname} {e.builtin}" for e in entries if e.builtin)
        self.defaults.setText(
            self.tr("内置读音（没有自定义读音时使用）：{entries}").format(entries=defaults)
        )

    def add(self) -> bool:
        """Save the typed surname and reading; show the field and reason when refused."""
        surname = self.surname_edit.text()
        try:
            counts = surnames.set_reading(surname, self.reading_edit.text())
        except ValidationError as exc:
            self._show_error(exc.message, self._editors().get(exc.field))
            return False
        self.surname_edit.clear()
        self.reading_edit.clear()
        self._done(
            self.tr("已保存“{surname}”的读音，{children} 名幼儿、{staff} 名员工的拼音已更新"),
            "".join(surname.split()),
            counts,
        )
        return True

    def remove_selected(self) -> bool:
        """Remove the selected entry: the built-in reading (or the dictionary's) applies again."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        surname = self.table.item(rows[0].row(), 0).text()
        try:
            counts = surnames.remove_reading(surname)
        except RuleViolation as exc:
            self._show_error(exc.message, None)
            return False
        self._done(
            self.tr("已删除“{surname}”的读音，{children} 名幼儿、{staff} 名员工的拼音已更新"),
            surname,
            counts,
        )
        return True

    def _setup_ui(self) -> None:
        self.setTitle(self.tr("姓氏读音"))
        intro = QLabel(
            self.tr(
                "拼音排序和搜索时，姓氏按此表读音。本机构有读法不同的姓氏（如覃姓读 Tán）时在此"
                "添加；个别幼儿的读音可在幼儿档案中单独更正。"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("姓氏"), self.tr("读音"), self.tr("内置读音")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.surname_edit = QLineEdit(self)
        self.surname_edit.setObjectName("surname")
        self.surname_edit.setPlaceholderText(self.tr("姓氏，如：覃"))
        self.reading_edit = QLineEdit(self)
        self.reading_edit.setObjectName("reading")
        self.reading_edit.setPlaceholderText(self.tr("读音，如：tan（可带声调）"))
        self.reading_edit.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("添加或修改"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("删除所选"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        inputs = QHBoxLayout()
        for widget in (self.surname_edit, self.reading_edit, self.add_button, self.remove_button):
            inputs.addWidget(widget)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.defaults = QLabel(self)
        self.defaults.setWordWrap(True)
        self.defaults.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        for item in (intro, self.table):
            layout.addWidget(item)
        layout.addLayout(inputs)
        layout.addWidget(self.message)
        layout.addWidget(self.defaults)

    def _editors(self) -> dict[str, QWidget]:
        return {"surname": self.surname_edit, "reading": self.reading_edit}

    def _done(self, template: str, surname: str, counts: surnames.Reread) -> None:
        self.refresh()
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(
            template.format(surname=surname, children=counts.children, staff=counts.staff)
        )

    def _show_error(self, text: str, widget: QWidget | None) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        if isinstance(widget, QLineEdit):
            widget.setFocus()
            widget.selectAll()

    def _on_selection(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
