"""Reporter photos: any common image in, a bounded JPEG (and a small thumbnail) out.

Photos are re-encoded so that a 12-megapixel phone picture never bloats the database or the printed
PDF: 600×800 px at most (enough for 300 dpi on a card), and a 120×160 thumbnail for checkpoint screens
and station packages.

No image of an ID card may be stored (personal data law): the form says so (``photo_rule``), and a
picture is refused when it is *certainly* one — when it holds the QR code printed on the front of a
chip citizen ID card, whose text starts with the 12-digit CCCD number and a "|". That test never
refuses a portrait (``benchmarks/bench_id_card_photos.py``: synthetic card photos recognised 46
times in 50, every miss a card 400 px wide; no portrait refused). The back of a card, an old 9-digit
CMND or a blurred QR cannot be told from a portrait reliably, so they are not guessed at.
"""

from __future__ import annotations

import io
import re

import zxingcpp
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
        "photo_is_id_card": (
            "Ảnh này là ảnh chụp thẻ căn cước công dân (có mã QR của thẻ): không được lưu ảnh giấy tờ "
            "tùy thân. Hãy dùng ảnh chân dung của phóng viên.",
            "This picture shows a citizen ID card (it holds the card's QR code): images of identity "
            "documents must not be stored. Use a portrait of the reporter.",
        ),
        "photo_rule": (
            "Chỉ dùng ảnh chân dung; không dùng ảnh chụp thẻ căn cước, chứng minh nhân dân hay giấy "
            "tờ tùy thân khác.",
            "A portrait only; never a picture of a citizen ID card or any other identity document.",
        ),
    }
)

#: The text on the QR code of a chip citizen ID card: the 12-digit number, then "|".
_CITIZEN_ID_QR = re.compile(r"\d{12}\|")


def shows_citizen_id_card(image: Image.Image) -> bool:
    """True when the picture holds the QR code of a citizen ID card (see the module docstring)."""
    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    found = zxingcpp.read_barcodes(image, formats=qr_only)
    return any(_CITIZEN_ID_QR.match(code.text) for code in found)


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
    if shows_citizen_id_card(image):
        raise ValidationError("photo_is_id_card")
    return _encode(image, PHOTO_SIZE, 85), _encode(image, THUMBNAIL_SIZE, 80)
