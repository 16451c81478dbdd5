"""The dependency direction of docs/architecture.md, checked on the source of every module.

domain <- storage <- services <- (reports, printing, demo, cli, gui). Reports build PDFs from
plain data and call no service; ``operator_app.printing`` stands above both (gathers, writes,
logs) for the CLI and the GUI. Only ``operator_app.gui`` may import Qt; the domain knows no
peewee; neither the GUI nor the CLI imports storage or peewee (they open the database through
services.database); nothing imports the GUI except the GUI itself and the entry points
(``operator_app.__main__`` and ``operator_app.cli``), and those only inside a function so that
headless commands never load Qt. The demo institution is a user of the rules, not one of them:
the domain holds no demo module and imports nothing of ``operator_app.demo``; the demo's planning
modules use the domain only, and its writer reaches the data through the services (plus the one
outer transaction that makes a fill all-or-nothing).

Imports are read with ``ast`` (module level and function level, absolute and relative, plus
``importlib.import_module("...")`` / ``__import__("...")`` with a literal name), so a module is
checked without being imported.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = ROOT / "operator_app"
PACKAGE = "operator_app"

QT = ("PySide6", "shiboken6")
PEEWEE = ("peewee", "playhouse")
ENTRY_POINTS = ("operator_app.__main__", "operator_app.cli")
DEMO = "operator_app.demo"
DEMO_WRITER = "operator_app.demo.writer"

# layer -> (forbidden import prefixes, why)
FORBIDDEN: dict[str, tuple[tuple[str, ...], str]] = {
    "domain": (
        (
            *PEEWEE,
            "operator_app.storage",
            "operator_app.services",
            "operator_app.reports",
            DEMO,
            "operator_app.gui",
            "operator_app.cli",
            "operator_app.__main__",
        ),
        "domain is plain Python: no peewee and no higher layer",
    ),
    "storage": (
        (
            "operator_app.services",
            "operator_app.reports",
            DEMO,
            "operator_app.gui",
            "operator_app.cli",
            "operator_app.__main__",
        ),
        "storage sits below services, reports, demo, cli and gui",
    ),
    "services": (
        (
            "operator_app.reports",
            DEMO,
            "operator_app.gui",
            "operator_app.cli",
            "operator_app.__main__",
        ),
        "services sit below reports, demo, cli and gui",
    ),
    "reports": (
        (
            *PEEWEE,
            "operator_app.storage",
            "operator_app.services",
            "operator_app.printing",
            DEMO,
            "operator_app.gui",
            "operator_app.cli",
            "operator_app.__main__",
        ),
        "reports build PDFs from plain data: no database, no services, no GUI",
    ),
    "printing": (
        (*PEEWEE, "operator_app.storage", "operator_app.gui", "operator_app.cli"),
        "printing joins services and reports for the CLI and the GUI: no storage, no GUI",
    ),
    "gui": (
        (*PEEWEE, "operator_app.storage"),
        "the GUI calls services, never storage: even opening and closing the database is a "
        "service call (services.database)",
    ),
    "entry": (  # operator_app.__main__ and operator_app.cli (the CLI)
        (*PEEWEE, "operator_app.storage"),
        "the CLI calls services, never storage: opening and closing the database is a service "
        "call (services.database)",
    ),
    "demo": (
        ("operator_app.reports", "operator_app.gui", "operator_app.cli", "operator_app.__main__"),
        "the demo writes through the services: no reports, GUI or CLI",
    ),
    "demo_plan": (
        (
            *PEEWEE,
            "operator_app.storage",
            "operator_app.services",
            DEMO_WRITER,
            "operator_app.reports",
            "operator_app.gui",
            "operator_app.cli",
            "operator_app.__main__",
        ),
        "the demo's plan is plain Python on the domain: no database, no services",
    ),
    "base": (
        (
            "operator_app.storage",
            "operator_app.services",
            "operator_app.reports",
            DEMO,
            "operator_app.gui",
            "operator_app.cli",
            "operator_app.__main__",
        ),
        "operator_app/__init__.py and paths.py are used by every layer",
    ),
}


@dataclass(frozen=True)
class Import:
    target: str  # absolute dotted name
    line: int
    lazy: bool  # inside a function body


def module_name(path: Path, package_dir: Path = PACKAGE_DIR) -> str:
    rel = path.relative_to(package_dir.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1 or parts[1] == "paths":
        return "base"
    if any(module == e or module.startswith(e + ".") for e in ENTRY_POINTS):
        return "entry"
    if parts[1] == "demo" and module != DEMO_WRITER:
        return "demo_plan"
    return parts[1]


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    """Absolute name of ``from <level dots><name> import ...`` written in ``module``."""
    if level == 0:
        return name or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, name] if name else base)


def imports_of(source: str, module: str, is_package: bool = False) -> list[Import]:
    """Every import in ``source``; ``from x import y`` also yields ``x.y`` (y may be a module)."""
    tree = ast.parse(source)
    found: list[Import] = []

    def visit(node: ast.AST, lazy: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = lazy or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                found.extend(Import(a.name, child.lineno, lazy) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = _resolve(module, is_package, child.level, child.module)
                found.append(Import(base, child.lineno, lazy))
                found.extend(
                    Import(f"{base}.{a.name}", child.lineno, lazy)
                    for a in child.names
                    if a.name != "*"
                )
            elif isinstance(child, ast.Call) and _dynamic_name(child):
                found.append(Import(_dynamic_name(child), child.lineno, lazy))
            visit(child, inner)

    visit(tree, False)
    return found


def _dynamic_name(call: ast.Call) -> str:
    func = call.func
    named = (isinstance(func, ast.Name) and func.id == "__import__") or (
        isinstance(func, ast.Attribute) and func.attr == "import_module"
    )
    if named and call.args and isinstance(call.args[0], ast.Constant):
        value = call.args[0].value
        return value if isinstance(value, str) else ""
    return ""


def _matches(target: str, prefix: str) -> bool:
    return target == prefix or target.startswith(prefix + ".")


def violations(module: str, imports: list[Import]) -> list[str]:
    """Human-readable rule breaks of one module."""
    layer = layer_of(module)
    out: list[str] = []
    for imp in imports:
        where = f"{module} (line {imp.line}) imports {imp.target}"
        if layer != "gui" and any(_matches(imp.target, q) for q in QT):
            out.append(f"{where}: only operator_app.gui may import PySide6/shiboken6")
        if _matches(imp.target, "operator_app.gui") and layer != "gui":
            if layer != "entry":
                out.append(f"{where}: nothing outside operator_app.gui imports the GUI")
            elif not imp.lazy:
                out.append(f"{where}: entry points import the GUI only inside a function")
        forbidden, why = FORBIDDEN.get(layer, ((), ""))
        for prefix in forbidden:
            if _matches(imp.target, prefix) and not (
                prefix == "operator_app.gui" and layer == "entry"
            ):
                out.append(f"{where}: {why}")
    return sorted(set(out))


def package_modules() -> list[tuple[str, Path]]:
    return sorted((module_name(p), p) for p in PACKAGE_DIR.rglob("*.py"))


def test_the_walk_sees_every_layer() -> None:
    layers = {layer_of(m) for m, _p in package_modules()}
    expected = {"domain", "storage", "services", "reports", "printing", "gui", "entry", "base"}
    assert expected <= layers
    assert {"demo", "demo_plan"} <= layers


def test_the_domain_holds_no_demo_code() -> None:
    """domain/ holds the rules only: the demo institution lives in operator_app/demo/."""
    domain = PACKAGE_DIR / "domain"
    demo_files = [p.name for p in domain.rglob("*.py") if "demo" in p.stem.lower()]
    assert demo_files == []
    for module, path in package_modules():
        if layer_of(module) == "domain":
            imports = imports_of(path.read_text(encoding="utf-8"), module)
            assert not [i.target for i in imports if _matches(i.target, DEMO)], module


def test_every_module_respects_the_dependency_direction() -> None:
    problems: list[str] = []
    for module, path in package_modules():
        source = path.read_text(encoding="utf-8")
        problems += violations(module, imports_of(source, module, path.name == "__init__.py"))
    assert not problems, "Import rule violations:\n" + "\n".join(problems)


# --- the checker itself ------------------------------------------------------------------------


def test_function_level_and_from_imports_are_seen() -> None:
    source = (
        "import os\n"
        "from peewee import fn\n"
        "def later():\n"
        "    from PySide6.QtWidgets import QWidget\n"
        "    import importlib\n"
        "    importlib.import_module('shiboken6')\n"
    )
    found = imports_of(source, "operator_app.domain.sample")
    assert Import("os", 1, False) in found
    assert Import("peewee", 2, False) in found
    assert Import("peewee.fn", 2, False) in found
    assert Import("PySide6.QtWidgets", 4, True) in found
    assert Import("shiboken6", 6, True) in found


def test_relative_imports_are_resolved() -> None:
    found = imports_of(
        "from ..storage import records\nfrom . import periods\n", "operator_app.domain.sample"
    )
    targets = {i.target for i in found}
    assert "operator_app.storage.records" in targets
    assert "operator_app.domain.periods" in targets
    in_package = imports_of("from .db import open_database\n", "operator_app.storage", True)
    assert in_package[0].target == "operator_app.storage.db"


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("operator_app.domain.x", "import peewee\n", "domain is plain Python"),
        ("operator_app.domain.x", "from playhouse.db_url import connect\n", "domain is plain"),
        ("operator_app.domain.x", "from operator_app.services import audit\n", "domain is"),
        ("operator_app.storage.x", "from operator_app.services import audit\n", "storage sits"),
        (
            "operator_app.services.x",
            "def f():\n    from operator_app.gui import pages\n",
            "nothing outside operator_app.gui imports the GUI",
        ),
        ("operator_app.services.x", "from operator_app.reports import roster\n", "services sit"),
        (
            "operator_app.reports.x",
            "from operator_app.storage.records import ChildRecord\n",
            "reports build PDFs",
        ),
        ("operator_app.reports.x", "from PySide6.QtGui import QFont\n", "only operator_app.gui"),
        ("operator_app.reports.x", "from operator_app.services import printouts\n", "no services"),
        (
            "operator_app.reports.x",
            "def f():\n    from operator_app.services.printouts import roster\n",
            "no services",
        ),
        ("operator_app.printing", "from operator_app.storage import records\n", "printing joins"),
        (
            "operator_app.cli",
            "from operator_app.gui.main_window import MainWindow\n",
            "entry points import the GUI only inside a function",
        ),
        (
            "operator_app.cli.gui_cmds",
            "from operator_app.gui.app import run_gui\n",
            "entry points import the GUI only inside a function",
        ),
        ("operator_app.services.x", "import shiboken6\n", "only operator_app.gui"),
        (
            "operator_app.gui.app",
            "def run():\n    from operator_app.storage.db import open_database\n",
            "the GUI calls services, never storage",
        ),
        ("operator_app.gui.jobs", "from operator_app.storage import db\n", "the GUI calls"),
        ("operator_app.gui.screenshot", "from peewee import SqliteDatabase\n", "the GUI calls"),
        (
            "operator_app.cli.common",
            "def f():\n    from operator_app.storage.db import close_database\n",
            "the CLI calls services, never storage",
        ),
        ("operator_app.cli.x", "from peewee import DatabaseError\n", "the CLI calls"),
        ("operator_app.domain.x", "from operator_app.demo import plan\n", "domain is plain"),
        ("operator_app.domain.x", "from operator_app.demo.words import SURNAMES\n", "domain is"),
        (
            "operator_app.services.x",
            "def f():\n    from operator_app.demo import writer\n",
            "services",
        ),
        ("operator_app.storage.x", "import operator_app.demo.plan\n", "storage sits"),
        ("operator_app.demo.plan", "from operator_app.services import classes\n", "demo's plan"),
        ("operator_app.demo.staff", "from operator_app.storage.records import db\n", "demo's plan"),
        (
            "operator_app.demo.writer",
            "from operator_app.reports import roster\n",
            "the demo writes",
        ),
        ("operator_app.demo.writer", "from PySide6.QtCore import QObject\n", "only operator_app"),
    ],
)
def test_the_checker_reports_each_rule(module: str, source: str, expected: str) -> None:
    found = violations(module, imports_of(source, module))
    assert any(expected in v for v in found), found
    assert all(module in v for v in found)


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("operator_app.gui.views.x", "from PySide6.QtWidgets import QWidget\n"),
        ("operator_app.gui.views.x", "from operator_app.services import dashboard\n"),
        ("operator_app.gui.app", "def run():\n    from operator_app.services import database\n"),
        ("operator_app.cli.common", "from operator_app.services import database\n"),
        ("operator_app.cli", "def main():\n    from operator_app.gui import main_window\n"),
        ("operator_app.cli.gui_cmds", "def run():\n    from operator_app.gui.app import run_gui\n"),
        ("operator_app.__main__", "def main():\n    import operator_app.gui.main_window\n"),
        ("operator_app.printing", "from operator_app.services import printouts\n"),
        ("operator_app.printing", "from operator_app.reports.roster import write_roster\n"),
        ("operator_app.services.x", "from operator_app.storage.records import ChildRecord\n"),
        ("operator_app.domain.x", "from operator_app.domain.enums import ClassType\n"),
        ("operator_app.demo.plan", "from operator_app.domain.classes import ClassRule\n"),
        ("operator_app.demo.plan", "from operator_app.demo import words\n"),
        ("operator_app.demo.writer", "from operator_app.services import enrolment\n"),
        ("operator_app.demo.writer", "from operator_app.demo.plan import make_plan\n"),
        ("operator_app.cli.setup_cmds", "def run():\n    from operator_app.demo import writer\n"),
        ("operator_app.gui.dialogs.x", "def f():\n    from operator_app.demo import writer\n"),
    ],
)
def test_the_checker_allows_the_permitted_direction(module: str, source: str) -> None:
    assert violations(module, imports_of(source, module)) == []


# --- services: imports without a circle, one clock ---------------------------------------------
#
# Why: a circle among services was dodged with imports inside functions (classes -> enrolment ->
# classes, enrolment <-> institution); it hid the real order of the layers and broke when a call
# moved. Shared pieces now sit below (services.rules, services.occupancy), so every import can
# be at module level. Function-level imports still count here: a lazy import is a circle too.

SERVICES = "operator_app.services"

# (module, dotted call) that may read the machine's clock, with why
CLOCK_READS_ALLOWED: dict[tuple[str, str], str] = {
    ("operator_app.services.clock", "date.today"): "the one clock every service asks",
    ("operator_app.services.backup", "dt.datetime.now"): "a backup file's name stamps the moment",
    ("operator_app.services.demo", "date.today"): "the demo's default day; the demo is moving",
}
CLOCK_READS = ("today", "now", "utcnow")


def service_modules() -> dict[str, Path]:
    return {m: p for m, p in package_modules() if m.startswith(SERVICES + ".")}


def import_graph(sources: dict[str, str]) -> dict[str, set[str]]:
    """module -> the modules among ``sources`` it imports (module or function level)."""
    graph: dict[str, set[str]] = {}
    for module, source in sources.items():
        targets = {i.target for i in imports_of(source, module)}
        graph[module] = {
            other
            for other in sources
            if other != module and any(_matches(t, other) for t in targets)
        }
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import circle as ``[a, b, ..., a]``, or ``[]`` when the graph is acyclic."""
    done: set[str] = set()

    def walk(node: str, path: list[str]) -> list[str]:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return []
        for nxt in sorted(graph.get(node, ())):
            found = walk(nxt, [*path, node])
            if found:
                return found
        done.add(node)
        return []

    for start in sorted(graph):
        cycle = walk(start, [])
        if cycle:
            return cycle
    return []


def clock_reads(source: str) -> list[tuple[int, str]]:
    """(line, dotted name) of every ``date.today`` / ``datetime.now`` ... called or passed."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in CLOCK_READS:
            owner = ast.unparse(node.value)
            if owner.split(".")[-1] in ("date", "datetime"):
                found.append((node.lineno, f"{owner}.{node.attr}"))
    return found


def test_service_imports_have_no_circle() -> None:
    sources = {m: p.read_text(encoding="utf-8") for m, p in service_modules().items()}
    graph = import_graph(sources)
    cycle = find_cycle(graph)
    assert not cycle, "Import circle among services: " + " -> ".join(cycle)
    # the walk saw the edges that once made the circle, now pointing one way
    assert graph["operator_app.services.enrolment"] >= {
        "operator_app.services.occupancy",
        "operator_app.services.rules",
        "operator_app.services.institution",
    }


def test_services_read_today_only_from_the_clock() -> None:
    problems = [
        f"{module} (line {line}) reads {name}: use services.clock.today()"
        for module, path in service_modules().items()
        for line, name in clock_reads(path.read_text(encoding="utf-8"))
        if (module, name) not in CLOCK_READS_ALLOWED
    ]
    assert not problems, "\n".join(problems)


def test_the_cycle_finder_sees_a_lazy_circle() -> None:
    sources = {
        "operator_app.services.a": "from operator_app.services import b\n",
        "operator_app.services.b": "def f():\n    from operator_app.services.c import g\n",
        "operator_app.services.c": "import operator_app.services.a\n",
        "operator_app.services.d": "from operator_app.services import a\n",
    }
    graph = import_graph(sources)
    assert graph["operator_app.services.b"] == {"operator_app.services.c"}
    assert find_cycle(graph) == [
        "operator_app.services.a",
        "operator_app.services.b",
        "operator_app.services.c",
        "operator_app.services.a",
    ]
    del sources["operator_app.services.c"]
    assert find_cycle(import_graph(sources)) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from datetime import date\nx = date.today()\n", [(2, "date.today")]),
        ("import datetime as dt\ny = dt.datetime.now()\n", [(2, "dt.datetime.now")]),
        ("import datetime\nf = datetime.date.today\n", [(2, "datetime.date.today")]),
        ("from operator_app.services import clock\nx = clock.today()\n", []),
        ("from operator_app.storage.records import utcnow\nx = utcnow()\n", []),
    ],
)
def test_clock_reads_are_seen(source: str, expected: list[tuple[int, str]]) -> None:
    assert clock_reads(source) == expected
