"""Pinyin syllables: recognise them, split run-together text, and read what a person typed.

Why a module of its own: the reading of a name (domain.names) splits a surname's reading into
syllables, and a hand-corrected reading ("Lè Jiā", "le jia", "lejia", "le4 jia1") must be
checked and normalised to the stored form (lower-case syllables, no tones). Both need the same
notion of a syllable; it lives here once.

The syllable test is loose (any listed initial + any listed final): good enough to find syllable
boundaries and to catch typing slips such as "lle", not a full phonotactic check.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from operator_app.domain.errors import ValidationError

__all__ = ["SEPARATORS", "hand_syllables", "is_syllable", "plain", "split_syllables"]

SEPARATORS: Final = re.compile(r"[\s'’\-]+")
_TONE_DIGIT: Final = re.compile(r"(?<=[a-z])[1-5]")
_INITIALS: Final = (
    *("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l"),
    *("g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"),
)
_FINALS: Final = frozenset(
    {
        *("a", "o", "e", "i", "u", "v", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue", "ve"),
        *("er", "an", "en", "in", "un", "vn", "ang", "eng", "ing", "ong", "ia", "iao", "ian"),
        *("iang", "iong", "ua", "uo", "uai", "uan", "uang", "ueng", "van"),
    }
)
_ZERO_INITIAL_FINALS: Final = frozenset(
    {"a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er"}
)


def plain(text: str) -> str:
    """Lower-case, ü as v, tone marks removed, tone digits turned into separators.

    "Zēng" -> "zeng", "Lǚ" -> "lv", "ＬＥ" -> "le", "le4jia1" -> "le jia ".
    """
    lowered = re.sub("[üǖǘǚǜÜǕǗǙǛ]", "v", text.strip()).lower()
    decomposed = unicodedata.normalize("NFKD", lowered)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _TONE_DIGIT.sub(" ", bare)


def is_syllable(text: str) -> bool:
    """True for a pinyin syllable without tone ("zhang", "lv", "er")."""
    if text in _ZERO_INITIAL_FINALS:
        return True
    return any(text.startswith(i) and text[len(i) :] in _FINALS for i in _INITIALS)


@lru_cache(maxsize=256)
def split_syllables(text: str, count: int) -> tuple[str, ...] | None:
    """Split ``text`` into exactly ``count`` syllables, shortest first syllable first."""
    if count == 1:
        return (text,) if is_syllable(text) else None
    for end in range(1, len(text)):
        head = text[:end]
        if is_syllable(head):
            tail = split_syllables(text[end:], count - 1)
            if tail is not None:
                return (head, *tail)
    return None


def hand_syllables(
    text: str, slots: Sequence[str], field: str, whole: str, keep: bool = True
) -> tuple[str, ...]:
    """The syllables of a hand-typed reading for something read automatically as ``slots``.

    ``slots`` holds the automatic token of each position: a syllable, a Latin word or a
    character pypinyin cannot read. A position of a Chinese character takes a pinyin syllable;
    a Latin word's position takes any letters; with ``keep``, a position may also keep its
    automatic token as it is (so "𠮷 xiang" is accepted). Syllables may be separated by spaces,
    apostrophes, hyphens or tone digits, or run together when they split one way only into the
    right number. ``whole`` (the name) appears in the messages. ``ValidationError`` on ``field``.
    """
    parts = [p for p in SEPARATORS.split(plain(text)) if p]
    expected = len(slots)
    if not parts:
        raise ValidationError(field, "pinyin.empty")
    for part in parts:
        if not (part.isascii() and part.isalpha()) and not (keep and part in slots):
            bad = next(ch for ch in part if not (ch.isascii() and ch.isalpha()))
            raise ValidationError(field, "pinyin.not_letters", text=bad)
    if len(parts) == 1 < expected:
        split = split_syllables(parts[0], expected)
        if split is None and not is_syllable(parts[0]):
            raise ValidationError(field, "pinyin.cannot_split", name=whole, expected=expected)
        parts = list(split or parts)
    if len(parts) != expected:
        raise ValidationError(
            field, "pinyin.syllable_count", name=whole, expected=expected, count=len(parts)
        )
    for part, slot in zip(parts, slots, strict=True):
        if keep and part == slot:
            continue
        latin_word = slot.isascii() and slot.isalpha() and not is_syllable(slot)
        if not latin_word and not is_syllable(part):
            raise ValidationError(field, "pinyin.not_syllable", syllable=part)
    return tuple(parts)
