"""Phóng viên — the reporter registry: find a reporter, see the record, passes and history; add and
edit, photo, suspend / blacklist / reinstate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QItemSelection, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView

from accred_app.core.errors import AccredError
from accred_app.core.registry import agencies
from accred_app.core.registry.agencies import AgencyView
from accred_app.gui import operations
from accred_app.gui.actions import ActionId
from accred_app.gui.generated.ui_reporters_page import Ui_ReportersPage
from accred_app.gui.labels import STATUS_LABELS
from accred_app.gui.models.reporter_listing import (
    ReporterListing,
    ReporterPage,
    ReporterQuery,
)
from accred_app.gui.models.reporters import ReporterTableModel
from accred_app.gui.pages.base import DeskContext, Page
from accred_app.gui.pages.reporters.detail import ReporterDetailPanel

SEARCH_DELAY_MS = 150

CARD_FILTER_LABELS = {
    "expired": str(QT_TRANSLATE_NOOP("ReportersPage", "Expired")),
    "expiring": str(QT_TRANSLATE_NOOP("ReportersPage", "Expiring within 30 days")),
}


class ReportersPage(Page):
    page_id = "reporters"
    title_source = str(QT_TRANSLATE_NOOP("Pages", "Reporters"))
    icon_name = "reporters"
    handles = frozenset({ActionId.NEW, ActionId.EDIT, ActionId.FIND, ActionId.REFRESH})

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ReportersPage()
        self.ui.setupUi(self)
        self.listing = ReporterListing(context.db, context.actor)
        self.model = ReporterTableModel(self)
        self.model.fetch_requested.connect(self._fetch_more)
        self.table = self.ui.table
        self.table.setModel(self.model)
        self.search = self.ui.search
        self.count_label = self.ui.countLabel
        self.detail = ReporterDetailPanel(self.ui, context, self)
        self.detail.changed.connect(self._record_changed)
        self.detail.status_message.connect(self.status_message)
        self._generation = 0
        self._query = ReporterQuery()
        self._agencies: list[AgencyView] = []
        self._wanted_agency: int | None = None
        self._pending_selection: int | None = None
        self.loading: operations.Operation | None = None

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.ui.agencyFilter.activated.connect(lambda _index: self.refresh())
        self.ui.statusFilter.activated.connect(lambda _index: self.refresh())
        self.ui.cardFilter.activated.connect(lambda _index: self.refresh())
        self.ui.newButton.clicked.connect(self.detail.add_reporter)
        self.ui.newButton.setVisible(self.can_edit)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda _index: self.trigger(ActionId.EDIT))

        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ReporterTableModel.AGENCY, QHeaderView.ResizeMode.Stretch)
        self._default_widths()
        self._fill_filter_choices()
        self.setFocusProxy(self.search)
        self.retranslate()

    # -- loading ------------------------------------------------------------------------------------
    def current_query(self) -> ReporterQuery:
        agency = self.ui.agencyFilter.currentData() if self._agencies else self._wanted_agency
        status = self.ui.statusFilter.currentData()
        card = self.ui.cardFilter.currentData()
        return ReporterQuery(
            text=self.search.text().strip(),
            agency_id=agency if isinstance(agency, int) else None,
            status=status if isinstance(status, str) else None,
            card=card if isinstance(card, str) else None,
        )

    def refresh(self) -> None:
        """Read the first screen of the current search (an older search still running is left to
        finish unseen)."""
        self.search_timer.stop()
        if not self._agencies:
            self._load_agencies()
        self._generation += 1
        generation = self._generation
        query = self._query = self.current_query()
        listing = self.listing
        if self.loading is not None and self.loading.is_running:
            self.loading.cancel()
        self.loading = operations.run(
            self,
            lambda: listing.first_page(query, count=False),
            success=lambda page: self._show_first_page(generation, page),
            label=self.tr("Reading the reporter registry…"),
            cancellable=True,
        )
        self.actions_changed.emit()

    def _count(self, generation: int, query: ReporterQuery) -> None:
        """How many match, after the first screen is shown (a broad count costs a page)."""
        listing = self.listing
        operations.run(
            self,
            lambda: listing.count(query),
            success=lambda counted: self._show_count(generation, *counted),
            cancellable=True,
        )

    def _show_count(self, generation: int, total: int, capped: bool) -> None:
        if generation == self._generation:
            self.model.set_total(total, capped)
            self._update_count()

    def _show_first_page(self, generation: int, page: ReporterPage) -> None:
        if generation != self._generation:
            return
        selected = self.detail.reporter_id
        self.model.set_first_page(page)
        self._update_count()
        if not self.model.total_known:
            self._count(generation, self._query)
        wanted = self._pending_selection or selected
        self._pending_selection = None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.detail.show_reporter(None)
        self.actions_changed.emit()

    def _fetch_more(self, cursor: object) -> None:
        generation = self._generation
        query = self._query
        listing = self.listing
        operations.run(
            self,
            lambda: listing.next_page(query, cursor),
            success=lambda page: self._append(generation, page),
            failure=lambda error: self._fetch_failed(generation, error),
            cancellable=True,
        )

    def _append(self, generation: int, page: ReporterPage) -> None:
        if generation == self._generation:
            self.model.append_page(page)
            if page.next is None:
                self._update_count()

    def _fetch_failed(self, generation: int, error: AccredError) -> None:
        if generation == self._generation:
            self.model.fetch_failed()
            self.status_message.emit(error.message(self._locale()))

    def _load_agencies(self) -> None:
        context = self.context
        operations.run(
            self,
            lambda: agencies.list_agencies(context.db, context.actor),
            success=self._fill_agencies,
        )

    def _fill_agencies(self, found: list[AgencyView]) -> None:
        self._agencies = found
        combo = self.ui.agencyFilter
        wanted = self._query.agency_id
        combo.clear()
        combo.addItem(self.tr("All agencies"), None)
        for agency in found:
            combo.addItem(agency.name, agency.id)
        index = combo.findData(wanted) if wanted is not None else 0
        combo.setCurrentIndex(max(index, 0))
        if wanted is not None and index <= 0:  # the agency filtered on is gone: show everyone
            self._wanted_agency = None
            self.refresh()
        self.detail.set_agencies(found)

    def _record_changed(self, reporter_id: int) -> None:
        """A record was added or changed: read the list again and keep it selected."""
        self._pending_selection = reporter_id
        self.records_changed.emit()  # the agencies page counts reporters
        self.refresh()

    def mark_stale(self) -> None:
        """An agency was added or renamed elsewhere: the filter and the editor read them again."""
        super().mark_stale()
        self._agencies = []
        self.detail.set_agencies(None)

    # -- selection and actions -----------------------------------------------------------------------
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        reporter_id = self.model.reporter(rows[0].row()).id if rows else None
        self.detail.show_reporter(reporter_id)
        self.actions_changed.emit()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.reporter(rows[0].row()).id if rows else None

    def is_enabled(self, action: ActionId) -> bool:
        if action is ActionId.NEW:
            return self.can_edit
        if action is ActionId.EDIT:
            return self.can_edit and self.selected_id() is not None
        return super().is_enabled(action)

    def trigger(self, action: ActionId) -> None:
        if action is ActionId.NEW:
            self.detail.add_reporter()
        elif action is ActionId.EDIT and self.can_edit and self.selected_id() is not None:
            self.detail.edit_reporter()
        else:
            super().trigger(action)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- text ---------------------------------------------------------------------------------------
    def _fill_filter_choices(self) -> None:
        self.ui.agencyFilter.addItem("", None)
        self.ui.statusFilter.addItem("", None)
        for status in STATUS_LABELS:
            self.ui.statusFilter.addItem("", status)
        self.ui.cardFilter.addItem("", None)
        for card in CARD_FILTER_LABELS:
            self.ui.cardFilter.addItem("", card)

    def retranslate(self) -> None:
        from accred_app.gui.labels import status_label

        combo = self.ui.statusFilter
        combo.setItemText(0, self.tr("All statuses"))
        for index in range(1, combo.count()):
            combo.setItemText(index, status_label(str(combo.itemData(index))))
        card = self.ui.cardFilter
        card.setItemText(0, self.tr("Any expiry"))
        for index in range(1, card.count()):
            card.setItemText(index, self.tr(CARD_FILTER_LABELS[str(card.itemData(index))]))
        if self.ui.agencyFilter.count():
            self.ui.agencyFilter.setItemText(0, self.tr("All agencies"))
        self.model.retranslate()
        self.detail.retranslate()
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        if not self.model.total_known:
            self.count_label.setText(self.tr("Counting…"))
            self.ui.listStack.setCurrentWidget(self.table)
            return
        if self.model.total_capped:
            self.count_label.setText(self.tr("More than %n reporter(s)", "", total))
        else:
            self.count_label.setText(self.tr("%n reporter(s)", "", total))
        if total:
            self.ui.listStack.setCurrentWidget(self.table)
            return
        if self._query.is_filtered:
            text = self.tr(
                "No reporter matches this search and these filters. Clear the search box and "
                "choose “All” in the filters to see the whole registry."
            )
        elif self.can_edit:
            text = self.tr(
                "No reporter is registered yet. Press “Add reporter…” (Ctrl+N) to register the "
                "first one."
            )
        else:
            text = self.tr(
                "No reporter is registered yet. An accreditation officer registers them."
            )
        self.ui.emptyState.setText(text)
        self.ui.listStack.setCurrentWidget(self.ui.emptyState)

    @staticmethod
    def _locale() -> str:
        from accred_app.gui.i18n import current_locale

        return current_locale()

    # -- state kept between sessions ---------------------------------------------------------------
    def _default_widths(self) -> None:
        widths = {
            ReporterTableModel.NAME: 165,
            ReporterTableModel.CARD_NO: 105,
            ReporterTableModel.CARD_EXPIRY: 85,
            ReporterTableModel.STATUS: 100,
            ReporterTableModel.LIVE_PASSES: 80,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(self.state_key("header"), self.table.horizontalHeader().saveState())
        settings.setValue(self.state_key("splitter"), self.ui.splitter.saveState())
        settings.setValue(self.state_key("search"), self.search.text())
        query = self.current_query()
        settings.setValue(self.state_key("agency"), query.agency_id or "")
        settings.setValue(self.state_key("status"), query.status or "")
        settings.setValue(self.state_key("card"), query.card or "")

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(self.state_key("header"))
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
        splitter = settings.value(self.state_key("splitter"))
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([690, 310])
        search = settings.value(self.state_key("search"))
        if isinstance(search, str):
            self.search.blockSignals(True)
            self.search.setText(search)
            self.search.blockSignals(False)
        for combo, key in ((self.ui.statusFilter, "status"), (self.ui.cardFilter, "card")):
            value = settings.value(self.state_key(key))
            index = combo.findData(value) if isinstance(value, str) and value else -1
            combo.setCurrentIndex(max(index, 0))
        agency = settings.value(self.state_key("agency"))
        if isinstance(agency, str) and agency.isdigit():
            self._wanted_agency = int(agency)
        elif isinstance(agency, int):
            self._wanted_agency = agency
        self.table.horizontalHeader().setSectionResizeMode(
            ReporterTableModel.AGENCY, QHeaderView.ResizeMode.Stretch
        )
