"""peewee records: one class per table, bound to ``database`` (a proxy set at open time).

Why a proxy: the same records serve the user's file, a per-test temp file and, later,
PostgreSQL chosen by URL. Codes of ``domain.enums`` are stored, never labels.

An annotation without a value (``child_id: int``, ``guardians: ModelSelect[GuardianRecord]``)
creates no column: it only tells mypy about an attribute peewee adds at run time, the raw key
beside each foreign key and the query behind each backref.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    ModelSelect,
    SmallIntegerField,
    TextField,
)

database = DatabaseProxy()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class BaseRecord(Model):
    class Meta:
        database = database
        legacy_table_names = False


class InstitutionRecord(BaseRecord):
    """The one institution this database belongs to (a single row, id 1)."""

    id = AutoField()
    name = CharField(max_length=100)
    uscc = CharField(max_length=18)
    nature = CharField(max_length=20)
    filing_number = CharField(max_length=50, default="")
    address = CharField(max_length=200, default="")
    division_code = CharField(max_length=12, default="")
    principal = CharField(max_length=30, default="")
    phone = CharField(max_length=30, default="")
    places = IntegerField()
    inclusive_places = IntegerField(default=0)
    meals = BooleanField(default=True)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class SettingRecord(BaseRecord):
    """A business parameter (threshold, rate...) stored as JSON text under a stable key."""

    key = CharField(primary_key=True, max_length=80)
    value = TextField()
    updated_at = DateTimeField(default=utcnow)


class ClassRecord(BaseRecord):
    id = AutoField()
    name = CharField(max_length=40, unique=True)
    class_type = CharField(max_length=10, index=True)
    capacity = SmallIntegerField()
    room = CharField(max_length=40, default="")
    opened_on = DateField(default=dt.date.today)
    closed_on = DateField(null=True, index=True)
    note = TextField(default="")
    carers: ModelSelect[ClassStaffRecord]
    enrolments: ModelSelect[EnrolmentRecord]
    registers: ModelSelect[AttendanceDayRecord]
    marks: ModelSelect[AttendanceMarkRecord]


class ChildRecord(BaseRecord):
    id = AutoField()
    name = CharField(max_length=30, index=True)
    pinyin = CharField(max_length=120, index=True)
    initials = CharField(max_length=30, index=True)
    sex = CharField(max_length=1)
    birth_date = DateField(index=True)
    id_type = CharField(max_length=10)
    id_number = CharField(max_length=30, null=True, unique=True)
    id_note = CharField(max_length=100, default="")
    note = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    # schema 3: the given name's pinyin (search by given name alone) and a hand-corrected reading
    given_pinyin = CharField(
        max_length=120, default="", index=True, constraints=[SQL("DEFAULT ''")]
    )
    pinyin_manual = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    guardians: ModelSelect[GuardianRecord]
    enrolments: ModelSelect[EnrolmentRecord]
    consents: ModelSelect[ConsentRecord]
    attendance: ModelSelect[AttendanceMarkRecord]


class GuardianRecord(BaseRecord):
    id = AutoField()
    child = ForeignKeyField(ChildRecord, backref="guardians", on_delete="CASCADE", index=True)
    child_id: int
    name = CharField(max_length=30)
    relation = CharField(max_length=12)
    phone = CharField(max_length=30, index=True)
    id_type = CharField(max_length=10, default="ric")
    id_number = CharField(max_length=30, default="")
    position = SmallIntegerField(default=0)


class StaffRecord(BaseRecord):
    id = AutoField()
    name = CharField(max_length=30, index=True)
    pinyin = CharField(max_length=120, default="")
    initials = CharField(max_length=30, default="")
    sex = CharField(max_length=1)
    birth_date = DateField(null=True)
    id_number = CharField(max_length=30, null=True, unique=True)
    role = CharField(max_length=12, index=True)
    phone = CharField(max_length=30, default="")
    hired_on = DateField()
    left_on = DateField(null=True, index=True)
    health_cert_expires = DateField(null=True)
    background_checked_on = DateField(null=True)
    note = TextField(default="")
    # schema 3, as on ChildRecord
    given_pinyin = CharField(
        max_length=120, default="", index=True, constraints=[SQL("DEFAULT ''")]
    )
    pinyin_manual = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    certificates: ModelSelect[CertificateRecord]
    classes: ModelSelect[ClassStaffRecord]


class CertificateRecord(BaseRecord):
    id = AutoField()
    staff = ForeignKeyField(StaffRecord, backref="certificates", on_delete="CASCADE", index=True)
    staff_id: int
    occupation = CharField(max_length=10)
    grade = SmallIntegerField()
    number = CharField(max_length=40)
    issuer = CharField(max_length=100, default="")
    kind = CharField(max_length=16)
    issued_on = DateField()
    expires_on = DateField(null=True)
    verified_on = DateField(null=True)
    scan_path = CharField(max_length=260, default="")


class ClassStaffRecord(BaseRecord):
    """A carer assigned to a class from ``since`` (inclusive) to ``until`` (exclusive).

    An open ``until`` means the assignment is current.
    """

    id = AutoField()
    klass = ForeignKeyField(ClassRecord, backref="carers", on_delete="CASCADE", index=True)
    klass_id: int
    staff = ForeignKeyField(StaffRecord, backref="classes", on_delete="CASCADE", index=True)
    staff_id: int
    since = DateField()
    until = DateField(null=True)


class EnrolmentRecord(BaseRecord):
    """One period of a child in one class; start and end are both days in care."""

    id = AutoField()
    child = ForeignKeyField(ChildRecord, backref="enrolments", on_delete="CASCADE", index=True)
    child_id: int
    klass = ForeignKeyField(ClassRecord, backref="enrolments", index=True)
    klass_id: int
    start_date = DateField(index=True)
    end_date = DateField(null=True, index=True)
    inclusive = BooleanField(default=True)
    leave_reason = CharField(max_length=12, default="")
    note = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    # schema 3: a manager's note accepting that the child stays outside the class's age band
    band_note = TextField(default="", constraints=[SQL("DEFAULT ''")])


class AuditRecord(BaseRecord):
    """Append-only log of every change; triggers refuse UPDATE and DELETE."""

    id = AutoField()
    at = DateTimeField(default=utcnow, index=True)
    actor = CharField(max_length=40)
    action = CharField(max_length=40, index=True)
    entity = CharField(max_length=30, index=True)
    entity_id = CharField(max_length=40, default="")
    summary = TextField(default="")
    detail = TextField(default="")


class ConsentRecord(BaseRecord):
    """A guardian's consent (PIPL art. 29/31): personal data, or the separate health-data one.

    Withdrawal is a date on the same row, so the history of what was allowed when survives.
    """

    id = AutoField()
    child = ForeignKeyField(ChildRecord, backref="consents", on_delete="CASCADE", index=True)
    child_id: int
    guardian_name = CharField(max_length=30)
    kind = CharField(max_length=10)
    given_on = DateField()
    withdrawn_on = DateField(null=True)
    note = TextField(default="")
    recorded_at = DateTimeField(default=utcnow)


class AttendanceDayRecord(BaseRecord):
    """A class register taken for one day; enrolled children without a mark were present."""

    id = AutoField()
    klass = ForeignKeyField(ClassRecord, backref="registers", on_delete="CASCADE")
    klass_id: int
    day = DateField(index=True)
    taken_by = CharField(max_length=40, default="")
    taken_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("klass", "day"), True),)


class AttendanceMarkRecord(BaseRecord):
    """An exception on a register: sick, personal leave or absent (present is implied)."""

    id = AutoField()
    child = ForeignKeyField(ChildRecord, backref="attendance", on_delete="CASCADE")
    child_id: int
    klass = ForeignKeyField(ClassRecord, backref="marks", on_delete="CASCADE", index=True)
    klass_id: int
    day = DateField(index=True)
    status = CharField(max_length=10)
    illness = CharField(max_length=60, default="")
    follow_up = TextField(default="")

    class Meta:
        indexes = ((("child", "day"), True),)


class SurnameRecord(BaseRecord):
    """The user's corrections to the surname reading table (domain.md section 9), schema 3."""

    surname = CharField(primary_key=True, max_length=4)
    reading = CharField(max_length=30)
    updated_at = DateTimeField(default=utcnow)


SCHEMA_1_RECORDS: tuple[type[BaseRecord], ...] = (
    InstitutionRecord,
    SettingRecord,
    ClassRecord,
    ChildRecord,
    GuardianRecord,
    StaffRecord,
    CertificateRecord,
    ClassStaffRecord,
    EnrolmentRecord,
    AuditRecord,
)

SCHEMA_2_RECORDS: tuple[type[BaseRecord], ...] = (
    ConsentRecord,
    AttendanceDayRecord,
    AttendanceMarkRecord,
)

SCHEMA_3_RECORDS: tuple[type[BaseRecord], ...] = (SurnameRecord,)

ALL_RECORDS: tuple[type[BaseRecord], ...] = SCHEMA_1_RECORDS + SCHEMA_2_RECORDS + SCHEMA_3_RECORDS
