"""Issuing passes: one to a reporter (from the reporters page) or a batch (from the passes page).

A batch is first previewed: who will get a pass and who is skipped, with the core's own reason
(suspended, a press card that expires before the pass ends, a live pass already held), decided by
``issuing.preview_batch`` — the same rules the issue applies. Confirming issues to exactly the
reporters shown, in one transaction (the core checks each again; anyone who changed meanwhile is
reported). Overriding the press card's expiry needs a typed reason, recorded on each pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QListWidgetItem

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.errors import AccredError
from accred_app.core.passes import issuing
from accred_app.core.passes.issuing import BatchPreview, BatchResult, PassView
from accred_app.core.registry import agencies, events
from accred_app.core.registry.agencies import AgencyView
from accred_app.core.registry.events import EventView
from accred_app.gui import operations, prompts
from accred_app.gui.dialogs.base import FormDialog
from accred_app.gui.generated.ui_issue_passes import Ui_IssuePassesDialog
from accred_app.gui.i18n import current_locale
from accred_app.gui.labels import dmy
from accred_app.gui.pages.base import DeskContext
from accred_app.gui.widgets.zone_chips import text_colour

ZONES_PER_ROW = 3


@dataclass(frozen=True, slots=True)
class Choices:
    """What the form offers, read once on a worker."""

    events: list[EventView]
    agencies: list[AgencyView]


def load_choices(context: DeskContext) -> Choices:
    db, actor = context.db, context.actor
    return Choices(events.list_events(db, actor), agencies.list_agencies(db, actor))


def today_in_vietnam() -> date:
    return datetime.now(VIETNAM_TZ).date()


def default_event(found: list[EventView], today: date) -> EventView | None:
    """The next event not yet over (the one being prepared), else the newest."""
    running = [e for e in found if e.kind == "event" and (e.ends_on or e.starts_on) >= today]
    if running:
        return min(running, key=lambda e: (e.starts_on, e.id))
    return found[0] if found else None


def event_label(event: EventView) -> str:
    if event.kind == "site":
        return QCoreApplication.translate("IssuePassesDialog", "{name} (standing site)").format(
            name=event.name
        )
    return f"{event.name} ({dmy(event.starts_on)} – {dmy(event.ends_on)})"


class IssuePassesDialog(FormDialog):
    """``reporter`` (id, name): one pass for that reporter; otherwise a batch, optionally for
    ``selected`` reporters (id, name) chosen on the passes page."""

    field_aliases: ClassVar[dict[str, str]] = {
        "from": "first_day",
        "to": "last_day",
        "end": "last_day",
        "start": "first_day",
        "event": "event_id",
    }

    issued = Signal(list)
    """Serials of the passes just issued."""

    def __init__(
        self,
        context: DeskContext,
        *,
        reporter: tuple[int, str] | None = None,
        selected: list[tuple[int, str]] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.reporter = reporter
        self.selected = list(selected or [])
        self.choices: Choices | None = None
        self.preview: BatchPreview | None = None
        self.result: BatchResult | None = None
        self.single: PassView | None = None
        self.zone_boxes: dict[str, QCheckBox] = {}
        self.ui = Ui_IssuePassesDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.whoGroup.setVisible(reporter is None)
        ui.reporterName.setVisible(reporter is not None)
        ui.bySelection.setEnabled(bool(self.selected))
        (ui.bySelection if self.selected else ui.byAgency).setChecked(True)
        ui.overrideCard.toggled.connect(self._override_toggled)
        ui.event_id.currentIndexChanged.connect(lambda _index: self._event_changed())
        ui.previewButton.clicked.connect(self.show_preview)
        ui.issueButton.clicked.connect(self.submit)
        ui.backButton.clicked.connect(self.back_to_form)
        ui.cancelButton.clicked.connect(self.reject)
        self.setup_form(
            [ui.agency_id, ui.from_event_id, ui.event_id, ui.first_day, ui.last_day,
             ui.overrideCard, ui.override_card, ui.byAgency, ui.bySelection, ui.byEarlierEvent]
        )  # fmt: skip
        self._override_toggled(False)
        self.back_to_form()
        self.retranslate()
        self.setEnabled(False)
        operations.run(
            self,
            lambda: load_choices(context),
            success=self._fill,
            label=self.tr("Reading events and agencies…"),
        )

    # -- the form --------------------------------------------------------------------------------
    def _fill(self, choices: Choices) -> None:
        self.choices = choices
        ui = self.ui
        ui.event_id.blockSignals(True)
        for event in choices.events:
            ui.event_id.addItem(event_label(event), event.id)
            ui.from_event_id.addItem(event_label(event), event.id)
        for agency in choices.agencies:
            ui.agency_id.addItem(agency.name, agency.id)
        chosen = default_event(choices.events, today_in_vietnam())
        if chosen is not None:
            ui.event_id.setCurrentIndex(ui.event_id.findData(chosen.id))
            earlier = [e for e in choices.events if e.id != chosen.id]
            if earlier:
                ui.from_event_id.setCurrentIndex(ui.from_event_id.findData(earlier[0].id))
        ui.event_id.blockSignals(False)
        self._event_changed()
        self.setEnabled(True)
        self.dirty = False
        ui.event_id.setFocus()

    def chosen_event(self) -> EventView | None:
        event_id = self.ui.event_id.currentData()
        if self.choices is None or event_id is None:
            return None
        return next((e for e in self.choices.events if e.id == event_id), None)

    def _event_changed(self) -> None:
        event = self.chosen_event()
        layout = self.ui.zonesLayout
        for box in self.zone_boxes.values():
            layout.removeWidget(box)
            box.deleteLater()
        self.zone_boxes = {}
        while layout.count():
            item = layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        if event is None:
            return
        for number, zone in enumerate(event.zones):
            box = QCheckBox(f"{zone.code} — {zone.name}".replace("&", "&&"), self.ui.zones)
            box.setObjectName(f"zone_{zone.code}")
            box.setChecked(True)
            box.setToolTip(zone.name)
            colour, text = zone.colour, text_colour(zone.colour).name()
            box.setStyleSheet(
                f"QCheckBox {{ background: {colour}; color: {text}; border: 1px solid #404040;"
                " border-radius: 3px; padding: 2px 6px; }"
            )
            box.toggled.connect(self.mark_dirty)
            row, column = divmod(number, ZONES_PER_ROW)
            layout.addWidget(box, row, column)
            self.zone_boxes[zone.code] = box
        if event.kind == "site":
            self.ui.first_day.setText(dmy(max(event.starts_on, today_in_vietnam())))
            self.ui.last_day.setText(dmy(event.ends_on) if event.ends_on else "")
        else:
            self.ui.first_day.setText(dmy(event.starts_on))
            self.ui.last_day.setText(dmy(event.ends_on))
        self.ui.zonesLabel.setVisible(bool(event.zones))
        self.ui.zones.setVisible(bool(event.zones))

    def _override_toggled(self, on: bool) -> None:
        self.ui.override_card.setEnabled(on)
        self.ui.overrideLabel.setEnabled(on)
        if on:
            self.ui.override_card.setFocus()

    def chosen_zones(self) -> list[str]:
        return [code for code, box in self.zone_boxes.items() if box.isChecked()]

    def _request(self) -> dict[str, Any]:
        """The issue's parameters as the core takes them (dates as typed: the core parses)."""
        ui = self.ui
        override = ui.override_card.text().strip() if ui.overrideCard.isChecked() else None
        return {
            "event_id": ui.event_id.currentData(),
            "zones": self.chosen_zones(),
            "first_day": ui.first_day.text().strip() or None,
            "last_day": ui.last_day.text().strip() or None,
            "override_card_reason": override if override is not None else None,
        }

    def _who(self) -> dict[str, Any]:
        ui = self.ui
        if ui.bySelection.isChecked():
            return {"reporter_ids": [reporter_id for reporter_id, _name in self.selected]}
        if ui.byEarlierEvent.isChecked():
            return {"from_event_id": ui.from_event_id.currentData()}
        return {"agency_id": ui.agency_id.currentData()}

    def _check_zones(self) -> bool:
        event = self.chosen_event()
        if event is not None and event.zones and not self.chosen_zones():
            self.ui.error_zones.show_message(self.tr("Tick at least one zone."))
            return False
        return True

    # -- preview, then issue -------------------------------------------------------------------
    def show_preview(self) -> None:
        if self.errors is not None:
            self.errors.clear()
        if self.ui.event_id.currentData() is None or not self._check_zones():
            return
        db, actor = self.context.db, self.context.actor
        request = {**self._request(), **self._who()}
        self.set_busy(True)
        operations.run(
            self,
            lambda: issuing.preview_batch(db, actor, **request),
            success=self._previewed,
            failure=self.show_error,
            label=self.tr("Checking who may get a pass…"),
        )

    def _previewed(self, preview: BatchPreview) -> None:
        self.set_busy(False)
        self.preview = preview
        ui = self.ui
        locale = current_locale()
        ui.eligibleList.clear()
        for candidate in preview.eligible:
            text = f"{candidate.name} — {candidate.agency}"
            if candidate.card_override:
                text += "  ⚠ " + self.tr(
                    "press card expires {date}: issued with the reason given"
                ).format(date=dmy(candidate.card_expiry))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, candidate.reporter_id)
            ui.eligibleList.addItem(item)
        ui.skippedList.clear()
        for skipped in preview.skipped:
            item = QListWidgetItem(issuing.describe_skipped(skipped, locale))
            item.setData(Qt.ItemDataRole.UserRole, skipped.reporter_id)
            item.setToolTip(skipped.name)
            ui.skippedList.addItem(item)
        self._describe_preview()
        ui.steps.setCurrentWidget(ui.previewPage)
        self._update_buttons()

    def _describe_preview(self) -> None:
        preview, ui = self.preview, self.ui
        if preview is None:
            return
        last_day = (preview.valid_to.astimezone(VIETNAM_TZ) - timedelta(minutes=1)).date()
        ui.previewSummary.setText(
            self.tr("{event} · zones {zones} · valid {first} – {last}").format(
                event=preview.event.name,
                zones=" ".join(preview.zone_codes) or "—",
                first=dmy(preview.valid_from.astimezone(VIETNAM_TZ).date()),
                last=dmy(last_day),
            )
        )
        ui.eligibleLabel.setText(self.tr("Will get a pass: %n", "", len(preview.eligible)))
        ui.skippedLabel.setText(self.tr("Skipped, with the reason: %n", "", len(preview.skipped)))

    def back_to_form(self) -> None:
        self.ui.steps.setCurrentWidget(self.ui.formPage)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        on_preview = ui.steps.currentWidget() is ui.previewPage
        batch = self.reporter is None
        ui.backButton.setVisible(batch and on_preview)
        ui.previewButton.setVisible(batch and not on_preview)
        ui.issueButton.setVisible(not batch or on_preview)
        count = len(self.preview.eligible) if self.preview is not None else 0
        if batch:
            ui.issueButton.setText(self.tr("&Issue %n pass(es)", "", count))
            ui.issueButton.setEnabled(count > 0)
            (ui.issueButton if on_preview else ui.previewButton).setDefault(True)
        else:
            ui.issueButton.setText(self.tr("&Issue"))
            ui.issueButton.setDefault(True)

    def submit(self) -> None:
        if self.errors is not None:
            self.errors.clear()
        db, actor = self.context.db, self.context.actor
        if self.reporter is not None:
            if not self._check_zones():
                return
            request = self._request()
            reporter_id = self.reporter[0]
            self.set_busy(True)
            operations.run(
                self,
                lambda: issuing.issue_pass(db, actor, reporter_id=reporter_id, **request),
                success=self._issued_one,
                failure=self.show_error,
                label=self.tr("Issuing the pass…"),
            )
            return
        preview = self.preview
        if preview is None or not preview.eligible:
            return
        request = {
            **self._request(),
            "reporter_ids": [candidate.reporter_id for candidate in preview.eligible],
        }
        self.set_busy(True)
        operations.run(
            self,
            lambda: issuing.issue_batch(db, actor, **request),
            success=self._issued_batch,
            failure=self._batch_failed,
            label=self.tr("Issuing %n pass(es)…", "", len(preview.eligible)),
        )

    def _batch_failed(self, error: AccredError) -> None:
        self.back_to_form()
        self.show_error(error)

    def _issued_one(self, view: PassView) -> None:
        self.single = view
        self.issued.emit([view.serial])
        self.saved()

    def _issued_batch(self, result: BatchResult) -> None:
        self.result = result
        if result.skipped:  # changed since the preview (another desk, a status changed)
            locale = current_locale()
            prompts.tell(
                self,
                self.tr("%n reporter(s) could not get a pass after all:", "", len(result.skipped)),
                detail="\n".join(issuing.describe_skipped(s, locale) for s in result.skipped),
            )
        self.issued.emit([view.serial for view in result.issued])
        self.saved()

    # -- text ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        ui = self.ui
        if self.reporter is not None:
            ui.reporterName.setText(self.tr("Pass for {name}").format(name=self.reporter[1]))
            self.setWindowTitle(self.tr("Issue a field pass"))
        ui.bySelection.setText(self.tr("&Selected reporters (%n)", "", len(self.selected)))
        if self.selected:
            ui.bySelection.setToolTip(", ".join(name for _id, name in self.selected[:20]))
        if self.choices is not None:
            for combo in (ui.event_id, ui.from_event_id):
                for index in range(combo.count()):
                    found = next(
                        (e for e in self.choices.events if e.id == combo.itemData(index)), None
                    )
                    if found is not None:
                        combo.setItemText(index, event_label(found))
        self._describe_preview()
        self._update_buttons()
