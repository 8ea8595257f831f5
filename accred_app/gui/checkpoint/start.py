"""Choosing the post a gate is opened for: event, zone (or the outer gate), the unit on duty and
the direction — from the desk ("Mở cổng kiểm soát"), and from the gate to move to another post.

The lists come from ``checkpoint.posts.post_choices`` (a checkpoint officer may read them, and a
station holds them), read on a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from accred_app.core.checkpoint import posts
from accred_app.core.checkpoint.scanning import CheckpointPost
from accred_app.core.checkpoint.verdict import Direction
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database
from accred_app.gui import operations
from accred_app.gui.generated.ui_checkpoint_start import Ui_CheckpointStartDialog


class CheckpointStartDialog(QDialog):
    chosen = Signal(int, str, int, str)  # event id, zone code ("" = outer gate), unit id, direction

    def __init__(
        self,
        db: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        current: CheckpointPost | None = None,
        offer_full_screen: bool = False,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.current = current
        self.ui = Ui_CheckpointStartDialog()
        self.ui.setupUi(self)
        self.ui.fullScreen.setVisible(offer_full_screen)
        self.choices: posts.PostChoices | None = None
        self._fill_directions()
        self.ui.event.currentIndexChanged.connect(self._fill_zones)
        self.ui.openButton.clicked.connect(self._open)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.loading = operations.run(
            self, lambda: posts.post_choices(db, actor), success=self._show_choices
        )

    @property
    def full_screen(self) -> bool:
        return self.ui.fullScreen.isVisible() and self.ui.fullScreen.isChecked()

    def _fill_directions(self) -> None:
        wanted = self.current.direction.value if self.current else Direction.IN.value
        self.ui.direction.clear()
        self.ui.direction.addItem(self.tr("In (entries)"), Direction.IN.value)
        self.ui.direction.addItem(self.tr("Out (exits)"), Direction.OUT.value)
        self.ui.direction.setCurrentIndex(self.ui.direction.findData(wanted))

    def _show_choices(self, choices: posts.PostChoices) -> None:
        self.choices = choices
        ui = self.ui
        ui.event.blockSignals(True)
        ui.event.clear()
        for event in choices.events:
            ui.event.addItem(f"{event.name} ({event.starts_on:%d/%m/%Y})", event.id)
        ui.event.blockSignals(False)
        ui.unit.clear()
        for unit in choices.units:
            ui.unit.addItem(f"{unit.code} — {unit.name}", unit.id)
        if self.current is not None:
            ui.event.setCurrentIndex(max(0, ui.event.findData(self.current.event.id)))
            ui.unit.setCurrentIndex(max(0, ui.unit.findData(self.current.unit_id)))
        elif choices.officer_unit_id is not None:
            ui.unit.setCurrentIndex(max(0, ui.unit.findData(choices.officer_unit_id)))
        self._fill_zones()
        ready = bool(choices.events) and bool(choices.units)
        ui.openButton.setEnabled(ready)
        ui.problemLabel.setText(
            ""
            if ready
            else self.tr("There is no event or no police unit yet: add them at the desk first.")
        )

    def _fill_zones(self) -> None:
        ui = self.ui
        ui.zone.clear()
        ui.zone.addItem(self.tr("Outer gate (the whole event)"), "")
        if self.choices is None:
            return
        event = next((e for e in self.choices.events if e.id == ui.event.currentData()), None)
        for zone in event.zones if event else ():
            ui.zone.addItem(f"{zone.code} — {zone.name}", zone.code)
        if self.current is not None and event is not None and event.id == self.current.event.id:
            ui.zone.setCurrentIndex(max(0, ui.zone.findData(self.current.zone_code or "")))

    def select(self, *, event_id: int, zone_code: str = "", unit_id: int | None = None,
               direction: str = Direction.IN.value) -> None:  # fmt: skip
        """Tests and screenshots: pick like the officer would."""
        ui = self.ui
        ui.event.setCurrentIndex(ui.event.findData(event_id))
        ui.zone.setCurrentIndex(ui.zone.findData(zone_code))
        if unit_id is not None:
            ui.unit.setCurrentIndex(ui.unit.findData(unit_id))
        ui.direction.setCurrentIndex(ui.direction.findData(direction))

    def _open(self) -> None:
        ui = self.ui
        if ui.event.currentData() is None or ui.unit.currentData() is None:
            return
        self.chosen.emit(
            int(ui.event.currentData()),
            str(ui.zone.currentData() or ""),
            int(ui.unit.currentData()),
            str(ui.direction.currentData()),
        )
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)


def selected(dialog: CheckpointStartDialog) -> dict[str, Any]:
    ui = dialog.ui
    return {
        "event_id": ui.event.currentData(),
        "zone_code": ui.zone.currentData() or None,
        "unit_id": ui.unit.currentData(),
        "direction": ui.direction.currentData(),
    }
