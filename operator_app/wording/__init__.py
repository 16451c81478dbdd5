"""The words for every code the core returns, in each language the app speaks.

Why one catalogue: services, the domain and the checks return codes and parameters (``error``
codes with the field they concern, ``finding`` codes, enum values, audit actions), and the GUI,
the CLI and the printouts turn them into words. Keeping each sentence once, here, means a rule's
message is worded in one place and translated in one place; nothing below the GUI hard-codes a
sentence, and nothing in the GUI keeps a mirror of core wording.

This package is a leaf: it imports nothing of the app, so every layer may use it. Templates use
``str.format`` named fields; enum members, dates and decimals given as parameters are worded by
:func:`param_text`, so callers pass values, not pre-formatted strings.

Keys are dotted: ``enum.ClassType.infant``, ``field.capacity``, ``error.capacity.over_max``,
``finding.class_over_capacity``, ``audit.class.create``, ``param.class.infant.ratio``,
``unit.months``. Simplified Chinese (``zh_CN``) is the source and the wording of every printout;
English (``en``) must carry every key (a test checks keys and placeholders match).
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any

from operator_app.wording import en, zh_CN

SOURCE = "zh_CN"
LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
CATALOGUES: Mapping[str, Mapping[str, str]] = {"zh_CN": zh_CN.TEXTS, "en": en.TEXTS}

_current = SOURCE


def set_language(lang: str) -> None:
    """Choose the language of :func:`say` for the whole process (GUI start-up, CLI ``--lang``)."""
    global _current
    _current = normalise(lang)


def language() -> str:
    return _current


def normalise(lang: str | None) -> str:
    """``en``, ``en_US``, ``en-GB`` -> ``en``; anything Chinese or unknown -> ``zh_CN``."""
    if lang and lang.replace("-", "_").lower().startswith("en"):
        return "en"
    return SOURCE


def has(key: str) -> bool:
    return key in CATALOGUES[SOURCE]


def say(key: str, /, lang: str | None = None, **params: Any) -> str:
    """The sentence for ``key`` in ``lang`` (default: the current language), filled in.

    A key missing from the catalogue is a programming error (``KeyError``): tests walk every
    code the core can return, so a missing text fails a test rather than showing a raw key.
    """
    return render(key, params, lang)


def render(key: str, params: Mapping[str, object], lang: str | None = None) -> str:
    """:func:`say` with the parameters as a mapping (findings and errors keep theirs so)."""
    lang = normalise(lang) if lang else _current
    template = CATALOGUES[lang].get(key)
    if template is None:
        template = CATALOGUES[SOURCE][key]
    return template.format(**{k: param_text(v, lang) for k, v in params.items()})


def label(member: Enum, lang: str | None = None) -> str:
    """The wording of an enum member: ``enum.<Class>.<value>``."""
    return say(f"enum.{type(member).__name__}.{member.value}", lang)


def field(name: str, lang: str | None = None) -> str:
    """The name of an input field, e.g. ``capacity`` -> 额定人数 / Capacity.

    A parameter's key is worded by its name (``param.<key>``); indexed fields such as
    ``guardian2.phone`` by their last part.
    """
    key = f"field.{name}"
    if not has(key):
        key = f"param.{name}" if has(f"param.{name}") else f"field.{name.rsplit('.', 1)[-1]}"
    return say(key, lang)


def colon(lang: str | None = None) -> str:
    """The separator between a field and its reason: full-width in Chinese."""
    return ": " if (normalise(lang) if lang else _current) == "en" else "："


def param_text(value: object, lang: str) -> str:
    """A parameter as text: enum members worded, dates ISO, decimals plain, None as a dash;
    an object with a ``worded(lang)`` method words itself (e.g. an age band)."""
    worded = getattr(value, "worded", None)
    if callable(worded):
        return str(worded(lang))
    if isinstance(value, Enum) and has(f"enum.{type(value).__name__}.{value.value}"):
        return label(value, lang)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if value is None:
        return "—"
    return str(value)


def placeholders(template: str) -> set[str]:
    """The named fields of a template (for the catalogue test)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
