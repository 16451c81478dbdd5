"""``check`` (integrity and rules), ``backup --to FILE`` and ``restore FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from operator_app.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    Context,
    add_command,
    iso_day,
    out,
)


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    check = add_command(
        subparsers,
        "check",
        parents,
        "检查数据库完整性与业务规则",
        "运行 SQLite 完整性检查、外键检查、操作日志防篡改触发器检查（这些不通过即“数据库不完好”，"
        "退出码 1），再检查业务规则：班级超员或保育人员不足、在托人数超过备案托位或普惠托位、"
        "入托记录时间重叠、在托幼儿无监护人、证件号码无效。规则问题只作为警告列出，退出码仍为 0"
        "（加 --strict 则为 1）。",
        run_check,
    )
    check.add_argument("--date", type=iso_day, help="规则检查的日期（默认今天），YYYY-MM-DD")
    check.add_argument("--strict", action="store_true", help="有规则警告时也以退出码 1 结束")

    backup = add_command(
        subparsers,
        "backup",
        parents,
        "备份数据库到文件",
        "用 SQLite 在线备份接口复制当前数据库（程序运行中也可），先写入目标旁的临时文件并校验，"
        "校验通过后才替换目标文件。",
        run_backup,
    )
    backup.add_argument(
        "--to",
        metavar="FILE",
        type=Path,
        help="备份文件路径（默认：数据目录/backups/backup-日期-时间.sqlite3）",
    )

    restore = add_command(
        subparsers,
        "restore",
        parents,
        "从备份文件恢复数据库",
        "先校验备份文件（SQLite 文件头、本程序的标识、完整性检查、数据结构版本不高于本程序），"
        "不合格则拒绝且不改动当前数据（退出码 2）。合格则先把当前数据库另存到 "
        "数据目录/backups/before-restore-日期-时间.sqlite3，再替换并重新打开（旧版本备份会自动升级）。"
        "请先关闭正在使用该数据库的图形界面。",
        run_restore,
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="备份文件")


def run_check(args: argparse.Namespace, ctx: Context) -> int:
    from operator_app.services import checks

    opened = ctx.open()
    report = checks.run_all(args.date)
    where = opened.path or ctx.url()
    out(f"数据库：{where}")
    errors, warnings = report.errors, report.warnings
    if errors:
        out(f"完整性检查：未通过（{len(errors)} 个问题）")
        for finding in errors:
            out(f"  错误  {finding.message}")
    else:
        out("完整性检查：通过")
    if warnings:
        out(f"规则检查（{report.on:%Y-%m-%d}）：{len(warnings)} 条警告")
        for finding in warnings:
            out(f"  警告  {finding.message}")
    else:
        out(f"规则检查（{report.on:%Y-%m-%d}）：未发现问题")
    if errors or (args.strict and warnings):
        return EXIT_FINDINGS
    return EXIT_OK


def run_backup(args: argparse.Namespace, ctx: Context) -> int:
    from operator_app.services import backup

    ctx.open()
    target = args.to if args.to is not None else backup.default_backup_path()
    info = backup.backup_to(target)
    out(f"已备份到 {info.path}（{_size(info.size)}，数据结构版本 {info.schema_version}，已校验）")
    return EXIT_OK


def run_restore(args: argparse.Namespace, ctx: Context) -> int:
    from operator_app.services import backup

    # Verified before the current database is even opened: a refused file changes nothing.
    info = backup.verify_backup(args.file)
    ctx.open()
    result = backup.restore_from(info.path)
    out(f"已从 {result.source} 恢复数据库。")
    out(f"恢复前的数据已另存为 {result.safety_copy}")
    if result.migrated_from is not None:
        out(f"备份的数据结构版本为 {result.migrated_from}，已升级到 {result.schema_version}。")
    return EXIT_OK


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"
