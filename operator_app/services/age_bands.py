"""Children whose age is outside their class type's band while enrolled (domain.md §2).

Why a service of its own: the same list feeds ``check``, the dashboard's 班级合规 figure and the
classes page, so the rule is evaluated once. A child is a finding on the day the age leaves the
band (for the period covering that day) and, for a booked future period, from its first day; a
manager's note on the period (``band_note``) accepts it, as does moving the child.

The age-transition list (``enrolment.age_transitions``) looks ahead; this looks at the day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from operator_app.domain.ages import age_in_months
from operator_app.domain.classes import ClassRule
from operator_app.domain.enums import ClassType
from operator_app.domain.errors import NotFound, ValidationError
from operator_app.services import audit
from operator_app.storage.queries import tuples_of
from operator_app.storage.records import ChildRecord, ClassRecord, EnrolmentRecord, database


@dataclass(frozen=True)
class BandIssue:
    """One enrolment period whose child is outside the class band on ``on``.

    ``booked`` is True for a period that starts after the day evaluated; ``on`` is then the
    period's first day.
    """

    enrolment_id: int
    child_id: int
    child_name: str
    class_id: int
    class_name: str
    class_type: ClassType
    on: date
    months: int
    min_months: int
    max_months: int | None
    booked: bool


def outside_band(
    on: date, rules: Mapping[ClassType, ClassRule], class_id: int | None = None
) -> list[BandIssue]:
    """Periods covering ``on`` or starting after it whose child does not fit the class band.

    ``rules`` are the class rules in force (``classes.rules()``): passed in so that this module
    sits below ``classes``, which lists each class's children outside the band.
    """
    query = (
        EnrolmentRecord.select(
            EnrolmentRecord.id,
            EnrolmentRecord.start_date,
            ChildRecord.id,
            ChildRecord.name,
            ChildRecord.birth_date,
            ClassRecord.id,
            ClassRecord.name,
            ClassRecord.class_type,
        )
        .join(ChildRecord)
        .switch(EnrolmentRecord)
        .join(ClassRecord)
        .where(
            (EnrolmentRecord.end_date.is_null() | (EnrolmentRecord.end_date >= on))
            & (EnrolmentRecord.band_note == "")
        )
        .order_by(EnrolmentRecord.start_date, ChildRecord.pinyin)
    )
    if class_id is not None:
        query = query.where(EnrolmentRecord.klass == class_id)
    out = []
    for row in tuples_of(query):
        period_id, start, child_id, name, birth, klass_id, klass_name, type_code = row
        day = max(start, on)
        months = age_in_months(birth, day)
        rule = rules[ClassType(type_code)]
        if not rule.admits(months):
            out.append(
                BandIssue(
                    period_id,
                    child_id,
                    name,
                    klass_id,
                    klass_name,
                    rule.class_type,
                    day,
                    months,
                    rule.min_months,
                    rule.max_months,
                    start > on,
                )
            )
    return out


def accept(enrolment_id: int, note: str) -> None:
    """Accept that a child stays outside the band for this period; the note says why."""
    text = note.strip()
    if not text:
        raise ValidationError("band_note", "band_note.required")
    row = EnrolmentRecord.get_or_none(EnrolmentRecord.id == enrolment_id)
    if row is None:
        raise NotFound(enrolment_id)
    with database.atomic():
        EnrolmentRecord.update(band_note=text).where(EnrolmentRecord.id == enrolment_id).execute()
        audit.log(
            "enrolment.accept_band",
            "child",
            row.child_id,
            f"接受 {row.child.name} 在班级 {row.klass.name} 的月龄不符：{text}",
            {"enrolment_id": enrolment_id, "note": text},
        )
