"""``init`` (the institution from options, for scripted set-up) and ``demo`` (demo data)."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from datetime import date
from typing import Any

from operator_app.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    Context,
    add_command,
    iso_day,
    out,
    positive_int,
)
from operator_app.domain.enums import InstitutionNature

# option attribute -> (flag, Chinese field name); required when the institution is created
_REQUIRED = {
    "name": ("--name", "机构名称"),
    "uscc": ("--uscc", "统一社会信用代码"),
    "nature": ("--nature", "机构性质"),
    "places": ("--places", "备案托位数"),
}
_OPTIONAL = (
    "inclusive_places",
    "filing_number",
    "address",
    "division_code",
    "principal",
    "phone",
    "meals",
)


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    init = add_command(
        subparsers,
        "init",
        parents,
        "设置机构信息（脚本化首次设置）",
        "用命令行选项创建本数据库所属的托育机构。机构已存在时拒绝（退出码 1），加 --update 则修改"
        "给出的字段。输入有误时提示字段名并退出码 2，不保存任何内容。",
        run_init,
    )
    init.add_argument("--name", help="机构名称（2–100 字）")
    init.add_argument("--uscc", help="统一社会信用代码（18 位）")
    natures = "，".join(f"{n.value}={n.label}" for n in InstitutionNature)
    init.add_argument(
        "--nature", choices=[n.value for n in InstitutionNature], help=f"机构性质：{natures}"
    )
    init.add_argument("--places", type=positive_int("备案托位数（--places）"), help="备案托位数")
    init.add_argument(
        "--inclusive-places",
        type=positive_int("普惠托位数（--inclusive-places）"),
        help="普惠托位数（默认 0）",
    )
    init.add_argument("--filing-number", help="备案编号")
    init.add_argument("--address", help="地址")
    init.add_argument("--division-code", help="行政区划代码（6、9 或 12 位）")
    init.add_argument("--principal", help="负责人")
    init.add_argument("--phone", help="联系电话")
    init.add_argument(
        "--meals",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="是否提供膳食（默认提供；--no-meals 表示不提供）",
    )
    init.add_argument("--update", action="store_true", help="机构已存在时修改给出的字段")

    demo = add_command(
        subparsers,
        "demo",
        parents,
        "填充演示机构（班级、幼儿、员工、出勤）",
        "在空数据库中生成一个逼真的演示托育机构：各班型班级、约 60 名幼儿（含生僻字姓名和有效的"
        "虚构身份证号）、监护人、带证书的员工、入托历史和 6 个月出勤。相同 --seed 结果相同。",
        run_demo,
    )
    demo.add_argument(
        "--seed",
        type=positive_int("随机种子（--seed）"),
        default=2024,
        help="随机种子（默认 2024）",
    )
    demo.add_argument(
        "--today",
        type=iso_day,
        default=None,
        help="演示数据的参照日期 YYYY-MM-DD（默认今天；相同 --seed 和 --today 结果完全相同）",
    )


def run_init(args: argparse.Namespace, ctx: Context) -> int:
    from operator_app.services import institution

    ctx.open()
    current = institution.get()
    if current is not None and not args.update:
        raise CliError(
            f"机构信息已存在（{current.name}），未做修改。如需修改请加 --update。", EXIT_FINDINGS
        )
    changes = {
        key: getattr(args, key)
        for key in (*_REQUIRED, *_OPTIONAL)
        if getattr(args, key) is not None
    }
    if "nature" in changes:
        changes["nature"] = InstitutionNature(changes["nature"])
    if current is None:
        missing = [
            f"{flag}（{label}）" for key, (flag, label) in _REQUIRED.items() if key not in changes
        ]
        if missing:
            raise CliError("首次设置缺少选项：" + "、".join(missing), EXIT_USAGE)
        from operator_app.domain.institution import Institution

        saved = institution.save(Institution(**changes))
        verb = "已创建机构"
    else:
        saved = institution.save(dataclasses.replace(current, **changes))
        verb = "已更新机构"
    out(
        f"{verb}：{saved.name}（统一社会信用代码 {saved.uscc}，{saved.nature.label}，"
        f"备案托位 {saved.places}，普惠托位 {saved.inclusive_places}）"
    )
    return EXIT_OK


def run_demo(args: argparse.Namespace, ctx: Context) -> int:
    from operator_app.demo import writer as demo

    ctx.open()
    today = args.today
    if today is not None and today > date.today():
        raise CliError("参照日期（--today）不能晚于今天", EXIT_USAGE)
    progress = _progress if sys.stderr.isatty() else None
    summary = demo.fill_demo(args.seed, today=today, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    out(f"已生成演示数据（种子 {args.seed}）：")
    for line in describe(summary):
        out(f"  {line}")
    return EXIT_OK


def describe(summary: Any) -> list[str]:
    """Chinese lines for the demo summary (``demo.writer.DemoSummary``)."""
    from operator_app.domain.attendance import attendance_rate, format_rate

    # ``present`` child-days were present; ``marks`` child-days carry an absence mark.
    rate = format_rate(attendance_rate(summary.present, summary.present + summary.marks))
    return [
        f"参照日期 {summary.today:%Y-%m-%d}",
        f"班级 {summary.classes} 个",
        f"幼儿 {summary.children} 名（在托 {summary.children_in_care}，离园 {summary.leavers}，"
        f"转班 {summary.transfers} 次）",
        f"员工 {summary.staff} 名，证书 {summary.certificates} 份",
        f"出勤登记 {summary.registers} 份（出勤 {summary.present} 人次，缺勤 {summary.marks} 人次，"
        f"出勤率 {rate}）",
        f"用时 {summary.seconds:.1f} 秒",
    ]


def _progress(done: int, total: int, label: str) -> None:
    print(f"\r{label} {done}/{total}    ", end="", file=sys.stderr, flush=True)
