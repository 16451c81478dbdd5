"""Generated forms match their Designer files."""

from __future__ import annotations

from typing import Any


def test_every_ui_file_has_a_current_generated_form(load_tool: Any) -> None:
    compile_ui = load_tool("compile_ui")
    assert compile_ui.ui_files(), "no ui/*.ui found"
    stale = compile_ui.stale_forms()
    assert not stale, f"run python tools/compile_ui.py; stale: {stale}"
