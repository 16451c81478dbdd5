"""The domain layer passes ``mypy --strict``.

Why only the domain for now: peewee's query objects are untyped, so strict checking of
storage/services needs stubs or casts first (tracked as follow-up work).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_domain_is_strictly_typed() -> None:
    pytest.importorskip("mypy")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "operator_app/domain"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
