"""Fit a table's columns to its width: secondary columns give way before key ones are cut off.

Why: on a 1024x768 screen (and in English, whose labels are longer) a table sized to its
contents ran past its viewport, and the last columns (the 师幼比 status among them) were only
reachable by scrolling sideways. A :class:`ColumnFitter` watches the view and, whenever its
width, model or language changes, gives each column its wanted width (contents or a fixed
width, never less than its header), hides the ``secondary`` columns one by one (in the given
order) while the rest does not fit, and if that is still not enough narrows the ``elidable``
columns (their texts end in "…", the full text stays in the row's details). Hidden columns come
back when there is room again. The last visible column takes what is left.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 18  # air after a column's contents
MIN_ELIDED = 56  # an elided column still shows a few characters and the "…"


class ColumnFitter(QObject):
    """Keeps ``table``'s columns inside its viewport (see the module docstring)."""

    def __init__(
        self,
        table: QTableView,
        secondary: Sequence[int] = (),
        elidable: Sequence[int] = (),
        widths: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.secondary = tuple(secondary)
        self.elidable = tuple(elidable)
        self.widths = dict(widths or {})
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.timeout.connect(self.fit)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.viewport().installEventFilter(self)
        model = table.model()
        model.modelReset.connect(self.schedule)
        model.layoutChanged.connect(self.schedule)
        model.headerDataChanged.connect(self.schedule)

    def schedule(self) -> None:
        """Fit on the next pass of the event loop (after the view has laid itself out)."""
        self._pending.start(0)

    def fit(self) -> None:
        """Size and show/hide the columns for the viewport's current width."""
        columns = range(self.table.model().columnCount())
        wanted = {c: self._wanted(c) for c in columns}
        room = self.table.viewport().width()
        hidden: set[int] = set()
        for column in self.secondary:
            if _total(wanted, hidden) <= room:
                break
            hidden.add(column)
        self._narrow(wanted, hidden, room)
        header = self.table.horizontalHeader()
        for column in columns:
            header.setSectionHidden(column, column in hidden)
            header.resizeSection(column, wanted[column])

    def key_width(self) -> int:
        """The width the columns that never give way want, uncut (for a page's arrangement)."""
        columns = range(self.table.model().columnCount())
        return sum(self._wanted(c) for c in columns if c not in self.secondary)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit()
        return False

    def _wanted(self, column: int) -> int:
        header = self.table.horizontalHeader()
        heading = header.sectionSizeFromContents(column).width()
        content = self.widths.get(column)
        if content is None:
            content = self.table.sizeHintForColumn(column) + PADDING
        return max(content, heading)

    def _narrow(self, wanted: dict[int, int], hidden: set[int], room: int) -> None:
        """Take the excess from the elidable columns, widest first, down to MIN_ELIDED."""
        excess = _total(wanted, hidden) - room
        shrinkable = sorted((c for c in self.elidable if c not in hidden), key=lambda c: -wanted[c])
        for column in shrinkable:
            if excess <= 0:
                return
            cut = min(excess, max(0, wanted[column] - MIN_ELIDED))
            wanted[column] -= cut
            excess -= cut


def _total(wanted: Mapping[int, int], hidden: set[int]) -> int:
    return sum(width for column, width in wanted.items() if column not in hidden)
