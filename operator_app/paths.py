"""Where the app keeps its data, logs and bundled resources.

Why one module: the data folder can be chosen three ways (``--data-dir``, the
``OPERATOR_APP_DATA_DIR`` variable, or the platform default) and resources must be found both
from a source checkout and from a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "operator-app"
APP_AUTHOR = "OperatorApp"
DATA_DIR_ENV = "OPERATOR_APP_DATA_DIR"
DB_FILE_NAME = "operator.sqlite3"

_data_dir_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Override the data folder for this process (``--data-dir``)."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """The folder holding the database, backups and exports; created on first use."""
    if _data_dir_override is not None:
        folder = _data_dir_override
    elif os.environ.get(DATA_DIR_ENV):
        folder = Path(os.environ[DATA_DIR_ENV]).expanduser().resolve()
    else:
        folder = user_data_path(APP_NAME, APP_AUTHOR)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_dir() -> Path:
    """Rotating logs live beside the data when the data folder is overridden (tests, USB use)."""
    if _data_dir_override is not None or os.environ.get(DATA_DIR_ENV):
        folder = data_dir() / "logs"
    else:
        folder = user_log_path(APP_NAME, APP_AUTHOR)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / DB_FILE_NAME}"


def resource_root() -> Path:
    """The ``resources`` folder: inside the bundle when frozen, else at the repository root."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
