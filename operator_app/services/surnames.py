"""The surname reading table (姓氏读音): built-in readings, the user's own, and names read by it.

Rules: domain.md section 9. pypinyin's common reading is wrong for many surnames, so the first
character(s) of a name are read from a table; users add or correct entries (覃 qin -> tan where
their families say Tán). Every automatic reading of a name - a child, a staff member, the child
dialog's preview - goes through :func:`read` so that it uses the user's entries.

Why re-read on a change: pinyin is stored (it is the sort and search key), so a changed entry
re-reads, in the same transaction, every child and staff member whose name starts with that
surname - except those whose pinyin was corrected by hand (``pinyin_manual``), which keep theirs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import cast

from operator_app import wording
from operator_app.domain.errors import RuleViolation
from operator_app.domain.names import (
    SURNAME_READINGS,
    NameReading,
    parse_pinyin,
    read_name,
    surname_key,
    validate_surname,
)
from operator_app.services import audit
from operator_app.storage.records import (
    ChildRecord,
    StaffRecord,
    SurnameRecord,
    database,
    utcnow,
)

__all__ = [
    "Reread",
    "SurnameEntry",
    "entries",
    "overrides",
    "parse",
    "read",
    "remove_reading",
    "reread",
    "set_reading",
]


@dataclass(frozen=True)
class SurnameEntry:
    """One surname of the table: the reading in effect, the built-in one ("" when none), and
    whether the user's entry is the one in effect."""

    surname: str
    reading: str
    builtin: str
    own: bool


@dataclass(frozen=True)
class Reread:
    """How many children and staff members got a new automatic reading."""

    children: int
    staff: int


def overrides() -> dict[str, str]:
    """The user's entries: surname -> reading."""
    return {r.surname: r.reading for r in SurnameRecord.select()}


def read(name: str) -> NameReading:
    """The automatic reading of ``name`` with the user's table."""
    return read_name(name, overrides())


def parse(text: str, name: str) -> NameReading:
    """A hand-typed reading of ``name``, checked (``ValidationError`` on ``pinyin``)."""
    return parse_pinyin(text, name, overrides())


def entries() -> list[SurnameEntry]:
    """Every surname of the table, built-in and the user's, in pinyin order of the reading."""
    own = overrides()
    keys = set(SURNAME_READINGS) | set(own)
    rows = [
        SurnameEntry(
            key,
            own.get(key, SURNAME_READINGS.get(key, "")),
            SURNAME_READINGS.get(key, ""),
            key in own,
        )
        for key in keys
    ]
    return sorted(rows, key=lambda e: (e.reading.replace(" ", ""), e.surname))


def set_reading(surname: str, reading: str) -> Reread:
    """Add or change the user's reading of ``surname`` and re-read the names it starts.

    ``ValidationError`` on ``surname`` or ``reading`` when unusable; nothing is saved then.
    """
    key, clean = validate_surname(surname, reading)
    with database.atomic():
        row = SurnameRecord.get_or_none(SurnameRecord.surname == key)
        old = row.reading if row is not None else SURNAME_READINGS.get(key, "")
        SurnameRecord.insert(
            surname=key, reading=clean, updated_at=utcnow()
        ).on_conflict_replace().execute()
        counts = reread(key)
        _log("surname.set", key, old=old or "—", reading=clean, counts=counts)
    return counts


def remove_reading(surname: str) -> Reread:
    """Remove the user's reading of ``surname``: the built-in one (or pypinyin's) applies again."""
    key = surname_key(surname)
    with database.atomic():
        row = SurnameRecord.get_or_none(SurnameRecord.surname == key)
        if row is None:
            raise RuleViolation("surname.not_user_entry", field="surname", surname=key)
        row.delete_instance()
        counts = reread(key)
        default = SURNAME_READINGS.get(key) or read_name(key).spaced
        _log("surname.remove", key, reading=row.reading, default=default, counts=counts)
    return counts


def reread(prefix: str = "") -> Reread:
    """Re-read the automatic pinyin of the children and staff whose name starts with ``prefix``
    (everyone when empty). Hand-corrected readings are left alone. Call inside a transaction."""
    table = overrides()
    return Reread(_reread(ChildRecord, table, prefix), _reread(StaffRecord, table, prefix))


def _reread(
    model: type[ChildRecord] | type[StaffRecord], table: Mapping[str, str], prefix: str
) -> int:
    """Store the new reading of each automatic row whose reading changed; the number changed."""
    query = model.select(
        model.id, model.name, model.pinyin, model.initials, model.given_pinyin
    ).where(~model.pinyin_manual)
    if prefix:
        # Only a name that starts with the changed surname can match it (longest key first).
        query = query.where(model.name.startswith(prefix))
    rows = cast(Iterable[tuple[int, str, str, str, str]], query.tuples())
    changed = 0
    for row_id, name, pinyin, initials, given in rows:
        reading = read_name(name, table)
        if (reading.pinyin, reading.initials, reading.given_pinyin) == (pinyin, initials, given):
            continue
        model.update(
            pinyin=reading.pinyin, initials=reading.initials, given_pinyin=reading.given_pinyin
        ).where(model.id == row_id).execute()
        changed += 1
    return changed


def _log(action: str, surname: str, counts: Reread, **params: str) -> None:
    summary = wording.say(
        f"audit.{action}",
        wording.SOURCE,
        surname=surname,
        children=counts.children,
        staff=counts.staff,
        **params,
    )
    detail = {**params, "children": counts.children, "staff": counts.staff}
    audit.log(action, "surname", surname, summary, detail)
