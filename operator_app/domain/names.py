"""Personal names: their reading in pinyin for sorting and search, and name validation.

Rules: domain.md section 9. Why a surname table: pypinyin reads a character with its most common
reading, which is wrong for many surnames (曾 ceng, 单 dan, 解 jie, 仇 chou ...). Staff search
"zeng" for 曾小明, so the first character(s) are read from a table that users can extend (the
``overrides`` argument: the user's entries, consulted before the built-in ``SURNAME_READINGS``).

Why the surname is split off: a child is also found by the given name alone (张米朵 by "miduo"),
so the reading keeps the surname's syllables apart from the given name's. Compound surnames
(欧阳, 司马) are in the table, longest match first; without a match the first character (or the
first Latin word) is the surname.

Why a reading can be typed by hand: some surnames have two family readings (乐 Yuè / Lè, 覃
Qín / Tán); the table gives the default and ``parse_pinyin`` checks a person's own reading.

Why characters are kept when unreadable: a name may hold a rare character pypinyin does not know
(𠮷). Keeping the character itself in the keys lets a search for it still match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from pypinyin import Style, lazy_pinyin

from operator_app.domain.errors import ValidationError
from operator_app.domain.pinyin import SEPARATORS, hand_syllables, plain, split_syllables

__all__ = [
    "MAX_NAME_LENGTH",
    "MAX_SURNAME_LENGTH",
    "SURNAME_READINGS",
    "NameReading",
    "name_pinyin",
    "parse_pinyin",
    "read_name",
    "surname_key",
    "validate_person_name",
    "validate_surname",
]

MAX_NAME_LENGTH: Final = 30
MAX_SURNAME_LENGTH: Final = 4

SURNAME_READINGS: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Compound surnames: matched before single characters, and split off whole.
        "尉迟": "yuchi",
        "万俟": "moqi",
        "长孙": "zhangsun",
        "澹台": "tantai",
        "欧阳": "ouyang",
        "司马": "sima",
        "上官": "shangguan",
        "诸葛": "zhuge",
        "皇甫": "huangfu",
        "令狐": "linghu",
        "慕容": "murong",
        "司徒": "situ",
        "公孙": "gongsun",
        "宇文": "yuwen",
        "轩辕": "xuanyuan",
        "端木": "duanmu",
        "东方": "dongfang",
        "南宫": "nangong",
        "独孤": "dugu",
        "呼延": "huyan",
        "申屠": "shentu",
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

_CJK_START: Final = 0x2E80  # below this, letters and digits group into words


@dataclass(frozen=True)
class NameReading:
    """A name read as tokens: one pinyin syllable per character, one per Latin word, or the
    character itself when unreadable; the first ``surname_count`` tokens are the surname."""

    syllables: tuple[str, ...]
    surname_count: int

    @property
    def pinyin(self) -> str:
        """The sort and search key: 张米朵 -> "zhangmiduo"."""
        return "".join(self.syllables)

    @property
    def initials(self) -> str:
        """张米朵 -> "zmd"."""
        return "".join(s[0] for s in self.syllables)

    @property
    def given_pinyin(self) -> str:
        """The given name alone: 张米朵 -> "miduo", 欧阳娜娜 -> "nana"."""
        return "".join(self.syllables[self.surname_count :])

    @property
    def spaced(self) -> str:
        """For display and editing: "zhang mi duo"."""
        return " ".join(self.syllables)


def read_name(name: str, overrides: Mapping[str, str] | None = None) -> NameReading:
    """The automatic reading of ``name``, the surname read from the table.

    The surname is the longest key of ``overrides`` (the user's table), then of
    ``SURNAME_READINGS``, that starts the name; without one, the first token. Latin words are
    lower-cased; unreadable characters are kept as they are.
    """
    text = unicodedata.normalize("NFKC", name).strip()
    surname, reading = _match_surname(text, overrides or {})
    if surname:
        head = _surname_syllables(surname, reading)
        return NameReading((*head, *_read(text[len(surname) :])), len(head))
    # Read the whole name at once: pypinyin's phrase readings may span the first character.
    tokens = _read(text)
    return NameReading(tuple(tokens), min(1, len(tokens)))


def name_pinyin(name: str, overrides: Mapping[str, str] | None = None) -> tuple[str, str]:
    """(full pinyin, initials), lower-case, without tones or spaces: 张三 -> ("zhangsan", "zs")."""
    reading = read_name(name, overrides)
    return reading.pinyin, reading.initials


def parse_pinyin(
    text: str, name: str, overrides: Mapping[str, str] | None = None, field: str = "pinyin"
) -> NameReading:
    """A hand-corrected reading of ``name`` (乐嘉 "Lè Jiā" -> le, jia), checked and normalised.

    Letters with optional tone marks or digits, syllables separated or run together; one
    syllable per character (and per Latin word) of the name. The surname split is the
    automatic one. ``ValidationError`` on ``field`` with a ``pinyin.*`` code otherwise.
    """
    auto = read_name(name, overrides)
    syllables = hand_syllables(text, auto.syllables, field, whole=name.strip())
    return NameReading(syllables, auto.surname_count)


def validate_surname(surname: str, reading: str) -> tuple[str, str]:
    """A user's surname-table entry, normalised: ("覃", "Tán") -> ("覃", "tan").

    The surname is 1 to 4 Chinese characters; the reading has one syllable per character
    (stored space-separated for a compound surname: "yu chi"). ``ValidationError`` on
    ``surname`` or ``reading`` otherwise.
    """
    key = surname_key(surname)
    if not key:
        raise ValidationError("surname", "surname.empty")
    if len(key) > MAX_SURNAME_LENGTH:
        raise ValidationError("surname", "surname.too_long", maximum=MAX_SURNAME_LENGTH)
    if not all(_is_han(ch) for ch in key):
        raise ValidationError("surname", "surname.not_han")
    syllables = hand_syllables(reading, tuple(key), "reading", whole=key, keep=False)
    return key, " ".join(syllables)


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


def surname_key(surname: str) -> str:
    """A surname as the table keys it: compatibility forms folded, spaces removed."""
    return "".join(unicodedata.normalize("NFKC", surname).split())


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
    parts = [p for p in SEPARATORS.split(plain(reading)) if p]
    if len(parts) == len(surname):
        return parts
    joined = "".join(parts)
    if not joined:
        return _read(surname)
    split = split_syllables(joined, len(surname))
    if split is not None:
        return list(split)
    if len(surname) == 1:
        return [joined]
    return [joined[0], *_read(surname[1:])]


def _is_han(ch: str) -> bool:
    """A Chinese character (any CJK ideograph block, including those outside the BMP)."""
    return unicodedata.category(ch) == "Lo" and "CJK" in unicodedata.name(ch, "CJK")


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
