"""What one webcam frame costs the checkpoint's decoder thread.

Run from the repository root: ``python -m benchmarks.bench_webcam_decode [--runs 40]``.
A sample pass card (the printing code's own PDF, rendered at 150 dpi by PDFium, as a webcam sees a
card held up) is placed in 640×480 and 1280×720 frames; each frame then goes the decoder's whole
way — ``QVideoFrame.toImage()``, grey, the core's QR-only decode — and an empty frame the same way
(what most frames at a gate are). Prints p50/p95 wall milliseconds per frame and the decodes a
second one core can do: the webcam source decodes at most one frame at a time and waits
``DECODE_GAP_MS`` between decodes, so this is the most it takes from a gate laptop.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdfium2 as pdfium
from PIL import Image
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtMultimedia import QVideoFrame

from accred_app.gui.checkpoint.sources.webcam import DECODE_GAP_MS, frame_texts
from accred_app.printing.model import PrintSettings
from accred_app.printing.pass_pdf import write_passes_pdf
from accred_app.printing.samples import sample_pass


def _card() -> tuple[Image.Image, str]:
    printable = sample_pass(7)
    buffer = io.BytesIO()
    write_passes_pdf(iter([printable]), buffer, "card", PrintSettings())
    page = pdfium.PdfDocument(buffer.getvalue())[0]
    return page.render(scale=150 / 72).to_pil().convert("RGB"), printable.token


def _frame(picture: Image.Image) -> QVideoFrame:
    image = QImage(
        picture.tobytes(), picture.width, picture.height, 3 * picture.width,
        QImage.Format.Format_RGB888,
    ).copy()  # fmt: skip
    return QVideoFrame(image)


def _measure(frame: QVideoFrame, runs: int, expected: list[str]) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        texts = frame_texts(frame)
        times.append((time.perf_counter() - start) * 1000)
        assert texts == expected, texts
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    runs = parser.parse_args().runs
    QGuiApplication([])
    card, token = _card()
    print(f"webcam frame decode, {runs} runs each (ms per frame; decode gap {DECODE_GAP_MS} ms)")
    for size in ((640, 480), (1280, 720)):
        scale = min(0.9 * size[0] / card.width, 0.9 * size[1] / card.height, 1.0)
        held_up = card.resize((int(card.width * scale), int(card.height * scale)))
        with_pass = Image.new("RGB", size, (96, 104, 110))
        with_pass.paste(held_up, ((size[0] - held_up.width) // 2, (size[1] - held_up.height) // 2))
        empty = Image.new("RGB", size, (96, 104, 110))
        for label, picture, expected in (("pass", with_pass, [token]), ("empty", empty, [])):
            times = sorted(_measure(_frame(picture), runs, expected))
            p50 = statistics.median(times)
            p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
            print(
                f"  {size[0]}×{size[1]} {label:5}  p50 {p50:6.1f}  p95 {p95:6.1f}  "
                f"→ at most {1000 / (p50 + DECODE_GAP_MS):4.1f} decodes/s with the gap"
            )


if __name__ == "__main__":
    main()
