"""The main window: navigation on the left, the pages in a stack, menus and a status bar.

Pages come from :mod:`operator_app.gui.pages` (``PAGES`` and ``register_page``). Each page's
``refresh()`` runs whenever it is shown, so a page always shows current data without timers.

The window opens where it was closed when that place still fits a screen, else filling the
available area of the screen it opens on (maximized): a fixed default size hid columns on
small laptop screens. The placement is a UI preference (gui/preferences.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QKeyCombination, QRect, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from operator_app import __version__, paths
from operator_app.gui import pages
from operator_app.gui.preferences import Preferences, WindowPlacement
from operator_app.services import backup, institution

KEY_ROLE = Qt.ItemDataRole.UserRole
NAV_WIDTH = 168


class MainWindow(QMainWindow):
    """The application window. ``db_path`` is shown in the status bar (None for non-files).

    With ``preferences`` the window saves its placement there when it closes, and
    :meth:`place_on_screen` restores it; without (screenshots, most tests) it remembers nothing.
    """

    def __init__(
        self,
        db_path: Path | None = None,
        parent: QWidget | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.db_path = db_path
        self.preferences = preferences
        self.institution_name = ""
        self._setup_ui()
        self._setup_menus()
        self._setup_shortcuts()
        self._retranslate()
        self.reload_institution()
        self.nav.setCurrentRow(0)

    # -- public -----------------------------------------------------------------------------

    def show_page(self, key: str) -> QWidget:
        """Select page ``key`` (as a click on its navigation entry would) and return it."""
        self.nav.setCurrentRow(pages.keys().index(key))
        return self.page(key)

    def page(self, key: str) -> QWidget:
        return self.stack.widget(pages.keys().index(key))

    def current_key(self) -> str:
        return pages.keys()[self.stack.currentIndex()]

    def refresh_current(self) -> None:
        page = self.stack.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def place_on_screen(self, screens: list[QRect] | None = None) -> None:
        """Before showing: the saved placement when it fits a screen now, else maximized.

        A saved geometry that lies (even partly) outside every screen's available area, e.g.
        after a second monitor was unplugged, falls back to the default. ``screens`` are the
        available areas, the one the window opens on first (default: the real screens).
        """
        if screens is None:
            here = self.screen() or QGuiApplication.primaryScreen()
            others = [s for s in QGuiApplication.screens() if s is not here]
            screens = [s.availableGeometry() for s in (here, *others)]
        saved = self.preferences.window_placement() if self.preferences else None
        if saved is not None and any(area.contains(saved.rect) for area in screens):
            self.setGeometry(saved.rect)
            if saved.maximized:
                self.setWindowState(Qt.WindowState.WindowMaximized)
            return
        self.setGeometry(default_geometry(screens[0]))
        self.setWindowState(Qt.WindowState.WindowMaximized)

    def reload_institution(self) -> None:
        """Re-read the institution's name for the title and status bar (after it is edited)."""
        inst = institution.get()
        self.institution_name = inst.name if inst else ""
        self._update_title()

    # -- Qt events --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")
        for spec in pages.PAGES:
            item = QListWidgetItem(self.nav)
            item.setData(KEY_ROLE, spec.key)
            page = pages.create_page(spec.key, self.stack)
            changed = getattr(page, "institution_changed", None)
            if changed is not None:  # e.g. the settings page edits the institution
                changed.connect(self.reload_institution)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._on_nav_changed)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status_institution = QLabel(self)
        self.status_institution.setObjectName("statusInstitution")
        self.status_database = QLabel(self)
        self.status_database.setObjectName("statusDatabase")
        self.status_database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.status_institution, 1)
        self.statusBar().addPermanentWidget(self.status_database)

    def _setup_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.backup_action = QAction(self)
        self.backup_action.setObjectName("backupAction")
        self.backup_action.triggered.connect(self._on_backup)
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.triggered.connect(self._on_restore)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about)
        self.help_menu.addAction(self.about_action)

    def _setup_shortcuts(self) -> None:
        self.page_shortcuts: list[QShortcut] = []
        digits = [
            Qt.Key.Key_1,
            Qt.Key.Key_2,
            Qt.Key.Key_3,
            Qt.Key.Key_4,
            Qt.Key.Key_5,
            Qt.Key.Key_6,
            Qt.Key.Key_7,
            Qt.Key.Key_8,
            Qt.Key.Key_9,
        ]
        for row, key in enumerate(digits[: len(pages.PAGES)]):
            sequence = QKeySequence(QKeyCombination(Qt.KeyboardModifier.ControlModifier, key))
            shortcut = QShortcut(sequence, self)
            shortcut.activated.connect(lambda row=row: self.nav.setCurrentRow(row))
            self.page_shortcuts.append(shortcut)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self.refresh_current)

    def _retranslate(self) -> None:
        for row, spec in enumerate(pages.PAGES):
            item = self.nav.item(row)
            item.setText(pages.translate(spec.title))
            item.setToolTip(
                self.tr("{title}（Ctrl+{number}）").format(
                    title=pages.translate(spec.capability), number=row + 1
                )
            )
        self.nav.setAccessibleName(self.tr("功能导航"))
        self.file_menu.setTitle(self.tr("文件(&F)"))
        self.backup_action.setText(self.tr("备份(&B)…"))
        self.restore_action.setText(self.tr("从备份恢复(&R)…"))
        self.quit_action.setText(self.tr("退出(&X)"))
        self.help_menu.setTitle(self.tr("帮助(&H)"))
        self.about_action.setText(self.tr("关于(&A)"))
        self._update_title()

    def _update_title(self) -> None:
        app_name = self.tr("托育机构管理")
        if self.institution_name:
            self.setWindowTitle(
                self.tr("{app} — {institution}").format(
                    app=app_name, institution=self.institution_name
                )
            )
            self.status_institution.setText(self.institution_name)
        else:
            self.setWindowTitle(app_name)
            self.status_institution.setText(self.tr("尚未设置机构信息"))
        where = str(self.db_path) if self.db_path else self.tr("非文件数据库")
        self.status_database.setText(self.tr("数据文件：{path}").format(path=where))

    # -- slots ------------------------------------------------------------------------------

    def _on_nav_changed(self, row: int) -> None:
        if row < 0:
            return
        if row != self.stack.currentIndex() and not self._may_leave(self.stack.currentWidget()):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)
        self.refresh_current()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Pages with unsaved work (the attendance register) may ask before the window closes."""
        pages_left = (self.stack.widget(i) for i in range(self.stack.count()))
        if all(self._may_leave(page) for page in pages_left):
            self._save_placement()
            event.accept()
        else:
            event.ignore()

    def _save_placement(self) -> None:
        rect = self.normalGeometry()
        if self.preferences is not None and rect.isValid():
            maximized = bool(self.windowState() & Qt.WindowState.WindowMaximized)
            self.preferences.set_window_placement(WindowPlacement(rect, maximized))

    @staticmethod
    def _may_leave(page: QWidget | None) -> bool:
        check = getattr(page, "maybe_leave", None)
        return bool(check()) if callable(check) else True

    def _on_restore(self) -> None:
        """The data page owns restore (confirmation, safety copy, messages): go there and ask."""
        page = self.show_page("data")
        restore = getattr(page, "choose_and_restore", None)
        if callable(restore):
            restore()

    def _on_backup(self) -> None:
        """Ask where to; the data page backs up in the background and shows the outcome."""
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("备份数据"),
            str(backup.default_backup_path()),
            self.tr("数据库备份 (*.sqlite3)"),
        )
        if not target:
            return
        page = self.show_page("data")
        make_backup = getattr(page, "make_backup", None)
        if callable(make_backup):
            make_backup(target)

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于托育机构管理"),
            self.tr(
                "<h3>托育机构管理 {version}</h3>"
                "<p>托育机构的幼儿、员工、健康档案、补贴申报与备案管理。</p>"
                "<p>数据文件夹：{data}<br>日志文件夹：{logs}</p>"
                "<p>界面字体：思源黑体 Noto Sans SC（SIL Open Font License 1.1）。</p>"
            ).format(version=__version__, data=paths.data_dir(), logs=paths.log_dir()),
        )


def default_geometry(available: QRect) -> QRect:
    """Most of ``available`` (the geometry the window returns to from maximized), centred."""
    width, height = available.width() * 9 // 10, available.height() * 9 // 10
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect
