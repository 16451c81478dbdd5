"""本月出勤: the class's attendance rate for the month, with the print button for the sheet.

Why its own widget: the rate is the figure a manager reports upward; keeping it beside (not in)
the register keeps the page module small and the rate's wording in one place.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from operator_app.domain.attendance import format_rate
from operator_app.gui.fonts import scaled
from operator_app.services import attendance


class MonthRateBox(QGroupBox):
    """Shows 出勤率 for one class and month (one decimal), the counts, and calendar warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthBox")
        self.setMinimumWidth(240)
        self.rate_caption = QLabel(self)
        self.rate_caption.setStyleSheet("color: #5f6b78;")
        self.rate_label = QLabel(self)
        self.rate_label.setObjectName("rateLabel")
        self.rate_label.setFont(scaled(self.font(), 2.2, bold=True))
        self.rate_detail = QLabel(self)
        self.rate_detail.setObjectName("rateDetail")
        self.rate_detail.setWordWrap(True)
        self.month_warning = QLabel(self)
        self.month_warning.setWordWrap(True)
        self.month_warning.setStyleSheet("color: #a15c00;")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printSheetButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        for widget in (self.rate_caption, self.rate_label, self.rate_detail, self.month_warning):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.print_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("本月出勤"))
        self.print_button.setText(self.tr("打印月度出勤表"))

    def show_month(self, class_id: int | None, day: date) -> None:
        self.rate_caption.setText(
            self.tr("{year} 年 {month} 月出勤率").format(year=day.year, month=day.month)
        )
        if class_id is None:
            self.rate_label.setText("—")
            self.rate_detail.setText("")
            self.month_warning.hide()
            return
        sheet = attendance.month_sheet(class_id, day)
        self.rate_label.setText(format_rate(sheet.rate))
        self.rate_detail.setText(
            self.tr("应出勤 {expected} 人次，实际出勤 {present} 人次；只统计已登记的日子。").format(
                expected=sheet.expected, present=sheet.present
            )
        )
        self.month_warning.setText(sheet.warning)
        self.month_warning.setVisible(bool(sheet.warning))
