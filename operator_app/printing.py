"""The print path of the CLI and the GUI: gather a form's data, write its PDF, log the disclosure.

Why a module of its own, above both services and reports: a report is a function of plain data
and never calls a service (tests/test_architecture.py), and services must not import the report
layer. Something has to stand above both, map the service's objects onto the report's data
classes and call the writer, and doing it here, once, means the CLI command and the GUI job
cannot drift apart. This module imports neither Qt nor argparse.

Audit (docs/domain.md §8): each function writes exactly one ``print.<form>`` entry per PDF, via
``services.printouts.log_disclosure``, and only after the file is complete: a cancelled or
failed job leaves neither a file nor an entry. The GUI's preview shows this same file, and
printing or saving it from the preview is not a second entry (see ``PrintPreviewer``).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from operator_app.reports.attendance_sheet import (
    AttendanceSheetData,
    AttendanceSheetRow,
    write_attendance_sheet,
)
from operator_app.reports.layout import CancelToken, Progress
from operator_app.reports.roster import RosterData, RosterRow, RosterSection, write_roster
from operator_app.services import printouts
from operator_app.services.printouts import AttendanceMonth, Roster


def roster_report(data: Roster) -> RosterData:
    """The report's data object for a roster gathered by the service."""
    sections = [
        RosterSection(
            s.class_name,
            s.class_type_label,
            s.capacity,
            list(s.carers),
            [
                RosterRow(
                    c.name,
                    c.sex_label,
                    c.birth_date,
                    c.age_text,
                    c.id_number,
                    c.class_name,
                    c.class_type_label,
                    c.start_date,
                    c.inclusive,
                    c.guardian,
                    c.phone,
                )
                for c in s.rows
            ],
        )
        for s in data.sections
    ]
    return RosterData(data.institution, data.scope, data.as_of, sections)


def attendance_report(data: AttendanceMonth) -> AttendanceSheetData:
    """The report's data object for a month gathered by the service."""
    rows = [AttendanceSheetRow(r.name, dict(r.marks)) for r in data.rows]
    return AttendanceSheetData(
        data.institution,
        data.class_name,
        data.class_type_label,
        data.month,
        list(data.days),
        rows,
        data.expected,
        data.present,
        data.warning,
        tuple(data.recorded),
    )


def write_roster_pdf(
    path: str | os.PathLike[str],
    class_id: int | None = None,
    as_of: date | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    *,
    page_per_class: bool = False,
) -> tuple[Path, Roster]:
    """Write the 花名册 (whole institution, or one class) to ``path``; the file and its data.

    Classes follow one another on the page; ``page_per_class`` starts each on a new page.
    Identity numbers are masked on the roster, and the audit entry says so.
    """
    data = printouts.roster(class_id, as_of)
    report = roster_report(data)
    written = write_roster(report, path, progress, cancel, page_per_section=page_per_class)
    printouts.log_disclosure(
        "roster", data.scope, data.children, period=data.as_of, ids="masked", class_id=class_id
    )
    return written, data


def write_attendance_pdf(
    path: str | os.PathLike[str],
    class_id: int,
    month: date,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> tuple[Path, AttendanceMonth]:
    """Write the 月度出勤表 of a class for the month containing ``month`` (no ID numbers on it)."""
    data = printouts.attendance_month(class_id, month)
    written = write_attendance_sheet(attendance_report(data), path, progress, cancel)
    printouts.log_disclosure(
        "attendance",
        data.class_name,
        len(data.rows),
        period=f"{data.month:%Y-%m}",
        ids="none",
        class_id=class_id,
    )
    return written, data
