"""New / edit class (form from ui/class_dialog.ui) and the carer assignment dialog.

The legal limits come from ``services.classes.rules()``: the 额定人数 spin box defaults to the
class type's maximum and can never go above it, so an over-size class cannot be typed in. When
editing, it cannot go below the children in the class today either. Validation beyond that is
the service's: a ``ValidationError`` is shown under the form and its field gets the focus.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.classes import ClassRule
from operator_app.domain.enums import ClassType, StaffRole
from operator_app.domain.errors import RuleViolation, ValidationError
from operator_app.gui.forms.ui_class_dialog import Ui_ClassDialog
from operator_app.gui.labels import enum_label
from operator_app.gui.labels import label as core_label
from operator_app.gui.widgets.field_error import show_field_error
from operator_app.services import classes, staff
from operator_app.services.classes import ClassSummary

ERROR_STYLE = "color: #c62828;"
HINT_STYLE = "color: #5f6b78;"


def age_band(rule: ClassRule) -> str:
    """The age band in the current language, e.g. "12–24 个月" or "18 个月以上"."""
    if rule.max_months is None:
        return QCoreApplication.translate("ClassRules", "{min} 个月以上").format(
            min=rule.min_months
        )
    return QCoreApplication.translate("ClassRules", "{min}–{max} 个月").format(
        min=rule.min_months, max=rule.max_months
    )


def describe_rule(rule: ClassRule) -> str:
    """One line on a class type, e.g. "托小班：月龄 12–24 个月，每班最多 15 人，师幼比 1:5"."""
    text = QCoreApplication.translate(
        "ClassRules", "{type}：月龄 {band}，每班最多 {max} 人，师幼比 1:{ratio}"
    )
    return text.format(
        type=enum_label(rule.class_type),
        band=age_band(rule),
        max=rule.max_children,
        ratio=rule.carers_ratio,
    )


class ClassDialog(QDialog):
    """Create a class (``summary`` None) or edit ``summary``. ``saved_id`` is set on success."""

    def __init__(
        self, parent: QWidget | None = None, summary: ClassSummary | None = None, note: str = ""
    ) -> None:
        super().__init__(parent)
        self.form = Ui_ClassDialog()
        self.form.setupUi(self)
        self.summary = summary
        self.saved_id: int | None = None
        self.rules = classes.rules()
        self._capacity_touched = summary is not None
        f = self.form
        f.errorLabel.setObjectName("errorLabel")
        f.errorLabel.setStyleSheet(ERROR_STYLE)
        f.ruleLabel.setStyleSheet(HINT_STYLE)
        f.typeCombo.currentIndexChanged.connect(self._on_type_changed)
        f.capacitySpin.valueChanged.connect(self._on_capacity_edited)
        self._fill_types()
        if summary is not None:
            self._load(summary, note)
        else:
            self._on_type_changed()
        self._retranslate()
        f.nameEdit.setFocus()

    def class_type(self) -> ClassType:
        return ClassType(self.form.typeCombo.currentData())

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget for each ``ValidationError.field`` key the classes service raises."""
        f = self.form
        return {
            "name": f.nameEdit,
            "class_type": f.typeCombo,
            "capacity": f.capacitySpin,
            "room": f.roomEdit,
            "note": f.noteEdit,
        }

    def error_text(self) -> str:
        return "" if self.form.errorLabel.isHidden() else self.form.errorLabel.text()

    def accept(self) -> None:
        """Save through the service; stay open with the error shown when it refuses."""
        f = self.form
        values = (
            f.nameEdit.text(),
            f.capacitySpin.value(),
            f.roomEdit.text(),
            f.noteEdit.toPlainText(),
        )
        name, capacity, room, note = values
        try:
            if self.summary is None:
                self.saved_id = classes.create_class(name, self.class_type(), capacity, room, note)
            else:
                classes.update_class(self.summary.id, name, capacity, room, note, self.class_type())
                self.saved_id = self.summary.id
        except ValidationError as exc:
            self._show_error(f"{core_label(exc.label)}：{exc.reason}", exc.field)
            return
        except RuleViolation as exc:
            self._show_error(exc.message, None)
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._fill_types()
            self._retranslate()
        super().changeEvent(event)

    # -- helpers ----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        if self.summary is None:
            self.setWindowTitle(self.tr("新建班级"))
        else:
            self.setWindowTitle(self.tr("编辑班级 - {name}").format(name=self.summary.name))
        save = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("保存"))
        self.form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self._update_rule_text()

    def _fill_types(self) -> None:
        combo = self.form.typeCombo
        selected = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for ctype in ClassType:
            combo.addItem(enum_label(ctype), ctype.value)
        index = combo.findData(selected)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _load(self, summary: ClassSummary, note: str) -> None:
        f = self.form
        f.nameEdit.setText(summary.name)
        f.typeCombo.blockSignals(True)
        f.typeCombo.setCurrentIndex(f.typeCombo.findData(summary.class_type.value))
        f.typeCombo.blockSignals(False)
        rule = self.rules[summary.class_type]
        spin = f.capacitySpin
        spin.blockSignals(True)
        spin.setMinimum(max(1, summary.enrolled))
        spin.setMaximum(max(rule.max_children, spin.minimum()))
        spin.setValue(summary.capacity)
        spin.blockSignals(False)
        f.roomEdit.setText(summary.room)
        f.noteEdit.setPlainText(note)
        if summary.enrolled:
            f.typeCombo.setEnabled(False)
            f.typeCombo.setToolTip(self.tr("班内仍有幼儿，不能更改班型"))
        self._update_rule_text()

    def _on_type_changed(self) -> None:
        rule = self.rules[self.class_type()]
        spin = self.form.capacitySpin
        spin.blockSignals(True)
        spin.setMaximum(max(rule.max_children, spin.minimum()))
        if not self._capacity_touched:
            spin.setValue(rule.max_children)
        spin.blockSignals(False)
        self._update_rule_text()

    def _on_capacity_edited(self) -> None:
        self._capacity_touched = True

    def _update_rule_text(self) -> None:
        rule = self.rules[self.class_type()]
        text = describe_rule(rule)
        if self.summary is not None and self.summary.enrolled:
            text += self.tr("；当前在班 {n} 人，额定人数不能少于此数").format(
                n=self.summary.enrolled
            )
        self.form.ruleLabel.setText(text)
        self.form.capacitySpin.setToolTip(
            self.tr("{type}依规最多 {max} 人").format(
                type=enum_label(rule.class_type), max=rule.max_children
            )
        )

    def _show_error(self, text: str, field: str | None) -> None:
        show_field_error(self.form.errorLabel, text, self.field_widgets().get(field or ""))


class CarersDialog(QDialog):
    """Tick the 保育人员 of ``summary`` from today's carers; saving calls assign_carers."""

    def __init__(self, summary: ClassSummary, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carersDialog")
        self.summary = summary
        self.on = on
        self.saved = False
        ratio = classes.rules()[summary.class_type].carers_ratio
        self._ratio = ratio
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("carerList")
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HINT_STYLE)
        self.count = QLabel(self)
        self.count.setObjectName("carerCount")
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(10)
        for widget in (self.intro, self.list, self.empty, self.count, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self._fill()
        self.list.itemChanged.connect(self._update_count)
        self._retranslate()
        self.resize(380, 420)

    def checked_ids(self) -> list[int]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, name: str, checked: bool = True) -> None:
        """Tick (or untick) the carer called ``name`` (tests, keyboard-free scripting)."""
        for item in self.list.findItems(name, Qt.MatchFlag.MatchStartsWith):
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def accept(self) -> None:
        try:
            classes.assign_carers(self.summary.id, self.checked_ids(), self.on)
        except (ValidationError, RuleViolation) as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.saved = True
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _fill(self) -> None:
        current = set(self.summary.carer_ids)
        for person in staff.list_staff(self.on, role=StaffRole.CARER):
            text = (
                person.name
                if person.certified
                else self.tr("{name}（未登记资格证书）").format(name=person.name)
            )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in current else Qt.CheckState.Unchecked
            )

    def _retranslate(self) -> None:
        s = self.summary
        self.setWindowTitle(self.tr("指派保育人员 - {name}").format(name=s.name))
        self.intro.setText(
            self.tr(
                "勾选本班的保育人员，从 {day} 起生效。本班在班 {n} 人，按师幼比 1:{ratio} "
                "至少需要 {required} 名合格保育人员。"
            ).format(
                day=self.on.isoformat(), n=s.enrolled, ratio=self._ratio, required=s.ratio.required
            )
        )
        self.empty.setText(self.tr("尚未登记在职的保育人员，请先在员工页添加。"))
        self.empty.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self._update_count()

    def _update_count(self) -> None:
        chosen = len(self.checked_ids())
        self.count.setText(self.tr("已选 {n} 名").format(n=chosen))
