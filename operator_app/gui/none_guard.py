"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12.0 on Python 3.11.

Why: in Shiboken 6.12.0 every binding that returns a null pointer as ``None``
(``QApplication.focusWidget()``, ``QWidget.parentWidget()``, ``QLayout.itemAt()`` ... and many
calls Qt makes into Python) gives back ``None`` without taking a reference. On Python 3.11,
where ``None`` is an ordinary reference-counted object (about 5000 references at start), a few
thousand such calls bring its count to zero and the interpreter aborts with
"none_dealloc: deallocating None". Python 3.12 made ``None`` immortal, so nothing is needed there.

The same happens to ``True``/``False`` on every ``Signal(bool).emit`` from Python
("bool_dealloc: deallocating True or False").

The guard adds 2**40 references to each of these singletons once, so no count can reach zero
in any realistic session. They are never freed anyway; this only keeps CPython's bookkeeping
from tripping. Remove this module when PySide6 is upgraded past the bug or Python 3.11 is dropped
(tests/gui/test_none_guard.py shows whether the bug is still present).
"""

from __future__ import annotations

import ctypes
import sys

PIN = 1 << 40
SINGLETONS = (None, True, False)

_applied = False


def needed() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def apply() -> bool:
    """Pin the singletons once (CPython < 3.12 only); True when the pin is in place."""
    global _applied
    if _applied or not needed():
        return _applied
    # ob_refcnt is the first field of every PyObject on CPython 3.11.
    for singleton in SINGLETONS:
        ctypes.c_ssize_t.from_address(id(singleton)).value += PIN
    _applied = True
    return True
