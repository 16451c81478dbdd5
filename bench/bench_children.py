"""Children page benchmark: opening the page and search-as-you-type over 10,000 children.

Targets (issue 3): opening the page under 200 ms; a keystroke in the search box updates the
table in under 16 ms at the median. Each figure is printed with its ratio to the floor (below 1
is within target). Not part of the test run: ``python bench/bench_children.py`` (the database is
built once by bench/seed.py and cached under bench/.cache/).

A keystroke is measured from ``setText`` on the search box (which resets the model: COUNT when
needed and the first page) until the view has fetched the rows it shows, i.e. after the events
queued by the reset are processed and the viewport is painted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import seed  # noqa: E402

OPEN_FLOOR_MS = 200.0
KEY_FLOOR_MS = 16.0
# What managers type: names in pinyin and initials, Chinese characters, ID and phone digits.
QUERIES = (
    "zhangsan",
    "zs",
    "wangxiaoming",
    "wxm",
    "li",
    "chen",
    "王",
    "李明",
    "刘",
    "13",
    "138",
    "5001",
    "0023",
    "huang",
    "zhao",
    "yang",
)


def keystrokes() -> list[str]:
    """The successive search texts: each query typed letter by letter, then cleared."""
    texts: list[str] = []
    for query in QUERIES:
        texts += [query[: i + 1] for i in range(len(query))]
        texts.append("")
    return texts


def report(label: str, value: float, floor: float) -> str:
    line = f"{label} {value:.1f} ms (floor {floor:.0f} ms, ratio {value / floor:.2f})"
    print(line)
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=seed.CHILDREN)
    parser.add_argument("--opens", type=int, default=5, help="page openings to time")
    args = parser.parse_args(argv)
    path = seed.ensure(args.children)

    from operator_app.gui.app import create_app
    from operator_app.storage.db import close_database, open_database

    app = create_app([], "zh_CN")
    open_database(f"sqlite:///{path}")
    from operator_app.gui.views.children_page import ChildrenPage

    def open_page() -> tuple[float, ChildrenPage]:
        started = time.perf_counter()
        page = ChildrenPage()
        page.resize(1280, 800)
        page.refresh()
        page.show()
        app.processEvents()
        page.table.viewport().grab()  # forces the first paint of the visible rows
        return (time.perf_counter() - started) * 1000, page

    first, page = open_page()
    opens = [first]
    for _ in range(args.opens - 1):
        page.close()
        page.deleteLater()
        app.processEvents()
        elapsed, page = open_page()
        opens.append(elapsed)

    def visible_rows_fetched() -> None:
        """What the view asks the model for its first paint: the visible rows' texts."""
        table, model = page.table, page.model
        first = max(0, table.rowAt(0))
        last = table.rowAt(table.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        for row in range(first, last + 1):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))

    times, painted = [], []
    loads_before = page.model.page_loads
    for text in keystrokes():
        started = time.perf_counter()
        page.search.setText(text)  # resets the model: COUNT if needed and the first page
        visible_rows_fetched()
        times.append((time.perf_counter() - started) * 1000)
        app.processEvents()  # let the view catch up before the next measurement
    for text in keystrokes():
        started = time.perf_counter()
        page.search.setText(text)
        app.processEvents()  # layout and paint of the table (Qt's own raster painting)
        painted.append((time.perf_counter() - started) * 1000)
    loads = page.model.page_loads - loads_before

    print(
        f"database: {path.name}, {args.children} children; {len(times)} keystrokes "
        f"(twice), {loads} page loads"
    )
    report("open children page (first in process)", first, OPEN_FLOOR_MS)
    report(f"open children page (median of {len(opens)})", statistics.median(opens), OPEN_FLOOR_MS)
    report("search keystroke median", statistics.median(times), KEY_FLOOR_MS)
    report("search keystroke 90th percentile", statistics.quantiles(times, n=10)[-1], KEY_FLOOR_MS)
    report("search keystroke max", max(times), KEY_FLOOR_MS)
    report(
        "search keystroke median including Qt's paint of the table",
        statistics.median(painted),
        KEY_FLOOR_MS,
    )
    page.close()
    close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
