"""The headless core (domain, storage, services) passes ``mypy --strict``.

Why these three: they hold every rule and every write, and a wrong type there is a wrong record.
peewee's query objects are typed at one edge (``storage.queries``: rows as tuples, raw SQL), so
the checking reaches into storage and the services without an ignore at each call. The reports,
CLI and GUI are not covered yet. The test also holds pyproject's ``[tool.mypy]`` to the same three
packages, so a bare ``mypy`` checks what this test checks.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STRICT_PACKAGES = (
    "operator_app/domain",
    "operator_app/storage",
    "operator_app/services",
    "operator_app/demo",
)


def test_core_packages_are_strictly_typed() -> None:
    pytest.importorskip("mypy")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *STRICT_PACKAGES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # every module of the strict packages was read, none skipped
    sources = sum(len(list((ROOT / p).rglob("*.py"))) for p in STRICT_PACKAGES)
    checked = re.search(r"no issues found in (\d+) source files", result.stdout)
    assert checked is not None, result.stdout
    assert int(checked.group(1)) == sources


def test_pyproject_mypy_config_covers_the_same_packages() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    assert set(config["files"]) == set(STRICT_PACKAGES)
