"""Adding or editing an event or a standing site with its zones (code, name, colour; the slot is
the software's)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtWidgets import QDialogButtonBox, QHeaderView

from accred_app.core.registry import events, forms
from accred_app.core.registry.events import EventView, ZoneSpec
from accred_app.core.registry.units import UnitView
from accred_app.gui import operations, prompts
from accred_app.gui.dialogs.base import FormDialog
from accred_app.gui.generated.ui_event_editor import Ui_EventEditor
from accred_app.gui.labels import EVENT_KIND_LABELS, dmy, event_kind_label
from accred_app.gui.models.events import ZoneEditModel
from accred_app.gui.pages.base import DeskContext

NO_UNIT = 0
TEXT_FIELDS = ("name", "start", "end", "location")


class EventEditor(FormDialog):
    """``event`` None adds a new one; ``saved_id`` is set once saved. The event and its zones are
    saved in one transaction: a refused zone leaves the event as it was."""

    field_aliases: ClassVar[dict[str, str]] = {"zone_name": "zones"}

    def __init__(
        self,
        context: DeskContext,
        all_units: list[UnitView],
        event: EventView | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.edited = event
        self.saved_id: int | None = None
        self.ui = Ui_EventEditor()
        self.ui.setupUi(self)
        ui = self.ui
        for kind in EVENT_KIND_LABELS:
            ui.kind.addItem("", kind)
        ui.organising_unit_id.addItem("", NO_UNIT)
        for unit in all_units:
            ui.organising_unit_id.addItem("    " * unit.depth + unit.name, unit.id)
        self.zone_model = ZoneEditModel(event.zones if event else (), self)
        ui.zones.setModel(self.zone_model)
        header = ui.zones.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ZoneEditModel.NAME, QHeaderView.ResizeMode.Stretch)
        if event is not None:
            ui.name.setText(event.name)
            ui.kind.setCurrentIndex(max(ui.kind.findData(event.kind), 0))
            ui.start.setText(dmy(event.starts_on))
            ui.end.setText(dmy(event.ends_on))
            ui.location.setText(event.location or "")
            ui.notes.setPlainText(event.notes or "")
            unit_index = ui.organising_unit_id.findData(event.organising_unit_id or NO_UNIT)
            ui.organising_unit_id.setCurrentIndex(max(unit_index, 0))
        else:
            ui.kind.setCurrentIndex(0)
        ui.addZoneButton.clicked.connect(self.add_zone)
        ui.removeZoneButton.clicked.connect(self.remove_zone)
        ui.colourButton.clicked.connect(self.choose_colour)
        ui.zones.doubleClicked.connect(
            lambda index: self.choose_colour() if index.column() == ZoneEditModel.COLOUR else None
        )
        self.zone_model.edited.connect(self.mark_dirty)
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.setup_form(
            [getattr(ui, name) for name in TEXT_FIELDS] + [ui.kind, ui.organising_unit_id, ui.notes]
        )
        self.retranslate()
        ui.name.setFocus()

    # -- zones -----------------------------------------------------------------------------------
    def add_zone(self) -> None:
        index = self.zone_model.add_zone()
        self.ui.zones.setCurrentIndex(index)
        self.ui.zones.setFocus()
        self.ui.zones.edit(index)

    def remove_zone(self) -> None:
        index = self.ui.zones.currentIndex()
        if index.isValid():
            self.zone_model.remove_zone(index.row())

    def choose_colour(self) -> None:
        index = self.ui.zones.currentIndex()
        if not index.isValid():
            return
        zone = self.zone_model.zones[index.row()]
        colour = prompts.choose_colour(
            self, self.tr("Colour of zone {code}").format(code=zone.code), zone.colour or "#1565C0"
        )
        if colour:
            self.zone_model.set_colour(index.row(), colour)

    # -- saving ----------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        ui = self.ui
        values: dict[str, Any] = {
            name: getattr(ui, name).text().strip() or None for name in TEXT_FIELDS
        }
        values["kind"] = ui.kind.currentData()
        values["notes"] = ui.notes.toPlainText().strip() or None
        unit = ui.organising_unit_id.currentData()
        values["organising_unit_id"] = int(unit) if unit else None
        return values

    def submit(self) -> None:
        ui = self.ui
        if ui.zones.state() == ui.zones.State.EditingState:  # a zone cell still being typed in
            ui.zones.setCurrentIndex(ui.zones.currentIndex())
        values = self.values()
        errors = forms.event_errors(
            name=values["name"], kind=values["kind"], start=values["start"], end=values["end"],
            location=values["location"], notes=values["notes"],
        )  # fmt: skip
        if errors:
            self.show_errors(errors)
            return
        db, actor, event = self.context.db, self.context.actor, self.edited
        edits = self.zone_model.edits()
        self.set_busy(True)
        if event is None:
            specs = [ZoneSpec(e.code, e.name, e.colour) for e in edits]
            work = lambda: events.add_event(db, actor, **values, zones=specs)  # noqa: E731
        else:
            event_id = event.id
            work = lambda: events.update_event(db, actor, event_id, **values, zones=edits).id  # noqa: E731
        operations.run(
            self, work, success=self._done, failure=self.show_error,
            label=self.tr("Saving the event…"),
        )  # fmt: skip

    def _done(self, event_id: int) -> None:
        self.saved_id = event_id
        self.saved()

    # -- text --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        ui = self.ui
        self.setWindowTitle(
            self.tr("New event or site")
            if self.edited is None
            else self.tr("Event: {name}").format(name=self.edited.name)
        )
        for index in range(ui.kind.count()):
            ui.kind.setItemText(index, event_kind_label(str(ui.kind.itemData(index))))
        ui.organising_unit_id.setItemText(0, self.tr("(none)"))
        self.zone_model.retranslate()
        self.save_button.setText(self.tr("&Save"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
