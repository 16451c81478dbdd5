"""数据管理: backups, restore, the integrity check and the audit log, in one place.

Why on a page and not only in the 文件 menu: a manager backing up to a USB stick at the end of
the day, or checking what was changed and by whom, should find it in the navigation.

Backup, restore and the check run as background jobs (gui/jobs.py) with a delayed, cancellable
progress dialog; backup and restore write (the audit log, the file) and so go to the one writer
thread. A restore swaps the database file: this thread closes its connection before the job
starts, and once it has ended the page re-reads everything and tells the window
(``institution_changed``), whose pages re-read the data each time they are shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from operator_app.gui import jobs
from operator_app.gui.widgets.page_heading import page_heading
from operator_app.services import audit, backup, checks, database
from operator_app.services.database import DatabaseRefused
from operator_app.services.progress import Cancelled

AUDIT_ROWS = 200


class DataPage(QWidget):
    """Buttons for backup / restore / check, the backups folder list and the recent audit log."""

    # A restore replaces everything, the institution included: the window re-reads its name.
    institution_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_data")
        self.job: jobs.Job | None = None  # the last job started from this page
        self._setup_ui()

    def refresh(self) -> None:
        self.backups.clear()
        try:
            for path in backup.list_backups():
                self.backups.addItem(path.name)
        except OSError as exc:
            self.status.setText(str(exc))
        entries = audit.recent(AUDIT_ROWS)
        self.audit_table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            local = entry.at.replace(tzinfo=dt.UTC).astimezone()  # stored in UTC
            values = (local.strftime("%Y-%m-%d %H:%M"), entry.actor, entry.summary)
            for column, value in enumerate(values):
                self.audit_table.setItem(row, column, QTableWidgetItem(value))

    def make_backup(self, target: str | None = None) -> jobs.Job:
        """Back up to ``target`` (default: a new file in the backups folder) in the background."""
        path = target or str(backup.default_backup_path())

        def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> backup.BackupInfo:
            return backup.backup_to(path, progress, cancel)

        return self._start(self.tr("正在备份…"), work, self._backed_up, writes=True)

    def restore(self, source: str) -> jobs.Job | None:
        """Replace the database with ``source`` after the user confirms; the old one is kept.

        The work runs on the writer thread. This (GUI) thread closes its own connection first:
        the file is swapped only when no connection is open; the next query reopens it.
        """
        answer = QMessageBox.question(
            self,
            self.tr("恢复数据"),
            self.tr(
                "将用备份文件替换当前全部数据：\n{path}\n\n当前数据会先另存一份到备份文件夹。"
                "确定恢复吗？"
            ).format(path=source),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        if jobs.running():  # a printout being made reads the file that would be swapped
            self._say(self.tr("请等其他后台任务（如正在生成的打印文件）结束后再恢复。"), error=True)
            return None

        def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> backup.RestoreResult:
            return backup.restore_from(source, progress=progress, cancel=cancel)

        database.close()
        return self._start(self.tr("正在恢复…"), work, self._restored, writes=True)

    def run_check(self) -> jobs.Job:
        """Run every check in the background; the findings fill the list below."""

        def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> checks.CheckReport:
            return checks.run_all(progress=progress, cancel=cancel)

        return self._start(self.tr("正在检查数据…"), work, self._checked)

    def _setup_ui(self) -> None:
        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.backup_button.clicked.connect(lambda: self.make_backup())
        self.backup_as_button = QPushButton(self.tr("备份到…"), self)
        self.backup_as_button.clicked.connect(self._on_backup_as)
        self.restore_button = QPushButton(self.tr("从备份恢复…"), self)
        self.restore_button.clicked.connect(self._on_restore)
        self.check_button = QPushButton(self.tr("数据检查"), self)
        self.check_button.clicked.connect(self.run_check)
        self.buttons = (
            self.backup_button,
            self.backup_as_button,
            self.restore_button,
            self.check_button,
        )
        buttons = QHBoxLayout()
        for button in self.buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups = QListWidget(self)
        self.findings = QListWidget(self)
        left = QVBoxLayout()
        left.addWidget(self._box(self.tr("备份文件夹中的备份（最新在前）"), self.backups))
        left.addWidget(self._box(self.tr("检查结果"), self.findings))

        self.audit_table = QTableWidget(0, 3, self)
        self.audit_table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("操作人"), self.tr("内容")]
        )
        self.audit_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.audit_table.verticalHeader().setVisible(False)
        header = self.audit_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self._box(self.tr("操作日志（最近 200 条）"), self.audit_table), 3)

        self.heading, self.subtitle = page_heading(self)
        self.heading.setText(self.tr("数据管理"))
        self.subtitle.setText(self.tr("备份与恢复、数据完整性检查、操作日志"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)

    def _box(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        inner.addWidget(widget)
        return box

    def _start(
        self, title: str, work: jobs.JobFn, done: Callable[[Any], None], writes: bool = False
    ) -> jobs.Job:
        """One job at a time from this page: the buttons wait until it has ended."""
        self._set_busy(True)
        self.job = jobs.start_job(self, title, work, done, self._failed, writes=writes)
        self.job.finished.connect(lambda: self._set_busy(False))
        return self.job

    def _set_busy(self, busy: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not busy)

    def _backed_up(self, info: backup.BackupInfo) -> None:
        self._say(
            self.tr("已备份到 {path}（{size} KB）").format(path=info.path, size=info.size // 1024)
        )
        self.refresh()

    def _restored(self, result: backup.RestoreResult) -> None:
        self._say(self.tr("已恢复。恢复前的数据已另存为 {path}").format(path=result.safety_copy))
        self.findings.clear()
        self.refresh()
        self.institution_changed.emit()

    def _checked(self, report: checks.CheckReport) -> None:
        self.findings.clear()
        if not report.findings:
            self._say(self.tr("检查完成：数据库完好，未发现问题。"))
            return
        error, warning = self.tr("错误：{message}"), self.tr("提醒：{message}")
        lines = [
            (error if f in report.errors else warning).format(message=f.message)
            for f in report.findings
        ]
        self._say(
            self.tr("检查完成：{errors} 个错误，{warnings} 个提醒").format(
                errors=len(report.errors), warnings=len(report.warnings)
            ),
            error=not report.sound,
        )
        self.findings.addItems(lines)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, Cancelled):
            self._say(self.tr("已取消，数据未做任何改变。"))
        elif isinstance(exc, backup.BackupError | OSError | DatabaseRefused):
            self._say(str(exc), error=True)
        else:
            raise exc  # a bug: the excepthook shows it with the log path
        self.refresh()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b71c1c;" if error else "color: #1b5e20;")
        self.status.setText(text)

    def _on_backup_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("备份到"),
            str(backup.default_backup_path().name),
            self.tr("数据库备份 (*.sqlite3)"),
        )
        if target:
            self.make_backup(target)

    def choose_and_restore(self) -> None:
        """Ask for a backup file, then restore it (after confirmation)."""
        self._on_restore()

    def _on_restore(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择备份文件"),
            str(backup.backups_dir()),
            self.tr("数据库备份 (*.sqlite3 *.bak);;所有文件 (*)"),
        )
        if source:
            self.restore(source)
