"""班级 page: the classes list and the daily attendance register as two tabs.

Why together: attendance is taken per class, and a manager moves between "who is in which
class" and "who came today" all day; one navigation entry keeps both a click apart.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from operator_app.gui.views.attendance_page import AttendancePage
from operator_app.gui.views.classes_page import ClassesPage


class ClassesHub(QWidget):
    """Tabs 班级列表 and 出勤登记; ``refresh()`` refreshes the visible tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_classes")
        self.classes = ClassesPage(self)
        self.attendance = AttendancePage(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.classes, "")
        self.tabs.addTab(self.attendance, "")
        self.tabs.currentChanged.connect(self._on_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._previous = 0
        self._retranslate()

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        page.refresh()  # type: ignore[attr-defined]

    def show_attendance(self) -> AttendancePage:
        self.tabs.setCurrentWidget(self.attendance)
        return self.attendance

    def maybe_leave(self) -> bool:
        """False when the register has unsaved marks and the user chose to stay."""
        return self.attendance.maybe_save()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_tab(self, index: int) -> None:
        if self._previous == 1 and index != 1 and not self.attendance.maybe_save():
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(1)
            self.tabs.blockSignals(False)
            return
        self._previous = index
        self.refresh()

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("班级列表"))
        self.tabs.setTabText(1, self.tr("出勤登记"))
