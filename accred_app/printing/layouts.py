"""Page and card geometry, kept apart from drawing so tests can check the numbers directly.

All lengths are PDF points (1/72 in). Sizes are exact so a sheet printed at 100 % yields ISO/IEC 7810
ID-1 (CR80) cards that fit standard holders.
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72.0 / 25.4

CARD_WIDTH = 85.6 * MM
CARD_HEIGHT = 54.0 * MM
BADGE_WIDTH = 105.0 * MM
BADGE_HEIGHT = 148.0 * MM
A4_WIDTH = 210.0 * MM
A4_HEIGHT = 297.0 * MM


@dataclass(frozen=True, slots=True)
class SheetGeometry:
    """Cards on an A4 sheet with gutters, so a slightly-off cut never shows a neighbour's red band.

    Slots are numbered row by row from the top-left, the order people read and stack them.
    """

    page_width: float = A4_WIDTH
    page_height: float = A4_HEIGHT
    card_width: float = CARD_WIDTH
    card_height: float = CARD_HEIGHT
    columns: int = 2
    rows: int = 5
    gutter_x: float = 6.0 * MM
    gutter_y: float = 2.0 * MM
    crop_mark_offset: float = (
        1.0 * MM
    )  # gap between card edge and mark, so marks never touch a card
    crop_mark_length: float = 5.0 * MM
    crop_mark_width: float = 0.25  # pt, hairline but visible on office printers

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def pitch_x(self) -> float:
        return self.card_width + self.gutter_x

    @property
    def pitch_y(self) -> float:
        return self.card_height + self.gutter_y

    @property
    def grid_width(self) -> float:
        return self.columns * self.card_width + (self.columns - 1) * self.gutter_x

    @property
    def grid_height(self) -> float:
        return self.rows * self.card_height + (self.rows - 1) * self.gutter_y

    @property
    def origin_x(self) -> float:
        """Left edge of the first column; the grid is centred on the page."""
        return (self.page_width - self.grid_width) / 2

    @property
    def origin_y(self) -> float:
        """Bottom edge of the last row."""
        return (self.page_height - self.grid_height) / 2

    def slot_origin(self, slot: int) -> tuple[float, float]:
        """Bottom-left corner of ``slot`` (0 = top-left)."""
        if not 0 <= slot < self.per_page:
            raise IndexError(slot)
        row, column = divmod(slot, self.columns)
        x = self.origin_x + column * self.pitch_x
        y = self.origin_y + (self.rows - 1 - row) * self.pitch_y
        return x, y

    def cut_lines_x(self) -> list[float]:
        return [
            self.origin_x + column * self.pitch_x + edge
            for column in range(self.columns)
            for edge in (0.0, self.card_width)
        ]

    def cut_lines_y(self) -> list[float]:
        return [
            self.origin_y + row * self.pitch_y + edge
            for row in range(self.rows)
            for edge in (0.0, self.card_height)
        ]

    def crop_marks(self) -> list[tuple[float, float, float, float]]:
        """Line segments ``(x1, y1, x2, y2)`` extending every cut line outside the cards.

        Vertical cuts get marks in the top and bottom margins; horizontal cuts in the side margins
        and across the column gutters. The row gutters are too narrow for a mark that stays clear of
        both cards, and the margin marks already define those cuts.
        """
        offset = self.crop_mark_offset
        length = self.crop_mark_length
        top = self.origin_y + self.grid_height
        bottom = self.origin_y
        left = self.origin_x
        right = self.origin_x + self.grid_width
        marks: list[tuple[float, float, float, float]] = []
        for x in self.cut_lines_x():
            marks.append((x, top + offset, x, top + offset + length))
            marks.append((x, bottom - offset, x, bottom - offset - length))
        for y in self.cut_lines_y():
            marks.append((left - offset, y, left - offset - length, y))
            marks.append((right + offset, y, right + offset + length, y))
            for column in range(self.columns - 1):
                gutter_left = self.origin_x + column * self.pitch_x + self.card_width
                marks.append((gutter_left + offset, y, gutter_left + self.gutter_x - offset, y))
        return marks


SHEET = SheetGeometry()
