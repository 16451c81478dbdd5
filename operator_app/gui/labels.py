"""Display texts for codes and labels that come from the core in Chinese.

Why here: lower layers return enums whose ``label`` is the Chinese wording used on printouts;
the GUI shows that wording in the current language. Each label is listed with
``QT_TRANSLATE_NOOP`` so lupdate collects it; a label missing here is shown untranslated.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

# Enum labels (operator_app.domain.enums) and the field names used by ValidationError.
_KNOWN = (
    QT_TRANSLATE_NOOP("Labels", "乳儿班"),
    QT_TRANSLATE_NOOP("Labels", "托小班"),
    QT_TRANSLATE_NOOP("Labels", "托大班"),
    QT_TRANSLATE_NOOP("Labels", "混合班"),
    QT_TRANSLATE_NOOP("Labels", "营利性"),
    QT_TRANSLATE_NOOP("Labels", "非营利性（社会服务机构）"),
    QT_TRANSLATE_NOOP("Labels", "事业单位"),
    QT_TRANSLATE_NOOP("Labels", "家庭托育点"),
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


def label(text: str) -> str:
    """A Chinese label from the core, in the current language (unchanged when unknown)."""
    return QCoreApplication.translate(CONTEXT, text)


def enum_label(member: Enum) -> str:
    """The display text of an enum member that carries a Chinese ``label``."""
    return label(str(getattr(member, "label", member.value)))
