"""A read-only table model over a list of plain rows, with named columns translated at display
time: the small models (a reporter's passes, a record's history, agencies, events) are instances of
it, so each only says what its columns show."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

ModelIndex = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


@dataclass(frozen=True, slots=True)
class Column(Generic[RowT]):
    header: str  # QT_TRANSLATE_NOOP(context, …)
    display: Callable[[RowT], str]
    foreground: Callable[[RowT], Any] | None = None
    tooltip: Callable[[RowT], str | None] | None = None
    alignment: Qt.AlignmentFlag | None = None


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self,
        context: str,
        columns: Sequence[Column[RowT]],
        parent: Any = None,
        *,
        row_id: Callable[[RowT], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.columns = tuple(columns)
        self._rows: list[RowT] = []
        self._row_id = row_id

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row(self, index: int) -> RowT:
        return self._rows[index]

    def row_of(self, wanted: object) -> int | None:
        if self._row_id is None:
            return None
        for number, row in enumerate(self._rows):
            if self._row_id(row) == wanted:
                return number
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate(self._context, self.columns[section].header)
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
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == self.IdRole and self._row_id is not None:
            return self._row_id(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return int(column.alignment | Qt.AlignmentFlag.AlignVCenter)
        return None
