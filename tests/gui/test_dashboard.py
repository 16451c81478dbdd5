"""The home page draws the service's KPIs, children by class type and alerts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from operator_app.gui.views.dashboard_page import DashboardPage
from operator_app.gui.widgets.kpi_card import STATUS_COLOURS


def make_page(qtbot: Any) -> DashboardPage:
    page = DashboardPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def label_texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_kpi_cards_show_label_value_target_and_status(qtbot: Any, fake_dashboard: Any) -> None:
    page = make_page(qtbot)
    visible = [card for card in page.cards if card.isVisibleTo(page)]
    assert len(visible) == 4
    for card, kpi in zip(visible, fake_dashboard.kpis, strict=True):
        texts = label_texts(card)
        assert kpi.label in texts and kpi.value in texts
        assert f"目标：{kpi.target}" in texts
        assert card.status == kpi.status
        assert STATUS_COLOURS[kpi.status] in card.stripe.styleSheet()
    assert "需关注" in label_texts(visible[1]) and "未达标" in label_texts(visible[2])


def test_children_by_type_and_alerts(qtbot: Any, fake_dashboard: Any) -> None:
    page = make_page(qtbot)
    # Widgets added to a shown layout appear on the next event loop pass.
    qtbot.waitUntil(lambda: len(label_texts(page.children_box)) == 9, timeout=2000)
    children = label_texts(page.children_box)
    for type_label, count in fake_dashboard.children_by_type:
        assert type_label in children and f"{count} 人" in children
    assert "合计 52 人" in children
    assert [page.alerts.item(i).text() for i in range(page.alerts.count())] == fake_dashboard.alerts
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
