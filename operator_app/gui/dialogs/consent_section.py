"""The 知情同意 tab of the child dialog: personal-data and (separate) health-data consent.

For a saved child, 记录同意 and 撤回 write through ``services.consent`` at once (each its own
audited transaction) and the history below is reloaded. For a child not yet saved, a consent is
kept as pending and handed to ``children.create_child`` with the child (:meth:`pending_inputs`):
the child, its guardians and its consents are one service call and one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.gui.forms.ui_child_dialog import Ui_ChildDialog
from operator_app.gui.labels import label as core_label
from operator_app.services import consent
from operator_app.services.consent import Consent, ConsentInput, ConsentKind

KIND_LABELS = (
    QT_TRANSLATE_NOOP("Labels", "个人信息处理同意"),
    QT_TRANSLATE_NOOP("Labels", "健康信息处理同意"),
)
OK_STYLE = "color: #2e7d32;"
MISSING_STYLE = "color: #b26a00;"


@dataclass
class _Row:
    status: QLabel
    guardian: QComboBox
    day: QDateEdit
    give: QPushButton
    withdraw: QPushButton


class ConsentSection(QObject):
    """Drives the consent widgets of ``form``; ``changed`` after every recorded change."""

    changed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        form: Ui_ChildDialog,
        parent: QWidget,
        today: date,
        guardian_names: Callable[[], list[str]],
        child_name: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.widget = parent
        self.today = today
        self.child_id: int | None = None
        self.pending: dict[ConsentKind, tuple[str, date]] = {}
        self._names = guardian_names
        self._child_name = child_name
        self._consents: list[Consent] = []
        f = form
        self.rows = {
            ConsentKind.PERSONAL: _Row(
                f.personalStatus,
                f.personalGuardianCombo,
                f.personalDateEdit,
                f.personalGiveButton,
                f.personalWithdrawButton,
            ),
            ConsentKind.HEALTH: _Row(
                f.healthStatus,
                f.healthGuardianCombo,
                f.healthDateEdit,
                f.healthGiveButton,
                f.healthWithdrawButton,
            ),
        }
        qtoday = QDate(today.year, today.month, today.day)
        for kind, row in self.rows.items():
            row.day.setMaximumDate(qtoday)
            row.day.setDate(qtoday)
            row.guardian.lineEdit().setObjectName(f"{kind.value}GuardianEdit")
            row.give.clicked.connect(lambda _=False, k=kind: self.give(k))
            row.withdraw.clicked.connect(lambda _=False, k=kind: self.withdraw(k))
        f.piplLabel.setStyleSheet("color: #5f6b78;")
        f.consentHistory.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    # -- public -----------------------------------------------------------------------------

    def set_child(self, child_id: int | None) -> None:
        self.child_id = child_id
        self.update_guardians()
        self.reload()

    def reload(self) -> None:
        self._consents = consent.list_consents(self.child_id) if self.child_id else []
        self._render()

    def retranslate(self) -> None:
        self.form.consentHistory.setHorizontalHeaderLabels(
            [self.tr("同意事项"), self.tr("监护人"), self.tr("同意日期"), self.tr("撤回日期")]
        )
        self._render()

    def update_guardians(self) -> None:
        """Offer the names on the 监护人 tab (the combo stays editable)."""
        names = self._names()
        for row in self.rows.values():
            typed = row.guardian.currentText()
            row.guardian.blockSignals(True)
            row.guardian.clear()
            row.guardian.addItems(names)
            row.guardian.setEditText(typed if typed else (names[0] if names else ""))
            row.guardian.blockSignals(False)

    def in_force(self, kind: ConsentKind) -> list[Consent]:
        return [c for c in self._consents if c.kind is kind and c.in_force(self.today)]

    def give(self, kind: ConsentKind) -> bool:
        row = self.rows[kind]
        name = row.guardian.currentText()
        day = _to_date(row.day.date())
        if self.child_id is None:
            try:  # the service's rule, against the guardians typed on the 监护人 tab
                name = consent.check_signer(name, self._names(), self._child_name())
            except ValidationError as exc:
                return self._fail(_message(exc), row.guardian)
            self.pending[kind] = (name, day)
            self._render()
            return True
        try:
            consent.give(self.child_id, name, kind, day, today=self.today)
        except (ValidationError, RuleViolation, NotFound) as exc:
            return self._fail(_message(exc), row.guardian)
        self.reload()
        self.changed.emit()
        return True

    def withdraw(self, kind: ConsentKind) -> bool:
        row = self.rows[kind]
        if self.child_id is None:
            self.pending.pop(kind, None)
            self._render()
            return True
        current = self.in_force(kind)
        if not current:
            return False
        day = _to_date(row.day.date())
        text = self.tr(
            "从 {day} 起撤回{kind}？撤回后不能再处理该幼儿的相关信息；撤回前已进行的处理不受影响。"
        ).format(day=day.isoformat(), kind=core_label(kind.label))
        answer = QMessageBox.question(self.widget, self.tr("撤回同意"), text)
        if answer not in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok):
            return False
        try:
            for item in current:
                consent.withdraw(item.id, day, today=self.today)
        except (ValidationError, RuleViolation, NotFound) as exc:
            self.reload()
            return self._fail(_message(exc), row.day)
        self.reload()
        self.changed.emit()
        return True

    def pending_inputs(self) -> tuple[ConsentInput, ...]:
        """The consents recorded for a child not yet saved, for ``children.create_child``."""
        return tuple(ConsentInput(kind, name, day) for kind, (name, day) in self.pending.items())

    def saved(self, child_id: int) -> None:
        """The child was created with the pending consents: they are recorded now."""
        self.pending.clear()
        self.child_id = child_id

    def widget_for(self, field: str) -> QWidget | None:
        """The widget of ``consent.<kind>.guardian_name`` / ``consent.<kind>.given_on``."""
        parts = field.split(".")
        if len(parts) != 3 or parts[0] != "consent" or parts[1] not in set(ConsentKind):
            return None
        row = self.rows[ConsentKind(parts[1])]
        return row.day if parts[2] == "given_on" else row.guardian

    # -- helpers ----------------------------------------------------------------------------

    def _render(self) -> None:
        for kind, row in self.rows.items():
            forced = self.in_force(kind)
            pending = self.pending.get(kind)
            if forced:
                who = "、".join(f"{c.guardian_name}（{c.given_on.isoformat()}）" for c in forced)
                row.status.setText(self.tr("已同意：{who}").format(who=who))
                row.status.setStyleSheet(OK_STYLE)
            elif pending is not None:
                row.status.setText(
                    self.tr("待保存：{name} 于 {day} 同意，保存档案时一并记录").format(
                        name=pending[0], day=pending[1].isoformat()
                    )
                )
                row.status.setStyleSheet(OK_STYLE)
            else:
                row.status.setText(self._missing_text(kind))
                row.status.setStyleSheet(MISSING_STYLE)
            has = bool(forced) or pending is not None
            row.give.setEnabled(not has)
            row.withdraw.setEnabled(has)
            row.withdraw.setText(self.tr("取消") if pending is not None else self.tr("撤回"))
            row.give.setText(self.tr("记录同意"))
        self._render_history()

    def _missing_text(self, kind: ConsentKind) -> str:
        withdrawn = [c for c in self._consents if c.kind is kind and c.withdrawn_on is not None]
        if withdrawn:
            last = max(withdrawn, key=lambda c: c.withdrawn_on or c.given_on)
            text = self.tr("已于 {day} 撤回").format(
                day=(last.withdrawn_on or last.given_on).isoformat()
            )
        else:
            text = self.tr("未同意")
        if kind is ConsentKind.HEALTH:
            text += self.tr("（不能录入健康档案）")
        return text

    def _render_history(self) -> None:
        table = self.form.consentHistory
        table.setRowCount(len(self._consents))
        for r, c in enumerate(self._consents):
            values = (
                core_label(c.kind.label),
                c.guardian_name,
                c.given_on.isoformat(),
                c.withdrawn_on.isoformat() if c.withdrawn_on else "—",
            )
            for column, text in enumerate(values):
                table.setItem(r, column, QTableWidgetItem(text))
        self.form.consentHistoryLabel.setText(
            self.tr("历史记录（{n} 条）").format(n=len(self._consents))
        )

    def _fail(self, text: str, focus: QWidget) -> bool:
        self.failed.emit(text)
        focus.setFocus()
        return False


def _to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return f"{core_label(exc.label)}：{exc.reason}"
    if isinstance(exc, RuleViolation):
        return exc.message
    return str(exc)
