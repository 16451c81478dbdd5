"""出勤登记: one class's register for one day, filled from the keyboard, and the month's rate.

Everyone starts 出勤; the user marks the exceptions. In the register ↑/↓ choose a child, 1–4 (or
the initials C/B/S/W of chuqin, bingjia, shijia, weidao) set the status and Space cycles it.
Marking 病假 opens the 病因 cell for typing; Enter confirms. 保存 (Ctrl+S) sends only the
exceptions to ``services.attendance.save_register``. Switching class or date with unsaved marks
asks 保存 / 放弃 / 取消.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    Qt,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.attendance import validate_mark
from operator_app.domain.enums import AttendanceStatus
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.gui import jobs
from operator_app.gui.labels import enum_label
from operator_app.gui.models.register_model import (
    RegisterModel,
)
from operator_app.gui.widgets.banner import banner
from operator_app.gui.widgets.column_fit import ColumnFitter
from operator_app.gui.widgets.month_rate_box import MonthRateBox
from operator_app.gui.widgets.page_heading import page_heading
from operator_app.gui.widgets.pdf_preview import PdfPreviewDialog
from operator_app.gui.widgets.print_preview import PrintPreviewer
from operator_app.gui.widgets.register_view import RegisterView, StatusDelegate
from operator_app.services import attendance, classes
from operator_app.services.attendance import Register


def today() -> date:
    """The page's idea of today (a function so tests can move it)."""
    return date.today()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AttendancePage(QWidget):
    """The 出勤登记 page. ``refresh()`` reloads the classes, the register and the month rate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_attendance")
        self.model = RegisterModel(self)
        self.register: Register | None = None
        self.printer = PrintPreviewer(self)
        self._class_id: int | None = None
        self._day = today()
        self._setup_ui()
        self._retranslate()
        self.model.dataChanged.connect(self._render_counts)
        self.model.modelReset.connect(self._render_counts)

    # -- public -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the class list; the register too unless it holds unsaved marks."""
        self._fill_classes()
        self.date_edit.setMaximumDate(qdate(today()))
        if (
            not self.model.dirty()
            or self.register is None
            or self.register.class_id != self._class_id
        ):
            self._load_register()
        self._render_month()

    def class_id(self) -> int | None:
        return self._class_id

    def day(self) -> date:
        return self._day

    def set_class(self, class_id: int) -> bool:
        """Show ``class_id`` (after the unsaved-changes question); False when refused."""
        index = self.class_combo.findData(class_id)
        if index < 0:
            return False
        self.class_combo.setCurrentIndex(index)
        return self._class_id == class_id

    def set_day(self, day: date) -> bool:
        """Show ``day`` (after the unsaved-changes question); False when refused."""
        self.date_edit.setDate(qdate(day))
        return self._day == day

    def has_unsaved_changes(self) -> bool:
        return self.model.dirty()

    def maybe_save(self) -> bool:
        """Ask 保存/放弃/取消 when marks are unsaved; True when it is fine to move on."""
        if not self.model.dirty() or self.register is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("出勤登记未保存"),
            self.tr("“{name}” {day} 的出勤登记有改动尚未保存。\n\n要先保存吗？").format(
                name=self.register.class_name, day=self.register.day.isoformat()
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def save(self) -> bool:
        """Save the register (only the exceptions); show the error and return False if refused."""
        if self.register is None:
            return False
        self.table.commit_editor()
        for row, entry in enumerate(self.model.rows):
            if entry.mark.status is AttendanceStatus.PRESENT:
                continue
            try:
                validate_mark(entry.mark, entry.name)
            except ValidationError as exc:
                self._show_error(exc.message)
                self.table.selectRow(row)
                self.table.edit_text(self.model, self.model.index(row, RegisterModel.ILLNESS))
                return False
        try:
            present = attendance.save_register(
                self.register.class_id, self.register.day, self.model.exceptions(), today()
            )
        except (ValidationError, RuleViolation, NotFound) as exc:
            self._show_error(getattr(exc, "message", str(exc)))
            return False
        self._show_error("")
        self._load_register()
        self._render_month()
        self.saved_label.setText(
            self.tr("已保存：{day} 出勤 {n} 人").format(day=self._day.isoformat(), n=present)
        )
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.date_edit.setLocale(QLocale())  # 星期一 / Monday
            self.model.retranslate()
            self._fill_classes()
            self._render_register_state()
            self._render_month()
        super().changeEvent(event)

    # -- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.heading, self.subtitle = page_heading(self)

        self.class_label = QLabel(self)
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("classCombo")
        self.class_combo.setMinimumWidth(180)
        self.class_combo.currentIndexChanged.connect(self._on_class_changed)
        self.class_label.setBuddy(self.class_combo)
        self.date_label = QLabel(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd dddd")
        self.date_edit.setMinimumWidth(170)
        self.date_edit.setMaximumDate(qdate(today()))
        self.date_edit.setDate(qdate(self._day))
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.date_label.setBuddy(self.date_edit)
        style = self.style()
        self.prev_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowLeft), "", self
        )
        self.prev_button.setObjectName("prevDayButton")
        self.prev_button.clicked.connect(lambda: self._step_day(-1))
        self.next_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight), "", self
        )
        self.next_button.setObjectName("nextDayButton")
        self.next_button.clicked.connect(lambda: self._step_day(1))
        self.today_button = QPushButton(self)
        self.today_button.setObjectName("todayButton")
        self.today_button.clicked.connect(lambda: self.set_day(today()))
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.class_label)
        bar.addWidget(self.class_combo)
        bar.addSpacing(16)
        bar.addWidget(self.date_label)
        bar.addWidget(self.date_edit)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.today_button)
        bar.addStretch(1)

        self.notice = banner(self, "dayNotice", "warning")
        self.calendar_warning = banner(self, "calendarWarning", "warning")
        self.error = banner(self, "errorBanner", "plain")
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyLabel")
        self.empty.setStyleSheet("color: #5f6b78;")
        self.empty.setWordWrap(True)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(self._build_register(), 3)
        body.addWidget(self._build_month_box(), 1, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        layout.addLayout(titles)
        layout.addLayout(bar)
        for strip in (self.notice, self.calendar_warning, self.error, self.empty):
            layout.addWidget(strip)
        layout.addLayout(body, 1)

    def _build_register(self) -> QVBoxLayout:
        self.table = RegisterView(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(RegisterModel.STATUS, StatusDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Every column stays in view; on a narrow window 病因 gives way first (it is typed in
        # an editor as wide as the cell, and shown whole in the tooltip).
        m = RegisterModel
        self.fitter = ColumnFitter(
            self.table,
            elidable=(m.ILLNESS, m.NAME),
            widths={m.NAME: 130, m.STATUS: 90, m.ILLNESS: 220, m.FOLLOW_UP: 120},
        )
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("registerState")
        self.state_label.setStyleSheet("color: #5f6b78;")
        self.state_label.setWordWrap(True)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setStyleSheet("color: #2e7d32;")
        self.keys_hint = QLabel(self)
        self.keys_hint.setObjectName("keysHint")
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet("color: #5f6b78;")
        self.all_present_button = QPushButton(self)
        self.all_present_button.setObjectName("allPresentButton")
        self.all_present_button.clicked.connect(self.model.set_all_present)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        status_row = QHBoxLayout()
        status_row.addWidget(self.counts_label)
        status_row.addStretch(1)
        status_row.addWidget(self.state_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keys_hint, 1)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.all_present_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self.table, 1)
        column.addLayout(status_row)
        column.addLayout(buttons)
        return column

    def _build_month_box(self) -> QGroupBox:
        self.month_box = MonthRateBox(self)
        box = self.month_box
        self.rate_caption, self.rate_label = box.rate_caption, box.rate_label
        self.rate_detail, self.month_warning = box.rate_detail, box.month_warning
        self.print_button = box.print_button
        self.print_button.clicked.connect(self._print_sheet)
        return box

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("出勤登记"))
        self.class_label.setText(self.tr("班级(&B)"))
        self.date_label.setText(self.tr("日期(&D)"))
        self.prev_button.setText(self.tr("上一天"))
        self.prev_button.setToolTip(self.tr("前一天（Alt+←）"))
        self.next_button.setText(self.tr("下一天"))
        self.next_button.setToolTip(self.tr("后一天（Alt+→）"))
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.today_button.setText(self.tr("今天"))
        self.keys_hint.setText(
            self.tr(
                "键盘：↑↓ 选择幼儿；1 出勤、2 病假、3 事假、4 未到（或 C/B/S/W）；空格 依次切换；"
                "病假后直接输入病因，回车确认。"
            )
        )
        self.all_present_button.setText(self.tr("全部出勤"))
        self.all_present_button.setToolTip(self.tr("把本班所有幼儿改回出勤（保存后生效）"))
        self.save_button.setText(self.tr("保存"))
        self.save_button.setToolTip(self.tr("保存本日出勤登记（Ctrl+S）"))
        self.month_box.retranslate()
        self.empty.setText(self.tr("还没有班级。请先在班级页新建班级，并为幼儿办理入托。"))
        # After the texts: QAbstractButton.setText replaces the shortcut with the mnemonic.
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)

    # -- loading and drawing ----------------------------------------------------------------

    def _fill_classes(self) -> None:
        combo = self.class_combo
        wanted = self._class_id
        combo.blockSignals(True)
        combo.clear()
        for s in classes.list_classes(today()):  # already in display order
            combo.addItem(
                self.tr("{name}（{type}）").format(name=s.name, type=enum_label(s.class_type)), s.id
            )
        index = combo.findData(wanted) if wanted is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
        combo.blockSignals(False)
        self._class_id = combo.currentData()
        has_classes = combo.count() > 0
        self.empty.setVisible(not has_classes)
        for widget in (
            self.class_combo,
            self.date_edit,
            self.prev_button,
            self.next_button,
            self.today_button,
            self.table,
            self.all_present_button,
            self.save_button,
            self.print_button,
        ):
            widget.setEnabled(has_classes)

    def _load_register(self) -> None:
        self.register = (
            None if self._class_id is None else attendance.register(self._class_id, self._day)
        )
        self.model.load(self.register)
        self.saved_label.setText("")
        self._show_error("")
        self._render_register_state()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, RegisterModel.STATUS))

    def _render_register_state(self) -> None:
        reg = self.register
        day = self._day
        self.next_button.setEnabled(reg is not None and day < today())
        self.today_button.setEnabled(reg is not None and day != today())
        if reg is None:
            self.subtitle.setText("")
            self.notice.hide()
            self.calendar_warning.hide()
            self.state_label.setText("")
            return
        self.subtitle.setText(
            self.tr("{name}　·　{day}").format(name=reg.class_name, day=self.date_edit.text())
        )
        self.notice.setText(
            self.tr("{day} 是节假日/休息日，通常不需要登记出勤；如当天照常托育，仍可登记。").format(
                day=day.isoformat()
            )
        )
        self.notice.setVisible(not reg.school_day)
        self.calendar_warning.setText(reg.calendar_warning)
        self.calendar_warning.setVisible(bool(reg.calendar_warning))
        if not reg.rows:
            self.state_label.setText(self.tr("这一天本班没有在托幼儿"))
        elif reg.taken:
            self.state_label.setText(self.tr("本日已登记，修改后请重新保存"))
        else:
            self.state_label.setText(self.tr("尚未登记：默认全部出勤，只需标记缺勤的幼儿"))
        self._render_counts()

    def _render_counts(self) -> None:
        counts = self.model.counts()
        text = self.tr("在册 {n} 人：出勤 {p}，病假 {s}，事假 {x}，未到 {a}").format(
            n=len(self.model.rows),
            p=counts[AttendanceStatus.PRESENT],
            s=counts[AttendanceStatus.SICK],
            x=counts[AttendanceStatus.PERSONAL],
            a=counts[AttendanceStatus.ABSENT],
        )
        if self.model.dirty():
            text += self.tr("（未保存）")
            self.saved_label.setText("")
        self.counts_label.setText(text if self.register is not None else "")
        self.save_button.setEnabled(self.register is not None and bool(self.model.rows))

    def _render_month(self) -> None:
        self.month_box.show_month(self._class_id, self._day)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- slots ------------------------------------------------------------------------------

    def _on_class_changed(self) -> None:
        wanted = self.class_combo.currentData()
        if wanted == self._class_id:
            return
        if not self.maybe_save():
            self.class_combo.blockSignals(True)
            self.class_combo.setCurrentIndex(self.class_combo.findData(self._class_id))
            self.class_combo.blockSignals(False)
            return
        self._class_id = wanted
        self._load_register()
        self._render_month()

    def _on_date_changed(self, value: QDate) -> None:
        wanted = value.toPython()
        assert isinstance(wanted, date)
        if wanted == self._day:
            return
        if not self.maybe_save():
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(qdate(self._day))
            self.date_edit.blockSignals(False)
            return
        self._day = wanted
        self._load_register()
        self._render_month()

    def _step_day(self, days: int) -> None:
        self.set_day(min(self._day + timedelta(days=days), today()))

    def _print_sheet(self) -> None:
        if self._class_id is None or self.register is None:
            return
        from operator_app.reports import printouts as printing

        title = self.tr("月度出勤表（{name} {year}年{month}月）").format(
            name=self.register.class_name, year=self._day.year, month=self._day.month
        )
        class_id, day = self._class_id, self._day

        def write(path: Path, progress: jobs.Progress, cancel: jobs.CancelToken) -> object:
            return printing.write_attendance_pdf(path, class_id, day, progress, cancel)

        def failed(exc: Exception) -> None:
            self._show_error(self.tr("无法生成月度出勤表：{reason}").format(reason=exc))

        self._show_error("")
        self.printer.run(title, write, failed)

    @property
    def preview(self) -> PdfPreviewDialog | None:
        """The print preview currently shown (tests and the window look at it)."""
        return self.printer.preview
