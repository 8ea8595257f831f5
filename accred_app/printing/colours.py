"""Zone colours and the text drawn on them: shared by the printed pass, the briefing sheet and the
desk window's zone chips, so a zone's code reads the same everywhere. Plain arithmetic, no
reportlab: the window imports it without the PDF machinery."""

from __future__ import annotations

RGB = tuple[float, float, float]

WHITE: RGB = (1.0, 1.0, 1.0)


def rgb(colour: str) -> RGB:
    text = colour.strip().lstrip("#")
    if len(text) != 6:
        raise ValueError(f"zone colour must be #RRGGBB, got {colour!r}")
    value = int(text, 16)
    return ((value >> 16 & 255) / 255, (value >> 8 & 255) / 255, (value & 255) / 255)


def _luminance(colour: RGB) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_text_colour(colour: str) -> RGB:
    """Black or white, whichever has the higher WCAG contrast on the zone colour."""
    lum = _luminance(rgb(colour))
    on_white = 1.05 / (lum + 0.05)
    on_black = (lum + 0.05) / 0.05
    return WHITE if on_white >= on_black else (0.0, 0.0, 0.0)
