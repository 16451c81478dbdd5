"""Errors that carry the field they concern, so every layer can say *which* input is wrong.

Why: the GUI highlights the offending widget and the CLI prints ``字段：原因``; both need the
field's key and a readable label, not only a sentence.
"""

from __future__ import annotations


class ValidationError(ValueError):
    """Bad input for one field. ``field`` is the stable key; ``label`` the Chinese field name."""

    def __init__(self, field: str, label: str, reason: str) -> None:
        self.field = field
        self.label = label
        self.reason = reason
        super().__init__(f"{label}：{reason}")

    @property
    def message(self) -> str:
        return f"{self.label}：{self.reason}"


class RuleViolation(ValueError):
    """A business rule refuses the change (capacity, overlap, duplicate...).

    ``code`` is a stable identifier for tests and translation; the message is Chinese.
    """

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self)


class NotFound(LookupError):
    """A record the caller named does not exist (or was deleted)."""
