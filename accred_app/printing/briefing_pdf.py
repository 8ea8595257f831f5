"""The checkpoint briefing sheet as a PDF: one row per valid pass — photo, name, agency, zones,
serial and a box to tick at the gate — in Vietnamese name order, for when the scanner fails.

Photos are read one reporter at a time while the table is laid out, from the small thumbnails
(2 cm on paper needs no more), so a thousand-pass event stays quick and small.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.registry.events import ZoneView
from accred_app.core.reports.briefing import BriefingSheet, briefing_photo
from accred_app.core.reports.output import write_report_file
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database
from accred_app.printing.colours import contrast_text_colour
from accred_app.printing.document import (
    FRAME_WIDTH,
    MM,
    Letterhead,
    Rule,
    document_template,
    escape,
    grid_table,
    letterhead_block,
    number,
    signature_block,
    styles,
)
from accred_app.printing.fonts import BOLD, text_width
from accred_app.printing.images import PLACEHOLDER_BACKGROUND, PLACEHOLDER_FIGURE
from accred_app.printing.text import format_validity

TITLE = "DANH SÁCH THẺ TÁC NGHIỆP CÒN HIỆU LỰC"
PHOTO_WIDTH, PHOTO_HEIGHT = 15 * MM, 20 * MM
COLUMN_WIDTHS = (22.0, PHOTO_WIDTH + 6, 168.0, 92.0, 86.0)
TICK_WIDTH = FRAME_WIDTH - sum(COLUMN_WIDTHS)


class _Photo(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A reporter's photo, or a grey silhouette when there is none."""

    def __init__(self, jpeg: bytes | None) -> None:
        super().__init__()
        self._jpeg = jpeg
        self.width, self.height = PHOTO_WIDTH, PHOTO_HEIGHT

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self._jpeg:
            try:
                canvas.drawImage(
                    ImageReader(io.BytesIO(self._jpeg)),
                    0,
                    0,
                    self.width,
                    self.height,
                    preserveAspectRatio=True,
                    anchor="c",
                )
                return
            except OSError:  # an unreadable photo prints the silhouette, not a failure
                pass
        canvas.saveState()
        frame = canvas.beginPath()
        frame.rect(0, 0, self.width, self.height)
        canvas.clipPath(frame, stroke=0, fill=0)  # the silhouette's shoulders end at the frame
        canvas.setFillColorRGB(*PLACEHOLDER_BACKGROUND)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setFillColorRGB(*PLACEHOLDER_FIGURE)
        canvas.circle(self.width / 2, self.height * 0.62, self.width * 0.2, stroke=0, fill=1)
        canvas.ellipse(
            self.width * 0.18, -self.height * 0.1, self.width * 0.82, self.height * 0.42, 0, 1
        )
        canvas.restoreState()


class _ZoneChips(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """The pass's zones as coloured chips with their codes, wrapping onto more rows if needed."""

    CHIP_HEIGHT = 11.0
    GAP = 2.5

    def __init__(self, zones: Sequence[ZoneView], width: float) -> None:
        super().__init__()
        self._zones = list(zones)
        self._available = width
        self._places: list[tuple[float, float, float]] = []
        self.width = width
        self.height = self.CHIP_HEIGHT

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        x, row = 0.0, 0
        self._places = []
        for zone in self._zones:
            chip = text_width(zone.code, BOLD, 8) + 8
            if x and x + chip > self._available:
                x, row = 0.0, row + 1
            self._places.append((x, row, chip))
            x += chip + self.GAP
        rows = (self._places[-1][1] + 1) if self._places else 1
        self.height = rows * self.CHIP_HEIGHT + (rows - 1) * self.GAP
        return self._available, self.height

    def draw(self) -> None:
        canvas = self.canv
        for zone, (x, row, chip) in zip(self._zones, self._places, strict=True):
            y = self.height - (row + 1) * self.CHIP_HEIGHT - row * self.GAP
            canvas.setFillColor(colors.HexColor(zone.colour))
            canvas.roundRect(x, y, chip, self.CHIP_HEIGHT, 2, stroke=0, fill=1)
            canvas.setFillColorRGB(*contrast_text_colour(zone.colour))
            canvas.setFont(BOLD, 8)
            canvas.drawCentredString(x + chip / 2, y + 3, zone.code)


class _TickBox(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 12, 12

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.Color(0.3, 0.3, 0.3))
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, 12, 12, stroke=1, fill=0)


def letterhead_for(sheet: BriefingSheet) -> Letterhead:
    return Letterhead.for_office(
        sheet.org_name,
        sheet.office_name,
        sheet.generated_at,
        kind=None,
        signer="NGƯỜI LẬP DANH SÁCH",
        recipients=("Các chốt kiểm soát;", "Lưu: VT."),
    )


def briefing_story(db: Database, actor: Actor, sheet: BriefingSheet, head: Letterhead) -> list[Any]:
    look = styles()
    event = sheet.event
    when = event.starts_on.strftime("%d/%m/%Y") + (
        f" – {event.ends_on:%d/%m/%Y}" if event.ends_on and event.ends_on != event.starts_on else ""
    )
    made = sheet.generated_at.astimezone(VIETNAM_TZ)
    story: list[Any] = [
        letterhead_block(head),
        Spacer(1, 12),
        Paragraph(TITLE, look.title),
        Paragraph(escape(event.name), look.subtitle),
        Paragraph(
            escape(f"({when}{' — ' + event.location if event.location else ''})"), look.subtitle
        ),
        Rule(60),
        Paragraph(
            f"Lập lúc {made:%H:%M} ngày {made:%d/%m/%Y}: {number(len(sheet.lines))} thẻ còn hiệu "
            "lực, xếp theo tên (tên trước, họ và tên đệm sau). Khu vực: "
            + "; ".join(f"<b>{escape(z.code)}</b> — {escape(z.name)}" for z in event.zones)
            + ".",
            look.body,
        ),
    ]
    left_out = (
        (sheet.left_out_revoked, "thẻ đã thu hồi"),
        (sheet.left_out_expired, "thẻ hết hiệu lực"),
        (sheet.left_out_reporter_blocked, "thẻ của phóng viên đang bị đình chỉ"),
    )
    skipped = [f"{number(count)} {what}" for count, what in left_out if count]
    if skipped:
        story.append(
            Paragraph(
                "Không đưa vào danh sách: "
                + ", ".join(skipped)
                + " — không cho vào nếu xuất trình.",
                look.body,
            )
        )
    rows: list[list[Any]] = [
        [
            Paragraph(escape(h), look.cell_head)
            for h in (
                "TT",
                "Ảnh",
                "Họ và tên, cơ quan báo chí",
                "Khu vực",
                "Số thẻ, hiệu lực",
                "Đã vào",
            )
        ]
    ]
    for index, line in enumerate(sheet.lines, start=1):
        photo = briefing_photo(db, actor, line.reporter_id) if line.has_photo else None
        rows.append(
            [
                Paragraph(str(index), look.cell_head),
                _Photo(photo),
                [
                    Paragraph(escape(line.full_name), look.cell_bold),
                    Paragraph(escape(line.agency), look.cell),
                    Paragraph("Thẻ nhà báo: " + escape(line.card_no), look.cell),
                ],
                _ZoneChips(line.zones, COLUMN_WIDTHS[3] - 6),
                [
                    Paragraph(escape(line.serial), look.cell_bold),
                    Paragraph(escape(format_validity(line.valid_from, line.valid_to)), look.cell),
                ],
                _TickBox(),
            ]
        )
    table = grid_table(rows, [*COLUMN_WIDTHS, TICK_WIDTH], numeric_from=len(COLUMN_WIDTHS) + 1)
    table.setStyle([("ALIGN", (5, 1), (5, -1), "CENTER"), ("ALIGN", (1, 1), (1, -1), "CENTER")])
    story.append(table)
    story.append(Spacer(1, 4))
    story.append(KeepTogether(signature_block(head, look)))
    return story


def build_briefing_pdf(
    db: Database, actor: Actor, sheet: BriefingSheet, handle: BinaryIO, head: Letterhead
) -> int:
    document = document_template(
        handle, title=f"{TITLE} — {sheet.event.name}", author=head.office_name
    )
    document.build(briefing_story(db, actor, sheet, head))
    return int(document.page)


def write_briefing_pdf(
    db: Database,
    actor: Actor,
    sheet: BriefingSheet,
    target: str | os.PathLike[str],
    head: Letterhead | None = None,
) -> Path:
    frame = head or letterhead_for(sheet)
    return write_report_file(
        target, lambda handle: build_briefing_pdf(db, actor, sheet, handle, frame)
    )
