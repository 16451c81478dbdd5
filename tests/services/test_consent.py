"""Guardian consent: give, withdraw, what is in force, and the health-record gate."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from operator_app.domain.children import ChildInput, GuardianInput
from operator_app.domain.enums import GuardianRelation, IdType, Sex
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.services import audit, children, clock, consent
from operator_app.services.consent import ConsentKind

TODAY = date(2026, 11, 16)  # a fixed day: the services' today in every test of this module


@pytest.fixture(autouse=True)
def fixed_today():
    with clock.fixed(TODAY):
        yield TODAY


@pytest.fixture
def child_id(db):
    data = ChildInput(
        "王小明",
        Sex.MALE,
        TODAY - timedelta(days=600),
        IdType.NONE,
        id_note="出生证明补办中",
        guardians=(GuardianInput("李丽", GuardianRelation.MOTHER, "13800138000"),),
    )
    return children.create_child(data).id


def test_give_puts_consent_in_force_from_its_date(child_id):
    day = TODAY - timedelta(days=10)
    consent.give(child_id, "李丽", ConsentKind.PERSONAL, day)
    assert consent.current(child_id) == {ConsentKind.PERSONAL}
    assert consent.current(child_id, day - timedelta(days=1)) == frozenset()
    assert audit.count("consent.give") == 1


def test_health_consent_is_separate(child_id):
    consent.give(child_id, "李丽", "personal", TODAY)
    with pytest.raises(RuleViolation) as info:
        consent.require_health_consent(child_id)
    assert info.value.code == "no_health_consent"
    consent.give(child_id, "李丽", "health", TODAY)
    consent.require_health_consent(child_id)  # no error
    assert consent.current(child_id) == {ConsentKind.PERSONAL, ConsentKind.HEALTH}


def test_withdraw_ends_consent_and_keeps_history(child_id):
    given = TODAY - timedelta(days=30)
    cid = consent.give(child_id, "李丽", ConsentKind.HEALTH, given)
    consent.withdraw(cid, TODAY)
    assert ConsentKind.HEALTH not in consent.current(child_id)
    assert ConsentKind.HEALTH in consent.current(child_id, TODAY - timedelta(days=1))
    with pytest.raises(RuleViolation):
        consent.require_health_consent(child_id)
    [row] = consent.list_consents(child_id)
    assert (row.given_on, row.withdrawn_on, row.guardian_name) == (given, TODAY, "李丽")
    assert audit.count("consent.withdraw") == 1


def test_consent_can_be_given_again_after_withdrawal(child_id):
    first = consent.give(child_id, "李丽", ConsentKind.HEALTH, TODAY - timedelta(days=5))
    consent.withdraw(first, TODAY - timedelta(days=2))
    consent.give(child_id, "李丽", ConsentKind.HEALTH, TODAY)
    assert ConsentKind.HEALTH in consent.current(child_id)
    history = consent.list_consents(child_id)
    assert [c.given_on for c in history] == [TODAY, TODAY - timedelta(days=5)]


def test_duplicate_consent_in_force_is_refused(child_id):
    consent.give(child_id, "李丽", ConsentKind.PERSONAL, TODAY)
    with pytest.raises(RuleViolation) as info:
        consent.give(child_id, "李丽", ConsentKind.PERSONAL, TODAY)
    assert info.value.code == "consent_in_force"
    assert len(consent.list_consents(child_id)) == 1


@pytest.mark.parametrize(
    ("name", "day", "field"),
    [("", TODAY, "guardian_name"), ("李丽", TODAY + timedelta(days=1), "given_on")],
)
def test_bad_input_changes_nothing(child_id, name, day, field):
    with pytest.raises(ValidationError) as info:
        consent.give(child_id, name, ConsentKind.PERSONAL, day)
    assert info.value.field == field
    assert consent.list_consents(child_id) == []
    assert audit.count("consent.give") == 0


def test_withdraw_refuses_bad_dates_and_double_withdrawal(child_id):
    cid = consent.give(child_id, "李丽", ConsentKind.PERSONAL, TODAY - timedelta(days=3))
    with pytest.raises(ValidationError):
        consent.withdraw(cid, TODAY - timedelta(days=4))
    with pytest.raises(ValidationError):
        consent.withdraw(cid, TODAY + timedelta(days=1))
    consent.withdraw(cid, TODAY)
    with pytest.raises(RuleViolation) as info:
        consent.withdraw(cid, TODAY)
    assert info.value.code == "already_withdrawn"
    assert audit.count("consent.withdraw") == 1


def test_unknown_child_or_consent(child_id):
    with pytest.raises(NotFound):
        consent.give(child_id + 99, "李丽", ConsentKind.PERSONAL, TODAY)
    with pytest.raises(NotFound):
        consent.withdraw(12345, TODAY)


def test_kind_labels():
    assert ConsentKind.HEALTH.label == "健康信息处理同意"
    assert ConsentKind("personal").label == "个人信息处理同意"
