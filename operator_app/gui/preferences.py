"""UI preferences (window placement) in one typed wrapper over QSettings.

Why a wrapper: QSettings hands back untyped variants keyed by strings; every reader would
otherwise repeat the key, the conversion and the fallback. Business settings (institution,
rates, thresholds) live in the database, not here. The file is an INI file in the user's
configuration folder (``QSettings.IniFormat``, user scope), so tests can point it elsewhere
with ``QSettings.setPath``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSettings

from operator_app.paths import APP_AUTHOR, APP_NAME

_GEOMETRY = "mainWindow/geometry"  # x, y, width, height of the normal (not maximized) window
_MAXIMIZED = "mainWindow/maximized"


@dataclass(frozen=True)
class WindowPlacement:
    """Where the main window was when it closed: its normal geometry and whether maximized."""

    rect: QRect
    maximized: bool


class Preferences:
    """Typed access to the UI preferences. ``settings`` defaults to the user's INI file."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME
        )

    def window_placement(self) -> WindowPlacement | None:
        """The saved placement, or None when nothing (or nothing readable) was saved."""
        rect = _rect(self.settings.value(_GEOMETRY))
        if rect is None:
            return None
        maximized = str(self.settings.value(_MAXIMIZED, "false")).lower() == "true"
        return WindowPlacement(rect, maximized)

    def set_window_placement(self, placement: WindowPlacement) -> None:
        r = placement.rect
        self.settings.setValue(_GEOMETRY, [r.x(), r.y(), r.width(), r.height()])
        self.settings.setValue(_MAXIMIZED, "true" if placement.maximized else "false")
        self.settings.sync()

    def clear_window_placement(self) -> None:
        self.settings.remove(_GEOMETRY)
        self.settings.remove(_MAXIMIZED)
        self.settings.sync()


def _rect(value: object) -> QRect | None:
    """A QRect from a saved ``[x, y, w, h]`` list (INI files give strings back); else None."""
    if not isinstance(value, list | tuple) or len(value) != 4:
        return None
    try:
        x, y, width, height = (int(str(v)) for v in value)
    except ValueError:
        return None
    if width <= 0 or height <= 0:
        return None
    return QRect(x, y, width, height)
