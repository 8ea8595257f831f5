"""The officers table: one row per account, with its state (active, disabled, locked until …) and
whether the officer can issue passes (their password opens the signing key)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.security.keyslots import KeyAccess
from accred_app.core.security.officers import OfficerView
from accred_app.gui.labels import role_label
from accred_app.gui.models.table import Column, RowTableModel

CONTEXT = "OfficerTableModel"
WARNING_COLOUR = QColor(192, 0, 0)
MUTED_COLOUR = QColor(110, 110, 110)


class OfficerRow(NamedTuple):
    officer: OfficerView
    unit: str  # the unit's name, or empty
    now: datetime  # when the list was read: "locked" means locked at that instant

    @property
    def locked(self) -> bool:
        return not self.officer.disabled and self.officer.locked_at(self.now)


def local_time(moment: datetime) -> str:
    return moment.astimezone(VIETNAM_TZ).strftime("%H:%M %d/%m/%Y")


def state_text(row: OfficerRow) -> str:
    if row.officer.disabled:
        return QCoreApplication.translate("OfficerTableModel", "Disabled")
    if row.locked and row.officer.locked_until is not None:
        return QCoreApplication.translate("OfficerTableModel", "Locked until {time}").format(
            time=local_time(row.officer.locked_until)
        )
    return QCoreApplication.translate("OfficerTableModel", "Active")


def key_text(row: OfficerRow) -> str:
    """Whether the officer can issue passes, in words."""
    access = row.officer.key_access
    if row.officer.disabled or access is KeyAccess.NOT_NEEDED:
        return "—"
    if access is KeyAccess.GRANTED:
        return QCoreApplication.translate("OfficerTableModel", "Yes")
    return QCoreApplication.translate("OfficerTableModel", "No: set the password again")


def _state_colour(row: OfficerRow) -> Any:
    if row.locked:
        return QBrush(WARNING_COLOUR)
    if row.officer.disabled:
        return QBrush(MUTED_COLOUR)
    return None


def _key_colour(row: OfficerRow) -> Any:
    if not row.officer.disabled and row.officer.key_access is KeyAccess.MISSING:
        return QBrush(WARNING_COLOUR)
    return None


COLUMNS: tuple[Column[OfficerRow], ...] = (
    Column(str(QT_TRANSLATE_NOOP("OfficerTableModel", "Username")), lambda r: r.officer.username),
    Column(str(QT_TRANSLATE_NOOP("OfficerTableModel", "Full name")), lambda r: r.officer.full_name),
    Column(
        str(QT_TRANSLATE_NOOP("OfficerTableModel", "Role")), lambda r: role_label(r.officer.role)
    ),
    Column(str(QT_TRANSLATE_NOOP("OfficerTableModel", "Unit")), lambda r: r.unit),
    Column(str(QT_TRANSLATE_NOOP("OfficerTableModel", "State")), state_text, _state_colour),
    Column(str(QT_TRANSLATE_NOOP("OfficerTableModel", "Can issue passes")), key_text, _key_colour),
    Column(
        str(QT_TRANSLATE_NOOP("OfficerTableModel", "Last sign-in")),
        lambda r: local_time(r.officer.last_login_at) if r.officer.last_login_at else "",
    ),
)


def officer_table_model(parent: Any = None) -> RowTableModel[OfficerRow]:
    return RowTableModel(CONTEXT, COLUMNS, parent, row_id=lambda r: r.officer.username)
