"""Sự kiện & địa điểm — events (a congress, a festival) and standing sites, with their zones."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView

from accred_app.core.registry import events, units
from accred_app.core.registry.events import EventView
from accred_app.core.registry.units import UnitView
from accred_app.core.roles import Permission
from accred_app.gui import operations
from accred_app.gui.generated.ui_events_page import Ui_EventsPage
from accred_app.gui.labels import EVENT_KIND_LABELS, event_kind_label
from accred_app.gui.models.events import event_dates, event_table_model, zone_table_model
from accred_app.gui.pages.base import DeskContext
from accred_app.gui.pages.events.editor import EventEditor
from accred_app.gui.pages.list_page import ListPage
from accred_app.gui.pages.passes.station import StationExportDialog


class EventsPage(ListPage[EventView]):
    page_id = "events"
    title_source = str(QT_TRANSLATE_NOOP("Pages", "Events and sites"))
    icon_name = "events"

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_EventsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.editor: EventEditor | None = None
        self.setup_list(
            ui.table,
            event_table_model(self),
            search=ui.search,
            count_label=ui.countLabel,
            list_stack=ui.listStack,
            empty_state=ui.emptyState,
        )
        self.zones_model = zone_table_model(self)
        ui.zonesTable.setModel(self.zones_model)
        ui.zonesTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = ui.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(50)
        for column, width in ((3, 130), (4, 80)):
            ui.table.setColumnWidth(column, width)
        ui.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        ui.kindFilter.addItem("", None)
        for kind in EVENT_KIND_LABELS:
            ui.kindFilter.addItem("", kind)
        ui.kindFilter.activated.connect(lambda _index: self.refresh())
        ui.newButton.clicked.connect(self.add_record)
        ui.editButton.clicked.connect(self._edit_selected)
        ui.copyButton.clicked.connect(self.copy_selected)
        for button in (ui.newButton, ui.editButton, ui.copyButton):
            button.setVisible(self.can_edit)
        self.station_dialog: StationExportDialog | None = None
        ui.stationButton.clicked.connect(self.prepare_station)
        ui.stationButton.setVisible(
            context.can(Permission.MANAGE_DATA) and context.can(Permission.MANAGE_KEYS)
        )
        self._units: list[UnitView] | None = None
        self._kind: str | None = None
        self.selection_changed(None)
        self.retranslate()

    # -- list ----------------------------------------------------------------------------------------
    def mark_stale(self) -> None:
        super().mark_stale()
        self._units = None  # a unit added or renamed on the units page

    def load(self, query: str) -> list[EventView]:
        kind = self._kind
        return events.list_events(self.context.db, self.context.actor, query, kind)

    def refresh(self) -> None:
        self._kind = self.ui.kindFilter.currentData()
        super().refresh()

    def row_id(self, row: EventView) -> object:
        return row.id

    def selection_changed(self, row: EventView | None) -> None:
        ui = self.ui
        ui.editButton.setEnabled(row is not None)
        ui.copyButton.setEnabled(row is not None)
        ui.stationButton.setEnabled(row is not None)
        if row is None:
            ui.detailStack.setCurrentWidget(ui.noSelection)
            self.zones_model.set_rows([])
            return
        ui.nameValue.setText(row.name)
        ui.kindValue.setText(event_kind_label(row.kind))
        ui.datesValue.setText(event_dates(row))
        ui.locationValue.setText(row.location or "—")
        ui.unitValue.setText(row.organising_unit or "—")
        ui.notesValue.setText(row.notes or "—")
        self.zones_model.set_rows(list(row.zones))
        ui.detailStack.setCurrentWidget(ui.detailPane)

    # -- changes -------------------------------------------------------------------------------------
    def _with_units(self, then: Any) -> None:
        if self._units is not None:
            then()
            return
        db, actor = self.context.db, self.context.actor

        def keep(found: list[UnitView]) -> None:
            self._units = found
            then()

        operations.run(self, lambda: units.list_units(db, actor), success=keep)

    def add_record(self) -> None:
        self._with_units(lambda: self._open(None))

    def edit_record(self, row: EventView) -> None:
        self._with_units(lambda: self._open(row))

    def _edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.edit_record(row)

    def _open(self, event: EventView | None) -> None:
        editor = EventEditor(self.context, self._units or [], event, self)
        self.editor = editor
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()

    def _saved(self, editor: EventEditor) -> None:
        if editor.saved_id is not None:
            self.status_message.emit(self.tr("Event saved."))
            self.records_changed.emit()
            self.show_record(editor.saved_id)

    def copy_selected(self) -> None:
        """Next year's edition: copied at once (zones and settings), then opened for the officer
        to check its name and dates."""
        row = self.selected()
        if row is None or not self.can_edit:
            return
        db, actor, source_id = self.context.db, self.context.actor, row.id
        operations.run(
            self,
            lambda: events.get_event(db, actor, events.copy_event(db, actor, source_id)),
            success=self._copied,
            label=self.tr("Copying the event…"),
        )

    def _copied(self, copy: EventView) -> None:
        self.status_message.emit(self.tr("Copied as “{name}”.").format(name=copy.name))
        self.show_record(copy.id)
        self._with_units(lambda: self._open(copy))

    def prepare_station(self) -> None:
        """The selected event's package for an offline checkpoint laptop, and the public keys."""
        row = self.selected()
        if row is None:
            return
        dialog = StationExportDialog(self.context, row, self)
        self.station_dialog = dialog
        dialog.open()

    # -- text and state ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        combo = self.ui.kindFilter
        combo.setItemText(0, self.tr("Events and sites"))
        for index in range(1, combo.count()):
            combo.setItemText(index, event_kind_label(str(combo.itemData(index))))
        self.zones_model.retranslate()
        self.selection_changed(self.selected() if self.rows_loaded else None)
        super().retranslate()

    def count_text(self, count: int) -> str:
        return self.tr("%n event(s) and site(s)", "", count)

    def empty_text(self, filtered: bool) -> str:
        if filtered or self.ui.kindFilter.currentIndex() > 0:
            return self.tr(
                "No event or site matches this search. Clear the search box and choose "
                "“Events and sites” to see them all."
            )
        if self.can_edit:
            return self.tr(
                "No event or site is registered yet. Press “Add event…” (Ctrl+N) to add one "
                "with its zones; passes are issued for an event or a site."
            )
        return self.tr("No event or site is registered yet.")

    def save_state(self, settings: QSettings) -> None:
        super().save_state(settings)
        settings.setValue(self.state_key("splitter"), self.ui.splitter.saveState())
        settings.setValue(self.state_key("kind"), self.ui.kindFilter.currentData() or "")

    def restore_state(self, settings: QSettings) -> None:
        super().restore_state(settings)
        splitter = settings.value(self.state_key("splitter"))
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([700, 300])
        kind = settings.value(self.state_key("kind"))
        index = self.ui.kindFilter.findData(kind) if isinstance(kind, str) and kind else -1
        self.ui.kindFilter.setCurrentIndex(max(index, 0))
