"""Thẻ tác nghiệp — every field pass: who holds it, for which event and zones, until when, whether
it was printed or revoked; issue a batch, revoke, print. The list is read a page at a time
(``core.passes.listing``), newest first, filtered and searched in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QItemSelection, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView

from accred_app.core.errors import AccredError
from accred_app.core.passes import listing
from accred_app.core.passes.listing import PassFilters, PassPage, PassRow
from accred_app.core.registry import agencies, events
from accred_app.core.registry.agencies import AgencyView
from accred_app.core.registry.events import EventView
from accred_app.core.roles import Permission
from accred_app.gui import operations, prompts
from accred_app.gui.actions import ActionId
from accred_app.gui.generated.ui_passes_page import Ui_PassesPage
from accred_app.gui.i18n import current_locale
from accred_app.gui.labels import PASS_STATUS_LABELS, pass_status_label
from accred_app.gui.models.pass_listing import PassListModel
from accred_app.gui.pages.base import DeskContext, Page
from accred_app.gui.pages.passes.issue import IssuePassesDialog
from accred_app.gui.pages.passes.keys import SigningKeysDialog
from accred_app.gui.pages.passes.revoke import RevokePassesDialog
from accred_app.gui.widgets.zone_chips import ZoneChipsDelegate

SEARCH_DELAY_MS = 150
PAGE_SIZE = 200
COUNT_AT_MOST = 10_000


@dataclass(frozen=True, slots=True)
class FirstScreen:
    page: PassPage
    total: int
    lower_bound: bool  # more than ``total`` match


def read_first_screen(context: DeskContext, filters: PassFilters) -> FirstScreen:
    db, actor = context.db, context.actor
    page = listing.pass_page(db, actor, filters, limit=PAGE_SIZE)
    if page.next_cursor is None:
        return FirstScreen(page, len(page.rows), False)
    total = listing.count_passes(db, actor, filters, at_most=COUNT_AT_MOST + 1)
    return FirstScreen(page, min(total, COUNT_AT_MOST), total > COUNT_AT_MOST)


@dataclass(frozen=True, slots=True)
class FilterChoices:
    events: list[EventView]
    agencies: list[AgencyView]


class PassesPage(Page):
    page_id = "passes"
    title_source = str(QT_TRANSLATE_NOOP("Pages", "Field passes"))
    icon_name = "passes"
    handles = frozenset({ActionId.NEW, ActionId.FIND, ActionId.REFRESH, ActionId.PRINT})

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_PassesPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = PassListModel(self)
        self.model.fetch_requested.connect(self._fetch_more)
        self.table = ui.table
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PassListModel.ZONES, ZoneChipsDelegate(self.table))
        self.search = ui.search
        self._generation = 0
        self._filters = PassFilters()
        self._choices: FilterChoices | None = None
        self._wanted: dict[str, Any] = {}
        self._pending_selection: list[str] = []
        self.loading: operations.Operation | None = None
        self.dialog: Any = None

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        for combo in (ui.eventFilter, ui.agencyFilter, ui.statusFilter):
            combo.activated.connect(lambda _index: self.refresh())
        ui.notPrintedFilter.toggled.connect(lambda _on: self.refresh())
        ui.issueButton.clicked.connect(self.issue_batch)
        ui.revokeButton.clicked.connect(self.revoke_selected)
        ui.printButton.clicked.connect(self.print_selected)
        ui.keysButton.clicked.connect(self.show_keys)
        ui.issueButton.setVisible(self.can_issue)
        ui.revokeButton.setVisible(self.can_issue)
        ui.printButton.setVisible(self.can_print)
        ui.keysButton.setVisible(context.can(Permission.MANAGE_KEYS))
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda _index: self.print_selected())

        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(50)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PassListModel.EVENT, QHeaderView.ResizeMode.Stretch)
        self._default_widths()
        ui.statusFilter.addItem("", None)
        for status in PASS_STATUS_LABELS:
            ui.statusFilter.addItem("", status)
        ui.eventFilter.addItem("", None)
        ui.agencyFilter.addItem("", None)
        self.setFocusProxy(self.search)
        self.retranslate()
        self._update_buttons()

    # -- who may do what -------------------------------------------------------------------------
    @property
    def can_issue(self) -> bool:
        return self.context.can(Permission.ISSUE_PASSES)

    @property
    def can_print(self) -> bool:
        return self.context.can(Permission.PRINT_PASSES)

    @property
    def can_sign(self) -> bool:
        return self.can_issue and self.context.actor.holds_signing_key

    # -- loading ---------------------------------------------------------------------------------
    def current_filters(self) -> PassFilters:
        ui = self.ui
        event = ui.eventFilter.currentData() if self._choices else self._wanted.get("event")
        agency = ui.agencyFilter.currentData() if self._choices else self._wanted.get("agency")
        status = ui.statusFilter.currentData()
        return PassFilters(
            event_id=event if isinstance(event, int) else None,
            agency_id=agency if isinstance(agency, int) else None,
            status=status if isinstance(status, str) else None,
            not_printed=ui.notPrintedFilter.isChecked(),
            text=self.search.text().strip(),
        )

    def refresh(self) -> None:
        self.search_timer.stop()
        if self._choices is None:
            self._load_choices()
        self._generation += 1
        generation = self._generation
        filters = self._filters = self.current_filters()
        context = self.context
        if self.loading is not None and self.loading.is_running:
            self.loading.cancel()
        self.loading = operations.run(
            self,
            lambda: read_first_screen(context, filters),
            success=lambda screen: self._show_first(generation, screen),
            label=self.tr("Reading the passes…"),
            cancellable=True,
        )
        self.actions_changed.emit()

    def _show_first(self, generation: int, screen: FirstScreen) -> None:
        if generation != self._generation:
            return
        wanted = self._pending_selection or self.selected_serials()
        self._pending_selection = []
        self.model.set_first_page(screen.page, screen.total, screen.lower_bound)
        self._select(wanted)
        self._update_count()
        self._update_buttons()

    def _select(self, serials: list[str]) -> None:
        selection = self.table.selectionModel()
        wanted = set(serials)
        first = None
        for number, row in enumerate(self.model.rows()):
            if row.serial in wanted:
                index = self.model.index(number, 0)
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
                first = index if first is None else first
        if first is not None:
            self.table.scrollTo(first)

    def _fetch_more(self, cursor: object) -> None:
        generation = self._generation
        filters = self._filters
        db, actor = self.context.db, self.context.actor
        after = cursor if isinstance(cursor, int) else None
        operations.run(
            self,
            lambda: listing.pass_page(db, actor, filters, after=after, limit=PAGE_SIZE),
            success=lambda page: self._append(generation, page),
            failure=lambda error: self._fetch_failed(generation, error),
            cancellable=True,
        )

    def _append(self, generation: int, page: PassPage) -> None:
        if generation == self._generation:
            self.model.append_page(page)

    def _fetch_failed(self, generation: int, error: AccredError) -> None:
        if generation == self._generation:
            self.model.fetch_failed()
            self.status_message.emit(error.message(current_locale()))

    def _load_choices(self) -> None:
        db, actor = self.context.db, self.context.actor
        operations.run(
            self,
            lambda: FilterChoices(events.list_events(db, actor), agencies.list_agencies(db, actor)),
            success=self._fill_choices,
        )

    def _fill_choices(self, choices: FilterChoices) -> None:
        self._choices = choices
        ui = self.ui
        for combo, items, key in (
            (ui.eventFilter, [(e.id, e.name) for e in choices.events], "event"),
            (ui.agencyFilter, [(a.id, a.name) for a in choices.agencies], "agency"),
        ):
            wanted = self._wanted.get(key, combo.currentData())
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for item_id, name in items:
                combo.addItem(name, item_id)
            index = combo.findData(wanted) if wanted is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._wanted = {}
        self.retranslate()

    def mark_stale(self) -> None:
        """An event or an agency changed elsewhere, or a pass was issued from a reporter."""
        super().mark_stale()
        self._choices = None

    # -- selection -------------------------------------------------------------------------------
    def selected_rows(self) -> list[PassRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row(number) for number in rows]

    def selected_serials(self) -> list[str]:
        return [row.serial for row in self.selected_rows()]

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        self._update_count()
        self.actions_changed.emit()

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        live = [row for row in rows if row.status != "revoked"]
        ui = self.ui
        ui.issueButton.setEnabled(self.can_sign)
        ui.issueButton.setToolTip(
            ""
            if self.can_sign
            else self.tr(
                "Your session holds no signing key, so it cannot sign passes. An administrator "
                "can set your password again to give you one."
            )
        )
        ui.revokeButton.setEnabled(bool(live))
        ui.printButton.setEnabled(bool(live))
        if rows and not live:
            ui.printButton.setToolTip(self.tr("A revoked pass cannot be printed."))
        else:
            ui.printButton.setToolTip("")

    # -- actions ---------------------------------------------------------------------------------
    def is_enabled(self, action: ActionId) -> bool:
        if action is ActionId.NEW:
            return self.can_sign
        if action is ActionId.PRINT:
            return self.can_print and any(r.status != "revoked" for r in self.selected_rows())
        return super().is_enabled(action)

    def trigger(self, action: ActionId) -> None:
        if action is ActionId.NEW:
            self.issue_batch()
        elif action is ActionId.PRINT:
            self.print_selected()
        else:
            super().trigger(action)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def issue_batch(self) -> None:
        if not self.can_sign:
            return
        reporters = list(
            dict.fromkeys((row.reporter_id, row.reporter_name) for row in self.selected_rows())
        )
        dialog = IssuePassesDialog(self.context, selected=reporters, parent=self)
        dialog.issued.connect(self.passes_issued)
        self.dialog = dialog
        dialog.open()

    def passes_issued(self, serials: list[str]) -> None:
        """New passes (from this page or a reporter's): show them, offer to print them now."""
        self.status_message.emit(self.tr("%n pass(es) issued.", "", len(serials)))
        self.records_changed.emit()
        self._pending_selection = list(serials)
        if self.activated:
            self.refresh()
        else:
            self.mark_stale()
        if (
            serials
            and self.can_print
            and prompts.confirm(
                self,
                self.tr("Print the %n new pass(es) now?", "", len(serials)),
                yes=self.tr("Print…"),
                no=self.tr("Later"),
            )
        ):
            self.open_print(serials)

    def revoke_selected(self) -> None:
        live = [row for row in self.selected_rows() if row.status != "revoked"]
        if not live or not self.can_issue:
            return
        dialog = RevokePassesDialog(self.context, live, self)
        dialog.revoked.connect(self._revoked)
        self.dialog = dialog
        dialog.open()

    def _revoked(self, serials: list[str]) -> None:
        self.status_message.emit(self.tr("%n pass(es) revoked.", "", len(serials)))
        self.records_changed.emit()
        self._reload_rows(serials)

    def print_selected(self) -> None:
        rows = self.selected_rows()
        live = [row.serial for row in rows if row.status != "revoked"]
        if not self.can_print or not live:
            return
        left_out = len(rows) - len(live)
        if left_out:
            prompts.tell(
                self,
                self.tr(
                    "%n revoked pass(es) left out: a revoked pass cannot be printed.", "", left_out
                ),
            )
        self.open_print(live)

    def open_print(self, serials: list[str]) -> Any:
        # imported when first used: printing loads reportlab, PDFium and Qt's print support,
        # which the window does not need to open
        from accred_app.gui.pages.passes.print_dialog import PrintPassesDialog

        dialog = PrintPassesDialog(self.context, serials, self)
        dialog.printed.connect(self._printed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _printed(self, serials: list[str]) -> None:
        self.records_changed.emit()
        self._reload_rows(serials or self.selected_serials())

    def _reload_rows(self, serials: list[str]) -> None:
        wanted = set(serials)
        ids = [row.id for row in self.model.rows() if row.serial in wanted]
        if not ids:
            self.refresh()
            return
        db, actor = self.context.db, self.context.actor
        operations.run(
            self,
            lambda: listing.pass_rows(db, actor, ids),
            success=self._rows_reloaded,
        )

    def _rows_reloaded(self, rows: list[PassRow]) -> None:
        self.model.replace_rows(rows)
        self._update_buttons()

    def show_keys(self) -> None:
        dialog = SigningKeysDialog(self.context, self)
        self.dialog = dialog
        dialog.open()

    # -- text ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        ui = self.ui
        ui.statusFilter.setItemText(0, self.tr("All statuses"))
        for index in range(1, ui.statusFilter.count()):
            ui.statusFilter.setItemText(
                index, pass_status_label(str(ui.statusFilter.itemData(index)))
            )
        ui.eventFilter.setItemText(0, self.tr("All events and sites"))
        ui.agencyFilter.setItemText(0, self.tr("All agencies"))
        self.model.retranslate()
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        ui, total = self.ui, self.model.total
        if self.model.total_is_lower_bound:
            ui.countLabel.setText(self.tr("More than %n passes", "", total))
        else:
            ui.countLabel.setText(self.tr("%n pass(es)", "", total))
        selected = len(self.table.selectionModel().selectedRows())
        ui.selectionLabel.setText(self.tr("%n selected", "", selected) if selected else "")
        if total or self.model.rowCount():
            ui.listStack.setCurrentWidget(self.table)
            return
        filters = self._filters
        filtered = any(
            (filters.event_id, filters.agency_id, filters.status, filters.not_printed, filters.text)
        )
        if filtered:
            text = self.tr(
                "No pass matches this search and these filters. Clear the search box and choose "
                "“All” in the filters to see every pass."
            )
        elif self.can_sign:
            text = self.tr(
                "No pass has been issued yet. Press “Issue passes…” (Ctrl+N) to issue passes to "
                "an agency's reporters, or issue one from a reporter's record."
            )
        else:
            text = self.tr("No pass has been issued yet.")
        ui.emptyState.setText(text)
        ui.listStack.setCurrentWidget(ui.emptyState)

    # -- state kept between sessions -------------------------------------------------------------
    def _default_widths(self) -> None:
        widths = {
            PassListModel.SERIAL: 130,
            PassListModel.REPORTER: 160,
            PassListModel.AGENCY: 150,
            PassListModel.ZONES: 110,
            PassListModel.VALIDITY: 140,
            PassListModel.STATUS: 80,
            PassListModel.PRINTED: 50,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(self.state_key("header"), self.table.horizontalHeader().saveState())
        settings.setValue(self.state_key("search"), self.search.text())
        filters = self.current_filters()
        settings.setValue(self.state_key("event"), filters.event_id or "")
        settings.setValue(self.state_key("agency"), filters.agency_id or "")
        settings.setValue(self.state_key("status"), filters.status or "")
        settings.setValue(self.state_key("not_printed"), filters.not_printed)

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(self.state_key("header"))
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
        search = settings.value(self.state_key("search"))
        if isinstance(search, str):
            self.search.blockSignals(True)
            self.search.setText(search)
            self.search.blockSignals(False)
        status = settings.value(self.state_key("status"))
        index = self.ui.statusFilter.findData(status) if isinstance(status, str) and status else -1
        self.ui.statusFilter.setCurrentIndex(max(index, 0))
        not_printed = settings.value(self.state_key("not_printed"))
        self.ui.notPrintedFilter.blockSignals(True)
        self.ui.notPrintedFilter.setChecked(not_printed in (True, "true"))
        self.ui.notPrintedFilter.blockSignals(False)
        for key in ("event", "agency"):
            value = settings.value(self.state_key(key))
            if isinstance(value, str) and value.isdigit():
                self._wanted[key] = int(value)
            elif isinstance(value, int):
                self._wanted[key] = value
        self.table.horizontalHeader().setSectionResizeMode(
            PassListModel.EVENT, QHeaderView.ResizeMode.Stretch
        )
