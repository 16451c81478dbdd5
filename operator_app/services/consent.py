"""Guardian consent (PIPL arts. 28, 29, 31): record it, withdraw it, and ask whether it is in force.

Why two kinds: a child's personal data and a child's health data are both sensitive, and health
data needs its own separate consent (单独同意). A withdrawal is a date on the same row, never a
deletion, so the history of what was allowed on which day survives for audits.

A consent is in force on day D when it was given on or before D and not withdrawn on or before D.
Only one of the child's recorded guardians may give it (PIPL art. 31): the row names which one,
and a name that is not on the child's guardian list is refused. Health data for day D may be
stored only when a health-data consent is in force on D, so a withdrawal stops new health data
from its own day while what was recorded for earlier days stays.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, cast

from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.domain.names import validate_person_name
from operator_app.services import audit, clock
from operator_app.storage.records import ChildRecord, ConsentRecord, GuardianRecord, database


class ConsentKind(StrEnum):
    """What the guardian allowed; ``label`` is the Chinese wording for forms and screens."""

    PERSONAL = "personal"
    HEALTH = "health"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {ConsentKind.PERSONAL: "个人信息处理同意", ConsentKind.HEALTH: "健康信息处理同意"}


@dataclass(frozen=True)
class Consent:
    id: int
    child_id: int
    guardian_name: str
    kind: ConsentKind
    given_on: date
    withdrawn_on: date | None
    note: str

    def in_force(self, on: date) -> bool:
        return self.given_on <= on and (self.withdrawn_on is None or self.withdrawn_on > on)


def give(
    child_id: int,
    guardian_name: str,
    kind: ConsentKind | str,
    on: date,
    note: str = "",
    today: date | None = None,
) -> int:
    """Record that ``guardian_name`` consented to ``kind`` on ``on``; returns the consent id.

    Refused when ``guardian_name`` is not one of the child's recorded guardians, when the date
    is in the future, or when the same guardian's consent of this kind is already in force.
    """
    kind = ConsentKind(kind)
    name = validate_person_name(guardian_name, field="guardian_name", label="监护人姓名")
    _check_day(on, today or clock.today(), "given_on")
    with database.atomic():
        child = _child(child_id)
        check_signer(name, _recorded_guardians(child_id), child.name)
        for existing in _rows(child_id):
            if existing.kind is kind and existing.guardian_name == name and existing.in_force(on):
                raise RuleViolation(
                    "consent_in_force", guardian=name, kind=kind, given_on=existing.given_on
                )
        row = ConsentRecord.create(
            child=child_id, guardian_name=name, kind=kind.value, given_on=on, note=note.strip()
        )
        audit.log(
            "consent.give",
            "child",
            child_id,
            f"记录{kind.label}：{child.name}（监护人 {name}，{on}）",
            {"consent_id": row.id, "kind": kind.value, "given_on": on},
        )
    return int(row.id)


@dataclass(frozen=True)
class ConsentInput:
    """A consent to record together with a new child (``children.create_child``)."""

    kind: ConsentKind
    guardian_name: str
    given_on: date
    note: str = ""


def check_new(
    items: Iterable[ConsentInput], child: str, guardians: Iterable[str], today: date
) -> tuple[ConsentInput, ...]:
    """The consents to record with a child not yet saved, normalized, or ``ValidationError``.

    Each signer must be one of ``guardians`` (the child's guardians saved in the same call);
    fields are named ``consent.<kind>.guardian_name`` / ``consent.<kind>.given_on``.
    """
    names = list(guardians)
    out = []
    for item in items:
        kind = ConsentKind(item.kind)
        field = f"consent.{kind.value}."
        name = check_signer(item.guardian_name, names, child, field + "guardian_name")
        _check_day(item.given_on, today, field + "given_on")
        out.append(ConsentInput(kind, name, item.given_on, item.note.strip()))
    return tuple(out)


def withdraw(consent_id: int, on: date, today: date | None = None) -> None:
    """Withdraw a consent from ``on`` (it is no longer in force on that day)."""
    _check_day(on, today or clock.today(), "withdrawn_on")
    with database.atomic():
        row = ConsentRecord.get_or_none(ConsentRecord.id == consent_id)
        if row is None:
            raise NotFound(f"知情同意记录 {consent_id} 不存在")
        kind = ConsentKind(row.kind)
        if row.withdrawn_on is not None:
            raise RuleViolation("already_withdrawn", kind=kind, day=row.withdrawn_on)
        if on < row.given_on:
            raise ValidationError(
                "withdrawn_on", "consent.withdrawn_before_given", day=row.given_on
            )
        row.withdrawn_on = on
        row.save()
        child = row.child
        audit.log(
            "consent.withdraw",
            "child",
            child.id,
            f"撤回{kind.label}：{child.name}（监护人 {row.guardian_name}，{on}）",
            {"consent_id": consent_id, "kind": kind.value, "withdrawn_on": on},
        )


def current(child_id: int, on: date | None = None) -> frozenset[ConsentKind]:
    """The kinds of consent in force for the child on ``on`` (default today)."""
    day = on or clock.today()
    return frozenset(c.kind for c in _rows(child_id) if c.in_force(day))


def list_consents(child_id: int) -> list[Consent]:
    """Every consent of the child, newest first (the history shown to the manager)."""
    return sorted(_rows(child_id), key=lambda c: (c.given_on, c.id), reverse=True)


def require_health_consent(child_id: int, on: date | None = None) -> None:
    """Raise ``RuleViolation("no_health_consent")`` unless health-data consent is in force.

    Every service that stores a health record calls this first.
    """
    if ConsentKind.HEALTH not in current(child_id, on):
        raise RuleViolation("no_health_consent")


def health_allowed(child_ids: Iterable[int], on: date) -> frozenset[int]:
    """Those of ``child_ids`` with a health-data consent in force on ``on`` (one query).

    Why a set for many children: a class register asks for all its children at once, and the
    register page uses the answer to offer or close the illness field row by row.
    """
    ids = list(child_ids)
    if not ids:
        return frozenset()
    query = ConsentRecord.select(ConsentRecord.child).where(
        ConsentRecord.child.in_(ids)
        & (ConsentRecord.kind == ConsentKind.HEALTH.value)
        & (ConsentRecord.given_on <= on)
        & (ConsentRecord.withdrawn_on.is_null() | (ConsentRecord.withdrawn_on > on))
    )
    rows = cast(Iterable[tuple[Any]], query.tuples())
    return frozenset(int(child) for (child,) in rows)


def _rows(child_id: int) -> list[Consent]:
    query = (
        ConsentRecord.select(
            ConsentRecord.id,
            ConsentRecord.guardian_name,
            ConsentRecord.kind,
            ConsentRecord.given_on,
            ConsentRecord.withdrawn_on,
            ConsentRecord.note,
        )
        .where(ConsentRecord.child == child_id)
        .tuples()
    )
    return [
        Consent(cid, child_id, name, ConsentKind(kind), given, withdrawn, note)
        for cid, name, kind, given, withdrawn, note in cast(Iterable[tuple[Any, ...]], query)
    ]


def check_signer(
    guardian_name: str, guardians: Sequence[str], child: str, field: str = "guardian_name"
) -> str:
    """The signer's name, cleaned, when it is one of ``guardians``; ``ValidationError`` if not.

    The rule of :func:`give`, callable before the child is saved (the child dialog checks a
    consent it keeps pending against the guardians typed on its 监护人 tab).
    """
    name = validate_person_name(guardian_name, field=field, label="监护人姓名")
    names = [" ".join(g.split()) for g in guardians if g.strip()]
    if not names:
        raise ValidationError(field, "consent.no_guardian", child=child)
    if name not in names:
        raise ValidationError(
            field,
            "consent.not_a_guardian",
            name=name,
            child=child,
            guardians="、".join(names),
        )
    return name


def _check_day(on: date, today: date, field: str) -> None:
    if on > today:
        raise ValidationError(field, "consent.future", day=on)


def _recorded_guardians(child_id: int) -> list[str]:
    query = (
        GuardianRecord.select(GuardianRecord.name)
        .where(GuardianRecord.child == child_id)
        .order_by(GuardianRecord.position)
    )
    return [str(name) for (name,) in cast(Iterable[tuple[Any]], query.tuples())]


def _child(child_id: int) -> ChildRecord:
    row = ChildRecord.get_or_none(ChildRecord.id == child_id)
    if row is None:
        raise NotFound(f"幼儿 {child_id} 不存在")
    return row
