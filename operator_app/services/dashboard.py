"""The figures on the home page: places, inclusive places, children by class type, alerts.

Why a list of ``Kpi``: later capabilities (health records, certificates, claims) add their
figures here without the GUI changing; the page just draws cards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from operator_app.domain.enums import ClassType, StaffRole
from operator_app.services import classes, enrolment, institution, settings, staff


@dataclass(frozen=True)
class Kpi:
    key: str
    label: str
    value: str
    target: str
    status: str  # 'ok' | 'warn' | 'bad' | 'info'
    detail: str


@dataclass(frozen=True)
class Dashboard:
    institution: str
    on: date
    kpis: list[Kpi]
    children_by_type: list[tuple[str, int]]
    alerts: list[str]


def summary(on: date | None = None) -> Dashboard:
    on = on or date.today()
    inst = institution.require()
    used = enrolment.count_in_care(on)
    summaries = classes.list_classes(on)
    kpis = [
        _ratio_kpi("places", "托位使用", used.total, inst.places, "备案托位"),
        _ratio_kpi("inclusive", "普惠托位使用", used.inclusive, inst.inclusive_places, "普惠托位"),
        _classes_kpi(summaries),
        _certified_kpi(on),
    ]
    by_type = {ct: 0 for ct in ClassType}
    for s in summaries:
        by_type[s.class_type] += s.enrolled
    alerts = [
        f"{s.name}：在班 {s.enrolled} 人，超过额定 {s.capacity} 人"
        for s in summaries
        if s.over_capacity
    ]
    alerts += [
        f"{s.name}：需保育人员 {s.ratio.required} 名，合格在岗 {s.ratio.qualified} 名"
        for s in summaries
        if not s.ratio.ok
    ]
    return Dashboard(inst.name, on, kpis, [(ct.label, n) for ct, n in by_type.items()], alerts)


def _ratio_kpi(key: str, label: str, used: int, limit: int, noun: str) -> Kpi:
    pct = f"{used / limit:.0%}" if limit else "—"
    status = "bad" if used > limit else ("warn" if limit and used / limit >= 0.95 else "ok")
    return Kpi(key, label, f"{used} / {limit}", f"不超过{noun} {limit}", status, f"使用率 {pct}")


def _classes_kpi(summaries: list[classes.ClassSummary]) -> Kpi:
    bad = [s for s in summaries if s.over_capacity or not s.ratio.ok]
    return Kpi(
        "classes",
        "班级合规",
        f"{len(summaries) - len(bad)} / {len(summaries)}",
        "全部班级人数与师幼比达标",
        "ok" if not bad else "bad",
        "、".join(s.name for s in bad) or "全部达标",
    )


def _certified_kpi(on: date) -> Kpi:
    carers = staff.list_staff(on, StaffRole.CARER)
    target = settings.get_int("staff.certified_target_pct")
    if not carers:
        return Kpi("certified", "保育人员持证率", "—", f"≥ {target}%", "info", "尚无保育人员")
    held = sum(1 for c in carers if c.certified)
    rate = held / len(carers) * 100
    return Kpi(
        "certified",
        "保育人员持证率",
        f"{rate:.1f}%",
        f"≥ {target}%",
        "ok" if rate >= target else "bad",
        f"{held} / {len(carers)} 人持保育师或育婴员证",
    )
