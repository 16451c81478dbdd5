"""Closed vocabularies of the domain, stored by their ``value`` (a short ASCII code).

Why codes and not Chinese labels in the database: labels may be reworded or translated, codes
stay. ``label`` gives the Simplified Chinese wording used on forms and printouts.
"""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    """A str-valued enum with a Chinese label as the second tuple item."""

    def __new__(cls, value: str, label: str = "") -> _Labelled:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    label: str

    @classmethod
    def from_label(cls, label: str) -> _Labelled:
        for member in cls:
            if member.label == label:
                return member
        raise ValueError(label)


class ClassType(_Labelled):
    INFANT = ("infant", "乳儿班")  # 6-12 months
    SMALL = ("small", "托小班")  # 12-24 months
    BIG = ("big", "托大班")  # 24-36 months
    MIXED = ("mixed", "混合班")  # 18 months and over


class Sex(_Labelled):
    MALE = ("M", "男")
    FEMALE = ("F", "女")


class IdType(_Labelled):
    RESIDENT = ("ric", "居民身份证")
    BIRTH_CERT = ("birth", "出生医学证明")
    PASSPORT = ("passport", "护照")
    HK_MACAO = ("hkm", "港澳居民来往内地通行证")
    TAIWAN = ("tw", "台湾居民来往大陆通行证")
    FOREIGN_PR = ("fpr", "外国人永久居留身份证")
    NONE = ("none", "暂无证件")


class InstitutionNature(_Labelled):
    FOR_PROFIT = ("for_profit", "营利性")
    NON_PROFIT = ("non_profit", "非营利性（社会服务机构）")
    PUBLIC = ("public", "事业单位")
    HOME = ("home", "家庭托育点")


class StaffRole(_Labelled):
    PRINCIPAL = ("principal", "负责人")
    CARER = ("carer", "保育人员")
    HEALTH = ("health", "保健人员")
    SECURITY = ("security", "保安人员")
    COOK = ("cook", "炊事人员")
    OTHER = ("other", "其他")


class Occupation(_Labelled):
    BAOYU = ("baoyu", "保育师")
    YUYING = ("yuying", "育婴员")
    OTHER = ("other", "其他")


class CertificateKind(_Labelled):
    QUALIFICATION = ("qualification", "职业资格证书")
    SKILL_LEVEL = ("skill_level", "职业技能等级证书")


class GuardianRelation(_Labelled):
    MOTHER = ("mother", "母亲")
    FATHER = ("father", "父亲")
    GRANDPARENT = ("grandparent", "祖父母/外祖父母")
    OTHER = ("other", "其他监护人")


class LeaveReason(_Labelled):
    GRADUATED = ("graduated", "升入幼儿园")
    MOVED = ("moved", "搬家/转园")
    FAMILY = ("family", "家庭原因")
    HEALTH = ("health", "健康原因")
    OTHER = ("other", "其他")


class AttendanceStatus(_Labelled):
    PRESENT = ("present", "出勤")
    SICK = ("sick", "病假")
    PERSONAL = ("personal", "事假")
    ABSENT = ("absent", "未到")
