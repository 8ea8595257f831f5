"""Render real pass PDFs and check what a guard's scanner and a PDF reader would see."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from accred_app.printing.layouts import (
    BADGE_HEIGHT,
    BADGE_WIDTH,
    CARD_HEIGHT,
    CARD_WIDTH,
    MM,
    SHEET,
)
from accred_app.printing.model import Layout, PrintablePass, PrintSettings
from accred_app.printing.pass_pdf import CARD_QR, CARD_TEXT_TOP, CARD_ZONES, write_passes_pdf
from accred_app.printing.samples import SAMPLE_ZONES, sample_pass, synthetic_photo

LONG_NAME = "Tôn Nữ Thị Phương Hoàng Yến Nguyễn Huyền Trâm"
LONG_AGENCY = (
    "Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện Quảng Xương, tỉnh Thanh Hóa "
    "– Ban Biên tập Chương trình Phát thanh và Truyền hình địa phương"
)
NFD_NAME = unicodedata.normalize("NFD", "Đặng Thị Hồng Nhung")

PHOTO = synthetic_photo(1)


def _passes() -> list[PrintablePass]:
    return [
        sample_pass(1, full_name=LONG_NAME, agency_name=LONG_AGENCY, photo=None),
        sample_pass(2, full_name=NFD_NAME, agency_name="Báo Thanh Hóa", photo=PHOTO),
        sample_pass(3, full_name="Lê Na", agency_name="Đài PT-TH Thanh Hóa", photo=PHOTO),
    ]


def _pdf(
    passes: list[PrintablePass], layout: Layout, settings: PrintSettings | None = None
) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pages = write_passes_pdf(iter(passes), buffer, layout, settings or PrintSettings())
    return buffer.getvalue(), pages


def _render(
    page: pdfium.PdfPage, dpi: float, crop: tuple[float, float, float, float] = (0, 0, 0, 0)
):  # type: ignore[no-untyped-def]
    return page.render(scale=dpi / 72, grayscale=True, crop=crop).to_pil()


def _decoded(page: pdfium.PdfPage, dpi: float) -> list[str]:
    return sorted(r.text for r in zxingcpp.read_barcodes(_render(page, dpi)))


def _page_texts(data: bytes) -> Iterator[str]:
    document = pdfium.PdfDocument(data)
    for page in document:
        yield " ".join(page.get_textpage().get_text_range().split())


@pytest.mark.parametrize(("layout", "dpi"), [("card", 300), ("badge", 150)])
def test_every_qr_decodes_to_its_token(layout: Layout, dpi: float) -> None:
    passes = _passes()
    data, pages = _pdf(passes, layout)
    assert pages == len(passes)
    document = pdfium.PdfDocument(data)
    for printable, page in zip(passes, document, strict=True):
        assert _decoded(page, dpi) == [printable.token]


def test_sheet_of_twelve_has_a_partial_second_page_and_all_qrs_decode() -> None:
    passes = [sample_pass(i, photo=PHOTO if i % 2 else None) for i in range(12)]
    data, pages = _pdf(passes, "sheet")
    assert pages == 2
    document = pdfium.PdfDocument(data)
    first = _decoded(document[0], 300)
    second = _decoded(document[1], 300)
    assert first == sorted(p.token for p in passes[:10])
    assert second == sorted(p.token for p in passes[10:])


def test_qr_module_size_and_quiet_zone_on_card() -> None:
    from accred_app.printing.qr import QUIET_ZONE_MODULES, qr_matrix

    matrix = qr_matrix(_passes()[0].token)
    side = CARD_QR[2]
    module = side / matrix.size_with_quiet_zone
    assert matrix.size * module >= 20 * MM
    assert QUIET_ZONE_MODULES == 4


def test_names_in_capitals_and_agencies_extract_exactly() -> None:
    passes = _passes()
    for layout in ("card", "badge", "sheet"):
        data, _ = _pdf(passes, layout)
        text = " ".join(_page_texts(data))
        assert unicodedata.is_normalized("NFC", text)
        for expected in (
            "TÔN NỮ THỊ PHƯƠNG HOÀNG YẾN NGUYỄN HUYỀN TRÂM",
            "ĐẶNG THỊ HỒNG NHUNG",
            "LÊ NA",
            LONG_AGENCY,
            "Báo Thanh Hóa",
            "KHÔNG THAY THẾ THẺ NHÀ BÁO",
            "CÔNG AN TỈNH THANH HÓA",
            "THẺ TÁC NGHIỆP",
            "10/01/2026 – 12/01/2026",
            "TH-2026-000001",
        ):
            assert expected in text, (layout, expected)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_returns_nfc_capitals(tmp_path: Path) -> None:
    target = tmp_path / "passes.pdf"
    write_passes_pdf(iter(_passes()), target, "card")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, check=True, text=True
    )
    text = " ".join(result.stdout.split())
    assert "ĐẶNG THỊ HỒNG NHUNG" in text
    assert "NGUYỄN HUYỀN TRÂM" in text


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("layout", ["card", "badge", "sheet"])
def test_every_font_is_embedded(tmp_path: Path, layout: Layout) -> None:
    """A printer without our fonts must print the same page: ``pdffonts`` lists no font with
    ``emb`` = no (reportlab's initial Helvetica used to be listed, unembedded)."""
    target = tmp_path / f"{layout}.pdf"
    target.write_bytes(_pdf(_passes(), layout)[0])
    listing = subprocess.run(
        ["pdffonts", str(target)], capture_output=True, check=True, text=True
    ).stdout.splitlines()
    assert listing[0].split()[-5:] == ["emb", "sub", "uni", "object", "ID"]
    rows = [line for line in listing[2:] if line.strip()]
    assert rows, listing
    for row in rows:
        # The last five columns are: emb sub uni object-number generation.
        assert row.split()[-5] == "yes", row
        assert "Helvetica" not in row


def test_card_page_size_is_cr80() -> None:
    data, _ = _pdf(_passes()[:1], "card")
    width, height = pdfium.PdfDocument(data)[0].get_size()
    assert abs(width / MM - 85.6) <= 0.2
    assert abs(height / MM - 54.0) <= 0.2
    data, _ = _pdf(_passes()[:1], "badge")
    width, height = pdfium.PdfDocument(data)[0].get_size()
    assert (width, height) == pytest.approx((BADGE_WIDTH, BADGE_HEIGHT))


def _dark_runs(values: list[int]) -> list[float]:
    """Centres of consecutive dark pixel runs along one axis."""
    centres: list[float] = []
    start: int | None = None
    for index, value in enumerate([*values, 255]):
        if value < 128 and start is None:
            start = index
        elif value >= 128 and start is not None:
            centres.append((start + index - 1) / 2)
            start = None
    return centres


def test_sheet_crop_marks_measure_exact_card_size_at_600_dpi() -> None:
    data, _ = _pdf([sample_pass(i) for i in range(10)], "sheet")
    page = pdfium.PdfDocument(data)[0]
    dpi = 600
    px_per_mm = dpi / 25.4
    page_w, page_h = page.get_size()
    grid_top = SHEET.origin_y + SHEET.grid_height
    # Top margin strip (above the cards): vertical marks give the x cut lines.
    strip = _render(page, dpi, crop=(0, grid_top + 0.5 * MM, 0, 0))
    probe = strip.height - int(2.5 * px_per_mm)
    row = [min(strip.getpixel((x, y)) for y in range(probe, probe + 3)) for x in range(strip.width)]
    xs_mm = [x / px_per_mm for x in _dark_runs(row)]
    expected_x = [x / MM for x in SHEET.cut_lines_x()]
    assert len(xs_mm) == len(expected_x)
    for measured, expected in zip(xs_mm, expected_x, strict=True):
        assert measured == pytest.approx(expected, abs=0.2)
    assert xs_mm[1] - xs_mm[0] == pytest.approx(85.6, abs=0.2)
    assert xs_mm[2] - xs_mm[0] == pytest.approx(SHEET.pitch_x / MM, abs=0.2)
    # Left margin strip: horizontal marks give the y cut lines (measured from the page top).
    strip = _render(page, dpi, crop=(0, 0, page_w - (SHEET.origin_x - 0.5 * MM), 0))
    probe = strip.width - int(2.5 * px_per_mm)  # 3 mm from the cards: inside every mark
    column = [
        min(strip.getpixel((x, y)) for x in range(probe, probe + 3)) for y in range(strip.height)
    ]
    ys_mm = [y / px_per_mm for y in _dark_runs(column)]
    expected_y = sorted((page_h - y) / MM for y in SHEET.cut_lines_y())
    assert len(ys_mm) == len(expected_y)
    for measured, expected in zip(ys_mm, expected_y, strict=True):
        assert measured == pytest.approx(expected, abs=0.2)
    heights = [b - a for a, b in zip(ys_mm[::2], ys_mm[1::2], strict=True)]
    assert all(h == pytest.approx(54.0, abs=0.2) for h in heights)


def _char_boxes(
    data: bytes, page_index: int = 0
) -> list[tuple[str, tuple[float, float, float, float]]]:
    page = pdfium.PdfDocument(data)[page_index]
    textpage = page.get_textpage()
    boxes = []
    for index in range(textpage.count_chars()):
        char = textpage.get_text_range(index, 1)
        if char.strip():
            boxes.append((char, textpage.get_charbox(index)))
    return boxes


@pytest.mark.parametrize("settings", [PrintSettings(), PrintSettings(print_back=True)])
def test_long_text_stays_inside_the_card(settings: PrintSettings) -> None:
    data, pages = _pdf(_passes()[:1], "card", settings)
    assert pages == (2 if settings.print_back else 1)
    for page_index in range(pages):
        for char, (left, bottom, right, top) in _char_boxes(data, page_index):
            assert left >= 0 and bottom >= 0, char
            assert right <= CARD_WIDTH and top <= CARD_HEIGHT, char
    # In the body band, text left of the QR column never runs into it.
    zones_top = CARD_ZONES[1] + CARD_ZONES[3]
    for char, (left, bottom, right, top) in _char_boxes(data):
        middle = (bottom + top) / 2
        if zones_top < middle < CARD_TEXT_TOP and left < CARD_QR[0]:
            assert right <= CARD_QR[0], char


def test_long_text_stays_inside_the_badge() -> None:
    data, _ = _pdf(_passes()[:1], "badge")
    for char, (left, bottom, right, top) in _char_boxes(data):
        assert left >= 0 and right <= BADGE_WIDTH and bottom >= 0 and top <= BADGE_HEIGHT, char


def test_missing_photo_draws_placeholder_and_five_zone_codes() -> None:
    data, _ = _pdf(_passes()[:1], "card")
    page = pdfium.PdfDocument(data)[0]
    image = page.render(scale=4).to_pil().convert("RGB")
    # Sample the middle of the photo box: the placeholder's neutral grey, not white or a photo.
    from accred_app.printing.pass_pdf import CARD_PHOTO

    px, py, pw, ph = CARD_PHOTO
    x = int((px + pw / 2) * 4)
    y = int((CARD_HEIGHT - (py + ph * 0.95)) * 4)
    r, g, b = image.getpixel((x, y))
    assert max(r, g, b) - min(r, g, b) < 12 and 200 < r < 245
    words = next(_page_texts(data)).split()
    for zone in SAMPLE_ZONES:
        assert zone.code in words
    # Each zone colour is visible in the zone row.
    zx, zy, zw, zh = CARD_ZONES
    row_y = int((CARD_HEIGHT - (zy + zh * 0.1)) * 4)
    colours = {image.getpixel((x, row_y)) for x in range(int(zx * 4), int((zx + zw) * 4))}
    for zone in SAMPLE_ZONES:
        expected = tuple(int(zone.colour[i : i + 2], 16) for i in (1, 3, 5))
        assert any(
            sum(abs(a - b) for a, b in zip(c, expected, strict=True)) < 12 for c in colours
        ), zone


def test_generator_input_empty_batch_and_bad_values() -> None:
    generated = (sample_pass(i) for i in range(3))
    buffer = io.BytesIO()
    assert write_passes_pdf(generated, buffer, "card", PrintSettings(print_back=True)) == 6
    with pytest.raises(ValueError):
        write_passes_pdf(iter(()), io.BytesIO())
    with pytest.raises(ValueError):
        write_passes_pdf([sample_pass(1, token="12ab")], io.BytesIO())


def test_output_is_reproducible(tmp_path: Path) -> None:
    first, _ = _pdf(_passes(), "sheet")
    second, _ = _pdf(_passes(), "sheet")
    assert first == second
    target = tmp_path / "out.pdf"
    assert write_passes_pdf(iter(_passes()), target, "sheet") == 1
    assert target.read_bytes() == first
