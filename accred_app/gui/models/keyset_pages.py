"""A table fed a page at a time by a keyset cursor: the access log, the passes and the audit trail.

The model never holds the whole list. It shows the first page of the current filter; when the view
scrolls to the end (``canFetchMore``/``fetchMore``) it emits ``fetch_requested`` with the cursor of
the next page, which the page reads on a worker and hands back with :meth:`append_page` (or
:meth:`fetch_failed`, after which scrolling down asks again). Subclasses name their columns
(``HEADERS``, translated in ``CONTEXT``) and say what a cell shows (``data``).
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

ModelIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class KeysetPagedModel(QAbstractTableModel, Generic[Row]):
    CONTEXT: ClassVar[str]
    HEADERS: ClassVar[tuple[str, ...]]

    fetch_requested = Signal(object)
    """The view wants more rows: read the page after this cursor, then :meth:`append_page`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._next: Any = None
        self._fetching = False

    # -- content -----------------------------------------------------------------------------------
    def _show_first_page(self, page: Any) -> None:
        """Replace everything by ``page`` (a new filter); subclasses add their totals around it."""
        self.beginResetModel()
        self._rows = list(page.rows)
        self._next = page.next_cursor
        self._fetching = False
        self.endResetModel()

    def append_page(self, page: Any) -> None:
        self._fetching = False
        self._next = page.next_cursor
        if not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def fetch_failed(self) -> None:
        """The page could not be read; scrolling down asks again."""
        self._fetching = False

    @property
    def has_more(self) -> bool:
        return self._next is not None

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
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
