"""The main window's pages: their order, titles, and the factories that build them.

A page is any QWidget with a ``refresh()`` method; the window calls it each time the page is
shown. Keys without a registered factory get a :class:`PlaceholderPage` that says which
capability will land there, so the navigation is complete from day one.

To add a real page, register its factory before the window is built::

    from operator_app.gui.pages import register_page
    register_page("classes", ClassesPage)       # ClassesPage(parent) -> QWidget with refresh()

or add the line to :func:`_register_builtin_pages` so it is there in every run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class PageSpec:
    """One navigation entry. Texts are Chinese sources; show them through :func:`translate`."""

    key: str
    title: str
    capability: str
    description: str


class Page(Protocol):
    def refresh(self) -> None: ...


PageFactory = Callable[[QWidget | None], QWidget]

CONTEXT = "Pages"

PAGES: list[PageSpec] = [
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("Pages", "首页"),
        QT_TRANSLATE_NOOP("Pages", "机构概况"),
        QT_TRANSLATE_NOOP("Pages", "托位、持证率、建档率等关键指标与提醒"),
    ),
    PageSpec(
        "classes",
        QT_TRANSLATE_NOOP("Pages", "班级"),
        QT_TRANSLATE_NOOP("Pages", "班级管理"),
        QT_TRANSLATE_NOOP("Pages", "设置班型与容量，安排保育人员，检查师生配比"),
    ),
    PageSpec(
        "children",
        QT_TRANSLATE_NOOP("Pages", "幼儿"),
        QT_TRANSLATE_NOOP("Pages", "幼儿档案"),
        QT_TRANSLATE_NOOP("Pages", "入托登记、监护人与知情同意、在托名册和出勤"),
    ),
    PageSpec(
        "health",
        QT_TRANSLATE_NOOP("Pages", "健康"),
        QT_TRANSLATE_NOOP("Pages", "健康档案"),
        QT_TRANSLATE_NOOP("Pages", "入托体检、生长发育评价、预防接种查验、晨午检与因病缺勤追踪"),
    ),
    PageSpec(
        "staff",
        QT_TRANSLATE_NOOP("Pages", "员工"),
        QT_TRANSLATE_NOOP("Pages", "员工管理"),
        QT_TRANSLATE_NOOP("Pages", "岗位与资格证书、持证率、健康合格证和背景查询到期提醒"),
    ),
    PageSpec(
        "claims",
        QT_TRANSLATE_NOOP("Pages", "补贴申报"),
        QT_TRANSLATE_NOOP("Pages", "补贴申报"),
        QT_TRANSLATE_NOOP("Pages", "按月核算普惠托位运营补贴，生成申报表和明细表"),
    ),
    PageSpec(
        "filing",
        QT_TRANSLATE_NOOP("Pages", "备案"),
        QT_TRANSLATE_NOOP("Pages", "机构备案"),
        QT_TRANSLATE_NOOP("Pages", "备案书、承诺书和备案材料清单，变更备案"),
    ),
    PageSpec(
        "data",
        QT_TRANSLATE_NOOP("Pages", "数据"),
        QT_TRANSLATE_NOOP("Pages", "数据管理"),
        QT_TRANSLATE_NOOP("Pages", "导入导出、备份与恢复、数据完整性检查和操作日志"),
    ),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("Pages", "设置"),
        QT_TRANSLATE_NOOP("Pages", "系统设置"),
        QT_TRANSLATE_NOOP("Pages", "机构信息、业务参数和界面偏好"),
    ),
]

_factories: dict[str, PageFactory] = {}
_builtin_done = False


def translate(text: str) -> str:
    """A page text in the current language."""
    return QCoreApplication.translate(CONTEXT, text)


def spec(key: str) -> PageSpec:
    for page in PAGES:
        if page.key == key:
            return page
    raise KeyError(f"unknown page {key!r}; pages are {', '.join(keys())}")


def keys() -> list[str]:
    return [page.key for page in PAGES]


def register_page(key: str, factory: PageFactory) -> None:
    """Build page ``key`` with ``factory(parent)`` from now on (replaces any earlier factory)."""
    spec(key)  # unknown keys are a programming error, caught at registration
    _factories[key] = factory


def factory_for(key: str) -> PageFactory | None:
    """The registered factory for ``key``, or None when the page is still a placeholder."""
    _register_builtin_pages()
    return _factories.get(key)


def create_page(key: str, parent: QWidget | None = None) -> QWidget:
    """The page for ``key``: its registered factory's widget, or a placeholder."""
    factory = factory_for(key)
    if factory is not None:
        return factory(parent)
    from operator_app.gui.views.placeholder_page import PlaceholderPage

    return PlaceholderPage(spec(key), parent)


def _register_builtin_pages() -> None:
    """The pages that exist in this release. Imported lazily: views import this module."""
    global _builtin_done
    if _builtin_done:
        return
    _builtin_done = True
    from operator_app.gui.views.children_page import ChildrenPage
    from operator_app.gui.views.classes_hub import ClassesHub
    from operator_app.gui.views.dashboard_page import DashboardPage
    from operator_app.gui.views.data_page import DataPage
    from operator_app.gui.views.settings_page import SettingsPage

    _factories.setdefault("dashboard", DashboardPage)
    _factories.setdefault("classes", ClassesHub)
    _factories.setdefault("children", ChildrenPage)
    _factories.setdefault("data", DataPage)
    _factories.setdefault("settings", SettingsPage)
