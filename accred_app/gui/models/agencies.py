"""The press agencies table: one row per ``AgencyView`` (small: read whole)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from accred_app.core.registry.agencies import AgencyView
from accred_app.gui.labels import agency_kind_label, dmy
from accred_app.gui.models.table import Column, RowTableModel

COLUMNS: tuple[Column[AgencyView], ...] = (
    Column(str(QT_TRANSLATE_NOOP("AgencyTableModel", "Name")), lambda a: a.name),
    Column(str(QT_TRANSLATE_NOOP("AgencyTableModel", "Short name")), lambda a: a.short_name or ""),
    Column(str(QT_TRANSLATE_NOOP("AgencyTableModel", "Kind")), lambda a: agency_kind_label(a.kind)),
    Column(
        str(QT_TRANSLATE_NOOP("AgencyTableModel", "Reporters")),
        lambda a: str(a.reporter_count),
        alignment=Qt.AlignmentFlag.AlignRight,
    ),
    Column(
        str(QT_TRANSLATE_NOOP("AgencyTableModel", "Agreement signed")),
        lambda a: dmy(a.agreement_signed_on),
    ),
    Column(str(QT_TRANSLATE_NOOP("AgencyTableModel", "Contact")), lambda a: a.contact_person or ""),
    Column(str(QT_TRANSLATE_NOOP("AgencyTableModel", "Phone")), lambda a: a.phone or ""),
)


def agency_table_model(parent: Any = None) -> RowTableModel[AgencyView]:
    return RowTableModel("AgencyTableModel", COLUMNS, parent, row_id=lambda a: a.id)
