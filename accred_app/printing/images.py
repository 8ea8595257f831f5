"""Reporter photos and the placeholder, each embedded once per PDF however many passes use it.

Photos come from webcams and phones at several megapixels; printing them at ~300 dpi keeps a
1,000-pass PDF small and fast to write. Each distinct photo (by content hash and box size) becomes a
PDF form XObject drawn by reference, so reportlab does not re-hash image data on every use.
"""

from __future__ import annotations

import hashlib
import io
import logging
from typing import Any

from PIL import Image, ImageOps
from reportlab.lib.utils import ImageReader

log = logging.getLogger(__name__)

PRINT_DPI = 300
_JPEG_QUALITY = 88

PLACEHOLDER_BACKGROUND = (0.89, 0.90, 0.92)
PLACEHOLDER_FIGURE = (0.66, 0.69, 0.72)


def prepare_photo(data: bytes, width: float, height: float) -> bytes | None:
    """Crop to the box's aspect (centre), scale to print resolution, re-encode as JPEG.

    Returns ``None`` for bytes Pillow cannot read: one bad photo must not stop a batch, and the
    placeholder makes the problem visible on the printed pass.
    """
    target = (
        max(1, round(width / 72 * PRINT_DPI)),
        max(1, round(height / 72 * PRINT_DPI)),
    )
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.draft("RGB", (target[0] * 2, target[1] * 2))  # fast JPEG DCT downscale
            image = ImageOps.exif_transpose(opened).convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError):
        log.warning("unreadable reporter photo; printing the placeholder instead")
        return None
    fitted = ImageOps.fit(image, target, method=Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    fitted.save(buffer, format="JPEG", quality=_JPEG_QUALITY, optimize=False)
    return buffer.getvalue()


class ImageForms:
    """Per-document registry of photo and placeholder forms (reportlab canvases are single-use)."""

    def __init__(self, canvas: Any) -> None:
        self._canvas = canvas
        self._forms: dict[tuple[str, int, int], str | None] = {}

    def draw_photo(
        self, photo: bytes | None, x: float, y: float, width: float, height: float
    ) -> None:
        name = self._photo_form(photo, width, height) if photo else None
        if name is None:
            name = self._placeholder_form(width, height)
        canvas = self._canvas
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(name)
        canvas.restoreState()

    def _photo_form(self, photo: bytes, width: float, height: float) -> str | None:
        key = (hashlib.sha256(photo).hexdigest(), round(width * 100), round(height * 100))
        if key in self._forms:
            return self._forms[key]
        jpeg = prepare_photo(photo, width, height)
        name: str | None = None
        if jpeg is not None:
            name = f"photo_{len(self._forms)}"
            canvas = self._canvas
            canvas.beginForm(name, 0, 0, width, height)
            canvas.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width, height)
            canvas.endForm()
        self._forms[key] = name
        return name

    def _placeholder_form(self, width: float, height: float) -> str:
        key = ("placeholder", round(width * 100), round(height * 100))
        existing = self._forms.get(key)
        if existing:
            return existing
        name = f"placeholder_{len(self._forms)}"
        canvas = self._canvas
        canvas.beginForm(name, 0, 0, width, height)
        canvas.setFillColorRGB(*PLACEHOLDER_BACKGROUND)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        clip = canvas.beginPath()
        clip.rect(0, 0, width, height)
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.setFillColorRGB(*PLACEHOLDER_FIGURE)
        head_radius = width * 0.2
        canvas.circle(width / 2, height * 0.6, head_radius, stroke=0, fill=1)
        shoulders = canvas.beginPath()
        shoulders.moveTo(width * 0.1, 0)
        shoulders.curveTo(
            width * 0.1, height * 0.3, width * 0.3, height * 0.38, width / 2, height * 0.38
        )
        shoulders.curveTo(width * 0.7, height * 0.38, width * 0.9, height * 0.3, width * 0.9, 0)
        shoulders.close()
        canvas.drawPath(shoulders, stroke=0, fill=1)
        canvas.endForm()
        self._forms[key] = name
        return name


def frame_photo(canvas: Any, x: float, y: float, width: float, height: float) -> None:
    """A hairline frame so light photos do not melt into the white card."""
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setStrokeColorRGB(0.55, 0.55, 0.55)
    canvas.rect(x, y, width, height, stroke=1, fill=0)
    canvas.restoreState()
