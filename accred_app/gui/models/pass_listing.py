"""The passes table: screens of :class:`PassRow` fetched as the officer scrolls.

The model never holds every pass: it starts with the first page of a search (``listing.pass_page``)
and asks for the next one (``fetch_requested``) when the view wants more. Rows come newest first
from the core; the table is not re-sorted by column (a partial list cannot be). Rows changed by
an action (printed, revoked) are replaced in place with :meth:`replace_rows`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.passes.listing import PassPage, PassRow
from accred_app.gui.labels import pass_status_label
from accred_app.gui.models.keyset_pages import KeysetPagedModel, ModelIndex
from accred_app.gui.widgets.zone_chips import ZonesRole, zone_tooltip

CONTEXT = "PassListModel"
REVOKED_COLOUR = QColor(192, 0, 0)
NOT_PRINTED_COLOUR = QColor(168, 84, 0)


def validity_text(row: PassRow) -> str:
    """``10/03 – 12/03/2026``: first and last valid day (the stored end is exclusive)."""
    first = row.valid_from.astimezone(VIETNAM_TZ).date()
    last_day = (row.valid_to.astimezone(VIETNAM_TZ) - timedelta(minutes=1)).date()
    if first.year == last_day.year:
        return f"{first:%d/%m} – {last_day:%d/%m/%Y}"
    return f"{first:%d/%m/%Y} – {last_day:%d/%m/%Y}"


def local_time(moment: Any) -> str:
    return f"{moment.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M}" if moment is not None else ""


class PassListModel(KeysetPagedModel[PassRow]):
    CONTEXT = CONTEXT
    SERIAL, REPORTER, AGENCY, EVENT, ZONES, VALIDITY, STATUS, PRINTED = range(8)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("PassListModel", "Serial")),
        str(QT_TRANSLATE_NOOP("PassListModel", "Reporter")),
        str(QT_TRANSLATE_NOOP("PassListModel", "Agency")),
        str(QT_TRANSLATE_NOOP("PassListModel", "Event or site")),
        str(QT_TRANSLATE_NOOP("PassListModel", "Zones")),
        str(QT_TRANSLATE_NOOP("PassListModel", "Valid")),
        str(QT_TRANSLATE_NOOP("PassListModel", "Status")),
        str(QT_TRANSLATE_NOOP("PassListModel", "Printed")),
    )
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.total = 0
        self.total_is_lower_bound = False

    # -- content ---------------------------------------------------------------------------------
    def set_first_page(self, page: PassPage, total: int, lower_bound: bool) -> None:
        self.total = total
        self.total_is_lower_bound = lower_bound
        self._show_first_page(page)

    def replace_rows(self, rows: Iterable[PassRow]) -> None:
        """Show the new state of rows already listed (after a print or a revocation)."""
        fresh = {row.id: row for row in rows}
        for number, row in enumerate(self._rows):
            if row.id in fresh:
                self._rows[number] = fresh[row.id]
                self.dataChanged.emit(
                    self.index(number, 0), self.index(number, len(self.HEADERS) - 1)
                )

    def row(self, number: int) -> PassRow:
        return self._rows[number]

    def rows(self) -> list[PassRow]:
        return list(self._rows)

    def row_of(self, pass_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == pass_id:
                return number
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.IdRole:
            return row.id
        if role == ZonesRole and column == self.ZONES:
            return row.zones
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "revoked" and column in (self.SERIAL, self.STATUS):
                return QBrush(REVOKED_COLOUR)
            if column == self.PRINTED and not row.times_printed and row.status != "revoked":
                return QBrush(NOT_PRINTED_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and row.status == "revoked" and column == self.SERIAL:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PRINTED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, row: PassRow, column: int) -> str | None:
        if column == self.SERIAL:
            return row.serial
        if column == self.REPORTER:
            return row.reporter_name
        if column == self.AGENCY:
            return row.agency
        if column == self.EVENT:
            return row.event_name
        if column == self.ZONES:
            return " ".join(zone.code for zone in row.zones)
        if column == self.VALIDITY:
            return validity_text(row)
        if column == self.STATUS:
            return pass_status_label(row.status)
        if column == self.PRINTED:
            return str(row.times_printed) if row.times_printed else "—"
        return None

    def _tooltip(self, row: PassRow, column: int) -> str | None:
        if column == self.ZONES:
            return zone_tooltip(row.zones) or None
        if column == self.STATUS and row.status == "revoked":
            return self.tr("Revoked on {time}: {reason}").format(
                time=local_time(row.revoked_at), reason=row.revoke_reason or "—"
            )
        if column == self.PRINTED:
            if not row.times_printed:
                return self.tr("Not printed yet.")
            printed = self.tr("Printed %n time(s), last on {time}.", "", row.times_printed)
            return printed.format(time=local_time(row.last_printed_at))
        if column == self.SERIAL:
            text = self.tr("Issued by {officer} on {time}.").format(
                officer=row.issued_by, time=local_time(row.issued_at)
            )
            if row.card_override_reason:
                text += "\n" + self.tr("Issued past the press card's expiry: {reason}").format(
                    reason=row.card_override_reason
                )
            return text
        if column in (self.REPORTER, self.AGENCY, self.EVENT):
            return self._display(row, column)
        return None
