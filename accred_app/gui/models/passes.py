"""A reporter's field passes, newest serial last (as ``passes.list_passes`` gives them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.passes.issuing import PassView
from accred_app.gui.labels import pass_status_label
from accred_app.gui.models.table import Column, RowTableModel

REVOKED_COLOUR = QColor(192, 0, 0)


def _validity(p: PassView) -> str:
    start = p.valid_from.astimezone(VIETNAM_TZ)
    end = p.valid_to.astimezone(VIETNAM_TZ)
    return f"{start:%d/%m/%Y %H:%M} – {end:%d/%m/%Y %H:%M}"


def _status_colour(p: PassView) -> QBrush | None:
    return QBrush(REVOKED_COLOUR) if p.status == "revoked" else None


COLUMNS: tuple[Column[PassView], ...] = (
    Column(str(QT_TRANSLATE_NOOP("PassTableModel", "Serial")), lambda p: p.serial),
    Column(str(QT_TRANSLATE_NOOP("PassTableModel", "Event or site")), lambda p: p.event_name),
    Column(str(QT_TRANSLATE_NOOP("PassTableModel", "Zones")), lambda p: ", ".join(p.zones)),
    Column(str(QT_TRANSLATE_NOOP("PassTableModel", "Valid")), _validity),
    Column(
        str(QT_TRANSLATE_NOOP("PassTableModel", "Status")),
        lambda p: pass_status_label(p.status),
        foreground=_status_colour,
        tooltip=lambda p: p.revoke_reason,
    ),
)


def pass_table_model(parent: Any = None) -> RowTableModel[PassView]:
    return RowTableModel("PassTableModel", COLUMNS, parent, row_id=lambda p: p.id)
