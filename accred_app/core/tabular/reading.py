"""A spreadsheet as an agency sends it → rows of cells, whatever the file's format and encoding.

CSV (comma, semicolon — Excel's choice on a Vietnamese Windows — or tab, Excel's "Unicode text")
is decoded by :mod:`.encodings`; XLSX, XLS and ODS are read with python-calamine (a Rust reader,
about four times faster than openpyxl on a 10,000-row list and the only one of the two that reports
merged cells without loading every style). Merged cells are filled with their top-left value, so a
header spread over two columns names both, and an agency name merged down a block of rows belongs to
each of them. Blank cells become ``None``; nothing else is interpreted here — which column is a
date or a phone number is the importer's business.

Older spreadsheets typed in the TCVN3 or VNI fonts store their text as Latin-1 characters
("NguyÔn"), and so does a legacy CSV someone converted to UTF-8 byte for byte; UTF-8 read once as
Windows-1252 and saved again shows "Nguyá»…n". When all the text is of that kind and re-reading it
is clearly Vietnamese, it is re-read (:func:`_reread_legacy_font_text`); the encoding reported
then names both steps (``utf-8+tcvn3``).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import PurePath
from typing import Final

from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.tabular.encodings import (
    CP1258,
    TCVN3,
    UTF8,
    VNI,
    decode_bytes,
    vietnamese_share,
)
from accred_app.core.text import clean

register(
    {
        "unreadable_spreadsheet": (
            "Không đọc được bảng tính {file}: {detail}",
            "Cannot read the spreadsheet {file}: {detail}",
        ),
        "protected_spreadsheet": (
            "Bảng tính {file} có mật khẩu: hãy bỏ mật khẩu rồi chọn lại tệp.",
            "The spreadsheet {file} is password-protected: remove the password and choose it again.",
        ),
        "empty_spreadsheet": (
            "Tệp {file} không có dòng dữ liệu nào.",
            "The file {file} has no rows.",
        ),
        "no_such_sheet": (
            "Bảng tính {file} không có trang “{sheet}” (có: {sheets}).",
            "The spreadsheet {file} has no sheet “{sheet}” (it has: {sheets}).",
        ),
    }
)

CellValue = str | int | float | bool | date | datetime | time | timedelta | None

CSV, XLSX, XLS, ODS = "csv", "xlsx", "xls", "ods"
SPREADSHEET_FORMATS: Final = (XLSX, XLS, ODS)
_DELIMITERS: Final = (",", ";", "\t")
_ZIP_MAGIC, _OLE_MAGIC = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"


@dataclass(frozen=True, slots=True)
class RawTable:
    """The cells of one sheet; ``rows[i]`` is the row an officer sees numbered ``i + 1``."""

    rows: tuple[tuple[CellValue, ...], ...]
    file_format: str  # csv | xlsx | xls | ods
    encoding: str | None  # CSV: how the bytes were read (+ a re-read); spreadsheets: a re-read
    delimiter: str | None
    sheet: str | None


def file_format(data: bytes, file_name: str) -> str:
    """From the file's first bytes, then its extension: an ``.xls`` renamed ``.csv`` still opens."""
    suffix = PurePath(file_name).suffix.lower().lstrip(".")
    if data.startswith(_ZIP_MAGIC):
        return ODS if suffix == ODS else XLSX
    if data.startswith(_OLE_MAGIC):
        return XLS
    return CSV


def read_table(
    data: bytes, file_name: str, *, encoding: str | None = None, sheet: str | None = None
) -> RawTable:
    """Read the first sheet (or ``sheet``) of a spreadsheet, or a CSV/text file."""
    kind = file_format(data, file_name)
    if kind == CSV:
        return _read_csv(data, file_name, encoding)
    return _read_spreadsheet(data, file_name, kind, sheet, encoding)


def _blank_to_none(value: CellValue) -> CellValue:
    if isinstance(value, str):
        return value if value.strip() else None
    return value


def _choose_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (> 1) of fields most often."""
    sample = text[:20000]
    best, best_score = ",", (-1, -1)
    for delimiter in _DELIMITERS:
        counts: dict[int, int] = {}
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        try:
            for index, row in enumerate(reader):
                if index >= 30:
                    break
                if len(row) > 1:
                    counts[len(row)] = counts.get(len(row), 0) + 1
        except csv.Error:
            continue
        if not counts:
            continue
        width, lines = max(counts.items(), key=lambda item: (item[1], item[0]))
        if (lines, width) > best_score:
            best, best_score = delimiter, (lines, width)
    return best


def _read_csv(data: bytes, file_name: str, encoding: str | None) -> RawTable:
    decoded = decode_bytes(data, file=file_name, encoding=encoding)
    text = decoded.text.lstrip("\ufeff")
    delimiter = _choose_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = tuple(tuple(_blank_to_none(cell) for cell in row) for row in reader)
    except csv.Error as exc:
        raise ValidationError("unreadable_spreadsheet", file=file_name, detail=str(exc)) from exc
    if not any(any(cell is not None for cell in row) for row in rows):
        raise ValidationError("empty_spreadsheet", file=file_name)
    reread = None
    if encoding is None and decoded.encoding not in (TCVN3, VNI, CP1258):
        rows, reread = _reread_legacy_font_text(rows, file_name, None)
    described = f"{decoded.encoding}+{reread}" if reread else decoded.encoding
    return RawTable(rows, CSV, described, delimiter, None)


def _read_spreadsheet(
    data: bytes, file_name: str, kind: str, sheet: str | None, encoding: str | None
) -> RawTable:
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = list(workbook.sheet_names)
        if sheet is not None and sheet not in names:
            raise ValidationError(
                "no_such_sheet", file=file_name, sheet=sheet, sheets=", ".join(names)
            )
        chosen = sheet if sheet is not None else names[0]
        worksheet = workbook.get_sheet_by_name(chosen)
        grid: list[list[CellValue]] = [
            list(row) for row in worksheet.to_python(skip_empty_area=False)
        ]
        merged = list(worksheet.merged_cell_ranges or [])
    except python_calamine.PasswordError as exc:
        raise ValidationError("protected_spreadsheet", file=file_name) from exc
    except (python_calamine.CalamineError, IndexError, OSError, ValueError) as exc:
        raise ValidationError(
            "unreadable_spreadsheet", file=file_name, detail=str(exc).splitlines()[0][:200]
        ) from exc
    for (top, left), (bottom, right) in merged:
        if top >= len(grid):
            continue
        anchor = grid[top][left] if left < len(grid[top]) else None
        for row_index in range(top, min(bottom, len(grid) - 1) + 1):
            row = grid[row_index]
            for column in range(left, right + 1):
                if column < len(row) and (row_index, column) != (top, left):
                    row[column] = anchor
    rows = tuple(tuple(_blank_to_none(cell) for cell in row) for row in grid)
    if not any(any(cell is not None for cell in row) for row in rows):
        raise ValidationError("empty_spreadsheet", file=file_name)
    rows, legacy = _reread_legacy_font_text(rows, file_name, encoding)
    return RawTable(rows, kind, legacy, None, chosen)


def _as_font_bytes(text: str) -> bytes | None:
    """The bytes a legacy-font cell was typed as, if every character is a Windows/Latin-1 one."""
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        try:
            return text.encode("latin-1")
        except UnicodeEncodeError:
            return None


def _reread_legacy_font_text(
    rows: tuple[tuple[CellValue, ...], ...], file_name: str, encoding: str | None
) -> tuple[tuple[tuple[CellValue, ...], ...], str | None]:
    """Re-read text that only looks like Unicode: typed in a TCVN3/VNI font (an old spreadsheet, or
    a legacy file converted to UTF-8 byte for byte: "NguyÔn ThÞ"), or UTF-8 read once as
    Windows-1252 and saved again ("Nguyá»…n"). Returns the rows and the encoding re-read from.

    Only when the text's accented words are mostly not Vietnamese syllables, every character is a
    Windows-1252/Latin-1 one, and the re-read is clearly Vietnamese (``encoding`` forces one of
    TCVN3, VNI or Windows-1258); otherwise the text is left as it is (a list of foreign names).
    """
    texts = [cell for row in rows for cell in row if isinstance(cell, str) and not cell.isascii()]
    if not texts:
        return rows, None
    legacy = (TCVN3, VNI, CP1258)
    chosen: str | None = None
    if encoding is not None:
        chosen = encoding if encoding in legacy else None
    elif vietnamese_share(" ".join(texts))[0] < 0.8 and all(
        _as_font_bytes(text) is not None for text in texts
    ):
        joined = b"\n".join(b for b in (_as_font_bytes(t) for t in texts) if b is not None)
        try:
            detected = decode_bytes(joined, file=file_name).encoding
        except ValidationError:
            detected = None  # not Vietnamese in any reading: leave it as it is
        chosen = detected if detected in (*legacy, UTF8) else None
    if chosen is None:
        return rows, None
    reread = chosen

    def convert(cell: CellValue) -> CellValue:
        if not isinstance(cell, str) or cell.isascii():
            return cell
        raw = _as_font_bytes(cell)
        if raw is None:
            return cell
        return clean(decode_bytes(raw, file=file_name, encoding=reread).text)

    return tuple(tuple(convert(cell) for cell in row) for row in rows), chosen
