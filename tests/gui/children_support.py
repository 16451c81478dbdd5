"""Builders for the children page tests: classes, children and enrolments made through the
services (dates relative to TODAY, a fixed day: tests/gui/conftest.py's ``fixed_today`` makes it
the pages' and the services' today), and a bulk insert for the model tests that need thousands
of rows quickly."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from operator_app.domain.ages import date_after_months
from operator_app.domain.children import ChildInput, GuardianInput
from operator_app.domain.enums import ClassType, GuardianRelation, IdType, Sex
from operator_app.domain.identity import make_resident_id
from operator_app.domain.names import name_pinyin
from operator_app.services import children, classes, enrolment
from operator_app.storage.records import ChildRecord, EnrolmentRecord, GuardianRecord, database

TODAY = date(2026, 11, 16)  # a Monday; the same whatever day the tests run
REGION = "500103"
_seq = [100]


def months_ago(months: int, days: int = 0) -> date:
    """The birth date of a child who is ``months`` completed months (and ``days``) old today."""
    year, month = divmod(TODAY.year * 12 + TODAY.month - 1 - months, 12)
    day = min(TODAY.day, 28)
    return date(year, month + 1, day) - timedelta(days=days)


def resident_id(birth: date, male: bool) -> str:
    _seq[0] += 1
    if (_seq[0] % 2 == 1) != male:
        _seq[0] += 1
    return make_resident_id(REGION, birth, _seq[0], male)


def child_input(
    name: str, birth: date, male: bool = True, phone: str = "13800138000", guardian: str = "李丽"
) -> ChildInput:
    return ChildInput(
        name,
        Sex.MALE if male else Sex.FEMALE,
        birth,
        IdType.RESIDENT,
        resident_id(birth, male),
        guardians=(GuardianInput(guardian, GuardianRelation.MOTHER, phone),),
    )


def make_child(name: str, birth: date, male: bool = True, **kwargs: str) -> int:
    return children.create_child(child_input(name, birth, male, **kwargs)).id


def make_class(name: str, class_type: ClassType, capacity: int | None = None) -> int:
    return classes.create_class(name, class_type, capacity, opened_on=TODAY - timedelta(days=400))


def enrolled(
    name: str,
    birth: date,
    class_id: int,
    start: date | None = None,
    male: bool = True,
    **kwargs: str,
) -> int:
    child_id = make_child(name, birth, male, **kwargs)
    enrolment.enrol(child_id, class_id, start or TODAY - timedelta(days=30))
    return child_id


def outgrowing_birth(upper_months: int, in_days: int) -> date:
    """A birth date for a child who reaches ``upper_months`` in ``in_days`` days."""
    target = TODAY + timedelta(days=in_days)
    birth = target
    while date_after_months(birth, upper_months) > target:
        birth -= timedelta(days=1)
    return birth


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "子浩宇轩欣怡涵诺思睿杰琪瑶文晨嘉馨汐辰安"


def bulk_children(count: int, class_id: int | None = None) -> None:
    """``count`` children (every third one in ``class_id`` since a month ago) inserted in bulk:
    thousands of rows in well under a second, for the model tests."""
    rows, guardians = [], []
    first = (ChildRecord.select().count() or 0) + 10_000
    for i in range(count):
        name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i // 7) % len(GIVEN)] + GIVEN[i % 13]
        full, initials = name_pinyin(name)
        rows.append(
            {
                "id": first + i,
                "name": name,
                "pinyin": full,
                "initials": initials,
                "sex": "M" if i % 2 else "F",
                "birth_date": TODAY - timedelta(days=300 + i % 500),
                "id_type": "none",
                "id_number": None,
                "id_note": "测试",
            }
        )
        guardians.append(
            {
                "child": first + i,
                "name": "家长",
                "relation": "mother",
                "phone": f"139{i:08d}",
                "position": 0,
            }
        )
    with database.atomic():
        for start in range(0, count, 500):
            ChildRecord.insert_many(rows[start : start + 500]).execute()
            GuardianRecord.insert_many(guardians[start : start + 500]).execute()
        if class_id is not None:
            periods = [
                {"child": first + i, "klass": class_id, "start_date": TODAY - timedelta(days=30)}
                for i in range(0, count, 3)
            ]
            for start in range(0, len(periods), 500):
                EnrolmentRecord.insert_many(periods[start : start + 500]).execute()


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    """Type ``text`` as a user does: ASCII as key presses, Chinese committed by the input
    method (QTest cannot press keys for characters outside Latin-1)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def edit_cell(qtbot: Any, table: Any, row: int, column: int, text: str) -> None:
    """Open the cell's editor, type ``text`` and press Enter, as a user edits a table cell."""
    from PySide6.QtCore import Qt

    table.setCurrentCell(row, column)
    index = table.currentIndex()
    if table.indexWidget(index) is None:
        table.editItem(table.item(row, column))
    editor = table.indexWidget(index)
    editor.selectAll()
    type_into(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes the editor on the next pass of the event loop.
    qtbot.waitUntil(lambda: table.indexWidget(index) is None, timeout=2000)
