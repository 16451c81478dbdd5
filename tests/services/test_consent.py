"""Guardian consent: give, withdraw, what is in force, and the health-record gate."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from operator_app.domain.children import ChildInput, GuardianInput
from operator_app.domain.enums import GuardianRelation, IdType, Sex
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.services import audit, children, clock, consent
from operator_app.services.consent import ConsentKind
from operator_app.storage.records import GuardianRecord

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


# -- who may sign, and health data from the day of a withdrawal (domain.md section 8) --------

DAY = date(2026, 4, 1)
LATER = date(2026, 11, 30)


def test_consent_by_a_person_who_is_not_a_guardian_is_refused(child_id):
    with pytest.raises(ValidationError) as info:
        consent.give(child_id, "张伟", ConsentKind.HEALTH, DAY, today=LATER)
    assert (info.value.field, info.value.code) == ("guardian_name", "consent.not_a_guardian")
    assert info.value.params["child"] == "王小明"
    assert info.value.message == "监护人姓名：张伟 不是 王小明 登记的监护人（登记的监护人：李丽）"
    assert info.value.message_in("en") == (
        "Guardian's name: 张伟 is not a recorded guardian of 王小明 (recorded guardians: 李丽)"
    )
    assert consent.list_consents(child_id) == []
    assert audit.count("consent.give") == 0


def test_a_child_without_guardians_cannot_be_consented_for(child_id):
    # Files from before guardians were required (the check's "no_guardian" finding).
    GuardianRecord.delete().where(GuardianRecord.child == child_id).execute()
    with pytest.raises(ValidationError) as info:
        consent.give(child_id, "李丽", ConsentKind.PERSONAL, DAY, today=LATER)
    assert info.value.code == "consent.no_guardian"
    assert info.value.message == "监护人姓名：王小明 还没有登记监护人，请先在“监护人”中登记"
    assert consent.list_consents(child_id) == []


def test_the_guardian_name_is_matched_after_trimming(child_id):
    consent.give(child_id, " 李丽 ", ConsentKind.HEALTH, DAY, today=LATER)
    assert [c.guardian_name for c in consent.list_consents(child_id)] == ["李丽"]


def test_health_data_allowed_per_child_and_day(child_id, make):
    other = make.child("陈小冬", date(2025, 2, 3))
    cid = consent.give(child_id, "李丽", ConsentKind.HEALTH, DAY, today=LATER)
    consent.give(other, "李丽", ConsentKind.PERSONAL, DAY, today=LATER)
    ids = [child_id, other]
    assert consent.health_allowed(ids, DAY - timedelta(days=1)) == frozenset()
    assert consent.health_allowed(ids, DAY) == {child_id}
    consent.withdraw(cid, date(2026, 5, 6), today=LATER)
    assert consent.health_allowed(ids, date(2026, 5, 5)) == {child_id}
    assert consent.health_allowed(ids, date(2026, 5, 6)) == frozenset()  # from that day
    assert consent.health_allowed([], DAY) == frozenset()
