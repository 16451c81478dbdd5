"""Make a PDF in the background, then show it in the preview dialog (print / save from there).

Why one helper: every page that prints (花名册, 月度出勤表, later the claim and filing forms)
needs the same steps — a temporary file, a background job with a cancellable progress dialog,
an error message on failure, and a preview that replaces the previous one.

Audit: the disclosure of personal data is logged once per generated PDF, by the writer
(``operator_app.printing``) when the file is complete. Showing, printing or saving that file
from the preview discloses nothing new and writes no further entry; generating it again (a
second click on 打印) is a new PDF and a new entry. The job runs on the writers' pool because
the writer appends to the audit log.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTemporaryDir
from PySide6.QtWidgets import QWidget

from operator_app.gui import jobs
from operator_app.gui.widgets.pdf_preview import PdfPreviewDialog
from operator_app.reports.layout import Cancelled

Writer = Callable[[Path, jobs.Progress, jobs.CancelToken], object]

_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\s]+')


class PrintPreviewer(QObject):
    """Owned by a page; ``preview`` is the dialog currently shown (None before the first)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tmp = QTemporaryDir()
        self.preview: PdfPreviewDialog | None = None
        self.job: jobs.Job | None = None

    def run(self, title: str, write: Writer, on_error: Callable[[Exception], None]) -> None:
        """Write the PDF with ``write(path, progress, cancel)`` off the GUI thread, then show it."""
        path = Path(self._tmp.path()) / f"{file_safe(title)}.pdf"

        def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> Path:
            write(path, progress, cancel)
            return path

        def failed(exc: Exception) -> None:
            if not isinstance(exc, Cancelled):  # a cancel needs no message
                on_error(exc)

        self.job = jobs.start_job(
            self._parent,
            self.tr("正在生成 {title}…").format(title=title),
            work,
            lambda _path: self._show(path, title),
            failed,
            writes=True,  # the writer logs the disclosure (one audit entry per PDF)
        )

    def _show(self, path: Path, title: str) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
        self.preview = PdfPreviewDialog(path, title, self._parent)
        self.preview.open()


def file_safe(text: str) -> str:
    """A file name from a title: no path separators, spaces or characters Windows refuses."""
    return _UNSAFE_FILE_CHARS.sub("_", text).strip("_") or "printout"
