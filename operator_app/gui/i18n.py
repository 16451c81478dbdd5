"""Languages: Simplified Chinese in the source, English from resources/translations.

How a translation is found (why three steps: ``.qm`` files are build outputs, not in git):

1. ``operator_app_<lang>.qm`` beside the ``.ts`` when it is at least as new as the ``.ts`` (a
   release build ships it; ``tools/build_translations.py`` writes it in a checkout);
2. otherwise the ``.ts`` is compiled on the spot with the ``lrelease`` that ships inside the
   PySide6 wheel, into resources/translations or, if that is read-only, the user cache folder;
3. if that fails too (no lrelease in a frozen build), :class:`TsTranslator` reads the ``.ts``
   XML directly. Slower to load, same result, so the English UI never silently disappears.

zh_CN needs no translator of ours; Qt's own ``qtbase_zh_CN.qm`` is installed so that standard
buttons and context menus are Chinese too.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
from platformdirs import user_cache_path
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from operator_app import wording
from operator_app.paths import APP_AUTHOR, APP_NAME, resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
CATALOG = "operator_app"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def normalize(lang: str | None) -> str:
    """Map ``zh``, ``zh-CN``, ``zh_CN.UTF-8``, ``en_US`` ... to a key of :data:`LANGUAGES`."""
    code = (lang or SOURCE_LANGUAGE).split(".")[0].replace("-", "_")
    if code in LANGUAGES:
        return code
    base = code.split("_")[0].lower()
    for key in LANGUAGES:
        if key.split("_")[0] == base:
            return key
    raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(LANGUAGES)}")


def ts_path(lang: str) -> Path:
    return resource_path("translations", f"{CATALOG}_{lang}.ts")


def current_language() -> str:
    return _current


def set_language(app: QCoreApplication, lang: str | None) -> str:
    """Replace the installed translators with those for ``lang``; return the normalized code.

    Widgets receive a LanguageChange event and re-translate themselves.
    """
    global _current
    code = normalize(lang)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for translator in (_qt_translator(code), load_translator(code)):
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    QLocale.setDefault(QLocale(code))
    wording.set_language(code)  # the core's codes are worded in the same language
    _current = code
    return code


def load_translator(lang: str) -> QTranslator | None:
    """Our catalog for ``lang`` (None for the source language or when nothing can be loaded)."""
    if lang == SOURCE_LANGUAGE:
        return None
    qm = qm_path(lang)
    if qm is not None:
        translator = QTranslator()
        if translator.load(str(qm)):
            return translator
        log.warning("could not load %s; reading the .ts instead", qm)
    ts = ts_path(lang)
    if ts.exists():
        return TsTranslator(ts)
    log.error("no translation for %s (looked for %s)", lang, ts)
    return None


def qm_path(lang: str) -> Path | None:
    """A compiled catalog no older than its ``.ts``, compiling one if needed; else None."""
    ts = ts_path(lang)
    bundled = ts.with_suffix(".qm")
    if not ts.exists():
        return bundled if bundled.exists() else None
    for candidate in (bundled, _cache_dir() / bundled.name):
        if candidate.exists() and candidate.stat().st_mtime >= ts.stat().st_mtime:
            return candidate
    for target in (bundled, _cache_dir() / bundled.name):
        if compile_ts(ts, target):
            return target
    return None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Run PySide6's lrelease on ``ts`` writing ``qm`` atomically; False if it cannot."""
    exe = lrelease_executable()
    if exe is None:
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(suffix=".qm", dir=qm.parent)
        os.close(fd)
    except OSError:
        return False
    try:
        done = subprocess.run(
            [str(exe), "-silent", str(ts), "-qm", tmp],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )
        if done.returncode != 0:
            log.warning("lrelease failed for %s: %s", ts, done.stderr.strip())
            return False
        os.replace(tmp, qm)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed for %s: %s", ts, exc)
        return False
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def lrelease_executable() -> Path | None:
    """The lrelease binary inside the PySide6 wheel (absent in frozen builds)."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    exe = Path(PySide6.__file__).resolve().parent / name
    return exe if exe.exists() else None


class TsTranslator(QTranslator):
    """Translates straight from a Qt Linguist ``.ts`` file (fallback when no ``.qm`` exists)."""

    def __init__(self, ts: Path) -> None:
        super().__init__()
        self._messages: dict[tuple[str, str], str] = {}
        root = ET.parse(ts).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in (
                    "unfinished",
                    "vanished",
                    "obsolete",
                ):
                    continue
                if translation.text:
                    self._messages[(name, message.findtext("source", ""))] = translation.text

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self._messages.get((context, source), "")

    def isEmpty(self) -> bool:
        return not self._messages


def _qt_translator(lang: str) -> QTranslator | None:
    """Qt's own strings (OK/Cancel, context menus) in ``lang``, when Qt ships them."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{lang}", folder):
        return translator
    return None


def _cache_dir() -> Path:
    return user_cache_path(APP_NAME, APP_AUTHOR) / "translations"
