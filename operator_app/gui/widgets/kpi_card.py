"""A KPI card: a coloured status stripe, the label, a big value, the target and a detail line.

The stripe colour carries the status (ok green, warn amber, bad red, info grey); the status is
also spelled out in the tooltip and accessible description so it is not conveyed by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from operator_app.gui.fonts import scaled
from operator_app.gui.widgets.elided_label import ElidedLabel

STATUS_COLOURS = {"ok": "#2e7d32", "warn": "#c77700", "bad": "#c62828", "info": "#8a939b"}
STATUS_TEXTS = {
    "ok": QT_TRANSLATE_NOOP("KpiCard", "达标"),
    "warn": QT_TRANSLATE_NOOP("KpiCard", "需关注"),
    "bad": QT_TRANSLATE_NOOP("KpiCard", "未达标"),
    "info": QT_TRANSLATE_NOOP("KpiCard", "仅供参考"),
}


class KpiCard(QFrame):
    """One figure of the dashboard. ``status`` is one of ``ok``, ``warn``, ``bad``, ``info``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.status = "info"
        self._setup_ui()

    def set_kpi(self, label: str, value: str, target: str, status: str, detail: str) -> None:
        self.status = status if status in STATUS_COLOURS else "info"
        self.label.setText(label)
        self.value.setText(value)
        self.target.setText(self.tr("目标：{target}").format(target=target) if target else "")
        self.target.setVisible(bool(target))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.stripe.setStyleSheet(f"background: {STATUS_COLOURS[self.status]}; border: none;")
        status_text = QCoreApplication.translate("KpiCard", STATUS_TEXTS[self.status])
        self.badge.setText(status_text)
        self.badge.setStyleSheet(f"color: {STATUS_COLOURS[self.status]};")
        heading = self.tr("{label}：{status}").format(label=label, status=status_text)
        self.setToolTip("\n".join(t for t in (heading, target, detail) if t))
        self.setAccessibleName(label)
        self.setAccessibleDescription(
            self.tr("{value}，{status}").format(value=value, status=status_text)
        )

    def needed_width(self) -> int:
        """The width at which no text of the card is cut short (the dashboard lays out by it)."""
        texts = [self.label, self.target, self.detail]
        widest = max(label.fontMetrics().horizontalAdvance(label.text()) for label in texts)
        figure = self.value.sizeHint().width() + 6 + self.badge.sizeHint().width()
        margins = self.body.contentsMargins()
        return self.stripe.width() + margins.left() + margins.right() + max(widest, figure) + 2

    def elided_texts(self) -> list[str]:
        """The texts currently cut short with "…" (none when the card is wide enough)."""
        return [
            label.text()
            for label in (self.label, self.target, self.detail)
            if label.isVisible() and label.is_elided()
        ]

    def _setup_ui(self) -> None:
        self.stripe = QFrame(self)
        self.stripe.setObjectName("kpiStripe")
        self.stripe.setFixedWidth(6)
        self.label = ElidedLabel(self)
        self.label.setObjectName("kpiLabel")
        self.badge = QLabel(self)
        self.badge.setObjectName("kpiBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.value = QLabel(self)
        self.value.setObjectName("kpiValue")
        self.value.setFont(scaled(self.font(), 2.2, bold=True))
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.target = ElidedLabel(self)
        self.target.setObjectName("kpiTarget")
        self.detail = ElidedLabel(self)
        self.detail.setObjectName("kpiDetail")

        figure = QHBoxLayout()  # the badge beside the value leaves the label the full width
        figure.addWidget(self.value, 1)
        figure.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignBottom)
        body = QVBoxLayout()
        self.body = body
        body.setContentsMargins(14, 10, 14, 12)
        body.setSpacing(2)
        body.addWidget(self.label)
        body.addLayout(figure)
        body.addWidget(self.target)
        body.addWidget(self.detail)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.stripe)
        outer.addLayout(body, 1)
