"""Personal names: pinyin keys for sorting and search, and name validation (domain.md section 9).

Why a surname table: pypinyin reads a character with its most common reading, which is wrong for
many surnames (曾 ceng, 单 dan, 解 jie, 仇 chou ...). Staff search "zeng" for 曾小明, so the first
character(s) are read from a table that users can extend (the ``overrides`` argument).

Why characters are kept when unreadable: a name may hold a rare character pypinyin does not know
(𠮷). Keeping the character itself in both keys lets a search for it still match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Final

from pypinyin import Style, lazy_pinyin

from operator_app.domain.errors import ValidationError

__all__ = ["MAX_NAME_LENGTH", "SURNAME_READINGS", "name_pinyin", "validate_person_name"]

MAX_NAME_LENGTH: Final = 30

SURNAME_READINGS: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Double surnames: matched before single characters.
        "尉迟": "yuchi",
        "万俟": "moqi",
        "长孙": "zhangsun",
        "澹台": "tantai",
        # Single surnames whose surname reading differs from pypinyin's default,
        # or has a common misreading.
        "曾": "zeng",
        "单": "shan",
        "解": "xie",
        "仇": "qiu",
        "朴": "piao",
        "区": "ou",
        "查": "zha",
        "乐": "yue",
        "覃": "qin",
        "盖": "ge",
        "繁": "po",
        "员": "yun",
        "过": "guo",
        "沈": "shen",
        "藏": "zang",
        "翟": "zhai",
        "缪": "miao",
        "宁": "ning",
        "秘": "bi",
        "种": "chong",
        "牟": "mou",
        "黑": "he",
        "蕃": "pi",
        "能": "nai",
        "句": "gou",
        "华": "hua",
        "任": "ren",
        "纪": "ji",
    }
)
"""Surname readings without tones. Read-only: user edits are passed as ``overrides``."""

_SEPARATORS: Final = re.compile(r"[\s'’\-]+")
_PINYIN_INITIALS: Final = (
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
_CJK_START: Final = 0x2E80  # below this, letters and digits group into words


def name_pinyin(name: str, overrides: Mapping[str, str] | None = None) -> tuple[str, str]:
    """Return (full pinyin, initials), lower-case, without tones or spaces.

    张三 -> ("zhangsan", "zs"); 曾小明 -> ("zengxiaoming", "zxm"). The surname is read from
    ``overrides`` (the user's table), then ``SURNAME_READINGS``, longest match first. Latin words
    are lower-cased and give one initial each; unreadable characters are kept as they are.
    """
    text = unicodedata.normalize("NFKC", name).strip()
    surname, reading = _match_surname(text, overrides or {})
    syllables = _surname_syllables(surname, reading) if surname else []
    syllables += _read(text[len(surname) :])
    return "".join(syllables), "".join(s[0] for s in syllables)


def validate_person_name(name: str, field: str = "name", label: str = "姓名") -> str:
    """Return the name stripped, inner spaces collapsed; ``ValidationError`` when unusable.

    A name has 1 to 30 characters (a character outside the BMP counts as one) and no digits.
    """
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(field, label, "不能为空")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(field, label, f"不能超过{MAX_NAME_LENGTH}个字")
    if any(ch.isdigit() for ch in cleaned):
        raise ValidationError(field, label, "不能包含数字")
    return cleaned


def _match_surname(text: str, overrides: Mapping[str, str]) -> tuple[str, str]:
    """The leading surname of ``text`` and its reading, or ("", "") when none is listed."""
    table = dict(SURNAME_READINGS)
    table.update((key.strip(), value) for key, value in overrides.items() if value.strip())
    for length in sorted({len(key) for key in table if key}, reverse=True):
        prefix = text[:length]
        if len(prefix) == length and prefix in table:
            return prefix, table[prefix]
    return "", ""


def _surname_syllables(surname: str, reading: str) -> list[str]:
    """Split a surname's reading into one syllable per character, so initials come out right.

    Syllables may be separated ("yu chi", "yu'chi") or run together ("yuchi"). If the reading
    cannot be split, its first letter stands for the first character and pypinyin reads the rest.
    """
    cleaned = _plain_reading(reading)
    parts = [p for p in _SEPARATORS.split(cleaned) if p]
    if len(parts) == len(surname):
        return parts
    joined = "".join(parts)
    if not joined:
        return _read(surname)
    split = _split_syllables(joined, len(surname))
    if split is not None:
        return list(split)
    if len(surname) == 1:
        return [joined]
    return [joined[0], *_read(surname[1:])]


def _plain_reading(reading: str) -> str:
    """Lower-case, ü as v, tone marks removed: "Zēng" -> "zeng", "Lǚ" -> "lv"."""
    lowered = re.sub("[üǖǘǚǜ]", "v", reading.strip().lower())
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=256)
def _split_syllables(text: str, count: int) -> tuple[str, ...] | None:
    """Split ``text`` into exactly ``count`` pinyin syllables, shortest first syllable first."""
    if count == 1:
        return (text,) if _is_syllable(text) else None
    for end in range(1, len(text)):
        head = text[:end]
        if _is_syllable(head):
            tail = _split_syllables(text[end:], count - 1)
            if tail is not None:
                return (head, *tail)
    return None


def _is_syllable(text: str) -> bool:
    """A loose pinyin syllable test (initial + final); enough to find syllable boundaries."""
    if text in _ZERO_INITIAL_FINALS:
        return True
    return any(
        text.startswith(initial) and text[len(initial) :] in _FINALS for initial in _PINYIN_INITIALS
    )


def _read(text: str) -> list[str]:
    """Tokens of ``text``: pinyin syllables, lower-cased Latin words, unreadable characters."""
    if not text:
        return []
    items = lazy_pinyin(text, style=Style.NORMAL, errors=_unreadable_tokens)
    # Syllables never hold spaces; the error handler joins its tokens with one.
    return [token.lower() for item in items for token in item.split()]


def _unreadable_tokens(segment: str) -> str:
    """Called by pypinyin for runs it cannot read. Returns space-separated tokens: words of
    Latin letters, and single CJK (or other-script) characters; punctuation such as the dot
    in 阿依古丽·买买提 is dropped."""
    tokens: list[str] = []
    for word in re.findall(r"[^\W_]+", segment):
        tokens.extend(_split_cjk(word))
    return " ".join(tokens)


def _split_cjk(word: str) -> list[str]:
    """Keep a run of letters whole, but give each CJK-range character its own token."""
    tokens: list[str] = []
    for ch in word:
        if ord(ch) >= _CJK_START or not tokens or ord(tokens[-1][-1]) >= _CJK_START:
            tokens.append(ch)
        else:
            tokens[-1] += ch
    return tokens
