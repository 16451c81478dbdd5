"""Plain-Python rules of the daycare domain: no peewee, no Qt.

Everything here is a pure function or a small value type so that services, reports, the CLI and
the GUI all apply the same rules, and tests can check them without a database.
"""
