"""Reporter photos: any common image in, a bounded JPEG (and a small thumbnail) out.

Photos are re-encoded so that a 12-megapixel phone picture never bloats the database or the printed
PDF: 600×800 px at most (enough for 300 dpi on a card), and a 120×160 thumbnail for checkpoint screens
and station packages. Phones store the picture sideways and say so in EXIF: every image is turned
upright first. HEIC (iPhones' default) is read when ``pillow-heif`` is installed.

The desk crops a portrait to the card's 3:4 before saving: :func:`upright_preview` gives the image it
shows the officer (upright, bounded in size), :func:`default_crop` the box it starts with and
:func:`crop_photo` the cut.

No image of an ID card may be stored (personal data law): the form says so (``photo_rule``), and a
picture is refused when it is *certainly* one — when it holds the QR code printed on the front of a
chip citizen ID card, whose text starts with the 12-digit CCCD number and a "|". That test never
refuses a portrait (``benchmarks/bench_id_card_photos.py``: synthetic card photos recognised 46
times in 50, every miss a card 400 px wide; no portrait refused). The back of a card, an old 9-digit
CMND or a blurred QR cannot be told from a portrait reliably, so they are not guessed at.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import re

from PIL import Image, ImageOps, UnidentifiedImageError

from accred_app.core.errors import ValidationError
from accred_app.core.messages import register

#: HEIC/HEIF photos (iPhones' default) can be read: ``pillow-heif`` is installed. It is loaded with
#: the first photo opened, not with the module: its codecs cost a desk that shows no photo 5 MB.
HEIF_SUPPORTED = importlib.util.find_spec("pillow_heif") is not None


@functools.cache
def _read_heif_too() -> None:
    if not HEIF_SUPPORTED:
        return
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # pragma: no cover - installed but unusable: HEIC is then "unreadable"
        return
    register_heif_opener()


PHOTO_SIZE = (600, 800)
THUMBNAIL_SIZE = (120, 160)
PREVIEW_LONG_SIDE = 1600
PORTRAIT_RATIO = (3, 4)  # width : height of the photo on a pass
MAX_INPUT_BYTES = 25 * 1024 * 1024

register(
    {
        "invalid_photo": (
            "Tệp ảnh không đọc được: tệp bị hỏng hoặc không phải ảnh JPEG, PNG hay HEIC.",
            "The photo cannot be read: the file is damaged or is not a JPEG, PNG or HEIC image.",
        ),
        "photo_too_large": (
            "Tệp ảnh quá lớn ({size} MB); tối đa 25 MB.",
            "The photo file is too large ({size} MB); at most 25 MB.",
        ),
        "invalid_crop": (
            "Khung cắt ảnh nằm ngoài ảnh.",
            "The crop box lies outside the photo.",
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
    import zxingcpp  # with the first photo: a desk that adds none does not load it

    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    found = zxingcpp.read_barcodes(image, formats=qr_only)
    return any(_CITIZEN_ID_QR.match(code.text) for code in found)


def _encode(image: Image.Image, box: tuple[int, int], quality: int) -> bytes:
    copy = image.copy()
    copy.thumbnail(box, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    copy.save(out, format="JPEG", quality=quality, optimize=True)
    return out.getvalue()


def _open_upright(data: bytes) -> Image.Image:
    if len(data) > MAX_INPUT_BYTES:
        raise ValidationError("photo_too_large", size=len(data) // 1_048_576, field="photo")
    _read_heif_too()
    try:
        with Image.open(io.BytesIO(data)) as raw:
            raw.load()
            return ImageOps.exif_transpose(raw).convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ValidationError("invalid_photo", field="photo") from exc


def prepare_photo(data: bytes) -> tuple[bytes, bytes]:
    """The stored photo and its thumbnail (both JPEG), or ``invalid_photo``; a picture of a citizen
    ID card is refused (``photo_is_id_card``)."""
    image = _open_upright(data)
    if shows_citizen_id_card(image):
        raise ValidationError("photo_is_id_card", field="photo")
    return _encode(image, PHOTO_SIZE, 85), _encode(image, THUMBNAIL_SIZE, 80)


def upright_preview(data: bytes) -> bytes:
    """The picture turned upright (EXIF) and at most :data:`PREVIEW_LONG_SIDE` pixels long, as a
    JPEG: what the officer crops (a 12-megapixel original would only slow the window down)."""
    image = _open_upright(data)
    return _encode(image, (PREVIEW_LONG_SIDE, PREVIEW_LONG_SIDE), 92)


def default_crop(width: int, height: int) -> tuple[int, int, int, int]:
    """The largest 3:4 box centred in a ``width``×``height`` image, as (left, top, width, height);
    a portrait's face is usually in the upper middle, so a tall image keeps its top third."""
    ratio_w, ratio_h = PORTRAIT_RATIO
    box_w = min(width, height * ratio_w // ratio_h)
    box_h = box_w * ratio_h // ratio_w
    left = (width - box_w) // 2
    top = (height - box_h) // 3 if height > box_h else 0
    return left, top, box_w, box_h


_QUARTER_TURNS_CLOCKWISE = {
    1: Image.Transpose.ROTATE_270,  # Pillow turns counter-clockwise: 270° is a quarter clockwise
    2: Image.Transpose.ROTATE_180,
    3: Image.Transpose.ROTATE_90,
}


def crop_photo(data: bytes, box: tuple[int, int, int, int], quarter_turns: int = 0) -> bytes:
    """Turn the upright picture ``quarter_turns`` quarters clockwise (a photo without EXIF taken
    sideways), then cut ``box`` (left, top, width, height in that image's pixels) out of it."""
    image = _open_upright(data)
    turn = _QUARTER_TURNS_CLOCKWISE.get(quarter_turns % 4)
    if turn is not None:
        image = image.transpose(turn)
    left, top, box_w, box_h = box
    if left < 0 or top < 0 or box_w < 1 or box_h < 1:
        raise ValidationError("invalid_crop", field="photo")
    if left + box_w > image.width or top + box_h > image.height:
        raise ValidationError("invalid_crop", field="photo")
    out = io.BytesIO()
    image.crop((left, top, left + box_w, top + box_h)).save(out, format="JPEG", quality=92)
    return out.getvalue()
