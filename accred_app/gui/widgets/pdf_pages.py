"""A PDF shown as page images: the report and briefing previews render the very PDF that is saved
(pdfium draws it), so the window never draws a document a second way.

:func:`render_pages` runs on a worker (``QImage`` may be made off the GUI thread; pdfium may not be
used by two threads at once, hence the lock); :func:`show_pages` puts the images on screen.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QLayout, QSizePolicy, QWidget

PREVIEW_DPI = 110
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
    import pypdfium2 as pdfium  # on first use: the desk starts without it (≈10 MB)

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
    import pypdfium2 as pdfium  # on first use: the desk starts without it (≈10 MB)

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


class PageImage(QWidget):
    """One page, as wide as the preview (never wider than drawn, centred), its height following:
    the officer sees a whole line of the page without scrolling sideways."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def page_width(self, width: int) -> int:
        return max(1, min(width, self.image.width()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        shown = self.page_width(width)
        return max(1, round(shown * self.image.height() / max(self.image.width(), 1)))

    def sizeHint(self) -> QSize:
        width = min(self.image.width(), 600)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(120))

    def page_rect(self) -> QRect:
        width = self.page_width(self.width())
        return QRect((self.width() - width) // 2, 0, width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = self.page_rect()
        painter.drawImage(area, self.image)
        painter.setPen(QColor(120, 120, 120))
        painter.drawRect(area.adjusted(0, 0, -1, -1))
        painter.end()


def show_pages(layout: QLayout, keep: QWidget, pages: tuple[QImage, ...], name: str) -> None:
    """Put ``pages`` in ``layout``, one under another (``keep``, the placeholder, is hidden)."""
    clear_pages(layout, keep)
    keep.setVisible(not pages)
    for number, image in enumerate(pages, start=1):
        page = PageImage(image)
        page.setObjectName(f"{name}Page{number}")
        page.setAccessibleName(f"{number}")
        layout.addWidget(page)
