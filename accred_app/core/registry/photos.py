"""Reporter photos: any common image in, a bounded JPEG (and a small thumbnail) out.

Photos are re-encoded so that a 12-megapixel phone picture never bloats the database or the printed
PDF: 600×800 px at most (enough for 300 dpi on a card), and a 120×160 thumbnail for checkpoint screens
and station packages.
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps, UnidentifiedImageError

from accred_app.core.errors import ValidationError
from accred_app.core.messages import register

PHOTO_SIZE = (600, 800)
THUMBNAIL_SIZE = (120, 160)
MAX_INPUT_BYTES = 25 * 1024 * 1024

register(
    {
        "invalid_photo": (
            "Tệp ảnh không đọc được ({detail}). Dùng ảnh JPEG hoặc PNG.",
            "The photo cannot be read ({detail}). Use a JPEG or PNG image.",
        ),
    }
)


def _encode(image: Image.Image, box: tuple[int, int], quality: int) -> bytes:
    copy = image.copy()
    copy.thumbnail(box, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    copy.save(out, format="JPEG", quality=quality, optimize=True)
    return out.getvalue()


def prepare_photo(data: bytes) -> tuple[bytes, bytes]:
    """The stored photo and its thumbnail (both JPEG), or ``invalid_photo``."""
    if len(data) > MAX_INPUT_BYTES:
        raise ValidationError("invalid_photo", detail=f"{len(data) // 1_048_576} MB > 25 MB")
    try:
        with Image.open(io.BytesIO(data)) as raw:
            raw.load()
            image = ImageOps.exif_transpose(raw).convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ValidationError("invalid_photo", detail=type(exc).__name__) from exc
    return _encode(image, PHOTO_SIZE, 85), _encode(image, THUMBNAIL_SIZE, 80)
