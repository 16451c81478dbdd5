"""The PySide6 desktop interface: the only package that imports Qt.

Entry points: :func:`operator_app.gui.app.run_gui` (the program) and
:func:`operator_app.gui.screenshot.render_page` (headless screenshots for the docs).
"""

from operator_app.gui import none_guard

# First thing, before any Qt call: see none_guard for the PySide6 6.12.0 / Python 3.11 bug.
none_guard.apply()
