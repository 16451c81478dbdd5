"""Headless screenshots: a 1280x800 PNG of the chosen page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from operator_app.gui.screenshot import render_page


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_dashboard_screenshot_is_a_1280x800_png(
    tmp_path: Path, institution: Any, fake_dashboard: Any, lang: str
) -> None:
    out = render_page("dashboard", tmp_path / "shots" / "home.png", lang)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_unknown_page_is_refused(tmp_path: Path, institution: Any) -> None:
    with pytest.raises(KeyError, match="dashboard"):
        render_page("nursery", tmp_path / "x.png", "zh_CN")
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("size", [(1024, 768), (1400, 900)])
def test_screenshot_at_another_size(
    tmp_path: Path, institution: Any, fake_dashboard: Any, size: tuple[int, int]
) -> None:
    out = render_page("classes", tmp_path / "classes.png", "en", size=size)
    image = QImage(str(out))
    assert (image.width(), image.height()) == size


def test_attendance_is_a_screenshot_target(tmp_path: Path, institution: Any) -> None:
    out = render_page("attendance", tmp_path / "attendance.png", "zh_CN", size=(1024, 768))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)
