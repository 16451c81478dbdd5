"""A new child with guardians and consents: one service call, one transaction, all or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from operator_app.domain.children import GuardianInput
from operator_app.domain.enums import GuardianRelation
from operator_app.domain.errors import ValidationError
from operator_app.services import audit, children, consent
from operator_app.services.consent import ConsentInput, ConsentKind
from operator_app.storage.records import AuditRecord, ChildRecord, ConsentRecord, GuardianRecord
from tests.services.conftest import Make

TODAY = date(2026, 3, 10)
BIRTH = date(2024, 11, 5)


def counts() -> tuple[int, int, int, int]:
    """(children, guardians, consents, audit entries) in the database."""
    return (
        ChildRecord.select().count(),
        GuardianRecord.select().count(),
        ConsentRecord.select().count(),
        AuditRecord.select().count(),
    )


def two_guardians(make: Make) -> Any:
    data = make.child_input("王小米", BIRTH, guardian="李丽")
    father = GuardianInput("王强", GuardianRelation.FATHER, "13900139000")
    return replace(data, guardians=(*data.guardians, father))


def both_consents(personal: str = "李丽", health: str = "王强") -> tuple[ConsentInput, ...]:
    return (
        ConsentInput(ConsentKind.PERSONAL, personal, date(2026, 3, 1)),
        ConsentInput(ConsentKind.HEALTH, health, date(2026, 3, 2)),
    )


def test_child_guardians_and_consents_are_saved_together(make: Make) -> None:
    result = children.create_child(two_guardians(make), TODAY, both_consents())
    given = {(c.kind, c.guardian_name, c.given_on) for c in consent.list_consents(result.id)}
    assert given == {
        (ConsentKind.PERSONAL, "李丽", date(2026, 3, 1)),
        (ConsentKind.HEALTH, "王强", date(2026, 3, 2)),
    }
    assert [g.name for g in children.get_child(result.id).data.guardians] == ["李丽", "王强"]
    assert counts() == (1, 2, 2, 3)
    assert (audit.count("child.create"), audit.count("consent.give")) == (1, 2)
    assert consent.current(result.id, TODAY) == {ConsentKind.PERSONAL, ConsentKind.HEALTH}


def test_a_consent_signed_by_someone_not_among_the_guardians_saves_nothing(make: Make) -> None:
    before = counts()
    with pytest.raises(ValidationError) as caught:
        children.create_child(two_guardians(make), TODAY, both_consents(health="张三"))
    assert caught.value.field == "consent.health.guardian_name"
    assert caught.value.code == "consent.not_a_guardian"
    assert caught.value.message == (
        "监护人姓名：张三 不是 王小米 登记的监护人（登记的监护人：李丽、王强）"
    )
    assert counts() == before == (0, 0, 0, 0)


def test_a_consent_dated_after_today_saves_nothing(make: Make) -> None:
    late = (ConsentInput(ConsentKind.PERSONAL, "李丽", date(2026, 3, 11)),)
    with pytest.raises(ValidationError) as caught:
        children.create_child(two_guardians(make), TODAY, late)
    assert caught.value.field == "consent.personal.given_on"
    assert caught.value.reason == "2026-03-11 晚于今天"
    assert counts() == (0, 0, 0, 0)


def test_a_bad_guardian_phone_saves_nothing_of_the_consents_either(make: Make) -> None:
    data = two_guardians(make)
    bad = replace(data, guardians=(data.guardians[0], replace(data.guardians[1], phone="12345")))
    with pytest.raises(ValidationError) as caught:
        children.create_child(bad, TODAY, both_consents())
    assert caught.value.field == "guardian1.phone"
    assert counts() == (0, 0, 0, 0)


def test_a_failure_while_writing_the_last_consent_rolls_everything_back(
    make: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checks pass, the writes start, the very last audit entry fails: nothing stays."""
    real_log = audit.log
    written: list[str] = []

    def failing_log(action: str, *args: Any, **kwargs: Any) -> None:
        written.append(action)
        if written.count("consent.give") == 2:
            raise OSError("disk full")
        real_log(action, *args, **kwargs)

    monkeypatch.setattr(audit, "log", failing_log)
    with pytest.raises(OSError, match="disk full"):
        children.create_child(two_guardians(make), TODAY, both_consents())
    assert written == ["child.create", "consent.give", "consent.give"]
    assert counts() == (0, 0, 0, 0)


def test_the_same_guardian_may_sign_both_kinds(make: Make) -> None:
    result = children.create_child(two_guardians(make), TODAY, both_consents(health="李丽"))
    assert {c.guardian_name for c in consent.list_consents(result.id)} == {"李丽"}
    assert counts() == (1, 2, 2, 3)
