"""``screenshot`` and ``selftest``: the Qt commands, offscreen, in a subprocess."""

from __future__ import annotations

from pathlib import Path

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
