"""``python -m operator_app`` and the ``operator-app`` console script.

Global options: ``--data-dir DIR``, ``--db-url URL``, ``--lang zh_CN|en``. Without a command the
desktop program starts; ``operator-app --help`` lists the headless commands.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program; returns the exit code (the console script passes it to ``sys.exit``)."""
    from operator_app.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
