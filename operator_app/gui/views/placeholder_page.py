"""A page that is not built yet: names the capability and what it will do, instead of a blank."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from operator_app.gui import pages
from operator_app.gui.fonts import scaled
from operator_app.gui.pages import PageSpec

CARD_WIDTH = 560


class PlaceholderPage(QWidget):
    """Shows “健康档案：将在后续版本提供” and the planned scope of the page."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"page_{spec.key}")
        self._setup_ui()
        self._retranslate()

    def refresh(self) -> None:
        """Nothing to load; present for the page protocol."""

    def message(self) -> str:
        return self.tr("{capability}：将在后续版本提供").format(
            capability=pages.translate(self.spec.capability)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _setup_ui(self) -> None:
        card = QFrame(self)
        card.setObjectName("placeholderCard")
        # A fixed width lets the word-wrapped detail compute its height (no clipped lines).
        card.setFixedWidth(CARD_WIDTH)
        self.heading = QLabel(card)
        self.heading.setObjectName("placeholderHeading")
        self.heading.setFont(scaled(self.font(), 1.5, bold=True))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel(card)
        self.detail.setObjectName("placeholderDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 36, 48, 36)
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.detail)
        # Centred by stretches, not by an alignment flag: an aligned item ignores
        # height-for-width and would clip the wrapped detail line.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _retranslate(self) -> None:
        self.heading.setText(self.message())
        self.detail.setText(
            self.tr("计划内容：{description}").format(
                description=pages.translate(self.spec.description)
            )
        )
