"""The reporters table: screens of :class:`ReporterRow` fetched as the officer scrolls.

The model never holds the whole registry: it starts with the first page of a search and asks for
the next (``fetch_requested``) when the view wants more (``canFetchMore``/``fetchMore``). The page
fetches on a worker and hands the rows back with :meth:`append_page`. Rows come in Vietnamese name
order from the core; the table is not re-sorted by column (a partial list cannot be).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from accred_app.core.models import ReporterStatus
from accred_app.gui.labels import status_label
from accred_app.gui.models.reporter_listing import ReporterPage, ReporterRow, today_in_vietnam

ModelIndex = QModelIndex | QPersistentModelIndex

EXPIRED_COLOUR = QColor(192, 0, 0)
STATUS_COLOURS = {
    ReporterStatus.SUSPENDED.value: QColor(168, 84, 0),
    ReporterStatus.BLACKLISTED.value: QColor(192, 0, 0),
}
CONTEXT = "ReporterTableModel"


class ReporterTableModel(QAbstractTableModel):
    NAME, AGENCY, CARD_NO, CARD_EXPIRY, STATUS, LIVE_PASSES = range(6)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ReporterTableModel", "Full name")),
        str(QT_TRANSLATE_NOOP("ReporterTableModel", "Agency")),
        str(QT_TRANSLATE_NOOP("ReporterTableModel", "Press card no.")),
        str(QT_TRANSLATE_NOOP("ReporterTableModel", "Card expiry")),
        str(QT_TRANSLATE_NOOP("ReporterTableModel", "Status")),
        str(QT_TRANSLATE_NOOP("ReporterTableModel", "Live passes")),
    )
    IdRole = Qt.ItemDataRole.UserRole + 2

    fetch_requested = Signal(object)
    """The view wants more rows: fetch the page starting at this cursor, then :meth:`append_page`."""

    def __init__(self, parent: Any = None, *, today: Callable[[], date] = today_in_vietnam) -> None:
        super().__init__(parent)
        # plain tuples, not ReporterRow: CPython's collector stops tracking an exact tuple of
        # strings, numbers and dates, but never a tuple subclass — 100,000 named tuples would be
        # walked by every full collection (a 100–250 ms pause while scrolling)
        self._rows: list[tuple[Any, ...]] = []
        self._next: object | None = None
        self._fetching = False
        self.total = 0
        self.total_capped = False  # more reporters match than ``total`` (the count stopped)
        self.total_known = True  # False while the count of a long list is being read
        self._today = today

    # -- content ---------------------------------------------------------------------------------
    def set_first_page(self, page: ReporterPage) -> None:
        self.beginResetModel()
        self._rows = [tuple(row) for row in page.rows]
        self._next = page.next
        self._fetching = False
        self.total = page.total if page.total is not None else len(self._rows)
        self.total_capped = page.total_capped
        self.total_known = page.total is not None or page.next is None
        self.endResetModel()

    def set_total(self, total: int, capped: bool) -> None:
        """The count of the current list arrived (after its first screen)."""
        if self._next is None:
            return  # read to the end meanwhile: the count is exact already
        self.total, self.total_capped, self.total_known = total, capped, True

    def append_page(self, page: ReporterPage) -> None:
        self._fetching = False
        self._next = page.next
        if page.next is None and (self.total_capped or not self.total_known):
            self.total = len(self._rows) + len(page.rows)  # read to the end: the count is exact
            self.total_capped, self.total_known = False, True
        if not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(tuple(row) for row in page.rows)
        self.endInsertRows()

    def fetch_failed(self) -> None:
        """The page could not be read; scrolling down asks again."""
        self._fetching = False

    def reporter(self, row: int) -> ReporterRow:
        return ReporterRow._make(self._rows[row])

    def row_of(self, reporter_id: int) -> int | None:
        for row, reporter in enumerate(self._rows):
            if reporter[0] == reporter_id:
                return row
        return None

    def is_expired(self, reporter: ReporterRow) -> bool:
        return reporter.card_expiry < self._today()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1)
            )

    # -- Qt model interface ------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and self._next is not None and not self._fetching

    def fetchMore(self, parent: ModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self.fetch_requested.emit(self._next)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
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
        reporter = ReporterRow._make(self._rows[index.row()])
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(reporter, column)
        if role == self.IdRole:
            return reporter.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.CARD_EXPIRY and self.is_expired(reporter):
                return QBrush(EXPIRED_COLOUR)
            if column == self.STATUS and reporter.status in STATUS_COLOURS:
                return QBrush(STATUS_COLOURS[reporter.status])
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LIVE_PASSES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.AGENCY):
            return reporter.full_name if column == self.NAME else reporter.agency
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CARD_EXPIRY:
            if self.is_expired(reporter):
                return QCoreApplication.translate(CONTEXT, "This press card has expired.")
            return None
        return None

    def _display(self, reporter: ReporterRow, column: int) -> str | None:
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
        if column == self.LIVE_PASSES:
            return str(reporter.live_passes)
        return None
