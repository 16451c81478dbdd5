"""write_pdf: page frame, metadata, atomic writing, progress and cancellation."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from pdf_readback import all_text, assert_only_embedded_subsets, page_texts
from pypdf import PdfReader
from reportlab.platypus import Flowable, PageBreak

from operator_app.reports.layout import Cancelled, grid_table, para, write_pdf
from operator_app.reports.signature import Signature

WHEN = datetime(2025, 3, 1, 8, 5)


def _story(pages: int = 2) -> list[Flowable]:
    story: list[Flowable] = []
    for page in range(1, pages + 1):
        story += [para(f"第{page}段正文"), grid_table([["表头"], [f"内容{page}"]], [100])]
        if page < pages:
            story.append(PageBreak())
    return story


class _CancelAfter:
    """A cancel token that becomes set after ``checks`` calls of ``is_set``."""

    def __init__(self, checks: int) -> None:
        self.left = checks

    def is_set(self) -> bool:
        self.left -= 1
        return self.left < 0


def test_pages_carry_header_footer_and_metadata(tmp_path: Path) -> None:
    out = write_pdf(
        tmp_path / "a.pdf", _story(3), title="测试表", institution="重庆某托育园", generated=WHEN
    )
    texts = page_texts(out)
    assert len(texts) == 3
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页 / 共 3 页" in text
        assert "生成时间 2025-03-01 08:05" in text
        assert "重庆某托育园" in text and "测试表" in text
        assert f"第{number}段正文" in text
    meta = PdfReader(out).metadata
    assert meta is not None
    assert (meta.title, meta.author) == ("测试表", "重庆某托育园")
    assert meta.creator is not None and meta.creator.startswith("operator-app")
    assert assert_only_embedded_subsets(out) == {"NotoSansSC-Regular", "NotoSansSC-Bold"}


def test_landscape_and_portrait_are_a4(tmp_path: Path) -> None:
    portrait = write_pdf(tmp_path / "p.pdf", _story(1), title="t", institution="i")
    landscape = write_pdf(tmp_path / "l.pdf", _story(1), title="t", institution="i", landscape=True)
    box = PdfReader(portrait).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (595, 842)
    box = PdfReader(landscape).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (842, 595)


def test_para_escapes_markup_and_keeps_ideographic_spaces(tmp_path: Path) -> None:
    story = [para("A&B <b>不是粗体</b>"), para("范围：全园\u3000截至")]
    out = write_pdf(tmp_path / "e.pdf", story, title="t", institution="i")
    text = all_text(out)
    assert "A&B <b>不是粗体</b>" in text
    assert "全园    截至" in text  # the gap survives as fixed spaces
    assert assert_only_embedded_subsets(out) == {"NotoSansSC-Regular", "NotoSansSC-Bold"}


def test_signature_lines_and_seal_box(tmp_path: Path) -> None:
    sig = Signature(("班级保育人员", "负责人"), seal=True)
    out = write_pdf(tmp_path / "s.pdf", _story(1), title="t", institution="i", signature=sig)
    text = all_text(out)
    for label in ("班级保育人员签字：", "负责人签字：", "日期：", "（机构盖章）"):
        assert label in text
    assert assert_only_embedded_subsets(out)


def test_progress_is_monotonic_and_ends_at_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    write_pdf(
        tmp_path / "p.pdf",
        _story(4),
        title="t",
        institution="i",
        progress=lambda done, total, label: calls.append((done, total, label)),
    )
    dones = [done for done, _, _ in calls]
    assert dones == sorted(dones)
    assert calls[-1] == (calls[-1][1], calls[-1][1], "完成")
    assert all(total == calls[0][1] for _, total, _ in calls)


def test_cancel_before_start_writes_nothing(tmp_path: Path) -> None:
    event = threading.Event()
    event.set()
    with pytest.raises(Cancelled):
        write_pdf(tmp_path / "c.pdf", _story(), title="t", institution="i", cancel=event)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("checks", [1, 3, 6])
def test_cancel_midway_leaves_old_file_untouched(tmp_path: Path, checks: int) -> None:
    target = tmp_path / "c.pdf"
    target.write_bytes(b"old")
    with pytest.raises(Cancelled):
        write_pdf(target, _story(5), title="t", institution="i", cancel=_CancelAfter(checks))
    assert list(tmp_path.iterdir()) == [target]
    assert target.read_bytes() == b"old"


def test_cancel_on_the_last_check_removes_the_finished_temporary_file(tmp_path: Path) -> None:
    counter = _CancelAfter(10**6)
    write_pdf(tmp_path / "count.pdf", _story(3), title="t", institution="i", cancel=counter)
    checks = 10**6 - counter.left
    (tmp_path / "count.pdf").unlink()
    with pytest.raises(Cancelled):
        last = _CancelAfter(checks - 1)
        write_pdf(tmp_path / "c.pdf", _story(3), title="t", institution="i", cancel=last)
    assert list(tmp_path.iterdir()) == []


def test_failure_during_layout_removes_the_temporary_file(tmp_path: Path) -> None:
    class Broken(Flowable):
        def wrap(self, *_: object) -> tuple[float, float]:
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        write_pdf(tmp_path / "f.pdf", [*_story(1), Broken()], title="t", institution="i")
    assert list(tmp_path.iterdir()) == []


def test_overwrites_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "o.pdf"
    target.write_bytes(b"old")
    write_pdf(target, _story(1), title="t", institution="i")
    assert target.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.iterdir()) == [target]
