"""The app icon's raster forms, made from ``resources/icons/accred.svg`` at build time.

    python packaging/make_icons.py OUT_DIR    # OUT_DIR/accred-16.png … accred-256.png, accred.ico

Only the SVG is kept in the repository: the PNGs (for the Linux desktop entry and the window
manager) are drawn by Qt's own SVG renderer, and the Windows ``.ico`` (every size in one file, for
the executables and the installer) is packed from them by Pillow.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_SVG = ROOT / "resources" / "icons" / "accred.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_icons(out_dir: Path, svg: Path = ICON_SVG) -> tuple[list[Path], Path]:
    """Render the PNG sizes and the ``.ico``; returns ``(pngs, ico)``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs: list[Path] = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"accred-{size}.png"
        if not image.save(str(target)):
            raise SystemExit(f"could not write {target}")
        pngs.append(target)
    ico = out_dir / "accred.ico"
    largest = Image.open(pngs[-1])
    largest.save(ico, format="ICO", sizes=[(size, size) for size in SIZES])
    del _app
    return pngs, ico


if __name__ == "__main__":
    made, icon = render_icons(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons")
    for path in [*made, icon]:
        print(path)
