"""Storage tests (a package so their module names do not clash with other folders)."""
