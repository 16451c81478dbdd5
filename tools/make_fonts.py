"""Make the static Noto Sans SC instances that the app ships in resources/fonts.

Why: ReportLab embeds only TrueType outlines and renders a variable font at its default
instance, so the app needs separate static Regular (wght 400) and Bold (wght 700) files.
The source is the OFL-licensed variable font NotoSansSC[wght].ttf carried by the PyPI
package ``justmytype-intl-cjk``; run this after ``pip install justmytype-intl-cjk fonttools``.

Usage: python tools/make_fonts.py [--out resources/fonts]
"""

from __future__ import annotations

import argparse
import shutil
from importlib import resources
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

WEIGHTS = {"Regular": 400, "Bold": 700}


def source_dir() -> Path:
    """The folder of the variable font inside the installed justmytype-intl-cjk package."""
    root = resources.files("justmytype_intl_cjk") / "fonts" / "ofl" / "notosanssc"
    return Path(str(root))


def make_instance(variable: Path, style: str, weight: int, out_dir: Path) -> Path:
    """Pin the wght axis at ``weight`` and write NotoSansSC-<style>.ttf with fixed names."""
    font = TTFont(variable)
    static = instancer.instantiateVariableFont(font, {"wght": weight}, updateFontNames=False)
    name = static["name"]
    family, full = "Noto Sans SC", f"Noto Sans SC {style}"
    for record_id, value in ((1, family), (2, style), (4, full), (6, f"NotoSansSC-{style}")):
        name.setName(value, record_id, 3, 1, 0x409)
        name.setName(value, record_id, 1, 0, 0)
    static["OS/2"].usWeightClass = weight
    if style == "Bold":
        static["OS/2"].fsSelection = (static["OS/2"].fsSelection | 0x20) & ~0x40
        static["head"].macStyle |= 0x1
    out = out_dir / f"NotoSansSC-{style}.ttf"
    static.save(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("resources/fonts"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    src = source_dir()
    for style, weight in WEIGHTS.items():
        print("wrote", make_instance(src / "NotoSansSC[wght].ttf", style, weight, args.out))
    shutil.copyfile(src / "OFL.txt", args.out / "OFL.txt")


if __name__ == "__main__":
    main()
