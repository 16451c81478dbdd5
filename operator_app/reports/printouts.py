"""From the printout data of ``services.printouts`` to PDF files, for the CLI and the GUI.

Why this lives above the services: services must not import the report layer (the dependency
direction of docs/architecture.md), so the service returns plain objects and this module maps
them onto the report's data classes and calls the writer. The GUI's print and preview actions can
call the same two functions (they import neither Qt nor argparse).
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
    )


def write_roster_pdf(
    path: str | os.PathLike[str],
    class_id: int | None = None,
    as_of: date | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> tuple[Path, Roster]:
    """Write the 花名册 (whole institution, or one class) to ``path``; the file and its data."""
    data = printouts.roster(class_id, as_of)
    return write_roster(roster_report(data), path, progress, cancel), data


def write_attendance_pdf(
    path: str | os.PathLike[str],
    class_id: int,
    month: date,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> tuple[Path, AttendanceMonth]:
    """Write the 月度出勤表 of a class for the month containing ``month``."""
    data = printouts.attendance_month(class_id, month)
    return write_attendance_sheet(attendance_report(data), path, progress, cancel), data
