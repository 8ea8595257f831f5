"""The audit trail table: pages of changes, newest first, fetched as the officer scrolls
(``canFetchMore``/``fetchMore``) — the trail of a busy desk holds hundreds of thousands of rows."""

from __future__ import annotations

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

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.security.audit import AuditLine
from accred_app.core.security.audit_trail import TrailCursor, TrailPage
from accred_app.gui.labels import audit_action_label, entity_label
from accred_app.gui.models.history import describe_changes

ModelIndex = QModelIndex | QPersistentModelIndex
CONTEXT = "AuditTrailModel"


class AuditTrailModel(QAbstractTableModel):
    WHEN, OFFICER, ACTION, RECORD, CHANGES = range(5)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("AuditTrailModel", "When")),
        str(QT_TRANSLATE_NOOP("AuditTrailModel", "Officer")),
        str(QT_TRANSLATE_NOOP("AuditTrailModel", "What")),
        str(QT_TRANSLATE_NOOP("AuditTrailModel", "Record")),
        str(QT_TRANSLATE_NOOP("AuditTrailModel", "Changes")),
    )

    fetch_requested = Signal(object)
    """The view wants more rows: read the page after this cursor, then :meth:`append_page`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditLine] = []
        self._next: TrailCursor | None = None
        self._fetching = False

    def set_first_page(self, page: TrailPage) -> None:
        self.beginResetModel()
        self._rows = list(page.rows)
        self._next = page.next_cursor
        self._fetching = False
        self.endResetModel()

    def append_page(self, page: TrailPage) -> None:
        self._fetching = False
        self._next = page.next_cursor
        if not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def fetch_failed(self) -> None:
        self._fetching = False

    @property
    def has_more(self) -> bool:
        return self._next is not None

    def line(self, row: int) -> AuditLine:
        return self._rows[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1)
            )

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
        line = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CHANGES:
            return describe_changes(line).replace("; ", "\n")
        return None

    @staticmethod
    def _display(line: AuditLine, column: int) -> str | None:
        if column == AuditTrailModel.WHEN:
            return f"{line.at.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M:%S}"
        if column == AuditTrailModel.OFFICER:
            return line.actor
        if column == AuditTrailModel.ACTION:
            return audit_action_label(line.action)
        if column == AuditTrailModel.RECORD:
            return f"{entity_label(line.entity)} #{line.entity_id}"
        if column == AuditTrailModel.CHANGES:
            return describe_changes(line)
        return None
