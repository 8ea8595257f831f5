"""Passes in the desk: a batch issue, the print preview, the sheet PDF, printing, the pass list.

Run from the repository root (Qt offscreen):

    python -m benchmarks.bench_passes            # everything
    python -m benchmarks.bench_passes --skip-list  # without the 200,000-pass list

Printed, with the targets of issue 10:
- batch issue of 1,000 passes in one transaction, signed (≤ 2 s);
- print preview of those 1,000 passes: dialog opened → first page shown (≤ 1 s);
- the 1,000-pass A4 sheet PDF from the database, photos included (≤ 3 s; the synthetic figure
  is ``benchmarks/bench_print.py``), and ``pdffonts`` on it: every font embedded;
- printing to a PDF ``QPrinter`` at 600 dpi, per A4 sheet (a real printer is slower than this);
- the pass list on ``benchmarks/out/bench.sqlite`` (200,000 passes, ``generate_data``): first
  page, next page and capped count for each kind of filter.

The batch runs on a fresh database of 1,200 reporters made by ``generate_data`` (in a temporary
folder), so the big data set is never changed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "benchmarks" / "out" / "bench.sqlite"
BATCH = 1000


def _verdict(seconds: float, target: float) -> str:
    return f"[{'OK' if seconds <= target else 'SLOW'}, target <= {target:g} s]"


def batch_database(out: str, batch: int = BATCH) -> tuple[Any, Any, list[int], int]:
    """A desk at ``out`` (a SQLite path, or the URL of an empty PostgreSQL database) with
    ``batch`` + 200 reporters, photos for 40 of them, and an event none of them holds a pass for;
    returns the open database, the signed-in admin, the ``batch`` reporters to issue for, and the
    event."""
    from sqlalchemy import select

    from accred_app.core.database import open_database
    from accred_app.core.models import Reporter, ReporterStatus
    from accred_app.core.registry import events, reporters
    from accred_app.core.security.officers import authenticate
    from accred_app.core.setup.demo import portrait
    from benchmarks.generate_data import ADMIN_PASSWORD, generate

    generate(out, reporters=batch + 200, passes=1, scans=0, workers=1, access_entries=0)
    db = open_database(out)
    admin = authenticate(db, "admin", ADMIN_PASSWORD)
    with db.reading() as session:
        candidates = list(
            session.execute(
                select(Reporter.id)
                .where(Reporter.status == ReporterStatus.ACTIVE)
                .order_by(Reporter.card_expiry.desc())
                .limit(batch)
            ).scalars()
        )
    for number, reporter_id in enumerate(candidates[:40]):  # a few photos, as at a real desk
        reporters.update_reporter(db, admin, reporter_id, photo=portrait(number))
    from benchmarks.generate_data import REFERENCE_NOW

    start = (REFERENCE_NOW + timedelta(days=30)).date()
    event = events.add_event(
        db,
        admin,
        name="Đại hội đại biểu Đảng bộ tỉnh lần thứ XX",
        kind="event",
        start=start,
        end=start + timedelta(days=2),
        zones=[
            events.ZoneSpec("A", "Hội trường", "#C8102E"),
            events.ZoneSpec("B", "Phòng báo chí", "#1565C0"),
        ],
    )
    return db, admin, candidates, event


def bench_batch(db: Any, admin: Any, candidates: list[int], event: int) -> tuple[list[str], float]:
    """Issue the batch; its serials and the seconds it took."""
    from accred_app.core.passes import issuing
    from benchmarks.generate_data import REFERENCE_NOW

    started = time.perf_counter()
    result = issuing.issue_batch(
        db,
        admin,
        event_id=event,
        reporter_ids=candidates,
        override_card_reason="Hội nghị: thẻ nhà báo đang được cấp lại",
        now=REFERENCE_NOW,
    )
    seconds = time.perf_counter() - started
    print(
        f"batch issue: {len(result.issued)} passes signed and written in one transaction "
        f"({len(result.skipped)} skipped) in {seconds:.2f} s  {_verdict(seconds, 2.0)}"
    )
    return [p.serial for p in result.issued], seconds


def bench_preview(db: Any, admin: Any, serials: list[str]) -> dict[str, float]:
    """Seconds from opening the print dialog to its first page shown, per layout."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from accred_app.gui import operations
    from accred_app.gui.app import create_application
    from accred_app.gui.pages.base import DeskContext
    from accred_app.gui.pages.passes.print_dialog import PrintPassesDialog

    create_application(["bench_passes"], locale="vi")
    context = DeskContext(db, admin)
    first_page: dict[str, float] = {}
    for layout in ("sheet", "card"):
        from accred_app.gui.settings import desk_settings

        desk_settings().setValue("print/layout", layout)
        started = time.perf_counter()
        dialog = PrintPassesDialog(context, serials)
        dialog.show()
        while dialog.image is None:
            QCoreApplication.processEvents()
            QThreadPool.globalInstance().waitForDone(5)
        seconds = time.perf_counter() - started
        first_page[layout] = seconds
        pages = dialog.batch.pages if dialog.batch else 0
        print(
            f"print preview, {len(serials)} passes as {layout} ({pages} pages): first page shown "
            f"in {seconds:.2f} s  {_verdict(seconds, 1.0)}"
        )
        started = time.perf_counter()
        dialog.show_page(pages - 1)
        last = dialog.image
        while dialog.image is last or operations.running():
            QCoreApplication.processEvents()
            QThreadPool.globalInstance().waitForDone(5)
        print(f"  then the last page in {time.perf_counter() - started:.2f} s")
        dialog.close()
    return first_page


@dataclass(frozen=True)
class SheetFigures:
    seconds: float
    pages: int
    fonts: int | None  # None: pdffonts is not installed
    embedded: int | None


def bench_sheet_pdf(db: Any, admin: Any, serials: list[str], folder: Path) -> SheetFigures:
    """The A4 sheet PDF of ``serials`` from the database, timed, and its fonts checked."""
    from accred_app.printing.jobs import print_passes

    target = folder / "sheet.pdf"
    started = time.perf_counter()
    report = print_passes(db, admin, serials=serials, layout="sheet", output=target)
    seconds = time.perf_counter() - started
    size = target.stat().st_size / 1e6
    print(
        f"sheet PDF from the database: {len(report.serials)} passes, {report.pages} pages, "
        f"{size:.1f} MB in {seconds:.2f} s (print log written)  {_verdict(seconds, 3.0)}"
    )
    if shutil.which("pdffonts") is None:
        print("pdffonts: not installed (poppler-utils)")
        return SheetFigures(seconds, report.pages, None, None)
    listing = subprocess.run(
        ["pdffonts", str(target)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    embedded = [row for row in rows if row[-5] == "yes"]
    names = ", ".join(sorted({row[0] for row in rows}))
    print(f"pdffonts: {len(embedded)} of {len(rows)} fonts embedded ({names})")
    return SheetFigures(seconds, report.pages, len(rows), len(embedded))


def bench_printer(db: Any, admin: Any, serials: list[str], folder: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from accred_app.gui.pages.passes import rendering
    from accred_app.printing import jobs

    batch = jobs.prepare_batch(db, admin, serials[:100], layout="sheet")

    class Steps:
        cancelled = False

        def report(self, done: int, total: int) -> None:
            pass

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "printer.pdf"))
    rendering.set_up_page(printer, "sheet")
    started = time.perf_counter()
    outcome = rendering.print_batch(db, admin, batch, printer, Steps())  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    print(
        f"to a PDF printer at {rendering.printer_dpi(printer)} dpi: {len(outcome.sent)} passes, "
        f"{outcome.pages} A4 sheets in {seconds:.1f} s ({seconds / outcome.pages:.2f} s a sheet)"
    )


LIST_CASES: dict[str, dict[str, Any]] = {
    "everything": {},
    "an event (33,000 passes)": {"event_id": 1},
    "an event, revoked": {"event_id": 1, "status": "revoked"},
    "an event, not printed yet": {"event_id": 2, "not_printed": True},
    "an agency": {"agency_id": 3},
    "status revoked": {"status": "revoked"},
    "not printed yet": {"not_printed": True},
    "name 'nguyen thi anh'": {"text": "nguyen thi anh"},
    "name 'n'": {"text": "n"},
    "name 'tu'": {"text": "tu"},
    "name + agency": {"text": "nguyen", "agency_id": 5},
    "serial start 'TH-2026-00012'": {"text": "TH-2026-00012"},
    "card number '123'": {"text": "123"},
}


def bench_list(database: Path) -> None:
    from accred_app.core.database import open_database
    from accred_app.core.passes.listing import PassFilters, count_passes, pass_page
    from accred_app.core.security.officers import authenticate
    from benchmarks.generate_data import ADMIN_PASSWORD, use_benchmark_settings_folder

    use_benchmark_settings_folder(database)
    db = open_database(str(database))
    admin = authenticate(db, "admin", ADMIN_PASSWORD)
    total = count_passes(db, admin)
    print(f"pass list on {total:,} passes (first page of 200 · next page · count up to 10,001):")
    for label, criteria in LIST_CASES.items():
        filters = PassFilters(**criteria)
        times = []
        for _ in range(5):
            started = time.perf_counter()
            page = pass_page(db, admin, filters)
            times.append(time.perf_counter() - started)
        started = time.perf_counter()
        if page.next_cursor is not None:
            pass_page(db, admin, filters, after=page.next_cursor)
        following = time.perf_counter() - started
        started = time.perf_counter()
        counted = count_passes(db, admin, filters, at_most=10_001)
        counting = time.perf_counter() - started
        print(
            f"  {label:32s} {statistics.median(times) * 1000:6.1f} ms · "
            f"{following * 1000:6.1f} ms · {counting * 1000:6.1f} ms  "
            f"({len(page.rows)} rows, {'>10,000' if counted > 10_000 else counted} in all, "
            f"plan {page.plan})"
        )
    db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--skip-list", action="store_true", help="not the 200,000-pass list")
    parser.add_argument("--db", type=Path, default=GENERATED, help="the generated data set")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        os.environ.setdefault("ACCRED_DATA_DIR", str(folder / "data"))
        db, admin, candidates, event = batch_database(str(folder / "batch.sqlite"))
        try:
            serials, _ = bench_batch(db, admin, candidates, event)
            bench_preview(db, admin, serials)
            bench_sheet_pdf(db, admin, serials, folder)
            bench_printer(db, admin, serials, folder)
        finally:
            db.dispose()
    if not args.skip_list:
        if args.db.exists():
            bench_list(args.db)
        else:
            print(f"pass list: {args.db} is missing (python -m benchmarks.generate_data)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
