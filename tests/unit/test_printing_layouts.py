"""Sheet geometry: exact CR80 size and pitch, centred grid, marks clear of the cards."""

from __future__ import annotations

import pytest

from accred_app.printing.layouts import CARD_HEIGHT, CARD_WIDTH, MM, SHEET

TOLERANCE = 0.2 * MM


def test_card_is_cr80() -> None:
    assert pytest.approx(85.6, abs=1e-9) == CARD_WIDTH / MM
    assert pytest.approx(54.0, abs=1e-9) == CARD_HEIGHT / MM


def test_sheet_has_ten_centred_slots_inside_the_page() -> None:
    assert SHEET.per_page == 10
    left = SHEET.origin_x
    right = SHEET.page_width - (SHEET.origin_x + SHEET.grid_width)
    assert left == pytest.approx(right)
    assert SHEET.origin_y == pytest.approx(SHEET.page_height - SHEET.origin_y - SHEET.grid_height)
    assert min(left, SHEET.origin_y) >= 7 * MM  # room for marks inside typical printer margins
    for slot in range(10):
        x, y = SHEET.slot_origin(slot)
        assert x >= 0 and y >= 0
        assert x + CARD_WIDTH <= SHEET.page_width and y + CARD_HEIGHT <= SHEET.page_height
    assert SHEET.slot_origin(1)[0] - SHEET.slot_origin(0)[0] == pytest.approx(SHEET.pitch_x)
    assert SHEET.slot_origin(0)[1] - SHEET.slot_origin(2)[1] == pytest.approx(SHEET.pitch_y)
    with pytest.raises(IndexError):
        SHEET.slot_origin(10)


def test_cut_lines_are_card_sized_apart() -> None:
    xs = SHEET.cut_lines_x()
    ys = SHEET.cut_lines_y()
    assert len(xs) == 4 and len(ys) == 10
    for left, right in zip(xs[::2], xs[1::2], strict=True):
        assert right - left == pytest.approx(CARD_WIDTH, abs=TOLERANCE)
    for bottom, top in zip(ys[::2], ys[1::2], strict=True):
        assert top - bottom == pytest.approx(CARD_HEIGHT, abs=TOLERANCE)


def test_crop_marks_never_touch_a_card() -> None:
    slots = [SHEET.slot_origin(i) for i in range(10)]
    for x1, y1, x2, y2 in SHEET.crop_marks():
        for sx, sy in slots:
            inside_x = max(x1, x2) > sx and min(x1, x2) < sx + CARD_WIDTH
            inside_y = max(y1, y2) > sy and min(y1, y2) < sy + CARD_HEIGHT
            assert not (inside_x and inside_y)
