"""A batch printed a run at a time has exactly the whole document's pages: the same count, the
same text on each page, the same QR codes; the print log records only what is reported sent; a
job stopped by its progress callback leaves no file and logs nothing."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import func, select

from accred_app.core.models import PrintRecord
from accred_app.core.passes import issuing
from accred_app.core.registry import agencies, events, reporters
from accred_app.printing import jobs
from accred_app.printing.pass_pdf import write_passes_pdf


@pytest.fixture
def serials(db: Any, admin: Any) -> list[str]:
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    today = date.today()
    event = events.add_event(
        db,
        admin,
        name="Đại hội",
        kind="event",
        start=today,
        end=today + timedelta(days=2),
        zones=[events.ZoneSpec("A", "Hội trường", "#C62828")],
    )
    ids = [
        reporters.add_reporter(
            db,
            admin,
            full_name=f"Nguyễn Văn {name}",
            agency_id=agency,
            card_no=f"TH-{n:04d}",
            card_expiry=today + timedelta(days=400),
        )
        for n, name in enumerate(["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh", "Lan",
                                  "Minh", "Nam", "Oanh", "Phúc"])
    ]  # fmt: skip
    result = issuing.issue_batch(db, admin, event_id=event, reporter_ids=ids)
    return [p.serial for p in result.issued]


def page_texts(data: bytes) -> list[str]:
    """Each page's text (PDFium objects closed at once, children first: the desk window renders
    with PDFium on worker threads later in the same test process)."""
    document = pdfium.PdfDocument(data)
    texts = []
    try:
        for page in document:
            text_page = page.get_textpage()
            texts.append(text_page.get_text_range())
            text_page.close()
            page.close()
    finally:
        document.close()
    return texts


def decoded(data: bytes, scale: float) -> list[str]:
    document = pdfium.PdfDocument(data)
    found = []
    try:
        for page in document:
            bitmap = page.render(scale=scale)
            found += [b.text for b in zxingcpp.read_barcodes(bitmap.to_pil())]
            bitmap.close()
            page.close()
    finally:
        document.close()
    return found


@pytest.mark.parametrize(("layout", "back"), [("sheet", False), ("card", True), ("badge", False)])
def test_runs_make_the_whole_documents_pages(
    db: Any, admin: Any, serials: list[str], layout: Any, back: bool
) -> None:
    batch = jobs.prepare_batch(db, admin, serials, layout=layout, back_side=back)
    whole = io.BytesIO()
    photos = {}
    pages = write_passes_pdf(
        (jobs.printable(item, photos.get(item.reporter_id)) for item in batch.items),
        whole,
        layout,
        batch.settings,
    )
    assert batch.pages == pages == {"sheet": 2, "card": 24, "badge": 12}[layout]
    by_run: list[str] = []
    for run in range(batch.runs):
        by_run += page_texts(jobs.run_pdf(db, batch, run))
    assert by_run == page_texts(whole.getvalue())
    assert batch.run_of_page(pages - 1) == (batch.runs - 1, batch.pages_per_run - 1)
    with pytest.raises(IndexError):
        batch.run_of_page(pages)


def test_the_qr_codes_of_every_run_decode(db: Any, admin: Any, serials: list[str]) -> None:
    batch = jobs.prepare_batch(db, admin, serials, layout="sheet")
    found = []
    for run in range(batch.runs):
        found += decoded(jobs.run_pdf(db, batch, run), 4)
    assert sorted(found) == sorted(item.token for item in batch.items)


def test_only_what_was_sent_is_logged(db: Any, admin: Any, serials: list[str]) -> None:
    batch = jobs.prepare_batch(db, admin, serials, layout="card")
    sent = [item.pass_id for item in batch.run_items(0) + batch.run_items(1)]
    assert jobs.record_sent(db, admin, batch, sent) == 2
    assert jobs.record_sent(db, admin, batch, []) == 0
    with db.reading() as session:
        logged = list(session.execute(select(PrintRecord.pass_id)).scalars())
    assert sorted(logged) == sorted(sent)
    again = jobs.prepare_batch(db, admin, serials[:3], layout="card")
    assert [item.printed_before for item in again.items] == [True, True, False]
    assert again.items[0].last_printed_at is not None and again.items[2].last_printed_at is None
    assert [item.serial for item in again.reprints] == serials[:2]


def test_a_stopped_job_writes_no_file_and_logs_nothing(
    db: Any, admin: Any, serials: list[str], tmp_path: Path
) -> None:
    class Stop(Exception):
        pass

    seen = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 5:
            raise Stop

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "passes.pdf"
    with pytest.raises(Stop):
        jobs.print_passes(db, admin, serials=serials, output=target, progress=progress)
    assert seen == [(n, 12) for n in range(6)]
    assert list(folder.iterdir()) == []
    with db.reading() as session:
        assert session.execute(select(func.count()).select_from(PrintRecord)).scalar_one() == 0
