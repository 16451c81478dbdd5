"""peewee persistence: opening the database, the records, migrations and backups.

Only this package (and services above it) knows peewee; domain code stays plain Python.
"""
