"""Use cases: each public function takes plain values and ids, validates, and writes inside one
``database.atomic()`` together with its audit entry. The GUI and the CLI call only these.
"""
