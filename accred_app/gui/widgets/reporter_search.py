"""Finding a reporter by typing: a search box and a list of matches, read on a worker as the officer
types (the core's word-prefix search, accents optional). The access entry form and the access log's
reporter filter both use it; each decides what a chosen reporter means."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from accred_app.core.registry import reporters
from accred_app.core.registry.reporters import ReporterSummary
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database
from accred_app.gui import operations

SEARCH_DELAY_MS = 150
MATCHES_SHOWN = 50
ReporterRole = Qt.ItemDataRole.UserRole + 1


def reporter_line(reporter: ReporterSummary) -> str:
    """Name and press card first: what tells two reporters of one name apart stays in view."""
    return f"{reporter.full_name} · {reporter.card_no} · {reporter.agency}"


class ReporterSearch(QObject):
    """Ties a form's search box and result list together. ``chosen`` fires with a
    :class:`ReporterSummary` when the officer picks a match (double click or Enter)."""

    chosen = Signal(object)
    results_shown = Signal()

    def __init__(
        self,
        owner: QWidget,
        search: QLineEdit,
        results: QListWidget,
        db: Database,
        actor: Actor,
        parent: Any = None,
    ) -> None:
        super().__init__(parent or owner)
        self._owner = owner
        self.search = search
        self.results = results
        self._db = db
        self._actor = actor
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        search.textChanged.connect(lambda _text: self.timer.start())
        search.installEventFilter(self)  # Enter picks the match, it does not press Save
        results.itemActivated.connect(self._activated)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._enter()
            return True
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self.results.count()
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        self.timer.stop()
        self._generation += 1
        generation = self._generation
        query = self.search.text().strip()
        db, actor = self._db, self._actor
        operations.run(
            self._owner,
            lambda: reporters.list_reporters(db, actor, query=query, limit=MATCHES_SHOWN),
            success=lambda found: self._show(generation, found),
            cancellable=True,
        )

    def _show(self, generation: int, found: list[ReporterSummary]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for reporter in found:
            item = QListWidgetItem(reporter_line(reporter))
            item.setToolTip(reporter_line(reporter))
            item.setData(ReporterRole, reporter)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        self.results_shown.emit()

    def current(self) -> ReporterSummary | None:
        item = self.results.currentItem()
        if item is None:
            return None
        found = item.data(ReporterRole)
        return found if isinstance(found, ReporterSummary) else None

    def _enter(self) -> None:
        if self.timer.isActive():  # Enter before the search ran: search first
            self.refresh()
            return
        self.choose_current()

    def choose_current(self) -> None:
        found = self.current()
        if found is not None:
            self.chosen.emit(found)

    def _activated(self, item: QListWidgetItem) -> None:
        found = item.data(ReporterRole)
        if isinstance(found, ReporterSummary):
            self.chosen.emit(found)
