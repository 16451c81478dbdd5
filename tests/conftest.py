"""Fixtures shared by every test folder: a private data folder, a fresh database, an institution.

Qt-free on purpose: domain, storage and services tests must not import Qt. Qt fixtures live in
tests/gui/conftest.py. The environment is set before anything imports Qt, so every Qt test runs
on the offscreen platform in Chinese whatever the developer's machine says.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = "zh_CN.UTF-8"
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_ALL", None)

# The checkout, not an installed copy, is what the tests exercise.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from operator_app import paths  # noqa: E402

# A USCC whose organisation-code part and final check character are both valid.
DEMO_USCC = "91500103MA60AB2C3U"


@pytest.fixture
def valid_uscc() -> str:
    """A 统一社会信用代码 that passes every check (the demo institution's)."""
    return DEMO_USCC


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private data folder (database, logs, backups) for this test only."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture(scope="session")
def database_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly created, fully migrated database file, built once per session."""
    from operator_app.storage.db import close_database, open_database

    template = tmp_path_factory.mktemp("template") / paths.DB_FILE_NAME
    open_database(f"sqlite:///{template}")
    close_database()  # the last connection's close checkpoints the WAL into the file
    assert not Path(f"{template}-wal").exists(), "template must be one self-contained file"
    return template


@pytest.fixture
def db(data_dir: Path, database_template: Path) -> Iterator[object]:
    """A fresh database in the test's data folder (a copy of the template), open and bound.

    Yields the ``OpenResult`` of ``storage.db.open_database``; closed afterwards.
    """
    from operator_app.storage.db import close_database, open_database

    target = data_dir / paths.DB_FILE_NAME
    shutil.copyfile(database_template, target)
    opened = open_database(f"sqlite:///{target}")
    yield opened
    close_database()


@pytest.fixture
def institution(db: object) -> object:
    """A valid, saved demo institution (60 places, 40 of them inclusive); returns it."""
    from operator_app.domain.enums import InstitutionNature
    from operator_app.domain.institution import Institution
    from operator_app.services import institution as service

    return service.save(
        Institution(
            name="重庆市渝中区小树苗托育中心",
            uscc=DEMO_USCC,
            nature=InstitutionNature.FOR_PROFIT,
            places=60,
            inclusive_places=40,
            filing_number="渝中托备〔2025〕001号",
            address="重庆市渝中区民族路 1 号",
            division_code="500103",
            principal="王丽",
            phone="023-63001234",
            meals=True,
        )
    )
