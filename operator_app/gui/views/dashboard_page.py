"""首页: KPI cards, children in care by class type, and alerts, from ``services.dashboard``.

The page draws whatever list of KPIs the service returns. The service gives codes and numbers;
the wording of targets, details and alerts is here, as Chinese templates translated with the
rest of the GUI (a code unknown here is shown as the code, so a new figure still appears).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from operator_app import wording
from operator_app.domain.errors import RuleViolation
from operator_app.gui.fonts import scaled
from operator_app.gui.labels import enum_label
from operator_app.gui.widgets.kpi_card import KpiCard
from operator_app.gui.widgets.page_heading import page_heading
from operator_app.services import dashboard
from operator_app.services.dashboard import Alert, Dashboard, Kpi, Param

COLUMNS = 4  # cards per row when they fit; 2 or 1 on a narrow window (see _arrange_cards)
GRID_SPACING = 16
KPI_LABELS = (  # labels the service is known to return, for lupdate
    QT_TRANSLATE_NOOP("DashboardPage", "托位使用"),
    QT_TRANSLATE_NOOP("DashboardPage", "普惠托位使用"),
    QT_TRANSLATE_NOOP("DashboardPage", "班级合规"),
    QT_TRANSLATE_NOOP("DashboardPage", "保育人员持证率"),
)
# Wording of Kpi.target_key / Kpi.detail_key / Alert.code, filled from their params.
TARGETS = {
    "places_limit": QT_TRANSLATE_NOOP("DashboardPage", "不超过备案托位 {limit}"),
    "inclusive_limit": QT_TRANSLATE_NOOP("DashboardPage", "不超过普惠托位 {limit}"),
    "all_classes_compliant": QT_TRANSLATE_NOOP("DashboardPage", "全部班级人数与师幼比达标"),
    "min_percent": QT_TRANSLATE_NOOP("DashboardPage", "≥ {target}%"),
}
DETAILS = {
    "usage": QT_TRANSLATE_NOOP("DashboardPage", "使用率 {rate}"),
    "classes_failing": "{classes}",  # just the names
    "all_compliant": QT_TRANSLATE_NOOP("DashboardPage", "全部达标"),
    "certified": QT_TRANSLATE_NOOP("DashboardPage", "{held} / {total} 人持保育师或育婴员证"),
    "no_carers": QT_TRANSLATE_NOOP("DashboardPage", "尚无保育人员"),
}


class DashboardPage(QWidget):
    """The home page. ``refresh()`` reloads the summary for today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_dashboard")
        self.cards: list[KpiCard] = []
        self.columns = COLUMNS
        self.data: Dashboard | None = None
        self._error = ""
        self._setup_ui()
        self._retranslate()

    def refresh(self) -> None:
        """Load the summary again and redraw."""
        try:
            self.data = dashboard.summary()
            self._error = ""
        except RuleViolation as exc:  # e.g. no institution yet
            self.data = None
            self._error = exc.message
        self._render()

    def kpi_texts(self, kpi: Kpi) -> tuple[str, str, str]:
        """(label, target, detail) of ``kpi`` in the current language."""
        return (
            QCoreApplication.translate("DashboardPage", kpi.label),
            self._word(TARGETS, kpi.target_key, kpi.params),
            self._word(DETAILS, kpi.detail_key, kpi.params),
        )

    def alert_text(self, alert: Alert) -> str:
        """One alert line in the current language."""
        return wording.say(f"alert.{alert.code}", name=alert.class_name, **alert.params)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._render()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.scroll.viewport():
            self._arrange_cards()
        return super().eventFilter(watched, event)

    # -- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.heading, self.subtitle = page_heading(self)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        self.error = QLabel(self)
        self.error.setObjectName("errorBanner")
        self.error.setWordWrap(True)
        self.error.hide()

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(GRID_SPACING)
        self.grid.setVerticalSpacing(GRID_SPACING)

        lower = QHBoxLayout()
        lower.setSpacing(16)
        lower.addWidget(self._build_children_box(), 2)
        lower.addWidget(self._build_alerts_box(), 3)

        content = QWidget(self)
        content.setObjectName("dashboardContent")
        self.content = content
        body = QVBoxLayout(content)
        body.setContentsMargins(28, 24, 28, 24)
        body.setSpacing(20)
        body.addLayout(header)
        body.addWidget(self.error)
        body.addLayout(self.grid)
        body.addLayout(lower)
        body.addStretch(1)
        scroll = QScrollArea(self)
        self.scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.viewport().installEventFilter(self)  # re-arrange the cards when it resizes
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_children_box(self) -> QGroupBox:
        self.children_box = QGroupBox(self)
        self.children_box.setObjectName("childrenBox")
        self.children_grid = QGridLayout(self.children_box)
        self.children_grid.setContentsMargins(16, 12, 16, 16)
        self.children_grid.setHorizontalSpacing(12)
        self.children_grid.setColumnStretch(1, 1)
        return self.children_box

    def _build_alerts_box(self) -> QGroupBox:
        self.alerts_box = QGroupBox(self)
        self.alerts_box.setObjectName("alertsBox")
        self.alerts = QListWidget(self.alerts_box)
        self.alerts.setObjectName("alertsList")
        self.alerts.setWordWrap(True)
        self.alerts.setFrameShape(QFrame.Shape.NoFrame)
        self.alerts.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.no_alerts = QLabel(self.alerts_box)
        self.no_alerts.setObjectName("noAlerts")
        layout = QVBoxLayout(self.alerts_box)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addWidget(self.no_alerts, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.alerts, 1)
        return self.alerts_box

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("机构概况"))
        self.refresh_button.setText(self.tr("刷新"))
        self.refresh_button.setToolTip(self.tr("重新计算今天的各项指标（F5）"))
        self.children_box.setTitle(self.tr("在托幼儿（按班型）"))
        self.alerts_box.setTitle(self.tr("提醒"))
        self.no_alerts.setText(self.tr("暂无提醒，各项指标正常。"))

    # -- drawing ----------------------------------------------------------------------------

    def _render(self) -> None:
        self.error.setVisible(bool(self._error))
        self.error.setText(self.tr("无法显示首页数据：{reason}").format(reason=self._error))
        data = self.data
        if data is None:
            self.subtitle.setText("")
        else:
            self.subtitle.setText(
                self.tr("{institution}　·　数据日期 {date}").format(
                    institution=data.institution, date=data.on.isoformat()
                )
            )
        self._render_kpis(data)
        self._render_children(data)
        self._render_alerts(data)

    def _render_kpis(self, data: Dashboard | None) -> None:
        kpis = data.kpis if data else []
        while len(self.cards) < len(kpis):
            self.cards.append(KpiCard(self.content))
        for card, kpi in zip(self.cards, kpis, strict=False):
            label, target, detail = self.kpi_texts(kpi)
            card.set_kpi(label, kpi.value, target, kpi.status, detail)
        for index, card in enumerate(self.cards):
            card.setVisible(index < len(kpis))
        self._arrange_cards(force=True)

    def _arrange_cards(self, force: bool = False) -> None:
        """As many cards per row (4, 2 or 1) as fit with none of their texts cut short."""
        shown = [card for card in self.cards if not card.isHidden()]
        margins = self.content.layout().contentsMargins()
        room = self.scroll.viewport().width() - margins.left() - margins.right()
        needed = max((card.needed_width() for card in shown), default=0)
        columns = next((n for n in (COLUMNS, 2) if n * needed + (n - 1) * GRID_SPACING <= room), 1)
        if columns == self.columns and not force:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _render_children(self, data: Dashboard | None) -> None:
        while self.children_grid.count():
            item = self.children_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        rows = data.children_by_type if data else []
        total = sum(count for _, count in rows)
        for row, (class_type, count) in enumerate(rows):
            name = QLabel(enum_label(class_type), self.children_box)
            bar = QProgressBar(self.children_box)
            bar.setObjectName("childrenBar")
            bar.setRange(0, max(total, 1))
            bar.setValue(count)
            bar.setTextVisible(False)
            bar.setFixedHeight(10)
            number = QLabel(self.tr("{count} 人").format(count=count), self.children_box)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.children_grid.addWidget(name, row, 0)
            self.children_grid.addWidget(bar, row, 1)
            self.children_grid.addWidget(number, row, 2)
        summary = QLabel(self.tr("合计 {count} 人").format(count=total), self.children_box)
        summary.setObjectName("childrenTotal")
        summary.setFont(scaled(self.font(), 1.0, bold=True))
        self.children_grid.addWidget(summary, len(rows), 0, 1, 3, Qt.AlignmentFlag.AlignRight)
        self.children_grid.setRowStretch(len(rows) + 1, 1)

    def _render_alerts(self, data: Dashboard | None) -> None:
        self.alerts.clear()
        alerts = data.alerts if data else []
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for alert in alerts:
            self.alerts.addItem(QListWidgetItem(icon, self.alert_text(alert)))
        self.alerts.setVisible(bool(alerts))
        self.no_alerts.setVisible(not alerts and data is not None)

    def _word(self, templates: Mapping[str, str], key: str, params: Mapping[str, Param]) -> str:
        """Fill the template of ``key`` from ``params``; a rate is a percentage, names a list."""
        template = templates.get(key)
        if template is None:
            return key
        values: dict[str, object] = dict(params)
        if "rate" in values:
            rate = values["rate"]
            values["rate"] = f"{rate:.0%}" if isinstance(rate, float | int) else "—"
        if "classes" in values:
            names = values["classes"]
            values["classes"] = self.tr("、").join(names) if isinstance(names, tuple) else ""
        return QCoreApplication.translate("DashboardPage", template).format(**values)
