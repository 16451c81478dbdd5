"""Simplified Chinese: the source wording, and the wording of every printout.

Sections: enum members, parameter names and units, field names, error reasons, check findings.
Keep keys sorted within a section; add the English in ``en.py`` with the same placeholders.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # Enum members (operator_app.domain.enums), stored by value, worded here.
    "enum.ClassType.infant": "乳儿班",
    "enum.ClassType.small": "托小班",
    "enum.ClassType.big": "托大班",
    "enum.ClassType.mixed": "混合班",
    "enum.Sex.M": "男",
    "enum.Sex.F": "女",
    "enum.IdType.ric": "居民身份证",
    "enum.IdType.birth": "出生医学证明",
    "enum.IdType.passport": "护照",
    "enum.IdType.hkm": "港澳居民来往内地通行证",
    "enum.IdType.tw": "台湾居民来往大陆通行证",
    "enum.IdType.fpr": "外国人永久居留身份证",
    "enum.IdType.none": "暂无证件",
    "enum.InstitutionNature.for_profit": "营利性",
    "enum.InstitutionNature.non_profit": "非营利性（社会服务机构）",
    "enum.InstitutionNature.public": "事业单位",
    "enum.InstitutionNature.home": "家庭托育点",
    "enum.StaffRole.principal": "负责人",
    "enum.StaffRole.carer": "保育人员",
    "enum.StaffRole.health": "保健人员",
    "enum.StaffRole.security": "保安人员",
    "enum.StaffRole.cook": "炊事人员",
    "enum.StaffRole.other": "其他",
    "enum.Occupation.baoyu": "保育师",
    "enum.Occupation.yuying": "育婴员",
    "enum.Occupation.other": "其他",
    "enum.CertificateKind.qualification": "职业资格证书",
    "enum.CertificateKind.skill_level": "职业技能等级证书",
    "enum.GuardianRelation.mother": "母亲",
    "enum.GuardianRelation.father": "父亲",
    "enum.GuardianRelation.grandparent": "祖父母/外祖父母",
    "enum.GuardianRelation.other": "其他监护人",
    "enum.LeaveReason.graduated": "升入幼儿园",
    "enum.LeaveReason.moved": "搬家/转园",
    "enum.LeaveReason.family": "家庭原因",
    "enum.LeaveReason.health": "健康原因",
    "enum.LeaveReason.other": "其他",
    "enum.AttendanceStatus.present": "出勤",
    "enum.AttendanceStatus.sick": "病假",
    "enum.AttendanceStatus.personal": "事假",
    "enum.AttendanceStatus.absent": "未到",
    # Units of parameters (operator_app.domain.parameters.Unit).
    "unit.persons": "人",
    "unit.days": "天",
    "unit.months": "个月",
    "unit.percent": "%",
    "unit.none": "",
    # Parameters (operator_app.domain.parameters): "param.<key>".
    "param.class.infant.max_children": "乳儿班最大人数",
    "param.class.small.max_children": "托小班最大人数",
    "param.class.big.max_children": "托大班最大人数",
    "param.class.mixed.max_children": "混合班最大人数",
    "param.class.infant.ratio": "乳儿班保育人员配比（每名保育人员照护幼儿数）",
    "param.class.small.ratio": "托小班保育人员配比",
    "param.class.big.ratio": "托大班保育人员配比",
    "param.class.mixed.ratio": "混合班保育人员配比",
    "param.class.infant.min_months": "乳儿班最小月龄（含）",
    "param.class.infant.max_months": "乳儿班月龄上限（不含）",
    "param.class.small.min_months": "托小班最小月龄（含）",
    "param.class.small.max_months": "托小班月龄上限（不含）",
    "param.class.big.min_months": "托大班最小月龄（含）",
    "param.class.big.max_months": "托大班月龄上限（不含）",
    "param.class.mixed.min_months": "混合班最小月龄（含）",
    "param.class.mixed.max_months": "混合班月龄上限（不含）",
    "param.home.max_children": "家庭托育点最多收托人数",
    "param.home.ratio": "家庭托育点保育人员配比",
    "param.staff.background_valid_days": "背景审查有效期",
    "param.staff.certified_target_pct": "保育人员持证率目标",
    "param.roster.transition_window_days": "升班提醒提前天数",
    "param.enrol.min_age_months": "入托最小月龄（低于则提醒）",
    "param.enrol.max_age_months": "入托最大月龄（达到则提醒）",
    # Field names (ValidationError.field): "field.<name>".
    "field.name": "名称",
    "field.uscc": "统一社会信用代码",
    "field.nature": "机构性质",
    "field.filing_number": "备案编号",
    "field.address": "地址",
    "field.division_code": "行政区划代码",
    "field.principal": "负责人",
    "field.phone": "联系电话",
    "field.places": "备案托位数",
    "field.inclusive_places": "普惠托位数",
    "field.capacity": "额定人数",
    "field.class_type": "班型",
    "field.band_note": "说明",
    "error.band_note.required": "请填写接受月龄不符的说明",
    "field.parameters": "参数",
    # Error reasons (ValidationError / RuleViolation code): "error.<code>".
    "error.param.not_integer": "应为整数",
    "error.param.below_min": "不能小于 {minimum}",
    "error.param.above_max": "不能大于 {maximum}",
    "error.param.unknown": "未知的参数 {key}",
    "error.param.band_empty": "{class_type}的月龄下限 {low} 应小于上限 {high}",
    "error.class.type_change_outgrows": (
        "改为{class_type}后，{count} 名已在班或已安排的幼儿不在该班型的月龄范围内（{names}）；"
        "如确需更改，请填写说明"
    ),
    # Check findings (services.checks): "finding.<code>".
    "finding.integrity": "数据库完整性检查发现问题：{problem}",
    "finding.schema_version": "数据结构版本为 {version}，应为 {expected}",
    "finding.audit_trigger_missing": "操作日志的防篡改触发器 {name} 缺失，日志可被修改或删除",
    "finding.no_institution": "尚未设置机构信息（operator-app init 或 demo）",
    "finding.class_over_capacity": "班级“{name}”在班 {enrolled} 人，超过额定 {capacity} 人",
    "finding.class_over_type_max": (
        "班级“{name}”额定 {capacity} 人，超过{class_type}的最大人数 {maximum} 人（设置已调低）"
    ),
    "finding.class_understaffed": (
        "班级“{name}”在班 {enrolled} 人，需合格保育人员 {required} 名，现有 {qualified} 名"
    ),
    "finding.child_outside_band": (
        "幼儿 {child} 在班级“{name}”（{class_type}，{band}）：{on} 月龄 {months} 个月，"
        "不在班型月龄范围内"
    ),
    "finding.child_will_leave_band": (
        "幼儿 {child} 已安排在班级“{name}”（{class_type}，{band}）：{on} 起月龄 {months} 个月，"
        "不在班型月龄范围内"
    ),
    "finding.over_places": "在托 {used} 人，超过备案托位数 {places}",
    "finding.over_inclusive_places": "普惠在托 {used} 人，超过普惠托位数 {places}",
    "finding.home_over_max": "家庭托育点备案托位 {places} 个，超过上限 {maximum} 个",
    "finding.home_in_care_over_max": "家庭托育点在托 {used} 人，超过上限 {maximum} 人",
    "finding.uscc_nature_mismatch": (
        "统一社会信用代码 {uscc} 以 {prefix} 开头（{registrar}），与机构性质“{nature}”不符"
    ),
    "finding.enrolment_overlap": "幼儿 {child} 的入托记录时间重叠：{first} 与 {second}",
    "finding.no_guardian": "在托幼儿 {child} 没有登记监护人",
    "finding.invalid_id_number": "{role} {name} 的证件号码 {number} 无效：{problem}",
    "finding.illness_without_consent": (
        "幼儿 {child} {day} 的病假记录了病情，但当天没有有效的健康信息处理同意"
    ),
    "finding.absence_without_reason": "幼儿 {child} {day} 的{status}没有填写原因",
    "finding.sick_without_follow_up": "幼儿 {child} {day} 的病假没有填写追踪情况",
    # Dashboard alerts (services.dashboard.Alert.code): "alert.<code>", about one class.
    "alert.over_capacity": "{name}：在班 {enrolled} 人，超过额定 {capacity} 人",
    "alert.carers_short": "{name}：需保育人员 {required} 名，合格在岗 {qualified} 名",
    "alert.over_type_max": "{name}：额定 {capacity} 人，超过班型上限 {maximum} 人",
    "alert.outside_band": "{name}：{children} 名幼儿月龄不在班型范围内（{names}）",
    # Words used inside findings.
    "word.outside_band": "{children} 名幼儿月龄不在班型范围内（{names}）",
    "word.open_end": "起",
    "word.role.child": "幼儿",
    "word.role.guardian_of": "{child}的监护人",
    "word.role.staff": "员工",
    "word.empty": "（空）",
    "word.months_or_more": "{low}个月以上",
    "word.month_band": "{low}–{high}个月",
    "word.registrar.1": "机构编制部门登记",
    "word.registrar.5": "民政部门登记",
    "word.registrar.9": "市场监管部门登记",
    "word.registrar.other": "其他登记管理部门",
    # Printouts and their audit entries (h-print): who printed which form, for whom, how many.
    "audit.print.roster": "打印幼儿花名册（{subject}，截至 {period}）：{people} 人，{ids}",
    "audit.print.attendance": "打印月度出勤表（{subject}，{period}）：{people} 人，{ids}",
    "word.ids.masked": "证件号码已打码",
    "word.ids.full": "证件号码完整显示",
    "word.ids.none": "不含证件号码",
    "word.attendance.no_registers": "{month} 没有保存任何出勤登记：每天均为空白，出勤率无法计算",
    "error.month.out_of_range": "月份超出范围：应在 {earliest} 至 {latest} 之间，收到“{value}”",
    # Consent and attendance marks (h-rules: who signs, health data by day, absence reasons).
    "enum.ConsentKind.personal": "个人信息处理同意",
    "enum.ConsentKind.health": "健康信息处理同意",
    "field.guardian_name": "监护人姓名",
    "field.given_on": "同意日期",
    "field.withdrawn_on": "撤回日期",
    "field.day": "日期",
    "field.illness": "病因",
    "field.follow_up": "因病缺勤追踪",
    "field.reason": "缺勤原因",
    "error.consent.not_a_guardian": "{name} 不是 {child} 登记的监护人（登记的监护人：{guardians}）",
    "error.consent.no_guardian": "{child} 还没有登记监护人，请先在“监护人”中登记",
    "error.consent.future": "{day} 晚于今天",
    "error.consent.withdrawn_before_given": "不能早于同意日期 {day}",
    "error.consent_in_force": "{guardian}的{kind}已于 {given_on} 记录，仍然有效",
    "error.already_withdrawn": "该{kind}已于 {day} 撤回",
    "error.no_health_consent": (
        "监护人尚未签署（或已撤回）健康信息处理同意，不能录入健康档案。"
        "请先在幼儿档案的“知情同意”中记录监护人的单独同意。"
    ),
    "error.attendance.future_day": "不能登记未来日期（{day}）的出勤",
    "error.attendance.not_enrolled": "{child} 在 {day} 不在“{klass}”，不能登记出勤",
    "error.attendance.illness_required": "{child} 的病假须填写所患疾病或症状",
    "error.attendance.follow_up_required": (
        "{child} 的病假须填写因病缺勤追踪情况（如：已电话随访、待复诊证明）"
    ),
    "error.attendance.reason_required": "{child} 的{status}须写明原因",
    "notice.attendance.illness_not_stored": (
        "{child} 在 {day} 没有有效的健康信息处理同意：病假已登记，病因未保存"
    ),
    "word.age_fit.ok": "月龄 {months} 个月，符合{class_type}（{band}）",
    "word.age_fit.below_band": "月龄 {months} 个月，不在{class_type}的月龄范围（{band}）内",
    "word.age_fit.above_band": "月龄 {months} 个月，不在{class_type}的月龄范围（{band}）内",
    "word.age_fit.too_young": (
        "月龄 {months} 个月，未满 {min} 个月，不宜入托（{class_type}，{band}）"
    ),
    "word.age_fit.too_old": (
        "月龄 {months} 个月，已满 {max} 个月，超出托育年龄（{class_type}，{band}）"
    ),
    # Background jobs with progress (h-jobs): backup, restore, check.
    "progress.backup.copy": "正在复制数据库…",
    "progress.backup.verify": "正在校验备份文件…",
    "progress.backup.done": "备份完成",
    "progress.restore.check": "正在检查备份文件…",
    "progress.restore.safety_copy": "正在另存当前数据…",
    "progress.restore.swap": "正在替换数据库文件…",
    "progress.restore.reopen": "正在打开恢复的数据库…",
    "progress.restore.done": "恢复完成",
    "progress.check.soundness": "正在检查数据库完整性…",
    "progress.check.rules": "正在检查业务规则…",
    "progress.check.done": "检查完成",
    # Names, pinyin and the surname table (domain.names, domain.pinyin, services.surnames).
    "field.pinyin": "拼音",
    "field.surname": "姓氏",
    "field.reading": "读音",
    "error.pinyin.empty": "不能为空",
    "error.pinyin.not_letters": "只能填写拼音字母（可带声调）和空格，不能包含“{text}”",
    "error.pinyin.syllable_count": "“{name}”应有 {expected} 个音节，填写了 {count} 个",
    "error.pinyin.cannot_split": "无法分成“{name}”的 {expected} 个音节，请用空格分开",
    "error.pinyin.not_syllable": "“{syllable}”不是拼音音节",
    "error.surname.empty": "不能为空",
    "error.surname.too_long": "不能超过 {maximum} 个字",
    "error.surname.not_han": "只能填写汉字",
    "error.surname.not_user_entry": "“{surname}”没有自定义读音",
    "audit.surname.set": (
        "姓氏读音 {surname}：{old} → {reading}（重读 {children} 名幼儿、{staff} 名员工）"
    ),
    "audit.surname.remove": (
        "删除姓氏读音 {surname} {reading}，恢复为 {default}"
        "（重读 {children} 名幼儿、{staff} 名员工）"
    ),
}
