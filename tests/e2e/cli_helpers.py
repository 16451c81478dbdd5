"""Helpers for the end-to-end tests: run the CLI in a subprocess, read what it wrote."""

from __future__ import annotations

import os
import sqlite3
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
DB_NAME = "operator.sqlite3"
DEMO_SEED = 7
DEMO_TODAY = "2026-11-20"  # the demo's reference day: its data, and so every count, are fixed

Cli = Callable[..., subprocess.CompletedProcess[str]]


def cli_env(home: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPERATOR_APP")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANG="zh_CN.UTF-8",
        PYTHONIOENCODING="utf-8",
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
    )
    if home is not None:
        env.update(
            HOME=str(home),
            XDG_DATA_HOME=str(home / "share"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_STATE_HOME=str(home / "state"),
        )
    return env


def run_cli(
    *args: object, data_dir: Path | None = None, home: Path | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """``python -m operator_app [--data-dir DIR] ARGS...``; never raises on a non-zero exit."""
    command = [sys.executable, "-m", "operator_app"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    command += [str(a) for a in args]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=cli_env(home),
        cwd=home or ROOT,
        timeout=timeout,
        check=False,
    )


def query(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Read-only SQL against a database file, for checking what the CLI wrote."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return list(con.execute(sql, params).fetchall())
    finally:
        con.close()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height
