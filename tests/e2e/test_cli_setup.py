"""``init``, ``--help`` of every command, bad input, and headless commands staying Qt-free."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import DB_NAME, ROOT, Cli, cli_env, query

USCC = "91500103MA5U00001G"  # a valid code (check character G)
COMMANDS = (
    "init",
    "demo",
    "check",
    "backup",
    "restore",
    "roster",
    "attendance",
    "screenshot",
    "selftest",
)


def init_args(**changes: str) -> list[str]:
    options = {
        "--name": "渝中区示例托育中心",
        "--uscc": USCC,
        "--nature": "for_profit",
        "--places": "60",
        "--inclusive-places": "40",
        "--division-code": "500103",
    }
    options.update(changes)
    return ["init", *(part for pair in options.items() for part in pair)]


def test_init_creates_the_institution(cli: Cli, data_dir: Path) -> None:
    result = cli(*init_args(), "--no-meals", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "已创建机构：渝中区示例托育中心" in result.stdout
    rows = query(
        data_dir / DB_NAME,
        "SELECT name, uscc, nature, places, inclusive_places, meals FROM institution_record",
    )
    assert rows == [("渝中区示例托育中心", USCC, "for_profit", 60, 40, 0)]


def test_init_with_a_bad_uscc_names_the_field_and_saves_nothing(cli: Cli, data_dir: Path) -> None:
    result = cli(*init_args(**{"--uscc": "91500103MA5U00001X"}), data_dir=data_dir)
    assert result.returncode == 2
    assert "统一社会信用代码" in result.stderr
    assert "校验" in result.stderr
    assert result.stdout == ""
    assert query(data_dir / DB_NAME, "SELECT count(*) FROM institution_record") == [(0,)]


def test_init_refuses_a_second_institution_unless_updating(cli: Cli, data_dir: Path) -> None:
    assert cli(*init_args(), data_dir=data_dir).returncode == 0
    again = cli(*init_args(**{"--name": "另一家托育园"}), data_dir=data_dir)
    assert again.returncode == 1
    assert "已存在" in again.stderr and "--update" in again.stderr
    update = cli("init", "--update", "--places", "80", data_dir=data_dir)
    assert update.returncode == 0, update.stderr
    rows = query(data_dir / DB_NAME, "SELECT name, places FROM institution_record")
    assert rows == [("渝中区示例托育中心", 80)]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (init_args(**{"--places": "abc"}), "备案托位数"),
        (init_args(**{"--places": "0"}), "备案托位数"),
        (init_args(**{"--inclusive-places": "70"}), "普惠托位数"),
        (init_args(**{"--division-code": "5001"}), "行政区划代码"),
        (init_args(**{"--nature": "private"}), "--nature"),
        (["init", "--name", "渝中区示例托育中心"], "--uscc"),
    ],
)
def test_bad_init_input_is_refused_naming_the_field(
    cli: Cli, data_dir: Path, args: list[str], field: str
) -> None:
    result = cli(*args, data_dir=data_dir)
    assert result.returncode == 2
    assert field in result.stderr
    assert "Traceback" not in result.stderr


def test_printing_before_set_up_says_what_is_missing(cli: Cli, data_dir: Path) -> None:
    result = cli("roster", "--pdf", data_dir / "r.pdf", data_dir=data_dir)
    assert result.returncode == 2
    assert "尚未设置机构信息" in result.stderr
    assert not (data_dir / "r.pdf").exists()


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_of_every_command(cli: Cli, command: str | None) -> None:
    result = cli(*([command] if command else []), "--help")
    assert result.returncode == 0, result.stderr
    assert "usage: operator-app" in result.stdout
    assert "退出码" in result.stdout


def test_global_options_work_after_the_command_too(cli: Cli, data_dir: Path) -> None:
    result = cli(*init_args(), "--data-dir", data_dir)
    assert result.returncode == 0, result.stderr
    assert query(data_dir / DB_NAME, "SELECT count(*) FROM institution_record") == [(1,)]


def test_headless_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from operator_app.__main__ import main\n"
        f"rc = main(['--data-dir', {str(tmp_path)!r}, 'check'])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('rc', rc, 'qt', loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=cli_env(),
        cwd=ROOT,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("rc 0 qt []")


def test_demo_with_a_fixed_date_is_reproducible(cli: Cli, tmp_path: Path) -> None:
    runs = []
    for name in ("a", "b"):
        folder = tmp_path / name
        result = cli("demo", "--seed", "5", "--today", "2026-06-15", data_dir=folder)
        assert result.returncode == 0, result.stderr
        assert "参照日期 2026-06-15" in result.stdout
        runs.append(
            query(
                folder / DB_NAME, "SELECT name, id_number, birth_date FROM child_record ORDER BY id"
            )
        )
    assert runs[0] == runs[1] and len(runs[0]) == 114


def test_demo_refuses_a_future_reference_date(cli: Cli, data_dir: Path) -> None:
    result = cli("demo", "--today", "2999-01-01", data_dir=data_dir)
    assert result.returncode == 2
    assert "--today" in result.stderr
    assert query(data_dir / DB_NAME, "SELECT count(*) FROM institution_record") == [(0,)]
