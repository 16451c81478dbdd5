"""GUI tests (a package so that their module names cannot clash with other test folders)."""
