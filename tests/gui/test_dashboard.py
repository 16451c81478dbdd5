"""The home page draws the service's KPIs, children by class type and alerts."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QApplication, QLabel

from operator_app.gui import i18n
from operator_app.gui.views.dashboard_page import DashboardPage
from operator_app.gui.widgets.kpi_card import STATUS_COLOURS

# How the page words the SAMPLE_DASHBOARD of conftest: (label, target line, detail line).
CARDS_ZH = [
    ("托位使用", "目标：不超过备案托位 60", "使用率 87%"),
    ("普惠托位使用", "目标：不超过普惠托位 40", "使用率 98%"),
    ("班级合规", "目标：全部班级人数与师幼比达标", "托小一班"),
    ("保育人员持证率", "目标：≥ 90%", "尚无保育人员"),
]
CARDS_EN = [
    ("Places used", "Target: ≤ 60 filed places", "Occupancy 87%"),
    ("Inclusive places used", "Target: ≤ 40 inclusive places", "Occupancy 98%"),
    ("Compliant classes", "Target: every class within limits", "托小一班"),
    ("Certified carers", "Target: ≥ 90%", "No carers yet"),
]
CJK = re.compile(r"[\u4e00-\u9fff]")


def make_page(qtbot: Any) -> DashboardPage:
    page = DashboardPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def label_texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def alert_texts(page: DashboardPage) -> list[str]:
    return [page.alerts.item(i).text() for i in range(page.alerts.count())]


def test_kpi_cards_show_label_value_target_and_status(qtbot: Any, fake_dashboard: Any) -> None:
    page = make_page(qtbot)
    visible = [card for card in page.cards if card.isVisibleTo(page)]
    assert len(visible) == 4
    for card, kpi, (label, target, detail) in zip(
        visible, fake_dashboard.kpis, CARDS_ZH, strict=True
    ):
        texts = label_texts(card)
        assert label in texts and kpi.value in texts
        assert target in texts and detail in texts
        assert card.status == kpi.status
        assert STATUS_COLOURS[kpi.status] in card.stripe.styleSheet()
    assert "需关注" in label_texts(visible[1]) and "未达标" in label_texts(visible[2])


def test_children_by_type_and_alerts(qtbot: Any, fake_dashboard: Any) -> None:
    page = make_page(qtbot)
    # Widgets added to a shown layout appear on the next event loop pass.
    qtbot.waitUntil(lambda: len(label_texts(page.children_box)) == 9, timeout=2000)
    children = label_texts(page.children_box)
    for type_label, (class_type, count) in zip(
        ["乳儿班", "托小班", "托大班", "混合班"], fake_dashboard.children_by_type, strict=True
    ):
        assert class_type.label == type_label
        assert type_label in children and f"{count} 人" in children
    assert "合计 52 人" in children
    assert alert_texts(page) == ["托小一班：在班 16 人，超过额定 15 人"]
    assert not page.no_alerts.isVisibleTo(page)
    assert "重庆市渝中区小树苗托育中心" in page.subtitle.text()
    assert "2026-03-02" in page.subtitle.text()


def test_refresh_redraws_without_duplicating(qtbot: Any, fake_dashboard: Any) -> None:
    page = make_page(qtbot)
    page.refresh()
    page.refresh()
    assert len(page.cards) == 4
    assert page.alerts.count() == 1


def test_real_summary_for_a_new_institution(qtbot: Any, institution: Any) -> None:
    page = make_page(qtbot)
    texts = [t for card in page.cards for t in label_texts(card)]
    assert "托位使用" in texts and "0 / 60" in texts
    assert page.no_alerts.isVisibleTo(page)
    assert not page.error.isVisibleTo(page)


def test_without_institution_the_page_explains(qtbot: Any, db: Any) -> None:
    page = make_page(qtbot)
    assert page.error.isVisibleTo(page)
    assert "尚未设置机构信息" in page.error.text()
    assert not any(card.isVisibleTo(page) for card in page.cards)


def test_failing_classes_are_listed_with_the_language_separator(
    qtbot: Any, fake_dashboard: Any
) -> None:
    page = make_page(qtbot)
    kpi = fake_dashboard.kpis[2]
    two = type(kpi)(**{**kpi.__dict__, "params": {"classes": ("托小一班", "托大二班")}})
    assert page.kpi_texts(two)[2] == "托小一班、托大二班"
    rate_less = fake_dashboard.kpis[1]
    no_limit = type(rate_less)(**{**rate_less.__dict__, "params": {"limit": 0, "rate": None}})
    assert page.kpi_texts(no_limit)[1:] == ("不超过普惠托位 0", "使用率 —")


def test_english_words_every_figure(qapp: QApplication, qtbot: Any, fake_dashboard: Any) -> None:
    page = make_page(qtbot)
    i18n.set_language(qapp, "en")
    qtbot.waitUntil(lambda: page.alerts_box.title() == "Alerts", timeout=2000)
    visible = [card for card in page.cards if card.isVisibleTo(page)]
    for card, (label, target, detail) in zip(visible, CARDS_EN, strict=True):
        texts = label_texts(card)
        assert label in texts and target in texts and detail in texts
    assert visible[0].toolTip().startswith("Places used: On target\n")
    assert alert_texts(page) == ["托小一班: 16 children enrolled, over the capacity of 15"]
    qtbot.waitUntil(lambda: "Infant class" in label_texts(page.children_box), timeout=2000)
    # Only data stays Chinese: the institution and class names.
    shown = [t for card in visible for t in label_texts(card)] + label_texts(page.children_box)
    assert [t for t in shown if CJK.search(t)] == ["托小一班"]
