"""Báo cáo — the cooperation report for a year, a quarter, one event or chosen days, previewed as
the very PDF the office signs (pdfium draws its pages) and saved as PDF or Excel; and the
checkpoint briefing sheet of an event, previewed and saved as PDF.

The figures come from ``reports.cooperation_report`` — the CLI's ``accred report cooperation``
draws the same object — and the document's number, place and signer are the CLI's options.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings

from accred_app.core import validation as v
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import AccredError, ValidationError
from accred_app.core.registry import events
from accred_app.core.registry.events import EventView
from accred_app.core.reports.briefing import BriefingSheet, briefing_sheet
from accred_app.core.reports.cooperation import CooperationReport, ReportPeriod, cooperation_report
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import Settings, get_settings
from accred_app.gui import operations, prompts
from accred_app.gui.actions import ActionId
from accred_app.gui.generated.ui_reports_page import Ui_ReportsPage
from accred_app.gui.pages.base import DeskContext, Page
from accred_app.gui.widgets.pdf_pages import RenderedPdf, render_pages, show_pages
from accred_app.printing.wording import place_from_organisation, signer_title

YEAR, QUARTER, EVENT, DAYS = "year", "quarter", "event", "days"
PERIOD_KINDS = (YEAR, QUARTER, EVENT, DAYS)


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What the officer asked for: the period and the document's frame (as the CLI's options)."""

    period: ReportPeriod
    number: str | None
    place: str | None
    signer: str | None
    signer_name: str | None


@dataclass(frozen=True, slots=True)
class ReportPreview:
    request: ReportRequest
    report: CooperationReport
    pdf: RenderedPdf


@dataclass(frozen=True, slots=True)
class BriefingPreview:
    event_id: int
    sheet: BriefingSheet
    pdf: RenderedPdf


@dataclass(frozen=True, slots=True)
class PageChoices:
    events: tuple[EventView, ...]
    settings: Settings


def read_choices(db: Database, actor: Actor) -> PageChoices:
    return PageChoices(tuple(events.list_events(db, actor)), get_settings(db))


def build_report(db: Database, actor: Actor, request: ReportRequest) -> ReportPreview:
    """The report's figures, its PDF and the PDF's pages as images (on a worker)."""
    from accred_app.printing import report_pdf  # reportlab: when a report is made, not at start

    report = cooperation_report(db, actor, request.period)
    head = report_pdf.letterhead_for(
        report,
        number=request.number,
        place=request.place,
        signer=request.signer,
        signer_name=request.signer_name,
    )
    handle = io.BytesIO()
    report_pdf.build_report_pdf(report, handle, head)
    return ReportPreview(request, report, render_pages(handle.getvalue()))


def build_briefing(db: Database, actor: Actor, event_id: int) -> BriefingPreview:
    from accred_app.printing import briefing_pdf

    sheet = briefing_sheet(db, actor, event_id)
    handle = io.BytesIO()
    briefing_pdf.build_briefing_pdf(db, actor, sheet, handle, briefing_pdf.letterhead_for(sheet))
    return BriefingPreview(event_id, sheet, render_pages(handle.getvalue()))


def _write_xlsx(report: CooperationReport, target: Path) -> Path:
    from accred_app.core.reports.xlsx import write_report_xlsx  # openpyxl: only when saving

    return write_report_xlsx(report, target)


def write_pdf(target: Path, data: bytes) -> Path:
    from accred_app.core.reports.output import write_report_file

    return write_report_file(target, lambda handle: handle.write(data))


class ReportsPage(Page):
    page_id = "reports"
    title_source = str(QT_TRANSLATE_NOOP("Pages", "Reports"))
    icon_name = "reports"
    handles = frozenset({ActionId.REFRESH})

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.choices: PageChoices | None = None
        self.report: ReportPreview | None = None
        self.briefing: BriefingPreview | None = None
        self.saved_path: Path | None = None
        self._report_generation = 0
        self._briefing_generation = 0
        for kind in PERIOD_KINDS:
            ui.periodKind.addItem("", kind)
        for quarter in (1, 2, 3, 4):
            ui.quarter.addItem("", quarter)
        today = utcnow().astimezone(VIETNAM_TZ).date()
        ui.year.setValue(today.year - 1 if today.month == 1 else today.year)
        ui.quarter.setCurrentIndex((today.month - 1) // 3)
        ui.event.addItem("", None)
        ui.periodKind.currentIndexChanged.connect(lambda _index: self._period_kind_changed())
        ui.previewButton.clicked.connect(self.preview_report)
        ui.savePdfButton.clicked.connect(lambda: self.save_report("pdf"))
        ui.saveXlsxButton.clicked.connect(lambda: self.save_report("xlsx"))
        ui.briefingPreviewButton.clicked.connect(self.preview_briefing)
        ui.briefingSaveButton.clicked.connect(self.save_briefing)
        self._period_kind_changed()
        self.setFocusProxy(ui.periodKind)
        self.retranslate()

    # -- choices -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        db, actor = self.context.db, self.context.actor
        operations.run(self, lambda: read_choices(db, actor), success=self._fill_choices)

    def _fill_choices(self, found: PageChoices) -> None:
        self.choices = found
        ui = self.ui
        for combo in (ui.event, ui.briefingEvent):
            wanted = combo.currentData()
            combo.clear()
            if combo is ui.event:
                combo.addItem("", None)
            for event in found.events:
                combo.addItem(event.name, event.id)
            index = combo.findData(wanted) if wanted is not None else -1
            combo.setCurrentIndex(index if index >= 0 else 0)
        settings = found.settings
        ui.place.setPlaceholderText(place_from_organisation(settings.org_name))
        ui.signer.setPlaceholderText(signer_title(settings.office_name))
        self.retranslate()

    def _period_kind_changed(self) -> None:
        ui = self.ui
        kind = ui.periodKind.currentData()
        for widget, shown in (
            (ui.yearLabel, kind in (YEAR, QUARTER)), (ui.year, kind in (YEAR, QUARTER)),
            (ui.quarterLabel, kind == QUARTER), (ui.quarter, kind == QUARTER),
            (ui.firstDayLabel, kind == DAYS), (ui.firstDay, kind == DAYS),
            (ui.lastDayLabel, kind == DAYS), (ui.lastDay, kind == DAYS),
        ):  # fmt: skip
            widget.setVisible(shown)
        self.retranslate()

    # -- the cooperation report ----------------------------------------------------------------------
    def current_request(self) -> ReportRequest:
        """The request the widgets say; a wrong day or a missing event raises ValidationError."""
        ui = self.ui
        kind = ui.periodKind.currentData()
        event = ui.event.currentData()
        event_id = int(event) if event is not None else None
        if kind == YEAR:
            period = ReportPeriod.year(ui.year.value(), event_id)
        elif kind == QUARTER:
            period = ReportPeriod.quarter(ui.year.value(), int(ui.quarter.currentData()), event_id)
        elif kind == EVENT:
            if event_id is None:
                raise ValidationError("required", field="event")
            period = ReportPeriod(event_id=event_id)
        else:
            period = ReportPeriod(
                self._day(ui.firstDay.text(), "from"), self._day(ui.lastDay.text(), "to"), event_id
            )

        def text(value: str) -> str | None:
            return value.strip() or None

        return ReportRequest(
            period,
            text(ui.number.text()),
            text(ui.place.text()),
            text(ui.signer.text()),
            text(ui.signerName.text()),
        )

    @staticmethod
    def _day(text: str, field: str) -> date | None:
        return v.parse_date(text, field) if text.strip() else None

    def _request_or_error(self) -> ReportRequest | None:
        try:
            request = self.current_request()
        except AccredError as error:
            self.ui.periodError.show_error(error)
            return None
        self.ui.periodError.clear_message()
        return request

    def preview_report(self, then: Any = None) -> None:
        request = self._request_or_error()
        if request is None:
            return
        self._report_generation += 1
        generation = self._report_generation
        db, actor = self.context.db, self.context.actor
        operations.run(
            self,
            lambda: build_report(db, actor, request),
            success=lambda preview: self._show_report(generation, preview, then),
            failure=self.ui.periodError.show_error,
            label=self.tr("Counting the report's figures…"),
            cancellable=True,
        )

    def _show_report(self, generation: int, preview: ReportPreview, then: Any) -> None:
        if generation != self._report_generation:
            return
        self.report = preview
        ui = self.ui
        show_pages(ui.reportPagesLayout, ui.reportPlaceholder, preview.pdf.pages, "report")
        totals = preview.report.totals
        figures = self.tr(
            "{entries} entries at the gates, {access} accesses recorded, "
            "{reporters} reporters served."
        ).format(
            entries=totals.entries,
            access=totals.access.total,
            reporters=totals.reporters_served,
        )
        ui.reportInfo.setText(self.tr("%n page(s)", "", preview.pdf.page_count) + " — " + figures)
        if callable(then):
            then()

    def save_report(self, file_format: str) -> None:
        request = self._request_or_error()
        if request is None:
            return
        if self.report is None or self.report.request != request:
            self.preview_report(then=lambda: self.save_report(file_format))
            return
        preview = self.report
        first, last = preview.report.first_day, preview.report.last_day
        stem = self.tr("cooperation-report")
        if first is not None and last is not None:
            stem += f"-{first:%Y%m%d}-{last:%Y%m%d}"
        filters = (
            [self.tr("PDF document (*.pdf)")]
            if file_format == "pdf"
            else [self.tr("Excel workbook (*.xlsx)")]
        )
        target = prompts.choose_save_file(
            self, self.tr("Save the cooperation report"), f"{stem}.{file_format}", filters
        )
        if target is None:
            return
        if target.suffix.lower() != f".{file_format}":
            target = target.with_name(target.name + f".{file_format}")
        if file_format == "pdf":
            data = preview.pdf.data
            work = lambda: write_pdf(target, data)  # noqa: E731
        else:
            report = preview.report
            work = lambda: _write_xlsx(report, target)  # noqa: E731
        operations.run(
            self, work, success=self._saved, label=self.tr("Saving the report…"),
        )  # fmt: skip

    def _saved(self, path: Path) -> None:
        self.saved_path = Path(path)
        self.status_message.emit(self.tr("Saved as {file}.").format(file=self.saved_path.name))

    # -- the briefing sheet --------------------------------------------------------------------------
    def preview_briefing(self, then: Any = None) -> None:
        event = self.ui.briefingEvent.currentData()
        if event is None:
            self.ui.briefingError.show_error(ValidationError("required", field="event"))
            return
        self.ui.briefingError.clear_message()
        event_id = int(event)
        self._briefing_generation += 1
        generation = self._briefing_generation
        db, actor = self.context.db, self.context.actor
        operations.run(
            self,
            lambda: build_briefing(db, actor, event_id),
            success=lambda preview: self._show_briefing(generation, preview, then),
            failure=self.ui.briefingError.show_error,
            label=self.tr("Drawing the briefing sheet…"),
            cancellable=True,
        )

    def _show_briefing(self, generation: int, preview: BriefingPreview, then: Any) -> None:
        if generation != self._briefing_generation:
            return
        self.briefing = preview
        ui = self.ui
        show_pages(ui.briefingPagesLayout, ui.briefingPlaceholder, preview.pdf.pages, "briefing")
        sheet = preview.sheet
        text = self.tr("%n valid pass(es)", "", len(sheet.lines))
        left_out = sheet.left_out_revoked + sheet.left_out_expired
        left_out += sheet.left_out_reporter_blocked
        if left_out:
            text += "; " + self.tr(
                "%n left out (revoked, expired or reporter blocked)", "", left_out
            )
        ui.briefingInfo.setText(
            self.tr("%n page(s)", "", preview.pdf.page_count) + " — " + text + "."
        )
        if callable(then):
            then()

    def save_briefing(self) -> None:
        event = self.ui.briefingEvent.currentData()
        if self.briefing is None or self.briefing.event_id != event:
            self.preview_briefing(then=self.save_briefing)
            return
        preview = self.briefing
        target = prompts.choose_save_file(
            self,
            self.tr("Save the briefing sheet"),
            self.tr("briefing-sheet-{event}.pdf").format(event=preview.event_id),
            [self.tr("PDF document (*.pdf)")],
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        data = preview.pdf.data
        operations.run(
            self,
            lambda: write_pdf(target, data),
            success=self._saved,
            label=self.tr("Saving the briefing sheet…"),
        )

    # -- text ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        ui = self.ui
        names = {
            YEAR: self.tr("A year"),
            QUARTER: self.tr("A quarter"),
            EVENT: self.tr("One event, all of it"),
            DAYS: self.tr("From day to day"),
        }
        for index in range(ui.periodKind.count()):
            ui.periodKind.setItemText(index, names[str(ui.periodKind.itemData(index))])
        for index, roman in enumerate(("I", "II", "III", "IV")):
            ui.quarter.setItemText(index, self.tr("Quarter {number}").format(number=roman))
        needs_event = ui.periodKind.currentData() == EVENT
        ui.event.setItemText(0, self.tr("Choose the event") if needs_event else self.tr("All"))
        if self.report is None:
            ui.reportPlaceholder.setText(
                self.tr(
                    "Choose the period and press “Preview”: the pages appear here as they will "
                    "be printed."
                )
            )
        if self.briefing is None:
            ui.briefingPlaceholder.setText(self.tr("Choose the event and press “Preview”."))

    def save_state(self, settings: QSettings) -> None:
        ui = self.ui
        settings.setValue(self.state_key("period"), ui.periodKind.currentData() or YEAR)
        for key, edit in (
            ("place", ui.place), ("signer", ui.signer), ("signer_name", ui.signerName),
        ):  # fmt: skip  # the number is each report's own: not kept
            settings.setValue(self.state_key(key), edit.text())

    def restore_state(self, settings: QSettings) -> None:
        ui = self.ui
        period = settings.value(self.state_key("period"))
        index = ui.periodKind.findData(period) if isinstance(period, str) else -1
        ui.periodKind.setCurrentIndex(max(index, 0))
        for key, edit in (
            ("place", ui.place), ("signer", ui.signer), ("signer_name", ui.signerName),
        ):  # fmt: skip
            value = settings.value(self.state_key(key))
            if isinstance(value, str):
                edit.setText(value)
