"""Translations: the English catalog is complete and current, and switching language works."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from operator_app.gui import i18n, pages

ENGLISH_NAV = [
    "Home",
    "Classes",
    "Children",
    "Health",
    "Staff",
    "Subsidy claims",
    "Filing",
    "Data",
    "Settings",
]


@pytest.fixture(scope="module")
def build(load_tool: Any) -> Any:
    return load_tool("build_translations")


def test_english_catalog_has_no_unfinished_entries(build: Any) -> None:
    assert build.unfinished(build.ts_file("en")) == []


def test_english_catalog_has_every_string_of_the_code(build: Any) -> None:
    missing, extra = build.source_drift("en")
    assert not missing, f"run tools/build_translations.py and translate: {sorted(missing)}"
    assert not extra, f"run tools/build_translations.py to drop: {sorted(extra)}"


def nav_labels(window: Any) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_switching_to_english_relabels_the_open_window(
    qapp: QApplication, qtbot: Any, main_window: Any
) -> None:
    assert nav_labels(main_window)[0] == "首页"
    i18n.set_language(qapp, "en")
    # Qt posts LanguageChange to every widget; it arrives on the next event loop pass.
    qtbot.waitUntil(lambda: nav_labels(main_window) == ENGLISH_NAV, timeout=2000)
    assert main_window.windowTitle() == "Daycare Manager — 重庆市渝中区小树苗托育中心"
    assert main_window.page("health").heading.text() == "Health records: coming in a later version"
    assert main_window.page("dashboard").heading.text() == "Overview"
    i18n.set_language(qapp, "zh_CN")
    qtbot.waitUntil(lambda: nav_labels(main_window)[0] == "首页", timeout=2000)


def test_languages_are_normalized() -> None:
    assert i18n.normalize("zh_CN.UTF-8") == "zh_CN"
    assert i18n.normalize("zh") == "zh_CN"
    assert i18n.normalize("en_US") == "en"
    assert i18n.normalize(None) == "zh_CN"
    with pytest.raises(ValueError):
        i18n.normalize("fr")


@pytest.fixture
def private_ts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The en .ts copied to tmp_path, with i18n looking there (and caching there too)."""
    ts = tmp_path / "operator_app_en.ts"
    shutil.copyfile(i18n.ts_path("en"), ts)
    monkeypatch.setattr(i18n, "ts_path", lambda lang: tmp_path / f"operator_app_{lang}.ts")
    monkeypatch.setattr(i18n, "_cache_dir", lambda: tmp_path / "cache")
    return ts


def test_missing_qm_is_compiled_on_first_use(qapp: QApplication, private_ts: Path) -> None:
    qm = i18n.qm_path("en")
    assert qm == private_ts.with_suffix(".qm") and qm.exists()
    translator = i18n.load_translator("en")
    assert translator is not None
    assert translator.translate("Pages", "首页") == "Home"


def test_without_lrelease_the_ts_is_read_directly(
    qapp: QApplication, private_ts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "lrelease_executable", lambda: None)
    assert i18n.qm_path("en") is None
    translator = i18n.load_translator("en")
    assert isinstance(translator, i18n.TsTranslator)
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Pages", "补贴申报") == "Subsidy claims"
        assert pages.translate("健康档案") == "Health records"
    finally:
        qapp.removeTranslator(translator)


def test_chinese_needs_no_catalog_of_ours() -> None:
    assert i18n.load_translator("zh_CN") is None
