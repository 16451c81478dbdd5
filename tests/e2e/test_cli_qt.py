"""``screenshot`` and ``selftest``: the Qt commands, offscreen, in a subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import Cli, png_size


def test_screenshot_of_the_dashboard(cli: Cli, demo_dir: Path) -> None:
    out = demo_dir / "shots" / "dashboard.png"
    result = cli("screenshot", "--page", "dashboard", "--out", out, data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (1280, 800)


def test_screenshot_in_english(cli: Cli, demo_dir: Path) -> None:
    out = demo_dir / "classes-en.png"
    result = cli("screenshot", "--page", "classes", "--out", out, "--lang", "en", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (1280, 800)


def test_screenshot_at_1024x768(cli: Cli, demo_dir: Path) -> None:
    out = demo_dir / "classes-small.png"
    result = cli(
        "screenshot", "--page", "classes", "--out", out, "--size", "1024x768", data_dir=demo_dir
    )
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (1024, 768)
    assert "1024×768" in result.stdout


def test_screenshot_of_the_attendance_tab_in_english(cli: Cli, demo_dir: Path) -> None:
    out = demo_dir / "attendance-en.png"
    args = ("--page", "attendance", "--out", out, "--size", "1366x768", "--lang", "en")
    result = cli("screenshot", *args, data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (1366, 768)


@pytest.mark.parametrize(
    ("size", "reason"),
    [("big", "不是“宽x高”的形式"), ("1024*768", "不是“宽x高”的形式"), ("100x100", "超出范围")],
)
def test_screenshot_with_a_bad_size_names_the_option(
    cli: Cli, demo_dir: Path, size: str, reason: str
) -> None:
    out = demo_dir / "x.png"
    result = cli("screenshot", "--page", "classes", "--out", out, "--size", size, data_dir=demo_dir)
    assert result.returncode == 2
    assert "--size" in result.stderr and reason in result.stderr
    assert not out.exists()


def test_screenshot_help_mentions_the_size(cli: Cli) -> None:
    result = cli("screenshot", "--help")
    assert result.returncode == 0
    assert "--size WxH" in result.stdout and "1024x768" in result.stdout


def test_screenshot_of_an_unknown_page(cli: Cli, demo_dir: Path) -> None:
    out = demo_dir / "x.png"
    result = cli("screenshot", "--page", "nope", "--out", out, data_dir=demo_dir)
    assert result.returncode == 2
    assert "--page" in result.stderr and "dashboard" in result.stderr
    assert not out.exists()


def test_selftest_passes_without_touching_user_folders(cli: Cli, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = cli("selftest", home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "自检通过" in result.stdout
    assert result.stdout.count("OK ") == 5
    touched = [p for p in home.rglob("*") if "operator" in p.name.lower()]
    assert touched == []
