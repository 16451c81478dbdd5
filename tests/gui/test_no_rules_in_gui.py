"""Pages show what the services decide: order and rules are not worked out again in the GUI."""

from __future__ import annotations

from typing import Any

import pytest

from operator_app.domain.enums import ClassType
from operator_app.gui.views import classes_page
from operator_app.gui.views.classes_page import ClassesPage
from operator_app.services import classes


def test_the_classes_page_keeps_the_service_order(
    qtbot: Any, institution: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, class_type in (("托大一班", ClassType.BIG), ("乳儿一班", ClassType.INFANT)):
        classes.create_class(name, class_type)
    real = classes.list_classes
    calls: list[int] = []

    def reversed_order(*args: Any, **kwargs: Any) -> list[classes.ClassSummary]:
        calls.append(1)
        return list(reversed(real(*args, **kwargs)))

    assert [s.name for s in real()] == ["乳儿一班", "托大一班"]  # the service's display order
    monkeypatch.setattr(classes_page.classes, "list_classes", reversed_order)
    page = ClassesPage()
    qtbot.addWidget(page)
    page.refresh()
    assert calls
    assert [page.model.summary(r).name for r in range(page.model.rowCount())] == [
        "托大一班",
        "乳儿一班",
    ]
