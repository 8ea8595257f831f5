"""The reports page as an officer uses it: the yearly cooperation report previewed (the pages of the
very PDF, drawn by pdfium) and saved as Excel and PDF; the checkpoint briefing sheet of an event
previewed and saved as PDF — the files opened and read back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pypdfium2 as pdfium
from cooperation_data import Cooperation, build
from PySide6.QtCore import Qt

from accred_app.core.passes import issuing
from accred_app.core.registry import events
from accred_app.core.reports.cooperation import ReportPeriod, cooperation_report
from accred_app.gui import prompts
from accred_app.gui.main_window import MainWindow
from accred_app.gui.pages.reports.page import ReportsPage
from accred_app.gui.widgets.pdf_pages import PageImage, page_text


def _page(qtbot: Any, db: Any, actor: Any, settle: Any) -> tuple[MainWindow, ReportsPage]:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("reports")
    settle()
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    return window, page


def _pages_shown(page: ReportsPage, name: str) -> list[PageImage]:
    return [
        shown
        for shown in page.findChildren(PageImage)
        if shown.objectName().startswith(f"{name}Page") and not shown.image.isNull()
    ]


def _pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_preview_the_yearly_report_and_save_it_as_excel_and_pdf(
    qtbot: Any, db: Any, admin: Any, settle: Any, tmp_path: Path, type_text: Any
) -> None:
    year: Cooperation = build(db, admin)
    window, page = _page(qtbot, db, admin, settle)
    ui = page.ui
    assert ui.periodKind.currentText() == "Cả năm"
    ui.year.setValue(2025)
    qtbot.keyClicks(ui.number, "15")
    type_text(ui.signerName, "Lê Văn Hùng")
    qtbot.mouseClick(ui.previewButton, Qt.MouseButton.LeftButton)
    settle()
    assert page.report is not None
    shown = _pages_shown(page, "report")
    assert len(shown) == page.report.pdf.page_count >= 2
    # the preview lays its pages out on the next event-loop turns (Qt's deferred layout)
    qtbot.waitUntil(lambda: shown[0].height() >= shown[0].page_rect().height())
    assert shown[0].image.width() < shown[0].image.height()  # A4 portrait
    viewport = ui.reportPreview.viewport().width()
    area = shown[0].page_rect()
    assert area.left() >= 0 and area.right() < viewport  # the whole width of the page is in view
    assert shown[0].height() >= area.height() > area.width()
    assert not ui.reportPlaceholder.isVisible()
    expected = cooperation_report(db, admin, ReportPeriod.year(2025)).totals
    assert page.report.report.totals == expected
    assert ui.reportInfo.text().endswith(
        "5 lượt vào qua cổng, 5 lượt tiếp cận được ghi nhận, 5 phóng viên được phục vụ."
    )
    first_page = page_text(page.report.pdf.data, 0)  # what the preview shows, as text
    assert "BÁO CÁO" in first_page and "Số: 15/BC-PTM" in first_page
    assert "ngày 01/01/2025 đến ngày 31/12/2025" in first_page

    excel = tmp_path / "bao-cao-2025.xlsx"
    with prompts.answering(str(excel)) as asked:
        qtbot.mouseClick(ui.saveXlsxButton, Qt.MouseButton.LeftButton)
        settle()
    assert asked[0].kind == "save_file"
    assert asked[0].text == "bao-cao-phoi-hop-20250101-20251231.xlsx"
    book = openpyxl.load_workbook(excel)
    assert book.sheetnames[:3] == ["Tổng hợp", "Đơn vị", "Cơ quan báo chí"]
    summary = {row[0]: row[1] for row in book["Tổng hợp"].iter_rows(values_only=True) if row[0]}
    assert summary["Tổng lượt tiếp cận ghi nhận"] == expected.access.total == 5
    assert window.statusBar().currentMessage() == "Đã lưu thành tệp bao-cao-2025.xlsx."

    pdf = tmp_path / "bao-cao-2025"  # no extension typed: the PDF's is added
    with prompts.answering(str(pdf)):
        qtbot.mouseClick(ui.savePdfButton, Qt.MouseButton.LeftButton)
        settle()
    saved = tmp_path / "bao-cao-2025.pdf"
    assert saved.read_bytes() == page.report.pdf.data  # the file is the preview
    assert "Lê Văn Hùng" in _pdf_text(saved)
    assert year.congress  # the data set's event is in the event list
    assert ui.event.findData(year.congress) > 0


def test_a_period_typed_wrong_is_said_beside_it_and_nothing_is_counted(
    qtbot: Any, db: Any, admin: Any, settle: Any
) -> None:
    _window, page = _page(qtbot, db, admin, settle)
    ui = page.ui
    ui.periodKind.setCurrentIndex(ui.periodKind.findText("Từ ngày đến ngày"))
    assert ui.firstDay.isVisible() and not ui.year.isVisible()
    qtbot.keyClicks(ui.firstDay, "01/03/2025")
    qtbot.keyClicks(ui.lastDay, "31/02/2025")
    qtbot.mouseClick(ui.previewButton, Qt.MouseButton.LeftButton)
    assert ui.periodError.isVisible()
    assert "31/02/2025" in ui.periodError.text()
    assert page.report is None
    ui.periodKind.setCurrentIndex(ui.periodKind.findText("Trọn một sự kiện"))
    qtbot.mouseClick(ui.previewButton, Qt.MouseButton.LeftButton)
    assert ui.periodError.text() == "Trường “sự kiện” không được để trống."


def test_briefing_sheet_previewed_and_saved_as_pdf(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, tmp_path: Path
) -> None:
    today = date.today()
    rally = events.add_event(
        db, admin, name="Mít tinh kỷ niệm Ngày Công an nhân dân", kind="event",
        start=today, end=today + timedelta(days=2),
        zones=[events.parse_zone_spec("A:Khu vực lễ đài")],
    )  # fmt: skip
    for name in ("Nguyễn Thị Ánh", "Lê Nguyễn Thịnh"):
        issuing.issue_pass(db, admin, reporter_id=seeded[name], event_id=rally, zones=["A"])
    window, page = _page(qtbot, db, admin, settle)
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.briefingTab)
    ui.briefingEvent.setCurrentIndex(ui.briefingEvent.findData(rally))
    target = tmp_path / "danh-sach-cong.pdf"
    with prompts.answering(str(target)):  # saved before any preview: it is drawn first
        qtbot.mouseClick(ui.briefingSaveButton, Qt.MouseButton.LeftButton)
        settle()
    assert page.briefing is not None and len(_pages_shown(page, "briefing")) >= 1
    assert ui.briefingInfo.text() == "1 trang — 2 thẻ còn hiệu lực."
    text = _pdf_text(target)
    assert "DANH SÁCH THẺ TÁC NGHIỆP CÒN HIỆU LỰC" in text
    assert "Mít tinh kỷ niệm Ngày Công an nhân dân" in text
    # Vietnamese order: by given name — Ánh before Thịnh
    assert text.index("Nguyễn Thị Ánh") < text.index("Lê Nguyễn Thịnh")
    assert window.statusBar().currentMessage() == "Đã lưu thành tệp danh-sach-cong.pdf."
