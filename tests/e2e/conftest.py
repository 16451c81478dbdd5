"""End-to-end fixtures: the real CLI in a subprocess, against a private data folder.

Why a subprocess: it is what a scheduled task or a manager's script runs, so argument parsing,
exit codes, stderr and the start-up path are all covered. The demo fill takes several seconds,
so it runs once per session and is backed up (with the CLI itself); each test gets a copy.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_helpers import DB_NAME, DEMO_SEED, DEMO_TODAY, Cli, run_cli


@pytest.fixture
def cli() -> Cli:
    return run_cli


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder for the CLI (the parent conftest's fixture of the same name sets
    this process's data folder; here only the subprocess needs one)."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database, filled once per session by ``demo`` and saved by ``backup --to``."""
    work = tmp_path_factory.mktemp("demo")
    filled = run_cli("demo", "--seed", DEMO_SEED, "--today", DEMO_TODAY, data_dir=work / "data")
    assert filled.returncode == 0, filled.stderr
    template = work / "template.sqlite3"
    saved = run_cli("backup", "--to", template, data_dir=work / "data")
    assert saved.returncode == 0, saved.stderr
    return template


@pytest.fixture
def demo_dir(data_dir: Path, demo_template: Path) -> Path:
    """A data folder holding a private copy of the demo database."""
    shutil.copyfile(demo_template, data_dir / DB_NAME)
    return data_dir
