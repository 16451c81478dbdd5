"""``roster`` (幼儿花名册) and ``attendance`` (月度出勤表) as PDF files, for scheduled printing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from operator_app.cli.common import (
    EXIT_OK,
    Context,
    add_command,
    iso_day,
    month,
    out,
    warn,
)


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    roster = add_command(
        subparsers,
        "roster",
        parents,
        "生成幼儿花名册 PDF（全园或一个班）",
        "按日期生成在托幼儿花名册（A4，内嵌中文字体，证件号码打码）。不给 --class 时为全园，"
        "各班级依次排列（加 --page-per-class 则每个班级另起一页）。每次打印都记入操作日志。",
        run_roster,
    )
    roster.add_argument("--class", dest="class_name", metavar="NAME", help="班级名称（默认全园）")
    roster.add_argument(
        "--page-per-class", action="store_true", help="每个班级另起一页（默认各班依次排列）"
    )
    roster.add_argument("--pdf", metavar="FILE", type=Path, required=True, help="输出的 PDF 文件")
    roster.add_argument("--date", type=iso_day, help="截至日期（默认今天），YYYY-MM-DD")

    sheet = add_command(
        subparsers,
        "attendance",
        parents,
        "生成班级月度出勤表 PDF",
        "按班级和月份生成月度出勤表（A4 横向），含应出勤、实际出勤人次和出勤率。未登记的日子"
        "留空；月份须在 2000-01 至本月之间。每次打印都记入操作日志。",
        run_attendance,
    )
    sheet.add_argument("--class", dest="class_name", metavar="NAME", required=True, help="班级名称")
    sheet.add_argument("--month", type=month, required=True, help="月份，YYYY-MM（2000-01 至本月）")
    sheet.add_argument("--pdf", metavar="FILE", type=Path, required=True, help="输出的 PDF 文件")


def run_roster(args: argparse.Namespace, ctx: Context) -> int:
    from operator_app.printing import write_roster_pdf
    from operator_app.services import classes, institution

    ctx.open()
    institution.require()
    class_id = None if args.class_name is None else classes.find_by_name(args.class_name)
    path, data = write_roster_pdf(
        args.pdf, class_id, args.date, _progress(), page_per_class=args.page_per_class
    )
    _end_progress()
    out(
        f"已生成花名册：{path}（{data.scope}，{len(data.sections)} 个班级，{data.children} 名幼儿，"
        f"截至 {data.as_of:%Y-%m-%d}）"
    )
    return EXIT_OK


def run_attendance(args: argparse.Namespace, ctx: Context) -> int:
    from operator_app.printing import write_attendance_pdf
    from operator_app.reports.attendance_sheet import no_registers_line, totals_line
    from operator_app.services import classes, institution

    ctx.open()
    institution.require()
    class_id = classes.find_by_name(args.class_name)
    path, data = write_attendance_pdf(args.pdf, class_id, args.month, _progress())
    _end_progress()
    if data.warning:
        warn(data.warning)
    if not data.has_registers:
        warn(no_registers_line(data.month))
    out(f"已生成出勤表：{path}（{data.class_name}，{data.month:%Y-%m}，{len(data.rows)} 名幼儿）")
    out(totals_line(data.expected, data.present))
    return EXIT_OK


def _progress() -> Any:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, label: str) -> None:
        print(f"\r{label} {done}/{total}    ", end="", file=sys.stderr, flush=True)

    return show


def _end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)
