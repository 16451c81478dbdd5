"""入托, 转班 and 离托: small dated dialogs over ``services.enrolment``.

The service enforces the rules and changes nothing when it refuses. A class type that does not
fit the child's age (``RuleViolation`` code ``age_mismatch``) is the one refusal a manager may
override: the dialog then shows the reason, asks for a note, and 仍然编入 retries with it.
Every other refusal (class full, places full, overlap, a date before the start...) is shown in
red and the dialog stays open.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.ages import describe_age
from operator_app.domain.enums import ClassType, LeaveReason
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.gui.labels import enum_label
from operator_app.gui.labels import label as core_label
from operator_app.services import child_overview, children, classes, enrolment
from operator_app.services.classes import ClassSummary
from operator_app.services.enrolment import EnrolmentPeriod

ERROR_STYLE = "color: #c62828;"
HINT_STYLE = "color: #5f6b78;"
OK_STYLE = "color: #2e7d32;"
WARN_STYLE = "color: #b26a00;"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def class_text(summary: ClassSummary) -> str:
    """ "小一班（托小班，12/15）"."""
    return (
        f"{summary.name}（{enum_label(summary.class_type)}，{summary.enrolled}/{summary.capacity}）"
    )


class _EnrolmentDialog(QDialog):
    """Shared frame: intro, a form, the override box, the error line, OK / Cancel.

    ``changed`` is True and ``notice`` describes the change once the service accepted it.
    """

    def __init__(self, child_id: int, parent: QWidget | None, today: date | None) -> None:
        super().__init__(parent)
        self.child_id = child_id
        self.today = today or date.today()
        self.detail = children.get_child(child_id)
        self.periods = enrolment.history(child_id)
        self.changed = False
        self.notice = ""
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(10)
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(18, 18, 18, 14)
        self.layout_.setSpacing(12)
        self.layout_.addWidget(self.intro)
        self.layout_.addLayout(self.form)
        self.override_box: QGroupBox | None = None
        self.setMinimumWidth(520)
        self.resize(520, 300)

    @property
    def name(self) -> str:
        return self.detail.data.name

    def current_period(self) -> EnrolmentPeriod | None:
        return child_overview.current_period(self.periods, self.today)

    def error_text(self) -> str:
        return "" if self.error.isHidden() else self.error.text()

    def _finish_layout(self) -> None:
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def _date_edit(self, name: str, value: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setDate(to_qdate(value))
        return edit

    def _build_override(self) -> None:
        """The hidden box shown when the class type does not fit the child's age."""
        box = QGroupBox(self)
        box.setObjectName("overrideBox")
        box.setTitle(self.tr("月龄与班型不符"))
        self.override_reason = QLabel(box)
        self.override_reason.setWordWrap(True)
        self.override_reason.setStyleSheet(WARN_STYLE)
        self.override_note = QLineEdit(box)
        self.override_note.setObjectName("overrideNote")
        self.override_note.setPlaceholderText(self.tr("说明理由，如：家长申请、经园长同意"))
        self.override_button = QPushButton(self.tr("仍然编入"), box)
        self.override_button.setObjectName("overrideButton")
        self.override_button.setEnabled(False)
        self.override_button.setAutoDefault(False)
        self.override_note.textChanged.connect(
            lambda text: self.override_button.setEnabled(bool(text.strip()))
        )
        self.override_button.clicked.connect(self._on_override)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("说明"), box))
        note_row.addWidget(self.override_note, 1)
        note_row.addWidget(self.override_button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 14, 12, 10)
        layout.addWidget(self.override_reason)
        layout.addLayout(note_row)
        box.hide()
        self.override_box = box
        self.layout_.addWidget(box)

    def _show_error(self, text: str, focus: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_error(self) -> None:
        self.error.hide()
        self.error.clear()

    def _run(self, action: str, override_note: str = "") -> bool:
        """Call the service for ``action``; on success close, else show why."""
        self._clear_error()
        try:
            self.notice = self._apply(override_note)
        except RuleViolation as exc:
            if exc.code == "age_mismatch" and self.override_box is not None:
                self.override_reason.setText(exc.message)
                self.override_box.show()
                self.override_note.setFocus()
                self.adjustSize()  # make room for the reason, which may wrap
                self._show_error(
                    self.tr("{action}未完成：月龄与班型不符，需填写说明后点“{button}”。").format(
                        action=action, button=self.override_button.text().replace("&", "")
                    )
                )
            else:
                self._show_error(exc.message)
            return False
        except ValidationError as exc:
            self._show_error(f"{core_label(exc.label)}：{exc.reason}", self._field(exc.field))
            return False
        except NotFound as exc:
            self._show_error(str(exc))
            return False
        self.changed = True
        super().accept()
        return True

    def _apply(self, override_note: str) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def _field(self, field: str) -> QWidget | None:
        return None

    def _on_override(self) -> None:
        note = self.override_note.text().strip()
        if note:
            self._run(self.tr("入托"), note)

    def _fill_classes(self, combo: QComboBox, on: date, exclude: int | None = None) -> None:
        selected = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for summary in classes.list_classes(on):
            if summary.id != exclude:
                combo.addItem(class_text(summary), summary.id)
                combo.setItemData(
                    combo.count() - 1, summary.class_type.value, Qt.ItemDataRole.UserRole + 1
                )
        index = combo.findData(selected)
        combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
        combo.blockSignals(False)

    def _fit_text(self, label: QLabel, combo: QComboBox, on: date) -> None:
        """Live hint: does the chosen class type fit the child's age on ``on``?"""
        type_code = combo.currentData(Qt.ItemDataRole.UserRole + 1)
        found = (
            None
            if type_code is None
            else child_overview.class_fit(self.detail.data.birth_date, ClassType(type_code), on)
        )
        if found is None:
            label.clear()
            return
        fit, text = found
        label.setText(text)
        label.setStyleSheet(OK_STYLE if fit.ok else WARN_STYLE)


class EnrolDialog(_EnrolmentDialog):
    """入托: class, start date and 普惠 place for a child not in care."""

    def __init__(
        self, child_id: int, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(child_id, parent, today)
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("入托 - {name}").format(name=self.name))
        birth = self.detail.data.birth_date
        self.intro.setText(
            self.tr("为 {name}（{birth} 出生，今天 {age}）办理入托。").format(
                name=self.name,
                birth=birth.isoformat(),
                age=describe_age(birth, self.today) if birth <= self.today else "—",
            )
        )
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("classCombo")
        self.start_edit = self._date_edit("startDateEdit", max(self.today, birth))
        self.start_edit.setMinimumDate(to_qdate(birth))
        self.inclusive = QCheckBox(self.tr("占用普惠托位"), self)
        self.inclusive.setObjectName("inclusiveCheck")
        self.inclusive.setChecked(True)
        self.fit_label = QLabel(self)
        self.fit_label.setObjectName("fitLabel")
        self.fit_label.setWordWrap(True)
        self.form.addRow(self.tr("班级(&C)"), self.class_combo)
        self.form.addRow(self.tr("入托日期(&D)"), self.start_edit)
        self.form.addRow("", self.inclusive)
        self.form.addRow("", self.fit_label)
        self._build_override()
        self._finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("入托"))
        self._fill_classes(self.class_combo, self.start())
        self.class_combo.currentIndexChanged.connect(self._update_fit)
        self.start_edit.dateChanged.connect(self._on_date)
        self._update_fit()
        if self.class_combo.count() == 0:
            self._show_error(self.tr("还没有开设班级，请先在“班级”页新建班级。"))

    def start(self) -> date:
        return to_date(self.start_edit.date())

    def select_class(self, class_id: int) -> None:
        self.class_combo.setCurrentIndex(self.class_combo.findData(class_id))

    def accept(self) -> None:
        self._run(self.tr("入托"))

    def _apply(self, override_note: str) -> str:
        class_id = self.class_combo.currentData()
        if class_id is None:
            raise ValidationError("class", "班级", "请选择")
        enrolment.enrol(
            self.child_id, int(class_id), self.start(), self.inclusive.isChecked(), override_note
        )
        return self.tr("已为 {name} 办理入托：{klass}，{day} 起。").format(
            name=self.name,
            klass=self.class_combo.currentText().split("（")[0],
            day=self.start().isoformat(),
        )

    def _field(self, field: str) -> QWidget | None:
        return {"start": self.start_edit, "class": self.class_combo}.get(field)

    def _on_date(self) -> None:
        self._fill_classes(self.class_combo, self.start())
        self._update_fit()

    def _update_fit(self) -> None:
        if self.override_box is not None:
            self.override_box.hide()
        self._fit_text(self.fit_label, self.class_combo, self.start())


class TransferDialog(_EnrolmentDialog):
    """转班: the target class and the first day there (the old period ends the day before)."""

    def __init__(
        self, child_id: int, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(child_id, parent, today)
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("转班 - {name}").format(name=self.name))
        current = self.current_period()
        self.from_id = current.class_id if current else None
        self.intro.setText(
            self.tr(
                "{name} 目前在 {klass}（{start} 起）。转班后原班级记录在转班日前一天结束。"
            ).format(name=self.name, klass=current.class_name, start=current.start.isoformat())
            if current
            else self.tr("{name} 今天不在托，不能转班。").format(name=self.name)
        )
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("classCombo")
        self.date_edit = self._date_edit("transferDateEdit", self.today)
        self.fit_label = QLabel(self)
        self.fit_label.setObjectName("fitLabel")
        self.fit_label.setWordWrap(True)
        self.form.addRow(self.tr("转入班级(&C)"), self.class_combo)
        self.form.addRow(self.tr("转班日期(&D)"), self.date_edit)
        self.form.addRow("", self.fit_label)
        self._build_override()
        self.override_button.setText(self.tr("仍然转入"))
        self._finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("转班"))
        self._fill_classes(self.class_combo, self.on(), exclude=self.from_id)
        self.class_combo.currentIndexChanged.connect(self._update_fit)
        self.date_edit.dateChanged.connect(self._update_fit)
        self._update_fit()

    def on(self) -> date:
        return to_date(self.date_edit.date())

    def select_class(self, class_id: int) -> None:
        self.class_combo.setCurrentIndex(self.class_combo.findData(class_id))

    def accept(self) -> None:
        self._run(self.tr("转班"))

    def _on_override(self) -> None:
        note = self.override_note.text().strip()
        if note:
            self._run(self.tr("转班"), note)

    def _apply(self, override_note: str) -> str:
        class_id = self.class_combo.currentData()
        if class_id is None:
            raise ValidationError("class", "转入班级", "请选择")
        enrolment.transfer(self.child_id, int(class_id), self.on(), override_note=override_note)
        return self.tr("已为 {name} 办理转班：{day} 起转入 {klass}。").format(
            name=self.name,
            day=self.on().isoformat(),
            klass=self.class_combo.currentText().split("（")[0],
        )

    def _field(self, field: str) -> QWidget | None:
        return {"on": self.date_edit, "start": self.date_edit, "class": self.class_combo}.get(field)

    def _update_fit(self) -> None:
        if self.override_box is not None:
            self.override_box.hide()
        self._fit_text(self.fit_label, self.class_combo, self.on())


class LeaveDialog(_EnrolmentDialog):
    """离托: the last day in care, the reason and a note."""

    def __init__(
        self, child_id: int, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(child_id, parent, today)
        self.setObjectName("leaveDialog")
        self.setWindowTitle(self.tr("离托 - {name}").format(name=self.name))
        open_period = next((p for p in self.periods if p.end is None), None)
        self.intro.setText(
            self.tr("{name} 在 {klass}，{start} 入托。请填写最后一个在托日和离托原因。").format(
                name=self.name, klass=open_period.class_name, start=open_period.start.isoformat()
            )
            if open_period
            else self.tr("{name} 没有进行中的入托记录。").format(name=self.name)
        )
        self.date_edit = self._date_edit("lastDayEdit", self.today)
        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("reasonCombo")
        for reason in LeaveReason:
            self.reason_combo.addItem(enum_label(reason), reason.value)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("leaveNote")
        self.note_edit.setPlaceholderText(self.tr("可不填，如：转入某某幼儿园"))
        self.form.addRow(self.tr("最后在托日(&D)"), self.date_edit)
        self.form.addRow(self.tr("离托原因(&R)"), self.reason_combo)
        self.form.addRow(self.tr("说明(&N)"), self.note_edit)
        self._finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("办理离托"))

    def last_day(self) -> date:
        return to_date(self.date_edit.date())

    def accept(self) -> None:
        self._run(self.tr("离托"))

    def _apply(self, override_note: str) -> str:
        reason = LeaveReason(self.reason_combo.currentData())
        enrolment.leave(self.child_id, self.last_day(), reason, self.note_edit.text().strip())
        return self.tr("已为 {name} 办理离托：最后在托日 {day}（{reason}）。").format(
            name=self.name, day=self.last_day().isoformat(), reason=enum_label(reason)
        )

    def _field(self, field: str) -> QWidget | None:
        return {"last_day": self.date_edit}.get(field)
