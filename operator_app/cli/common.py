"""What every subcommand shares: exit codes, the database context, argument types, errors.

Exit codes (also in ``operator-app --help``):

* 0 — done;
* 1 — findings or a business rule refused the action (``check`` found the database unsound,
  ``init`` without ``--update`` on a set-up database, a class is full, ``selftest`` failed);
* 2 — bad usage or input (a field is named in the message), or a database / backup file that
  is refused (not SQLite, another program's, newer than this program, corrupt);
* 3 — an internal error (a bug): the traceback is printed.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from operator_app import paths

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3

EXIT_CODES_HELP = (
    "退出码：0 成功；1 检查发现问题或业务规则拒绝（如班级已满、机构已存在）；"
    "2 用法或输入错误（提示会指出字段），或数据库/备份文件被拒绝（非 SQLite、其他程序的文件、"
    "版本较新、已损坏）；3 程序内部错误。"
)

Handler = Callable[[argparse.Namespace, "Context"], int]


class CliError(Exception):
    """A message for stderr and the exit code to return."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Context:
    """The global options, and the database opened on demand (and closed at the end)."""

    data_dir: str | None
    db_url: str | None
    lang: str
    opened: Any = field(default=None, repr=False)

    def url(self) -> str:
        return self.db_url or paths.default_database_url()

    def open(self) -> Any:
        """Open (create or migrate) the database; ``DatabaseRefused`` propagates (exit 2)."""
        if self.opened is None:
            from operator_app.services import database

            url = self.url()
            try:
                self.opened = database.open(url)
            except (RuntimeError, ValueError) as exc:  # playhouse: unknown scheme, bad URL
                raise CliError(f"数据库地址（--db-url）无法使用：{url}（{exc}）") from exc
            opened = self.opened
            if opened.backup is not None:
                warn(f"数据库已从版本 {opened.migrated_from} 升级；升级前的副本：{opened.backup}")
        return self.opened

    def close(self) -> None:
        if self.opened is not None:
            from operator_app.services import database

            database.close()
            self.opened = None


def out(text: str = "") -> None:
    print(text, flush=True)


def warn(text: str) -> None:
    print(f"提示：{text}", file=sys.stderr, flush=True)


def error(text: str) -> None:
    print(f"错误：{text}", file=sys.stderr, flush=True)


def positive_int(label: str) -> Callable[[str], int]:
    """An argparse type: a whole number ≥ 0, with the field named in the message."""

    def parse(text: str) -> int:
        if not re.fullmatch(r"\s*\d+\s*", text):
            raise argparse.ArgumentTypeError(f"{label}应为不小于 0 的整数，收到“{text}”")
        return int(text)

    return parse


def iso_day(text: str) -> date:
    """An argparse type for ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"日期应为 YYYY-MM-DD 格式的有效日期（例如 2026-03-01），收到“{text}”"
        ) from None


EARLIEST_MONTH = date(2000, 1, 1)  # no register or roster of this app predates 2000


def month(text: str) -> date:
    """An argparse type for ``YYYY-MM``: the first day of that month.

    A well-formed month before ``EARLIEST_MONTH`` or after the current one is refused as out of
    range (argparse names the option and exits with 2), not as a format error.
    """
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"月份应为 YYYY-MM 格式（例如 2026-03），收到“{text}”")
    from operator_app import wording
    from operator_app.services import clock

    first = date(int(match.group(1)), int(match.group(2)), 1)
    latest = clock.today().replace(day=1)
    if not EARLIEST_MONTH <= first <= latest:
        raise argparse.ArgumentTypeError(
            wording.say(
                "error.month.out_of_range",
                earliest=f"{EARLIEST_MONTH:%Y-%m}",
                latest=f"{latest:%Y-%m}",
                value=text.strip(),
            )
        )
    return first


def add_command(
    subparsers: Any,
    name: str,
    parents: list[argparse.ArgumentParser],
    help_text: str,
    description: str,
    handler: Handler,
    epilog: str = EXIT_CODES_HELP,
) -> argparse.ArgumentParser:
    """A subcommand parser with the shared options and a handler."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        parents=parents,
        help=help_text,
        description=wrap(description),
        epilog=wrap(epilog),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handler)
    return parser


def wrap(text: str, width: int = 78) -> str:
    """Wrap Chinese text by display width (a CJK character takes two columns); argparse's own
    wrapping counts characters and breaks only at spaces."""
    lines, line, used = [], "", 0
    for ch in text:
        cost = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + cost > width:
            lines.append(line.rstrip())
            line, used = "", 0
            if ch == " ":
                continue
        line += ch
        used += cost
    lines.append(line.rstrip())
    return "\n".join(lines)
