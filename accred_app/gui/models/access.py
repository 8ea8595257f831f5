"""The access log table: checkpoint scans and hand-recorded entries, newest first, a page at a time.

Like the reporters table, the model never holds the whole log (it runs to millions of scans): it
starts with the first page of the current filter and asks for the next one (``fetch_requested``,
with the core's keyset :class:`~accred_app.core.access.log.AccessCursor`) when the view scrolls to
the end. The page reads it on a worker and hands it back with :meth:`append_page`.

Kinds and refusal reasons are named by the core's own bilingual tables (the CLI and the report
print the same words); the rest is translated here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from accred_app.core.access.entries import kind_label
from accred_app.core.access.log import SCAN, AccessPage, AccessRow
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.reports.cooperation import reason_label
from accred_app.gui.i18n import current_locale
from accred_app.gui.models.keyset_pages import KeysetPagedModel, ModelIndex

CONTEXT = "AccessLogModel"
REFUSED_COLOUR = QColor(192, 0, 0)


def local_time(moment: datetime) -> str:
    return f"{moment.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M}"


def kind_text(kind: str) -> str:
    return kind_label(kind, current_locale())


def reason_text(reason: str) -> str:
    return reason_label(reason, current_locale())


def reporters_text(row: AccessRow) -> str:
    if row.reporters:
        return ", ".join(r.full_name for r in row.reporters)
    return row.serial or "—"  # a pass that named nobody (forged, unreadable)


def agencies_text(row: AccessRow) -> str:
    return ", ".join(dict.fromkeys(r.agency for r in row.reporters))


def direction_text(direction: str | None) -> str:
    if direction == "out":
        return QCoreApplication.translate("AccessLogModel", "out")
    if direction == "in":
        return QCoreApplication.translate("AccessLogModel", "in")
    return ""


def outcome_text(row: AccessRow) -> str:
    """What happened: the subject of an entry; for a scan, where, which way and the verdict."""
    if row.source != SCAN:
        return row.subject or ""
    if row.allowed:
        verdict = QCoreApplication.translate("AccessLogModel", "allowed")
    else:
        verdict = QCoreApplication.translate("AccessLogModel", "refused: {reason}").format(
            reason=reason_text(row.reason or "")
        )
    place = " ".join(part for part in (row.zone or "", direction_text(row.direction)) if part)
    return f"{place} — {verdict}" if place else verdict


class AccessLogModel(KeysetPagedModel[AccessRow]):
    CONTEXT = CONTEXT
    TIME, KIND, UNIT, REPORTERS, AGENCY, WHAT, EVENT = range(7)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("AccessLogModel", "Time")),
        str(QT_TRANSLATE_NOOP("AccessLogModel", "Kind")),
        str(QT_TRANSLATE_NOOP("AccessLogModel", "Unit")),
        str(QT_TRANSLATE_NOOP("AccessLogModel", "Reporters")),
        str(QT_TRANSLATE_NOOP("AccessLogModel", "Agency")),
        str(QT_TRANSLATE_NOOP("AccessLogModel", "Subject or result")),
        str(QT_TRANSLATE_NOOP("AccessLogModel", "Event or site")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.total = 0

    # -- content -----------------------------------------------------------------------------------
    def set_first_page(self, page: AccessPage, total: int) -> None:
        self.total = total
        self._show_first_page(page)

    def row(self, index: int) -> AccessRow:
        return self._rows[index]

    def rows(self) -> list[AccessRow]:
        return list(self._rows)

    def row_of(self, source: str, row_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.source == source and row.id == row_id:
                return number
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and not row.allowed:
            return QBrush(REFUSED_COLOUR)
        return None

    def _display(self, row: AccessRow, column: int) -> str:
        if column == self.TIME:
            return local_time(row.occurred_at)
        if column == self.KIND:
            return kind_text(row.kind)
        if column == self.UNIT:
            return row.unit_name or "—"
        if column == self.REPORTERS:
            return reporters_text(row)
        if column == self.AGENCY:
            return agencies_text(row)
        if column == self.WHAT:
            return outcome_text(row)
        if column == self.EVENT:
            return row.event_name or ""
        return ""
