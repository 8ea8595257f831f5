"""Fitting, capitals and validity wording: the rules that keep printed text inside its box."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accred_app.printing.fonts import BOLD, REGULAR, text_width
from accred_app.printing.pass_pdf import contrast_text_colour
from accred_app.printing.text import LOCAL_TZ, fit_text, format_validity, upper_nfc

LONG_NAME = "Tôn Nữ Thị Phương Hoàng Yến Nguyễn Huyền Trâm"


def test_upper_nfc_from_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert decomposed != "Nguyễn Thị Ánh"
    result = upper_nfc(decomposed)
    assert result == "NGUYỄN THỊ ÁNH"
    assert unicodedata.is_normalized("NFC", result)
    assert upper_nfc("đặng") == "ĐẶNG"


def test_short_text_keeps_max_size_on_one_line() -> None:
    fitted = fit_text("LÊ NA", BOLD, 100, 8.5, 6.0)
    assert fitted.lines == ("LÊ NA",)
    assert fitted.size == 8.5


def test_long_name_shrinks_then_wraps_to_two_balanced_lines() -> None:
    name = upper_nfc(LONG_NAME)
    fitted = fit_text(name, BOLD, 100, 8.5, 6.2)
    assert len(fitted.lines) == 2
    assert " ".join(fitted.lines) == name
    assert fitted.widest(BOLD) <= 100
    assert fitted.size >= 6.2
    first, second = (text_width(line, BOLD, 1) for line in fitted.lines)
    assert max(first, second) / min(first, second) < 1.6


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyÁẮẦỄỊỮỲ WMW")),
        min_size=1,
        max_size=120,
    ),
    width=st.floats(min_value=20, max_value=300),
)
def test_fitted_text_never_overflows(text: str, width: float) -> None:
    fitted = fit_text(text, REGULAR, width, 10.0, 6.0, 2)
    assert fitted.size > 0
    assert len(fitted.lines) <= 2
    assert fitted.widest(REGULAR) <= width + 1e-6


def test_validity_whole_days_shows_inclusive_last_day() -> None:
    start = datetime(2026, 1, 10, tzinfo=LOCAL_TZ)
    end = datetime(2026, 1, 13, tzinfo=LOCAL_TZ)
    assert format_validity(start, end) == "10/01/2026 – 12/01/2026"
    # Same instant given in UTC still shows local dates.
    assert format_validity(start.astimezone(UTC), end.astimezone(UTC)) == "10/01/2026 – 12/01/2026"
    assert format_validity(start, start + timedelta(days=1)) == "10/01/2026"


def test_validity_with_times() -> None:
    start = datetime(2026, 1, 10, 7, 30, tzinfo=LOCAL_TZ)
    assert format_validity(start, datetime(2026, 1, 12, 17, 0, tzinfo=LOCAL_TZ)) == (
        "07:30 10/01/2026 – 17:00 12/01/2026"
    )
    assert format_validity(start, datetime(2026, 1, 13, tzinfo=LOCAL_TZ)) == (
        "07:30 10/01/2026 – 24:00 12/01/2026"
    )


def test_validity_rejects_naive_times() -> None:
    with pytest.raises(ValueError):
        format_validity(datetime(2026, 1, 10), datetime(2026, 1, 11))


@pytest.mark.parametrize(
    ("colour", "expected"),
    [
        ("#C62828", (1.0, 1.0, 1.0)),
        ("#1565C0", (1.0, 1.0, 1.0)),
        ("#2E7D32", (1.0, 1.0, 1.0)),
        ("#F9A825", (0.0, 0.0, 0.0)),
        ("#6A1B9A", (1.0, 1.0, 1.0)),
        ("#FFFFFF", (0.0, 0.0, 0.0)),
    ],
)
def test_zone_text_colour_contrast(colour: str, expected: tuple[float, float, float]) -> None:
    assert contrast_text_colour(colour) == expected
