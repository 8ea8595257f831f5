"""Pass PDFs: CR80 cards, A6 lanyard badges, and A4 sheets of ten cards with crop marks.

Design intent: a guard must tell our pass from a journalist's own press card across a doorway, so
it carries a strong red band with a yellow stripe (police colours), the pass title on the band and
"KHÔNG THAY THẾ THẺ NHÀ BÁO" in the footer. Everything that is the same for every pass of an event
(bands, authority, title, event name, footer) is drawn once per document as a form XObject and
reused, which keeps a 1,000-pass PDF fast to write and small.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from accred_app.printing.colours import RGB, WHITE, contrast_text_colour
from accred_app.printing.colours import rgb as _rgb
from accred_app.printing.fonts import BOLD, REGULAR, register_fonts, text_width
from accred_app.printing.images import ImageForms, frame_photo
from accred_app.printing.layouts import (
    BADGE_HEIGHT,
    BADGE_WIDTH,
    CARD_HEIGHT,
    CARD_WIDTH,
    MM,
    SHEET,
    SheetGeometry,
)
from accred_app.printing.model import Layout, PrintablePass, PrintSettings, PrintZone
from accred_app.printing.qr import draw_qr
from accred_app.printing.text import (
    FittedText,
    fit_text,
    format_validity,
    nfc,
    upper_nfc,
    wrap_paragraph,
)

POLICE_RED: RGB = (0.78, 0.063, 0.18)  # #C8102E
POLICE_YELLOW: RGB = (1.0, 0.82, 0.0)  # #FFD100
INK: RGB = (0.1, 0.1, 0.1)
MUTED: RGB = (0.33, 0.33, 0.33)

NOT_A_PRESS_CARD = "KHÔNG THAY THẾ THẺ NHÀ BÁO"
CARD_FOOTER = f"{NOT_A_PRESS_CARD} · CHỈ CÓ GIÁ TRỊ TẠI SỰ KIỆN GHI TRÊN THẺ"
BACK_TITLE = "QUY ĐỊNH ĐỐI VỚI NGƯỜI ĐƯỢC CẤP THẺ"

# Line pitch as a multiple of font size: room for Vietnamese stacked diacritics ("Ễ", "Ậ").
_LEADING = 1.2
# Distance from the top of a text box to the first baseline, as a multiple of font size.
_FIRST_BASELINE = 1.0


def _draw_lines(
    canvas: Any,
    fitted: FittedText,
    font: str,
    x: float,
    top: float,
    width: float,
    align: str = "left",
) -> float:
    """Draw fitted lines below ``top``; returns the y of the box bottom (for stacking)."""
    canvas.setFont(font, fitted.size)
    baseline = top - fitted.size * _FIRST_BASELINE
    for line in fitted.lines:
        if align == "centre":
            canvas.drawCentredString(x + width / 2, baseline, line)
        elif align == "right":
            canvas.drawRightString(x + width, baseline, line)
        else:
            canvas.drawString(x, baseline, line)
        baseline -= fitted.size * _LEADING
    return (
        top
        - fitted.size * (_FIRST_BASELINE + _LEADING * (len(fitted.lines) - 1))
        - 0.3 * fitted.size
    )


def _star(canvas: Any, cx: float, cy: float, radius: float) -> None:
    """A plain five-pointed star: reads as "state authority" without copying any official emblem."""
    path = canvas.beginPath()
    for i in range(10):
        angle = math.pi / 2 + i * math.pi / 5
        r = radius if i % 2 == 0 else radius * 0.382
        px, py = cx + r * math.cos(angle), cy + r * math.sin(angle)
        if i == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _draw_zone_boxes(
    canvas: Any,
    zones: tuple[PrintZone, ...],
    x: float,
    y: float,
    width: float,
    height: float,
    code_size: float,
    *,
    with_names: bool,
    max_box_width: float,
) -> None:
    """Zones as solid colour blocks with big codes: guards check colour first, code second."""
    if not zones:
        canvas.setFillColorRGB(*MUTED)
        canvas.setFont(REGULAR, code_size * 0.5)
        canvas.drawString(x, y + height / 2 - code_size * 0.18, "Không có khu vực được phép")
        return
    gap = min(1.2 * MM, width * 0.02)
    box_width = min(max_box_width, (width - gap * (len(zones) - 1)) / len(zones))
    codes = [nfc(zone.code) for zone in zones]
    widest_code = max(text_width(code, BOLD, 1.0) for code in codes)
    size = min(code_size, (box_width - 1.2 * MM) / widest_code if widest_code else code_size)
    size = min(size, height * (0.5 if with_names else 0.72))
    left = x
    for zone, code in zip(zones, codes, strict=True):
        fill = _rgb(zone.colour)
        canvas.setFillColorRGB(*fill)
        canvas.setStrokeColorRGB(0.25, 0.25, 0.25)
        canvas.setLineWidth(0.3)
        canvas.rect(left, y, box_width, height, stroke=1, fill=1)
        canvas.setFillColorRGB(*contrast_text_colour(zone.colour))
        centre = left + box_width / 2
        if with_names:
            canvas.setFont(BOLD, size)
            canvas.drawCentredString(centre, y + height - size * 0.95, code)
            name = fit_text(nfc(zone.name), REGULAR, box_width - 1.0 * MM, size * 0.36, 4.0)
            name_top = y + height - size * 1.2
            _draw_lines(
                canvas, name, REGULAR, left + 0.5 * MM, name_top, box_width - 1.0 * MM, "centre"
            )
        else:
            canvas.setFont(BOLD, size)
            canvas.drawCentredString(centre, y + (height - size * 0.72) / 2, code)
        left += box_width + gap


def _zones_key(zones: tuple[PrintZone, ...]) -> str:
    """Passes of one event share a handful of zone sets, so each set is drawn once as a form."""
    return "\x1f".join(f"{zone.code}\x1e{zone.name}\x1e{zone.colour}" for zone in zones)


class _PassDocument:
    """One PDF being written; holds the canvas and the forms shared by its pages."""

    def __init__(
        self,
        out: BinaryIO | str | os.PathLike[str],
        pagesize: tuple[float, float],
        settings: PrintSettings,
    ) -> None:
        register_fonts()
        target: BinaryIO | str = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
        # initialFontName: reportlab otherwise starts every page in Helvetica, which it never
        # embeds; a PDF whose fonts are all embedded prints the same on any printer.
        self.canvas = Canvas(
            target,
            pagesize=pagesize,
            pageCompression=1,
            invariant=1,
            initialFontName=REGULAR,
            initialFontSize=8,
        )
        self.canvas.setTitle(nfc(settings.title))
        self.canvas.setAuthor(" – ".join(nfc(line) for line in settings.authority_lines))
        self.canvas.setCreator("accred_app")
        self.settings = settings
        self.images = ImageForms(self.canvas)
        self._forms: dict[tuple[str, str], str] = {}
        self.pages = 0

    def form(
        self, kind: str, key: str, width: float, height: float, draw: Callable[[], None]
    ) -> str:
        """Draw ``draw`` into a form the first time (kind, key) is seen; later uses are references."""
        cache_key = (kind, key)
        name = self._forms.get(cache_key)
        if name is None:
            name = f"{kind}_{len(self._forms)}"
            # A 2 pt margin keeps hairline strokes on the edges from being clipped by the bbox.
            self.canvas.beginForm(name, -2, -2, width + 2, height + 2)
            draw()
            self.canvas.endForm()
            self._forms[cache_key] = name
        return name

    def place_form(self, name: str, x: float, y: float) -> None:
        self.canvas.saveState()
        self.canvas.translate(x, y)
        self.canvas.doForm(name)
        self.canvas.restoreState()

    def end_page(self) -> None:
        self.canvas.showPage()
        self.pages += 1

    def save(self) -> None:
        self.canvas.save()


# --------------------------------------------------------------------------------------- card


def _card_chrome(doc: _PassDocument, event_name: str) -> None:
    canvas = doc.canvas
    settings = doc.settings
    w, h = CARD_WIDTH, CARD_HEIGHT
    band = 10.0 * MM
    canvas.setFillColorRGB(*POLICE_RED)
    canvas.rect(0, h - band, w, band, stroke=0, fill=1)
    canvas.setFillColorRGB(*POLICE_YELLOW)
    canvas.rect(0, h - band - 0.9 * MM, w, 0.9 * MM, stroke=0, fill=1)
    _star(canvas, 5.6 * MM, h - band / 2, 3.2 * MM)

    title = nfc(settings.title)
    title_fit = fit_text(title, BOLD, 30 * MM, 9.5, 6.0, max_lines=1)
    title_width = text_width(title, BOLD, title_fit.size)
    canvas.setFillColorRGB(*POLICE_YELLOW)
    canvas.setFont(BOLD, title_fit.size)
    canvas.drawRightString(w - 2.5 * MM, h - band / 2 - title_fit.size * 0.36, title)

    authority_left = 10.2 * MM
    authority_width = w - 2.5 * MM - title_width - 2.0 * MM - authority_left
    lines = [nfc(line) for line in settings.authority_lines][:3]
    sizes = [6.0] + [5.2] * (len(lines) - 1)
    fitted = [
        fit_text(line, BOLD, authority_width, size, 3.5, 1)
        for line, size in zip(lines, sizes, strict=True)
    ]
    block = sum(f.size * 1.15 for f in fitted)
    baseline = h - band / 2 + block / 2 - fitted[0].size * 0.95 if fitted else 0
    canvas.setFillColorRGB(*WHITE)
    for fit in fitted:
        canvas.setFont(BOLD, fit.size)
        canvas.drawString(authority_left, baseline, fit.lines[0])
        baseline -= fit.size * 1.15

    event = fit_text(nfc(event_name), BOLD, w - 6 * MM, 6.8, 5.2, 2)
    canvas.setFillColorRGB(*POLICE_RED)
    top = h - band - 0.9 * MM - 0.9 * MM
    if len(event.lines) == 1:
        top -= event.size * _LEADING / 2
    _draw_lines(canvas, event, BOLD, 3 * MM, top, w - 6 * MM, "centre")

    footer = 3.3 * MM
    canvas.setFillColorRGB(*POLICE_RED)
    canvas.rect(0, 0, w, footer, stroke=0, fill=1)
    fit = fit_text(CARD_FOOTER, BOLD, w - 4 * MM, 4.6, 3.0, 1)
    canvas.setFillColorRGB(*WHITE)
    canvas.setFont(BOLD, fit.size)
    canvas.drawCentredString(w / 2, footer / 2 - fit.size * 0.36, fit.lines[0])


CARD_PHOTO = (3.0 * MM, 12.4 * MM, 17.0 * MM, 17.0 * MM * 4 / 3)  # x, y, width, height (3:4)
CARD_QR = (CARD_WIDTH - 2.0 * MM - 24.5 * MM, 7.0 * MM, 24.5 * MM)  # x, y, side
CARD_TEXT_LEFT = 22.2 * MM
CARD_TEXT_TOP = 35.4 * MM
CARD_ZONES = (3.0 * MM, 4.4 * MM, CARD_QR[0] - 1.5 * MM - 3.0 * MM, 6.4 * MM)  # x, y, w, h


def draw_card_front(doc: _PassDocument, printable: PrintablePass, x: float, y: float) -> None:
    canvas = doc.canvas
    chrome = doc.form(
        "card",
        nfc(printable.event_name),
        CARD_WIDTH,
        CARD_HEIGHT,
        lambda: _card_chrome(doc, printable.event_name),
    )
    doc.place_form(chrome, x, y)
    canvas.saveState()
    canvas.translate(x, y)

    px, py, pw, ph = CARD_PHOTO
    doc.images.draw_photo(printable.photo_jpeg, px, py, pw, ph)
    frame_photo(canvas, px, py, pw, ph)

    qx, qy, side = CARD_QR
    draw_qr(canvas, printable.token, qx, qy, side)
    serial = fit_text(nfc(printable.serial), BOLD, side, 6.0, 4.0, 1)
    canvas.setFillColorRGB(*INK)
    canvas.setFont(BOLD, serial.size)
    canvas.drawCentredString(qx + side / 2, qy - serial.size * 0.95, serial.lines[0])

    text_width_available = qx - 1.2 * MM - CARD_TEXT_LEFT
    top = CARD_TEXT_TOP
    name = fit_text(upper_nfc(printable.full_name), BOLD, text_width_available, 8.5, 6.2, 2)
    canvas.setFillColorRGB(*INK)
    top = _draw_lines(canvas, name, BOLD, CARD_TEXT_LEFT, top, text_width_available)
    agency = fit_text(nfc(printable.agency_name), REGULAR, text_width_available, 6.4, 5.6, 2)
    top = _draw_lines(canvas, agency, REGULAR, CARD_TEXT_LEFT, top, text_width_available)
    top -= 0.6 * MM
    card_no = fit_text(
        f"Thẻ nhà báo số: {nfc(printable.card_no)}", REGULAR, text_width_available, 5.6, 4.0, 1
    )
    canvas.setFillColorRGB(*MUTED)
    top = _draw_lines(canvas, card_no, REGULAR, CARD_TEXT_LEFT, top, text_width_available)
    validity = format_validity(printable.valid_from, printable.valid_to)
    label = fit_text("Hiệu lực:", REGULAR, text_width_available, 5.6, 4.0, 1)
    top = _draw_lines(canvas, label, REGULAR, CARD_TEXT_LEFT, top, text_width_available)
    period = fit_text(validity, BOLD, text_width_available, 6.4, 4.0, 2)
    canvas.setFillColorRGB(*INK)
    _draw_lines(canvas, period, BOLD, CARD_TEXT_LEFT, top, text_width_available)

    zx, zy, zw, zh = CARD_ZONES
    zones = printable.zones
    zones_form = doc.form(
        "card_zones",
        _zones_key(zones),
        zw,
        zh,
        lambda: _draw_zone_boxes(
            canvas, zones, 0, 0, zw, zh, 12.0, with_names=False, max_box_width=12 * MM
        ),
    )
    doc.place_form(zones_form, zx, zy)
    canvas.restoreState()


def _card_back_chrome(doc: _PassDocument) -> None:
    canvas = doc.canvas
    settings = doc.settings
    w, h = CARD_WIDTH, CARD_HEIGHT
    band = 6.5 * MM
    canvas.setFillColorRGB(*POLICE_RED)
    canvas.rect(0, h - band, w, band, stroke=0, fill=1)
    canvas.setFillColorRGB(*POLICE_YELLOW)
    canvas.rect(0, h - band - 0.7 * MM, w, 0.7 * MM, stroke=0, fill=1)
    title = fit_text(BACK_TITLE, BOLD, w - 6 * MM, 7.0, 4.5, 1)
    canvas.setFillColorRGB(*WHITE)
    canvas.setFont(BOLD, title.size)
    canvas.drawCentredString(w / 2, h - band / 2 - title.size * 0.36, title.lines[0])

    footer = 3.3 * MM
    canvas.setFillColorRGB(*POLICE_RED)
    canvas.rect(0, 0, w, footer, stroke=0, fill=1)
    authority = " – ".join(nfc(line) for line in settings.authority_lines)
    notice = fit_text(f"Nhặt được thẻ xin gửi về: {authority}", BOLD, w - 4 * MM, 4.6, 3.0, 1)
    canvas.setFillColorRGB(*WHITE)
    canvas.setFont(BOLD, notice.size)
    canvas.drawCentredString(w / 2, footer / 2 - notice.size * 0.36, notice.lines[0])

    rules = [nfc(rule) for rule in settings.rules_of_conduct]
    left = 3.0 * MM
    number_width = 3.2 * MM
    width = w - 2 * left - number_width
    top = h - band - 0.7 * MM - 1.6 * MM
    bottom = footer + 5.0 * MM  # room for the serial line
    size = 5.6
    while True:
        wrapped = [wrap_paragraph(rule, REGULAR, size, width) for rule in rules]
        needed = sum(len(lines) for lines in wrapped) * size * 1.17 + len(rules) * size * 0.25
        if needed <= top - bottom or size <= 3.0:
            break
        size -= 0.1
    canvas.setFillColorRGB(*INK)
    baseline = top - size
    for number, lines in enumerate(wrapped, start=1):
        canvas.setFont(BOLD, size)
        canvas.drawString(left, baseline, f"{number}.")
        canvas.setFont(REGULAR, size)
        for line in lines:
            canvas.drawString(left + number_width, baseline, line)
            baseline -= size * 1.17
        baseline -= size * 0.25


def draw_card_back(doc: _PassDocument, printable: PrintablePass, x: float, y: float) -> None:
    chrome = doc.form("back", "", CARD_WIDTH, CARD_HEIGHT, lambda: _card_back_chrome(doc))
    doc.place_form(chrome, x, y)
    canvas = doc.canvas
    canvas.saveState()
    canvas.translate(x, y)
    canvas.setFillColorRGB(*INK)
    line = fit_text(
        f"Số thẻ: {nfc(printable.serial)} · {upper_nfc(printable.full_name)}",
        BOLD,
        CARD_WIDTH - 6 * MM,
        5.6,
        3.5,
        1,
    )
    canvas.setFont(BOLD, line.size)
    canvas.drawString(3.0 * MM, 3.3 * MM + 1.6 * MM, line.lines[0])
    canvas.restoreState()


# -------------------------------------------------------------------------------------- badge


def _badge_chrome(doc: _PassDocument, event_name: str) -> None:
    canvas = doc.canvas
    settings = doc.settings
    w, h = BADGE_WIDTH, BADGE_HEIGHT
    band = 18.0 * MM
    canvas.setFillColorRGB(*POLICE_RED)
    canvas.rect(0, h - band, w, band, stroke=0, fill=1)
    canvas.setFillColorRGB(*POLICE_YELLOW)
    canvas.rect(0, h - band - 1.6 * MM, w, 1.6 * MM, stroke=0, fill=1)
    _star(canvas, 12.0 * MM, h - band / 2, 6.0 * MM)

    lines = [nfc(line) for line in settings.authority_lines][:3]
    left = 21.0 * MM
    width = w - left - 6.0 * MM
    sizes = [11.0] + [9.0] * (len(lines) - 1)
    fitted = [
        fit_text(line, BOLD, width, size, 5.0, 1) for line, size in zip(lines, sizes, strict=True)
    ]
    block = sum(f.size * 1.2 for f in fitted)
    baseline = h - band / 2 + block / 2 - fitted[0].size * 0.95 if fitted else 0
    canvas.setFillColorRGB(*WHITE)
    for fit in fitted:
        canvas.setFont(BOLD, fit.size)
        canvas.drawString(left, baseline, fit.lines[0])
        baseline -= fit.size * 1.2

    title = fit_text(nfc(settings.title), BOLD, w - 12 * MM, 22.0, 12.0, 1)
    canvas.setFillColorRGB(*POLICE_RED)
    canvas.setFont(BOLD, title.size)
    title_baseline = h - band - 1.6 * MM - 9.5 * MM
    canvas.drawCentredString(w / 2, title_baseline, title.lines[0])

    event = fit_text(nfc(event_name), BOLD, w - 12 * MM, 10.5, 7.5, 2)
    canvas.setFillColorRGB(*INK)
    top = title_baseline - 2.2 * MM
    if len(event.lines) == 1:
        top -= event.size * _LEADING / 2
    _draw_lines(canvas, event, BOLD, 6 * MM, top, w - 12 * MM, "centre")

    footer = 9.0 * MM
    canvas.setFillColorRGB(*POLICE_YELLOW)
    canvas.rect(0, footer, w, 1.2 * MM, stroke=0, fill=1)
    canvas.setFillColorRGB(*POLICE_RED)
    canvas.rect(0, 0, w, footer, stroke=0, fill=1)
    canvas.setFillColorRGB(*WHITE)
    canvas.setFont(BOLD, 9.0)
    canvas.drawCentredString(w / 2, footer - 4.1 * MM, NOT_A_PRESS_CARD)
    canvas.setFont(REGULAR, 6.5)
    canvas.drawCentredString(
        w / 2, 2.0 * MM, "Chỉ có giá trị tại sự kiện, khu vực và thời gian ghi trên thẻ"
    )


BADGE_PHOTO = (8.0 * MM, 64.0 * MM, 30.0 * MM, 40.0 * MM)
BADGE_QR = (BADGE_WIDTH - 7.0 * MM - 33.0 * MM, 11.5 * MM, 33.0 * MM)
BADGE_ZONES = (8.0 * MM, 47.0 * MM, BADGE_WIDTH - 16.0 * MM, 13.5 * MM)
BADGE_TEXT_LEFT = 42.0 * MM


def draw_badge(doc: _PassDocument, printable: PrintablePass) -> None:
    canvas = doc.canvas
    chrome = doc.form(
        "badge",
        nfc(printable.event_name),
        BADGE_WIDTH,
        BADGE_HEIGHT,
        lambda: _badge_chrome(doc, printable.event_name),
    )
    doc.place_form(chrome, 0, 0)
    px, py, pw, ph = BADGE_PHOTO
    doc.images.draw_photo(printable.photo_jpeg, px, py, pw, ph)
    frame_photo(canvas, px, py, pw, ph)

    width = BADGE_WIDTH - 8.0 * MM - BADGE_TEXT_LEFT
    top = py + ph
    canvas.setFillColorRGB(*INK)
    name = fit_text(upper_nfc(printable.full_name), BOLD, width, 15.0, 10.0, 2)
    top = _draw_lines(canvas, name, BOLD, BADGE_TEXT_LEFT, top, width) - 1.0 * MM
    agency = fit_text(nfc(printable.agency_name), REGULAR, width, 10.0, 7.5, 2)
    top = _draw_lines(canvas, agency, REGULAR, BADGE_TEXT_LEFT, top, width) - 1.5 * MM
    canvas.setFillColorRGB(*MUTED)
    card_no = fit_text(f"Thẻ nhà báo số: {nfc(printable.card_no)}", REGULAR, width, 8.5, 6.0, 1)
    _draw_lines(canvas, card_no, REGULAR, BADGE_TEXT_LEFT, top, width)

    zx, zy, zw, zh = BADGE_ZONES
    zones = printable.zones
    zones_form = doc.form(
        "badge_zones",
        _zones_key(zones),
        zw,
        zh,
        lambda: _draw_zone_boxes(
            canvas, zones, 0, 0, zw, zh, 20.0, with_names=True, max_box_width=24 * MM
        ),
    )
    doc.place_form(zones_form, zx, zy)

    qx, qy, side = BADGE_QR
    draw_qr(canvas, printable.token, qx, qy, side)
    left = 8.0 * MM
    column = qx - 2.0 * MM - left
    top = qy + side - 1.5 * MM
    canvas.setFillColorRGB(*MUTED)
    label = fit_text("Hiệu lực:", REGULAR, column, 8.5, 6.0, 1)
    top = _draw_lines(canvas, label, REGULAR, left, top, column)
    canvas.setFillColorRGB(*INK)
    period = fit_text(
        format_validity(printable.valid_from, printable.valid_to), BOLD, column, 11.0, 7.0, 2
    )
    top = _draw_lines(canvas, period, BOLD, left, top, column) - 2.5 * MM
    canvas.setFillColorRGB(*MUTED)
    label = fit_text("Số thẻ:", REGULAR, column, 8.5, 6.0, 1)
    top = _draw_lines(canvas, label, REGULAR, left, top, column)
    canvas.setFillColorRGB(*INK)
    serial = fit_text(nfc(printable.serial), BOLD, column, 12.0, 7.0, 1)
    top = _draw_lines(canvas, serial, BOLD, left, top, column) - 2.5 * MM
    canvas.setFillColorRGB(*MUTED)
    hint = fit_text("Xuất trình thẻ và quét mã QR tại điểm kiểm soát", REGULAR, column, 7.0, 5.5, 2)
    _draw_lines(canvas, hint, REGULAR, left, top, column)


# -------------------------------------------------------------------------------------- sheet


def _draw_crop_marks(canvas: Any, geometry: SheetGeometry) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(geometry.crop_mark_width)
    canvas.lines(geometry.crop_marks())
    canvas.restoreState()


def _chunks(items: Iterator[PrintablePass], size: int) -> Iterator[list[PrintablePass]]:
    chunk: list[PrintablePass] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ---------------------------------------------------------------------------------------- API

DEFAULT_SETTINGS = PrintSettings()


def passes_per_run(layout: Layout) -> int:
    """How many passes make one run of whole pages: a sheet's ten, else one. A document split
    into runs of this many passes has the same pages, in the same order, as the whole document,
    so a preview or a printer can take it a run at a time."""
    if layout == "sheet":
        return SHEET.per_page
    if layout in ("card", "badge"):
        return 1
    raise ValueError(f"unknown layout {layout!r}")


def pages_per_run(layout: Layout, print_back: bool) -> int:
    """Pages one run makes: a card with its back side is two; anything else one."""
    passes_per_run(layout)  # refuses an unknown layout
    return 2 if layout == "card" and print_back else 1


def page_count(layout: Layout, passes: int, print_back: bool) -> int:
    """Pages of a document of ``passes`` passes (the back side exists for cards only)."""
    runs = -(-passes // passes_per_run(layout))
    return runs * pages_per_run(layout, print_back)


def write_passes_pdf(
    passes: Iterable[PrintablePass],
    out: BinaryIO | str | os.PathLike[str],
    layout: Layout = "card",
    settings: PrintSettings = DEFAULT_SETTINGS,
) -> int:
    """Write every pass to one PDF and return the number of pages.

    ``passes`` is consumed lazily (pass a generator for big batches); only the PDF itself is held in
    memory until it is written at the end, so a file path is never left half-written if a pass
    fails validation. Raises ``ValueError`` for an empty batch, a non-numeric token, a naive
    validity time or a malformed zone colour.
    """
    iterator = iter(passes)
    first = next(iterator, None)
    if first is None:
        raise ValueError("no passes to print")
    # ASCII85 wrapping of streams is reportlab's default and pure Python; binary streams are valid
    # PDF, 20 % smaller and save ~0.5 s per 1,000 passes. The switch is global in reportlab, so it is
    # restored afterwards.
    previous_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        return _write(chain([first], iterator), out, layout, settings)
    finally:
        rl_config.useA85 = previous_a85


def _write(
    remaining: Iterator[PrintablePass],
    out: BinaryIO | str | os.PathLike[str],
    layout: Layout,
    settings: PrintSettings,
) -> int:
    if layout == "card":
        doc = _PassDocument(out, (CARD_WIDTH, CARD_HEIGHT), settings)
        for printable in remaining:
            draw_card_front(doc, printable, 0, 0)
            doc.end_page()
            if settings.print_back:
                draw_card_back(doc, printable, 0, 0)
                doc.end_page()
    elif layout == "badge":
        doc = _PassDocument(out, (BADGE_WIDTH, BADGE_HEIGHT), settings)
        for printable in remaining:
            draw_badge(doc, printable)
            doc.end_page()
    elif layout == "sheet":
        geometry = SHEET
        doc = _PassDocument(out, (geometry.page_width, geometry.page_height), settings)
        for chunk in _chunks(remaining, geometry.per_page):
            for slot, printable in enumerate(chunk):
                x, y = geometry.slot_origin(slot)
                draw_card_front(doc, printable, x, y)
            _draw_crop_marks(doc.canvas, geometry)
            doc.end_page()
    else:
        raise ValueError(f"unknown layout {layout!r}")
    doc.save()
    return doc.pages
