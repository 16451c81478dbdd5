"""Headless screenshots of the main window (``operator-app screenshot``; docs and README).

Runs on Qt's ``offscreen`` platform unless QT_QPA_PLATFORM says otherwise, so no display is
needed. Uses the database that is already open, or opens the default one. The default size is
1280x800; other sizes (1024x768, a laptop's 1366x768) check that the layout fits them.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

WIDTH, HEIGHT = 1280, 800
SIZE = (WIDTH, HEIGHT)
# Screenshot targets that are a tab of a page rather than a page: target -> (page, tab method).
TABS = {"attendance": ("classes", "show_attendance")}


def render_page(
    page_key: str,
    out: Path,
    lang: str = "zh_CN",
    database_url: str | None = None,
    size: tuple[int, int] = SIZE,
) -> Path:
    """Draw page ``page_key`` of a main window of ``size`` (w, h) into the PNG ``out``.

    ``database_url`` is opened first when given; otherwise the open database is used (or the
    default one when none is open). ``page_key`` is a page or a tab of :data:`TABS`. Returns
    ``out``; raises KeyError for an unknown page.
    """
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Imported after the platform is chosen: nothing must create a QGuiApplication earlier.
    from operator_app.gui import pages
    from operator_app.gui.app import create_app
    from operator_app.gui.main_window import MainWindow
    from operator_app.paths import default_database_url
    from operator_app.services import database

    page, tab = TABS.get(page_key, (page_key, ""))
    pages.spec(page)
    app = create_app(None, lang)
    if database_url is not None or not database.is_open():
        db_path = database.open(database_url or default_database_url()).path
    else:
        db_path = database.current_path()
    window = MainWindow(db_path)
    try:
        window.resize(*size)
        shown = window.show_page(page)
        if tab:
            getattr(shown, tab)()
        window.show()
        for _ in range(3):  # layouts settle over a few passes (word-wrapped labels)
            app.processEvents()
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
        return out
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
