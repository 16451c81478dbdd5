"""Errors that carry a code, the field they concern and parameters, never a finished sentence.

Why: the GUI highlights the offending widget, the CLI prints ``字段：原因`` and either may speak
English; all three need the field's key, a stable code and the values, and take the words from
one catalogue (``operator_app.wording``: ``field.<field>`` and ``error.<code>``).

Transition: a few callers still pass a finished Chinese label and reason
(``ValidationError(field, label, reason)``); that form is kept only until every raise site
speaks codes, and new code must not use it.
"""

from __future__ import annotations

from typing import Any

from operator_app import wording


class ValidationError(ValueError):
    """Bad input for one field: ``ValidationError(field, code, **params)``.

    ``field`` is the stable key of the input (``capacity``, ``guardian2.phone``); ``code`` names
    the reason (``error.<code>`` in the catalogue); ``params`` fill the sentence in.
    """

    def __init__(self, field: str, code: str, reason: str | None = None, **params: Any) -> None:
        self.field = field
        self.code = code
        self.params = params
        self._legacy = reason  # the old form's finished Chinese (label, reason)
        super().__init__(self.message_in(wording.SOURCE))

    @property
    def label(self) -> str:
        """The field's name in the current language."""
        if self._legacy is not None:
            return self.code
        return wording.field(self.field)

    @property
    def reason(self) -> str:
        """Why the input is refused, in the current language."""
        if self._legacy is not None:
            return self._legacy
        return wording.say(f"error.{self.code}", **self.params)

    @property
    def message(self) -> str:
        """``字段：原因`` in the current language."""
        return f"{self.label}{wording.colon()}{self.reason}"

    def message_in(self, lang: str) -> str:
        if self._legacy is not None:
            return f"{self.code}：{self._legacy}"
        label = wording.field(self.field, lang)
        reason = wording.say(f"error.{self.code}", lang, **self.params)
        return f"{label}{wording.colon(lang)}{reason}"


class RuleViolation(ValueError):
    """A business rule refuses the change: ``RuleViolation(code, **params)``.

    ``code`` names the rule (``error.<code>`` in the catalogue). ``field``, when given, is the
    input the user should change.
    """

    def __init__(
        self, code: str, legacy_message: str | None = None, field: str = "", **params: Any
    ) -> None:
        self.code = code
        self.field = field
        self.params = params
        self._legacy = legacy_message
        super().__init__(self.message_in(wording.SOURCE))

    @property
    def message(self) -> str:
        if self._legacy is not None:
            return self._legacy
        return wording.say(f"error.{self.code}", **self.params)

    def message_in(self, lang: str) -> str:
        if self._legacy is not None:
            return self._legacy
        return wording.say(f"error.{self.code}", lang, **self.params)


class NotFound(LookupError):
    """A record the caller named does not exist (or was deleted)."""
