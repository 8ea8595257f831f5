"""A page that lists one kind of record from one core call, searched as the officer types: the
agencies and the events pages are this with their own columns, editor and texts. (The reporters
page pages through a large registry instead, and the units page shows a tree.)"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QItemSelection, QSettings, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QStackedWidget, QTableView

from accred_app.gui import operations
from accred_app.gui.actions import ActionId
from accred_app.gui.models.table import RowTableModel
from accred_app.gui.pages.base import DeskContext, Page

RowT = TypeVar("RowT")
SEARCH_DELAY_MS = 150


class ListPage(Page, Generic[RowT]):
    handles = frozenset({ActionId.NEW, ActionId.EDIT, ActionId.FIND, ActionId.REFRESH})

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self._generation = 0
        self._wanted_selection: object | None = None
        self.rows_loaded = False

    def setup_list(
        self,
        view: QTableView,
        model: RowTableModel[RowT],
        *,
        search: QLineEdit,
        count_label: QLabel,
        list_stack: QStackedWidget,
        empty_state: QLabel,
    ) -> None:
        self.view = view
        self.model = model
        self.search = search
        self.count_label = count_label
        self.list_stack = list_stack
        self.empty_state = empty_state
        view.setModel(model)
        view.selectionModel().selectionChanged.connect(self._on_selection)
        view.activated.connect(lambda _index: self.trigger(ActionId.EDIT))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        search.textChanged.connect(lambda _text: self.search_timer.start())
        search.returnPressed.connect(self.refresh)
        self.setFocusProxy(search)

    # -- what a subclass says ----------------------------------------------------------------------
    def load(self, query: str) -> list[RowT]:
        """Read the rows (runs on a worker: only core calls, no widgets)."""
        raise NotImplementedError

    def row_id(self, row: RowT) -> object:
        raise NotImplementedError

    def empty_text(self, filtered: bool) -> str:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def add_record(self) -> None:
        raise NotImplementedError

    def edit_record(self, row: RowT) -> None:
        raise NotImplementedError

    def selection_changed(self, row: RowT | None) -> None:
        """The selected record changed (a detail panel shows it)."""

    # -- loading -------------------------------------------------------------------------------------
    def query(self) -> str:
        return self.search.text().strip()

    def refresh(self) -> None:
        self.search_timer.stop()
        self._generation += 1
        generation = self._generation
        query = self.query()
        selected = self.selected()
        if selected is not None and self._wanted_selection is None:
            self._wanted_selection = self.row_id(selected)
        operations.run(
            self,
            lambda: self.load(query),
            success=lambda rows: self._show(generation, rows),
            cancellable=True,
        )

    def show_record(self, record_id: object) -> None:
        """Read the list again and select ``record_id`` (after an add or an edit)."""
        self._wanted_selection = record_id
        self.refresh()

    def _show(self, generation: int, rows: list[RowT]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        self.rows_loaded = True
        wanted, self._wanted_selection = self._wanted_selection, None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        else:
            self.selection_changed(None)
        self.update_count()
        self.actions_changed.emit()

    def update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.count_text(count))
        if count:
            self.list_stack.setCurrentWidget(self.view)
        else:
            self.empty_state.setText(self.empty_text(bool(self.query())))
            self.list_stack.setCurrentWidget(self.empty_state)

    # -- selection and actions -----------------------------------------------------------------------
    def selected(self) -> RowT | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_changed(self.selected())
        self.actions_changed.emit()

    def is_enabled(self, action: ActionId) -> bool:
        if action is ActionId.NEW:
            return self.can_edit
        if action is ActionId.EDIT:
            return self.can_edit and self.selected() is not None
        return super().is_enabled(action)

    def trigger(self, action: ActionId) -> None:
        if action is ActionId.NEW and self.can_edit:
            self.add_record()
        elif action is ActionId.EDIT and self.can_edit:
            row = self.selected()
            if row is not None:
                self.edit_record(row)
        else:
            super().trigger(action)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- text and state ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.model.retranslate()
        if self.rows_loaded:
            self.update_count()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(self.state_key("header"), self.view.horizontalHeader().saveState())
        settings.setValue(self.state_key("search"), self.search.text())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(self.state_key("header"))
        if isinstance(state, QByteArray):
            self.view.horizontalHeader().restoreState(state)
        search = settings.value(self.state_key("search"))
        if isinstance(search, str):
            self.search.blockSignals(True)
            self.search.setText(search)
            self.search.blockSignals(False)
