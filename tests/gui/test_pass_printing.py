"""Printing passes from the window: the preview shows the real pages (the right number of them),
a printer gets every QR crisp enough to decode, the print log records only what was sent, a
reprint asks first and says when, a revoked pass is never printed, and with no printer installed
the button says so while Save as PDF still works. The printer path also runs through a real print
system: CUPS with the cups-pdf queue, whose spooled PDF is decoded."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from accred_app.core.models import PrintRecord
from accred_app.core.passes import issuing
from accred_app.core.registry import events
from accred_app.gui import prompts
from accred_app.gui.actions import ActionId
from accred_app.gui.main_window import MainWindow
from accred_app.gui.models.pass_listing import PassListModel
from accred_app.gui.pages.passes import rendering
from accred_app.gui.pages.passes.page import PassesPage
from accred_app.gui.pages.passes.print_dialog import PrintPassesDialog
from accred_app.printing import jobs

TODAY = date.today()
CUPS_QUEUE_ENV = "ACCRED_TEST_CUPS_QUEUE"
CUPS_OUTPUT_ENV = "ACCRED_TEST_CUPS_OUTPUT"


@pytest.fixture
def serials(db: Any, admin: Any, seeded: dict[str, int]) -> list[str]:
    """Three live passes (Ánh, Bình, Thịnh) for an event starting tomorrow."""
    event = events.add_event(
        db,
        admin,
        name="Đại hội đại biểu Đảng bộ tỉnh",
        kind="event",
        start=TODAY + timedelta(days=1),
        end=TODAY + timedelta(days=3),
        zones=[events.ZoneSpec("A", "Hội trường", "#C8102E"), events.ZoneSpec("B", "Báo chí")],
    )
    ids = [seeded[n] for n in ("Nguyễn Thị Ánh", "Nguyễn Thị Bình", "Lê Nguyễn Thịnh")]
    return [
        p.serial for p in issuing.issue_batch(db, admin, event_id=event, reporter_ids=ids).issued
    ]


def _page(qtbot: Any, db: Any, actor: Any, settle: Any) -> PassesPage:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    window.show_page("passes")
    settle()
    page = window.page("passes")
    assert isinstance(page, PassesPage)
    return page


def _dialog(
    qtbot: Any, db: Any, admin: Any, serials: list[str], settle: Any, layout: str = "card"
) -> PrintPassesDialog:
    from accred_app.gui.pages.base import DeskContext

    dialog = PrintPassesDialog(DeskContext(db, admin), serials)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    {"card": dialog.ui.cardLayout, "badge": dialog.ui.badgeLayout, "sheet": dialog.ui.sheetLayout}[
        layout
    ].setChecked(True)
    settle()
    return dialog


def _tokens(db: Any, admin: Any, serials: list[str]) -> list[str]:
    by_serial = {p.serial: p.token for p in issuing.list_passes(db, admin)}
    return sorted(by_serial[s] for s in serials)


def _decode(path: Path, scale: float = 2.0) -> list[str]:
    """Every QR code on every page, PDFium's objects closed at once (under the desk's PDFium
    lock: a preview may be rendering on a worker)."""
    found = []
    with rendering.PDFIUM_LOCK:
        document = pdfium.PdfDocument(str(path))
        try:
            for page in document:
                bitmap = page.render(scale=scale)
                found += [b.text for b in zxingcpp.read_barcodes(bitmap.to_pil())]
                bitmap.close()
                page.close()
        finally:
            document.close()
    return sorted(found)


def _pages(path: Path) -> list[tuple[float, float]]:
    with rendering.PDFIUM_LOCK:
        document = pdfium.PdfDocument(str(path))
        try:
            return [tuple(page.get_size()) for page in document]  # type: ignore[misc]
        finally:
            document.close()


def _prints(db: Any) -> list[tuple[int, bool]]:
    with db.reading() as session:
        rows = session.execute(select(PrintRecord.pass_id, PrintRecord.is_reprint)).all()
    return sorted((pass_id, reprint) for pass_id, reprint in rows)


def test_preview_shows_the_right_number_of_real_pages(
    qtbot: Any, db: Any, admin: Any, serials: list[str], settle: Any
) -> None:
    dialog = _dialog(qtbot, db, admin, serials * 1, settle, "sheet")
    assert dialog.batch is not None
    assert dialog.ui.pageLabel.text() == "Trang 1 / 1"
    assert dialog.ui.summary.text() == "3 thẻ · 1 trang"
    assert dialog.image is not None and dialog.ui.pageImage.pixmap() is not None
    assert not dialog.ui.nextPage.isEnabled()
    dialog.ui.cardLayout.setChecked(True)
    dialog.ui.backSide.setChecked(True)
    settle()
    assert dialog.ui.pageLabel.text() == "Trang 1 / 6"  # front and back of three cards
    qtbot.mouseClick(dialog.ui.nextPage, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.ui.pageLabel.text() == "Trang 2 / 6"
    back = dialog.image
    assert back is not None and back.width() > back.height()  # a card, landscape
    dialog.ui.badgeLayout.setChecked(True)
    settle()
    assert dialog.ui.pageLabel.text() == "Trang 1 / 3" and not dialog.ui.backSide.isEnabled()
    portrait = dialog.image
    assert portrait is not None and portrait.height() > portrait.width()  # an A6 badge
    # the preview's page count is the written PDF's
    target = Path(dialog.batch.layout + ".pdf")
    written = jobs.print_passes(db, admin, serials=serials, layout="badge", output=target.resolve())
    assert written.pages == dialog.batch.pages == 3
    target.resolve().unlink()


def test_print_to_a_pdf_printer_every_qr_decodes_and_only_what_was_sent_is_logged(
    qtbot: Any,
    db: Any,
    admin: Any,
    serials: list[str],
    settle: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(prompts, "available_printers", lambda: ["Máy in văn phòng"])
    page = _page(qtbot, db, admin, settle)
    page.table.selectAll()
    qtbot.keyClick(page.window(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    settle()
    dialog = page.dialog
    assert isinstance(dialog, PrintPassesDialog)
    dialog.ui.cardLayout.setChecked(True)
    settle()
    assert dialog.ui.printButton.isEnabled()
    out = tmp_path / "printer.pdf"
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer.setOutputFileName(str(out))
    with prompts.answering("") as asked:  # the print dialog: print on the printer as set up
        qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
        settle(30_000)
    assert [q.kind for q in asked] == ["printer"]
    assert [c.key for c in asked[0].choices] == ["Máy in văn phòng"]
    assert _decode(out) == _tokens(db, admin, serials)
    sizes = _pages(out)
    assert len(sizes) == 3
    width, height = sizes[0]
    # the card's own size (Qt rounds a page size to whole points)
    assert abs(width / 72 * 25.4 - 85.6) < 0.4 and abs(height / 72 * 25.4 - 54.0) < 0.4
    assert dialog.last_outcome is not None and not dialog.last_outcome.cancelled
    assert len(_prints(db)) == 3
    assert _cells(page, PassListModel.PRINTED) == ["1", "1", "1"]
    assert _cells(page, PassListModel.STATUS) == ["Đã in"] * 3


def _cells(page: PassesPage, column: int) -> list[str]:
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def test_printer_pages_are_rendered_at_600_dpi_or_more(qapp: Any) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    assert rendering.printer_dpi(printer) >= 600


def test_cancel_stops_between_runs_and_logs_only_what_was_sent(
    qtbot: Any, db: Any, admin: Any, serials: list[str], tmp_path: Path
) -> None:
    batch = jobs.prepare_batch(db, admin, serials, layout="card", back_side=True)

    class StopAfterFirst:
        def __init__(self) -> None:
            self.reports: list[tuple[int, int]] = []

        def report(self, done: int, total: int) -> None:
            self.reports.append((done, total))

        @property
        def cancelled(self) -> bool:
            return bool(self.reports)  # the officer pressed Cancel during the first run

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "stopped.pdf"))
    rendering.set_up_page(printer, "card")
    progress = StopAfterFirst()
    outcome = rendering.print_batch(db, admin, batch, printer, progress)  # type: ignore[arg-type]
    assert outcome.cancelled and outcome.sent == (serials[0],) and outcome.pages == 2
    assert progress.reports == [(1, 3)]
    assert len(_pages(tmp_path / "stopped.pdf")) == 2  # front and back
    assert [pass_id for pass_id, _ in _prints(db)] == [batch.items[0].pass_id]


def test_a_reprint_asks_first_and_says_when_it_was_printed(
    qtbot: Any, db: Any, admin: Any, serials: list[str], settle: Any, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, db, admin, serials[:1], settle, "card")
    first = tmp_path / "lan-1.pdf"
    with prompts.answering(str(first)) as asked:
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
        settle()
    assert [q.kind for q in asked] == ["save_file"]  # not printed before: no question
    assert _decode(first, 4) == _tokens(db, admin, serials[:1])
    assert len(_prints(db)) == 1
    assert "đã in trước đó" in dialog.ui.reprintNote.text()
    second = tmp_path / "lan-2.pdf"
    with prompts.answering(lambda q: "no" if q.kind == "confirm" else str(second)) as asked:
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
        settle()
    (question,) = asked
    assert question.kind == "confirm" and "In lại" in question.choice_labels()
    assert serials[0] in question.detail and "đã in lúc" in question.detail
    assert not second.exists() and len(_prints(db)) == 1  # declined: nothing printed or logged
    with prompts.answering(lambda q: "yes" if q.kind == "confirm" else str(second)):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
        settle()
    assert second.exists()
    assert [reprint for _id, reprint in _prints(db)] == [False, True]


def test_a_revoked_pass_is_never_printed(
    qtbot: Any, db: Any, admin: Any, serials: list[str], settle: Any
) -> None:
    issuing.revoke_pass(db, admin, serials[0], "Mất thẻ")
    page = _page(qtbot, db, admin, settle)
    revoked_row = _cells(page, PassListModel.SERIAL).index(serials[0])
    page.table.selectRow(revoked_row)
    assert not page.ui.printButton.isEnabled()
    assert not page.window().actions_[ActionId.PRINT].isEnabled()  # nor Ctrl+P
    assert page.ui.printButton.toolTip() == "Không in được thẻ đã thu hồi."
    page.table.selectAll()
    with prompts.answering(None) as asked:
        page.print_selected()
        settle()
    assert "thẻ đã thu hồi" in asked[0].text
    dialog = page.dialog
    assert isinstance(dialog, PrintPassesDialog)
    assert dialog.batch is not None
    assert sorted(item.serial for item in dialog.batch.items) == sorted(serials[1:])
    from accred_app.core.errors import ValidationError

    with pytest.raises(ValidationError) as refused:  # the core refuses it too
        jobs.prepare_batch(db, admin, serials, layout="card")
    assert refused.value.code == "print_revoked"


def test_no_printer_installed_the_button_says_so_and_pdf_still_works(
    qtbot: Any,
    db: Any,
    admin: Any,
    serials: list[str],
    settle: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(prompts, "available_printers", lambda: [])
    dialog = _dialog(qtbot, db, admin, serials, settle, "sheet")
    assert not dialog.ui.printButton.isEnabled()
    assert dialog.ui.printButton.text() == "Chưa cài máy in"
    assert "PDF" in dialog.ui.printerNote.text()
    target = tmp_path / "the"
    with prompts.answering(str(target)):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
        settle()
    saved = tmp_path / "the.pdf"  # the extension is added
    assert _decode(saved, 3) == _tokens(db, admin, serials)
    assert "3 thẻ" in dialog.ui.printerNote.text()


def _cups_queue() -> str | None:
    """The cups-pdf queue to print to: named by CI (``.ci/run`` sets it up and exports the name;
    it must then exist), else the first PDF-writing queue CUPS lists here, if any."""
    wanted = os.environ.get(CUPS_QUEUE_ENV)
    if shutil.which("lpstat") is None:
        assert not wanted, f"{CUPS_QUEUE_ENV}={wanted} but CUPS is not installed"
        return None
    listed = subprocess.run(["lpstat", "-v"], capture_output=True, text=True, check=False).stdout
    queues = {
        line.split()[2].rstrip(":"): line
        for line in listed.splitlines()
        if line.startswith("device for ")
    }
    if wanted:
        assert wanted in queues, f"{CUPS_QUEUE_ENV}={wanted}: no such CUPS queue ({listed!r})"
        return wanted
    return next((name for name, line in queues.items() if "cups-pdf:" in line), None)


def _cups_output() -> Path | None:
    named = os.environ.get(CUPS_OUTPUT_ENV)
    if named:
        return Path(named)
    conf = Path("/etc/cups/cups-pdf.conf")
    if not conf.is_file():
        return None
    for line in conf.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("Out "):
            # cups-pdf writes into the home of the user who printed: that is us
            folder = line.split(None, 1)[1].strip().replace("${HOME}", str(Path.home()))
            return None if "$" in folder else Path(folder)
    return None


@pytest.mark.slow
def test_print_a_batch_through_cups_to_the_cups_pdf_queue(
    qtbot: Any, db: Any, admin: Any, serials: list[str], settle: Any
) -> None:
    queue = _cups_queue()
    output = _cups_output()
    if queue is None or output is None:
        pytest.skip(
            "no CUPS queue writing PDFs here (install cups and printer-driver-cups-pdf; "
            f".ci/run sets one up and exports {CUPS_QUEUE_ENV})"
        )
    before = set(output.glob("*.pdf")) if output.is_dir() else set()
    dialog = _dialog(qtbot, db, admin, serials, settle, "sheet")
    assert queue in dialog.printers and dialog.ui.printButton.isEnabled()
    with prompts.answering(queue) as asked:  # the officer picks the queue in the print dialog
        qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
        settle(60_000)
    assert asked[0].kind == "printer" and dialog.printer.printerName() == queue
    assert dialog.last_outcome is not None and len(dialog.last_outcome.sent) == 3

    def spooled() -> list[Path]:
        jobs_left = subprocess.run(
            ["lpstat", "-o", queue], capture_output=True, text=True, check=False
        ).stdout.strip()
        if jobs_left or not output.is_dir():
            return []
        return sorted(set(output.glob("*.pdf")) - before)

    qtbot.waitUntil(lambda: bool(spooled()), timeout=120_000)
    (written,) = spooled()
    try:
        assert _decode(written, 3) == _tokens(db, admin, serials)
    finally:
        written.unlink(missing_ok=True)
    assert len(_prints(db)) == 3
