"""Core wording shown in the GUI (enum labels, parameter names and units) has English."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from operator_app.domain import enums
from operator_app.domain.parameters import PARAMETERS
from operator_app.gui import i18n, labels
from operator_app.gui.models.children_model import ChildrenTableModel
from tests.gui.children_support import enrolled, make_class, months_ago

CJK = re.compile(r"[\u4e00-\u9fff]")
LABELLED = [
    member
    for cls in vars(enums).values()
    if isinstance(cls, type) and issubclass(cls, enums._Labelled) and cls is not enums._Labelled
    for member in cls
]


@pytest.fixture
def english(qapp: QApplication) -> None:
    i18n.set_language(qapp, "en")  # the autouse fixture `chinese` switches back


def test_every_enum_is_covered() -> None:
    kinds = {type(member).__name__ for member in LABELLED}
    assert {"ClassType", "Sex", "IdType", "LeaveReason", "AttendanceStatus"} <= kinds
    assert len(kinds) == 10


@pytest.mark.parametrize("member", LABELLED, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_enum_label_in_english(english: None, member: Any) -> None:
    text = labels.enum_label(member)
    assert text and not CJK.search(text), text


@pytest.mark.parametrize("param", PARAMETERS, ids=lambda p: p.key)
def test_parameter_label_and_unit_in_english(english: None, param: Any) -> None:
    assert not CJK.search(labels.parameter_label(param)), param.label
    assert not CJK.search(labels.unit_label(param.unit)), param.unit


def test_chinese_is_the_core_wording() -> None:
    assert labels.enum_label(enums.LeaveReason.FAMILY) == "家庭原因"
    assert labels.parameter_label(PARAMETERS[0]) == PARAMETERS[0].label
    assert [labels.unit_label(u) for u in ("persons", "days", "months", "percent", "none")] == [
        "人",
        "天",
        "个月",
        "%",
        "",
    ]


def test_children_table_abbreviates_sex_in_english(
    qapp: QApplication, db: Any, institution: Any
) -> None:
    enrolled("张三", months_ago(18), make_class("小一班", enums.ClassType.SMALL))
    model = ChildrenTableModel()
    column = model.KEYS.index("sex")

    def sex() -> tuple[str, str]:
        index = model.index(0, column)
        return index.data(), index.data(Qt.ItemDataRole.ToolTipRole)

    model.reload()
    assert sex() == ("男", "男")
    i18n.set_language(qapp, "en")
    model.reload()  # display texts are made once per load
    assert sex() == ("M", "Male")
    assert model.data(model.index(0, model.STATUS)) == "In care"
