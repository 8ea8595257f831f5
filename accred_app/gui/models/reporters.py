"""The reporters table: one row per ``ReporterSummary`` from ``reporters.list_reporters``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.models import ReporterStatus
from accred_app.core.registry.reporters import ReporterSummary
from accred_app.core.text import phrase_sort_key, vietnamese_sort_key
from accred_app.gui.labels import status_label

ModelIndex = QModelIndex | QPersistentModelIndex

EXPIRED_COLOUR = QColor(192, 0, 0)
STATUS_COLOURS = {
    ReporterStatus.SUSPENDED.value: QColor(168, 84, 0),
    ReporterStatus.BLACKLISTED.value: QColor(192, 0, 0),
}
STATUS_ORDER = {status.value: rank for rank, status in enumerate(ReporterStatus)}


def today_in_vietnam() -> date:
    return datetime.now(VIETNAM_TZ).date()


class ReporterTableModel(QAbstractTableModel):
    """Read-only list of reporters; ``SortRole`` gives Vietnamese order for the text columns."""

    NAME, AGENCY, CARD_NO, CARD_EXPIRY, STATUS = range(5)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ReporterTableModel", "Full name")),
        str(QT_TRANSLATE_NOOP("ReporterTableModel", "Agency")),
        str(QT_TRANSLATE_NOOP("ReporterTableModel", "Press card no.")),
        str(QT_TRANSLATE_NOOP("ReporterTableModel", "Card expiry")),
        str(QT_TRANSLATE_NOOP("ReporterTableModel", "Status")),
    )
    SortRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None, *, today: Callable[[], date] = today_in_vietnam) -> None:
        super().__init__(parent)
        self._rows: list[ReporterSummary] = []
        self._name_rank: dict[int, int] = {}
        self._agency_rank: dict[str, int] = {}
        self._today = today

    # -- content ---------------------------------------------------------------------------------
    def set_reporters(self, rows: Sequence[ReporterSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        by_name = sorted(self._rows, key=lambda r: (vietnamese_sort_key(r.full_name), r.id))
        self._name_rank = {r.id: rank for rank, r in enumerate(by_name)}
        agencies = sorted({r.agency for r in self._rows}, key=phrase_sort_key)
        self._agency_rank = {name: rank for rank, name in enumerate(agencies)}
        self.endResetModel()

    def reporter(self, row: int) -> ReporterSummary:
        return self._rows[row]

    def is_expired(self, reporter: ReporterSummary) -> bool:
        return reporter.card_expiry < self._today()

    # -- Qt model interface ------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("ReporterTableModel", self.HEADERS[section])
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        reporter = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(reporter, column)
        if role == self.SortRole:
            return self._sort_value(reporter, column)
        if role == self.IdRole:
            return reporter.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.CARD_EXPIRY and self.is_expired(reporter):
                return QBrush(EXPIRED_COLOUR)
            if column == self.STATUS and reporter.status in STATUS_COLOURS:
                return QBrush(STATUS_COLOURS[reporter.status])
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CARD_EXPIRY:
            if self.is_expired(reporter):
                return QCoreApplication.translate(
                    "ReporterTableModel", "This press card has expired."
                )
            return None
        return None

    def _display(self, reporter: ReporterSummary, column: int) -> str | None:
        if column == self.NAME:
            return reporter.full_name
        if column == self.AGENCY:
            return reporter.agency
        if column == self.CARD_NO:
            return reporter.card_no
        if column == self.CARD_EXPIRY:
            return reporter.card_expiry.strftime("%d/%m/%Y")
        if column == self.STATUS:
            return status_label(reporter.status)
        return None

    def _sort_value(self, reporter: ReporterSummary, column: int) -> int | str | None:
        if column == self.NAME:
            return self._name_rank[reporter.id]
        if column == self.AGENCY:
            return self._agency_rank[reporter.agency]
        if column == self.CARD_NO:
            return reporter.card_no
        if column == self.CARD_EXPIRY:
            return reporter.card_expiry.toordinal()
        if column == self.STATUS:
            return STATUS_ORDER.get(reporter.status, len(STATUS_ORDER))
        return None
