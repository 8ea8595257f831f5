"""A PDF shown as page images: the report and briefing previews render the very PDF that is saved
(pdfium draws it), so the window never draws a document a second way.

:func:`render_pages` runs on a worker (``QImage`` may be made off the GUI thread; pdfium may not be
used by two threads at once, hence the lock); :func:`show_pages` puts the images on screen.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QWidget

PREVIEW_DPI = 96
MAX_PREVIEW_PAGES = 40
"""A report runs to a few pages; a briefing sheet of a big rally to a few dozen. Beyond this the
preview stops (the saved file has every page) so a huge list cannot exhaust the memory."""

_pdfium = threading.Lock()


@dataclass(frozen=True, slots=True)
class RenderedPdf:
    data: bytes
    pages: tuple[QImage, ...]
    page_count: int


def render_pages(
    data: bytes, *, dpi: int = PREVIEW_DPI, limit: int = MAX_PREVIEW_PAGES
) -> RenderedPdf:
    """The first ``limit`` pages of the PDF ``data`` as images at ``dpi``."""
    images: list[QImage] = []
    with _pdfium:
        document = pdfium.PdfDocument(data)
        try:
            count = len(document)
            for index in range(min(count, limit)):
                page = document[index]
                try:
                    bitmap = page.render(scale=dpi / 72)
                    picture = bitmap.to_pil().convert("RGB")
                finally:
                    page.close()
                width, height = picture.size
                image = QImage(
                    picture.tobytes("raw", "RGB"), width, height, 3 * width,
                    QImage.Format.Format_RGB888,
                ).copy()  # fmt: skip  # own the pixels: the bytes above are temporary
                images.append(image)
        finally:
            document.close()
    return RenderedPdf(data, tuple(images), count)


def page_text(data: bytes, index: int) -> str:
    """The text of one page (what a reader's search would find)."""
    with _pdfium:
        document = pdfium.PdfDocument(data)
        try:
            page = document[index]
            text_page = page.get_textpage()
            try:
                return str(text_page.get_text_range())
            finally:
                text_page.close()
                page.close()
        finally:
            document.close()


def clear_pages(layout: QLayout, keep: QWidget) -> None:
    """Remove every page image, keeping the placeholder ``keep``."""
    for index in reversed(range(layout.count())):
        widget = layout.itemAt(index).widget()
        if widget is not None and widget is not keep:
            layout.removeWidget(widget)
            widget.deleteLater()


def show_pages(layout: QLayout, keep: QWidget, pages: tuple[QImage, ...], name: str) -> None:
    """Put ``pages`` in ``layout`` as framed labels (``keep``, the placeholder, is hidden)."""
    clear_pages(layout, keep)
    keep.setVisible(not pages)
    for number, image in enumerate(pages, start=1):
        label = QLabel()
        label.setObjectName(f"{name}Page{number}")
        label.setPixmap(QPixmap.fromImage(image))
        label.setFrameShape(QFrame.Shape.Box)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(f"{number}")
        layout.addWidget(label)
