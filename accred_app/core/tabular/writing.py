"""Rows → a CSV or XLSX file, streamed: the rows arrive from a generator and are never all in memory.

CSV is written in UTF-8 with a BOM, the one sign by which Excel knows the file is UTF-8 (without it,
a Vietnamese Windows opens the file as Windows-1258 and every accented letter is garbled). Dates are
ISO (``2026-03-14``), which Excel reads as a date in every locale. XLSX comes from openpyxl's
write-only mode (each row goes to a temporary file as it is appended): real dates and numbers with
Vietnamese display formats, a bold, frozen header row with a filter, and set column widths. Times
are shown in Vietnam's time zone, since a spreadsheet cell has none.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Final

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.tabular.reading import CSV, XLSX, CellValue

register(
    {
        "unknown_export_format": (
            "Không rõ định dạng của tệp {file}: hãy đặt tên tệp kết thúc bằng .csv hoặc .xlsx.",
            "Unknown format for {file}: the file name must end in .csv or .xlsx.",
        ),
    }
)

TEXT, INTEGER, NUMBER, DATE, DATETIME, BOOLEAN = (
    "text",
    "integer",
    "number",
    "date",
    "datetime",
    "boolean",
)
DATE_FORMAT: Final = "dd/mm/yyyy"
DATETIME_FORMAT: Final = "dd/mm/yyyy hh:mm:ss"
EXPORT_FORMATS: Final = (CSV, XLSX)


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: str = TEXT
    width: float = 16.0


def export_format(path: Path) -> str:
    """``csv`` or ``xlsx`` from the file name, or ``unknown_export_format``."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in EXPORT_FORMATS:
        raise ValidationError("unknown_export_format", file=path.name)
    return suffix


def _local(moment: datetime) -> datetime:
    """A naive Vietnam-time datetime, as spreadsheet cells hold them."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(VIETNAM_TZ).replace(tzinfo=None)


def _csv_cell(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return _local(value).isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(
    path: Path,
    columns: Sequence[Column],
    rows: Iterable[Sequence[CellValue]],
    *,
    delimiter: str = ",",
) -> int:
    """Write a UTF-8-with-BOM CSV file; returns the number of data rows written."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([column.header for column in columns])
        for row in rows:
            writer.writerow([_csv_cell(value) for value in row])
            count += 1
    return count


def write_xlsx(
    path: Path,
    columns: Sequence[Column],
    rows: Iterable[Sequence[CellValue]],
    *,
    sheet_title: str = "Sheet1",
) -> int:
    """Write an XLSX workbook of one sheet in openpyxl's write-only mode; returns the row count."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title[:31])
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE7F3")
    header_alignment = Alignment(vertical="center", wrap_text=True)
    header_cells = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font, cell.fill, cell.alignment = header_font, header_fill, header_alignment
        header_cells.append(cell)
    sheet.append(header_cells)
    formats = [
        DATE_FORMAT if c.kind == DATE else DATETIME_FORMAT if c.kind == DATETIME else None
        for c in columns
    ]
    count = 0
    for row in rows:
        values: list[object] = []
        for value, number_format in zip(row, formats, strict=True):
            if number_format is None or value is None:
                values.append(value)
                continue
            cell = WriteOnlyCell(
                sheet, value=_local(value) if isinstance(value, datetime) else value
            )
            cell.number_format = number_format
            values.append(cell)
        sheet.append(values)
        count += 1
    last_column = get_column_letter(max(len(columns), 1))
    sheet.auto_filter.ref = f"A1:{last_column}{count + 1}"
    workbook.save(path)
    return count


def write_table(
    path: Path,
    columns: Sequence[Column],
    rows: Iterable[Sequence[CellValue]],
    *,
    file_format: str,
    sheet_title: str = "Sheet1",
    delimiter: str = ",",
) -> int:
    """CSV or XLSX (``file_format``, see :func:`export_format`: ``path`` may be a temporary name)."""
    if file_format == CSV:
        return write_csv(path, columns, rows, delimiter=delimiter)
    return write_xlsx(path, columns, rows, sheet_title=sheet_title)
