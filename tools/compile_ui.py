"""Regenerate operator_app/gui/forms/ui_<name>.py from every ui/<name>.ui with pyside6-uic.

The generated forms are committed so the app runs without Qt's tools; tests/gui fails when a
committed form differs from what uic makes of its .ui today (run this script to fix it).

Usage: python tools/compile_ui.py [--check]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "operator_app" / "gui" / "forms"


def uic_executable() -> Path:
    """The uic binary inside the PySide6 wheel (what the pyside6-uic wrapper runs)."""
    base = Path(PySide6.__file__).resolve().parent
    if sys.platform == "win32":
        return base / "uic.exe"
    return base / "Qt" / "libexec" / "uic"


def ui_files() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def form_path(ui: Path) -> Path:
    return FORMS_DIR / f"ui_{ui.stem}.py"


def generate(ui: Path) -> str:
    """The Python source uic makes of ``ui`` (run from the repository root for stable paths)."""
    done = subprocess.run(
        [str(uic_executable()), "-g", "python", str(ui.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8").replace("\r\n", "\n")


def stale_forms() -> list[Path]:
    """Generated forms that are missing or differ from a fresh uic run."""
    stale = [
        form_path(ui)
        for ui in ui_files()
        if not form_path(ui).exists() or form_path(ui).read_text(encoding="utf-8") != generate(ui)
    ]
    return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale forms")
    args = parser.parse_args()
    if args.check:
        stale = stale_forms()
        for path in stale:
            print("stale:", path.relative_to(ROOT))
        return 1 if stale else 0
    for ui in ui_files():
        out = form_path(ui)
        out.write_text(generate(ui), encoding="utf-8", newline="\n")
        print("wrote", out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
