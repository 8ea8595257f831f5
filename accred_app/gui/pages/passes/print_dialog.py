"""Printing passes: choose the layout, look at the real pages, print them or save them as a PDF.

The preview shows the pages the PDF has (``rendering.py``), one run at a time: page 37 of a
1,000-pass batch is drawn without writing the 36 before it, so the first page shows at once.
Printing runs on a worker, a run at a time, with progress and Cancel; the print log records only
the passes that reached the printer (or a complete PDF file). A pass printed before is printed
again only after the officer says so, told when it was printed.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from accred_app.core.passes.print_log import PassToPrint
from accred_app.gui import operations, prompts
from accred_app.gui.generated.ui_print_passes import Ui_PrintPassesDialog
from accred_app.gui.models.pass_listing import local_time
from accred_app.gui.pages.base import DeskContext
from accred_app.gui.pages.passes import rendering
from accred_app.gui.settings import desk_settings
from accred_app.printing import jobs
from accred_app.printing.model import Layout

LAYOUT_KEY = "print/layout"
BACK_KEY = "print/back"
CACHED_RUNS = 8
REPRINTS_NAMED = 10


class _Stopped(Exception):
    """The officer cancelled while a PDF file was being written: the file is not kept."""


class PrintPassesDialog(QDialog):
    printed = Signal(list)
    """Serials whose print was logged (the passes page shows their new print counts)."""

    def __init__(self, context: DeskContext, serials: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.serials = list(serials)
        self.ui = Ui_PrintPassesDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.batch: jobs.PrintBatch | None = None
        self.page = 0
        self.image: QImage | None = None
        self._runs: OrderedDict[int, bytes] = OrderedDict()
        self._generation = 0
        self.job: operations.Operation | None = None
        self.last_outcome: rendering.PrintOutcome | None = None
        self.saved_to: Path | None = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printers = prompts.available_printers()
        self._layouts = {"card": ui.cardLayout, "badge": ui.badgeLayout, "sheet": ui.sheetLayout}
        settings = desk_settings()
        chosen = settings.value(LAYOUT_KEY)
        self._layouts.get(str(chosen), ui.sheetLayout).setChecked(True)
        ui.backSide.setChecked(settings.value(BACK_KEY) in (True, "true"))
        for button in self._layouts.values():
            button.toggled.connect(lambda on: on and self._layout_changed())
        ui.backSide.toggled.connect(lambda _on: self._layout_changed())
        ui.previousPage.clicked.connect(lambda: self.show_page(self.page - 1))
        ui.nextPage.clicked.connect(lambda: self.show_page(self.page + 1))
        ui.printButton.clicked.connect(self.print_to_printer)
        ui.saveButton.clicked.connect(self.save_pdf)
        ui.closeButton.clicked.connect(self.reject)
        self.retranslate()
        self._update_controls()
        self.load()

    # -- the batch and its pages -------------------------------------------------------------------
    @property
    def layout_choice(self) -> Layout:
        for layout, button in self._layouts.items():
            if button.isChecked():
                return layout  # type: ignore[return-value]
        return "sheet"

    @property
    def back_side(self) -> bool:
        return self.ui.backSide.isChecked() and self.layout_choice == "card"

    def load(self) -> None:
        """Read the passes (a revoked one refuses the lot: it cannot be printed)."""
        db, actor = self.context.db, self.context.actor
        serials, layout, back = self.serials, self.layout_choice, self.back_side
        operations.run(
            self,
            lambda: jobs.prepare_batch(db, actor, serials, layout=layout, back_side=back),
            success=self._loaded,
            failure=self._load_failed,
            label=self.tr("Reading the passes…"),
        )

    def _loaded(self, batch: jobs.PrintBatch) -> None:
        self.batch = batch
        self._runs.clear()
        self.page = 0
        self._update_controls()
        self.show_page(0)

    def _load_failed(self, error: Any) -> None:
        prompts.tell_error(self, error)
        self.reject()

    def _layout_changed(self) -> None:
        settings = desk_settings()
        settings.setValue(LAYOUT_KEY, self.layout_choice)
        settings.setValue(BACK_KEY, self.ui.backSide.isChecked())
        if self.batch is None:
            self._update_controls()
            return
        self.batch = jobs.with_layout(self.batch, self.layout_choice, self.back_side)
        self._runs.clear()
        self._update_controls()
        self.show_page(0)

    def show_page(self, page: int) -> None:
        """Render page ``page`` (from 0) on a worker and show it when it comes."""
        batch = self.batch
        if batch is None or not 0 <= page < batch.pages:
            return
        self.page = page
        self._generation += 1
        generation = self._generation
        run, index = batch.run_of_page(page)
        cached = self._runs.get(run)
        width = self._preview_width()
        db = self.context.db

        def render() -> tuple[int, bytes, QImage]:
            pdf = cached if cached is not None else jobs.run_pdf(db, batch, run)
            return run, pdf, rendering.render_page(pdf, index, width)

        operations.run(
            self,
            render,
            success=lambda result: self._show(generation, batch, *result),
            label=self.tr("Drawing the page…"),
            cancellable=True,
        )
        self._update_controls()

    def _show(
        self, generation: int, batch: jobs.PrintBatch, run: int, pdf: bytes, image: QImage
    ) -> None:
        if batch is not self.batch:
            return
        self._runs[run] = pdf
        self._runs.move_to_end(run)
        while len(self._runs) > CACHED_RUNS:
            self._runs.popitem(last=False)
        if generation != self._generation:
            return
        self.image = image
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.ui.pageImage.setPixmap(pixmap)

    def _preview_width(self) -> int:
        """The width that shows the whole page in the preview area (a sheet by its height, a
        card by its width)."""
        viewport = self.ui.previewArea.viewport()
        width, height = max(viewport.width() - 16, 240), max(viewport.height() - 16, 240)
        page_width, page_height = rendering.page_size_points(self.layout_choice)
        fitted = min(width, height * page_width / page_height)
        return int(fitted * self.devicePixelRatioF())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.image is not None and abs(self.image.width() - self._preview_width()) > 40:
            self.show_page(self.page)

    # -- printing --------------------------------------------------------------------------------
    def confirm_reprint(self) -> bool:
        """Ask before printing again what was printed before, saying when."""
        batch = self.batch
        if batch is None:
            return False
        again = batch.reprints
        if not again:
            return True
        lines = [self._reprint_line(item) for item in again[:REPRINTS_NAMED]]
        if len(again) > REPRINTS_NAMED:
            lines.append(self.tr("… and %n more.", "", len(again) - REPRINTS_NAMED))
        return prompts.confirm(
            self,
            self.tr("%n of these passes was printed before. Print again?", "", len(again)),
            yes=self.tr("Print again"),
            detail="\n".join(lines),
        )

    def _reprint_line(self, item: PassToPrint) -> str:
        return self.tr("{serial} — {name}: printed on {time}").format(
            serial=item.serial, name=item.full_name, time=local_time(item.last_printed_at)
        )

    def print_to_printer(self) -> None:
        batch = self.batch
        if batch is None or not self.printers or not self.confirm_reprint():
            return
        rendering.set_up_page(self.printer, batch.layout)
        self.printer.setDocName(self.tr("Field passes"))
        if not prompts.choose_printer(self, self.printer, self.tr("Print field passes")):
            return
        db, actor, printer = self.context.db, self.context.actor, self.printer
        self.job = operations.run_with_progress(
            self,
            lambda progress: rendering.print_batch(db, actor, batch, printer, progress),
            success=self._printed,
            failure=self._print_failed,
            label=self.tr("Sending %n pass(es) to the printer…", "", len(batch.items)),
        )

    def _printed(self, outcome: rendering.PrintOutcome) -> None:
        self.last_outcome = outcome
        if outcome.sent:
            self.printed.emit(list(outcome.sent))
        if outcome.cancelled:
            message = self.tr(
                "Printing stopped: %n pass(es) were sent to the printer and recorded as printed.",
                "",
                len(outcome.sent),
            )
            prompts.tell(self, message)
        else:
            self.ui.printerNote.setText(
                self.tr("%n pass(es) sent to {printer}.", "", len(outcome.sent)).format(
                    printer=outcome.printer or self.tr("the printer")
                )
            )
        self.load()  # the passes now printed before

    def _print_failed(self, error: Any) -> None:
        prompts.tell_error(self, error)
        self.printed.emit([])  # some runs may have been sent and logged before the failure
        self.load()

    def save_pdf(self) -> None:
        batch = self.batch
        if batch is None or not self.confirm_reprint():
            return
        suggested = Path.home() / self.tr("field-passes.pdf")
        target = prompts.choose_save_file(
            self, self.tr("Save the passes as a PDF"), suggested, [self.tr("PDF files (*.pdf)")]
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        db, actor = self.context.db, self.context.actor
        serials = [item.serial for item in batch.items]
        layout, back = batch.layout, batch.settings.print_back

        def write(progress: operations.Progress) -> jobs.PrintReport | None:
            def step(done: int, total: int) -> None:
                if progress.cancelled:
                    raise _Stopped
                progress.report(done, total)

            try:
                return jobs.print_passes(
                    db,
                    actor,
                    serials=serials,
                    layout=layout,
                    back_side=back,
                    output=target,
                    progress=step,
                )
            except _Stopped:
                return None

        self.job = operations.run_with_progress(
            self,
            write,
            success=self._saved,
            label=self.tr("Writing %n pass(es) to the PDF file…", "", len(serials)),
        )

    def _saved(self, report: jobs.PrintReport | None) -> None:
        if report is None:
            prompts.tell(self, self.tr("Stopped: no file was written and nothing is recorded."))
            return
        self.saved_to = report.output
        self.ui.printerNote.setText(
            self.tr("Saved {file}: %n pass(es), {pages} page(s).", "", len(report.serials)).format(
                file=report.output.name, pages=report.pages
            )
        )
        self.printed.emit(list(report.serials))
        self.load()

    # -- text ------------------------------------------------------------------------------------
    def _update_controls(self) -> None:
        ui, batch = self.ui, self.batch
        ui.backSide.setEnabled(self.layout_choice == "card")
        pages = batch.pages if batch is not None else 0
        ui.previousPage.setEnabled(batch is not None and self.page > 0)
        ui.nextPage.setEnabled(batch is not None and self.page < pages - 1)
        ui.saveButton.setEnabled(batch is not None)
        ui.printButton.setEnabled(batch is not None and bool(self.printers))
        ui.pageLabel.setText(
            self.tr("Page {page} of {pages}").format(page=self.page + 1, pages=pages)
            if batch is not None
            else ""
        )
        if batch is None:
            ui.summary.setText(self.tr("Reading the passes…"))
            ui.reprintNote.setText("")
            return
        ui.summary.setText(
            self.tr("%n pass(es)", "", len(batch.items)) + " · " + self.tr("%n page(s)", "", pages)
        )
        again = len(batch.reprints)
        ui.reprintNote.setText(
            self.tr(
                "%n of them printed before: you will be asked before printing again.", "", again
            )
            if again
            else ""
        )

    def retranslate(self) -> None:
        ui = self.ui
        if self.printers:
            ui.printButton.setText(self.tr("P&rint…"))
            ui.printButton.setToolTip("")
            if not ui.printerNote.text():
                ui.printerNote.setText("")
        else:
            ui.printButton.setText(self.tr("No printer installed"))
            ui.printButton.setToolTip(
                self.tr("Install a printer on this computer to print; Save as PDF still works.")
            )
            ui.printerNote.setText(
                self.tr(
                    "No printer is installed on this computer. Save the passes as a PDF and "
                    "print the file from another computer or a print shop."
                )
            )
        self._update_controls()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


def open_print_dialog(
    context: DeskContext, serials: list[str], parent: QWidget | None
) -> PrintPassesDialog:
    dialog = PrintPassesDialog(context, serials, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
