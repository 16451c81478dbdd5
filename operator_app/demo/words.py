"""Demo people: word lists of a Chongqing daycare, and the seeded draws of names, phone
numbers, resident IDs and guardians built from them.

Why a module of its own: ``plan`` and its parts are about *how* a believable institution
is assembled (and ``writer`` about writing it); what people are called and what the notes
say lives here, as ordered tuples, so a ``random.Random`` with a given seed draws the same items
on every run.

Names are invented combinations of common surnames and given names. Some entries are there on
purpose: surnames whose surname reading differs from the common one (曾 zeng, 单 shan, 解 xie,
区 ou) and rare characters the fonts and pinyin keys must cope with (堃, 喆, 䶮, 龑, 昇, and
𫖮 outside the BMP).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from random import Random
from typing import Final, TypeVar

from operator_app.domain.children import GuardianInput
from operator_app.domain.enums import GuardianRelation
from operator_app.domain.identity import check_resident_id, make_resident_id

T = TypeVar("T")

# fmt: off
# (surname, weight): common in Chongqing first, then the ones whose readings matter.
SURNAMES: Final = (
    ("陈", 9), ("李", 9), ("张", 8), ("刘", 8), ("王", 8), ("杨", 7), ("黄", 5), ("周", 5),
    ("罗", 5), ("谭", 4), ("冉", 3), ("向", 3), ("唐", 4), ("邓", 4), ("何", 4), ("蒋", 3),
    ("吴", 4), ("徐", 3), ("胡", 3), ("彭", 3), ("余", 3), ("赵", 3), ("谢", 3), ("熊", 2),
    ("袁", 2), ("秦", 2), ("程", 2), ("韩", 2), ("付", 2), ("夏", 2), ("田", 2), ("杜", 2),
    ("郑", 2), ("汪", 2), ("文", 2), ("钟", 2), ("冯", 2), ("龚", 2), ("廖", 2), ("邹", 2),
    ("曾", 3), ("单", 1), ("解", 1), ("区", 1), ("牟", 1), ("覃", 1),
)

BOY_GIVEN: Final = (
    "浩宇", "宇轩", "梓睿", "俊熙", "沐宸", "子墨", "奕辰", "锦程", "一鸣", "昊然", "思远",
    "嘉懿", "明轩", "睿泽", "煜祺", "子骞", "承泽", "宸熙", "铭哲", "乐天", "景行", "云帆",
    "逸凡", "泽宇", "皓轩", "天佑", "修远", "恩泽", "钰航", "星河",
)
BOY_GIVEN_SINGLE: Final = ("睿", "宸", "航", "霖", "皓", "恒", "瑞", "鑫", "哲", "阳")
GIRL_GIVEN: Final = (
    "梓涵", "一诺", "欣怡", "若汐", "语桐", "诗涵", "书瑶", "芊芊", "悦溪", "梓萱", "雨桐",
    "可欣", "思彤", "子琪", "佳怡", "安然", "沐晴", "清妍", "婉清", "楚楚", "知意", "星瑶",
    "念念", "米朵", "梦琪", "嘉宁", "心悦", "锦书", "初夏", "语嫣",
)
GIRL_GIVEN_SINGLE: Final = ("萱", "琪", "瑶", "彤", "妍", "悦", "婧", "淼", "楠", "玥")

# Children who appear whatever the seed: (name, male).
FEATURED_CHILDREN: Final = (
    ("曾梓涵", False), ("单一诺", False), ("解浩宇", True), ("区俊熙", True), ("王堃", True),
    ("李喆", True), ("刘䶮", True), ("黄龑", True), ("周𫖮安", False), ("赵昇", True),
)

MAN_GIVEN: Final = (
    "志强", "建华", "俊杰", "海涛", "磊", "伟", "勇", "军", "刚", "超", "鹏", "浩", "波",
    "涛", "杰", "林", "明", "文彬", "小龙", "家豪", "永红", "晓东", "国平", "宏伟",
)
WOMAN_GIVEN: Final = (
    "丽娟", "静", "婷婷", "雪梅", "晓燕", "敏", "丽", "霞", "艳", "芳", "娟", "琳", "倩",
    "婷", "雪", "玲", "小红", "春梅", "晓丽", "红梅", "佳", "莉", "萍", "露", "思琪", "梦",
)
ELDER_MAN_GIVEN: Final = ("建国", "德明", "国华", "长福", "明清", "树林")
ELDER_WOMAN_GIVEN: Final = ("秀英", "桂兰", "淑珍", "玉兰", "素芬", "德芳")

# Division codes for resident IDs, (code, weight). 500xxx codes exist from 1997 on; people
# born earlier in today's Chongqing were registered under Sichuan's 5102xx codes.
REGIONS_NOW: Final = (
    ("500112", 10),  # 渝北区
    ("500105", 5),   # 江北区
    ("500103", 3),   # 渝中区
    ("500106", 3),   # 沙坪坝区
    ("500107", 3),   # 九龙坡区
    ("500108", 3),   # 南岸区
    ("500109", 2),   # 北碚区
    ("500113", 2),   # 巴南区
    ("500104", 1),   # 大渡口区
    ("500115", 1),   # 长寿区
    ("500117", 1),   # 合川区
    ("500101", 1),   # 万州区
    ("500154", 1),   # 开州区
    ("500155", 1),   # 梁平区
    ("500156", 1),   # 武隆区
)
REGIONS_BEFORE_1997: Final = (
    ("510218", 3),  # 渝北区 (1994-1997)
    ("510224", 3),  # 江北县 (before 1994)
    ("510211", 2),  # 江北区
    ("510212", 2),  # 沙坪坝区
    ("510213", 2),  # 九龙坡区
    ("510214", 2),  # 南岸区
    ("510221", 1),  # 长寿县
    ("510202", 1),  # 市中区 / 渝中区
)

MOBILE_PREFIXES: Final = (
    "133", "135", "136", "138", "139", "150", "151", "152", "153", "157", "158", "159",
    "166", "173", "177", "180", "181", "183", "186", "187", "188", "189", "191", "199",
)

INSTITUTION_NAMES: Final = ("小星星", "彩虹树", "童心园", "小橡果", "萌芽", "七色花", "蒲公英")
STREETS: Final = (
    ("龙溪街道", "松石大道"), ("龙山街道", "龙山大道"), ("回兴街道", "宝环路"),
    ("双龙湖街道", "双龙大道"), ("人和街道", "人和大道"), ("仙桃街道", "食品城大道"),
)
NUMERALS: Final = ("一", "二", "三", "四", "五", "六")

CERT_ISSUERS_SKILL: Final = (
    "重庆市渝北区职业技能等级认定中心", "重庆市托育服务行业协会", "重庆市家庭服务职业培训学校",
)
CERT_ISSUER_QUALIFICATION: Final = "重庆市职业技能鉴定指导中心"

# (illness, weight, shortest and longest run of school days, follow-up notes)
ILLNESSES: Final = (
    ("发热", 6, 1, 3, ("电话随访：已就医，退热 24 小时后返园", "电话随访：体温 38.5℃，居家观察")),
    ("感冒", 6, 1, 3, ("电话随访：流涕、轻咳，居家休息", "电话随访：已好转，明日返园")),
    ("咳嗽", 4, 1, 4, ("电话随访：遵医嘱服药，咳嗽减轻", "电话随访：已就诊，排除肺炎")),
    ("腹泻", 2, 1, 2, ("电话随访：已就医，嘱清淡饮食；班级加强消毒",)),
    ("疱疹性咽峡炎", 1, 3, 6, ("已报保健员；痊愈后凭医院证明返园，班级晨检加强",)),
    ("手足口病", 1, 5, 8, ("已报保健员并登记传染病；居家隔离，凭医院复课证明返园",)),
)
OUTBREAK_ILLNESS: Final = "手足口病"
# The follow-up of a sick day without a health-data consent: no symptom, no diagnosis.
SICK_WITHOUT_CONSENT_NOTE: Final = "家长来电请病假；未签署健康信息同意，不登记病情"

PERSONAL_NOTES: Final = (
    "家长请假：回老家", "家长请假：外出旅游", "家长请假：家中有事", "家长请假：接种疫苗",
    "家长请假：儿保体检",
)
ABSENT_NOTES: Final = (
    "未请假，已电话联系家长：家中有事", "未请假，电话未接通，已发短信",
    "未请假，家长称孩子起晚了",
)
# fmt: on

LEAVE_NOTES: Final = {
    "graduated": ("年满三岁，升入幼儿园小班", "已被附近幼儿园录取"),
    "moved": ("随父母工作调动迁往成都", "搬家至江北区，就近入托", "全家返回万州"),
    "family": ("由祖父母在家照看", "二胎出生，母亲在家照顾"),
    "health": ("反复呼吸道感染，家长决定暂缓入托",),
    "other": ("家长接送时间无法协调",),
}
ID_NONE_NOTES: Final = ("户籍登记办理中，家长承诺一个月内补交身份证号", "父亲为外籍，证件办理中")
STAFF_NOTES: Final = {
    "expired": "健康合格证已过期，复检预约中，暂不计入师幼比",
    "uncertified": "已报名保育师（五级）培训，待考证",
}


def weighted(rng: Random, items: Sequence[tuple[T, int]]) -> T:
    """One item of (item, weight) pairs."""
    return rng.choices([item for item, _w in items], weights=[w for _i, w in items])[0]


def child_name(rng: Random, male: bool, surname: str | None = None) -> str:
    """A child's name: mostly a two-character given name, sometimes one character."""
    surname = surname or weighted(rng, SURNAMES)
    if rng.random() < 0.2:
        return surname + rng.choice(BOY_GIVEN_SINGLE if male else GIRL_GIVEN_SINGLE)
    return surname + rng.choice(BOY_GIVEN if male else GIRL_GIVEN)


def adult_name(rng: Random, male: bool, surname: str | None = None, elder: bool = False) -> str:
    surname = surname or weighted(rng, SURNAMES)
    if elder:
        return surname + rng.choice(ELDER_MAN_GIVEN if male else ELDER_WOMAN_GIVEN)
    return surname + rng.choice(MAN_GIVEN if male else WOMAN_GIVEN)


def mobile(rng: Random) -> str:
    """An 11-digit mobile number with a real operator prefix."""
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"


def resident_id(rng: Random, birth: date, male: bool) -> str:
    """A valid resident ID whose region code python-stdnum knows for the birth year.

    Such codes raise no "unknown region" warning in ``identity.check_resident_id``.
    """
    table = REGIONS_BEFORE_1997 if birth.year < 1997 else REGIONS_NOW
    while True:
        region = weighted(rng, table)
        number = make_resident_id(region, birth, rng.randrange(0, 500) * 2 + male, male)
        if not check_resident_id(number, birth).warnings:
            return number


def guardians(rng: Random, surname: str) -> tuple[GuardianInput, ...]:
    """One or two guardians: mostly both parents, sometimes a grandmother or one parent."""
    father = GuardianInput(adult_name(rng, True, surname), GuardianRelation.FATHER, mobile(rng))
    mother = GuardianInput(adult_name(rng, False), GuardianRelation.MOTHER, mobile(rng))
    roll = rng.random()
    if roll < 0.6:
        return (mother, father)
    if roll < 0.72:
        return (father, mother)
    if roll < 0.85:
        elder = adult_name(rng, False, elder=True)
        return (mother, GuardianInput(elder, GuardianRelation.GRANDPARENT, mobile(rng)))
    return (mother,) if roll < 0.95 else (father,)
