"""The commands that need Qt: ``screenshot`` and ``selftest``.

Why Qt is reached only through ``operator_app.cli.render_page``: the entry points are the only
modules outside the GUI allowed to import it, and only inside a function, so that the other
subcommands run (and print ``--help``) on a server without the Qt runtime libraries.
"""

from __future__ import annotations

import argparse
import os
import re
import struct
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from operator_app.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    CliError,
    Context,
    add_command,
    error,
    out,
)

PAGE_KEYS = (
    "dashboard",
    "classes",
    "attendance",
    "children",
    "health",
    "staff",
    "claims",
    "filing",
    "data",
    "settings",
)
SCREEN_SIZE = (1280, 800)
SIZE_LIMITS = ((640, 7680), (480, 4320))  # (min, max) width, (min, max) height


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    shot = add_command(
        subparsers,
        "screenshot",
        parents,
        "在后台把主窗口的一页渲染为 PNG（默认 1280×800）",
        "不需要显示器（未设置 QT_QPA_PLATFORM 时使用 offscreen），用当前数据库的数据渲染主窗口的"
        f"一页，用于用户手册和检查。页面：{'、'.join(PAGE_KEYS)}（attendance 为班级页的出勤登记）。"
        "语言用 --lang 选择，窗口尺寸用 --size 选择（如 --size 1024x768，检查小屏幕上的布局）。",
        run_screenshot,
    )
    shot.add_argument("--page", required=True, metavar="NAME", help=f"页面：{', '.join(PAGE_KEYS)}")
    shot.add_argument("--out", required=True, metavar="FILE.png", type=Path, help="输出的 PNG 文件")
    shot.add_argument(
        "--size",
        default=f"{SCREEN_SIZE[0]}x{SCREEN_SIZE[1]}",
        metavar="WxH",
        help="窗口尺寸（像素，宽x高），如 1024x768；默认 %(default)s",
    )

    add_command(
        subparsers,
        "selftest",
        parents,
        "自检：临时数据库、界面和打印",
        "在临时目录中新建数据库并写入示例机构，检查数据库，生成一页示例 PDF（检查内嵌中文字体），"
        "在后台构建主窗口并渲染。不读写用户的数据目录。全部通过退出码 0，否则 1。",
        run_selftest,
    )


def run_screenshot(args: argparse.Namespace, ctx: Context) -> int:
    size = parse_size(args.size)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    opened = ctx.open()
    from operator_app.cli import render_page

    try:
        path = render_page(args.page, args.out, ctx.lang, size=size)
    except KeyError:
        raise CliError(
            f"页面（--page）：未知页面“{args.page}”，可选：{', '.join(PAGE_KEYS)}"
        ) from None
    width, height = png_size(Path(path))
    out(f"已保存截图：{path}（{width}×{height}，页面 {args.page}，数据库 {opened.path}）")
    return EXIT_OK


def parse_size(text: str) -> tuple[int, int]:
    """(width, height) from "1024x768" (× and X also accepted); CliError naming --size."""
    match = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text)
    if match is None:
        raise CliError(f"窗口尺寸（--size）：“{text}”不是“宽x高”的形式，例如 1024x768")
    width, height = int(match[1]), int(match[2])
    (min_w, max_w), (min_h, max_h) = SIZE_LIMITS
    if not (min_w <= width <= max_w and min_h <= height <= max_h):
        raise CliError(
            f"窗口尺寸（--size）：{width}x{height} 超出范围，"
            f"宽应在 {min_w}–{max_w}，高应在 {min_h}–{max_h} 像素之间"
        )
    return width, height


def run_selftest(args: argparse.Namespace, ctx: Context) -> int:
    from operator_app import paths

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="operator-selftest-") as tmp:
        folder = Path(tmp)
        paths.set_data_dir(folder)  # logs and anything else land in the temp folder
        ctx.db_url = f"sqlite:///{folder / 'selftest.sqlite3'}"
        steps: list[tuple[str, Callable[[], str]]] = [
            ("数据库", lambda: _step_database(ctx)),
            ("机构信息", _step_institution),
            ("数据检查", _step_checks),
            ("打印", lambda: _step_pdf(folder / "selftest.pdf")),
            ("界面", lambda: _step_gui(folder / "selftest.png", ctx.lang)),
        ]
        try:
            for label, step in steps:
                try:
                    detail = step()
                except Exception as exc:
                    error(f"自检失败 {label}：{exc}")
                    traceback.print_exc()
                    return EXIT_FINDINGS
                out(f"OK {label}：{detail}")
        finally:
            ctx.close()
    out("自检通过。")
    return EXIT_OK


def _step_database(ctx: Context) -> str:
    opened = ctx.open()
    return f"临时数据库已创建（数据结构版本 {opened.schema_version}）：{opened.path}"


def _step_institution() -> str:
    from operator_app.domain.enums import ClassType, InstitutionNature
    from operator_app.domain.identity import make_uscc
    from operator_app.domain.institution import Institution
    from operator_app.services import classes, institution

    saved = institution.save(
        Institution(
            "自检示例托育园", make_uscc("91500103MA5U00001"), InstitutionNature.FOR_PROFIT, 40, 20
        )
    )
    classes.create_class("自检小班", ClassType.SMALL)
    if institution.require() != saved:
        raise RuntimeError("机构信息读回不一致")
    return f"已写入并读回（{saved.name}，一个班级）"


def _step_checks() -> str:
    from operator_app.services import checks

    report = checks.run_all()
    if not report.sound:
        raise RuntimeError("；".join(f.message for f in report.errors))
    return f"完整性检查通过，规则警告 {len(report.warnings)} 条"


def _step_pdf(path: Path) -> str:
    from operator_app.reports.selftest import write_sample

    write_sample(path)
    fonts = embedded_fonts(path.read_bytes())
    if not any("NotoSansSC" in name for name in fonts):
        raise RuntimeError(f"PDF 未内嵌 Noto Sans SC 字体（内嵌：{fonts or '无'}）")
    return f"示例 PDF 已生成（{path.stat().st_size // 1024} KB，内嵌字体 {', '.join(fonts)}）"


def _step_gui(path: Path, lang: str) -> str:
    from operator_app.cli import render_page

    render_page("dashboard", path, lang)
    size = png_size(path)
    if size != SCREEN_SIZE:
        raise RuntimeError(f"截图尺寸为 {size[0]}×{size[1]}，应为 1280×800")
    return f"主窗口已在后台构建并渲染（{size[0]}×{size[1]}，平台 {os.environ['QT_QPA_PLATFORM']}）"


def embedded_fonts(pdf: bytes) -> list[str]:
    """Names of the TrueType fonts a PDF embeds (a ``/FontFile2`` stream each).

    Reads the raw bytes: ReportLab writes font dictionaries uncompressed, and pypdf is only a
    test dependency.
    """
    if not pdf.startswith(b"%PDF-"):
        raise RuntimeError("文件不是 PDF")
    if b"/FontFile2" not in pdf:
        return []
    names = re.findall(rb"/FontName\s*/([A-Za-z0-9+_\-]+)", pdf)
    return sorted({n.decode("ascii") for n in names})


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk."""
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise RuntimeError(f"{path} 不是 PNG 图片")
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)
