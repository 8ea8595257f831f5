"""Pass pages as pictures: the reportlab PDF rendered by PDFium, for the preview and for printers.

Nothing about a pass is drawn here: the preview and the printer get the very pages
``printing/pass_pdf.py`` writes, rendered by PDFium (pypdfium2), so they cannot drift from the PDF
that "Save as PDF" writes.

**Printers** get each page at :func:`printer_dpi` (at least 600 dpi, so a QR module of a card —
0.4 mm — is ten dots or more with hard edges) and at true size. A page is rendered in horizontal
bands of at most :data:`BAND_PIXELS`, so an A4 sheet at 1,200 dpi (140 million pixels) never sits
in memory whole.

PDFium is not thread-safe: every call into it holds :data:`PDFIUM_LOCK` (the preview and a print
job run on worker threads).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.passes.print_log import PassToPrint
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database
from accred_app.gui.operations import Progress
from accred_app.printing import jobs
from accred_app.printing.layouts import BADGE_HEIGHT, BADGE_WIDTH, CARD_HEIGHT, CARD_WIDTH, SHEET
from accred_app.printing.layouts import MM as POINTS_PER_MM
from accred_app.printing.model import Layout

register(
    {
        "printer_unavailable": (
            "Không bắt đầu in được trên máy in {printer}: máy in không sẵn sàng hoặc không nhận "
            "lệnh in. Kiểm tra máy in, hoặc lưu thành tệp PDF để in sau.",
            "Printing on {printer} could not start: the printer is not ready or refused the job. "
            "Check the printer, or save a PDF to print later.",
        ),
    }
)

PDFIUM_LOCK = threading.Lock()
MIN_PRINT_DPI = 600
MAX_PRINT_DPI = 1200
BAND_PIXELS = 16_000_000


def page_size_points(layout: Layout) -> tuple[float, float]:
    """Width and height of one page of ``layout``, in PDF points."""
    if layout == "card":
        return CARD_WIDTH, CARD_HEIGHT
    if layout == "badge":
        return BADGE_WIDTH, BADGE_HEIGHT
    return SHEET.page_width, SHEET.page_height


def render_page(pdf: bytes, page_index: int, width_px: int) -> QImage:
    """Page ``page_index`` of ``pdf`` as a picture ``width_px`` wide (for the screen)."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            page = document[page_index]
            width_pt, _height_pt = page.get_size()
            bitmap = page.render(scale=max(width_px, 1) / width_pt, rev_byteorder=True)
            image = _as_image(bitmap).copy()  # the bitmap's memory is freed just below
            # closed here, under the lock: left to the garbage collector they would be freed
            # on whatever thread collects them, maybe while another renders
            bitmap.close()
            page.close()
        finally:
            document.close()
    return image


def page_count(pdf: bytes) -> int:
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def _as_image(bitmap: pdfium.PdfBitmap) -> QImage:
    formats = {3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBX8888}
    return QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, formats[bitmap.n_channels]
    )


def printer_dpi(printer: QPrinter) -> int:
    """The resolution pages are rendered at for ``printer``: its own finest, kept between 600 and
    1,200 dpi (below 600 a QR code's edges blur; above 1,200 no printer we know gains anything
    and a page costs four times as much)."""
    reported = [r for r in printer.supportedResolutions() if r > 72]
    finest = max(reported, default=MIN_PRINT_DPI)
    return max(MIN_PRINT_DPI, min(MAX_PRINT_DPI, finest))


def set_up_page(printer: QPrinter, layout: Layout) -> None:
    """The paper of ``printer`` as the layout's page, no margins: a card printer takes cards, an
    office printer shows the card at its true size in a corner of its paper."""
    width_pt, height_pt = page_size_points(layout)
    if layout == "sheet":
        size = QPageSize(QPageSize.PageSizeId.A4)
    else:
        size = QPageSize(
            QSizeF(
                min(width_pt, height_pt) / POINTS_PER_MM, max(width_pt, height_pt) / POINTS_PER_MM
            ),
            QPageSize.Unit.Millimeter,
            "",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    orientation = (
        QPageLayout.Orientation.Landscape
        if width_pt > height_pt
        else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))


def paint_page(painter: QPainter, printer: QPrinter, page: pdfium.PdfPage, dpi: int) -> None:
    """Draw one PDF page at true size from the paper's corner, rendered at ``dpi`` in bands.
    Called with :data:`PDFIUM_LOCK` held."""
    width_pt, height_pt = page.get_size()
    device_per_point = printer.resolution() / 72
    scale = dpi / 72
    width_px = math.ceil(width_pt * scale)
    height_px = math.ceil(height_pt * scale)
    band_rows = max(1, BAND_PIXELS // max(width_px, 1))
    row = 0
    while row < height_px:
        rows = min(band_rows, height_px - row)
        top_pt = row / scale
        bottom_pt = max(0.0, height_pt - (row + rows) / scale)
        bitmap = page.render(scale=scale, crop=(0, bottom_pt, 0, top_pt), rev_byteorder=True)
        target = QRectF(
            0,
            top_pt * device_per_point,
            width_pt * device_per_point,
            bitmap.height / scale * device_per_point,
        )
        painter.drawImage(target, _as_image(bitmap))
        bitmap.close()
        row += rows


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    """What reached the printer: whole runs only (a sheet, a card with its back)."""

    sent: tuple[str, ...]  # serials
    pages: int
    cancelled: bool
    printer: str


def print_batch(
    db: Database, actor: Actor, batch: jobs.PrintBatch, printer: QPrinter, progress: Progress
) -> PrintOutcome:
    """Print ``batch`` on ``printer`` a run at a time (on a worker), stopping between runs when
    the officer cancels; then log the prints of the passes actually sent, and only those — also
    when a later run failed."""
    dpi = printer_dpi(printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise ValidationError("printer_unavailable", printer=printer.printerName() or "PDF")
    sent: list[PassToPrint] = []
    pages = 0
    try:
        for run in range(batch.runs):
            if progress.cancelled:
                break
            pdf = jobs.run_pdf(db, batch, run)
            with PDFIUM_LOCK:
                document = pdfium.PdfDocument(pdf)
                try:
                    for page in document:
                        if pages:
                            printer.newPage()
                        paint_page(painter, printer, page, dpi)
                        page.close()
                        pages += 1
                finally:
                    document.close()
            sent += batch.run_items(run)
            progress.report(run + 1, batch.runs)
    finally:
        painter.end()
        jobs.record_sent(db, actor, batch, [item.pass_id for item in sent])
    return PrintOutcome(
        tuple(item.serial for item in sent),
        pages,
        len(sent) < len(batch.items),
        printer.printerName(),
    )
