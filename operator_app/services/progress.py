"""Progress callbacks and cancel tokens for the services' long work (backup, restore, check).

Why here: the GUI runs such work on a background thread (gui/jobs.py) and shows a progress
dialog with a cancel button; the CLI runs the same functions with no callback at all. So a
service takes ``progress(done, total, label)`` and anything with ``is_set()`` as a cancel token,
both optional, and raises :class:`Cancelled` when asked to stop. Labels are worded from the
catalogue (``progress.<key>``) in the current language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from operator_app import wording

Progress = Callable[[int, int, str], None]
"""``progress(done, total, label)``: ``done`` of ``total`` steps, ``label`` for the user."""


class CancelToken(Protocol):
    """Anything with ``is_set()`` (``threading.Event``, gui.jobs.CancelToken)."""

    def is_set(self) -> bool: ...


class Cancelled(Exception):
    """The user cancelled the work; nothing it would have written is left behind."""


def reporter(progress: Progress | None) -> Callable[[int, int, str], None]:
    """``report(done, total, key)``: words ``progress.<key>`` and calls ``progress`` (if any)."""

    def report(done: int, total: int, key: str) -> None:
        if progress is not None:
            progress(done, total, wording.say(f"progress.{key}"))

    return report


def check(cancel: CancelToken | None) -> None:
    """Raise :class:`Cancelled` when ``cancel`` is set."""
    if cancel is not None and cancel.is_set():
        raise Cancelled
