"""Synthetic passes for layout previews, benchmarks and tests.

Kept in the package (not under tests/) so the settings page can preview a layout before any real
pass exists. Photos are drawn with Pillow: no third-party portrait is ever shipped.
"""

from __future__ import annotations

import io
import random
from datetime import datetime, timedelta

from PIL import Image, ImageDraw

from accred_app.printing.model import PrintablePass, PrintZone
from accred_app.printing.text import LOCAL_TZ

SAMPLE_EVENT = "Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX"

SAMPLE_ZONES: tuple[PrintZone, ...] = (
    PrintZone("A", "Khu vực hội trường", "#C62828"),
    PrintZone("B", "Khu vực báo chí", "#1565C0"),
    PrintZone("C", "Khu vực lễ tân", "#2E7D32"),
    PrintZone("D", "Bãi đỗ xe", "#F9A825"),
    PrintZone("VIP", "Khu vực khách mời", "#6A1B9A"),
)


def synthetic_photo(seed: int, size: tuple[int, int] = (600, 800)) -> bytes:
    """A plain drawn head-and-shoulders figure on a coloured backdrop, as JPEG bytes."""
    rng = random.Random(seed)
    width, height = size
    backdrop = tuple(rng.randint(150, 235) for _ in range(3))
    image = Image.new("RGB", size, backdrop)
    draw = ImageDraw.Draw(image)
    skin = (rng.randint(190, 235), rng.randint(150, 195), rng.randint(120, 165))
    shirt = tuple(rng.randint(20, 120) for _ in range(3))
    hair = tuple(rng.randint(10, 60) for _ in range(3))
    cx = width // 2
    draw.ellipse((cx - 0.42 * width, 0.68 * height, cx + 0.42 * width, 1.35 * height), fill=shirt)
    draw.rectangle((cx - 0.08 * width, 0.55 * height, cx + 0.08 * width, 0.72 * height), fill=skin)
    draw.ellipse((cx - 0.22 * width, 0.18 * height, cx + 0.22 * width, 0.62 * height), fill=skin)
    draw.chord(
        (cx - 0.23 * width, 0.15 * height, cx + 0.23 * width, 0.45 * height), 180, 360, fill=hair
    )
    for ex in (-0.08, 0.08):
        draw.ellipse(
            (cx + (ex - 0.02) * width, 0.38 * height, cx + (ex + 0.02) * width, 0.41 * height),
            fill=(40, 30, 30),
        )
    draw.arc(
        (cx - 0.07 * width, 0.46 * height, cx + 0.07 * width, 0.53 * height),
        20,
        160,
        fill=(150, 60, 60),
        width=4,
    )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def random_token(rng: random.Random, digits: int = 225) -> str:
    return f"{rng.randrange(10**digits):0{digits}d}"


def sample_pass(
    index: int = 123,
    *,
    full_name: str = "Nguyễn Thị Ánh",
    agency_name: str = "Báo Thanh Hóa",
    photo: bytes | None = None,
    zones: tuple[PrintZone, ...] = SAMPLE_ZONES,
    token: str | None = None,
    event_name: str = SAMPLE_EVENT,
) -> PrintablePass:
    start = datetime(2026, 1, 10, tzinfo=LOCAL_TZ)
    return PrintablePass(
        serial=f"TH-2026-{index:06d}",
        token=token if token is not None else random_token(random.Random(index)),
        event_name=event_name,
        full_name=full_name,
        agency_name=agency_name,
        card_no=f"{10000 + index % 90000:05d}/BC",
        zones=zones,
        valid_from=start,
        valid_to=start + timedelta(days=3),
        photo_jpeg=photo,
    )
