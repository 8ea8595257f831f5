"""The audit trail table: pages of changes, newest first, fetched as the officer scrolls
(``canFetchMore``/``fetchMore``) — the trail of a busy desk holds hundreds of thousands of rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
)

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.security.audit import AuditLine
from accred_app.core.security.audit_trail import TrailPage
from accred_app.gui.labels import audit_action_label, entity_label
from accred_app.gui.models.history import describe_changes
from accred_app.gui.models.keyset_pages import KeysetPagedModel, ModelIndex

CONTEXT = "AuditTrailModel"


class AuditTrailModel(KeysetPagedModel[AuditLine]):
    CONTEXT = CONTEXT
    WHEN, OFFICER, ACTION, RECORD, CHANGES = range(5)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("AuditTrailModel", "When")),
        str(QT_TRANSLATE_NOOP("AuditTrailModel", "Officer")),
        str(QT_TRANSLATE_NOOP("AuditTrailModel", "What")),
        str(QT_TRANSLATE_NOOP("AuditTrailModel", "Record")),
        str(QT_TRANSLATE_NOOP("AuditTrailModel", "Changes")),
    )

    def set_first_page(self, page: TrailPage) -> None:
        self._show_first_page(page)

    def line(self, row: int) -> AuditLine:
        return self._rows[row]

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
