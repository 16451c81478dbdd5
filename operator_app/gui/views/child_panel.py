"""The side panel of the children page: the selected child's status, guardians, consents and
enrolment history (every period with class, dates, inclusive place and leave reason).

Why a panel and not a column: the history is a list per child, loaded only for the one row
that is selected, never for the whole table. Everything shown comes from one service call
(``child_overview.overview``): which period is current, the age and the class fit are the
service's answers, not worked out here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.errors import NotFound
from operator_app.gui.labels import enum_label
from operator_app.gui.labels import label as core_label
from operator_app.services import child_overview
from operator_app.services.child_overview import ChildOverview
from operator_app.services.consent import ConsentKind
from operator_app.services.enrolment import EnrolmentPeriod

MUTED = "color: #5f6b78;"
WARN = "color: #b26a00;"


class ChildPanel(QWidget):
    """Shows one child (``show_child(id, today)``) or a hint when nothing is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("childPanel")
        self.child_id: int | None = None
        self.info_box = QGroupBox(self)
        self.hint = QLabel(self.info_box)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED)
        self.name_label = QLabel(self.info_box)
        self.name_label.setObjectName("panelName")
        self.name_label.setWordWrap(True)
        self.status_label = QLabel(self.info_box)
        self.status_label.setObjectName("panelStatus")
        self.status_label.setWordWrap(True)
        self.consent_label = QLabel(self.info_box)
        self.consent_label.setObjectName("panelConsent")
        self.consent_label.setWordWrap(True)
        self.guardians_label = QLabel(self.info_box)
        self.guardians_label.setObjectName("panelGuardians")
        self.guardians_label.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(6)
        self._name_caption = QLabel(self.info_box)
        self._status_caption = QLabel(self.info_box)
        self._consent_caption = QLabel(self.info_box)
        self._guardians_caption = QLabel(self.info_box)
        self.form.addRow(self._name_caption, self.name_label)
        self.form.addRow(self._status_caption, self.status_label)
        self.form.addRow(self._guardians_caption, self.guardians_label)
        self.form.addRow(self._consent_caption, self.consent_label)
        info = QVBoxLayout(self.info_box)
        info.setContentsMargins(14, 12, 14, 12)
        info.addWidget(self.hint)
        info.addLayout(self.form)

        self.history_box = QGroupBox(self)
        self.history = QListWidget(self.history_box)
        self.history.setObjectName("historyList")
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setWordWrap(True)
        self.history.setSpacing(2)
        self.no_history = QLabel(self.history_box)
        self.no_history.setStyleSheet(MUTED)
        self.no_history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box = QVBoxLayout(self.history_box)
        box.setContentsMargins(10, 12, 10, 10)
        box.addWidget(self.no_history)
        box.addWidget(self.history, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.info_box)
        layout.addWidget(self.history_box, 1)
        self._retranslate()
        self.show_child(None, date.today())

    def show_child(self, child_id: int | None, today: date) -> None:
        self.child_id = child_id
        view = None
        if child_id is not None:
            try:
                view = child_overview.overview(child_id, today)
            except NotFound:
                view = None
        self.hint.setVisible(view is None)
        for widget in (
            self.name_label,
            self.status_label,
            self.guardians_label,
            self.consent_label,
            self._name_caption,
            self._status_caption,
            self._guardians_caption,
            self._consent_caption,
        ):
            widget.setVisible(view is not None)
        self.history.clear()
        self.history_box.setVisible(view is not None)
        if view is None:
            return
        self.name_label.setText(
            self.tr("{name}（{sex}，{age}）").format(
                name=view.name, sex=enum_label(view.sex), age=view.age or "—"
            )
        )
        self._show_status(view)
        self.guardians_label.setText(
            "\n".join(f"{g.name}（{enum_label(g.relation)}）" for g in view.guardians)
        )
        self._show_consent(view.consents)
        self._show_history(view.history)

    # -- helpers ----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.info_box.setTitle(self.tr("幼儿信息"))
        self.hint.setText(
            self.tr("在左侧列表中选择一名幼儿，这里显示其在托状态、监护人、知情同意和入托记录。")
        )
        self._name_caption.setText(self.tr("姓名"))
        self._status_caption.setText(self.tr("在托状态"))
        self._consent_caption.setText(self.tr("知情同意"))
        self._guardians_caption.setText(self.tr("监护人"))
        self.history_box.setTitle(self.tr("入托记录"))
        self.no_history.setText(self.tr("尚无入托记录"))

    def _show_status(self, view: ChildOverview) -> None:
        current = view.current
        if current is None:
            self.status_label.setText(self.tr("不在托"))
            return
        text = self.tr("{klass}（{type}），{start} 起{inclusive}").format(
            klass=current.class_name,
            type=enum_label(current.class_type),
            start=current.start.isoformat(),
            inclusive=self.tr("，普惠托位") if current.inclusive else "",
        )
        self.status_label.setText(f"{text}\n{view.fit_text}")
        self.status_label.setStyleSheet("" if view.fit is None or view.fit.ok else WARN)

    def _show_consent(self, kinds: frozenset[ConsentKind]) -> None:
        parts = []
        for kind in ConsentKind:
            state = self.tr("已同意") if kind in kinds else self.tr("未同意")
            parts.append(f"{core_label(kind.label)}：{state}")
        self.consent_label.setText("\n".join(parts))

    def _show_history(self, periods: list[EnrolmentPeriod]) -> None:
        self.history.setVisible(bool(periods))
        self.no_history.setVisible(not periods)
        for p in reversed(periods):
            end = p.end.isoformat() if p.end else self.tr("至今")
            lines = [
                self.tr("{klass}（{type}）").format(
                    klass=p.class_name, type=enum_label(p.class_type)
                ),
                f"{p.start.isoformat()} – {end}" + (self.tr("，普惠托位") if p.inclusive else ""),
            ]
            if p.leave_reason:
                lines.append(
                    self.tr("离托原因：{reason}").format(reason=enum_label(p.leave_reason))
                )
            if p.note:
                lines.append(self.tr("说明：{note}").format(note=p.note))
            item = QListWidgetItem("\n".join(lines), self.history)
            if p.end is None:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
