"""``accred report cooperation|briefing`` end to end: the files are opened as a reader would — the
workbook with openpyxl, the PDFs with a text extractor — and their numbers checked against the
hand-built year in ``tests/cooperation_data.py``."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pypdfium2 as pdfium
import pytest
from cooperation_data import EXPECTED_2025, Cooperation, build
from PIL import Image

from accred_app.core.registry import reporters


@pytest.fixture
def year(db: Any, admin: Any) -> Cooperation:
    return build(db, admin)


def _pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    return " ".join(text.split())


def _row(text: str, *cells: object) -> bool:
    """Do these cells follow one another in the extracted text (a table row)?"""
    pattern = r"\s+".join(re.escape(str(cell)) for cell in cells)
    return re.search(pattern, text) is not None


def test_cooperation_xlsx_has_a_sheet_per_table_with_real_numbers_and_dates(
    run_cli: Any, year: Cooperation, tmp_path: Path
) -> None:
    target = tmp_path / "bao-cao-2025.xlsx"
    result = run_cli("--json", "report", "cooperation", "--year", "2025", "-o", str(target))
    assert result.code == 0, result.err
    body = result.json()
    assert body["format"] == "xlsx" and body["from"] == "2025-01-01" and body["to"] == "2025-12-31"
    assert body["totals"]["entries"] == 5 and body["totals"]["reporters_served"] == 5
    assert body["totals"]["access"] == {
        "interview": 2,
        "briefing": 1,
        "site_visit": 1,
        "documents": 1,
        "total": 5,
    }

    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [
        "Tổng hợp",
        "Đơn vị",
        "Cơ quan báo chí",
        "Sự kiện",
        "Lý do từ chối",
        "Theo thời gian",
        "Đơn vị tiêu biểu",
        "Cơ quan tiêu biểu",
        "Phóng viên tiêu biểu",
        "Tin bài",
    ]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet["A1"].font.bold, sheet.title
        assert all(sheet.column_dimensions[c].width >= 8 for c in "AB"), sheet.title

    units = list(book["Đơn vị"].iter_rows(min_row=2, values_only=True))
    assert [(row[1], *row[2:8], row[9]) for row in units[:-1]] == [
        (code, entries, denied, interview, briefing, visit, documents, served)
        for code, _depth, entries, denied, interview, briefing, visit, documents, served in (
            EXPECTED_2025["units"]
        )
    ]
    assert [row[8] for row in units[:-1]] == [sum(row[4:8]) for row in units[:-1]]
    assert units[-1] == ("Tổng cộng", None, 5, 7, 2, 1, 1, 1, 5, 5)
    assert all(isinstance(value, int) for row in units for value in row[2:])
    assert book["Đơn vị"]["A5"].alignment.indent == 4  # the team, two levels down

    agencies = {
        row[0]: row[1:] for row in book["Cơ quan báo chí"].iter_rows(min_row=2, values_only=True)
    }
    assert agencies == EXPECTED_2025["agencies"]

    events = list(book["Sự kiện"].iter_rows(min_row=2, values_only=True))
    congress = next(row for row in events if row[0].startswith("Đại hội"))
    assert congress[1] == datetime(2025, 12, 30) and congress[2] == datetime(2026, 1, 2)
    assert book["Sự kiện"]["B2"].number_format == "dd/mm/yyyy"
    assert congress[3:] == (3, 2, 1, 4, 5, 0)

    denials = [row for row in book["Lý do từ chối"].iter_rows(min_row=2, values_only=True)]
    assert {row[2]: row[3] for row in denials if row[0] == "Tất cả"} == EXPECTED_2025["denials"]

    timeline = list(book["Theo thời gian"].iter_rows(min_row=2, values_only=True))
    assert len(timeline) == 12
    assert timeline[11][:2] == (datetime(2025, 12, 1), datetime(2025, 12, 31))
    assert timeline[11][2:] == (4, 5, 1)

    top = list(book["Phóng viên tiêu biểu"].iter_rows(min_row=2, values_only=True))
    assert [(row[1], row[3]) for row in top] == EXPECTED_2025["top_reporters"]

    articles = book["Tin bài"]
    first = next(articles.iter_rows(min_row=2, max_row=2, values_only=True))
    assert first[0] == datetime(2025, 3, 5, 9, 0)  # in Vietnam time
    assert first[1] == datetime(2025, 3, 6)
    assert articles["E2"].hyperlink.target == "https://baothanhhoa.vn/canh-giac-lua-dao"
    assert articles["A2"].number_format == "dd/mm/yyyy hh:mm"


def test_cooperation_pdf_reads_as_a_formal_report_with_the_right_numbers(
    run_cli: Any, year: Cooperation, tmp_path: Path
) -> None:
    target = tmp_path / "bao-cao-2025.pdf"
    result = run_cli(
        "report",
        "cooperation",
        "--from",
        "01/01/2025",
        "--to",
        "2025-12-31",
        "-o",
        str(target),
        "--number",
        "15",
        "--signer-name",
        "Lê Văn Hùng",
    )
    assert result.code == 0, result.err
    text = _pdf_text(target)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "CÔNG AN TỈNH THANH HÓA" in text and "PHÒNG THAM MƯU" in text
    assert "Số: 15/BC-PTM" in text
    assert re.search(r"Thanh Hóa, ngày \d{2} tháng \d{1,2} năm \d{4}", text)
    assert "(Từ ngày 01/01/2025 đến ngày 31/12/2025)" in text
    assert "Nơi nhận:" in text and "TRƯỞNG PHÒNG" in text and "Lê Văn Hùng" in text
    # Table 2, by unit: entries, denied, the four kinds, their total, reporters served.
    assert _row(text, "Phòng Tham mưu", 1, 4, 0, 1, 0, 0, 1, 3)
    assert _row(text, "Đội Thông tin báo chí", 2, 0, 1, 0, 0, 1, 2, 2)
    assert _row(text, "Tổng cộng", 5, 7, 2, 1, 1, 1, 5, 5)
    # Table 3, by agency; table 4, by event.
    assert _row(text, "Báo Thanh Hóa", 2, 3, 2, 4, 3, 2)
    assert _row(
        text, "Đại hội đại biểu Đảng bộ tỉnh", "30/12/2025 –", "02/01/2026", 3, 2, 1, 4, 5, 0
    )
    # Table 5: refusals by reason with their share.
    assert _row(text, "Thẻ đã thu hồi", 2, "28,6 %")
    assert _row(text, "Tổng cộng", 7, "100,0 %")
    # The top reporters and the articles.
    assert _row(text, 1, "Nguyễn Thị Ánh (Báo Thanh Hóa)", 6)
    assert _row(text, "06/03/2025", "Báo Thanh Hóa", "Cảnh giác với lừa đảo qua mạng")
    # The charts are there, titled.
    for number in (1, 2, 3, 4, 5):
        assert f"Biểu đồ {number}." in text


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_report_pdfs_embed_every_font(run_cli: Any, year: Cooperation, tmp_path: Path) -> None:
    report = tmp_path / "r.pdf"
    sheet = tmp_path / "b.pdf"
    assert run_cli("report", "cooperation", "--year", "2025", "-o", str(report)).code == 0
    assert run_cli("report", "briefing", "--event", str(year.congress), "-o", str(sheet)).code == 0
    for path in (report, sheet):
        listing = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, check=True, text=True
        ).stdout.splitlines()
        rows = [line for line in listing[2:] if line.strip()]
        assert rows
        for row in rows:
            assert row.split()[-5] == "yes", row  # the "emb" column
            assert "Helvetica" not in row


def test_event_and_quarter_reports(run_cli: Any, year: Cooperation, tmp_path: Path) -> None:
    event = run_cli(
        "--json",
        "report",
        "cooperation",
        "--event",
        str(year.congress),
        "-o",
        str(tmp_path / "e.pdf"),
    )
    assert event.code == 0, event.err
    assert event.json()["totals"]["passes_issued"] == 4
    text = _pdf_text(tmp_path / "e.pdf")
    assert "(Sự kiện: Đại hội đại biểu Đảng bộ tỉnh)" in text
    quarter = run_cli(
        "--json", "report", "cooperation", "--quarter", "2025-Q4", "-o", str(tmp_path / "q.xlsx")
    )
    assert quarter.code == 0, quarter.err
    assert (quarter.json()["from"], quarter.json()["to"]) == ("2025-10-01", "2025-12-31")
    assert quarter.json()["totals"]["entries"] == 4


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (["--from", "2025-01-01"], 3, "kỳ báo cáo"),
        (["--year", "2025", "--from", "2025-01-01"], 3, "một cách"),
        (["--year", "2025", "--quarter", "2025-Q1"], 2, "not allowed"),
        (["--quarter", "2025-Q7"], 3, "2025-Q7"),
        (["--from", "2025-02-01", "--to", "2025-01-01"], 3, "trước ngày bắt đầu"),
        (["--event", "99"], 3, "99"),
    ],
)
def test_report_mistakes_end_in_one_line(
    run_cli: Any, tmp_path: Path, arguments: list[str], code: int, message: str
) -> None:
    target = tmp_path / "r.pdf"
    result = run_cli("report", "cooperation", *arguments, "-o", str(target))
    assert result.code == code
    assert message in result.err and len(result.err.strip().splitlines()) == 1
    assert not target.exists()


def test_unknown_format_and_unusable_path_leave_nothing(run_cli: Any, tmp_path: Path) -> None:
    wrong = run_cli("report", "cooperation", "--year", "2025", "-o", str(tmp_path / "r.docx"))
    assert wrong.code == 3 and ".pdf, .xlsx" in wrong.err
    (tmp_path / "folder.pdf").mkdir()
    blocked = run_cli("report", "cooperation", "--year", "2025", "-o", str(tmp_path / "folder.pdf"))
    assert blocked.code == 3 and "folder.pdf" in blocked.err
    assert not list(tmp_path.glob("*.part"))


def test_briefing_sheet_lists_valid_passes_in_vietnamese_order(
    run_cli: Any, db: Any, admin: Any, year: Cooperation, tmp_path: Path
) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (600, 800), (200, 120, 40)).save(buffer, format="JPEG")
    reporters.update_reporter(db, admin, year.cuong, photo=buffer.getvalue())
    target = tmp_path / "danh-sach.pdf"
    result = run_cli(
        "--json", "report", "briefing", "--event", str(year.congress), "-o", str(target)
    )
    assert result.code == 0, result.err
    body = result.json()
    # The congress passes end on 02/01/2026: by now every one has expired, so none is listed.
    assert body["passes"] == 0 and body["left_out"] == {
        "revoked": 1,
        "expired": 3,
        "reporter_blocked": 0,
    }
    assert "1 thẻ đã thu hồi, 3 thẻ hết hiệu lực" in _pdf_text(target)


def test_briefing_sheet_before_the_event(
    db: Any, admin: Any, year: Cooperation, tmp_path: Path
) -> None:
    from cooperation_data import vn

    from accred_app.core.reports.briefing import briefing_sheet
    from accred_app.printing.briefing_pdf import write_briefing_pdf

    buffer = io.BytesIO()
    Image.new("RGB", (600, 800), (40, 120, 200)).save(buffer, format="JPEG")
    reporters.update_reporter(db, admin, year.cuong, photo=buffer.getvalue())
    reporters.set_status(db, admin, year.dung, "suspended", "Vi phạm quy chế")
    sheet = briefing_sheet(db, admin, year.congress, now=vn(2025, 12, 30, 7))
    assert [line.full_name for line in sheet.lines] == ["Nguyễn Thị Ánh", "Lê Văn Cường"]
    assert [z.code for z in sheet.lines[0].zones] == ["A", "B"]
    assert (sheet.left_out_revoked, sheet.left_out_expired, sheet.left_out_reporter_blocked) == (
        1,
        0,
        1,
    )
    target = write_briefing_pdf(db, admin, sheet, tmp_path / "truoc-su-kien.pdf")
    text = _pdf_text(target)
    assert "DANH SÁCH THẺ TÁC NGHIỆP CÒN HIỆU LỰC" in text
    assert _row(
        text,
        1,
        "Nguyễn Thị Ánh",
        "Báo Thanh Hóa",
        "Thẻ nhà báo: BTH-0001",
        "A",
        "B",
        year.serials["p1"],
    )
    assert _row(text, 2, "Lê Văn Cường")
    assert "Phạm Thị Dung" not in text and "Trần Văn Bình" not in text
    assert "1 thẻ của phóng viên đang bị đình chỉ" in text
    page = pdfium.PdfDocument(str(target))[0].render(scale=1).to_pil()
    assert page.size[0] < page.size[1]  # A4 portrait
