"""Reading pass QR codes out of camera frames, and counting a pass held up to the camera once.

A webcam delivers 15–30 pictures a second; a reporter holds the pass up for one or two of those
seconds, so one showing of a pass is dozens of frames with the same code. :class:`RepeatFilter`
turns them back into one scan. Only QR codes are read: the passes carry nothing else, and a
product barcode on a coffee cup in view must never become a scan.

Frames arrive as 8-bit luminance rows (what a camera's Y plane or a grey ``QImage`` holds), often
padded to an aligned row length; :func:`luma_frame` wraps them as a Pillow image (padding skipped),
which zxing-cpp reads directly. Nothing here knows Qt, so it is tested with plain images.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

import zxingcpp
from PIL import Image

DEFAULT_REPEAT_SECONDS: Final = 3.0
"""Long enough that a pass held up, lowered and raised again in one go counts once; short enough
that someone sent back and scanning again a moment later is seen."""


def luma_frame(
    pixels: bytes | bytearray | memoryview,
    width: int,
    height: int,
    row_stride: int | None = None,
) -> Image.Image:
    """``height`` rows of ``width`` grey bytes, each row starting ``row_stride`` bytes after the
    previous one (padding beyond ``width`` is ignored)."""
    stride = width if row_stride is None else row_stride
    data = pixels if isinstance(pixels, bytes | bytearray) else bytes(pixels)
    if width <= 0 or height <= 0 or stride < width or len(data) < stride * (height - 1) + width:
        raise ValueError(
            f"a {width}×{height} frame with rows of {stride} bytes does not fit {len(data)} bytes"
        )
    if len(data) < stride * height:
        # The last row need not be padded; Pillow wants whole rows, so give it one.
        data = bytes(data) + bytes(stride * height - len(data))
    return Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1)


def decode_qr_texts(image: Image.Image) -> list[str]:
    """The texts of the QR codes in ``image``, each once, in the order zxing-cpp found them."""
    texts: list[str] = []
    # made per call: a module-level zxing-cpp object outlives the extension at interpreter exit
    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    for found in zxingcpp.read_barcodes(image, formats=qr_only):
        if found.text not in texts:
            texts.append(found.text)
    return texts


class RepeatFilter:
    """Lets a text through unless it was seen less than ``window_seconds`` ago.

    "Seen" counts every sighting, not only the one let through: a pass kept in view for ten
    seconds is one scan, not one every three seconds (each repeat would log an "already inside"
    warning). It becomes a new scan once it has been out of view for the whole window.
    """

    def __init__(
        self,
        window_seconds: float = DEFAULT_REPEAT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not window_seconds > 0:
            raise ValueError("the repeat window must be longer than zero")
        self.window_seconds = window_seconds
        self._clock = clock
        self._last_seen: dict[str, float] = {}

    @property
    def remembered(self) -> int:
        """How many texts are still within their window (memory stays small at a busy gate)."""
        return len(self._last_seen)

    def accept(self, text: str) -> bool:
        now = self._clock()
        self._forget_before(now - self.window_seconds)
        fresh = text not in self._last_seen
        self._last_seen[text] = now
        return fresh

    def clear(self) -> None:
        self._last_seen.clear()

    def _forget_before(self, limit: float) -> None:
        stale = [text for text, seen in self._last_seen.items() if seen <= limit]
        for text in stale:
            del self._last_seen[text]
