"""The command line: ``operator-app [global options] [command] ...``.

Without a command the desktop program starts. Commands are headless and scriptable; each module
of this package registers one group (set-up, data, printing, Qt). Errors go to stderr naming the
field; exit codes are described in :mod:`operator_app.cli.common`.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from operator_app import __version__, paths
from operator_app.cli import data_cmds, gui_cmds, print_cmds, setup_cmds
from operator_app.cli.common import (
    EXIT_CODES_HELP,
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    EXIT_USAGE,
    CliError,
    Context,
    error,
    wrap,
)

PROG = "operator-app"
LANGS = ("zh_CN", "en")


def build_parser() -> argparse.ArgumentParser:
    """The parser; global options work before or after the command."""
    shared = _global_options()
    parser = argparse.ArgumentParser(
        prog=PROG,
        parents=[shared],
        description="托育机构管理：幼儿、班级、出勤、员工和备案资料的离线管理程序。"
        "不带命令时启动图形界面。",
        epilog=wrap(EXIT_CODES_HELP),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="命令", title="命令")
    for module in (setup_cmds, data_cmds, print_cmds, gui_cmds):
        module.register(sub, [shared])
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the command (or the GUI); the process exit code."""
    _tolerant_output()
    args = build_parser().parse_args(argv)
    data_dir = getattr(args, "data_dir", None)
    if data_dir:
        paths.set_data_dir(data_dir)
    ctx = Context(data_dir, getattr(args, "db_url", None), getattr(args, "lang", None) or "zh_CN")
    try:
        if args.command is None:
            return start_gui(ctx.url(), ctx.lang)
        return int(args.handler(args, ctx))
    except KeyboardInterrupt:
        error("已中断。")
        return 130
    except Exception as exc:
        return _report(exc)
    finally:
        ctx.close()


def start_gui(database_url: str, lang: str) -> int:
    """The desktop program (Qt is imported only now)."""
    from operator_app.gui.app import run_gui

    return int(run_gui(database_url, lang))


def render_page(page_key: str, out: Path, lang: str, size: tuple[int, int] = (1280, 800)) -> Path:
    """Render a main-window page offscreen to a PNG (for ``screenshot`` and ``selftest``)."""
    from operator_app.gui.screenshot import render_page as render

    return Path(render(page_key, out, lang, size=size))


def _report(exc: Exception) -> int:
    """Map the core's exceptions to a message on stderr and an exit code."""
    from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
    from operator_app.services.backup import BackupError
    from operator_app.services.database import DatabaseError, DatabaseRefused

    if isinstance(exc, CliError):
        error(str(exc))
        return exc.code
    if isinstance(exc, ValidationError):
        error(exc.message)
        return EXIT_USAGE
    if isinstance(exc, RuleViolation):
        error(exc.message)
        return EXIT_USAGE if exc.code == "no_institution" else EXIT_FINDINGS
    if isinstance(exc, DatabaseRefused | BackupError | NotFound):
        error(str(exc))
        return EXIT_USAGE
    if isinstance(exc, DatabaseError):  # locked, unreadable, disk full: not a bug
        error(f"数据库操作失败（{exc}）。如数据库正被其他程序使用，请关闭后重试。")
        return EXIT_USAGE
    if isinstance(exc, OSError):
        where = f"：{exc.filename}" if exc.filename else ""
        error(f"文件操作失败{where}（{exc.strerror or exc}）")
        return EXIT_USAGE
    traceback.print_exc()
    error(f"程序内部错误：{exc!r}。请把以上信息发给技术支持。")
    return EXIT_INTERNAL


def _global_options() -> argparse.ArgumentParser:
    """Options accepted by the program and every command (defaults suppressed so that a value
    given before the command is not reset by the command's parser)."""
    shared = argparse.ArgumentParser(add_help=False)
    group = shared.add_argument_group("全局选项")
    group.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="数据目录（数据库、备份、日志），优先于一切其他设置",
    )
    group.add_argument(
        "--db-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="数据库地址，如 sqlite:///D:/托育/operator.sqlite3（默认：数据目录/operator.sqlite3）",
    )
    group.add_argument(
        "--lang", choices=LANGS, default=argparse.SUPPRESS, help="界面语言（默认 zh_CN）"
    )
    return shared


def _tolerant_output() -> None:
    """A Windows console in GBK cannot show every rare character: replace, never crash.

    A windowed (PyInstaller) build has no console at all: write to the null device then.
    """
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


__all__ = ["EXIT_FINDINGS", "EXIT_USAGE", "build_parser", "render_page", "run", "start_gui"]
