"""A large database for the benchmarks: 10,000 children, their guardians, enrolment histories
and two years of attendance, cached under bench/.cache/ (gitignored).

Why raw ``insert_many``: the services validate and audit row by row, which is right for the app
and far too slow to build a fixture of this size; the rows written here obey the same rules
(class capacity per day, no overlapping periods, valid resident IDs). Run it directly to (re)build
the cache: ``python -m bench.seed [--force]``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from operator_app.domain.calendar import school_days
from operator_app.domain.enums import ClassType, GuardianRelation, InstitutionNature, LeaveReason
from operator_app.domain.identity import make_resident_id, make_uscc
from operator_app.domain.names import read_name
from operator_app.storage.db import close_database, open_database
from operator_app.storage.records import (
    AttendanceDayRecord,
    AttendanceMarkRecord,
    ChildRecord,
    ClassRecord,
    EnrolmentRecord,
    GuardianRecord,
    InstitutionRecord,
    database,
)

SEED_VERSION = 2  # 2: given-name pinyin (schema 3)
CACHE_DIR = Path(__file__).resolve().parent / ".cache"
CHILDREN = 10_000
YEARS = 2
MARK_RATE = 0.05
CHUNK = 500

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙"
    "史陶黎贺顾毛郝龚邵万钱覃单解仇"
)
GIVEN = (
    "子梓浩宇轩然欣怡雨涵一诺思睿俊杰佳琪梦瑶博文晨曦嘉懿可馨若汐沐辰安琪皓辰语桐奕"
    "泽铭悦彤芷若煜祺晓萱乐瑶诗雅天佑锦程星辰书瑶明轩紫涵昊天"
)
# Class types and how many of each; capacities are the legal maxima.
CLASS_PLAN = (
    (ClassType.INFANT, 10, 40, 6, 12),
    (ClassType.SMALL, 15, 110, 12, 24),
    (ClassType.BIG, 20, 110, 24, 36),
)
REGIONS = ("500103", "500105", "500106", "500107", "500108", "500112")


@dataclass
class _Period:
    child: int
    klass: int
    start: date
    end: date | None


def cache_path(children: int = CHILDREN) -> Path:
    return CACHE_DIR / f"children-{children}-v{SEED_VERSION}-{date.today():%Y%m%d}.sqlite3"


def ensure(children: int = CHILDREN, force: bool = False) -> Path:
    """The cached database for today, built first if missing (or ``force``)."""
    path = cache_path(children)
    if path.exists() and not force:
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    for stale in CACHE_DIR.glob(f"children-{children}-*"):
        stale.unlink()
    tmp = path.with_suffix(".tmp")
    for leftover in CACHE_DIR.glob(tmp.name + "*"):
        leftover.unlink()
    build(tmp, children)
    os.replace(tmp, path)
    return path


def build(path: Path, children: int = CHILDREN, today: date | None = None) -> None:
    """Write a fresh database at ``path``."""
    today = today or date.today()
    rng = random.Random(20261130)
    started = time.perf_counter()
    open_database(f"sqlite:///{path}")
    try:
        with database.atomic():
            _institution(children)
            classes = _classes()
            periods = _periods(classes, children, today, rng)
            _children(periods, classes, today, rng)
            _insert(
                EnrolmentRecord,
                (
                    {
                        "child": p.child,
                        "klass": p.klass,
                        "start_date": p.start,
                        "end_date": p.end,
                        "inclusive": rng.random() < 0.7,
                        "leave_reason": ""
                        if p.end is None
                        else rng.choice(list(LeaveReason)).value,
                    }
                    for p in periods
                ),
            )
            days, marks = _attendance(periods, today, rng)
        database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        close_database()
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    print(
        f"seeded {children} children, {len(periods)} enrolments, {days} registers, "
        f"{marks} attendance marks in {time.perf_counter() - started:.1f} s -> {path}"
    )


def _institution(children: int) -> None:
    # Inserted directly: validation caps filed places at 2000, a bench needs room for all.
    InstitutionRecord.insert(
        name="基准测试托育中心",
        uscc=make_uscc("91500103MA5U12345"),
        nature=InstitutionNature.FOR_PROFIT.value,
        places=children,
        inclusive_places=children,
    ).execute()


def _classes() -> dict[int, tuple[ClassType, int, int, int]]:
    """Class id -> (type, capacity, min months, max months)."""
    out: dict[int, tuple[ClassType, int, int, int]] = {}
    number = 0
    for ctype, capacity, count, low, high in CLASS_PLAN:
        for i in range(count):
            number += 1
            row = ClassRecord.create(
                name=f"{ctype.label[:2]}{i + 1}班",
                class_type=ctype.value,
                capacity=capacity,
                room=f"{100 + number}室",
                opened_on=date(2020, 9, 1),
            )
            out[int(row.id)] = (ctype, capacity, low, high)
    return out


def _periods(
    classes: dict[int, tuple[ClassType, int, int, int]],
    children: int,
    today: date,
    rng: random.Random,
) -> list[_Period]:
    """Fill each class seat with a succession of children, so no day exceeds capacity."""
    first = today - timedelta(days=365 * YEARS)
    seats = [(cid, spec) for cid, spec in classes.items() for _ in range(spec[1])]
    cursor = {i: first + timedelta(days=rng.randrange(0, 120)) for i in range(len(seats))}
    periods: list[_Period] = []
    while len(periods) < children:
        open_seats = [i for i, day in cursor.items() if day <= today]
        if not open_seats:
            break
        for i in open_seats:
            if len(periods) == children:
                break
            cid, _spec = seats[i]
            start = cursor[i]
            end = start + timedelta(days=rng.randrange(90, 540))
            if end >= today and rng.random() < 0.92:
                periods.append(_Period(len(periods) + 1, cid, start, None))
                cursor[i] = today + timedelta(days=1)
            else:
                end = min(end, today - timedelta(days=1))
                periods.append(_Period(len(periods) + 1, cid, start, end))
                cursor[i] = end + timedelta(days=rng.randrange(1, 30))
    return periods


def _children(
    periods: list[_Period],
    classes: dict[int, tuple[ClassType, int, int, int]],
    today: date,
    rng: random.Random,
) -> None:
    seq: dict[tuple[str, date], int] = {}
    child_rows, guardian_rows = [], []
    for p in periods:
        _ctype, _cap, low, high = classes[p.klass]
        birth = p.start - timedelta(days=rng.randrange(low * 31, high * 30))
        name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2, 2))))
        reading = read_name(name)
        male = rng.random() < 0.52
        region = rng.choice(REGIONS)
        n = seq.get((region, birth), 0)
        seq[(region, birth)] = n + 1
        order = 2 * n + (1 if male else 0)
        id_number = make_resident_id(region, birth, order, male) if order <= 999 else None
        child_rows.append(
            {
                "id": p.child,
                "name": name,
                "pinyin": reading.pinyin,
                "initials": reading.initials,
                "given_pinyin": reading.given_pinyin,
                "sex": "M" if male else "F",
                "birth_date": birth,
                "id_type": "ric" if id_number else "none",
                "id_number": id_number,
                "id_note": "" if id_number else "未办理",
            }
        )
        relations = (GuardianRelation.MOTHER, GuardianRelation.FATHER)
        for position in range(rng.choice((1, 2, 2))):
            guardian_rows.append(
                {
                    "child": p.child,
                    "name": name[0] + rng.choice("建国丽华军敏静强伟芳"),
                    "relation": relations[position].value,
                    "position": position,
                    "phone": f"1{rng.choice('3578')}{rng.randrange(10**9):09d}",
                }
            )
    _insert(ChildRecord, child_rows)
    _insert(GuardianRecord, guardian_rows)


def _attendance(periods: list[_Period], today: date, rng: random.Random) -> tuple[int, int]:
    """A register per class per school day in the last two years, ~5 % exception marks."""
    days = school_days(today - timedelta(days=365 * YEARS), today - timedelta(days=1)).days
    registers: set[tuple[int, int]] = set()
    marks = []
    statuses = ("sick", "personal", "personal", "absent")
    for p in periods:
        span = [
            i
            for i in range(_first_index(days, p.start), len(days))
            if p.end is None or days[i] <= p.end
        ]
        registers.update((p.klass, i) for i in span)
        for i in rng.sample(span, int(len(span) * MARK_RATE)):
            status = rng.choice(statuses)
            marks.append(
                {
                    "child": p.child,
                    "klass": p.klass,
                    "day": days[i],
                    "status": status,
                    "illness": "发热" if status == "sick" else "",
                }
            )
    _insert(
        AttendanceDayRecord,
        ({"klass": k, "day": days[i], "taken_by": "基准数据"} for k, i in sorted(registers)),
    )
    _insert(AttendanceMarkRecord, marks)
    return len(registers), len(marks)


def _first_index(days: tuple[date, ...], start: date) -> int:
    lo, hi = 0, len(days)
    while lo < hi:
        mid = (lo + hi) // 2
        if days[mid] < start:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _insert(model: type, rows: Iterable[dict[str, object]]) -> None:
    for chunk in _chunks(rows, CHUNK):
        model.insert_many(chunk).execute()


def _chunks(rows: Iterable[dict[str, object]], size: int) -> Iterator[list[dict[str, object]]]:
    chunk: list[dict[str, object]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=CHILDREN)
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    args = parser.parse_args(argv)
    print(ensure(args.children, args.force))
    return 0


if __name__ == "__main__":
    sys.exit(main())
