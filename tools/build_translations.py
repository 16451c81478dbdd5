"""Update resources/translations/*.ts from the code and compile them to .qm.

Sources are the Chinese strings in operator_app/gui (``self.tr``, ``QT_TRANSLATE_NOOP``,
``QCoreApplication.translate``) and in ui/*.ui. The generated forms in gui/forms are skipped:
they repeat the .ui strings. After updating, fill in new entries with Qt Linguist
(``pyside6-linguist``) or by hand, then run this again to write the .qm files.

Usage:
    python tools/build_translations.py            # lupdate, then lrelease
    python tools/build_translations.py --release  # lrelease only (build step, app bundles)
    python tools/build_translations.py --check    # fail if the .ts lacks or has extra sources
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
GUI_DIR = ROOT / "operator_app" / "gui"
UI_DIR = ROOT / "ui"
TS_DIR = ROOT / "resources" / "translations"
CATALOG = "operator_app"
LANGUAGES = ("en",)
SOURCE_LANGUAGE = "zh_CN"
# Qt's tools complain on stderr under a non-UTF-8 or missing locale (CI, LANG=zh_CN unset up).
TOOL_ENV = {**os.environ, "LC_ALL": "C.UTF-8"}


def qt_tool(name: str) -> Path:
    """lupdate / lrelease inside the PySide6 wheel (what pyside6-lupdate etc. run)."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(PySide6.__file__).resolve().parent / f"{name}{suffix}"


def sources() -> list[Path]:
    code = [p for p in sorted(GUI_DIR.rglob("*.py")) if "forms" not in p.relative_to(GUI_DIR).parts]
    return code + sorted(UI_DIR.glob("*.ui"))


def ts_file(lang: str) -> Path:
    return TS_DIR / f"{CATALOG}_{lang}.ts"


def lupdate(ts: Path, lang: str) -> None:
    """Merge the current source strings into ``ts`` (dropping ones no longer in the code)."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [
            str(qt_tool("lupdate")),
            "-silent",
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            lang,
            *files,
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        env=TOOL_ENV,
    )


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True, env=TOOL_ENV
    )
    return qm


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message> element of a .ts file."""
    root = ET.parse(ts).getroot()
    found: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """Entries with no finished translation (unfinished, vanished, obsolete or empty)."""
    bad = []
    for key, message in messages(ts).items():
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") is not None
            or not (translation.text or "").strip()
        ):
            bad.append(key)
    return bad


def source_drift(lang: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(in the code but not the .ts, in the .ts but no longer in the code)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / f"{CATALOG}_{lang}.ts"
        lupdate(fresh, lang)
        wanted = set(messages(fresh))
    have = set(messages(ts_file(lang)))
    return wanted - have, have - wanted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--release", action="store_true", help="only compile .ts to .qm")
    group.add_argument("--check", action="store_true", help="only report missing/unfinished")
    args = parser.parse_args()
    failed = False
    for lang in LANGUAGES:
        ts = ts_file(lang)
        if args.check:
            missing, extra = source_drift(lang)
            for context, source in sorted(missing):
                print(f"{ts.name}: not in .ts: [{context}] {source}")
            for context, source in sorted(extra):
                print(f"{ts.name}: no longer in code: [{context}] {source}")
            for context, source in unfinished(ts):
                print(f"{ts.name}: untranslated: [{context}] {source}")
            failed |= bool(missing or extra or unfinished(ts))
            continue
        if not args.release:
            lupdate(ts, lang)
        todo = unfinished(ts)
        if todo:
            print(f"{ts.name}: {len(todo)} entries still need a translation")
        print("wrote", lrelease(ts).relative_to(ROOT))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
