"""The children table: a lazy, paged model over ``services.children.count`` / ``page``.

Why paged: an institution's history reaches ten thousand children, and search runs on every
keystroke. The model keeps only the row count, the current search (text, scope, sort) and a
small cache of 200-row pages. ``data()`` never queries per row: a row outside the cache loads
its whole page in one call. Sorting and filtering reset the model and are done in SQL.

Why the first page is loaded on reset: it is needed for the first paint anyway, and when it
holds fewer than a page of rows it *is* the count, which saves the COUNT query for most
searches. A row's display texts are made once, when it is first shown, because the view asks
``data()`` for every visible cell and role at each paint.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from operator_app.domain.enums import Sex
from operator_app.gui.labels import enum_label
from operator_app.gui.labels import label as core_label
from operator_app.services import children
from operator_app.services.children import COLUMNS, Scope

PAGE_SIZE = 200
MAX_PAGES = 32  # 6,400 rows in memory at most; the least recently used page is dropped first

Row = tuple[Any, ...]

# Header texts by column key, for lupdate (the service's COLUMNS carry the same Chinese).
HEADERS = {
    "name": QT_TRANSLATE_NOOP("ChildrenTableModel", "姓名"),
    "pinyin": QT_TRANSLATE_NOOP("ChildrenTableModel", "拼音"),
    "sex": QT_TRANSLATE_NOOP("ChildrenTableModel", "性别"),
    "birth_date": QT_TRANSLATE_NOOP("ChildrenTableModel", "出生日期"),
    "id_number": QT_TRANSLATE_NOOP("ChildrenTableModel", "证件号码"),
    "class_name": QT_TRANSLATE_NOOP("ChildrenTableModel", "班级"),
    "start_date": QT_TRANSLATE_NOOP("ChildrenTableModel", "入托日期"),
    "phone": QT_TRANSLATE_NOOP("ChildrenTableModel", "监护人电话"),
    "status": QT_TRANSLATE_NOOP("ChildrenTableModel", "状态"),
}
# Values the service returns in Chinese, shown through labels.label().
CORE_TEXTS = (
    QT_TRANSLATE_NOOP("Labels", "在托"),
    QT_TRANSLATE_NOOP("Labels", "未在托"),
)
# The sex column is narrow: its own short wording (English "M" / "F"); the tooltip has the
# full label (gui.labels.enum_label).
SEX_SHORT = {
    Sex.MALE: QT_TRANSLATE_NOOP("ChildrenTableModel", "男"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("ChildrenTableModel", "女"),
}
KEYS = tuple(key for key, _label in COLUMNS)
CENTERED = frozenset({"sex", "birth_date", "start_date", "status"})

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_USER = int(Qt.ItemDataRole.UserRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENTS = tuple(
    int(
        (Qt.AlignmentFlag.AlignHCenter if key in CENTERED else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignVCenter
    )
    for key in KEYS
)
_MUTED = QBrush(QColor("#8a949e"))
_ROOT = QModelIndex()


class ChildrenTableModel(QAbstractTableModel):
    """Rows of ``services.children.page``; ``UserRole`` of any cell is the child's id.

    ``on`` gives the reference day (in care on which day); default today. Children not in care
    that day are shown in grey.
    """

    KEYS = KEYS
    NAME = KEYS.index("name")
    ID_NUMBER = KEYS.index("id_number")
    STATUS = KEYS.index("status")

    def __init__(self, parent: QObject | None = None, on: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self._on = on or date.today
        self._day = self._on()
        self._text = ""
        self._scope = Scope.IN_CARE
        self._order = "pinyin"
        self._descending = False
        self._count = 0
        self._loaded = False  # rows are fetched on the first reload (the page's refresh)
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._texts: dict[int, list[tuple[str, ...] | None]] = {}  # display texts per page
        self.page_loads = 0  # pages fetched since creation (tests check there is no N+1)

    # -- search state -----------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def scope(self) -> Scope:
        return self._scope

    @property
    def order(self) -> tuple[str, bool]:
        """(column key, descending) of the current sort."""
        return self._order, self._descending

    def set_search(self, text: str | None = None, scope: Scope | None = None) -> None:
        """Change the text filter and/or the scope, then reload."""
        if text is not None:
            self._text = text
        if scope is not None:
            self._scope = scope
        self.reload()

    def reload(self) -> None:
        """Count again and drop every cached page (after a search change or an edit)."""
        self.beginResetModel()
        self._loaded = True
        self._day = self._on()
        self._pages.clear()
        self._texts.clear()
        first = self._fetch(0)
        self._count = (
            len(first)
            if len(first) < PAGE_SIZE
            else children.count(self._text, self._scope, self._day)
        )
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by ``column``; the view calls this on a header click."""
        if not 0 <= column < len(KEYS):
            return
        self._order = KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:  # before the first reload (the view's initial sort) just remember it
            self.reload()

    # -- rows -------------------------------------------------------------------------------

    def child_id(self, row: int) -> int | None:
        record = self.row_data(row)
        return None if record is None else int(record[0])

    def row_data(self, row: int) -> Row | None:
        """The service tuple behind ``row`` (id, name, pinyin, sex, birth, masked ID, class,
        start, phone, status), loading its page if needed."""
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        rows = self._page(number)
        return rows[offset] if offset < len(rows) else None

    def row_of(self, child_id: int) -> int:
        """The row of ``child_id`` among the pages loaded so far, or -1."""
        for number, rows in self._pages.items():
            for offset, record in enumerate(rows):
                if record[0] == child_id:
                    return number * PAGE_SIZE + offset
        return -1

    def is_in_care(self, row: int) -> bool:
        record = self.row_data(row)
        return record is not None and bool(record[6])

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(KEYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(KEYS):
            return None
        if role == _DISPLAY:
            return self.tr(HEADERS[KEYS[section]])
        if role == _ALIGN:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # The view calls this for every visible cell and role at each paint: short paths first.
        if role == _DISPLAY:
            texts = self._row_texts(index.row())
            return None if texts is None else texts[index.column()]
        if role == _ALIGN:
            column = index.column()
            return _ALIGNMENTS[column] if column >= 0 else None
        if role not in (_USER, _FOREGROUND, _TOOLTIP):
            return None
        record = self.row_data(index.row())
        if record is None:
            return None
        if role == _USER:
            return int(record[0])
        if role == _FOREGROUND:
            return None if record[6] else _MUTED
        return self._tooltip(record, index.column())

    # -- helpers ----------------------------------------------------------------------------

    def _page(self, number: int) -> list[Row]:
        rows = self._pages.get(number)
        if rows is None:
            return self._fetch(number)
        self._pages.move_to_end(number)
        return rows

    def _fetch(self, number: int) -> list[Row]:
        rows = children.page(
            self._text,
            self._scope,
            self._day,
            number * PAGE_SIZE,
            PAGE_SIZE,
            self._order,
            self._descending,
        )
        self.page_loads += 1
        self._pages[number] = rows
        self._texts[number] = [None] * len(rows)  # made when first shown
        while len(self._pages) > MAX_PAGES:
            dropped, _rows = self._pages.popitem(last=False)
            self._texts.pop(dropped, None)
        return rows

    def _row_texts(self, row: int) -> tuple[str, ...] | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        texts = self._texts.get(number)
        if texts is None:
            self._fetch(number)
            texts = self._texts[number]
        if offset >= len(texts):
            return None
        made = texts[offset]
        if made is None:
            made = texts[offset] = _display_texts(self._pages[number][offset])
        return made

    def _tooltip(self, record: Row, column: int) -> str | None:
        key = KEYS[column] if 0 <= column < len(KEYS) else ""
        if key == "name":
            return self.tr("{name}（拼音 {pinyin}）").format(name=record[1], pinyin=record[2])
        if key == "id_number" and record[5]:
            return self.tr("证件号码已隐藏中间几位；完整号码见幼儿档案")
        if key == "status":
            if record[6]:
                return self.tr("{day} 在托：{klass}（{start} 入托）").format(
                    day=self._day.isoformat(),
                    klass=record[6],
                    start=record[7].isoformat() if record[7] else "—",
                )
            return self.tr("{day} 不在托（已离托或尚未入托）").format(day=self._day.isoformat())
        if key == "sex" and record[3]:
            sex = _sex(record[3])
            return enum_label(sex) if sex else None
        return None


def _display_texts(record: Row) -> tuple[str, ...]:
    """One row as shown: dates as YYYY-MM-DD, sex and status in the current language."""
    out = []
    for key, value in zip(KEYS, record[1:], strict=False):
        if value is None:
            out.append("")
        elif isinstance(value, date):
            out.append(value.isoformat())
        elif key == "sex":
            sex = _sex(value)
            out.append(_short_sex(sex) if sex else core_label(str(value)))
        elif key == "status":
            out.append(core_label(str(value)))
        else:
            out.append(str(value))
    return tuple(out)


def _sex(value: object) -> Sex | None:
    """The service gives the sex as its Chinese label."""
    return next((sex for sex in Sex if sex.label == value), None)


def _short_sex(sex: Sex) -> str:
    return QCoreApplication.translate("ChildrenTableModel", SEX_SHORT[sex])
