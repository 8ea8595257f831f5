"""The shipped Noto Sans faces, registered once per process with reportlab.

We embed our own TTFs instead of relying on the PDF base-14 fonts because those cannot show
Vietnamese diacritics; reportlab subsets TTFs on save, so a PDF only carries the glyphs it uses and
stays text-extractable (pdftotext returns the NFC names we drew).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from accred_app.paths import FONTS_DIR

REGULAR = "AccredSans"
BOLD = "AccredSans-Bold"

_FONT_FILES: dict[str, str] = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


class FontMissingError(RuntimeError):
    """The shipped fonts are not where accred_app.paths says; a broken install, not a user error."""


def font_path(font_name: str) -> Path:
    return FONTS_DIR / _FONT_FILES[font_name]


def register_fonts() -> None:
    """Idempotent and thread-safe, because a print job may start from a worker thread."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name in _FONT_FILES:
            path = font_path(name)
            if not path.is_file():
                raise FontMissingError(f"font file not found: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
        _registered = True


@lru_cache(maxsize=65536)
def unit_width(text: str, font_name: str) -> float:
    """Width at 1 pt; widths scale linearly, so every size we try while fitting reuses this."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font_name, 1.0))


def text_width(text: str, font_name: str, size: float) -> float:
    return unit_width(text, font_name) * size


def ascent_descent(font_name: str, size: float) -> tuple[float, float]:
    """Font-wide ascent and (negative) descent at ``size``, for boxes that must hold any diacritic."""
    register_fonts()
    ascent, descent = pdfmetrics.getAscentDescent(font_name, size)
    return float(ascent), float(descent)
