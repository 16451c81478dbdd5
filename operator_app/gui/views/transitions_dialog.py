"""升班提醒: children who outgrow their class type within N days, and a batch move.

The list comes from ``services.enrolment.age_transitions(today, window)`` (window default from
the setting ``roster.transition_window_days``). Each row offers the open classes of the next type
and a tick box; 批量升班 moves the ticked children on one date through ``batch_move``, which is
all or nothing: if one child cannot move (class full, age not yet reached...) nobody moves and
the reason is shown.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.gui.dialogs.enrolment_dialogs import class_text, to_date, to_qdate
from operator_app.gui.labels import enum_label
from operator_app.gui.labels import label as core_label
from operator_app.services import classes, enrolment, settings
from operator_app.services.enrolment import Transition

PICK, NAME, CLASS, OUTGROWS, NEXT, TARGET = range(6)
ERROR_STYLE = "color: #c62828;"
OK_STYLE = "color: #2e7d32;"
HINT_STYLE = "color: #5f6b78;"


def next_monday(day: date) -> date:
    return day + timedelta(days=7 - day.weekday())


def first_of_next_month(day: date) -> date:
    return day.replace(day=1) + timedelta(days=calendar.monthrange(day.year, day.month)[1])


class TransitionsDialog(QDialog):
    """The age-transitions list with a batch move; ``changed`` after a successful move."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transitionsDialog")
        self.today = today or date.today()
        self.changed = False
        self.notice = ""
        self.transitions: list[Transition] = []
        self._setup_ui()
        self.reload()

    def reload(self) -> None:
        """List the transitions again for the current window and move date."""
        found = enrolment.age_transitions(self.today, self.window_spin.value())
        self.transitions = sorted(found, key=lambda t: (t.outgrows_on, t.name))  # soonest first
        targets = classes.list_classes(self.move_date())
        table = self.table
        table.setRowCount(len(self.transitions))
        for row, t in enumerate(self.transitions):
            pick = QTableWidgetItem()
            pick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            # Ticked by default: those old enough for the next class type on the move date.
            due = t.next_type is not None and t.outgrows_on <= self.move_date()
            pick.setCheckState(Qt.CheckState.Checked if due else Qt.CheckState.Unchecked)
            table.setItem(row, PICK, pick)
            table.setItem(row, NAME, QTableWidgetItem(t.name))
            table.setItem(
                row, CLASS, QTableWidgetItem(f"{t.class_name}（{enum_label(t.class_type)}）")
            )
            table.setItem(row, OUTGROWS, QTableWidgetItem(t.outgrows_on.isoformat()))
            table.setItem(
                row,
                NEXT,
                QTableWidgetItem(
                    enum_label(t.next_type) if t.next_type else self.tr("满 3 岁，应离托")
                ),
            )
            table.setCellWidget(row, TARGET, self._target_combo(t, targets))
            if t.next_type is None or table.cellWidget(row, TARGET).count() == 0:
                pick.setCheckState(Qt.CheckState.Unchecked)
                pick.setFlags(Qt.ItemFlag.ItemIsUserCheckable)
        self.empty.setVisible(not self.transitions)
        self.table.setVisible(bool(self.transitions))
        self.summary.setText(
            self.tr("{n} 名幼儿将在 {days} 天内超出所在班型的月龄").format(
                n=len(self.transitions), days=self.window_spin.value()
            )
        )

    def move_date(self) -> date:
        return to_date(self.date_edit.date())

    def moves(self) -> list[tuple[int, int]]:
        """(child id, target class id) of every ticked row with a target."""
        out = []
        for row, t in enumerate(self.transitions):
            combo = self.table.cellWidget(row, TARGET)
            picked = self.table.item(row, PICK).checkState() == Qt.CheckState.Checked
            if picked and isinstance(combo, QComboBox) and combo.currentData() is not None:
                out.append((t.child_id, int(combo.currentData())))
        return out

    def set_picked(self, child_id: int, picked: bool) -> None:
        for row, t in enumerate(self.transitions):
            if t.child_id == child_id:
                state = Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked
                self.table.item(row, PICK).setCheckState(state)

    def error_text(self) -> str:
        return "" if self.error.isHidden() else self.error.text()

    def move(self) -> bool:
        """批量升班: all ticked children on ``move_date()``, or none."""
        self.error.hide()
        moves = self.moves()
        if not moves:
            self._show(self.tr("请勾选要升班的幼儿并选择目标班级。"), ERROR_STYLE)
            return False
        day = self.move_date()
        try:
            count = enrolment.batch_move(moves, day)
        except (RuleViolation, ValidationError, NotFound) as exc:
            reason = (
                exc.message
                if isinstance(exc, RuleViolation)
                else (
                    f"{core_label(exc.label)}：{exc.reason}"
                    if isinstance(exc, ValidationError)
                    else str(exc)
                )
            )
            self._show(
                self.tr("批量升班未完成，所有幼儿均未调整。原因：{reason}").format(reason=reason),
                ERROR_STYLE,
            )
            return False
        self.changed = True
        self.notice = self.tr("已为 {n} 名幼儿批量升班，{day} 起生效。").format(
            n=count, day=day.isoformat()
        )
        self.reload()
        self._show(self.notice, OK_STYLE)
        return True

    # -- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("升班提醒"))
        self.window_spin = QSpinBox(self)
        self.window_spin.setObjectName("windowSpin")
        self.window_spin.setRange(1, 365)
        self.window_spin.setValue(settings.get_int("roster.transition_window_days"))
        self.window_spin.setSuffix(self.tr(" 天"))
        self.window_spin.valueChanged.connect(self.reload)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("moveDateEdit")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(to_qdate(self.today + timedelta(days=1)))
        self.date_edit.setDate(to_qdate(first_of_next_month(self.today)))
        self.date_edit.dateChanged.connect(self.reload)
        monday = QPushButton(self.tr("下周一"), self)
        monday.setAutoDefault(False)
        monday.clicked.connect(lambda: self._set_date(next_monday(self.today)))
        month = QPushButton(self.tr("下月 1 日"), self)
        month.setAutoDefault(False)
        month.clicked.connect(lambda: self._set_date(first_of_next_month(self.today)))
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(QLabel(self.tr("提前"), self))
        top.addWidget(self.window_spin)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("升班日期"), self))
        top.addWidget(self.date_edit)
        top.addWidget(monday)
        top.addWidget(month)
        top.addStretch(1)

        self.summary = QLabel(self)
        self.summary.setObjectName("transitionSummary")
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("transitionTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("升班"),
                self.tr("姓名"),
                self.tr("当前班级"),
                self.tr("超龄日期"),
                self.tr("应升入"),
                self.tr("目标班级"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.tr("在此期间没有需要升班的幼儿。"), self)
        self.empty.setStyleSheet(HINT_STYLE)
        self.hint = QLabel(
            self.tr(
                "升班即从升班日期起转入目标班级，原班级记录在前一天结束。"
                "勾选的幼儿全部成功才会生效。"
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.move_button = QPushButton(self.tr("批量升班"), self)
        self.move_button.setObjectName("batchMoveButton")
        self.move_button.setAutoDefault(False)
        self.move_button.clicked.connect(self.move)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def _target_combo(self, t: Transition, targets: list[classes.ClassSummary]) -> QComboBox:
        combo = QComboBox(self.table)
        if t.next_type is None:
            combo.setPlaceholderText(self.tr("无（请办理离托）"))
            combo.setEnabled(False)
            return combo
        options = [s for s in targets if s.class_type is t.next_type]
        for summary in sorted(options, key=lambda s: (s.enrolled - s.capacity, s.name)):
            combo.addItem(class_text(summary), summary.id)
        if not options:
            combo.setPlaceholderText(
                self.tr("没有{type}，请先开班").format(type=enum_label(t.next_type))
            )
            combo.setEnabled(False)
        return combo

    def _set_date(self, day: date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def _show(self, text: str, style: str) -> None:
        self.error.setText(text)
        self.error.setStyleSheet(style)
        self.error.show()
