"""PDF printouts (ReportLab): fonts, shared page layout, and one module per form.

Why a separate package: a form is a function from a plain data object to a PDF file, so the GUI,
the CLI and tests can print without a database or Qt. Nothing here imports PySide6.
"""
