"""The rows of an import preview: what each row of the agency's list will become, or why it cannot.

Field names and problems are worded by the core (``exchange.columns.FIELD_LABELS`` and the message
catalogue), in the desk's language at display time, so the page says exactly what ``accred import
reporters`` prints.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor

from accred_app.core.exchange.columns import FIELD_LABELS
from accred_app.core.exchange.reporter_import import PreviewRow
from accred_app.gui.i18n import current_locale
from accred_app.gui.labels import dmy
from accred_app.gui.models.table import Column, RowTableModel

CONTEXT = "ImportRowsModel"
PROBLEM_COLOUR = QColor(192, 0, 0)

ENCODING_NAMES: dict[str, str] = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "ascii": "ASCII",
    "cp1258": "Windows-1258",
    "tcvn3": "TCVN3 (ABC)",
    "vni": "VNI",
}


def encoding_name(encoding: str | None) -> str:
    """``utf-8+tcvn3`` (a legacy file converted byte for byte, re-read) → ``UTF-8 → TCVN3 (ABC)``."""
    if not encoding:
        return ""
    return " → ".join(ENCODING_NAMES.get(part, part) for part in encoding.split("+"))


def field_name(field: str) -> str:
    labels = FIELD_LABELS.get(field)
    if labels is None:
        return field
    return labels[0] if current_locale() == "vi" else labels[1]


def _value(row: PreviewRow, field: str) -> str:
    value = row.values.get(field)
    if isinstance(value, date):
        return dmy(value)
    if isinstance(value, str):
        return value
    return row.cells.get(field, "")


def _agency(row: PreviewRow) -> str:
    if row.agency is None:
        return ""
    if row.agency_id is None:
        return QCoreApplication.translate("ImportRowsModel", "{name} (new)").format(name=row.agency)
    return row.agency


def _result(row: PreviewRow) -> str:
    if row.importable:
        return QCoreApplication.translate("ImportRowsModel", "ready")
    return QCoreApplication.translate("ImportRowsModel", "not imported")


def _colour(row: PreviewRow) -> QBrush | None:
    return None if row.importable else QBrush(PROBLEM_COLOUR)


def _reason(row: PreviewRow) -> str:
    return row.reason(current_locale())


COLUMNS: tuple[Column[PreviewRow], ...] = (
    Column(str(QT_TRANSLATE_NOOP("ImportRowsModel", "Row")), lambda r: str(r.row)),
    Column(
        str(QT_TRANSLATE_NOOP("ImportRowsModel", "Full name")),
        lambda r: r.full_name,
        tooltip=lambda r: r.full_name,
    ),
    Column(str(QT_TRANSLATE_NOOP("ImportRowsModel", "Result")), _result, foreground=_colour),
    Column(
        str(QT_TRANSLATE_NOOP("ImportRowsModel", "Problems")),
        _reason,
        foreground=_colour,
        tooltip=_reason,
    ),
    Column(str(QT_TRANSLATE_NOOP("ImportRowsModel", "Agency")), _agency, tooltip=_agency),
    Column(
        str(QT_TRANSLATE_NOOP("ImportRowsModel", "Press card no.")),
        lambda r: r.cells.get("card_no", ""),
    ),
    Column(
        str(QT_TRANSLATE_NOOP("ImportRowsModel", "Card expiry")),
        lambda r: _value(r, "card_expiry"),
    ),
    Column(
        str(QT_TRANSLATE_NOOP("ImportRowsModel", "Citizen ID")),
        lambda r: _value(r, "citizen_id"),
    ),
)
NAME, RESULT, PROBLEMS = 1, 2, 3


def import_rows_model(parent: Any = None) -> RowTableModel[PreviewRow]:
    return RowTableModel(CONTEXT, COLUMNS, parent, row_id=lambda r: r.row)
