"""The frame of a formal Vietnamese administrative document (the layout of Decree 30/2020/NĐ-CP),
shared by the cooperation report and the checkpoint briefing sheet.

Top left, the issuing body (its parent organisation above, the office itself in bold, a short rule
under it) and the number line "Số: …/BC-…"; top right, the national motto "CỘNG HÒA XÃ HỘI CHỦ
NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" with its rule, and the place-and-date line in italics
("Thanh Hóa, ngày 05 tháng 01 năm 2026" — day and month padded as the decree asks); then the title.
The last page closes with the recipients ("Nơi nhận") and the signature block. Page numbers stand
at the top centre from the second page on.

Only the bundled Noto Sans Regular and Bold are used, both embedded; italics are those faces
slanted, so the document carries no third font.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.text import fold
from accred_app.printing.fonts import BOLD, REGULAR, register_fonts, text_width
from accred_app.printing.wording import place_from_organisation, signer_title

MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = A4
# Margins of the decree: top and bottom 20 mm, left 30 mm (binding), right 15 mm.
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * MM, 20 * MM, 30 * MM, 15 * MM
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
SLANT = 0.21  # tan(12°): the italic lines are the regular face slanted this much

INK = colors.Color(0.1, 0.1, 0.1)
RULE = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL = colors.Color(0.87, 0.89, 0.92)
TOTAL_FILL = colors.Color(0.95, 0.95, 0.96)

MOTTO_COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def _style(name: str, size: float, *, bold: bool = False, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        leading=size * 1.3,  # room for stacked diacritics ("Ễ", "Ậ")
        textColor=INK,
        **extra,
    )


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_first: ParagraphStyle
    section: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    note: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    return Styles(
        body=_style("body", 11.5, alignment=4, spaceAfter=4),  # justified
        body_first=_style("body_first", 11.5, alignment=4, spaceAfter=4, firstLineIndent=10 * MM),
        section=_style("section", 11.5, bold=True, spaceBefore=8, spaceAfter=4),
        caption=_style("caption", 9.5, bold=True, alignment=TA_CENTER, spaceBefore=4, spaceAfter=2),
        cell=_style("cell", 8.5),
        cell_bold=_style("cell_bold", 8.5, bold=True),
        cell_head=_style("cell_head", 8, bold=True, alignment=TA_CENTER),
        title=_style("title", 14, bold=True, alignment=TA_CENTER, spaceAfter=1),
        subtitle=_style("subtitle", 12, bold=True, alignment=TA_CENTER),
        note=_style("note", 9, alignment=TA_LEFT, spaceBefore=3),
    )


def escape(text: str) -> str:
    """Text for a Paragraph (which reads a little markup): NFC, with &, < and > escaped."""
    normalised = unicodedata.normalize("NFC", text)
    return normalised.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def number(value: int) -> str:
    """Vietnamese digit grouping: 1.234.567."""
    return f"{value:,}".replace(",", ".")


def percent(part: int, whole: int) -> str:
    if whole <= 0:
        return "—"
    return f"{part * 100 / whole:.1f}".replace(".", ",") + " %"


def vietnamese_date_line(place: str, moment: datetime) -> str:
    """ "Thanh Hóa, ngày 05 tháng 01 năm 2026": days under 10 and months 1-2 take a leading zero."""
    local = moment.astimezone(VIETNAM_TZ)
    month = f"{local.month:02d}" if local.month < 3 else str(local.month)
    return f"{place}, ngày {local.day:02d} tháng {month} năm {local.year}"


def office_initials(office_name: str) -> str:
    """ "PHÒNG THAM MƯU" → "PTM": the office's letters in a document number (Đ kept as Đ)."""
    letters = []
    for word in unicodedata.normalize("NFC", office_name).split():
        first = word[0].upper()
        letters.append(first if first == "Đ" else fold(first).upper())
    return "".join(letters)


_GENERIC_PREFIXES = ("TRUNG TÂM", "VĂN PHÒNG", "PHÒNG", "ĐỘI", "BAN")


def name_in_text(name: str) -> str:
    """A body's name as it reads inside a sentence: "PHÒNG THAM MƯU" → "Phòng Tham mưu" (the
    generic word, then the proper name with only its first word capitalised)."""
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned.isupper():
        return cleaned
    for prefix in _GENERIC_PREFIXES:
        if cleaned.startswith(prefix + " "):
            rest = cleaned[len(prefix) + 1 :].lower()
            return f"{prefix.capitalize()} {rest[:1].upper()}{rest[1:]}"
    return cleaned.title()


@dataclass(frozen=True, slots=True)
class Letterhead:
    """What the document's frame says; the defaults come from the installation's settings."""

    org_name: str
    office_name: str
    number: str  # "Số: 15/BC-PTM" — the number may be left blank for the registry to fill in
    place: str
    issued_at: datetime
    signer_title: str
    signer_name: str | None = None
    recipients: tuple[str, ...] = ()

    @classmethod
    def for_office(
        cls,
        org_name: str,
        office_name: str,
        issued_at: datetime,
        *,
        kind: str | None = "BC",
        number: str | None = None,
        place: str | None = None,
        signer: str | None = None,
        signer_name: str | None = None,
        recipients: Sequence[str] = (),
    ) -> Letterhead:
        code = f"{kind}-{office_initials(office_name)}"
        if kind is None:  # a list or an annex: no number of its own
            number_line = ""
        elif number is None:
            number_line = f"Số:        /{code}"
        elif "/" in number:
            number_line = f"Số: {number}"
        else:
            number_line = f"Số: {number}/{code}"
        return cls(
            org_name,
            office_name,
            number_line,
            place or place_from_organisation(org_name),
            issued_at,
            signer or signer_title(office_name),
            signer_name,
            tuple(recipients) or ("Như trên;", "Lưu: VT."),
        )


class _Lines(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Lines of text drawn centred in a box, each with its own face, slant and optional rule under
    it — the motto and issuing-body blocks, which Paragraphs cannot underline by a fraction."""

    def __init__(
        self,
        width: float,
        lines: Sequence[tuple[str, str, float, bool, float]],
        *,
        centred: bool = True,
    ) -> None:
        super().__init__()
        self.width = width
        self._centred = centred
        # (text, font, size, slanted, rule as a fraction of the text's width; 0: none)
        self._lines = list(lines)
        self.height = sum(size * 1.45 + (3 if rule else 0) for _, _, size, _, rule in lines)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for text, font, size, slanted, rule in self._lines:
            y -= size * 1.2
            shown = unicodedata.normalize("NFC", text)
            width = text_width(shown, font, size)
            x = (self.width - width) / 2 if self._centred else 0
            canvas.setFillColor(INK)
            canvas.setFont(font, size)
            if slanted:
                canvas.saveState()
                canvas.transform(1, 0, SLANT, 1, x, y)  # shear about the baseline's start
                canvas.drawString(0, 0, shown)
                canvas.restoreState()
            else:
                canvas.drawString(x, y, shown)
            y -= size * 0.25
            if rule:
                rule_width = width * rule
                canvas.setStrokeColor(INK)
                canvas.setLineWidth(0.6)
                y -= 2.5
                canvas.line((self.width - rule_width) / 2, y, (self.width + rule_width) / 2, y)
                y -= 0.5


def letterhead_block(head: Letterhead) -> Table:
    """The two header columns: issuing body and number (left), motto and date line (right)."""
    register_fonts()
    left_width, right_width = FRAME_WIDTH * 0.42, FRAME_WIDTH * 0.58
    left = _Lines(
        left_width,
        [
            (head.org_name.upper(), REGULAR, 10.5, False, 0),
            (head.office_name.upper(), BOLD, 10.5, False, 0.4),
            *([(head.number, REGULAR, 10.5, False, 0.0)] if head.number else []),
        ],
    )
    right = _Lines(
        right_width,
        [
            (MOTTO_COUNTRY, BOLD, 10.5, False, 0),
            (MOTTO, BOLD, 11.5, False, 1.0),
            (vietnamese_date_line(head.place, head.issued_at), REGULAR, 10.5, True, 0),
        ],
    )
    table = Table([[left, right]], colWidths=[left_width, right_width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # the default would be Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


class Rule(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A short centred rule, as under a document's title."""

    def __init__(self, width: float, *, space_before: float = 6, space_after: float = 10) -> None:
        super().__init__()
        self._rule = width
        self._before = space_before
        self._after = space_after

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._available = available_width
        return available_width, self._before + self._after

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.6)
        x = (self._available - self._rule) / 2
        self.canv.line(x, self._after, x + self._rule, self._after)


def signature_block(head: Letterhead, sheet: Styles) -> Table:
    """Recipients on the left, the signer's title, room to sign and the name on the right."""
    recipients = _Lines(FRAME_WIDTH * 0.45, [("Nơi nhận:", BOLD, 10, True, 0)], centred=False)
    recipient_lines = [recipients] + [
        Paragraph("- " + escape(line), _style("recipient", 9, leftIndent=2))
        for line in head.recipients
    ]
    signer = [
        Paragraph(escape(head.signer_title), _style("signer", 11, bold=True, alignment=TA_CENTER)),
        Paragraph("(Ký, ghi rõ họ tên, đóng dấu)", _style("sign_hint", 9, alignment=TA_CENTER)),
        Paragraph("&nbsp;", _style("sign_space", 11, spaceBefore=48)),
        Paragraph(
            escape(head.signer_name) if head.signer_name else "&nbsp;",
            _style("signer_name", 11, bold=True, alignment=TA_CENTER),
        ),
    ]
    table = Table([[recipient_lines, signer]], colWidths=[FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # the default would be Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    numeric_from: int = 1,
    total_row: bool = False,
    header_rows: int = 1,
) -> Table:
    """A ruled table whose header repeats on every page it spans; numbers right-aligned."""
    table = Table(list(rows), colWidths=list(widths), repeatRows=header_rows)
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("ALIGN", (numeric_from, header_rows), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row and len(rows) > header_rows:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
            ("FONTNAME", (0, -1), (-1, -1), BOLD),
        ]
    table.setStyle(TableStyle(commands))
    return table


def document_template(handle: Any, *, title: str, author: str) -> BaseDocTemplate:
    """An A4 document with the decree's margins; the frame has no padding of its own, so
    :data:`FRAME_WIDTH` is exactly the width tables and charts may take."""
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    return BaseDocTemplate(
        handle,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=draw_page_number)],
        title=title,
        author=author,
        creator="accred_app",
        invariant=True,
        # reportlab otherwise starts each page in Helvetica, which it never embeds.
        initialFontName=REGULAR,
        initialFontSize=10,
    )


def draw_page_number(canvas: Any, document: Any) -> None:
    """From the second page on, the page number at the top centre (as the decree asks)."""
    page = canvas.getPageNumber()
    if page < 2:
        return
    canvas.saveState()
    canvas.setFont(REGULAR, 10)
    canvas.setFillColor(INK)
    canvas.drawCentredString(
        PAGE_WIDTH / 2 + (MARGIN_LEFT - MARGIN_RIGHT) / 2, PAGE_HEIGHT - 12 * MM, str(page)
    )
    canvas.restoreState()
