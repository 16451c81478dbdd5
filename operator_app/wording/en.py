"""English: every key of ``zh_CN.TEXTS``, with the same placeholders (a test checks both)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "enum.ClassType.infant": "Infant class",
    "enum.ClassType.small": "Younger toddler class",
    "enum.ClassType.big": "Older toddler class",
    "enum.ClassType.mixed": "Mixed-age class",
    "enum.Sex.M": "Male",
    "enum.Sex.F": "Female",
    "enum.IdType.ric": "Resident ID card",
    "enum.IdType.birth": "Birth certificate",
    "enum.IdType.passport": "Passport",
    "enum.IdType.hkm": "Mainland travel permit for Hong Kong and Macao residents",
    "enum.IdType.tw": "Mainland travel permit for Taiwan residents",
    "enum.IdType.fpr": "Foreign permanent resident ID card",
    "enum.IdType.none": "No ID yet",
    "enum.InstitutionNature.for_profit": "For-profit",
    "enum.InstitutionNature.non_profit": "Non-profit (social service organisation)",
    "enum.InstitutionNature.public": "Public institution",
    "enum.InstitutionNature.home": "Home daycare",
    "enum.StaffRole.principal": "Person in charge",
    "enum.StaffRole.carer": "Carer",
    "enum.StaffRole.health": "Health worker",
    "enum.StaffRole.security": "Security guard",
    "enum.StaffRole.cook": "Cook",
    "enum.StaffRole.other": "Other",
    "enum.Occupation.baoyu": "Childcare worker",
    "enum.Occupation.yuying": "Infant carer",
    "enum.Occupation.other": "Other",
    "enum.CertificateKind.qualification": "Vocational qualification certificate",
    "enum.CertificateKind.skill_level": "Vocational skill level certificate",
    "enum.GuardianRelation.mother": "Mother",
    "enum.GuardianRelation.father": "Father",
    "enum.GuardianRelation.grandparent": "Grandparent",
    "enum.GuardianRelation.other": "Other guardian",
    "enum.LeaveReason.graduated": "Going on to kindergarten",
    "enum.LeaveReason.moved": "Moving house or daycare",
    "enum.LeaveReason.family": "Family reasons",
    "enum.LeaveReason.health": "Health reasons",
    "enum.LeaveReason.other": "Other",
    "enum.AttendanceStatus.present": "Present",
    "enum.AttendanceStatus.sick": "Sick leave",
    "enum.AttendanceStatus.personal": "Personal leave",
    "enum.AttendanceStatus.absent": "Absent",
    "unit.persons": "children",
    "unit.days": "days",
    "unit.months": "months",
    "unit.percent": "%",
    "unit.none": "",
    "param.class.infant.max_children": "Infant class: maximum children",
    "param.class.small.max_children": "Younger toddler class: maximum children",
    "param.class.big.max_children": "Older toddler class: maximum children",
    "param.class.mixed.max_children": "Mixed-age class: maximum children",
    "param.class.infant.ratio": "Infant class: carer ratio (children per carer)",
    "param.class.small.ratio": "Younger toddler class: carer ratio",
    "param.class.big.ratio": "Older toddler class: carer ratio",
    "param.class.mixed.ratio": "Mixed-age class: carer ratio",
    "param.class.infant.min_months": "Infant class: youngest age (inclusive)",
    "param.class.infant.max_months": "Infant class: age limit (exclusive)",
    "param.class.small.min_months": "Younger toddler class: youngest age (inclusive)",
    "param.class.small.max_months": "Younger toddler class: age limit (exclusive)",
    "param.class.big.min_months": "Older toddler class: youngest age (inclusive)",
    "param.class.big.max_months": "Older toddler class: age limit (exclusive)",
    "param.class.mixed.min_months": "Mixed-age class: youngest age (inclusive)",
    "param.class.mixed.max_months": "Mixed-age class: age limit (exclusive)",
    "param.home.max_children": "Home daycare: maximum children",
    "param.home.ratio": "Home daycare: carer ratio",
    "param.staff.background_valid_days": "Background check valid for",
    "param.staff.certified_target_pct": "Target share of certified carers",
    "param.roster.transition_window_days": "Remind of class moves ahead by",
    "param.enrol.min_age_months": "Minimum enrolment age (warn if younger)",
    "param.enrol.max_age_months": "Maximum enrolment age (warn when reached)",
    "field.name": "Name",
    "field.uscc": "Unified social credit code",
    "field.nature": "Type of institution",
    "field.filing_number": "Filing number",
    "field.address": "Address",
    "field.division_code": "Administrative division code",
    "field.principal": "Person in charge",
    "field.phone": "Telephone",
    "field.places": "Filed places",
    "field.inclusive_places": "Inclusive places",
    "field.capacity": "Capacity",
    "field.class_type": "Class type",
    "field.band_note": "Note",
    "error.band_note.required": "write why the child may stay outside the class's age band",
    "field.parameters": "Parameters",
    "error.param.not_integer": "must be a whole number",
    "error.param.below_min": "must not be less than {minimum}",
    "error.param.above_max": "must not be more than {maximum}",
    "error.param.unknown": "unknown parameter {key}",
    "error.param.band_empty": (
        "{class_type}: the lower age bound {low} must be below the upper bound {high}"
    ),
    "error.class.type_change_outgrows": (
        "as a {class_type}, {count} children in or booked into the class fall outside its age "
        "band ({names}); write a note to change the type anyway"
    ),
    "finding.integrity": "The database integrity check found a problem: {problem}",
    "finding.schema_version": "The schema version is {version}; it should be {expected}",
    "finding.audit_trigger_missing": (
        "The audit log's guard trigger {name} is missing: entries could be changed or deleted"
    ),
    "finding.no_institution": "No institution set up yet (operator-app init or demo)",
    "finding.class_over_capacity": (
        "Class “{name}” has {enrolled} children, more than its capacity of {capacity}"
    ),
    "finding.class_over_type_max": (
        "Class “{name}” has a capacity of {capacity}, above the {class_type} maximum of "
        "{maximum} (the setting was lowered)"
    ),
    "finding.class_understaffed": (
        "Class “{name}” has {enrolled} children and needs {required} qualified carers; it has "
        "{qualified}"
    ),
    "finding.child_outside_band": (
        "{child} in class “{name}” ({class_type}, {band}) is {months} months old on {on}: "
        "outside the class type's age band"
    ),
    "finding.child_will_leave_band": (
        "{child} is booked into class “{name}” ({class_type}, {band}) and will be {months} months "
        "old from {on}: outside the class type's age band"
    ),
    "finding.over_places": "{used} children in care, more than the {places} filed places",
    "finding.over_inclusive_places": (
        "{used} children on inclusive places, more than the {places} inclusive places"
    ),
    "finding.home_over_max": "The home daycare files {places} places, above the limit of {maximum}",
    "finding.home_in_care_over_max": (
        "The home daycare has {used} children in care, above the limit of {maximum}"
    ),
    "finding.uscc_nature_mismatch": (
        "The unified social credit code {uscc} starts with {prefix} ({registrar}), which does "
        "not fit the institution type “{nature}”"
    ),
    "finding.enrolment_overlap": "{child} has overlapping enrolments: {first} and {second}",
    "finding.no_guardian": "{child} is in care with no guardian on record",
    "finding.invalid_id_number": "{role} {name}: the ID number {number} is invalid: {problem}",
    "finding.illness_without_consent": (
        "{child}: the sick leave on {day} records an illness, but there was no health-data "
        "consent in force that day"
    ),
    "finding.absence_without_reason": "{child}: the {status} on {day} has no reason",
    "finding.sick_without_follow_up": "{child}: the sick leave on {day} has no follow-up",
    "alert.over_capacity": "{name}: {enrolled} children enrolled, over the capacity of {capacity}",
    "alert.carers_short": "{name}: {required} carers needed, {qualified} qualified on duty",
    "alert.over_type_max": (
        "{name}: capacity {capacity}, above the class type's maximum of {maximum}"
    ),
    "alert.outside_band": (
        "{name}: {children} children outside the class type's age band ({names})"
    ),
    "word.outside_band": "{children} children outside the class type's age band ({names})",
    "word.open_end": "onwards",
    "word.role.child": "Child",
    "word.role.guardian_of": "Guardian of {child}",
    "word.role.staff": "Staff member",
    "word.empty": "(empty)",
    "word.months_or_more": "{low} months and over",
    "word.month_band": "{low}–{high} months",
    "word.registrar.1": "registered with the staffing authority",
    "word.registrar.5": "registered with civil affairs",
    "word.registrar.9": "registered with market regulation",
    "word.registrar.other": "another registering body",
    # Printouts and their audit entries (h-print): who printed which form, for whom, how many.
    "audit.print.roster": "Printed the children roster ({subject}, as of {period}): {people} "
    "people, {ids}",
    "audit.print.attendance": "Printed the monthly attendance sheet ({subject}, {period}): "
    "{people} people, {ids}",
    "word.ids.masked": "ID numbers masked",
    "word.ids.full": "full ID numbers shown",
    "word.ids.none": "no ID numbers",
    "word.attendance.no_registers": "No attendance register was saved for {month}: every day is "
    "blank and no attendance rate can be given",
    "error.month.out_of_range": "month out of range: must be from {earliest} to {latest}, "
    "got “{value}”",
    # Consent and attendance marks (h-rules: who signs, health data by day, absence reasons).
    "enum.ConsentKind.personal": "consent to personal-data processing",
    "enum.ConsentKind.health": "consent to health-data processing",
    "field.guardian_name": "Guardian's name",
    "field.given_on": "Date of consent",
    "field.withdrawn_on": "Date of withdrawal",
    "field.day": "Date",
    "field.illness": "Illness",
    "field.follow_up": "Sick-leave follow-up",
    "field.reason": "Reason for absence",
    "error.consent.not_a_guardian": (
        "{name} is not a recorded guardian of {child} (recorded guardians: {guardians})"
    ),
    "error.consent.no_guardian": "{child} has no guardian on record yet; add one under Guardians",
    "error.consent.future": "{day} is after today",
    "error.consent.withdrawn_before_given": "must not be before the date of consent, {day}",
    "error.consent_in_force": "{guardian}'s {kind} was recorded on {given_on} and is in force",
    "error.already_withdrawn": "this {kind} was withdrawn on {day}",
    "error.no_health_consent": (
        "No guardian has given (or a guardian has withdrawn) the separate consent to health-data "
        "processing, so no health record can be entered. Record it under Consent in the child's "
        "file first."
    ),
    "error.attendance.future_day": "attendance cannot be registered for a future date ({day})",
    "error.attendance.not_enrolled": (
        "{child} is not in “{klass}” on {day}; attendance cannot be registered"
    ),
    "error.attendance.illness_required": "{child}: sick leave needs the illness or symptoms",
    "error.attendance.follow_up_required": (
        "{child}: sick leave needs a follow-up (e.g. phoned the family, awaiting a doctor's note)"
    ),
    "error.attendance.reason_required": "{child}: {status} needs a reason",
    "notice.attendance.illness_not_stored": (
        "{child} had no health-data consent in force on {day}: the sick leave is saved, the "
        "illness is not"
    ),
    "word.age_fit.ok": "{months} months old: fits the {class_type} ({band})",
    "word.age_fit.below_band": "{months} months old: outside the {class_type} age band ({band})",
    "word.age_fit.above_band": "{months} months old: outside the {class_type} age band ({band})",
    "word.age_fit.too_young": (
        "{months} months old: under {min} months, too young for daycare ({class_type}, {band})"
    ),
    "word.age_fit.too_old": (
        "{months} months old: {max} months or older, past daycare age ({class_type}, {band})"
    ),
    # Background jobs with progress (h-jobs): backup, restore, check.
    "progress.backup.copy": "Copying the database…",
    "progress.backup.verify": "Verifying the backup file…",
    "progress.backup.done": "Backup complete",
    "progress.restore.check": "Checking the backup file…",
    "progress.restore.safety_copy": "Saving a copy of the current data…",
    "progress.restore.swap": "Replacing the database file…",
    "progress.restore.reopen": "Opening the restored database…",
    "progress.restore.done": "Restore complete",
    "progress.check.soundness": "Checking the database's integrity…",
    "progress.check.rules": "Checking the rules…",
    "progress.check.done": "Check complete",
    # Names, pinyin and the surname table (domain.names, domain.pinyin, services.surnames).
    "field.pinyin": "Pinyin",
    "field.surname": "Surname",
    "field.reading": "Reading",
    "error.pinyin.empty": "must not be empty",
    "error.pinyin.not_letters": (
        "may hold only pinyin letters (tone marks allowed) and spaces, not “{text}”"
    ),
    "error.pinyin.syllable_count": "“{name}” has {expected} syllables; {count} were entered",
    "error.pinyin.cannot_split": (
        "cannot be split into the {expected} syllables of “{name}”; separate them with spaces"
    ),
    "error.pinyin.not_syllable": "“{syllable}” is not a pinyin syllable",
    "error.surname.empty": "must not be empty",
    "error.surname.too_long": "must not be longer than {maximum} characters",
    "error.surname.not_han": "may hold only Chinese characters",
    "error.surname.not_user_entry": "“{surname}” has no reading of your own",
    "audit.surname.set": (
        "Surname reading {surname}: {old} → {reading} ({children} children, {staff} staff re-read)"
    ),
    "audit.surname.remove": (
        "Surname reading {surname} {reading} removed, back to {default} "
        "({children} children, {staff} staff re-read)"
    ),
}
