"""How often a picture of a citizen ID card is recognised (and so refused) as a reporter's photo.

Run ``python -m benchmarks.bench_id_card_photos`` from the repository root. It draws the front of a
chip citizen ID card (ID-1 proportions, a portrait box, the QR code whose text starts with the
12-digit number and "|"), photographs it — on a background, turned by an angle, saved as JPEG at a
quality — at several sizes, and asks :func:`accred_app.core.registry.photos.shows_citizen_id_card`.
It also asks about plain portraits and portraits carrying another QR code, which must never be
refused. Synthetic pictures, not real cards: the figures say where the test stops working, not a
field detection rate.
"""

from __future__ import annotations

import io
import time

import qrcode
from PIL import Image, ImageDraw

from accred_app.core.registry.photos import shows_citizen_id_card

PAYLOAD = "038190012345|173456789|Nguyễn Thị Ánh|01011990|Nữ|Phường Hạc Thành, Thanh Hóa|15062021"
WIDTHS = (400, 600, 800, 1200, 2000)
ANGLES = (0, 5, 15, 30, 90)
QUALITIES = (60, 90)


def card(width: int) -> Image.Image:
    height = int(width * 54 / 85.6)
    image = Image.new("RGB", (width, height), (230, 235, 245))
    draw = ImageDraw.Draw(image)
    draw.rectangle(
        [width // 20, height * 3 // 10, width * 3 // 10, height * 17 // 20], fill=(150, 120, 100)
    )
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_L, border=2)
    code.add_data(PAYLOAD.encode("utf-8"))
    side = int(height * 0.32)
    image.paste(
        code.make_image().convert("RGB").resize((side, side)), (int(width * 0.78), height // 20)
    )
    return image


def photograph(subject: Image.Image, angle: int, quality: int) -> Image.Image:
    turned = subject.rotate(angle, expand=True, fillcolor=(90, 80, 70))
    scene = Image.new("RGB", (int(turned.width * 1.3), int(turned.height * 1.3)), (90, 80, 70))
    scene.paste(turned, (int(turned.width * 0.15), int(turned.height * 0.15)))
    out = io.BytesIO()
    scene.save(out, format="JPEG", quality=quality)
    return Image.open(io.BytesIO(out.getvalue())).convert("RGB")


def portrait(with_qr: bool) -> Image.Image:
    image = Image.new("RGB", (900, 1200), (180, 140, 120))
    ImageDraw.Draw(image).ellipse([250, 200, 650, 700], fill=(220, 180, 150))
    if with_qr:
        image.paste(
            qrcode.make("https://baothanhhoa.vn/tac-gia/123").convert("RGB").resize((240, 240)),
            (20, 20),
        )
    return image


def main() -> None:
    print(
        "card width (px) → recognised out of",
        len(ANGLES) * len(QUALITIES),
        "(angles",
        ANGLES,
        "× JPEG",
        QUALITIES,
        ")",
    )
    total = found = 0
    slowest = 0.0
    for width in WIDTHS:
        hits = 0
        for angle in ANGLES:
            for quality in QUALITIES:
                picture = photograph(card(width), angle, quality)
                started = time.perf_counter()
                hits += shows_citizen_id_card(picture)
                slowest = max(slowest, time.perf_counter() - started)
        print(f"  {width:>5}: {hits}/{len(ANGLES) * len(QUALITIES)}")
        total += len(ANGLES) * len(QUALITIES)
        found += hits
    refused = sum(shows_citizen_id_card(portrait(qr)) for qr in (False, True))
    print(
        f"recognised {found}/{total}; portraits refused {refused}/2; slowest check {slowest * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
