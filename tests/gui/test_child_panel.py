"""The children page's side panel: what it shows, all from one service call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from operator_app.domain.children import ChildInput, GuardianInput
from operator_app.domain.enums import ClassType, GuardianRelation, IdType, Sex
from operator_app.gui.views.child_panel import ChildPanel
from operator_app.services import child_overview, children, classes, consent, enrolment
from operator_app.services.consent import ConsentKind

DAY = date(2026, 11, 20)


@pytest.fixture
def child(institution: object) -> int:
    """王小明 (17 months on DAY) in 托小一班 since 1 Jul 2026, two guardians, personal consent."""
    small = classes.create_class("托小一班", ClassType.SMALL, opened_on=date(2026, 1, 5))
    child_id = children.create_child(
        ChildInput(
            "王小明",
            Sex.MALE,
            date(2025, 6, 10),
            IdType.NONE,
            id_note="户口办理中",
            guardians=(
                GuardianInput("李丽", GuardianRelation.MOTHER, "13800138000"),
                GuardianInput("王强", GuardianRelation.FATHER, "13900139000"),
            ),
        ),
        today=DAY,
    ).id
    enrolment.enrol(child_id, small, date(2026, 7, 1))
    consent.give(child_id, "王强", ConsentKind.PERSONAL, date(2026, 7, 1), today=DAY)
    return child_id


def counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Wrap ``module.name`` so each call is counted and the real function still runs."""
    calls: list[int] = []
    real: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)
    return calls


def test_the_panel_shows_one_service_answer(
    qtbot: Any, child: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = ChildPanel()
    qtbot.addWidget(panel)
    overview = counting(monkeypatch, child_overview, "overview")
    others = [
        counting(monkeypatch, children, "get_child"),
        counting(monkeypatch, enrolment, "history"),
        counting(monkeypatch, consent, "current"),
    ]
    panel.show_child(child, DAY)

    assert len(overview) == 1
    # the three services are used once each, inside that call, and never by the panel itself
    assert [len(c) for c in others] == [1, 1, 1]
    assert panel.name_label.text() == "王小明（男，1岁5个月）"
    assert panel.status_label.text() == (
        "托小一班（托小班），2026-07-01 起，普惠托位\n月龄 17 个月，符合托小班（12–24个月）"
    )
    assert panel.guardians_label.text() == "李丽（母亲）\n王强（父亲）"
    assert panel.consent_label.text() == "个人信息处理同意：已同意\n健康信息处理同意：未同意"
    assert panel.history.count() == 1


def test_a_child_not_in_care_that_day(qtbot: Any, child: int) -> None:
    panel = ChildPanel()
    qtbot.addWidget(panel)
    panel.show_child(child, date(2026, 6, 30))
    assert panel.status_label.text() == "不在托"
    assert panel.consent_label.text() == "个人信息处理同意：未同意\n健康信息处理同意：未同意"
    panel.show_child(None, DAY)
    assert panel.name_label.isHidden() and not panel.hint.isHidden()
