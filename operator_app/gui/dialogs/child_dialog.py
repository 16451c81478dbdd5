"""New / edit a child (form from ui/child_dialog.ui): identity, guardians, consent, notes.

Validation is the domain's (``validate_child``) and the service's (duplicates): a
``ValidationError`` is shown in red under the tabs, its tab is raised and its widget (or, for
``guardian{i}.phone`` and the like, the guardian table cell) gets the focus; a ``RuleViolation``
(duplicate child) likewise. Nothing is saved while an error is shown. Warnings (an unknown region
code) do not block: the page shows them after the save (``notice``).

A valid resident ID number fills in the birth date and sex as it is typed. Consent lives in
:mod:`operator_app.gui.dialogs.consent_section`, the pinyin field (automatic or corrected by hand)
in :mod:`operator_app.gui.dialogs.pinyin_field`.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from operator_app.domain.children import ChildInput, GuardianInput
from operator_app.domain.enums import GuardianRelation, IdType, Sex
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.domain.identity import check_resident_id
from operator_app.gui.dialogs.consent_section import ConsentSection
from operator_app.gui.dialogs.pinyin_field import PinyinField
from operator_app.gui.forms.ui_child_dialog import Ui_ChildDialog
from operator_app.gui.labels import enum_label
from operator_app.gui.labels import label as core_label
from operator_app.services import children

ERROR_STYLE = "color: #c62828;"
HINT_STYLE = "color: #5f6b78;"
OK_STYLE = "color: #2e7d32;"
UNSET_BIRTH = QDate(1900, 1, 1)  # shown as "未填写" until a date is chosen
G_NAME, G_RELATION, G_PHONE, G_ID = range(4)
GUARDIAN_COLUMNS = {"name": G_NAME, "relation": G_RELATION, "phone": G_PHONE, "id_number": G_ID}
DUPLICATE_FIELDS = {"duplicate_id": "id_number", "duplicate_child": "name"}


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ChildDialog(QDialog):
    """Create a child (``child_id`` None) or edit one.

    After a successful save: ``saved_id``, ``warnings``, ``changed`` (True), ``notice`` (text
    for the page) and, for a new child, ``created`` = (id, name).
    """

    def __init__(
        self, child_id: int | None = None, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.form = Ui_ChildDialog()
        self.form.setupUi(self)
        self.child_id = child_id
        self.today = today or date.today()
        self.saved_id: int | None = None
        self.warnings: tuple[str, ...] = ()
        self.changed = False
        self.notice = ""
        self.created: tuple[int, str] | None = None
        self._guardian_rows: list[int] = []  # table row of each guardian sent to the service
        self.pinyin = PinyinField(self.form, self)
        self._setup()
        self.consent = ConsentSection(
            self.form, self, self.today, self.guardian_names, self.form.nameEdit.text
        )
        self.consent.changed.connect(self._on_consent_changed)
        self.consent.failed.connect(lambda text: self._show_error(text, None))
        if child_id is not None:
            self._load(child_id)
        else:
            self.add_guardian(relation=GuardianRelation.MOTHER)
        self.consent.set_child(child_id)
        self._retranslate()
        self._on_id_type()
        self.form.tabs.setCurrentIndex(0)
        self.form.nameEdit.setFocus()

    # -- public -----------------------------------------------------------------------------

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget for each ``ValidationError.field`` of the child itself."""
        f = self.form
        return {
            "name": f.nameEdit,
            "pinyin": f.pinyinEdit,
            "sex": f.sexCombo,
            "birth_date": f.birthDateEdit,
            "id_type": f.idTypeCombo,
            "id_number": f.idNumberEdit,
            "id_note": f.idNoteEdit,
            "note": f.noteEdit,
        }

    def error_text(self) -> str:
        return "" if self.form.errorLabel.isHidden() else self.form.errorLabel.text()

    def add_guardian(
        self,
        name: str = "",
        relation: GuardianRelation | None = None,
        phone: str = "",
        id_number: str = "",
    ) -> int:
        """Append a guardian row; returns its row number."""
        table = self.form.guardianTable
        row = table.rowCount()
        table.insertRow(row)
        if relation is None:
            order = (GuardianRelation.MOTHER, GuardianRelation.FATHER)
            relation = order[row] if row < len(order) else GuardianRelation.OTHER
        combo = QComboBox(table)
        for member in GuardianRelation:
            combo.addItem(enum_label(member), member.value)
        combo.setCurrentIndex(combo.findData(relation.value))
        table.setCellWidget(row, G_RELATION, combo)
        for column, text in ((G_NAME, name), (G_PHONE, phone), (G_ID, id_number)):
            table.setItem(row, column, QTableWidgetItem(text))
        return row

    def guardian_names(self) -> list[str]:
        table = self.form.guardianTable
        names = []
        for row in range(table.rowCount()):
            item = table.item(row, G_NAME)
            text = item.text().strip() if item is not None else ""
            if text and text not in names:
                names.append(text)
        return names

    def accept(self) -> None:
        """Save through one service call; stay open with the error shown when it refuses.

        A new child goes with its guardians and pending consents to ``create_child``, which
        writes all of them in one transaction or nothing.
        """
        self._clear_error()
        try:
            data = self._input()
            if self.child_id is None:
                result = children.create_child(data, self.today, self.consent.pending_inputs())
            else:
                result = children.update_child(self.child_id, data, self.today)
        except ValidationError as exc:
            self._show_error(f"{core_label(exc.label)}：{exc.reason}", exc.field)
            return
        except RuleViolation as exc:
            self._show_error(exc.message, DUPLICATE_FIELDS.get(exc.code, exc.field))
            return
        except NotFound as exc:
            self._show_error(str(exc), None)
            return
        self.saved_id = result.id
        self.warnings = result.warnings
        self.changed = True
        if self.child_id is None:
            self.consent.saved(result.id)
            self.created = (result.id, data.name.strip())
        self.notice = self._notice(data.name.strip(), result.warnings)
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        f = self.form
        if (
            watched is f.birthDateEdit
            and event.type() == QEvent.Type.FocusIn
            and f.birthDateEdit.date() == UNSET_BIRTH
        ):
            # Start editing from a plausible date rather than 1900.
            f.birthDateEdit.setDate(to_qdate(self.today - timedelta(days=540)))
        return super().eventFilter(watched, event)

    # -- building ---------------------------------------------------------------------------

    def _setup(self) -> None:
        f = self.form
        f.errorLabel.setStyleSheet(ERROR_STYLE)
        f.errorLabel.hide()
        f.idHintLabel.setStyleSheet(HINT_STYLE)
        f.guardianHint.setStyleSheet(HINT_STYLE)
        f.noteHint.setStyleSheet(HINT_STYLE)
        for member in IdType:
            f.idTypeCombo.addItem(enum_label(member), member.value)
        for member in Sex:
            f.sexCombo.addItem(enum_label(member), member.value)
        f.sexCombo.setCurrentIndex(-1)
        birth = f.birthDateEdit
        birth.setMinimumDate(UNSET_BIRTH)
        birth.setMaximumDate(to_qdate(self.today))
        birth.setDate(UNSET_BIRTH)
        birth.installEventFilter(self)
        table = f.guardianTable
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((G_NAME, 110), (G_RELATION, 150), (G_PHONE, 140)):
            table.setColumnWidth(column, width)
        f.addGuardianButton.clicked.connect(self._on_add_guardian)
        f.removeGuardianButton.clicked.connect(self._on_remove_guardian)
        f.idTypeCombo.currentIndexChanged.connect(self._on_id_type)
        f.idNumberEdit.textChanged.connect(self._on_id_number)
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        f.tabs.currentChanged.connect(self._on_tab)

    def _retranslate(self) -> None:
        f = self.form
        if self.child_id is None:
            self.setWindowTitle(self.tr("新建幼儿档案"))
        else:
            self.setWindowTitle(self.tr("编辑幼儿档案 - {name}").format(name=f.nameEdit.text()))
        f.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        f.sexCombo.setPlaceholderText(self.tr("请选择"))
        f.birthDateEdit.setSpecialValueText(self.tr("未填写"))
        for i, member in enumerate(IdType):
            f.idTypeCombo.setItemText(i, enum_label(member))
        for i, member in enumerate(Sex):
            f.sexCombo.setItemText(i, enum_label(member))
        self.consent.retranslate()
        self.pinyin.show_state()

    def _load(self, child_id: int) -> None:
        f = self.form
        detail = children.get_child(child_id)
        data = detail.data
        f.nameEdit.setText(data.name)
        f.idTypeCombo.setCurrentIndex(f.idTypeCombo.findData(data.id_type.value))
        f.idNumberEdit.blockSignals(True)
        f.idNumberEdit.setText(data.id_number)
        f.idNumberEdit.blockSignals(False)
        f.idNoteEdit.setText(data.id_note)
        f.sexCombo.setCurrentIndex(f.sexCombo.findData(data.sex.value))
        f.birthDateEdit.setDate(to_qdate(data.birth_date))
        f.noteEdit.setPlainText(data.note)
        for g in data.guardians:
            self.add_guardian(g.name, g.relation, g.phone, g.id_number)
        if detail.pinyin_manual:
            self.pinyin.load(detail.pinyin, data.name)

    # -- reading the form -------------------------------------------------------------------

    def _input(self) -> ChildInput:
        f = self.form
        if f.sexCombo.currentIndex() < 0:
            raise ValidationError("sex", "性别", "请选择")
        if f.birthDateEdit.date() == UNSET_BIRTH:
            raise ValidationError("birth_date", "出生日期", "请填写")
        id_type = IdType(f.idTypeCombo.currentData())
        return ChildInput(
            name=f.nameEdit.text(),
            sex=Sex(f.sexCombo.currentData()),
            birth_date=to_date(f.birthDateEdit.date()),
            id_type=id_type,
            id_number="" if id_type is IdType.NONE else f.idNumberEdit.text(),
            id_note=f.idNoteEdit.text() if id_type is IdType.NONE else "",
            note=f.noteEdit.toPlainText().strip(),
            guardians=self._guardians(),
            pinyin=self.pinyin.value(),
        )

    def _guardians(self) -> tuple[GuardianInput, ...]:
        table = self.form.guardianTable
        out = []
        self._guardian_rows = []
        for row in range(table.rowCount()):
            name, phone, number = (self._cell(row, c) for c in (G_NAME, G_PHONE, G_ID))
            if not (name or phone or number):
                continue  # an empty row left from 添加监护人
            combo = table.cellWidget(row, G_RELATION)
            relation = (
                GuardianRelation(combo.currentData())
                if isinstance(combo, QComboBox)
                else GuardianRelation.OTHER
            )
            out.append(GuardianInput(name, relation, phone, number))
            self._guardian_rows.append(row)
        return tuple(out)

    def _cell(self, row: int, column: int) -> str:
        item = self.form.guardianTable.item(row, column)
        return item.text().strip() if item is not None else ""

    # -- slots ------------------------------------------------------------------------------

    def _on_add_guardian(self) -> None:
        row = self.add_guardian()
        table = self.form.guardianTable
        table.setCurrentCell(row, G_NAME)
        table.setFocus()
        table.editItem(table.item(row, G_NAME))

    def _on_remove_guardian(self) -> None:
        table = self.form.guardianTable
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)

    def _on_id_type(self, *_args: object) -> None:
        f = self.form
        id_type = IdType(f.idTypeCombo.currentData())
        none = id_type is IdType.NONE
        row_of_note = f.identityForm.getWidgetPosition(f.idNoteEdit)[0]
        f.identityForm.setRowVisible(row_of_note, none)
        f.idNumberEdit.setEnabled(not none)
        if none:
            f.idNumberEdit.clear()
        f.idHintLabel.setVisible(id_type is IdType.RESIDENT)
        self._on_id_number(f.idNumberEdit.text())

    def _on_id_number(self, text: str) -> None:
        f = self.form
        if IdType(f.idTypeCombo.currentData()) is not IdType.RESIDENT:
            return
        compact = "".join(text.split())
        if len(compact) < 18:
            f.idHintLabel.setStyleSheet(HINT_STYLE)
            f.idHintLabel.setText(self.tr("填写有效的居民身份证号后，出生日期和性别会自动填写。"))
            return
        try:
            check = check_resident_id(compact, self.today)
        except ValidationError as exc:
            f.idHintLabel.setStyleSheet(ERROR_STYLE)
            f.idHintLabel.setText(f"{core_label(exc.label)}：{exc.reason}")
            return
        if check.birth_date is not None:
            f.birthDateEdit.setDate(to_qdate(check.birth_date))
        if check.sex is not None:
            f.sexCombo.setCurrentIndex(f.sexCombo.findData(check.sex.value))
        f.idHintLabel.setStyleSheet(OK_STYLE)
        f.idHintLabel.setText(
            self.tr("已按证件号码填写出生日期 {birth} 和性别 {sex}").format(
                birth=check.birth_date.isoformat() if check.birth_date else "—",
                sex=enum_label(check.sex) if check.sex else "—",
            )
        )

    def _on_tab(self, index: int) -> None:
        if self.form.tabs.widget(index) is self.form.consentTab:
            self.consent.update_guardians()

    def _on_consent_changed(self) -> None:
        self.changed = True
        self._clear_error()

    # -- errors -----------------------------------------------------------------------------

    def _clear_error(self) -> None:
        self.form.errorLabel.clear()
        self.form.errorLabel.hide()

    def _show_error(self, text: str, field: str | None) -> None:
        f = self.form
        f.errorLabel.setText(text)
        f.errorLabel.show()
        if not field:
            return
        if field.startswith("guardian"):
            self._focus_guardian(field)
            return
        consent_widget = self.consent.widget_for(field)
        if consent_widget is not None:
            f.tabs.setCurrentWidget(f.consentTab)
            consent_widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = self.field_widgets().get(field)
        if widget is None:
            return
        f.tabs.setCurrentWidget(f.identityTab if widget is not f.noteEdit else f.notesTab)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
            widget.selectAll()

    def _focus_guardian(self, field: str) -> None:
        """``guardian{i}.phone`` -> the phone cell of the i-th guardian sent to the service."""
        head, _, key = field.partition(".")
        try:
            index = int(head.removeprefix("guardian"))
            row = self._guardian_rows[index]
        except (ValueError, IndexError):
            return
        table = self.form.guardianTable
        self.form.tabs.setCurrentWidget(self.form.guardiansTab)
        column = GUARDIAN_COLUMNS.get(key, G_NAME)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        table.setCurrentCell(row, column)
        item = table.item(row, column)
        if item is not None:
            table.editItem(item)

    def _notice(self, name: str, warnings: tuple[str, ...]) -> str:
        text = (
            self.tr("已新建幼儿档案：{name}。下一步可点“入托…”办理入托。")
            if self.child_id is None
            else self.tr("已保存幼儿档案：{name}。")
        ).format(name=name)
        notes = [core_label(w) for w in warnings]
        if notes:
            text += self.tr("请注意：") + "；".join(notes)
        return text
