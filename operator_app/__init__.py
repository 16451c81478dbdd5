"""托育机构管理 (operator-app): records, rosters and filings for daycare operators.

The package is a headless core (domain, storage, services, reports, cli) with a PySide6 GUI
in ``operator_app.gui`` that nothing else imports.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("operator-app")
except PackageNotFoundError:  # running from a source tree or a frozen build without metadata
    __version__ = "0.1.0"
