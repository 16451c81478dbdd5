"""Closed vocabularies of the domain, stored by their ``value`` (a short ASCII code).

Why codes and not Chinese labels in the database: labels may be reworded or translated, codes
stay. The words live in ``operator_app.wording``; ``label`` gives the Simplified Chinese wording
used on forms and printouts.
"""

from __future__ import annotations

from enum import StrEnum

from operator_app import wording


class _Labelled(StrEnum):
    """A str-valued enum whose wording lives in the catalogue (``enum.<Class>.<value>``)."""

    @property
    def label(self) -> str:
        """The official Chinese wording (printouts, the audit log); the GUI and the CLI use
        ``wording.label(member)`` for the current language."""
        return wording.label(self, wording.SOURCE)

    @classmethod
    def from_label(cls, label: str) -> _Labelled:
        for member in cls:
            if member.label == label:
                return member
        raise ValueError(label)


class ClassType(_Labelled):
    INFANT = "infant"  # 6-12 months
    SMALL = "small"  # 12-24 months
    BIG = "big"  # 24-36 months
    MIXED = "mixed"  # 18 months and over


class Sex(_Labelled):
    MALE = "M"
    FEMALE = "F"


class IdType(_Labelled):
    RESIDENT = "ric"
    BIRTH_CERT = "birth"
    PASSPORT = "passport"
    HK_MACAO = "hkm"
    TAIWAN = "tw"
    FOREIGN_PR = "fpr"
    NONE = "none"


class InstitutionNature(_Labelled):
    FOR_PROFIT = "for_profit"
    NON_PROFIT = "non_profit"
    PUBLIC = "public"
    HOME = "home"


class StaffRole(_Labelled):
    PRINCIPAL = "principal"
    CARER = "carer"
    HEALTH = "health"
    SECURITY = "security"
    COOK = "cook"
    OTHER = "other"


class Occupation(_Labelled):
    BAOYU = "baoyu"
    YUYING = "yuying"
    OTHER = "other"


class CertificateKind(_Labelled):
    QUALIFICATION = "qualification"
    SKILL_LEVEL = "skill_level"


class GuardianRelation(_Labelled):
    MOTHER = "mother"
    FATHER = "father"
    GRANDPARENT = "grandparent"
    OTHER = "other"


class LeaveReason(_Labelled):
    GRADUATED = "graduated"
    MOVED = "moved"
    FAMILY = "family"
    HEALTH = "health"
    OTHER = "other"


class AttendanceStatus(_Labelled):
    PRESENT = "present"
    SICK = "sick"
    PERSONAL = "personal"
    ABSENT = "absent"
