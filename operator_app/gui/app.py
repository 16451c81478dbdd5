"""Starting the GUI: the QApplication (fonts, style, language) and the program's flow.

``run_gui`` opens the database, asks for the institution on first run, then shows the main
window until it is closed. ``create_app`` is shared with screenshots and tests.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from operator_app import __version__
from operator_app.gui import errors, fonts, i18n, style
from operator_app.paths import APP_AUTHOR, APP_NAME, resource_path

log = logging.getLogger(__name__)

EXIT_REFUSED = 2
_CONFIGURED = "operatorAppConfigured"


def create_app(argv: Sequence[str] | None = None, lang: str = "zh_CN") -> QApplication:
    """The QApplication, created once and configured once; the language is (re)applied.

    Calling it again returns the same application switched to ``lang``.
    """
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv else [APP_NAME])
    if not isinstance(app, QApplication):
        raise RuntimeError("a QCoreApplication without widgets already exists")
    if not app.property(_CONFIGURED):
        QCoreApplication.setOrganizationName(APP_AUTHOR)
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        QApplication.setDesktopFileName(APP_NAME)
        fonts.apply_app_font(app)
        style.apply_style(app)
        icon = resource_path("icons", "app.png")
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
        app.setProperty(_CONFIGURED, True)
    i18n.set_language(app, lang)
    return app


def run_gui(database_url: str, lang: str = "zh_CN") -> int:
    """Run the desktop program on ``database_url``; the process exit code.

    2 when the database is refused (the message box says why), 0 when set-up is cancelled.
    """
    # Imported here so that create_app stays light for screenshots and tests.
    from operator_app.gui.dialogs.setup_dialog import SetupDialog
    from operator_app.gui.main_window import MainWindow
    from operator_app.gui.preferences import Preferences
    from operator_app.services import database, institution

    app = create_app(sys.argv, lang)
    log_file = errors.install_excepthook()
    log.info("operator-app %s starting on %s (log %s)", __version__, database_url, log_file)
    try:
        opened = database.open(database_url)
    except database.DatabaseRefused as exc:
        log.warning("database refused: %s", exc)
        QMessageBox.critical(None, QCoreApplication.translate("App", "无法打开数据库"), str(exc))
        return EXIT_REFUSED
    try:
        if not institution.exists() and SetupDialog().exec() != QDialog.DialogCode.Accepted:
            return 0
        window = MainWindow(opened.path, preferences=Preferences())
        window.place_on_screen()
        if opened.backup is not None:
            notice = QCoreApplication.translate("App", "数据库已升级；升级前的副本：{path}")
            window.statusBar().showMessage(notice.format(path=opened.backup), 30_000)
        window.show()
        return app.exec()
    finally:
        database.close()
