"""A text browser for the Markdown documents of ``docs/``: each heading gets the anchor GitHub
gives it, so a table of contents written for any Markdown viewer works here too (Qt's Markdown
reader gives headings none), and wide screenshots are fitted to the text column."""

from __future__ import annotations

import re

from PySide6.QtCore import QBuffer, QByteArray, QSize, QUrl
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QPixmap,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextBrowser

WIDEST_PICTURE = 760
"""Screenshots are taken at 1180 px: shown scaled to this width, the text column stays readable."""


def picture_size(resource: object) -> QSize:
    """The size of a picture as ``loadResource`` gives it: the file's bytes, or an image."""
    if isinstance(resource, QImage | QPixmap):
        return resource.size()
    if isinstance(resource, QByteArray | bytes):
        buffer = QBuffer()
        buffer.setData(QByteArray(resource))
        return QImageReader(buffer).size()
    return QSize()


def heading_anchor(text: str) -> str:
    """The anchor GitHub (and most Markdown viewers) give a heading: lower case, punctuation
    dropped, each space a hyphen; letters with diacritics stay as they are."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


class GuideBrowser(QTextBrowser):
    """A text browser that gives the headings of each Markdown page it loads their anchors and
    fits the pictures to the column."""

    def doSetSource(self, name: QUrl, resource_type: QTextDocument.ResourceType) -> None:
        super().doSetSource(name, resource_type)
        if not self._is_prepared():  # a page was loaded, not a link followed inside it
            self.prepare_document()
            if name.hasFragment():
                self.scrollToAnchor(name.fragment())
            else:  # a new page opens at its top
                self.moveCursor(QTextCursor.MoveOperation.Start)
                self.verticalScrollBar().setValue(0)

    def _is_prepared(self) -> bool:
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip():
                return bool(block.begin().fragment().charFormat().anchorNames())
            block = block.next()
        return True  # no heading: nothing to prepare

    def prepare_document(self) -> None:
        """Anchor the headings and fit the pictures on a copy of the page, then show the copy
        whole: edits made to the page on screen would be laid out again lazily, and a link to a
        late section followed meanwhile would stop short of it."""
        page = self.document().clone()
        block = page.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip():
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                anchor = QTextCharFormat()
                anchor.setAnchor(True)
                anchor.setAnchorNames([heading_anchor(block.text())])
                cursor.mergeCharFormat(anchor)
            else:
                self._fit_pictures(page, block)
            block = block.next()
        self.document().setHtml(page.toHtml())
        self.document().setModified(False)

    def _fit_pictures(self, page: QTextDocument, block: QTextBlock) -> None:
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat():
                picture = char_format.toImageFormat()
                size = picture_size(
                    self.loadResource(
                        QTextDocument.ResourceType.ImageResource, QUrl(picture.name())
                    )
                )
                if size.width() > WIDEST_PICTURE and not picture.width():
                    fitted = QTextImageFormat(picture)
                    fitted.setWidth(WIDEST_PICTURE)
                    fitted.setHeight(size.height() * WIDEST_PICTURE / size.width())
                    cursor = QTextCursor(page)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(fitted)
            iterator += 1
