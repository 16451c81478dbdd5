"""Qt fixtures: the configured application, message boxes that never block, a main window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from operator_app.domain.enums import ClassType
from operator_app.gui import i18n
from operator_app.gui.app import create_app
from operator_app.services import dashboard
from operator_app.services.dashboard import Alert, Dashboard, Kpi


def pytest_configure(config: pytest.Config) -> None:
    # Qt's offscreen platform (no display on CI) warns whenever a top-level window's layout
    # changes its minimum size; real platforms implement propagateSizeHints(). Not our warning,
    # and not avoidable without dropping layouts, so this one message alone is tolerated.
    config.addinivalue_line("qt_log_ignore", r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    """pytest-qt's application, created by our create_app (fonts, style, Chinese)."""
    return create_app([], "zh_CN")


@pytest.fixture(autouse=True)
def chinese(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends in the source language."""
    i18n.set_language(qapp, "zh_CN")
    yield
    i18n.set_language(qapp, "zh_CN")


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path) -> Path:
    """UI preferences (QSettings, INI, user scope) go to this test's folder, never the user's."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> Iterator[date]:
    """Today is children_support.TODAY for the services (clock) and the pages that ask."""
    from operator_app.gui.views import children_page, classes_page
    from operator_app.services import clock
    from tests.gui.children_support import TODAY

    for module in (children_page, classes_page):
        monkeypatch.setattr(module, "today", lambda: TODAY)
    with clock.fixed(TODAY):
        yield TODAY


@dataclass
class MessageBoxes:
    """What the code under test tried to show; each entry is (kind, title, text)."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def texts(self) -> str:
        return "\n".join(f"{title}\n{text}" for _, title, text in self.shown)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Replace QMessageBox's static dialogs: they would block the test waiting for a click."""
    record = MessageBoxes()

    def fake(kind: str) -> Any:
        def show(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            record.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind))
    return record


SAMPLE_DASHBOARD = Dashboard(
    institution="重庆市渝中区小树苗托育中心",
    on=date(2026, 3, 2),
    kpis=[
        Kpi(
            "places",
            "托位使用",
            "52 / 60",
            "places_limit",
            "ok",
            "usage",
            {"used": 52, "limit": 60, "rate": 52 / 60},
        ),
        Kpi(
            "inclusive",
            "普惠托位使用",
            "39 / 40",
            "inclusive_limit",
            "warn",
            "usage",
            {"used": 39, "limit": 40, "rate": 39 / 40},
        ),
        Kpi(
            "classes",
            "班级合规",
            "3 / 4",
            "all_classes_compliant",
            "bad",
            "classes_failing",
            {"classes": ("托小一班",)},
        ),
        Kpi("certified", "保育人员持证率", "—", "min_percent", "info", "no_carers", {"target": 90}),
    ],
    children_by_type=[
        (ClassType.INFANT, 8),
        (ClassType.SMALL, 15),
        (ClassType.BIG, 20),
        (ClassType.MIXED, 9),
    ],
    alerts=[Alert("over_capacity", "托小一班", {"enrolled": 16, "capacity": 15})],
)


@pytest.fixture
def fake_dashboard(monkeypatch: pytest.MonkeyPatch) -> Dashboard:
    """services.dashboard.summary returns SAMPLE_DASHBOARD."""
    monkeypatch.setattr(dashboard, "summary", lambda on=None: SAMPLE_DASHBOARD)
    return SAMPLE_DASHBOARD


@pytest.fixture
def main_window(qtbot: Any, institution: object, db: Any) -> Any:
    """A shown main window over the test database (every page real, the dashboard too)."""
    from operator_app.gui.main_window import MainWindow

    window = MainWindow(db.path)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(scope="session")
def load_tool() -> Any:
    """A function importing tools/<name>.py (the tools folder holds scripts, not a package)."""
    return _load_tool


def _load_tool(name: str) -> Any:
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"tools_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
