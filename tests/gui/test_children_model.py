"""ChildrenTableModel: passes Qt's model tester over thousands of rows, pages lazily, sorts and
filters in SQL."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from operator_app.domain.enums import ClassType
from operator_app.gui.models.children_model import PAGE_SIZE, ChildrenTableModel
from operator_app.services import children
from operator_app.services.children import Scope
from tests.gui.children_support import TODAY, bulk_children, enrolled, make_class, months_ago

# Today is a fixed day for the services and the pages: nothing depends on the run's date.
pytestmark = pytest.mark.usefixtures("fixed_today")

ROWS = 3000


@pytest.fixture
def crowd(db: Any, institution: Any) -> int:
    """3000 children, a third of them in care in one class; returns the class id."""
    class_id = make_class("小一班", ClassType.SMALL)
    bulk_children(ROWS, class_id)
    return class_id


def test_model_passes_the_qt_model_tester_with_thousands_of_rows(crowd: int) -> None:
    model = ChildrenTableModel()
    tester = QAbstractItemModelTester(  # noqa: F841 - checks every change while alive
        model, QAbstractItemModelTester.FailureReportingMode.Warning
    )
    model.set_search(scope=Scope.ALL)
    assert model.rowCount() == ROWS
    model.set_search("wang")
    model.set_search("", Scope.IN_CARE)
    assert model.rowCount() == ROWS // 3
    model.sort(model.KEYS.index("birth_date"), Qt.SortOrder.DescendingOrder)
    model.set_search(scope=Scope.LEFT)
    assert model.rowCount() == ROWS - ROWS // 3
    for row in (0, PAGE_SIZE - 1, PAGE_SIZE, model.rowCount() - 1):
        assert model.data(model.index(row, model.NAME))


def test_pages_load_once_and_only_when_needed(crowd: int) -> None:
    model = ChildrenTableModel()
    model.set_search(scope=Scope.ALL)
    loads = model.page_loads  # the reset loaded the first page
    for row in range(PAGE_SIZE):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    assert model.page_loads == loads
    model.data(model.index(ROWS - 1, 0))
    model.data(model.index(ROWS - 2, 0))
    assert model.page_loads == loads + 1
    ids = {model.child_id(row) for row in range(ROWS)}
    assert len(ids) == ROWS  # pages join up with no gap and no repeat
    assert model.page_loads == loads - 1 + ROWS // PAGE_SIZE  # every page exactly once


def test_display_user_and_alignment_roles(db: Any, institution: Any) -> None:
    class_id = make_class("小一班", ClassType.SMALL)
    birth = months_ago(18)
    child_id = enrolled("张三", birth, class_id, start=TODAY - timedelta(days=10))
    model = ChildrenTableModel()
    model.reload()
    assert model.rowCount() == 1
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert texts[:4] == ["张三", "zhangsan", "男", birth.isoformat()]
    assert texts[4].startswith("500103") and "*" in texts[4]
    assert texts[5:] == ["小一班", (TODAY - timedelta(days=10)).isoformat(), "13800138000", "在托"]
    assert model.data(model.index(0, 3), Qt.ItemDataRole.UserRole) == child_id
    align = model.data(model.index(0, 3), Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignHCenter)
    assert "zhangsan" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "姓名" and headers[-1] == "状态"


def test_sort_and_filter_happen_in_sql(crowd: int) -> None:
    model = ChildrenTableModel()
    model.set_search(scope=Scope.ALL)
    column = model.KEYS.index("birth_date")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    oldest = model.data(model.index(0, column))
    model.sort(column, Qt.SortOrder.DescendingOrder)
    youngest = model.data(model.index(0, column))
    assert date.fromisoformat(oldest) < date.fromisoformat(youngest)
    assert model.order == ("birth_date", True)
    expected = children.page("", Scope.ALL, TODAY, 0, 5, "birth_date", True)
    assert [model.child_id(r) for r in range(5)] == [r[0] for r in expected]
    model.set_search("wz")  # initials: 王子…
    assert 0 < model.rowCount() < ROWS
    assert all(model.data(model.index(r, 0)).startswith("王") for r in range(model.rowCount()))
