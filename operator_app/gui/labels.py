"""Display texts for codes and labels that come from the core in Chinese.

Why here: lower layers return enums whose ``label`` is the Chinese wording used on printouts,
and parameters whose ``label`` and ``unit`` are Chinese; the GUI shows that wording in the
current language. Each text is listed with ``QT_TRANSLATE_NOOP`` so lupdate collects it; a text
missing here is shown untranslated (tests/gui/test_labels.py checks the lists are complete).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from operator_app import wording
from operator_app.domain.parameters import Parameter

CONTEXT = "Labels"
PARAMETER_CONTEXT = "Parameters"

# Enum labels (operator_app.domain.enums), in the order of that module.
ENUM_LABELS = (
    # ClassType
    QT_TRANSLATE_NOOP("Labels", "乳儿班"),
    QT_TRANSLATE_NOOP("Labels", "托小班"),
    QT_TRANSLATE_NOOP("Labels", "托大班"),
    QT_TRANSLATE_NOOP("Labels", "混合班"),
    # Sex
    QT_TRANSLATE_NOOP("Labels", "男"),
    QT_TRANSLATE_NOOP("Labels", "女"),
    # IdType
    QT_TRANSLATE_NOOP("Labels", "居民身份证"),
    QT_TRANSLATE_NOOP("Labels", "出生医学证明"),
    QT_TRANSLATE_NOOP("Labels", "护照"),
    QT_TRANSLATE_NOOP("Labels", "港澳居民来往内地通行证"),
    QT_TRANSLATE_NOOP("Labels", "台湾居民来往大陆通行证"),
    QT_TRANSLATE_NOOP("Labels", "外国人永久居留身份证"),
    QT_TRANSLATE_NOOP("Labels", "暂无证件"),
    # InstitutionNature
    QT_TRANSLATE_NOOP("Labels", "营利性"),
    QT_TRANSLATE_NOOP("Labels", "非营利性（社会服务机构）"),
    QT_TRANSLATE_NOOP("Labels", "事业单位"),
    QT_TRANSLATE_NOOP("Labels", "家庭托育点"),
    # StaffRole
    QT_TRANSLATE_NOOP("Labels", "负责人"),
    QT_TRANSLATE_NOOP("Labels", "保育人员"),
    QT_TRANSLATE_NOOP("Labels", "保健人员"),
    QT_TRANSLATE_NOOP("Labels", "保安人员"),
    QT_TRANSLATE_NOOP("Labels", "炊事人员"),
    QT_TRANSLATE_NOOP("Labels", "其他"),
    # Occupation
    QT_TRANSLATE_NOOP("Labels", "保育师"),
    QT_TRANSLATE_NOOP("Labels", "育婴员"),
    # CertificateKind
    QT_TRANSLATE_NOOP("Labels", "职业资格证书"),
    QT_TRANSLATE_NOOP("Labels", "职业技能等级证书"),
    # GuardianRelation
    QT_TRANSLATE_NOOP("Labels", "母亲"),
    QT_TRANSLATE_NOOP("Labels", "父亲"),
    QT_TRANSLATE_NOOP("Labels", "祖父母/外祖父母"),
    QT_TRANSLATE_NOOP("Labels", "其他监护人"),
    # LeaveReason
    QT_TRANSLATE_NOOP("Labels", "升入幼儿园"),
    QT_TRANSLATE_NOOP("Labels", "搬家/转园"),
    QT_TRANSLATE_NOOP("Labels", "家庭原因"),
    QT_TRANSLATE_NOOP("Labels", "健康原因"),
    # AttendanceStatus
    QT_TRANSLATE_NOOP("Labels", "出勤"),
    QT_TRANSLATE_NOOP("Labels", "病假"),
    QT_TRANSLATE_NOOP("Labels", "事假"),
    QT_TRANSLATE_NOOP("Labels", "未到"),
)

# Field names used by ValidationError (institution details).
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("Labels", "机构名称"),
    QT_TRANSLATE_NOOP("Labels", "统一社会信用代码"),
    QT_TRANSLATE_NOOP("Labels", "机构性质"),
    QT_TRANSLATE_NOOP("Labels", "备案编号"),
    QT_TRANSLATE_NOOP("Labels", "地址"),
    QT_TRANSLATE_NOOP("Labels", "行政区划代码"),
    QT_TRANSLATE_NOOP("Labels", "负责人"),
    QT_TRANSLATE_NOOP("Labels", "联系电话"),
    QT_TRANSLATE_NOOP("Labels", "备案托位数"),
    QT_TRANSLATE_NOOP("Labels", "普惠托位数"),
)

# Labels of operator_app.domain.parameters.PARAMETERS, in that order, then their units.
PARAMETER_LABELS = (
    QT_TRANSLATE_NOOP("Parameters", "乳儿班最大人数"),
    QT_TRANSLATE_NOOP("Parameters", "托小班最大人数"),
    QT_TRANSLATE_NOOP("Parameters", "托大班最大人数"),
    QT_TRANSLATE_NOOP("Parameters", "混合班最大人数"),
    QT_TRANSLATE_NOOP("Parameters", "乳儿班保育人员配比（每名保育人员照护幼儿数）"),
    QT_TRANSLATE_NOOP("Parameters", "托小班保育人员配比"),
    QT_TRANSLATE_NOOP("Parameters", "托大班保育人员配比"),
    QT_TRANSLATE_NOOP("Parameters", "混合班保育人员配比"),
    QT_TRANSLATE_NOOP("Parameters", "家庭托育点最多收托人数"),
    QT_TRANSLATE_NOOP("Parameters", "家庭托育点保育人员配比"),
    QT_TRANSLATE_NOOP("Parameters", "健康合格证到期提前提醒"),
    QT_TRANSLATE_NOOP("Parameters", "背景审查复查周期"),
    QT_TRANSLATE_NOOP("Parameters", "保育人员持证率目标"),
    QT_TRANSLATE_NOOP("Parameters", "配备专职保健人员的在托人数"),
    QT_TRANSLATE_NOOP("Parameters", "每名炊事人员对应就餐幼儿数"),
    QT_TRANSLATE_NOOP("Parameters", "入托体检报告有效期"),
    QT_TRANSLATE_NOOP("Parameters", "离园后需重新体检的时长"),
    QT_TRANSLATE_NOOP("Parameters", "入托后预防接种证查验期限"),
    QT_TRANSLATE_NOOP("Parameters", "电子健康档案建档率目标"),
    QT_TRANSLATE_NOOP("Parameters", "传染病预警：同班一日病例数"),
    QT_TRANSLATE_NOOP("Parameters", "传染病预警：同班三日病例数"),
    QT_TRANSLATE_NOOP("Parameters", "升班提醒提前天数"),
    QT_TRANSLATE_NOOP("Parameters", "入托最小月龄（低于则提醒）"),
    QT_TRANSLATE_NOOP("Parameters", "入托最大月龄（达到则提醒）"),
    QT_TRANSLATE_NOOP("Parameters", "补贴：每月在托最少天数"),
    QT_TRANSLATE_NOOP("Parameters", "补贴：每月最少出勤天数（0 为不检查）"),
    QT_TRANSLATE_NOOP("Parameters", "补贴：月初月龄上限"),
    QT_TRANSLATE_NOOP("Parameters", "补贴：地区"),
)
UNIT_LABELS = (
    QT_TRANSLATE_NOOP("Parameters", "人"),
    QT_TRANSLATE_NOOP("Parameters", "天"),
    QT_TRANSLATE_NOOP("Parameters", "个月"),
    QT_TRANSLATE_NOOP("Parameters", "例"),
    QT_TRANSLATE_NOOP("Parameters", "%"),
)


def label(text: str) -> str:
    """A Chinese label from the core, in the current language (unchanged when unknown)."""
    return QCoreApplication.translate(CONTEXT, text)


def enum_label(member: Enum) -> str:
    """The display text of an enum member that carries a Chinese ``label``."""
    return label(str(getattr(member, "label", member.value)))


def parameter_label(param: Parameter) -> str:
    """The name of a business parameter (settings page), in the current language."""
    return wording.say(f"param.{param.key}")


def unit_label(unit: str) -> str:
    """A parameter's unit code (persons, days, months, percent) in the current language."""
    return wording.say(f"unit.{unit}")
