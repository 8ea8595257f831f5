"""Nhật ký tiếp cận — the access log: checkpoint scans and the accesses units recorded by hand
(interviews, briefings, escorted visits, documents), newest first, a page at a time, filtered by
unit (with its sub-units), agency, reporter, event, kind, outcome and days; an access recorded,
corrected or deleted by hand (audited, its history beside it); and what is shown exported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QItemSelection, QSettings
from PySide6.QtWidgets import QHeaderView

from accred_app.core import validation as v
from accred_app.core.access import entries
from accred_app.core.access.entries import AccessEntryView
from accred_app.core.access.log import (
    SCAN,
    AccessCursor,
    AccessFilter,
    AccessPage,
    AccessRow,
    count_access,
    list_access,
)
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import AccredError
from accred_app.core.exchange.exports import ExportReport, export_access
from accred_app.core.registry import agencies, events, units
from accred_app.core.registry.reporters import ReporterSummary
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database
from accred_app.gui import operations, prompts
from accred_app.gui.actions import ActionId
from accred_app.gui.dialogs.reporter_chooser import ReporterChooser
from accred_app.gui.generated.ui_access_page import Ui_AccessPage
from accred_app.gui.i18n import current_locale
from accred_app.gui.models.access import (
    AccessLogModel,
    agencies_text,
    direction_text,
    kind_text,
    local_time,
    outcome_text,
    reason_text,
    reporters_text,
)
from accred_app.gui.models.access_history import (
    DescribedLine,
    access_history_model,
    read_entry_history,
)
from accred_app.gui.models.table import RowTableModel
from accred_app.gui.pages.access.editor import AccessEntryEditor, EntryChoices
from accred_app.gui.pages.base import DeskContext, Page

PAGE_SIZE = 200
ALL_MANUAL = "manual"
"""The kind filter's "recorded by hand" choice: every hand-recorded kind, no scans."""


@dataclass(frozen=True, slots=True)
class FirstScreen:
    page: AccessPage
    total: int


def read_choices(db: Database, actor: Actor) -> EntryChoices:
    return EntryChoices(
        tuple(units.list_units(db, actor)),
        tuple(agencies.list_agencies(db, actor)),
        tuple(events.list_events(db, actor)),
    )


def read_first_screen(db: Database, actor: Actor, flt: AccessFilter) -> FirstScreen:
    return FirstScreen(list_access(db, actor, flt, limit=PAGE_SIZE), count_access(db, actor, flt))


class AccessLogPage(Page):
    page_id = "access"
    title_source = str(QT_TRANSLATE_NOOP("Pages", "Access log"))
    icon_name = "access"
    handles = frozenset({ActionId.NEW, ActionId.EDIT, ActionId.FIND, ActionId.REFRESH})

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_AccessPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = AccessLogModel(self)
        self.model.fetch_requested.connect(self._fetch_more)
        self.table = ui.table
        self.table.setModel(self.model)
        self.history_model: RowTableModel[DescribedLine] = access_history_model(self)
        ui.historyList.setModel(self.history_model)
        self.choices: EntryChoices | None = None
        self.reporter: ReporterSummary | None = None
        self.editor: AccessEntryEditor | None = None
        self.chooser: ReporterChooser | None = None
        self.loading: operations.Operation | None = None
        self.last_export: ExportReport | None = None
        self.rows_loaded = False
        self._generation = 0  # the latest read asked for
        self._shown_generation = 0  # the read whose rows the table holds
        self._detail_generation = 0
        self._filter = AccessFilter()
        self._wanted: dict[str, int] = {}
        self._pending_selection: tuple[str, int] | None = None

        for combo in (ui.unitFilter, ui.agencyFilter, ui.eventFilter):
            combo.addItem("", None)
        ui.kindFilter.addItem("", None)
        ui.kindFilter.addItem("", SCAN)
        ui.kindFilter.addItem("", ALL_MANUAL)
        for kind in entries.KINDS:
            ui.kindFilter.addItem("", kind)
        for value in (None, True, False):
            ui.outcomeFilter.addItem("", value)
        for combo in (
            ui.unitFilter, ui.agencyFilter, ui.eventFilter, ui.kindFilter, ui.outcomeFilter,
        ):  # fmt: skip
            combo.activated.connect(lambda _index: self.refresh())
        for edit in (ui.dateFrom, ui.dateTo):
            edit.returnPressed.connect(self.refresh)
            edit.editingFinished.connect(self._dates_edited)
        ui.reporterFilter.clicked.connect(self.choose_reporter)
        ui.newButton.clicked.connect(self.add_entry)
        ui.exportButton.clicked.connect(self.export_shown)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.newButton.setVisible(self.can_edit)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda _index: self.trigger(ActionId.EDIT))

        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(50)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (AccessLogModel.TIME, 118), (AccessLogModel.KIND, 150), (AccessLogModel.UNIT, 150),
            (AccessLogModel.REPORTERS, 170), (AccessLogModel.AGENCY, 150),
            (AccessLogModel.WHAT, 200),
        ):  # fmt: skip
            self.table.setColumnWidth(column, width)
        self._dates_text = ("", "")
        self.setFocusProxy(ui.unitFilter)
        self.show_row(None)
        self.retranslate()

    # -- the filter ----------------------------------------------------------------------------------
    def _day(self, text: str, field: str) -> date | None:
        return v.parse_date(text, field) if text.strip() else None

    def current_filter(self) -> AccessFilter:
        """The filter the widgets say; a wrong date raises the core's ValidationError."""
        ui = self.ui
        kind = ui.kindFilter.currentData()
        if kind == ALL_MANUAL:
            kinds = frozenset(entries.KINDS)
        elif isinstance(kind, str):
            kinds = frozenset({kind})
        else:
            kinds = frozenset()
        outcome = ui.outcomeFilter.currentData()

        def chosen(combo: Any, key: str) -> int | None:
            value = combo.currentData() if self.choices is not None else self._wanted.get(key)
            return int(value) if isinstance(value, int) else None

        return AccessFilter(
            unit_id=chosen(ui.unitFilter, "unit"),
            agency_id=chosen(ui.agencyFilter, "agency"),
            reporter_id=self.reporter.id if self.reporter is not None else None,
            event_id=chosen(ui.eventFilter, "event"),
            kinds=kinds,
            first_day=self._day(ui.dateFrom.text(), "date_from"),
            last_day=self._day(ui.dateTo.text(), "date_to"),
            allowed=outcome if isinstance(outcome, bool) else None,
        )

    @property
    def is_filtered(self) -> bool:
        return self._filter != AccessFilter()

    def _dates_edited(self) -> None:
        texts = (self.ui.dateFrom.text(), self.ui.dateTo.text())
        if texts != self._dates_text:
            self.refresh()

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.choices is None:
            self._load_choices(then=self.refresh)
            return
        self._dates_text = (self.ui.dateFrom.text(), self.ui.dateTo.text())
        try:
            flt = self.current_filter()
        except AccredError as error:
            self.ui.filterError.show_error(error)
            return
        self.ui.filterError.clear_message()
        self._filter = flt
        self._generation += 1
        generation = self._generation
        db, actor = self.context.db, self.context.actor
        if self.loading is not None and self.loading.is_running:
            self.loading.cancel()
        self.loading = operations.run(
            self,
            lambda: read_first_screen(db, actor, flt),
            success=lambda screen: self._show_first(generation, screen),
            failure=self._load_failed,
            label=self.tr("Reading the access log…"),
            cancellable=True,
        )
        self.actions_changed.emit()

    def _load_failed(self, error: AccredError) -> None:
        self.ui.filterError.show_error(error)

    def _show_first(self, generation: int, screen: FirstScreen) -> None:
        if generation != self._generation:
            return
        self._shown_generation = generation
        selected = self.selected_row()
        wanted = self._pending_selection or (
            (selected.source, selected.id) if selected is not None else None
        )
        self._pending_selection = None
        self.model.set_first_page(screen.page, screen.total)
        self.rows_loaded = True
        self._update_count()
        row = self.model.row_of(*wanted) if wanted is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.show_row(None)
        self.actions_changed.emit()

    def _fetch_more(self, cursor: AccessCursor) -> None:
        # the rows on screen, not the read in flight: a page asked for between a new search and
        # its first screen belongs to the old list (and is dropped with it)
        generation = self._shown_generation
        flt = self._filter
        db, actor = self.context.db, self.context.actor
        operations.run(
            self,
            lambda: list_access(db, actor, flt, after=cursor, limit=PAGE_SIZE),
            success=lambda page: self._append(generation, page),
            failure=lambda error: self._fetch_failed(generation, error),
            cancellable=True,
        )

    def _append(self, generation: int, page: AccessPage) -> None:
        if generation == self._shown_generation:
            self.model.append_page(page)

    def _fetch_failed(self, generation: int, error: AccredError) -> None:
        if generation == self._shown_generation:
            self.model.fetch_failed()
            self.status_message.emit(error.message(current_locale()))

    def _load_choices(self, then: Any = None) -> None:
        db, actor = self.context.db, self.context.actor

        def keep(found: EntryChoices) -> None:
            self._fill_choices(found)
            if then is not None:
                then()

        operations.run(self, lambda: read_choices(db, actor), success=keep)

    def _fill_choices(self, found: EntryChoices) -> None:
        ui = self.ui
        previous = {
            "unit": ui.unitFilter.currentData(),
            "agency": ui.agencyFilter.currentData(),
            "event": ui.eventFilter.currentData(),
        }
        if self.choices is None:
            previous = {key: self._wanted.get(key) for key in previous}
        self.choices = found
        fills: tuple[tuple[Any, str, list[tuple[str, int]]], ...] = (
            (ui.unitFilter, "unit", [("    " * u.depth + u.name, u.id) for u in found.units]),
            (ui.agencyFilter, "agency", [(a.name, a.id) for a in found.agencies]),
            (ui.eventFilter, "event", [(e.name, e.id) for e in found.events]),
        )
        for combo, key, items in fills:
            combo.clear()
            combo.addItem("", None)
            for text, value in items:
                combo.addItem(text, value)
            wanted = previous.get(key)
            combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted is not None else 0)
        self._wanted = {}
        self.retranslate_filters()

    def mark_stale(self) -> None:
        """A unit, agency or event was added or renamed elsewhere, or a reporter changed."""
        super().mark_stale()
        self.choices = None

    # -- one line ------------------------------------------------------------------------------------
    def selected_row(self) -> AccessRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_row(self.selected_row())
        self.actions_changed.emit()

    def show_row(self, row: AccessRow | None) -> None:
        ui = self.ui
        self._detail_generation += 1
        self.history_model.set_rows([])
        if row is None:
            ui.detailStack.setCurrentWidget(ui.noSelection)
            return
        manual = row.source != SCAN
        ui.titleValue.setText(f"{kind_text(row.kind)} — {local_time(row.occurred_at)}")
        ui.unitValue.setText(row.unit_name or "—")
        people = reporters_text(row)
        agencies_shown = agencies_text(row)
        ui.reportersValue.setText(f"{people} ({agencies_shown})" if agencies_shown else people)
        ui.whatCaption.setText(self.tr("Subject:") if manual else self.tr("Result:"))
        ui.whatValue.setText(outcome_text(row) if manual else self._scan_text(row))
        ui.eventValue.setText(row.event_name or "—")
        ui.notesValue.setText(row.notes or "—")
        ui.articlesValue.setText(self._articles_html(row) or "—")
        for widget in (ui.notesCaption, ui.notesValue, ui.articlesCaption, ui.articlesValue):
            widget.setVisible(manual)
        ui.officerValue.setText(row.officer or "—")
        for widget in (ui.editButton, ui.deleteButton):
            widget.setVisible(manual and self.can_edit)
        for widget in (ui.historyCaption, ui.historyList):
            widget.setVisible(manual)
        ui.detailStack.setCurrentWidget(ui.detailPane)
        if manual:
            self._load_history(row.id)

    def _scan_text(self, row: AccessRow) -> str:
        verdict = (
            self.tr("allowed")
            if row.allowed
            else self.tr("refused: {reason}").format(reason=reason_text(row.reason or ""))
        )
        parts = [verdict]
        if row.zone:
            parts.append(self.tr("zone {zone}").format(zone=row.zone))
        if row.direction:
            parts.append(direction_text(row.direction))
        if row.serial:
            parts.append(self.tr("pass {serial}").format(serial=row.serial))
        if row.station:
            parts.append(self.tr("station {station}").format(station=row.station))
        return ", ".join(parts)

    def _articles_html(self, row: AccessRow) -> str:
        lines = []
        for article in row.articles:
            title = escape(article.title)
            if article.url:
                title = f'<a href="{escape(article.url, quote=True)}">{title}</a>'
            when = f", {article.published_on:%d/%m/%Y}" if article.published_on else ""
            lines.append(f"{article.number}. {title} — {escape(article.agency)}{when}")
        return "<br>".join(lines)

    def _load_history(self, entry_id: int) -> None:
        generation = self._detail_generation
        db, actor = self.context.db, self.context.actor
        operations.run(
            self,
            lambda: read_entry_history(db, actor, entry_id),
            success=lambda lines: self._show_history(generation, lines),
            cancellable=True,
        )

    def _show_history(self, generation: int, lines: list[DescribedLine]) -> None:
        if generation != self._detail_generation:
            return
        self.history_model.set_rows(lines)
        self.ui.historyList.scrollToBottom()

    # -- changes -------------------------------------------------------------------------------------
    def _with_choices(self, then: Any) -> None:
        if self.choices is not None:
            then()
        else:
            self._load_choices(then=then)

    def add_entry(self) -> None:
        if self.can_edit:
            self._with_choices(lambda: self._open(None))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.source == SCAN or not self.can_edit:
            return
        db, actor, entry_id = self.context.db, self.context.actor, row.id
        operations.run(
            self,
            lambda: entries.get_entry(db, actor, entry_id),
            success=lambda entry: self._with_choices(lambda: self._open(entry)),
        )

    def _open(self, entry: AccessEntryView | None) -> None:
        assert self.choices is not None
        editor = AccessEntryEditor(self.context, self.choices, entry, self)
        self.editor = editor
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()

    def _saved(self, editor: AccessEntryEditor) -> None:
        if editor.saved_id is None:
            return
        self.status_message.emit(self.tr("Access saved."))
        self.records_changed.emit()
        self._pending_selection = ("manual", editor.saved_id)
        self.refresh()

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.source == SCAN or not self.can_edit:
            return
        sure = prompts.confirm(
            self,
            self.tr("Delete the access “{subject}” of {time}?").format(
                subject=row.subject or "", time=local_time(row.occurred_at)
            ),
            yes=self.tr("Delete"),
            detail=self.tr(
                "Only for an access recorded in error: the deletion is kept in the audit trail."
            ),
        )
        if not sure:
            return
        db, actor, entry_id = self.context.db, self.context.actor, row.id
        operations.run(
            self,
            lambda: entries.delete_entry(db, actor, entry_id),
            success=lambda _none: self._deleted(),
            label=self.tr("Deleting the access…"),
        )

    def _deleted(self) -> None:
        self.status_message.emit(self.tr("Access deleted."))
        self.records_changed.emit()
        self.refresh()

    def choose_reporter(self) -> None:
        chooser = ReporterChooser(self.context.db, self.context.actor, self)
        self.chooser = chooser
        chooser.accepted.connect(lambda: self._reporter_chosen(chooser.chosen))
        chooser.open()

    def _reporter_chosen(self, reporter: ReporterSummary | None) -> None:
        self.reporter = reporter
        self.retranslate_filters()
        self.refresh()

    # -- export --------------------------------------------------------------------------------------
    def export_shown(self) -> None:
        try:
            flt = self.current_filter()
        except AccredError as error:
            self.ui.filterError.show_error(error)
            return
        today = utcnow().astimezone(VIETNAM_TZ)
        target = prompts.choose_save_file(
            self,
            self.tr("Export the access log"),
            self.tr("access-log-{date}.xlsx").format(date=f"{today:%Y%m%d}"),
            [self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, comma-separated (*.csv)")],
        )
        if target is None:
            return
        db, actor = self.context.db, self.context.actor
        operations.run(
            self,
            lambda: export_access(db, actor, target, selection=flt),
            success=self._exported,
            label=self.tr("Exporting the access log…"),
        )

    def _exported(self, report: ExportReport) -> None:
        self.last_export = report
        self.status_message.emit(
            self.tr("%n line(s) exported to {file}.", "", report.rows).format(
                file=Path(report.path).name
            )
        )

    # -- central actions -----------------------------------------------------------------------------
    def is_enabled(self, action: ActionId) -> bool:
        if action is ActionId.NEW:
            return self.can_edit
        if action is ActionId.EDIT:
            row = self.selected_row()
            return self.can_edit and row is not None and row.source != SCAN
        return super().is_enabled(action)

    def trigger(self, action: ActionId) -> None:
        if action is ActionId.NEW:
            self.add_entry()
        elif action is ActionId.EDIT:
            self.edit_selected()
        else:
            super().trigger(action)

    def focus_search(self) -> None:
        self.ui.unitFilter.setFocus()

    # -- text ----------------------------------------------------------------------------------------
    def retranslate_filters(self) -> None:
        ui = self.ui
        ui.unitFilter.setItemText(0, self.tr("All units"))
        ui.agencyFilter.setItemText(0, self.tr("All agencies"))
        ui.eventFilter.setItemText(0, self.tr("All events and sites"))
        ui.kindFilter.setItemText(0, self.tr("All kinds"))
        ui.kindFilter.setItemText(1, kind_text(SCAN))
        ui.kindFilter.setItemText(2, self.tr("Recorded by hand (all kinds)"))
        for index in range(3, ui.kindFilter.count()):
            ui.kindFilter.setItemText(index, kind_text(str(ui.kindFilter.itemData(index))))
        ui.outcomeFilter.setItemText(0, self.tr("All outcomes"))
        ui.outcomeFilter.setItemText(1, self.tr("Allowed"))
        ui.outcomeFilter.setItemText(2, self.tr("Refused at the gate"))
        ui.reporterFilter.setText(
            self.reporter.full_name if self.reporter is not None else self.tr("All reporters")
        )

    def retranslate(self) -> None:
        self.retranslate_filters()
        self.model.retranslate()
        self.history_model.retranslate()
        self.show_row(self.selected_row() if self.rows_loaded else None)
        if self.rows_loaded:
            self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        self.ui.countLabel.setText(self.tr("%n line(s)", "", total))
        if total:
            self.ui.listStack.setCurrentWidget(self.table)
            return
        if self.is_filtered:
            text = self.tr(
                "Nothing in the log matches these filters. Choose “All” in the filters and clear "
                "the days to see the whole log."
            )
        elif self.can_edit:
            text = self.tr(
                "The log is empty. Checkpoint scans appear here by themselves; an interview, a "
                "briefing, an escorted visit or documents given by a unit are recorded with "
                "“Record an access…” (Ctrl+N)."
            )
        else:
            text = self.tr("The log is empty.")
        self.ui.emptyState.setText(text)
        self.ui.listStack.setCurrentWidget(self.ui.emptyState)

    # -- state kept between sessions -----------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        ui = self.ui
        settings.setValue(self.state_key("header"), self.table.horizontalHeader().saveState())
        settings.setValue(self.state_key("splitter"), ui.splitter.saveState())
        for key, combo in (
            ("unit", ui.unitFilter), ("agency", ui.agencyFilter), ("event", ui.eventFilter),
        ):  # fmt: skip
            value = combo.currentData() if self.choices is not None else self._wanted.get(key)
            settings.setValue(self.state_key(key), value if isinstance(value, int) else "")
        settings.setValue(self.state_key("kind"), ui.kindFilter.currentData() or "")
        settings.setValue(self.state_key("from"), ui.dateFrom.text())
        settings.setValue(self.state_key("to"), ui.dateTo.text())

    def restore_state(self, settings: QSettings) -> None:
        ui = self.ui
        header = settings.value(self.state_key("header"))
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
        splitter = settings.value(self.state_key("splitter"))
        if isinstance(splitter, QByteArray):
            ui.splitter.restoreState(splitter)
        else:
            ui.splitter.setSizes([720, 320])
        for key in ("unit", "agency", "event"):
            value = settings.value(self.state_key(key))
            if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
                self._wanted[key] = int(value)
        kind = settings.value(self.state_key("kind"))
        index = ui.kindFilter.findData(kind) if isinstance(kind, str) and kind else -1
        ui.kindFilter.setCurrentIndex(max(index, 0))
        for edit, key in ((ui.dateFrom, "from"), (ui.dateTo, "to")):
            text = settings.value(self.state_key(key))
            if isinstance(text, str):
                edit.setText(text)
