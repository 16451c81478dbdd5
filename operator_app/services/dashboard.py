"""The figures on the home page: places, inclusive places, children by class type, alerts.

Why a list of ``Kpi``: later capabilities (health records, certificates, claims) add their
figures here and their wording to the GUI; the page just draws cards.

Why codes and numbers instead of sentences: the GUI words the target, the detail and the alerts
in the current language (gui/views/dashboard_page.py holds the Chinese templates). ``label`` is
the figure's Chinese name, which the GUI translates like an enum label.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from operator_app.domain.classes import ClassRule
from operator_app.domain.enums import ClassType, StaffRole
from operator_app.services import classes, clock, enrolment, institution, settings, staff

# Values of Kpi.params: counts, a rate (0..1, None when there is no limit) or class names.
Param = int | float | None | tuple[str, ...]


@dataclass(frozen=True)
class Kpi:
    """One figure. ``value`` is language-neutral ("4 / 10", "66.7%", "—").

    ``target_key`` and ``detail_key`` name the wording of the card's target and detail lines;
    ``params`` fill them in:

    - target ``places_limit`` / ``inclusive_limit``: ``limit``;
      ``all_classes_compliant``: none; ``min_percent``: ``target`` (a percentage).
    - detail ``usage``: ``used``, ``limit``, ``rate`` (0..1 or None without a limit);
      ``classes_failing``: ``classes`` (names); ``all_compliant``: none;
      ``certified``: ``held``, ``total``; ``no_carers``: none.
    """

    key: str
    label: str
    value: str
    target_key: str
    status: str  # 'ok' | 'warn' | 'bad' | 'info'
    detail_key: str
    params: Mapping[str, Param] = field(default_factory=dict)


@dataclass(frozen=True)
class Alert:
    """A class breaking a rule on the day.

    ``code`` ``over_capacity``: params ``enrolled``, ``capacity``;
    ``carers_short``: params ``required``, ``qualified`` (qualified carers on duty);
    ``over_type_max``: ``capacity``, ``maximum``; ``outside_band``: ``children``, ``names``.
    Worded by the catalogue: ``alert.<code>``.
    """

    code: str
    class_name: str
    params: Mapping[str, int | str] = field(default_factory=dict)


@dataclass(frozen=True)
class Dashboard:
    institution: str
    on: date
    kpis: list[Kpi]
    children_by_type: list[tuple[ClassType, int]]
    alerts: list[Alert]


def summary(on: date | None = None) -> Dashboard:
    on = on or clock.today()
    inst = institution.require()
    used = enrolment.count_in_care(on)
    summaries = classes.list_classes(on)
    rules = classes.rules()
    band = {s.id: list(s.outside_band) for s in summaries if s.outside_band}
    kpis = [
        _ratio_kpi("places", "托位使用", used.total, inst.places),
        _ratio_kpi("inclusive", "普惠托位使用", used.inclusive, inst.inclusive_places),
        _classes_kpi(summaries, rules, band),
        _certified_kpi(on),
    ]
    by_type = {ct: 0 for ct in ClassType}
    for s in summaries:
        by_type[s.class_type] += s.enrolled
    alerts = [
        Alert("over_capacity", s.name, {"enrolled": s.enrolled, "capacity": s.capacity})
        for s in summaries
        if s.over_capacity
    ]
    alerts += [
        Alert(
            "carers_short",
            s.name,
            {"required": s.ratio.required, "qualified": s.ratio.qualified},
        )
        for s in summaries
        if not s.ratio.ok
    ]
    alerts += _limit_alerts(summaries, rules)
    alerts += [
        Alert(
            "outside_band",
            s.name,
            {"children": len(band[s.id]), "names": "、".join(band[s.id])},
        )
        for s in summaries
        if band.get(s.id)
    ]
    return Dashboard(inst.name, on, kpis, list(by_type.items()), alerts)


def _limit_alerts(
    summaries: list[classes.ClassSummary], rules: Mapping[ClassType, ClassRule]
) -> list[Alert]:
    """Classes whose capacity is above a (lowered) legal maximum of their type."""
    return [
        Alert(
            "over_type_max",
            s.name,
            {"capacity": s.capacity, "maximum": rules[s.class_type].max_children},
        )
        for s in summaries
        if s.capacity > rules[s.class_type].max_children
    ]


def _ratio_kpi(key: str, label: str, used: int, limit: int) -> Kpi:
    rate = used / limit if limit else None
    status = "bad" if used > limit else ("warn" if rate is not None and rate >= 0.95 else "ok")
    return Kpi(
        key,
        label,
        f"{used} / {limit}",
        f"{key}_limit",
        status,
        "usage",
        {"used": used, "limit": limit, "rate": rate},
    )


def _classes_kpi(
    summaries: list[classes.ClassSummary],
    rules: Mapping[ClassType, ClassRule],
    band: Mapping[int, list[str]],
) -> Kpi:
    """班级合规: a class complies when within capacity and its type's maximum, staffed, and
    every child in it is inside the type's age band (domain.md §2)."""
    bad = tuple(
        s.name
        for s in summaries
        if s.over_capacity
        or not s.ratio.ok
        or s.capacity > rules[s.class_type].max_children
        or band.get(s.id)
    )
    return Kpi(
        "classes",
        "班级合规",
        f"{len(summaries) - len(bad)} / {len(summaries)}",
        "all_classes_compliant",
        "ok" if not bad else "bad",
        "classes_failing" if bad else "all_compliant",
        {"classes": bad} if bad else {},
    )


def _certified_kpi(on: date) -> Kpi:
    carers = staff.list_staff(on, StaffRole.CARER)
    target = settings.get_int("staff.certified_target_pct")
    if not carers:
        return Kpi(
            "certified",
            "保育人员持证率",
            "—",
            "min_percent",
            "info",
            "no_carers",
            {"target": target},
        )
    held = sum(1 for c in carers if c.certified)
    rate = held / len(carers) * 100
    return Kpi(
        "certified",
        "保育人员持证率",
        f"{rate:.1f}%",
        "min_percent",
        "ok" if rate >= target else "bad",
        "certified",
        {"target": target, "held": held, "total": len(carers)},
    )
